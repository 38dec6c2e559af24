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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The Java producers of the same experiments as {@code umws_bench_c_ring} and
 * {@code umws_bench_c_throughput}: the same packets, the same GPU, each producer on its own
 * queue and doorbell; System.nanoTime reads the same monotonic clock as the TIMESTAMP packet.
 */
final class JavaRing {
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    static final long RING_VA = 0x100000;
    static final long CONTROL_VA = 0x200000;
    static final long DATA_VA = 0x300000;
    static final int RING_BYTES = 4096;

    private JavaRing() {
    }

    /** One producer's queue: own VA space, ring, control and data pages, bound to its own doorbell. */
    static final class Lane {
        final MemorySegment data;
        final HwQueue queue;
        final VaSpace space;
        final DoorbellVa va;
        final RingWriter writer;

        Lane(Gpu gpu, Arena arena, int index) {
            this(gpu, arena, index, RING_VA, RING_BYTES, DATA_VA, 4096);
        }

        /** A lane with its ring and data pages where and as large as the experiment needs (bytes, 4 KiB multiples). */
        Lane(Gpu gpu, Arena arena, int index, long ringVa, int ringBytes, long dataVa, long dataBytes) {
            MemorySegment ring = arena.allocate(ringBytes, 4096);
            MemorySegment control = arena.allocate(UMWS_GPU_RING_CONTROL.sizeof(), 64);
            data = arena.allocate(dataBytes, 4096);
            space = gpu.createVaSpace();
            space.map(ringVa, ring, false);
            space.map(CONTROL_VA, control, true);
            space.map(dataVa, data, true);
            queue = gpu.createQueue(space, new QueueDesc(ringVa, ringBytes, CONTROL_VA, dataVa, 0, 0, index + 1));
            va = gpu.reserveDoorbellVa();
            queue.bind(index);
            va.connect(index, false);
            writer = new RingWriter(ring, control, va.slot(index, false), false);
        }

        /** Pairs with the firmware's release store of the fence value. */
        long fenceAcquire() {
            return (long) LONG.getAcquire(data, 0L);
        }

        void close() {
            queue.close();
            va.release();
            space.close();
        }
    }

    /** A GPU with {@code lanes} queues on engine 0. */
    static final class Rig implements AutoCloseable {
        final Gpu gpu;
        final Arena arena = Arena.ofShared();
        final List<Lane> lanes = new ArrayList<>();

        Rig(GpuConfig.DetectMode mode, int lanes) {
            GpuConfig defaults = GpuConfig.defaults();
            gpu = Gpu.create(defaults.withDetectMode(mode).withEngineTimeoutNs(0)
                    .withDoorbells(Math.max(lanes, defaults.doorbellCount()), defaults.placement()));
            for (int i = 0; i < lanes; i++) {
                this.lanes.add(new Lane(gpu, arena, i));
            }
        }

        Lane lane(int i) {
            return lanes.get(i);
        }

        @Override
        public void close() {
            lanes.forEach(Lane::close);
            gpu.close();
            arena.close();
        }
    }

    /** {one-way, round trip} samples, ns, ringing {@code via}. */
    static long[][] run(GpuConfig.DetectMode mode, RingVia via, int warmup, int iterations) {
        long[] oneWay = new long[iterations];
        long[] roundTrip = new long[iterations];
        try (Rig r = new Rig(mode, 1)) {
            Lane lane = r.lane(0);
            RingWriter writer = lane.writer;
            boolean notify = mode == GpuConfig.DetectMode.NOTIFY;
            for (int i = 0; i < warmup + iterations; i++) {
                while (!writer.hasSpace(48)) {
                    Thread.onSpinWait();
                }
                writer.writeTimestamp(DATA_VA + 64);
                writer.writeFence(DATA_VA, i + 1, false);
                long t0 = System.nanoTime();
                via.submit(writer);
                if (notify) {
                    r.gpu.notifyEngine(0);
                }
                while (lane.fenceAcquire() != i + 1) {
                    Thread.onSpinWait();
                }
                long t1 = System.nanoTime();
                if (i >= warmup) {
                    oneWay[i - warmup] = (long) LONG.getAcquire(lane.data, 64L) - t0;
                    roundTrip[i - warmup] = t1 - t0;
                }
            }
        }
        return new long[][] {oneWay, roundTrip};
    }

    /**
     * Packets per second of {@code producers} Java threads for {@code durationNs}, each writing
     * batches of {@code batch} fences to its own queue, one ring per batch ({@code via}); counted until the
     * last fence of every queue is visible.
     */
    static double throughput(GpuConfig.DetectMode mode, RingVia via, long durationNs, int batch, int producers) {
        try (Rig r = new Rig(mode, producers)) {
            long[] packets = new long[producers];
            long[] done = new long[producers];
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            long[] start = new long[1];
            for (int p = 0; p < producers; p++) {
                int index = p;
                threads.add(Thread.ofPlatform().name("bench-producer-" + p).start(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    packets[index] = produce(r, r.lane(index), mode, via, start[0] + durationNs, batch);
                    done[index] = System.nanoTime();
                }));
            }
            start[0] = System.nanoTime();
            go.countDown();
            long total = 0;
            long last = start[0];
            for (int p = 0; p < producers; p++) {
                try {
                    threads.get(p).join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                total += packets[p];
                last = Math.max(last, done[p]);
            }
            return total * 1e9 / (last - start[0]);
        }
    }

    /** One producer's loop; returns the fences it wrote, after the last is visible. */
    private static long produce(Rig r, Lane lane, GpuConfig.DetectMode mode, RingVia via, long end, int batch) {
        RingWriter writer = lane.writer;
        boolean notify = mode == GpuConfig.DetectMode.NOTIFY;
        int room = (batch + 1) * 24;
        long n = 0;
        while (System.nanoTime() < end) {
            while (!writer.hasSpace(room)) {
                Thread.onSpinWait();
            }
            for (int i = 0; i < batch; i++) {
                writer.writeFence(DATA_VA, ++n, false);
            }
            via.submit(writer);
            if (notify) {
                r.gpu.notifyEngine(0);
            }
        }
        while (lane.fenceAcquire() != n) {
            Thread.onSpinWait();
        }
        return n;
    }
}
