package dev.umws.bench;

import dev.umws.bench.report.JsonReport;
import dev.umws.bench.report.Report;
import dev.umws.bench.report.ReportFiles;
import dev.umws.bench.report.TextReport;
import dev.umws.bench.report.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code umws bench}: the experiment runner. Measures the machine's cache-line round trip, then
 * each experiment (ring latency, interrupt delivery, throughput, scaling, per-operation costs and,
 * with {@code --native}, the C drivers against their references) with its baseline in the same
 * run; prints the tables and targets and writes the report (JSON, CSV, HTML with charts) into
 * {@code --out}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Doorbell ring experiments: C baselines and Java paths in one run; writes a report.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "The short variant (under a minute): 2 rounds, fewer samples.")
    boolean quick;

    @Option(names = "--rounds", description = "Interleaved rounds (default ${DEFAULT-VALUE}).", defaultValue = "5")
    int rounds;

    @Option(names = "--samples", description = "Latency samples per path and round (default ${DEFAULT-VALUE}).",
            defaultValue = "50000")
    int samples;

    @Option(names = "--only", split = ",", paramLabel = "ID",
            description = "Run only these experiments: ring, interrupt, throughput, scaling, per-op, native.")
    List<String> only;

    @Option(names = "--native", description = "Also run the native-drivers experiment, which the default run "
            + "leaves out (about a minute; more on a loaded machine): the C KMD against the Java KMD, the native UMD "
            + "against the C UMD. '--only native' runs it alone.")
    boolean nativeDrivers;

    @Option(names = "--seed", description = "Seed of each round's run order (default: drawn from the clock; the "
            + "report records it, so that an order can be replayed).")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/bench-report",
            description = "Where the report goes (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report's JSON here.")
    Path json;

    /** Every experiment, in the order they run, by id; each measured against the same run's hardware. */
    private static final Map<String, Function<Hardware, Experiment>> EXPERIMENTS = new LinkedHashMap<>();
    /** Experiments the default run leaves out (too long for it): run with their flag or named in --only. */
    private static final Set<String> OPT_IN = Set.of(NativeDriversExperiment.ID);

    static {
        EXPERIMENTS.put(SubmitExperiment.ID, hw -> new SubmitExperiment());
        EXPERIMENTS.put(RingExperiment.ID, RingExperiment::new);
        EXPERIMENTS.put(InterruptExperiment.ID, InterruptExperiment::new);
        EXPERIMENTS.put(ThroughputExperiment.ID, hw -> new ThroughputExperiment());
        EXPERIMENTS.put(ScalingExperiment.ID, hw -> new ScalingExperiment());
        EXPERIMENTS.put(PerOpExperiment.ID, hw -> new PerOpExperiment());
        EXPERIMENTS.put(NativeDriversExperiment.ID, hw -> new NativeDriversExperiment());
    }

    @Override
    public Integer call() throws IOException {
        if (!quick && (rounds < 1 || samples < 1)) {
            System.err.println("bench: --rounds and --samples must be at least 1");
            return 2;
        }
        long orderSeed = seed != null ? seed : System.nanoTime();
        // The runner's thread is every producer's thread (Java, and C through downcalls): pin it first.
        Affinity affinity = Affinity.pinProducer();
        Experiment.Settings s = quick ? new Experiment.Settings(true, 2, 5_000, orderSeed, affinity)
                : new Experiment.Settings(false, rounds, samples, orderSeed, affinity);
        Experiment.Progress progress = new Experiment.Progress() {
            private final long start = System.nanoTime();

            @Override
            public void step(String message) {
                System.err.printf("bench [%5.1f s] %s%n", (System.nanoTime() - start) / 1e9, message);
            }
        };
        if (only != null) {
            for (String id : only) {
                if (!EXPERIMENTS.containsKey(id)) {
                    System.err.println("bench: no experiment '" + id + "'; known: "
                            + String.join(", ", EXPERIMENTS.keySet()));
                    return 2;
                }
            }
        }
        Hardware hardware = Hardware.measure(s.rounds(), s.samples(), progress);
        List<Experiment> chosen = new ArrayList<>();
        EXPERIMENTS.forEach((id, make) -> {
            boolean byDefault = !OPT_IN.contains(id) || (id.equals(NativeDriversExperiment.ID) && nativeDrivers);
            if (only == null ? byDefault : only.contains(id)) {
                chosen.add(make.apply(hardware));
            }
        });
        List<Section> sections = new ArrayList<>();
        sections.add(HardwareSection.of(hardware));
        for (Experiment e : chosen) {
            sections.add(e.run(s, progress));
        }
        Report report = judged(s, new Report(RunContext.describe(s, chosen.stream().map(Experiment::id).toList()),
                sections));
        new TextReport().write(report, System.out);
        Files.createDirectories(out);
        ReportFiles.Written written = ReportFiles.write(report, out);
        System.out.println("report: " + written.html().toAbsolutePath() + " (also report.json and csv/)");
        if (json != null) {
            JsonReport.write(report, json);
            System.out.println("wrote " + json);
        }
        return exitCode(report);
    }

    /** A quick run is too short to judge anything: its targets are shown, marked not judged. */
    static Report judged(Experiment.Settings s, Report report) {
        if (!s.quick()) {
            return report;
        }
        List<Section> marked = new ArrayList<>();
        for (Section sec : report.sections()) {
            marked.add(sec.withTargets(sec.targets().stream().map(t -> t.notJudged("quick")).toList()));
        }
        return new Report(report.about(), marked);
    }

    /** 0 for a clean run; 1 when any measurement went wrong (an impossible sample, a lost record): the run failed. */
    static int exitCode(Report report) {
        return report.errors().isEmpty() ? 0 : 1;
    }
}
