package dev.umws.bench;

import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.Kmd;
import dev.umws.kmd.ReferenceKmd;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.umd.UmdQueue;
import dev.umws.verifier.Verifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Doorbell victimization churn through the real stack: {@link Dxgkrnl} with the
 * {@link ReferenceKmd} (or its C twin, {@link BenchKmd}), one process, {@code queues}
 * {@link UmdQueue}s over {@code doorbells} physical doorbells. The queues are visited round-robin; each visit submits a burst of
 * {@link #BURST} fence-only submissions. When there are more queues than doorbells the LRU
 * victim is always a queue visited long ago, so the first submission of every visit finds its
 * doorbell DISCONNECTED_RETRY, reconnects (victimizing another queue) and rings again; the rest of
 * the burst are plain rings. Each submission is timed ({@code UmdQueue.submit}, from the first
 * packet written to the status read that ends it) and filed as a reconnect ring when the queue's
 * reconnect counter moved during it.
 */
final class ChurnRun {
    /** Submissions per visit of a queue: the first may reconnect, the others ring a live doorbell. */
    static final int BURST = 4;
    private static final int RING_BYTES = 4096;
    private static final int MAX_SAMPLES = 4_000_000;
    private static final long DRAIN_NANOS = 10_000_000_000L;

    /** What one cell measured. {@code plain}/{@code reconnect} are null when no such ring happened. */
    record Result(GpuConfig.Placement placement, int queues, int doorbells, long submissions, long reconnects,
            long elapsedNs, Summary plain, Summary reconnect, boolean allCompleted, int violations) {

        double submissionsPerSecond() {
            return submissions * 1e9 / elapsedNs;
        }

        double reconnectsPerSecond() {
            return reconnects * 1e9 / elapsedNs;
        }

        /** Reconnect-ring p99 over plain-ring p99, or NaN when either kind is missing. */
        double p99Ratio() {
            return plain == null || reconnect == null ? Double.NaN : (double) reconnect.p99() / plain.p99();
        }
    }

    private ChurnRun() {
    }

    /** The GPU of one cell: {@code doorbells} physical doorbells ({@code GLOBAL}: the one), firmware spinning. */
    static GpuConfig config(GpuConfig.Placement placement, int doorbells) {
        // GLOBAL has one doorbell for every queue: what runs out is the queues the firmware keeps
        // bound, so "doorbells" there sets MaxQueuesPerEngine, the reference KMD's limit.
        boolean global = placement == GpuConfig.Placement.GLOBAL;
        GpuConfig d = GpuConfig.defaults();
        return d.withDoorbells(global ? 1 : doorbells, placement).withDetectMode(GpuConfig.DetectMode.SPIN)
                .withMaxQueuesPerEngine(global ? doorbells : Math.max(d.maxQueuesPerEngine(), doorbells))
                .withInterruptRingEntries(8192);
    }

    /** Runs one cell with the Java reference KMD for about {@code durationNs} of measured submissions. */
    static Result run(GpuConfig.Placement placement, int queues, int doorbells, long durationNs) {
        return run(placement, queues, doorbells, durationNs, BenchKmd.JAVA);
    }

    /** Runs one cell with {@code driver} for about {@code durationNs} of measured submissions. */
    static Result run(GpuConfig.Placement placement, int queues, int doorbells, long durationNs, BenchKmd driver) {
        Verifier verifier = new Verifier();
        Kmd kmd = driver.create();
        try (Dxgkrnl os = Dxgkrnl.start(config(placement, doorbells), kmd, verifier)) {
            Process process = os.createProcess();
            int[] dev = new int[1];
            process.createDevice(dev);
            List<UmdQueue> qs = new ArrayList<>(queues);
            try {
                for (int i = 0; i < queues; i++) {
                    qs.add(new UmdQueue(process, dev[0], 0, RING_BYTES));
                }
                for (UmdQueue q : qs) {
                    q.submit(null); // the first connect of every queue (created disconnected) is not measured
                }
                long reconnectsBefore = reconnects(qs);
                Samples plain = new Samples();
                Samples reconnect = new Samples();
                long submissions = 0;
                long start = System.nanoTime();
                long end = start + durationNs;
                for (int i = 0; System.nanoTime() < end && plain.size + reconnect.size < MAX_SAMPLES; i = (i + 1) % queues) {
                    UmdQueue q = qs.get(i);
                    for (int b = 0; b < BURST; b++) {
                        long before = q.reconnects();
                        long t0 = System.nanoTime();
                        q.submit(null);
                        long t = System.nanoTime() - t0;
                        (q.reconnects() != before ? reconnect : plain).add(t);
                    }
                    submissions += BURST;
                }
                long elapsed = System.nanoTime() - start;
                long reconnected = reconnects(qs) - reconnectsBefore;
                boolean completed = true;
                for (UmdQueue q : qs) {
                    completed &= q.await(q.lastSubmitted(), DRAIN_NANOS);
                }
                return new Result(placement, queues, doorbells, submissions, reconnected, elapsed, plain.summary(),
                        reconnect.summary(), completed, verifier.violations().size());
            } finally {
                for (UmdQueue q : qs) {
                    q.close();
                }
                process.close();
            }
        } finally {
            BenchKmd.release(kmd);
        }
    }

    private static long reconnects(List<UmdQueue> qs) {
        long n = 0;
        for (UmdQueue q : qs) {
            n += q.reconnects();
        }
        return n;
    }

    /** A growable array of latency samples (ns). */
    private static final class Samples {
        long[] values = new long[1 << 16];
        int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        Summary summary() {
            return size == 0 ? null : Summary.of(Arrays.copyOf(values, size));
        }
    }
}
