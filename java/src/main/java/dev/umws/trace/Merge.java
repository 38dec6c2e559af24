package dev.umws.trace;

import java.util.List;
import java.util.PriorityQueue;

/**
 * A k-way merge of the tracks by time: each thread's buffer is already in time order (one writer,
 * one clock), so a heap of one cursor per track yields every event once, oldest first, holding k
 * positions and nothing else. Ties go to the lower track, then the earlier event.
 */
final class Merge {
    /** Receives (track index, event index) in time order. */
    interface Visitor {
        void visit(int track, long event) throws java.io.IOException;
    }

    private Merge() {
    }

    static void run(List<Track> tracks, Visitor v) throws java.io.IOException {
        long[] next = new long[tracks.size()];
        PriorityQueue<Integer> heap = new PriorityQueue<>(Math.max(1, tracks.size()), (a, b) -> {
            int c = Long.compare(tracks.get(a).time(next[a]), tracks.get(b).time(next[b]));
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int i = 0; i < tracks.size(); i++) {
            if (tracks.get(i).count() > 0) {
                heap.add(i);
            }
        }
        while (!heap.isEmpty()) {
            int t = heap.poll();
            v.visit(t, next[t]);
            if (++next[t] < tracks.get(t).count()) {
                heap.add(t);
            }
        }
    }

    /** The same for a visitor that throws nothing checked. */
    static void each(List<Track> tracks, Visitor v) {
        try {
            run(tracks, v);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
