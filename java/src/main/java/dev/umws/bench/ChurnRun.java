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

import static dev.umws.abi.D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY;

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
 *
 * <p>The floor of a reconnect ({@code floorConnects} > 0): once the churn is over and every fence
 * has come, the same queues are visited round-robin again, each with a bare D3DKMTConnectDoorbell
 * ({@link UmdQueue#connect}) timed on its own: what a reconnect must do (the KMD's connect DDI,
 * which takes an idle victim's doorbell through DxgkCbDisconnectDoorbell: the OS writes the
 * victim's status and maps the dummy page at its VA; the GPU unbinds it and binds the caller; the
 * OS maps the BAR page at the caller's VA), without the UMD's retry loop (the ring into the dummy
 * page, the RETRY read, the ring again) and without a victim with work to drain. A visit that finds
 * its queue still connected is not timed (it would do nothing); it is counted.
 */
final class ChurnRun {
    /** Submissions per visit of a queue: the first may reconnect, the others ring a live doorbell. */
    static final int BURST = 4;
    private static final int RING_BYTES = 4096;
    private static final int MAX_SAMPLES = 4_000_000;
    private static final long DRAIN_NANOS = 10_000_000_000L;
    /** How long a queue's last fence may take before the queue is checked for work stranded by a victimization. */
    private static final long STRANDED_NANOS = 200_000_000L;

    /**
     * What one cell measured: every submission's latency (ns) by kind, the floor connects, and
     * whether the run itself went right (all fences came, no rule broken).
     *
     * @param floorSamples  the bare connects' latencies (ns), empty when none was asked for
     * @param floorSkipped  floor visits that found their queue still connected (not timed)
     */
    record Result(GpuConfig.Placement placement, int queues, int doorbells, long submissions, long reconnects,
            long elapsedNs, long[] plainSamples, long[] reconnectSamples, long[] floorSamples, long floorSkipped,
            boolean allCompleted, int violations) {

        double submissionsPerSecond() {
            return submissions * 1e9 / elapsedNs;
        }

        double reconnectsPerSecond() {
            return reconnects * 1e9 / elapsedNs;
        }

        /** The plain rings' percentiles, or null when none happened. */
        Summary plain() {
            return plainSamples.length == 0 ? null : Summary.of(plainSamples);
        }

        /** The reconnect rings' percentiles, or null when none happened. */
        Summary reconnect() {
            return reconnectSamples.length == 0 ? null : Summary.of(reconnectSamples);
        }

        /** Reconnect-ring p99 over plain-ring p99, or NaN when either kind is missing. */
        double p99Ratio() {
            Summary p = plain();
            Summary r = reconnect();
            return p == null || r == null ? Double.NaN : (double) r.p99() / p.p99();
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

    /** Runs one cell with {@code driver} for about {@code durationNs} of measured submissions, no floor. */
    static Result run(GpuConfig.Placement placement, int queues, int doorbells, long durationNs, BenchKmd driver) {
        return run(placement, queues, doorbells, durationNs, 0, driver, Affinity.NONE);
    }

    /**
     * Runs one cell with {@code driver}: about {@code durationNs} of churn, then
     * {@code floorConnects} timed bare connects; the GPU's firmware pinned per {@code affinity}.
     */
    static Result run(GpuConfig.Placement placement, int queues, int doorbells, long durationNs, int floorConnects,
            BenchKmd driver, Affinity affinity) {
        Verifier verifier = new Verifier();
        Kmd kmd = driver.create();
        try (Dxgkrnl os = Dxgkrnl.start(config(placement, doorbells), kmd, verifier)) {
            affinity.pinFirmware(os.gpu());
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
                boolean completed = drained(qs);
                Samples floor = new Samples();
                long skipped = 0;
                for (int i = 0, visits = 0; floor.size < floorConnects && visits < 4 * floorConnects + queues;
                        i = (i + 1) % queues, visits++) {
                    UmdQueue q = qs.get(i);
                    if (q.statusAcquire() != D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY) {
                        skipped++; // still connected: a connect would do nothing
                        continue;
                    }
                    long t0 = System.nanoTime();
                    q.connect();
                    floor.add(System.nanoTime() - t0);
                }
                completed &= drained(qs);
                return new Result(placement, queues, doorbells, submissions, reconnected, elapsed, plain.values(),
                        reconnect.values(), floor.values(), skipped, completed, verifier.violations().size());
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

    /**
     * Waits for every queue's last fence; false when one did not come within {@link #DRAIN_NANOS}.
     * A queue victimized before its work ran (the KMD takes a doorbell whose work has not drained
     * within its own limit) has that work left until it rings again: as a UMD does, it submits once
     * more (a fence-only submission, which reconnects) and waits for that fence, which comes after
     * the others.
     */
    private static boolean drained(List<UmdQueue> qs) {
        boolean completed = true;
        for (UmdQueue q : qs) {
            if (!q.await(q.lastSubmitted(), STRANDED_NANOS)
                    && q.statusAcquire() == D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY) {
                q.submit(null);
            }
            completed &= q.await(q.lastSubmitted(), DRAIN_NANOS);
        }
        return completed;
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
        long[] values = new long[1 << 12];
        int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] values() {
            return Arrays.copyOf(values, size);
        }
    }
}
