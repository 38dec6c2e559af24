package dev.umws.bench;

import dev.umws.gpu.Gpu;
import dev.umws.gpu.RingWriter;

import java.lang.invoke.VarHandle;

/**
 * The Java bench producers' timed loops, one static method per {@link RingVia}: the switch on the
 * variant runs once, outside the loop, and inside each loop the ring is a static call of a
 * constant method handle or of {@link RingWriter}, a final class: no call in a timed loop can
 * become megamorphic, whatever ran before. The loops share only static helpers (packets in,
 * fence out), which are the same for every variant.
 *
 * <p>The protocol is the C producers' ({@code umws_bench_c_ring_on},
 * {@code umws_bench_c_throughput_on}, native/bench/bench_lane.c): the same packets, the clock read
 * at the same points, the same ring-space checks.
 */
final class RingLoops {
    /** A fence or ring space not come after this long is a failure of the run, not a slow sample (ns). */
    private static final long TIMEOUT_NS = 10_000_000_000L;
    /** Spins between two looks at the clock while waiting: the deadline costs nothing per spin. */
    private static final int SPINS_PER_CLOCK = 4096;
    /** A TIMESTAMP (16 bytes) and a WRITE_FENCE (24) per latency sample, with room for a NOP. */
    private static final int SAMPLE_ROOM = 64;
    private static final int FENCE_BYTES = 24;

    private RingLoops() {
    }

    // ---- ring latency: per sample a TIMESTAMP and a WRITE_FENCE, clock, ring, spin on the fence ----

    /**
     * {@code oneWay.length} samples after {@code warmup} unrecorded ones, continuing from the
     * lane's last fence value: one-way = the TIMESTAMP value minus the clock just before the ring,
     * round trip = until the fence is seen (ns; negative one-way samples are errors, kept as such).
     */
    static void latency(RingVia via, JavaRing.Lane lane, Gpu gpu, boolean notify, int warmup, long[] oneWay,
            long[] roundTrip) {
        switch (via) {
            case SEGMENT -> latencySegment(lane, gpu, notify, warmup, oneWay, roundTrip);
            case SEGMENT_FENCED -> latencySegmentFenced(lane, gpu, notify, warmup, oneWay, roundTrip);
            case DOWNCALL -> latencyDowncall(lane, gpu, notify, warmup, oneWay, roundTrip);
            case DOWNCALL_CRITICAL -> latencyCritical(lane, gpu, notify, warmup, oneWay, roundTrip);
            case CRITICAL_RAW -> latencyCriticalRaw(lane, gpu, notify, warmup, oneWay, roundTrip);
            case JNI -> latencyJni(lane, gpu, notify, warmup, oneWay, roundTrip);
        }
    }

    private static void latencySegment(JavaRing.Lane l, Gpu gpu, boolean notify, int warmup, long[] one,
            long[] rt) {
        RingWriter w = l.writer;
        long base = l.fenceAcquire();
        for (int i = 0; i < warmup + one.length; i++) {
            long t0 = stage(l, base + i + 1);
            w.submit();
            settle(l, gpu, notify, base + i + 1, t0, i - warmup, one, rt);
        }
    }

    private static void latencySegmentFenced(JavaRing.Lane l, Gpu gpu, boolean notify, int warmup, long[] one,
            long[] rt) {
        RingWriter w = l.writer;
        long base = l.fenceAcquire();
        for (int i = 0; i < warmup + one.length; i++) {
            long t0 = stage(l, base + i + 1);
            w.submit();
            VarHandle.fullFence();
            settle(l, gpu, notify, base + i + 1, t0, i - warmup, one, rt);
        }
    }

    private static void latencyDowncall(JavaRing.Lane l, Gpu gpu, boolean notify, int warmup, long[] one,
            long[] rt) {
        RingWriter w = l.writer;
        long base = l.fenceAcquire();
        for (int i = 0; i < warmup + one.length; i++) {
            long t0 = stage(l, base + i + 1);
            ringDowncall(w);
            settle(l, gpu, notify, base + i + 1, t0, i - warmup, one, rt);
        }
    }

    private static void latencyCritical(JavaRing.Lane l, Gpu gpu, boolean notify, int warmup, long[] one,
            long[] rt) {
        RingWriter w = l.writer;
        long base = l.fenceAcquire();
        for (int i = 0; i < warmup + one.length; i++) {
            long t0 = stage(l, base + i + 1);
            ringCritical(w);
            settle(l, gpu, notify, base + i + 1, t0, i - warmup, one, rt);
        }
    }

    private static void latencyCriticalRaw(JavaRing.Lane l, Gpu gpu, boolean notify, int warmup, long[] one,
            long[] rt) {
        RingWriter w = l.writer;
        long control = w.control().address();
        long doorbell = w.doorbell().address();
        long base = l.fenceAcquire();
        for (int i = 0; i < warmup + one.length; i++) {
            long t0 = stage(l, base + i + 1);
            ringCriticalRaw(control, doorbell, w.writePointer());
            settle(l, gpu, notify, base + i + 1, t0, i - warmup, one, rt);
        }
    }

    private static void latencyJni(JavaRing.Lane l, Gpu gpu, boolean notify, int warmup, long[] one, long[] rt) {
        RingWriter w = l.writer;
        long control = w.control().address();
        long doorbell = w.doorbell().address();
        long base = l.fenceAcquire();
        for (int i = 0; i < warmup + one.length; i++) {
            long t0 = stage(l, base + i + 1);
            Jni.ring(control, doorbell, w.writePointer());
            settle(l, gpu, notify, base + i + 1, t0, i - warmup, one, rt);
        }
    }

    /** Writes a sample's TIMESTAMP and WRITE_FENCE; returns the clock just before the ring. */
    private static long stage(JavaRing.Lane l, long fence) {
        RingWriter w = l.writer;
        room(w, SAMPLE_ROOM);
        w.writeTimestamp(l.dataVa + 64);
        w.writeFence(l.dataVa, fence, false);
        return System.nanoTime();
    }

    /** After the ring: wakes the engine (NOTIFY), spins until the fence is visible, records sample {@code k}. */
    private static void settle(JavaRing.Lane l, Gpu gpu, boolean notify, long fence, long t0, int k, long[] one,
            long[] rt) {
        if (notify) {
            gpu.notifyEngine(0);
        }
        await(l, fence);
        long t1 = System.nanoTime();
        if (k >= 0) {
            one[k] = l.timestampAcquire() - t0;
            rt[k] = t1 - t0;
        }
    }

    // ---- throughput: batches of WRITE_FENCE packets, one ring per batch, until the deadline ----

    /**
     * Writes batches until {@code end} (System.nanoTime; one batch at least), then waits for the
     * last fence; returns the fences written.
     */
    static long produce(RingVia via, JavaRing.Lane lane, Gpu gpu, boolean notify, long end, int batch) {
        return switch (via) {
            case SEGMENT -> produceSegment(lane, gpu, notify, end, batch);
            case SEGMENT_FENCED -> produceSegmentFenced(lane, gpu, notify, end, batch);
            case DOWNCALL -> produceDowncall(lane, gpu, notify, end, batch);
            case DOWNCALL_CRITICAL -> produceCritical(lane, gpu, notify, end, batch);
            case CRITICAL_RAW -> produceCriticalRaw(lane, gpu, notify, end, batch);
            case JNI -> produceJni(lane, gpu, notify, end, batch);
        };
    }

    private static long produceSegment(JavaRing.Lane l, Gpu gpu, boolean notify, long end, int batch) {
        RingWriter w = l.writer;
        long first = l.fenceAcquire();
        long n = first;
        do { // one batch at least, even when the thread first runs after the deadline
            n = fill(l, n, batch);
            w.submit();
            if (notify) {
                gpu.notifyEngine(0);
            }
        } while (System.nanoTime() < end);
        await(l, n);
        return n - first;
    }

    private static long produceSegmentFenced(JavaRing.Lane l, Gpu gpu, boolean notify, long end, int batch) {
        RingWriter w = l.writer;
        long first = l.fenceAcquire();
        long n = first;
        do { // one batch at least, even when the thread first runs after the deadline
            n = fill(l, n, batch);
            w.submit();
            VarHandle.fullFence();
            if (notify) {
                gpu.notifyEngine(0);
            }
        } while (System.nanoTime() < end);
        await(l, n);
        return n - first;
    }

    private static long produceDowncall(JavaRing.Lane l, Gpu gpu, boolean notify, long end, int batch) {
        RingWriter w = l.writer;
        long first = l.fenceAcquire();
        long n = first;
        do { // one batch at least, even when the thread first runs after the deadline
            n = fill(l, n, batch);
            ringDowncall(w);
            if (notify) {
                gpu.notifyEngine(0);
            }
        } while (System.nanoTime() < end);
        await(l, n);
        return n - first;
    }

    private static long produceCritical(JavaRing.Lane l, Gpu gpu, boolean notify, long end, int batch) {
        RingWriter w = l.writer;
        long first = l.fenceAcquire();
        long n = first;
        do { // one batch at least, even when the thread first runs after the deadline
            n = fill(l, n, batch);
            ringCritical(w);
            if (notify) {
                gpu.notifyEngine(0);
            }
        } while (System.nanoTime() < end);
        await(l, n);
        return n - first;
    }

    private static long produceCriticalRaw(JavaRing.Lane l, Gpu gpu, boolean notify, long end, int batch) {
        RingWriter w = l.writer;
        long control = w.control().address();
        long doorbell = w.doorbell().address();
        long first = l.fenceAcquire();
        long n = first;
        do { // one batch at least, even when the thread first runs after the deadline
            n = fill(l, n, batch);
            ringCriticalRaw(control, doorbell, w.writePointer());
            if (notify) {
                gpu.notifyEngine(0);
            }
        } while (System.nanoTime() < end);
        await(l, n);
        return n - first;
    }

    private static long produceJni(JavaRing.Lane l, Gpu gpu, boolean notify, long end, int batch) {
        RingWriter w = l.writer;
        long control = w.control().address();
        long doorbell = w.doorbell().address();
        long first = l.fenceAcquire();
        long n = first;
        do { // one batch at least, even when the thread first runs after the deadline
            n = fill(l, n, batch);
            Jni.ring(control, doorbell, w.writePointer());
            if (notify) {
                gpu.notifyEngine(0);
            }
        } while (System.nanoTime() < end);
        await(l, n);
        return n - first;
    }

    /** Waits for room for a batch (and a NOP), writes its fences {@code n+1..n+batch}; returns the last value. */
    private static long fill(JavaRing.Lane l, long n, int batch) {
        RingWriter w = l.writer;
        room(w, (batch + 1) * FENCE_BYTES);
        for (int i = 0; i < batch; i++) {
            w.writeFence(l.dataVa, ++n, false);
        }
        return n;
    }

    // ---- the rings by call, and the waits ---------------------------------------------------------

    private static void ringDowncall(RingWriter w) {
        try {
            BenchNative.RING.invokeExact(w.control(), w.doorbell(), w.writePointer());
        } catch (Throwable t) {
            throw new IllegalStateException("umws_bench_ring_doorbell", t);
        }
    }

    private static void ringCritical(RingWriter w) {
        try {
            BenchNative.RING_CRITICAL.invokeExact(w.control(), w.doorbell(), w.writePointer());
        } catch (Throwable t) {
            throw new IllegalStateException("umws_bench_ring_doorbell", t);
        }
    }

    private static void ringCriticalRaw(long control, long doorbell, long writePointer) {
        try {
            BenchNative.RING_RAW_CRITICAL.invokeExact(control, doorbell, writePointer);
        } catch (Throwable t) {
            throw new IllegalStateException("umws_bench_ring_doorbell", t);
        }
    }

    /** Spins until ring space for {@code bytes} (as C: {@code wp + bytes - ReadPointer <= size}). */
    private static void room(RingWriter w, int bytes) {
        int spins = 0;
        long deadline = 0;
        long size = w.ring().byteSize();
        while (w.writePointer() + bytes - w.readPointerAcquire() > size) {
            Thread.onSpinWait();
            if (++spins % SPINS_PER_CLOCK == 0) {
                deadline = check(deadline, "ring space");
            }
        }
    }

    /** Spins until the lane's fence holds {@code value}. */
    private static void await(JavaRing.Lane l, long value) {
        int spins = 0;
        long deadline = 0;
        while (l.fenceAcquire() != value) {
            Thread.onSpinWait();
            if (++spins % SPINS_PER_CLOCK == 0) {
                deadline = check(deadline, "fence " + value);
            }
        }
    }

    /** The deadline, set at the first look; throws once it has passed. */
    private static long check(long deadline, String what) {
        long now = System.nanoTime();
        if (deadline == 0) {
            return now + TIMEOUT_NS;
        }
        if (now - deadline > 0) {
            throw new IllegalStateException(what + " did not come within " + TIMEOUT_NS / 1_000_000_000L + " s");
        }
        return deadline;
    }
}
