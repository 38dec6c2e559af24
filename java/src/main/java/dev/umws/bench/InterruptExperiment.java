package dev.umws.bench;

import dev.umws.abi.DXGK_INTERRUPT_TYPE;
import dev.umws.abi.UMWS_GPU_IRQ_RECORD;
import dev.umws.bench.report.Chart;
import dev.umws.bench.report.Section;
import dev.umws.bench.report.Table;
import dev.umws.bench.report.Target;
import dev.umws.gpu.Gpu;
import dev.umws.gpu.GpuConfig;
import dev.umws.gpu.RingWriter;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * How the interrupt reaches the driver. The firmware (SPIN) takes the clock (a TIMESTAMP packet)
 * and raises an interrupt (an INTERRUPT packet whose Payload is the sample index); the handler
 * pops the cause record and writes the time it handled it into a sink; a sample is the
 * difference, interrupt raised to interrupt handled. (Ring to firmware is the ring experiment's
 * one-way figure; the path after the firmware is what differs between the cells.) Handlers: the C-only
 * ISR (baseline), the Java ISR through a Panama upcall (the production path, {@link Gpu#setIsr}),
 * the Java ISR through a JNI call from the attached interrupt thread, and a Java thread polling
 * the interrupt ring with no ISR registered. The interrupt thread either polls (a serviced line)
 * or sleeps on its condition variable (a futex wake per interrupt).
 */
final class InterruptExperiment implements Experiment {
    static final String ID = "interrupt";
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    private static final long SINK_ACK = 8L * 1;
    private static final long SINK_CAPACITY = 8L * 2;
    private static final long SINK_TIMES = 8L * 3;
    private static final long POLL_NS = 10_000_000L;
    private static final long DATA_VA = 0x1000000;
    /** Above the data (8 bytes per sample): the ring grows with the samples. */
    private static final long RING_VA = 0x10000000;
    /** TIMESTAMP 16 + INTERRUPT 24 + DELAY 16 bytes. */
    private static final int PER_SAMPLE_BYTES = 56;
    /** Between interrupts: the handler has returned and a sleeping interrupt thread is asleep again. */
    private static final long GAP_NS = 20_000;

    private final Hardware hardware;

    InterruptExperiment(Hardware hardware) {
        this.hardware = hardware;
    }

    @Override
    public String id() {
        return ID;
    }

    enum Handler {
        C("C callback (baseline)"), UPCALL("Java ISR, Panama upcall"), JNI("Java ISR, JNI from attached thread"),
        POLLER("Java thread polling the interrupt ring");

        final String label;

        Handler(String label) {
            this.label = label;
        }
    }

    /** One cell's run: samples (ns), the first delivery (ns, attach and warm-up), thread attaches after it. */
    record Run(long[] samples, long firstNs, long attachesAfterFirst) {
    }

    @Override
    public Section run(Settings s, Progress progress) {
        int n = Math.min(100_000, Math.max(200, s.samples() / 10)); // the ring holds them all: <= 8 MiB
        int warmup = Math.max(50, n / 10);
        List<String> notes = new ArrayList<>();
        List<Handler> handlers = new ArrayList<>();
        for (Handler h : Handler.values()) {
            if (h == Handler.JNI && !Jni.available()) {
                notes.add(h.label + " not measured: " + Jni.unavailableReason());
            } else {
                handlers.add(h);
            }
        }
        Map<String, List<Run>> cells = new LinkedHashMap<>();
        List<Long> dpcRuns = new ArrayList<>();
        List<Summary> dpc = new ArrayList<>();
        List<Summary> cWait = new ArrayList<>();
        for (int round = 1; round <= s.rounds(); round++) {
            for (boolean polling : new boolean[] {true, false}) {
                for (Handler h : handlers) {
                    if (h == Handler.POLLER && !polling) {
                        continue; // no ISR: how the interrupt thread waits does not matter
                    }
                    progress.step("interrupt path, round " + round + "/" + s.rounds() + ", " + h.label
                            + (polling ? ", interrupt thread polling" : ", interrupt thread sleeping"));
                    cells.computeIfAbsent(key(h, polling), k -> new ArrayList<>()).add(measure(h, polling, warmup, n));
                }
            }
            progress.step("interrupt path, round " + round + "/" + s.rounds() + ", ring -> ISR -> waiter (C, then OS)");
            int waits = Math.max(100, n / 4);
            cWait.add(Summary.of(BenchNative.cIrqWait(warmup, waits)));
            dpc.add(Summary.of(DpcWaiter.measure(warmup, waits)));
        }
        List<String> columns = new ArrayList<>(List.of("interrupt thread", "handler"));
        Summary.LABELS.forEach(l -> columns.add(l + " ns"));
        columns.addAll(List.of("p50 / C", "p50 / hand-off", "first delivery us", "attaches after first"));
        List<List<Object>> rows = new ArrayList<>();
        Map<String, Summary> med = new LinkedHashMap<>();
        for (boolean polling : new boolean[] {true, false}) {
            Summary c = Summary.medianOf(summaries(cells.get(key(Handler.C, polling))));
            for (Handler h : handlers) {
                List<Run> runs = cells.get(key(h, polling));
                if (runs == null) {
                    continue;
                }
                Summary m = Summary.medianOf(summaries(runs));
                med.put(key(h, polling), m);
                List<Object> row = new ArrayList<>(List.of(polling ? "polling" : "sleeping", h.label));
                for (long v : m.values()) {
                    row.add(v);
                }
                row.add((double) m.p50() / c.p50());
                row.add(m.p50() / hardware.handOffNs());
                row.add(Summary.median(runs.stream().mapToLong(Run::firstNs).toArray()) / 1000.0);
                row.add(maxAttaches(runs));
                rows.add(row);
            }
        }
        Summary cw = Summary.medianOf(cWait);
        Summary d = Summary.medianOf(dpc);
        rows.add(waitRow("C: ring -> C ISR -> condition variable -> blocked waiter woken (baseline)", cw, cw));
        rows.add(waitRow("OS stack: ring -> ISR (upcall) -> DPC -> blocked waiter woken", d, cw));
        Table table = new Table("delivery", "Interrupt raised -> handled (ns): C callback vs Panama upcall vs JNI vs "
                + "Java polling; last two rows: ring -> blocked waiter woken, C baseline and the OS stack", columns, rows);

        List<Chart.Series> series = new ArrayList<>();
        for (Handler h : handlers) {
            series.add(new Chart.Series(h.label, new double[0],
                    RingExperiment.toDouble(med.get(key(h, true)).values())));
        }
        Chart chart = new Chart("polling", "Interrupt raised -> handled, interrupt thread polling", Chart.Kind.LINE,
                "percentile", "ns", false, true, Summary.LABELS, series);

        Summary c = med.get(key(Handler.C, true));
        Summary up = med.get(key(Handler.UPCALL, true));
        long attaches = maxAttaches(cells.get(key(Handler.UPCALL, true)))
                + maxAttaches(cells.get(key(Handler.UPCALL, false)));
        List<Target> targets = new ArrayList<>();
        targets.add(RingExperiment.ratio("upcall-e2e", "interrupt raised -> handled, Panama upcall / C callback, p50 "
                + "(interrupt thread polling)", up.p50(), c.p50(), 1.05));
        targets.add(Target.point("upcall-attaches", "thread attaches after the first interrupt (Panama upcall)",
                attaches, Target.Bound.AT_MOST, 0, "attaches", ""));
        if (handlers.contains(Handler.JNI)) {
            long jniAttaches = maxAttaches(cells.get(key(Handler.JNI, true)));
            targets.add(Target.point("jni-attaches", "thread attaches after the first interrupt (JNI)", jniAttaches,
                    Target.Bound.AT_MOST, 0, "attaches", ""));
        }
        String text = "The firmware executes a TIMESTAMP packet then an INTERRUPT packet (20 us apart from the "
                + "next pair); the handler pops the cause record and writes the time; the sample is raised to "
                + "handled. The producer writes every sample into one ring, rings once and sleeps, so the "
                + "firmware and the interrupt thread (or the Java poller) have the two vCPUs; ring to firmware is "
                + "the ring experiment's "
                + "one-way figure. Each cell uses a fresh GPU, so its interrupt thread is new: the first "
                + "delivery (thread attach for upcall and JNI, cold code) is reported apart, and later attaches "
                + "are counted (a new Java Thread object seen by the handler, or a JNI AttachCurrentThread). "
                + n + " samples after " + warmup + " warm-up per cell and round, " + s.rounds() + " rounds. "
                + "The last two rows start at the ring and end when a thread blocked before the ring returns: "
                + "in C (umws_bench_c_irq_wait: a C ISR broadcasts a condition variable) and through the OS stack "
                + "(Dxgkrnl, reference KMD, UMD queue: ISR upcall -> DPC thread -> DxgkCbNotifyDpc -> fence "
                + "waiter), which has one more thread hand-off."
                + (notes.isEmpty() ? "" : " " + String.join("; ", notes) + ".");
        return new Section(id(), "Interrupt delivery: C callback, Panama upcall, JNI, Java polling", text,
                List.of(table), List.of(chart), targets);
    }

    /** A row of the ring -> waiter woken paths; "p50 / C" is against the C waiter baseline. */
    private List<Object> waitRow(String label, Summary m, Summary c) {
        List<Object> row = new ArrayList<>(List.of("sleeping", label));
        for (long v : m.values()) {
            row.add(v);
        }
        row.add((double) m.p50() / c.p50());
        row.add(m.p50() / hardware.handOffNs());
        row.add(null);
        row.add(null);
        return row;
    }

    /** The most thread attaches after the first interrupt in any round of a cell. */
    private static long maxAttaches(List<Run> runs) {
        return runs.stream().mapToLong(Run::attachesAfterFirst).max().orElse(0);
    }

    private static String key(Handler h, boolean polling) {
        return h + "|" + polling;
    }

    private static List<Summary> summaries(List<Run> runs) {
        return runs.stream().map(r -> Summary.of(r.samples())).toList();
    }

    /** The Java handler every Java cell runs: pop, time, acknowledge (the C ISR's steps). */
    private static final class SinkHandler {
        private final Gpu gpu;
        private final MemorySegment sink;
        private final MemorySegment record;
        private final long capacity;
        private Thread last;
        private long threads;

        SinkHandler(Gpu gpu, MemorySegment sink, Arena arena) {
            this.gpu = gpu;
            this.sink = sink;
            this.record = arena.allocate(UMWS_GPU_IRQ_RECORD.layout());
            this.capacity = sink.get(ValueLayout.JAVA_LONG, SINK_CAPACITY);
        }

        boolean handle() {
            boolean claimed = false;
            while (gpu.popIrq(record)) {
                claimed = true;
                long i = UMWS_GPU_IRQ_RECORD.Payload(record);
                if (i >= 0 && i < capacity) {
                    sink.set(ValueLayout.JAVA_LONG, SINK_TIMES + 8 * i, System.nanoTime());
                }
                // Pairs with the producer's getAcquire: the time above is visible first.
                LONG.setRelease(sink, SINK_ACK, i + 1);
            }
            Thread t = Thread.currentThread();
            if (t != last) { // after the ack: not in the measured path
                last = t;
                threads++;
            }
            return claimed;
        }
    }

    /**
     * One cell: a fresh GPU whose one queue gets, per sample, a TIMESTAMP packet (the clock when
     * the interrupt is raised), an INTERRUPT packet with the sample index and a DELAY that spaces
     * the interrupts; the producer writes all of them into a ring large enough, rings once and
     * sleeps, so the firmware and the interrupt thread (or the poller) have the two vCPUs.
     */
    static Run measure(Handler handler, boolean polling, int warmup, int n) {
        int total = warmup + n;
        GpuConfig config = GpuConfig.defaults().withDetectMode(GpuConfig.DetectMode.SPIN).withEngineTimeoutNs(0);
        try (Arena arena = Arena.ofShared(); Gpu gpu = Gpu.create(config)) {
            int ringBytes = Integer.highestOneBit(PER_SAMPLE_BYTES * total + 4096) * 2; // all samples fit
            JavaRing.Lane lane = new JavaRing.Lane(gpu, arena, 0, RING_VA, ringBytes, DATA_VA,
                    (8L * total + 4095) / 4096 * 4096);
            MemorySegment data = lane.data;
            RingWriter w = lane.writer;

            MemorySegment sink = arena.allocate(SINK_TIMES + 8L * total, 64);
            sink.set(ValueLayout.JAVA_LONG, 0, gpu.nativeAddress());
            sink.set(ValueLayout.JAVA_LONG, SINK_CAPACITY, total);
            SinkHandler java = new SinkHandler(gpu, sink, arena);
            long jniBefore = 0;
            Thread poller = null;
            boolean[] stop = new boolean[1];
            switch (handler) {
                case C -> gpu.setNativeIsr(BenchNative.C_ISR, sink, 0);
                case UPCALL -> gpu.setIsr(m -> java.handle(), 0);
                case JNI -> {
                    Jni.setInterruptHandler((context, message) -> java.handle());
                    jniBefore = Jni.attaches();
                    gpu.setNativeIsr(MemorySegment.ofAddress(Jni.isrAddress()), MemorySegment.NULL, 0);
                }
                case POLLER -> poller = Thread.ofPlatform().name("bench-irq-poller").start(() -> {
                    while (!((boolean) STOP.getOpaque(stop, 0))) {
                        // The lock-free check first: popping in a loop would fight the firmware for the lock.
                        if (!gpu.irqPending() || !java.handle()) {
                            Thread.onSpinWait();
                        }
                    }
                });
            }
            gpu.setInterruptSpin(polling ? POLL_NS : 0);
            try {
                // Every sample is written before the one ring, so the producer sleeps through the
                // measurement instead of preempting the two busy threads to refill the ring.
                for (int i = 0; i < total; i++) {
                    w.writeTimestamp(DATA_VA + 8L * i);
                    w.writeInterrupt(DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_MONITORED_FENCE_SIGNALED, i);
                    w.writeDelay(GAP_NS);
                }
                w.submit();
                long deadline = System.nanoTime() + 30_000_000_000L;
                while ((long) LONG.getAcquire(sink, SINK_ACK) < total) {
                    check(deadline, handler, (int) (long) LONG.getAcquire(sink, SINK_ACK));
                    LockSupport.parkNanos(5_000_000);
                }
            } finally {
                if (poller != null) {
                    STOP.setOpaque(stop, 0, true);
                    try {
                        poller.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                gpu.setInterruptSpin(0);
                if (handler == Handler.JNI || handler == Handler.C) {
                    gpu.setNativeIsr(null, null, 0);
                } else if (handler == Handler.UPCALL) {
                    gpu.setIsr(null, 0);
                }
                lane.close();
            }
            long[] samples = new long[n];
            for (int i = 0; i < n; i++) {
                samples[i] = handledNs(sink, warmup + i) - (long) LONG.getAcquire(data, 8L * (warmup + i));
            }
            long first = handledNs(sink, 0) - (long) LONG.getAcquire(data, 0L);
            long attaches = switch (handler) {
                case UPCALL -> java.threads - 1;
                case JNI -> Math.max(0, Jni.attaches() - jniBefore - 1) + (java.threads - 1);
                default -> 0;
            };
            return new Run(samples, first, attaches);
        }
    }

    private static long handledNs(MemorySegment sink, int i) {
        return sink.get(ValueLayout.JAVA_LONG, SINK_TIMES + 8L * i);
    }

    private static void check(long deadline, Handler handler, int i) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException(handler.label + ": interrupt " + i + " not handled in 30 s");
        }
    }

    private static final VarHandle STOP = java.lang.invoke.MethodHandles.arrayElementVarHandle(boolean[].class);
}
