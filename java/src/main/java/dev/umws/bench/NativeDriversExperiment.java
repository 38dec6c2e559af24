package dev.umws.bench;

import dev.umws.bench.report.Chart;
import dev.umws.bench.report.Section;
import dev.umws.bench.report.Table;
import dev.umws.gpu.GpuConfig;
import dev.umws.umd.NativeUmd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The drivers written in C against their reference in the same run:
 * <ol>
 *   <li>the C KMD's interrupt path against the Java KMD's: ring -> the KMD's ISR (C on the GPU's
 *       interrupt thread, or Java reached by an upcall) -> DxgkCbNotifyInterrupt and DxgkCbQueueDpc
 *       -> the DPC thread -> the KMD's DPC routine -> DxgkCbNotifyDpc -> a fence waiter blocked in
 *       the OS woken ({@link DpcWaiter});</li>
 *   <li>the C KMD's reconnect against the Java KMD's: a victimized queue's UmdQueue.submit (ring,
 *       DISCONNECTED_RETRY, D3DKMTConnectDoorbell, in which the KMD victimizes another queue, ring
 *       again) in a churn of 8 queues over 4 doorbells ({@link ChurnRun});</li>
 *   <li>the native example UMD, whose OS calls go through the exported D3DKMT entry points,
 *       against the C UMD {@code umws_cumd_submit}, whose OS calls are upcall stubs: packet to
 *       fence seen per submission on a connected doorbell and on a doorbell the other queue took
 *       ({@link UmdSubmitRun}).</li>
 * </ol>
 * Each comparison runs both sides once per round on a fresh OS, the side that goes first
 * alternating from round to round, after one unreported warm-up run of each. The ratio of the two
 * sides' percentiles is taken per round; the report gives the median of those ratios with a 95 %
 * distribution-free interval ({@link RatioInterval}), which needs at least 6 rounds: the full run
 * has at least {@value #MIN_ROUNDS}. Not in the default run ({@code umws bench --native} adds it):
 * it starts some 90 OSes, and its reconnects cost milliseconds on a loaded machine.
 */
final class NativeDriversExperiment implements Experiment {
    static final String ID = "native";
    static final int MIN_ROUNDS = 10;
    static final String TABLE_LATENCY = "native-latency";
    static final String TABLE_RATIOS = "native-ratios";
    /** The churn of the reconnect comparison: enough queues per doorbell that every visit reconnects. */
    static final int CHURN_QUEUES = 8;
    static final int CHURN_DOORBELLS = 4;

    /**
     * How much one side measures per round: interrupt-path samples, churn time (ns), UMD
     * submissions on a connected doorbell and with a reconnect each.
     */
    record Sizes(int rounds, int interruptSamples, long churnNs, int plainSubmissions, int reconnectSubmissions) {
        /**
         * Full, with the default 50,000 samples: 500 interrupts, 100 ms of churn, 5,000 plain and 200
         * reconnecting submissions per side and round, 10 rounds. A reconnect costs 0.1-10 ms on a
         * loaded 2-vCPU guest (two page remaps, each an inter-processor interrupt to a vCPU the host
         * may have descheduled), which is what bounds these sizes. Quick: a few seconds.
         */
        static Sizes of(Settings s) {
            if (s.quick()) {
                return new Sizes(s.rounds(), 100, 40_000_000L, 500, 30);
            }
            return new Sizes(Math.max(MIN_ROUNDS, s.rounds()), Math.max(200, s.samples() / 100), 100_000_000L,
                    Math.max(1_000, s.samples() / 10), Math.max(100, s.samples() / 250));
        }
    }

    /** One side's run in one round: its percentiles, and what shows the run did what it should. */
    record Cell(Summary summary, double reconnectsPerSubmission, boolean completed, int violations) {
    }

    /** Runs one side of a comparison: the baseline or the candidate, full size or the warm-up's. */
    @FunctionalInterface
    interface Side {
        Cell run(boolean candidate, boolean warmup);
    }

    /** A comparison and, once run, its cells per round; {@code unavailable} says why it was not measured. */
    private record Comparison(String id, String path, String baseline, String candidate, Optional<String> unavailable,
            Side side, List<Cell> baselineCells, List<Cell> candidateCells) {
        Comparison(String id, String path, String baseline, String candidate, Optional<String> unavailable, Side side) {
            this(id, path, baseline, candidate, unavailable, side, new ArrayList<>(), new ArrayList<>());
        }
    }

    private final Sizes fixed;

    NativeDriversExperiment() {
        this(null);
    }

    /** With these sizes whatever the settings (tests); null: from the settings. */
    NativeDriversExperiment(Sizes sizes) {
        this.fixed = sizes;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Section run(Settings settings, Progress progress) {
        Sizes z = fixed != null ? fixed : Sizes.of(settings);
        Optional<String> noKmd = BenchKmd.nativeUnavailable();
        Optional<String> noUmd = NativeUmd.exampleLibrary().isPresent() ? Optional.empty()
                : Optional.of(NativeUmd.EXAMPLE + " was not built next to the umws library");
        NativeUmd example = noUmd.isEmpty() ? NativeUmd.loadExample() : null;
        try {
            List<Comparison> comparisons = comparisons(z, noKmd, noUmd, example);
            for (Comparison c : comparisons) {
                if (c.unavailable().isEmpty()) {
                    progress.step("native drivers: warm-up, " + c.id());
                    c.side().run(false, true);
                    c.side().run(true, true);
                }
            }
            for (int round = 1; round <= z.rounds(); round++) {
                boolean candidateFirst = round % 2 == 0;
                for (Comparison c : comparisons) {
                    if (c.unavailable().isPresent()) {
                        continue;
                    }
                    for (boolean candidate : new boolean[] {candidateFirst, !candidateFirst}) {
                        progress.step("native drivers, round " + round + "/" + z.rounds() + ", " + c.id() + ": "
                                + (candidate ? c.candidate() : c.baseline()));
                        (candidate ? c.candidateCells() : c.baselineCells()).add(c.side().run(candidate, false));
                    }
                }
            }
            return section(z, comparisons);
        } finally {
            if (example != null) {
                example.close();
            }
        }
    }

    private static List<Comparison> comparisons(Sizes z, Optional<String> noKmd, Optional<String> noUmd,
            NativeUmd example) {
        List<Comparison> list = new ArrayList<>();
        list.add(new Comparison("interrupt", "ring -> ISR -> DPC -> blocked fence waiter woken", BenchKmd.JAVA.label,
                BenchKmd.NATIVE.label, noKmd, (candidate, warmup) -> {
                    int n = warmup ? Math.max(10, z.interruptSamples() / 4) : z.interruptSamples();
                    DpcWaiter.Run r = DpcWaiter.run(candidate ? BenchKmd.NATIVE : BenchKmd.JAVA, Math.max(10, n / 10), n);
                    return new Cell(Summary.of(r.samples()), 0, true, r.violations());
                }));
        list.add(new Comparison("reconnect", "victimized queue: ring -> RETRY -> connect -> ring (UmdQueue.submit)",
                BenchKmd.JAVA.label, BenchKmd.NATIVE.label, noKmd, (candidate, warmup) -> {
                    ChurnRun.Result r = ChurnRun.run(GpuConfig.Placement.DEDICATED_PAGE, CHURN_QUEUES, CHURN_DOORBELLS,
                            warmup ? z.churnNs() / 2 : z.churnNs(), candidate ? BenchKmd.NATIVE : BenchKmd.JAVA);
                    if (r.reconnect() == null) {
                        throw new IllegalStateException("the churn of " + CHURN_QUEUES + " queues over "
                                + CHURN_DOORBELLS + " doorbells made no reconnect");
                    }
                    return new Cell(r.reconnect(), (double) r.reconnects() / r.reconnect().count(), r.allCompleted(),
                            r.violations());
                }));
        for (UmdSubmitRun.Scenario scenario : UmdSubmitRun.Scenario.values()) {
            boolean plain = scenario == UmdSubmitRun.Scenario.PLAIN;
            int n = plain ? z.plainSubmissions() : z.reconnectSubmissions();
            list.add(new Comparison(plain ? "umd-plain" : "umd-reconnect", plain
                    ? "one fence per submission, connected doorbell: packet -> ring -> status -> fence seen"
                    : "2 queues on 1 doorbell taking turns: packet -> ring -> RETRY -> connect -> ring -> fence seen",
                    UmdSubmitRun.Umd.CUMD.label, UmdSubmitRun.Umd.EXAMPLE.label, noUmd, (candidate, warmup) -> {
                        int size = warmup ? Math.max(10, n / 4) : n;
                        UmdSubmitRun.Result r = UmdSubmitRun.run(candidate ? UmdSubmitRun.Umd.EXAMPLE
                                : UmdSubmitRun.Umd.CUMD, scenario, example, Math.max(10, size / 10), size);
                        return new Cell(Summary.of(r.samples()), (double) r.reconnects() / r.submissions(),
                                r.completed(), r.violations());
                    }));
        }
        return list;
    }

    private static Section section(Sizes z, List<Comparison> comparisons) {
        List<String> columns = new ArrayList<>(List.of("comparison", "implementation", "rounds", "samples per round"));
        Summary.LABELS.forEach(l -> columns.add(l + " ns"));
        columns.addAll(List.of("reconnects per submission", "all fences completed", "rule violations"));
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> ratioRows = new ArrayList<>();
        List<Chart.Series> series = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Comparison c : comparisons) {
            rows.add(latencyRow(c, c.baseline(), c.baselineCells()));
            rows.add(latencyRow(c, c.candidate(), c.candidateCells()));
            if (c.unavailable().isPresent()) {
                notes.add(c.id() + " not measured: " + c.unavailable().get());
                ratioRows.add(Arrays.asList(c.id(), "candidate / baseline", 0L, null, null, null, null, null, null,
                        null, "not measured: " + c.unavailable().get()));
                continue;
            }
            double[] p50 = ratios(c, Summary::p50);
            RatioInterval m = RatioInterval.of(p50);
            RatioInterval t = RatioInterval.of(ratios(c, Summary::p99));
            ratioRows.add(Arrays.asList(c.id(), shortName(c.candidate()) + " / " + shortName(c.baseline()),
                    (long) p50.length, m.median(), m.low(), m.high(), 100 * m.coverage(), t.median(), t.low(), t.high(),
                    Arrays.stream(p50).mapToObj(r -> String.format(Locale.ROOT, "%.2f", r))
                            .collect(Collectors.joining(" "))));
            series.add(new Chart.Series(c.id(), new double[0], p50));
        }
        Table latency = new Table(TABLE_LATENCY, "Latency per submission (ns, median over rounds of each round's "
                + "percentile): C drivers and their reference, same run", columns, rows);
        Table ratios = new Table(TABLE_RATIOS, "Per-round ratio candidate / baseline: median over rounds and its 95 % "
                + "interval (order statistics of the per-round ratios)",
                List.of("comparison", "ratio", "rounds", "p50 ratio (median)", "p50 low", "p50 high",
                        "interval coverage %", "p99 ratio (median)", "p99 low", "p99 high", "per-round p50 ratios"),
                ratioRows);
        List<String> rounds = new ArrayList<>();
        for (int r = 1; r <= z.rounds(); r++) {
            rounds.add(Integer.toString(r));
        }
        List<Chart> charts = series.isEmpty() ? List.of() : List.of(new Chart("native-ratios",
                "Per-round p50 ratio, candidate / baseline", Chart.Kind.LINE, "round", "ratio", false, false, rounds,
                series));
        String text = "Interrupt path: a thread blocks in the OS fence wait, then a UmdQueue submits a fence write "
                + "that raises an interrupt (SPIN firmware, interrupt thread sleeping between interrupts); the sample "
                + "is ring to the waiter's return, " + z.interruptSamples() + " per side and round after a tenth as "
                + "warm-up. Reconnect: " + CHURN_QUEUES + " UmdQueues over " + CHURN_DOORBELLS + " dedicated doorbells "
                + "visited round-robin, bursts of " + ChurnRun.BURST + ", " + z.churnNs() / 1_000_000 + " ms per side "
                + "and round; the samples are the submissions that reconnected. UMD: the Java reference KMD, "
                + z.plainSubmissions() + " submissions on a connected doorbell and " + z.reconnectSubmissions()
                + " that each reconnect per side and round, timed in C on the shim's clock from just before the packet "
                + "is written to the fence seen by spinning, each UMD on a new thread bound to the process, the two "
                + "queues in one context on both sides. Every side runs on a fresh OS; which side goes first "
                + "alternates by round, "
                + "after one unreported warm-up run of each. The ratio is taken per round; its median comes with the "
                + "distribution-free interval [x(k), x(n+1-k)] of the sorted per-round ratios, k the largest whose "
                + "binomial coverage is at least 95 % (the exact coverage is given; below 6 rounds the interval is "
                + "[min, max] and covers less). A ratio near 1 with an interval across 1 means no difference this "
                + "machine can show." + (notes.isEmpty() ? "" : " " + String.join("; ", notes) + ".");
        return new Section(ID, "Native drivers: C KMD against Java KMD, native UMD against C UMD", text,
                List.of(latency, ratios), charts, List.of());
    }

    private static List<Object> latencyRow(Comparison c, String implementation, List<Cell> cells) {
        List<Object> row = new ArrayList<>(List.of(c.id() + ": " + c.path(), implementation, (long) cells.size()));
        if (cells.isEmpty()) {
            row.add(null);
            for (int i = 0; i < Summary.LABELS.size(); i++) {
                row.add(null);
            }
            row.addAll(Arrays.asList(null, "not measured", null));
            return row;
        }
        Summary m = Summary.medianOf(cells.stream().map(Cell::summary).toList());
        row.add(Summary.median(cells.stream().mapToLong(x -> x.summary().count()).toArray()));
        for (long v : m.values()) {
            row.add(v);
        }
        row.add(Summary.median(cells.stream().mapToDouble(Cell::reconnectsPerSubmission).toArray()));
        row.add(cells.stream().allMatch(Cell::completed) ? "yes" : "NO");
        row.add(cells.stream().mapToLong(Cell::violations).sum());
        return row;
    }

    private static double[] ratios(Comparison c, java.util.function.ToLongFunction<Summary> percentile) {
        int n = Math.min(c.baselineCells().size(), c.candidateCells().size());
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = (double) percentile.applyAsLong(c.candidateCells().get(i).summary())
                    / percentile.applyAsLong(c.baselineCells().get(i).summary());
        }
        return r;
    }

    /** "C KMD", "native UMD": a label up to its first parenthesis. */
    private static String shortName(String label) {
        int p = label.indexOf(" (");
        return p < 0 ? label : label.substring(0, p);
    }
}
