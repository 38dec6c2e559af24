package dev.umws.bench;

import dev.umws.gpu.GpuConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;

/**
 * {@code umws bench}: ring latency of a C producer and a Java producer storing straight into the
 * doorbell segment, in each detection mode, against the machine's cache-line round trip measured in
 * the same run. Prints a table (ratios Java/C, multiples of the hardware hand-off) and, with
 * {@code --json}, writes the figures for machines.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Ring latency: C and Java producers in each detection mode, against the cache-line hand-off.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "A short run (2 rounds of 5,000 samples).")
    boolean quick;

    @Option(names = "--rounds", description = "Interleaved rounds (default ${DEFAULT-VALUE}).", defaultValue = "5")
    int rounds;

    @Option(names = "--samples", description = "Samples per path and round (default ${DEFAULT-VALUE}).", defaultValue = "50000")
    int samples;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws IOException {
        int r = quick ? 2 : rounds;
        int n = quick ? 5_000 : samples;
        List<GpuConfig.DetectMode> modes = List.of(GpuConfig.DetectMode.values());
        RingExperiment.Result result = RingExperiment.run(r, n, modes, line -> System.err.println("bench: " + line));
        long rtt = result.pingPongRttP50();
        double handOff = rtt / 2.0;
        out.printf("Ring latency, %d rounds x %d samples; cache-line round trip p50 %d ns (hand-off %.0f ns)%n", r, n, rtt,
                handOff);
        out.printf("%-8s %-10s %9s %9s %9s %9s %9s %9s %12s%n", "mode", "measure", "C p50", "Java p50", "Java/C",
                "C p99", "Java p99", "Java/C", "Java/handoff");
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("rounds", r);
        doc.put("samples", n);
        doc.put("pingPongRttP50Ns", rtt);
        doc.put("machine", System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                + Runtime.getRuntime().availableProcessors() + " CPUs, Java " + Runtime.version());
        List<Object> rows = new ArrayList<>();
        for (GpuConfig.DetectMode mode : modes) {
            RingExperiment.Path c = result.path("C", mode);
            RingExperiment.Path j = result.path("Java", mode);
            rows.add(row(mode, "one-way", c.oneWay(), j.oneWay(), handOff));
            rows.add(row(mode, "round-trip", c.roundTrip(), j.roundTrip(), rtt));
        }
        doc.put("rows", rows);
        doc.put("throughput", throughput(r, quick ? 100_000_000L : 500_000_000L, modes));
        if (json != null) {
            Files.writeString(json, dev.umws.cli.JsonText.write(doc));
        }
        return 0;
    }

    private Map<String, Object> row(GpuConfig.DetectMode mode, String measure, List<Summary> c, List<Summary> j,
            double hardware) {
        long cp50 = med(c, Summary::p50);
        long jp50 = med(j, Summary::p50);
        long cp99 = med(c, Summary::p99);
        long jp99 = med(j, Summary::p99);
        out.printf("%-8s %-10s %9d %9d %9.2f %9d %9d %9.2f %12.2f%n", mode, measure, cp50, jp50, (double) jp50 / cp50,
                cp99, jp99, (double) jp99 / cp99, jp50 / hardware);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", mode.name());
        m.put("measure", measure);
        m.put("cP50Ns", cp50);
        m.put("javaP50Ns", jp50);
        m.put("cP99Ns", cp99);
        m.put("javaP99Ns", jp99);
        m.put("javaOverCP50", (double) jp50 / cp50);
        m.put("javaOverCP99", (double) jp99 / cp99);
        m.put("javaP50OverHardware", jp50 / hardware);
        return m;
    }

    /** Packets per second, C and Java producers interleaved per round; medians over rounds. */
    private List<Object> throughput(int rounds, long durationNs, List<GpuConfig.DetectMode> modes) {
        out.printf("%nThroughput (one producer, %d ms per cell, median of %d rounds)%n", durationNs / 1_000_000, rounds);
        out.printf("%-8s %6s %14s %14s %8s%n", "mode", "batch", "C packets/s", "Java packets/s", "Java/C");
        List<Object> rows = new ArrayList<>();
        for (GpuConfig.DetectMode mode : modes) {
            for (int batch : new int[] {1, 32}) {
                long[] c = new long[rounds];
                long[] j = new long[rounds];
                for (int i = 0; i < rounds; i++) {
                    System.err.println("bench: throughput " + mode + " batch " + batch + " round " + (i + 1));
                    c[i] = (long) BenchNative.cThroughput(mode.code, durationNs, batch);
                    j[i] = (long) JavaRing.throughput(mode, durationNs, batch);
                }
                long cm = RingExperiment.median(c);
                long jm = RingExperiment.median(j);
                out.printf("%-8s %6d %14d %14d %8.2f%n", mode, batch, cm, jm, (double) jm / cm);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("mode", mode.name());
                m.put("batch", batch);
                m.put("cPacketsPerSecond", cm);
                m.put("javaPacketsPerSecond", jm);
                m.put("javaOverC", (double) jm / cm);
                rows.add(m);
            }
        }
        return rows;
    }

    private static long med(List<Summary> runs, ToLongFunction<Summary> f) {
        return RingExperiment.median(runs.stream().mapToLong(f).toArray());
    }
}
