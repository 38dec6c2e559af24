package dev.umws.kmd;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.SequencedSet;

/**
 * Physical doorbells of a dedicated-doorbell GPU: a free list and the connected doorbells in
 * least-recently-used order, which picks the victim when none is free. Not thread-safe: the
 * KMD calls it under its lock.
 *
 * @param <D> the KMD's doorbell object
 */
final class DoorbellAllocator<D> {
    private final Deque<Integer> free = new ArrayDeque<>();
    private final SequencedSet<D> lru = new LinkedHashSet<>();

    DoorbellAllocator(int count) {
        for (int i = 0; i < count; i++) {
            free.addLast(i);
        }
    }

    /** A free physical doorbell, or -1 when all are taken. */
    int allocate(D owner) {
        Integer i = free.pollFirst();
        if (i == null) {
            return -1;
        }
        lru.addLast(owner);
        return i;
    }

    /** Marks {@code owner} most recently used. */
    void touch(D owner) {
        if (lru.remove(owner)) {
            lru.addLast(owner);
        }
    }

    /** The least recently used connected doorbell that {@code eligible} accepts, or null. */
    D victim(java.util.function.Predicate<D> eligible) {
        for (D d : lru) {
            if (eligible.test(d)) {
                return d;
            }
        }
        return null;
    }

    void release(D owner, int index) {
        lru.remove(owner);
        free.addLast(index);
    }
}
