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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * How the interrupt reaches the driver: interrupt raised to interrupt handled. The firmware (SPIN)
 * takes the clock (a TIMESTAMP packet) and raises an interrupt (an INTERRUPT packet whose Payload
 * is the sample index); the handler pops the cause record and writes the time it handled it into
 * a sink; a sample is the difference. It is not end to end: the ring before the firmware is the
 * ring experiment's one-way figure, and what a driver does after its ISR (the DPC, a waiter's
 * wake) is the waiter rows' business.
 *
 * <p>Handlers: the C-only ISR (baseline), the Java ISR through a Panama upcall (the production
 * path, {@link Gpu#setIsr}) popping into a record of global scope ({@link Gpu#allocateIrqRecord}),
 * the same with a record from a shared arena (what it did before: two compare-and-sets per pop),
 * the Java ISR through JNI from the attached interrupt thread, and, with no ISR registered, a Java
 * thread and a C thread polling the interrupt ring with the same loop. The interrupt thread either
 * polls (a serviced line) or sleeps on its condition variable (a futex wake per interrupt).
 *
 * <p>Method: every side runs once per round, in an order drawn for the round ({@link RoundOrder});
 * round 0 is a warm-up whose data are dropped; ratios are per round (the side against its baseline
 * in the same round) with an order-statistics interval ({@link CellRounds}); percentiles are of
 * the pooled samples. The C callback and the upcall each run twice per round: the second run
 * against the first is the A/A control. A lost or overflowed interrupt record, a negative sample
 * or a cell that never finished is an error of the run, never a sample.
 */
final class InterruptExperiment implements Experiment {
    static final String ID = "interrupt";
    static final String TARGET_UPCALL = "interrupt-upcall";
    static final String TARGET_ATTACHES = "upcall-attaches";
    static final double UPCALL_LIMIT = 1.05;
    static final String TABLE_DELIVERY = "delivery";
    static final String TABLE_WAITERS = "waiters";
    static final String RAW = "raw-interrupt";

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
    private static final long CELL_TIMEOUT_NS = 30_000_000_000L;

    /** A fault the experiment makes on purpose (tests): NONE in every real run. */
    enum Fault {
        NONE,
        /**
         * The upcall sides get a 16-entry interrupt ring (the smallest) and a handler that stalls in its first
         * call until the ring has overflowed: records are lost, and the run must say so.
         */
        LOST_RECORDS
    }

    /** How the GPU's interrupt thread waits between interrupts; NO_ISR for the pollers. */
    enum Wait {
        POLLING("interrupt thread polling"), SLEEPING("interrupt thread sleeping"), NO_ISR("no ISR, a thread polls"),
        WAITER("ring -> blocked waiter woken");

        final String label;

        Wait(String label) {
            this.label = label;
        }
    }

    enum Handler {
        C("C callback"), UPCALL("Java ISR, Panama upcall"),
        UPCALL_SHARED_RECORD("Java ISR, Panama upcall, record from a shared arena"),
        JNI("Java ISR, JNI from the attached thread"), JAVA_POLLER("Java thread polling the interrupt ring"),
        C_POLLER("C thread polling the interrupt ring (same loop)"),
        C_WAITER("C: ring -> C ISR -> condition variable -> waiter"),
        OS_WAITER("OS stack: ring -> KMD ISR (upcall) -> DPC thread -> fence waiter");

        final String label;

        Handler(String label) {
            this.label = label;
        }

        boolean java() {
            return this == UPCALL || this == UPCALL_SHARED_RECORD || this == JNI || this == JAVA_POLLER;
        }
    }

    /**
     * One side of the matrix: a handler in a waiting mode; {@code again} is its second run in the
     * round (the A/A control's); {@code baseline} is the side its ratio is taken against (null: none).
     */
    record Side(Handler handler, Wait mode, boolean again, Side baseline) {
        String cell() {
            return mode.label;
        }

        String name() {
            return handler.label + (again ? " (again, A/A)" : "");
        }
    }

    /**
     * One run of one side: samples (ns; records never handled left out), the first delivery (ns:
     * the thread attach and cold code), thread attaches after it, and what went wrong: records
     * lost to the interrupt ring's overflow, records never handled (sink slot left 0), whether the
     * run gave up waiting.
     */
    record Run(long[] samples, long firstNs, long attachesAfterFirst, long overflows, long lost, boolean timedOut) {
        /** This run's errors, each naming {@code where}. */
        List<String> errors(String where) {
            List<String> e = new ArrayList<>();
            if (overflows > 0) {
                e.add(where + ": " + overflows + " interrupt records lost to the interrupt ring's overflow");
            }
            if (lost > 0) {
                e.add(where + ": " + lost + " interrupts never handled (their sink slot is still 0)");
            }
            if (timedOut) {
                e.add(where + ": not every interrupt handled within " + CELL_TIMEOUT_NS / 1_000_000_000L + " s");
            }
            return e;
        }
    }

    private final Hardware hardware;
    private final Fault fault;

    InterruptExperiment(Hardware hardware) {
        this(hardware, Fault.NONE);
    }

    InterruptExperiment(Hardware hardware, Fault fault) {
        this.hardware = hardware;
        this.fault = fault;
    }

    @Override
    public String id() {
        return ID;
    }

    /** Every side, in a fixed order (each round draws its own); JNI only where it is available. */
    static List<Side> sides(boolean jni) {
        List<Side> sides = new ArrayList<>();
        for (Wait w : new Wait[] {Wait.POLLING, Wait.SLEEPING}) {
            Side c = new Side(Handler.C, w, false, null);
            Side up = new Side(Handler.UPCALL, w, false, c);
            sides.add(c);
            sides.add(new Side(Handler.C, w, true, c));
            sides.add(up);
            sides.add(new Side(Handler.UPCALL, w, true, up));
            if (w == Wait.POLLING) {
                sides.add(new Side(Handler.UPCALL_SHARED_RECORD, w, false, up));
            }
            if (jni) {
                sides.add(new Side(Handler.JNI, w, false, c));
            }
        }
        Side cPoller = new Side(Handler.C_POLLER, Wait.NO_ISR, false, null);
        sides.add(cPoller);
        sides.add(new Side(Handler.JAVA_POLLER, Wait.NO_ISR, false, cPoller));
        sides.add(new Side(Handler.C_WAITER, Wait.WAITER, false, null));
        sides.add(new Side(Handler.OS_WAITER, Wait.WAITER, false, null));
        return sides;
    }

    @Override
    public Section run(Settings s, Progress progress) {
        int n = Math.min(100_000, Math.max(200, s.samples() / 10)); // the ring holds them all: <= 8 MiB
        int warmup = Math.max(50, n / 10);
        int waits = Math.max(100, n / 4);
        List<String> errors = new ArrayList<>();
        progress.step("interrupt path: clock check (System.nanoTime against the C clock)");
        ClockCheck clocks = ClockCheck.measure();
        if (!clocks.ok()) {
            errors.add(clocks.error());
        }
        boolean jni = Jni.available();
        List<Side> sides = sides(jni);
        Map<Side, CellRounds> rounds = new LinkedHashMap<>();
        Map<Side, List<Run>> runs = new LinkedHashMap<>();
        for (Side side : sides) {
            rounds.put(side, new CellRounds(side.cell(), side.name()));
            runs.put(side, new ArrayList<>());
        }
        for (int round = 0; round <= s.rounds(); round++) {
            List<Side> order = RoundOrder.of(sides, s.seed(), round, ID);
            for (int position = 0; position < order.size(); position++) {
                Side side = order.get(position);
                String where = side.cell() + ", " + side.name() + ", " + (round == 0 ? "warm-up round" : "round " + round);
                progress.step("interrupt path, " + where + " (of " + s.rounds() + ")");
                Conditions.Start start = Conditions.begin();
                long[] samples;
                Run run = null;
                switch (side.handler()) {
                    case C_WAITER -> samples = BenchNative.cIrqWait(warmup, waits);
                    case OS_WAITER -> samples = DpcWaiter.measure(warmup, waits);
                    default -> {
                        run = measure(side.handler(), side.mode(), warmup, n, s.affinity(), fault);
                        samples = run.samples();
                        errors.addAll(run.errors(where));
                    }
                }
                Conditions conditions = Conditions.since(start);
                if (round > 0) { // round 0 warms up the JIT; its data are dropped, its errors are not
                    rounds.get(side).add(round, position, samples, conditions);
                    if (run != null) {
                        runs.get(side).add(run);
                    }
                }
            }
        }
        for (CellRounds r : rounds.values()) {
            errors.addAll(r.errors());
        }

        List<Target> targets = new ArrayList<>();
        targets.add(upcallTarget(rounds, clocks));
        long attaches = 0;
        for (Side side : sides) {
            if (side.handler() == Handler.UPCALL || side.handler() == Handler.UPCALL_SHARED_RECORD) {
                attaches = Math.max(attaches, maxAttaches(runs.get(side)));
            }
        }
        targets.add(Target.point(TARGET_ATTACHES, "thread attaches after the first interrupt, Panama upcall (every "
                + "upcall run, both interrupt-thread modes)", attaches, Target.Bound.AT_MOST, 0, "attaches",
                "a handler call on a Java Thread object other than the first one's counts as an attach"));

        List<CellRounds> all = new ArrayList<>(rounds.values());
        String text = text(s, n, warmup, waits, clocks, jni);
        return new Section(id(), "Interrupt delivery, raised -> handled: C callback, Panama upcall, JNI, polling",
                text, List.of(deliveryTable(sides, rounds, runs), waiterTable(sides, rounds)),
                List.of(chart(sides, rounds)), targets,
                List.of(CellRounds.rawTable(RAW, "Interrupt delivery and waiters, per side and round", all)), errors);
    }

    /** The target over both interrupt-thread modes, with both A/A controls of each. */
    private static Target upcallTarget(Map<Side, CellRounds> rounds, ClockCheck clocks) {
        List<Target.Cell> cells = new ArrayList<>();
        List<Target.Control> controls = new ArrayList<>();
        for (Wait w : new Wait[] {Wait.POLLING, Wait.SLEEPING}) {
            CellRounds c = rounds.get(find(rounds, Handler.C, w, false));
            CellRounds cAgain = rounds.get(find(rounds, Handler.C, w, true));
            CellRounds up = rounds.get(find(rounds, Handler.UPCALL, w, false));
            CellRounds upAgain = rounds.get(find(rounds, Handler.UPCALL, w, true));
            String name = w.label + ", p50";
            if (clocks.ok()) {
                cells.add(CellRounds.cell(name, up, c, CellRounds::p50, Target.Bound.AT_MOST, UPCALL_LIMIT));
            } else {
                RatioInterval r = RatioInterval.of(CellRounds.ratios(up, c, CellRounds::p50));
                cells.add(Target.Cell.notJudged(name, r.median(), r.low(), r.high(), r.coverage(),
                        "the Java and C clocks disagree"));
            }
            controls.add(CellRounds.control("C callback / C callback, " + w.label, cAgain, c, CellRounds::p50));
            controls.add(CellRounds.control("upcall / upcall, " + w.label, upAgain, up, CellRounds::p50));
        }
        return Target.over(TARGET_UPCALL, "Interrupt raised -> handled (firmware TIMESTAMP to the handler's clock "
                + "read; not end to end), Panama upcall / C callback, p50, median of per-round ratios, interrupt "
                + "thread polling and sleeping", Target.Bound.AT_MOST, UPCALL_LIMIT, "x",
                "sleeping: a futex wake per interrupt, so the language barely shows", cells, controls);
    }

    private static Side find(Map<Side, CellRounds> rounds, Handler h, Wait w, boolean again) {
        for (Side s : rounds.keySet()) {
            if (s.handler() == h && s.mode() == w && s.again() == again) {
                return s;
            }
        }
        throw new IllegalStateException("no side " + h + " " + w + (again ? " again" : ""));
    }

    private Table deliveryTable(List<Side> sides, Map<Side, CellRounds> rounds, Map<Side, List<Run>> runs) {
        List<String> columns = new ArrayList<>(List.of("cell", "side"));
        Summary.LABELS.forEach(l -> columns.add(l + " ns (pooled)"));
        columns.addAll(List.of("against", "p50 ratio (median of rounds)", "ratio low", "ratio high", "coverage",
                "p50 / hand-off", "first delivery us (median)", "attaches after first (max)"));
        List<List<Object>> rows = new ArrayList<>();
        for (Side side : sides) {
            if (side.mode() == Wait.WAITER) {
                continue;
            }
            CellRounds r = rounds.get(side);
            Summary m = r.pooled();
            List<Object> row = new ArrayList<>(List.of(side.cell(), side.name()));
            for (long v : m.values()) {
                row.add(m.count() == 0 ? null : v);
            }
            if (side.baseline() == null || r.rounds().isEmpty()) {
                row.addAll(Arrays.asList(side.baseline() == null ? "(baseline)" : null, null, null, null,
                        null));
            } else {
                RatioInterval ri = RatioInterval.of(CellRounds.ratios(r, rounds.get(side.baseline()), CellRounds::p50));
                row.addAll(List.of(side.baseline().name(), ri.median(), ri.low(), ri.high(), ri.coverage()));
            }
            row.add(m.count() == 0 ? null : m.p50() / hardware.handOffNs());
            List<Run> rs = runs.get(side);
            row.add(rs.isEmpty() ? null : Summary.median(rs.stream().mapToLong(Run::firstNs).toArray()) / 1000.0);
            row.add(side.handler() == Handler.C || side.handler() == Handler.C_POLLER || rs.isEmpty() ? null
                    : maxAttaches(rs));
            rows.add(row);
        }
        return new Table(TABLE_DELIVERY, "Interrupt raised -> handled (ns, pooled over rounds); ratios: the side "
                + "against the one named, paired by round (median and order-statistics interval); the Java poller "
                + "against the C poller (same loop), the shared-arena record against the global one", columns, rows);
    }

    private static Table waiterTable(List<Side> sides, Map<Side, CellRounds> rounds) {
        List<String> columns = new ArrayList<>(List.of("path"));
        Summary.LABELS.forEach(l -> columns.add(l + " ns (pooled)"));
        List<List<Object>> rows = new ArrayList<>();
        for (Side side : sides) {
            if (side.mode() != Wait.WAITER) {
                continue;
            }
            Summary m = rounds.get(side).pooled();
            List<Object> row = new ArrayList<>(List.of(side.name()));
            for (long v : m.values()) {
                row.add(m.count() == 0 ? null : v);
            }
            rows.add(row);
        }
        return new Table(TABLE_WAITERS, "Ring -> a blocked waiter woken (information, not a language comparison: "
                + "the OS stack has a DPC thread hand-off, UMD and OS work the bare C path does not)", columns, rows);
    }

    private static Chart chart(List<Side> sides, Map<Side, CellRounds> rounds) {
        List<Chart.Series> series = new ArrayList<>();
        for (Side side : sides) {
            if (side.mode() == Wait.POLLING && !side.again()) {
                series.add(new Chart.Series(side.name(), new double[0],
                        RingExperiment.toDouble(rounds.get(side).pooled().values())));
            }
        }
        return new Chart("polling", "Interrupt raised -> handled, interrupt thread polling (pooled)",
                Chart.Kind.LINE, "percentile", "ns", false, true, Summary.LABELS, series);
    }

    private String text(Settings s, int n, int warmup, int waits, ClockCheck clocks, boolean jni) {
        return "The firmware executes a TIMESTAMP packet then an INTERRUPT packet (" + GAP_NS / 1000 + " us apart "
                + "from the next pair); the handler pops the cause record and writes the time; a sample is raised -> "
                + "handled, not end to end. The producer writes every sample into one ring, rings once and sleeps. "
                + "Each run uses a fresh GPU, so its interrupt thread is new: the first delivery (thread attach "
                + "for upcall and JNI, cold code) is reported apart, and later attaches are counted for the upcall "
                + "(a handler call on a new Java Thread object). JNI's attach count is shown, not judged: its ISR "
                + "attaches only when GetEnv says the thread is detached and never detaches it, so on one "
                + "interrupt thread it cannot grow; what it would catch, a new interrupt thread, the upcall's "
                + "thread identity already checks. The Java ISR pops into a record of global scope "
                + "(Gpu.allocateIrqRecord); the shared-arena side shows what a record from Arena.ofShared costs "
                + "(a downcall acquires and releases its session: two compare-and-sets per pop). The pollers run "
                + "with no ISR registered: the Java poller is compared with a C thread running the same loop "
                + "(umws_bench_c_irq_poll), not with an interrupt thread. "
                + n + " samples after " + warmup + " warm-up per run; " + s.rounds() + " rounds after a warm-up "
                + "round that is not kept, each in its own drawn order (seed " + s.seed() + "); the C callback and "
                + "the upcall run twice per round (A/A controls). Pinning: "
                + (s.affinity().pinned() ? "firmware on CPU " + s.affinity().firmwareCpu() + ", the interrupt thread "
                        + "and the pollers on CPU " + s.affinity().producerCpu() + " (with the sleeping producer)"
                        : "none")
                + "; the waiter rows' GPUs are not pinned. The waiter rows (" + waits + " wakes per run) start at the "
                + "ring and end when a thread blocked before the ring returns: umws_bench_c_irq_wait (a C ISR "
                + "broadcasts a condition variable) and the OS stack (Dxgkrnl, reference KMD, UMD queue: ISR upcall "
                + "-> DPC thread -> DxgkCbNotifyDpc -> fence waiter); they are information, not a Java/C ratio. "
                + clocks.describe() + "."
                + (jni ? "" : " JNI not measured: " + Jni.unavailableReason() + ".");
    }

    /** The most thread attaches after the first interrupt in any run of a side. */
    private static long maxAttaches(List<Run> runs) {
        return runs.stream().mapToLong(Run::attachesAfterFirst).max().orElse(0);
    }

    /** The Java handler every Java side runs: pop, time, acknowledge (the C ISR's steps). */
    private static final class SinkHandler {
        private final Gpu gpu;
        private final MemorySegment sink;
        private final MemorySegment record;
        private final long capacity;
        private boolean stallUntilOverflow;
        private Thread last;
        private long threads;

        SinkHandler(Gpu gpu, MemorySegment sink, MemorySegment record, boolean stallUntilOverflow) {
            this.gpu = gpu;
            this.sink = sink;
            this.record = record;
            this.capacity = sink.get(ValueLayout.JAVA_LONG, SINK_CAPACITY);
            this.stallUntilOverflow = stallUntilOverflow;
        }

        boolean handle() {
            if (stallUntilOverflow) { // Fault.LOST_RECORDS: fall a whole interrupt ring behind, once
                stallUntilOverflow = false;
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (gpu.irqOverflows() == 0 && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(100_000);
                }
            }
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

    /** {@link #measure(Handler, Wait, int, int, Affinity, Fault)} unpinned, without a fault (tests). */
    static Run measure(Handler handler, Wait wait, int warmup, int n) {
        return measure(handler, wait, warmup, n, Affinity.NONE, Fault.NONE);
    }

    /**
     * One run: a fresh GPU whose one queue gets, per sample, a TIMESTAMP packet (the clock when the
     * interrupt is raised), an INTERRUPT packet with the sample index and a DELAY that spaces the
     * interrupts; the producer writes all of them into a ring large enough, rings once and sleeps,
     * so the firmware and the interrupt thread (or the poller) have the two CPUs. It ends when
     * every interrupt is acknowledged, or, once records were lost to an overflow, when the firmware
     * has raised the last one; the handler is then removed and the sink read.
     */
    static Run measure(Handler handler, Wait wait, int warmup, int n, Affinity affinity, Fault fault) {
        int total = warmup + n;
        boolean faulty = fault == Fault.LOST_RECORDS && handler == Handler.UPCALL;
        GpuConfig config = GpuConfig.defaults().withDetectMode(GpuConfig.DetectMode.SPIN).withEngineTimeoutNs(0);
        if (faulty) {
            config = config.withInterruptRingEntries(16); // the smallest the GPU takes
        }
        try (Arena arena = Arena.ofShared(); Gpu gpu = Gpu.create(config)) {
            if (affinity.pinned()) {
                gpu.pinThreads(affinity.firmwareCpu(), affinity.producerCpu());
            }
            int ringBytes = Integer.highestOneBit(PER_SAMPLE_BYTES * total + 4096) * 2; // all samples fit
            JavaRing.Lane lane = new JavaRing.Lane(gpu, arena, 0, RING_VA, ringBytes, DATA_VA,
                    (8L * total + 4095) / 4096 * 4096);
            MemorySegment data = lane.data;
            RingWriter w = lane.writer;

            MemorySegment sink = arena.allocate(SINK_TIMES + 8L * total, 64);
            sink.set(ValueLayout.JAVA_LONG, 0, gpu.nativeAddress());
            sink.set(ValueLayout.JAVA_LONG, SINK_CAPACITY, total);
            MemorySegment record = handler == Handler.UPCALL_SHARED_RECORD
                    ? arena.allocate(UMWS_GPU_IRQ_RECORD.layout()) : gpu.allocateIrqRecord();
            SinkHandler java = new SinkHandler(gpu, sink, record, faulty);
            long jniBefore = 0;
            Thread poller = null;
            CPoller cPoller = null;
            boolean[] stop = new boolean[1];
            int pollCpu = affinity.pinned() ? affinity.producerCpu() : -1;
            switch (handler) {
                case C -> gpu.setNativeIsr(BenchNative.C_ISR, sink, 0);
                case UPCALL, UPCALL_SHARED_RECORD -> gpu.setIsr(m -> java.handle(), 0);
                case JNI -> {
                    Jni.setInterruptHandler((context, message) -> java.handle());
                    jniBefore = Jni.attaches();
                    gpu.setNativeIsr(MemorySegment.ofAddress(Jni.isrAddress()), MemorySegment.NULL, 0);
                }
                case JAVA_POLLER -> poller = Thread.ofPlatform().name("bench-irq-poller").start(() -> {
                    if (pollCpu >= 0) {
                        Affinity.pinSelf(pollCpu);
                    }
                    while (!((boolean) STOP.getOpaque(stop, 0))) {
                        // The lock-free check first: popping in a loop would fight the firmware for the lock.
                        if (!gpu.irqPending() || !java.handle()) {
                            Thread.onSpinWait();
                        }
                    }
                });
                case C_POLLER -> cPoller = new CPoller(sink, arena, pollCpu);
                default -> throw new IllegalArgumentException(handler + " is not an interrupt handler");
            }
            gpu.setInterruptSpin(wait == Wait.POLLING ? POLL_NS : 0);
            boolean timedOut = false;
            try {
                // Every sample is written before the one ring, so the producer sleeps through the
                // measurement instead of preempting the two busy threads to refill the ring.
                for (int i = 0; i < total; i++) {
                    w.writeTimestamp(DATA_VA + 8L * i);
                    w.writeInterrupt(DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_MONITORED_FENCE_SIGNALED, i);
                    w.writeDelay(GAP_NS);
                }
                w.submit();
                timedOut = !awaitHandled(gpu, sink, data, total);
            } finally {
                if (poller != null) {
                    STOP.setOpaque(stop, 0, true);
                    try {
                        poller.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                if (cPoller != null) {
                    cPoller.close();
                }
                gpu.setInterruptSpin(0);
                if (handler == Handler.JNI || handler == Handler.C) {
                    gpu.setNativeIsr(null, null, 0); // returns once no call runs: the sink is final
                } else if (handler == Handler.UPCALL || handler == Handler.UPCALL_SHARED_RECORD) {
                    gpu.setIsr(null, 0);
                }
                lane.close();
            }
            long overflows = gpu.irqOverflows();
            long[] kept = new long[n];
            int k = 0;
            long lost = 0;
            for (int i = 0; i < total; i++) {
                long handled = handledNs(sink, i);
                if (handled == 0) {
                    lost++; // never handled: an error of the run, never a sample
                } else if (i >= warmup) {
                    kept[k++] = handled - (long) LONG.getAcquire(data, 8L * i);
                }
            }
            long first = handledNs(sink, 0) == 0 ? -1 : handledNs(sink, 0) - (long) LONG.getAcquire(data, 0L);
            long attaches = switch (handler) {
                case UPCALL, UPCALL_SHARED_RECORD -> java.threads - 1;
                case JNI -> Math.max(0, Jni.attaches() - jniBefore - 1) + (java.threads - 1);
                default -> 0;
            };
            return new Run(Arrays.copyOf(kept, k), first, Math.max(0, attaches), overflows, lost, timedOut);
        }
    }

    /**
     * Waits until every interrupt is acknowledged: true. Once records were lost to an overflow the
     * acknowledgement may never get there, so it also ends (true) when the firmware has executed
     * the last sample's TIMESTAMP and the handler has had 50 ms more; false after the timeout.
     */
    private static boolean awaitHandled(Gpu gpu, MemorySegment sink, MemorySegment data, int total) {
        long deadline = System.nanoTime() + CELL_TIMEOUT_NS;
        long lastRaisedSeen = 0;
        while ((long) LONG.getAcquire(sink, SINK_ACK) < total) {
            long now = System.nanoTime();
            if (now > deadline) {
                return false;
            }
            if (gpu.irqOverflows() > 0 && (long) LONG.getAcquire(data, 8L * (total - 1)) != 0) {
                if (lastRaisedSeen == 0) {
                    lastRaisedSeen = now;
                } else if (now - lastRaisedSeen > 50_000_000L) {
                    return true;
                }
            }
            LockSupport.parkNanos(5_000_000);
        }
        return true;
    }

    private static long handledNs(MemorySegment sink, int i) {
        return sink.get(ValueLayout.JAVA_LONG, SINK_TIMES + 8L * i);
    }

    private static final VarHandle STOP = java.lang.invoke.MethodHandles.arrayElementVarHandle(boolean[].class);
}
