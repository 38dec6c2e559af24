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

/**
 * The bench's rig: a GPU with one lane (queue, VA space, ring, control and data pages, doorbell)
 * per producer, built in Java, which the Java bench producers ({@link RingLoops}) and the C ones
 * ({@code umws_bench_c_ring_on}, {@code umws_bench_c_throughput_on}) ring in turn: both use the
 * same pages from the same allocator with the same alignment, on the same GPU. System.nanoTime
 * reads the same monotonic clock as the TIMESTAMP packet (Linux).
 */
final class JavaRing {
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    static final long RING_VA = 0x100000;
    static final long CONTROL_VA = 0x200000;
    static final long DATA_VA = 0x300000;
    static final int RING_BYTES = 4096;
    private static final long PAGE = 4096;

    private JavaRing() {
    }

    /**
     * One producer's queue: own VA space, ring, control and data pages (each page-aligned and
     * alone in its pages, as the C rig's mmap pages are), bound to its own doorbell.
     */
    static final class Lane {
        final MemorySegment data;
        final long dataVa;
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
            MemorySegment control = arena.allocate(Math.max(PAGE, UMWS_GPU_RING_CONTROL.sizeof()), PAGE);
            data = arena.allocate(dataBytes, PAGE);
            this.dataVa = dataVa;
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

        /** Pairs with the firmware's release store of the TIMESTAMP packet's value (at data + 64). */
        long timestampAcquire() {
            return (long) LONG.getAcquire(data, 64L);
        }

        /** The lane as {@code UMWS_BENCH_LANE_*} words, for a C producer to ring it. */
        long[] words() {
            return new long[] {writer.ring().address(), writer.ring().byteSize(), writer.control().address(),
                    data.address(), dataVa, writer.doorbell().address()};
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

        /** The firmware threads go where {@code affinity} puts them. */
        Rig(GpuConfig.DetectMode mode, int lanes, Affinity affinity) {
            GpuConfig defaults = GpuConfig.defaults();
            gpu = Gpu.create(defaults.withDetectMode(mode).withEngineTimeoutNs(0)
                    .withDoorbells(Math.max(lanes, defaults.doorbellCount()), defaults.placement()));
            affinity.pinFirmware(gpu);
            for (int i = 0; i < lanes; i++) {
                this.lanes.add(new Lane(gpu, arena, i));
            }
        }

        Lane lane(int i) {
            return lanes.get(i);
        }

        /** Every lane's {@code UMWS_BENCH_LANE_*} words, one lane after the other. */
        long[] words() {
            long[] w = new long[lanes.size() * BenchNative.LANE_WORDS];
            for (int i = 0; i < lanes.size(); i++) {
                System.arraycopy(lanes.get(i).words(), 0, w, i * BenchNative.LANE_WORDS, BenchNative.LANE_WORDS);
            }
            return w;
        }

        /** Every lane's writer takes its write pointer from ring control again (a C producer rang it). */
        void resync() {
            lanes.forEach(l -> l.writer.resync());
        }

        @Override
        public void close() {
            lanes.forEach(Lane::close);
            gpu.close();
            arena.close();
        }
    }

    /**
     * A Java bench producer ringing lane 0 of the rig {@code via}, continuing where the lane's last
     * producer left it: {one-way, round trip} samples, ns ({@link RingLoops#latency}).
     */
    static long[][] latency(Rig r, RingVia via, int warmup, int iterations) {
        r.resync();
        long[] oneWay = new long[iterations];
        long[] roundTrip = new long[iterations];
        boolean notify = r.gpu.config().detectMode() == GpuConfig.DetectMode.NOTIFY;
        RingLoops.latency(via, r.lane(0), r.gpu, notify, warmup, oneWay, roundTrip);
        return new long[][] {oneWay, roundTrip};
    }

    /**
     * Packets per second of Java producers on the rig's lanes for {@code durationNs}, each writing
     * batches of {@code batch} fences to its own lane, one ring per batch ({@code via}); counted
     * until the last fence of every lane is visible. Producer 0 runs on the calling thread,
     * producer i on a thread of its own pinned to {@code cpus[i]} (-1: unpinned), as
     * {@code umws_bench_c_throughput_on} does. Returns {packets, elapsed ns, producers' CPU ns or -1}.
     */
    static long[] throughput(Rig r, RingVia via, long durationNs, int batch, int[] cpus) {
        int producers = cpus.length;
        r.resync();
        long[] packets = new long[producers];
        long[] done = new long[producers];
        long[] cpu = new long[producers];
        Throwable[] failed = new Throwable[producers];
        boolean notify = r.gpu.config().detectMode() == GpuConfig.DetectMode.NOTIFY;
        long start = System.nanoTime();
        long end = start + durationNs;
        List<Thread> threads = new ArrayList<>();
        for (int p = 1; p < producers; p++) {
            int index = p;
            threads.add(Thread.ofPlatform().name("bench-producer-" + p).start(() -> {
                if (cpus[index] >= 0) {
                    Affinity.pinSelf(cpus[index]); // a refusal leaves it unpinned
                }
                try {
                    produce(r, index, via, notify, end, batch, packets, done, cpu);
                } catch (Throwable t) {
                    failed[index] = t;
                }
            }));
        }
        try {
            produce(r, 0, via, notify, end, batch, packets, done, cpu);
        } catch (Throwable t) {
            failed[0] = t;
        }
        joinAll(threads);
        long total = 0;
        long last = start;
        long cpuTotal = 0;
        for (int p = 0; p < producers; p++) {
            if (failed[p] != null) {
                throw new IllegalStateException("Java producer " + p + ": " + failed[p].getMessage(), failed[p]);
            }
            total += packets[p];
            last = Math.max(last, done[p]);
            cpuTotal = cpuTotal < 0 || cpu[p] < 0 ? -1 : cpuTotal + cpu[p];
        }
        return new long[] {total, last - start, cpuTotal};
    }

    /**
     * Waits for every producer thread even when interrupted (the flag is set again after): the
     * caller closes the rig next, and a producer still storing to its unmapped doorbell would
     * crash the JVM. Producers stop by themselves at their end time.
     */
    private static void joinAll(List<Thread> threads) {
        boolean interrupted = false;
        for (Thread t : threads) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void produce(Rig r, int index, RingVia via, boolean notify, long end, int batch, long[] packets,
            long[] done, long[] cpu) {
        long cpu0 = BenchNative.threadCpuNs();
        packets[index] = RingLoops.produce(via, r.lane(index), r.gpu, notify, end, batch);
        done[index] = System.nanoTime();
        long cpu1 = BenchNative.threadCpuNs();
        cpu[index] = cpu0 < 0 || cpu1 < 0 ? -1 : cpu1 - cpu0;
    }
}
