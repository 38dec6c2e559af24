package dev.umws.bench;

import dev.umws.abi.UMWS_GPU_RING_CONTROL;
import dev.umws.gpu.DoorbellVa;
import dev.umws.gpu.Gpu;
import dev.umws.gpu.GpuConfig;
import dev.umws.gpu.HwQueue;
import dev.umws.gpu.QueueDesc;
import dev.umws.gpu.RingWriter;
import dev.umws.gpu.VaSpace;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

/**
 * The Java producer of the same experiment as {@code umws_bench_c_ring}: the same packets, the
 * same GPU, the doorbell rung by a release store into its {@link MemorySegment}; System.nanoTime
 * reads the same monotonic clock as the GPU's TIMESTAMP packet.
 */
final class JavaRing {
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    private static final long RING_VA = 0x100000;
    private static final long CONTROL_VA = 0x200000;
    private static final long DATA_VA = 0x300000;
    private static final int RING_BYTES = 4096;

    private JavaRing() {
    }

    /** One GPU, one queue bound to doorbell 0 with its VA connected, and the Java producer's ring writer. */
    private static final class Rig implements AutoCloseable {
        final Gpu gpu;
        final Arena arena = Arena.ofShared();
        final MemorySegment data = arena.allocate(4096, 4096);
        final VaSpace space;
        final HwQueue queue;
        final DoorbellVa va;
        final RingWriter writer;

        Rig(GpuConfig.DetectMode mode) {
            gpu = Gpu.create(GpuConfig.defaults().withDetectMode(mode).withEngineTimeoutNs(0));
            MemorySegment ring = arena.allocate(RING_BYTES, 4096);
            MemorySegment control = arena.allocate(UMWS_GPU_RING_CONTROL.sizeof(), 64);
            space = gpu.createVaSpace();
            space.map(RING_VA, ring, false);
            space.map(CONTROL_VA, control, true);
            space.map(DATA_VA, data, true);
            queue = gpu.createQueue(space, new QueueDesc(RING_VA, RING_BYTES, CONTROL_VA, DATA_VA, 0, 0, 1));
            va = gpu.reserveDoorbellVa();
            queue.bind(0);
            va.connect(0, false);
            writer = new RingWriter(ring, control, va.slot(0, false), false);
        }

        long fenceAcquire() {
            return (long) LONG.getAcquire(data, 0L);
        }

        @Override
        public void close() {
            queue.close();
            va.release();
            space.close();
            gpu.close();
            arena.close();
        }
    }

    /** {one-way, round trip} samples, ns. */
    static long[][] run(GpuConfig.DetectMode mode, int warmup, int iterations) {
        long[] oneWay = new long[iterations];
        long[] roundTrip = new long[iterations];
        try (Rig r = new Rig(mode)) {
            RingWriter writer = r.writer;
            boolean notify = mode == GpuConfig.DetectMode.NOTIFY;
            for (int i = 0; i < warmup + iterations; i++) {
                while (!writer.hasSpace(48)) {
                    Thread.onSpinWait();
                }
                writer.writeTimestamp(DATA_VA + 64);
                writer.writeFence(DATA_VA, i + 1, false);
                writer.publishRelease();
                long t0 = System.nanoTime();
                writer.ringRelease();
                if (notify) {
                    r.gpu.notifyEngine(0);
                }
                while (r.fenceAcquire() != i + 1) {
                    Thread.onSpinWait();
                }
                long t1 = System.nanoTime();
                if (i >= warmup) {
                    oneWay[i - warmup] = (long) LONG.getAcquire(r.data, 64L) - t0;
                    roundTrip[i - warmup] = t1 - t0;
                }
            }
        }
        return new long[][] {oneWay, roundTrip};
    }

    /** Packets per second for {@code durationNs}: batches of {@code batch} fences, one ring each. */
    static double throughput(GpuConfig.DetectMode mode, long durationNs, int batch) {
        try (Rig r = new Rig(mode)) {
            RingWriter writer = r.writer;
            boolean notify = mode == GpuConfig.DetectMode.NOTIFY;
            int room = (batch + 1) * 24;
            long n = 0;
            long start = System.nanoTime();
            long end = start + durationNs;
            while (System.nanoTime() < end) {
                while (!writer.hasSpace(room)) {
                    Thread.onSpinWait();
                }
                for (int i = 0; i < batch; i++) {
                    writer.writeFence(DATA_VA, ++n, false);
                }
                writer.submit();
                if (notify) {
                    r.gpu.notifyEngine(0);
                }
            }
            while (r.fenceAcquire() != n) {
                Thread.onSpinWait();
            }
            return n * 1e9 / (System.nanoTime() - start);
        }
    }
}
