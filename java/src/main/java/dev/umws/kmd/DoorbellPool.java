package dev.umws.kmd;

import dev.umws.abi.D3DDDI_DOORBELLSTATUS;
import dev.umws.abi.DXGKARGCB_DISCONNECTDOORBELL;
import dev.umws.abi.Generation;
import dev.umws.gpu.GpuConfig;
import dev.umws.gpu.GpuException;
import dev.umws.gpu.HwQueue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.function.Predicate;

import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;

/**
 * The reference KMD's physical doorbells, safe under Windows' locks.
 *
 * <p>Windows runs doorbell DDIs of different hardware contexts at once, each with its own context
 * locked, and DxgkCbDisconnectDoorbell takes the victim's context lock. A connect that victimizes
 * another context's doorbell therefore waits for that context, and must never be waited for by it.
 * The rules here:
 * <ol>
 *   <li>the KMD's lock is never held across the callback, a kick or a drain;</li>
 *   <li>a victim is chosen among the connected doorbells of contexts with no connect in flight (or
 *       of the connecting context itself, whose lock the caller holds: the callback re-enters it), so
 *       a victimizer only ever waits for contexts whose connects started after its own choice;</li>
 *   <li>a connect never waits for a victimization of one of its own context's doorbells (that
 *       victimizer may be waiting for the very context lock the connect holds): it finishes that
 *       victimization itself, re-entrantly;</li>
 *   <li>a connect that finds nothing to take waits, with the KMD's lock released, until a doorbell is
 *       freed or a connect ends, at most {@link #WAIT_NANOS}, then answers STATUS_NO_MEMORY;</li>
 *   <li>a victim that reconnects before it is released keeps its doorbell (a victimizer frees a slot
 *       only if the doorbell's slot and connect count are those it chose); the victimizer tries again.</li>
 * </ol>
 * The waits-for relation between connects then only points from earlier choices to later ones, and
 * no cycle can form. Guarded by the KMD's lock (passed in), which every method but
 * {@link #acquire}'s victimization holds.
 */
final class DoorbellPool {
    /** How long a connect waits for a doorbell before it answers STATUS_NO_MEMORY (ns). */
    static final long WAIT_NANOS = 2_000_000_000L;
    /** How long a victim's already-rung work may take to drain before its doorbell is taken anyway (ns). */
    static final long DRAIN_NANOS = 200_000_000L;

    private final Object lock;
    private final ReferenceKmd kmd;
    private final DoorbellAllocator<ReferenceKmd.KDoorbell> allocator;
    private final boolean global;

    DoorbellPool(Object lock, ReferenceKmd kmd) {
        this.lock = lock;
        this.kmd = kmd;
        GpuConfig c = kmd.gpu().config();
        this.global = c.placement() == GpuConfig.Placement.GLOBAL;
        // GLOBAL: every queue rings the engine's one doorbell, so the limit is the queues the
        // firmware keeps bound, not the doorbells; each allocator slot stands for doorbell 0.
        this.allocator = new DoorbellAllocator<>(global ? c.maxQueuesPerEngine() : c.doorbellCount());
    }

    /** The BAR doorbell of allocator slot {@code slot}: itself, or with GLOBAL placement the one doorbell. */
    int barIndex(int slot) {
        return global ? 0 : slot;
    }

    /**
     * Binds {@code d} to a physical doorbell, taking one back from a victim when none is free;
     * returns its slot, or -1 (no doorbell within {@link #WAIT_NANOS}, the queue faulted, or the
     * doorbell was destroyed). The caller has counted its connect in its context and holds no KMD lock.
     */
    int acquire(ReferenceKmd.KDoorbell d) {
        long deadline = System.nanoTime() + WAIT_NANOS;
        for (;;) {
            Taking taking;
            synchronized (lock) {
                if (d.destroyed) {
                    return -1;
                }
                if (d.physical >= 0) { // a victim reconnecting before it was released keeps its doorbell
                    d.connects++;
                    allocator.touch(d);
                    return d.physical;
                }
                int slot = allocator.allocate(d);
                if (slot >= 0) {
                    try {
                        d.gpuQueue.bind(barIndex(slot));
                    } catch (GpuException e) {
                        allocator.release(d, slot);
                        return -1; // the queue faulted or its engine was reset
                    }
                    d.physical = slot;
                    d.connects++;
                    return slot;
                }
                Predicate<ReferenceKmd.KDoorbell> eligible = v -> v != d && v.leaving == 0
                        && (v.queue.context == d.queue.context || v.queue.context.connecting == 0);
                // an idle victim first: it has nothing to drain
                if (System.nanoTime() - deadline > 0) {
                    return -1; // victims kept reconnecting, or none could be had
                }
                ReferenceKmd.KDoorbell victim = allocator.victim(eligible.and(v -> v.gpuQueue.idle()));
                if (victim == null) {
                    victim = allocator.victim(eligible);
                }
                if (victim == null) { // rule 3: finish what waits for our context ourselves
                    victim = allocator.victim(v -> v.leaving > 0 && v.queue.context == d.queue.context);
                }
                if (victim == null) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return -1;
                    }
                    waitForRelease(left);
                    continue;
                }
                victim.leaving++;
                taking = new Taking(victim, victim.physical, victim.connects);
            }
            int s = takeBack(taking);
            if (s != STATUS_SUCCESS && s != STATUS_INVALID_PARAMETER) {
                return -1; // the OS refused (a broken deadlock, a bad argument): do not try again
            }
        }
    }

    /**
     * One victimization: the doorbell, and the physical slot and connect count it had when chosen.
     * Another victimizer (rule 3), a reconnect, a disconnect or a destroy may overtake it; it frees
     * the slot only if none did, so the victim's reconnect always wins.
     */
    private record Taking(ReferenceKmd.KDoorbell victim, int slot, long connects) {
        /** Nothing overtook it (lock held). */
        boolean stillOurs() {
            return !victim.destroyed && victim.physical == slot && victim.connects == connects;
        }
    }

    private void waitForRelease(long nanos) {
        try {
            lock.wait(Math.max(1, nanos / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Takes a physical doorbell back: the OS disconnects the victim first (its VA moves to the dummy
     * page, then its status reads RETRY, so no new ring arrives), the victim is kicked, the work it
     * already rang runs out, and only then is the doorbell free. Runs without the KMD's lock.
     *
     * <p>The kick closes the window of Windows' disconnect order: a UMD that rang between the VA
     * move and the status write rang the dummy page yet read CONNECTED, and would wait for its
     * fence until its next submission. Its write pointer was published before that ring, so the
     * firmware, told to look at the queue after the callback returned, runs it. The kick is due even
     * when the victim reconnected before the callback ran (the callback then disconnected it again,
     * with the same window) and keeps its doorbell.
     */
    private int takeBack(Taking t) {
        ReferenceKmd.KDoorbell victim = t.victim();
        int s;
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment cb = DXGKARGCB_DISCONNECTDOORBELL.allocate(scratch);
            DXGKARGCB_DISCONNECTDOORBELL.hHwQueue(cb, MemorySegment.ofAddress(victim.queue.osHandle));
            if (Generation.SELECTED == Generation.G2) { // G1 (as the 22631 kernel reads it) and G3 name the queue only
                DXGKARGCB_DISCONNECTDOORBELL.hDoorbell(cb, MemorySegment.ofAddress(victim.osHandle));
            }
            DXGKARGCB_DISCONNECTDOORBELL.DisconnectReason(cb, D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY);
            s = kmd.os().DxgkCbDisconnectDoorbell(cb); // may wait for the victim's context lock
        }
        try {
            if (s == STATUS_SUCCESS) {
                synchronized (lock) {
                    if (!victim.destroyed && victim.physical >= 0) {
                        kmd.catchStrandedRings(victim.gpuQueue);
                    }
                }
                drain(t);
                synchronized (lock) {
                    // only now: the OS has moved the victim's VA and written RETRY, its work ran
                    // out, and nothing (a reconnect after the callback above all) overtook this.
                    if (t.stillOurs()) {
                        release(victim);
                    }
                }
            }
            return s; // INVALID_PARAMETER: the victim was destroyed meanwhile; another one may be taken
        } finally {
            synchronized (lock) {
                victim.leaving--;
                lock.notifyAll();
            }
        }
    }

    /**
     * Lets a victim's rung work run out, at most {@link #DRAIN_NANOS}, or until something overtakes
     * the victimization. Work still queued after that (a suspended or long queue, or a ring no kick
     * caught) waits, unbound, for the UMD's next submission, which reads RETRY and reconnects.
     */
    private void drain(Taking t) {
        long deadline = System.nanoTime() + DRAIN_NANOS;
        HwQueue queue = t.victim().gpuQueue;
        boolean notify = kmd.gpu().config().detectMode() == GpuConfig.DetectMode.NOTIFY;
        for (;;) {
            synchronized (lock) {
                if (!t.stillOurs() || queue.state() != HwQueue.State.BOUND || queue.idle()) {
                    return;
                }
            }
            if (System.nanoTime() - deadline > 0) {
                return;
            }
            if (notify) {
                kmd.gpu().notifyEngine(t.victim().queue.context.info.engine());
            }
            Thread.onSpinWait();
        }
    }

    /** Unbinds {@code d} and frees its doorbell; the KMD's lock is held. */
    void release(ReferenceKmd.KDoorbell d) {
        if (d.physical >= 0) {
            d.gpuQueue.unbind();
            allocator.release(d, d.physical);
            d.physical = -1;
        }
        lock.notifyAll();
    }
}
