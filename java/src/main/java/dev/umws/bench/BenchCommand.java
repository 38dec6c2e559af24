package dev.umws.bench;

import dev.umws.bench.report.JsonReport;
import dev.umws.bench.report.Report;
import dev.umws.bench.report.ReportFiles;
import dev.umws.bench.report.TextReport;
import dev.umws.bench.report.TimelinePage;
import dev.umws.bench.report.Section;
import dev.umws.trace.Trace;
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

    @Option(names = "--rounds", description = "Rounds after the warm-up round (default ${DEFAULT-VALUE}: the fewest "
            + "for which the per-round ratios' interval reaches 95 %% with a margin).", defaultValue = "10")
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

    @Option(names = "--trace", paramLabel = "DIR", description = "Record each experiment and write its trace to "
            + "DIR/<experiment>.json (docs/tracing.md). The figures of a traced run include the recorder's cost.")
    Path trace;

    /**
     * Events per thread a traced experiment keeps: the ring experiment's firmware writes about five
     * per sample, 50 000 samples a path and round, so 2^22 (128 MiB of address space per thread,
     * committed as it fills) keeps a default run whole; anything beyond is counted as dropped.
     */
    private static final long TRACE_EVENTS_PER_THREAD = 1L << 22;

    /** Every experiment, in the order they run, by id; each measured against the same run's hardware. */
    private static final Map<String, Function<Hardware, Experiment>> EXPERIMENTS = new LinkedHashMap<>();
    /** Experiments the default run leaves out (too long for it): run with their flag or named in --only. */
    private static final Set<String> OPT_IN = Set.of(NativeDriversExperiment.ID);
    /**
     * Experiments that time a producer on the runner's thread, which is pinned while they run. Not
     * scaling (its memory probe is a child JVM, which would inherit the pin) nor per-op (JMH forks).
     */
    private static final Set<String> PINNED = Set.of(RingExperiment.ID, "submit", InterruptExperiment.ID,
            ThroughputExperiment.ID, NativeDriversExperiment.ID);

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
        // The runner's thread is every producer's thread (Java, and C through downcalls); it is pinned
        // while the experiments that time a producer run (PINNED), and released for the others.
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
        affinity.pin();
        Hardware hardware = Hardware.measure(s, progress);
        List<Experiment> chosen = new ArrayList<>();
        EXPERIMENTS.forEach((id, make) -> {
            boolean byDefault = !OPT_IN.contains(id) || (id.equals(NativeDriversExperiment.ID) && nativeDrivers);
            if (only == null ? byDefault : only.contains(id)) {
                chosen.add(make.apply(hardware));
            }
        });
        List<Section> sections = new ArrayList<>();
        for (Experiment e : chosen) {
            if (PINNED.contains(e.id())) {
                affinity.pin();
            } else {
                affinity.release();
            }
            // One trace per experiment: each is a separate scene (its own GPUs and threads), and a
            // file per experiment keeps each one small enough to open in a browser.
            Trace t = trace == null ? null : Trace.start(new Trace.Options(TRACE_EVENTS_PER_THREAD));
            try {
                sections.add(e.run(s, progress));
            } finally {
                if (t != null) {
                    t.close();
                    Path file = trace.resolve(e.id() + ".json");
                    t.writeJson(file);
                    long dropped = t.tracks().stream().mapToLong(dev.umws.trace.Track::dropped).sum();
                    progress.step("trace of " + e.id() + ": " + file + (dropped > 0 ? " (" + dropped + " events dropped)" : ""));
                    t.discard();
                    // The report links the timeline pages it finds in out/trace/.
                    Path page = out.resolve("trace").resolve(e.id() + ".html");
                    Files.createDirectories(page.getParent());
                    TimelinePage.write(file, page);
                }
            }
        }
        affinity.release();
        // First in the report, built last: the ring section runs the ping-pong in its rounds too.
        sections.add(0, HardwareSection.of(hardware));
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
