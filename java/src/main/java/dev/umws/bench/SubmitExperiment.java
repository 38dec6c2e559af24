package dev.umws.bench;

import dev.umws.abi.Generation;
import dev.umws.abi.ntstatus_h;
import dev.umws.bench.report.Section;
import dev.umws.bench.report.Table;
import dev.umws.bench.report.Target;
import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.ReferenceKmd;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.umd.CUmd;
import dev.umws.umd.UmdQueue;
import dev.umws.verifier.Verifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline UMD comparison: a submission as a driver makes it, the Java UMD's
 * {@link UmdQueue#submit} against the C UMD's {@code umws_cumd_submit} (next fence value, the
 * WRITE_FENCE packet, last-queued, write pointer, ring, the full fence, the status read), on the
 * same queue. Two measures:
 * <ul>
 *   <li>submit → fence visible: one fence per submission, the producer spinning on the progress
 *       fence, the clock read before the submission and when the fence is seen; per detection
 *       mode (SPIN, BACKOFF);</li>
 *   <li>submissions per second: every producer submitting on its own queue for a fixed time, the
 *       count stopping when its last fence is visible; per producer count (up to the CPUs) and
 *       batch (1 and 32 WRITE_FENCE packets per submission, one ring each: the C UMD's batch,
 *       {@code umws_cumd_submit(q, 32, 32)}; the Java UMD's is one {@code submit} whose commands
 *       are 31 of those packets before its own fence, see {@link SubmitLoops.Padding}).</li>
 * </ul>
 * Each cell of each round runs on a fresh OS ({@link Dxgkrnl} with the {@link ReferenceKmd}),
 * whose queues the Java UMD makes through the thunks; the C UMD is handed the very same queue
 * ({@link CUmd}: described for C, its state taken back after), so both sides ring the same
 * doorbell page, write the same ring and read the same fence and status pages: one provenance,
 * one alignment, one firmware thread. Four runs per cell and round: C, Java, and each again as
 * the A/A control, in an order drawn per round ({@link RoundOrder}). Round 0 is a warm-up that is
 * not kept. A fence that never arrives within the timeout is an error of the run, and the rest of
 * that cell's round is dropped.
 */
final class SubmitExperiment implements Experiment {
    static final String ID = "submit";
    static final String C = "C UMD";
    static final String C_AGAIN = "C UMD, again";
    static final String JAVA = "Java UMD";
    static final String JAVA_AGAIN = "Java UMD, again";
    static final List<String> SIDES = List.of(C, C_AGAIN, JAVA, JAVA_AGAIN);
    static final List<GpuConfig.DetectMode> MODES = List.of(GpuConfig.DetectMode.SPIN, GpuConfig.DetectMode.BACKOFF);
    static final List<Integer> BATCHES = List.of(1, 32);
    static final String TABLE_LATENCY = "submit-latency";
    static final String TABLE_RATE = "submit-rate";
    static final String TARGET_P50 = "submit-latency-p50";
    static final String TARGET_P99 = "submit-latency-p99";
    static final String TARGET_RATE = "submit-rate";
    static final String OVERSUBSCRIBED = "oversubscribed";
    static final int RING_BYTES = 4096;
    /** Interrupt records the GPU can hold: every fence of both UMDs raises one. */
    private static final int INTERRUPT_RING_ENTRIES = 8192;

    /** A measurement fault to inject (tests of the error path); NONE in a real run. */
    enum Fault { NONE, IMPOSSIBLE_SAMPLE, LOST_FENCE }

    /**
     * How much one side measures per cell and round: latency samples (after {@code warmupSamples}
     * not kept), each rate run's length, the producer counts, and how long a fence may take.
     */
    record Sizes(int latencySamples, int warmupSamples, long rateNs, List<Integer> producers, long timeoutNs) {
        /**
         * Full: the run's samples per side (50,000 by default) after a tenth as warm-up, 250 ms per
         * rate run, every producer count up to the CPUs; quick: a fifth of the samples, 50 ms.
         */
        static Sizes of(Settings s, int cpus) {
            int n = s.quick() ? Math.max(500, s.samples() / 5) : s.samples();
            return new Sizes(n, Math.max(100, n / 10), s.quick() ? 50_000_000L : 250_000_000L,
                    producerCounts(cpus), 5_000_000_000L);
        }
    }

    private final Sizes fixed;
    private final Fault fault;

    SubmitExperiment() {
        this(null, Fault.NONE);
    }

    /** With these sizes whatever the settings (null: from them) and a fault to inject (tests). */
    SubmitExperiment(Sizes sizes, Fault fault) {
        this.fixed = sizes;
        this.fault = fault;
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * Every producer count up to {@code cpus}; above 8 CPUs the powers of two, the largest count
     * that leaves the firmware a CPU, and {@code cpus} (the section's time grows with the count).
     */
    static List<Integer> producerCounts(int cpus) {
        List<Integer> counts = new ArrayList<>();
        for (int p = 1; p <= cpus; p++) {
            if (cpus <= 8 || Integer.bitCount(p) == 1 || p >= cpus - 1) {
                counts.add(p);
            }
        }
        return counts;
    }

    /** Spinning threads of a rate cell: the producers and the SPIN firmware's one engine thread. */
    static boolean oversubscribed(int producers, int cpus) {
        return producers + 1 > cpus;
    }

    private static GpuConfig config(GpuConfig.DetectMode mode, int queues) {
        GpuConfig d = GpuConfig.defaults();
        return d.withDetectMode(mode).withDoorbells(Math.max(d.doorbellCount(), queues),
                GpuConfig.Placement.DEDICATED_PAGE).withMaxQueuesPerEngine(Math.max(d.maxQueuesPerEngine(), queues))
                .withInterruptRingEntries(INTERRUPT_RING_ENTRIES);
    }

    /** The measurements of one run of the section, filled round by round. */
    private static final class Data {
        final Map<String, CellRounds> latency = new LinkedHashMap<>();
        final Map<String, CellRounds> rate = new LinkedHashMap<>();
        final Map<String, Long> irqOverflows = new LinkedHashMap<>();
        final List<String> errors = new ArrayList<>();

        CellRounds latency(String cell, String side) {
            return latency.computeIfAbsent(cell + "|" + side, k -> new CellRounds(cell, side));
        }

        CellRounds rate(String cell, String side) {
            return rate.computeIfAbsent(cell + "|" + side, k -> new CellRounds(cell, side));
        }
    }

    static String rateCell(int producers, int batch) {
        return producers + (producers == 1 ? " producer" : " producers") + ", batch " + batch;
    }

    /**
     * The machine's CPUs. The JVM counts those the calling thread may run on, and the runner's
     * thread is pinned to one: count them unpinned, then pin it back.
     */
    static int cpus(Affinity affinity) {
        return Affinity.MACHINE_CPUS;
    }

    /**
     * A fresh OS, its firmware pinned per the plan, its interrupt thread with the firmware. The
     * threads it starts (firmware, interrupt, DPC) inherit the CPUs of the thread that starts it:
     * started unpinned, so that the DPC thread is the scheduler's to place, not pinned to the
     * producer's CPU; the GPU's threads are then pinned, and the producer pinned back.
     */
    private static Dxgkrnl startOs(Settings s, GpuConfig config, Verifier verifier) {
        Dxgkrnl os;
        if (s.affinity().pinned() && Affinity.unpinSelf()) {
            try {
                os = Dxgkrnl.start(config, new ReferenceKmd(), verifier);
            } finally {
                Affinity.pinSelf(s.affinity().producerCpu());
            }
        } else {
            os = Dxgkrnl.start(config, new ReferenceKmd(), verifier);
        }
        s.affinity().pinFirmware(os.gpu());
        if (s.affinity().pinned()) {
            // Every fence of both UMDs raises an interrupt: its thread shares the firmware's CPU (the
            // device's side), so that the ISR never preempts the producer, nor holds the interrupt
            // controller's lock the firmware posts under while the producer has that CPU.
            os.gpu().pinThreads(-1, s.affinity().firmwareCpu());
        }
        return os;
    }

    @Override
    public Section run(Settings s, Progress progress) {
        int cpus = cpus(s.affinity());
        Sizes z = fixed != null ? fixed : Sizes.of(s, cpus);
        Data d = new Data();
        for (int round = 0; round <= s.rounds(); round++) {
            String r = round == 0 ? "warm-up round" : "round " + round + "/" + s.rounds();
            for (GpuConfig.DetectMode mode : MODES) {
                progress.step("submit, " + r + ", submit -> fence, " + mode);
                latencyRound(s, z, d, round, mode);
            }
            for (int producers : z.producers()) {
                for (int batch : BATCHES) {
                    progress.step("submit, " + r + ", submissions per second, " + rateCell(producers, batch));
                    rateRound(s, z, cpus, d, round, producers, batch);
                }
            }
        }
        return SubmitReport.section(s, z, cpus, d.latency, d.rate, d.irqOverflows, d.errors);
    }

    private static boolean isC(String side) {
        return side.equals(C) || side.equals(C_AGAIN);
    }

    /** One latency cell's round: its four runs on one fresh OS's one queue. */
    private void latencyRound(Settings s, Sizes z, Data d, int round, GpuConfig.DetectMode mode) {
        String cell = mode.name();
        Verifier verifier = new Verifier();
        try (Dxgkrnl os = startOs(s, config(mode, 1), verifier); Process p = os.createProcess()) {
            UmdQueue q = new UmdQueue(p, device(p), 0, RING_BYTES);
            try {
                if (Generation.SELECTED != Generation.G3) {
                    q.connect(); // as a driver does at creation (G3's creation connects)
                }
                List<String> order = RoundOrder.of(SIDES, s.seed(), round, "submit-latency-" + cell);
                int n = z.warmupSamples() + z.latencySamples();
                for (int position = 0; position < order.size(); position++) {
                    String side = order.get(position);
                    if (fault == Fault.LOST_FENCE && round == 1 && side.equals(C)) {
                        os.gpu().suspendEngine(0, true); // the fences of this run never come
                    }
                    Conditions.Start c0 = Conditions.begin();
                    SubmitLoops.Latency l;
                    try {
                        if (isC(side)) {
                            try (CUmd c = new CUmd(p, q)) {
                                l = SubmitLoops.cLatency(c, n, z.timeoutNs());
                            }
                        } else {
                            l = SubmitLoops.javaLatency(q, n, z.timeoutNs());
                        }
                    } catch (RuntimeException e) {
                        d.errors.add(failed(cell, side, round, e) + diagnosis(os));
                        break;
                    }
                    Conditions conditions = Conditions.since(c0);
                    if (l.lost()) {
                        d.errors.add(lost(cell, side, round, "submission " + (l.recorded() + 1) + " of " + n, z)
                                + "; the fence read " + q.completedAcquire() + " of " + q.lastSubmitted()
                                + ", doorbell status " + q.statusAcquire() + diagnosis(os));
                        break; // the queue's fence is stuck: the rest of this cell's round would measure nothing
                    }
                    long[] kept = Arrays.copyOfRange(l.samples(), z.warmupSamples(), n);
                    if (fault == Fault.IMPOSSIBLE_SAMPLE && round == 1 && side.equals(JAVA)) {
                        kept[0] = -kept[0] - 1; // as a clock that went backwards would give
                    }
                    if (round > 0) {
                        d.latency(cell, side).add(round, position, kept, conditions);
                    }
                }
            } finally {
                if (fault == Fault.LOST_FENCE) {
                    os.gpu().suspendEngine(0, false);
                }
                q.close();
            }
            checked(d, cell, round, os, verifier);
        }
    }

    /** One rate cell's round: its four runs on one fresh OS, each producer on its own queue. */
    private void rateRound(Settings s, Sizes z, int cpus, Data d, int round, int producers, int batch) {
        String cell = rateCell(producers, batch);
        Verifier verifier = new Verifier();
        try (Dxgkrnl os = startOs(s, config(GpuConfig.DetectMode.SPIN, producers), verifier);
                Process p = os.createProcess()) {
            try (SubmitCrew crew = new SubmitCrew(p, device(p), producers, RING_BYTES, s.affinity(), cpus)) {
                List<String> order = RoundOrder.of(SIDES, s.seed(), round, "submit-rate-" + cell);
                for (int position = 0; position < order.size(); position++) {
                    String side = order.get(position);
                    boolean c = isC(side);
                    Conditions.Start c0 = Conditions.begin();
                    List<SubmitLoops.Rate> rates;
                    try {
                        rates = crew.run(q -> c ? cRate(p, q, batch, z) : javaRate(q, batch, z));
                    } catch (RuntimeException e) {
                        d.errors.add(failed(cell, side, round, e) + diagnosis(os));
                        break; // the crew is broken: its threads have ended
                    }
                    Conditions conditions = Conditions.since(c0);
                    if (rates.stream().anyMatch(SubmitLoops.Rate::lost)) {
                        d.errors.add(lost(cell, side, round, "the last submission", z) + diagnosis(os));
                        break;
                    }
                    // Each producer's submissions over its own time (no clock shared between the
                    // producers' sides needed), summed: the cell's submissions per second.
                    double perSecond = rates.stream().mapToDouble(SubmitLoops.Rate::perSecond).sum();
                    if (round > 0) {
                        d.rate(cell, side).addValue(round, position, perSecond, conditions);
                    }
                }
            }
            checked(d, cell, round, os, verifier);
        }
    }

    private static SubmitLoops.Rate cRate(Process p, UmdQueue q, int batch, Sizes z) {
        try (CUmd c = new CUmd(p, q)) {
            return SubmitLoops.cRate(c, batch, z.rateNs(), z.timeoutNs());
        }
    }

    private static SubmitLoops.Rate javaRate(UmdQueue q, int batch, Sizes z) {
        return batch == 1 ? SubmitLoops.javaRate(q, z.rateNs(), z.timeoutNs())
                : SubmitLoops.javaRateBatched(q, new SubmitLoops.Padding(q, batch - 1), z.rateNs(), z.timeoutNs());
    }

    private static String lost(String cell, String side, int round, String which, Sizes z) {
        return cell + ", " + side + ", " + (round == 0 ? "warm-up round" : "round " + round) + ": the fence of "
                + which + " never arrived (waited " + z.timeoutNs() / 1_000_000 + " ms); the rest of the cell's "
                + "round was not run";
    }

    /** A submission that failed (the device lost after a TDR, a thunk's failure): an error of the run. */
    private static String failed(String cell, String side, int round, RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cell + ", " + side + ", " + (round == 0 ? "warm-up round" : "round " + round) + ": the submission "
                + "failed (" + cause + "); the rest of the cell's round was not run";
    }

    /** What the OS saw, for the message of a lost fence: TDRs and GPU faults. */
    private static String diagnosis(Dxgkrnl os) {
        return "; TDRs " + os.tdrs() + ", GPU faults " + os.faults();
    }

    /** After a cell's round: rule violations are errors; interrupt records the GPU dropped are counted. */
    private static void checked(Data d, String cell, int round, Dxgkrnl os, Verifier verifier) {
        d.irqOverflows.merge(cell, os.gpu().irqOverflows(), Long::sum);
        if (!verifier.violations().isEmpty()) {
            d.errors.add(cell + ", round " + round + ": " + verifier.violations().size() + " rule violation(s), first: "
                    + verifier.violations().get(0));
        }
    }

    private static int device(Process p) {
        int[] dev = new int[1];
        int status = p.createDevice(dev);
        if (status != ntstatus_h.STATUS_SUCCESS) {
            throw new IllegalStateException("createDevice returned " + ntstatus_h.name(status));
        }
        return dev[0];
    }
}
