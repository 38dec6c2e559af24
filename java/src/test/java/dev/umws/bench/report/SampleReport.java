package dev.umws.bench.report;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small report built by hand: two sections, both chart shapes, a met and a missed target, awkward strings. */
final class SampleReport {
    /** A cell that needs every kind of escaping: HTML, CSV (comma, quote, line break) and JSON. */
    static final String AWKWARD = "a <b> & \"c\", d\nnext line";

    private SampleReport() {
    }

    static Report build() {
        Map<String, String> about = new LinkedHashMap<>();
        about.put("machine", "Linux amd64, 2 CPUs");
        about.put("configuration", "--quick, G2");
        about.put("git revision", "8842e29");
        about.put("date", "2025-06-01T12:00:00Z");

        Table latency = new Table("latency", "Ring latency, ns", List.of("mode", "measure", "C p50", "Java p50", "Java/C"),
                List.of(row("spin", "one-way", 154L, 171L, 1.11),
                        row("notify", "round-trip", 1_234_567L, null, null)));
        Chart byMode = new Chart("by-mode", "p50 by mode", Chart.Kind.BAR, "mode", "ns", false, false,
                List.of("spin", "notify"),
                List.of(new Chart.Series("C", new double[0], new double[] {154, 1_234_567}),
                        new Chart.Series("Java", new double[0], new double[] {171, Double.NaN})));
        Section latencySection = new Section("latency", "Ring latency", "C and Java producers.\nMedians of 5 rounds.",
                List.of(latency), List.of(byMode),
                List.of(Target.point("java-p50", "Java ring p50", 171, Target.Bound.AT_MOST, 500, "ns", null),
                        Target.point("java-over-c", "Java/C throughput", 0.84, Target.Bound.AT_LEAST, 0.9, "",
                                "notify mode wakes a parked thread"),
                        Target.over("rt-p50", "Java/C round trip p50", Target.Bound.AT_MOST, 1.05, "x", "",
                                List.of(Target.Cell.judged("SPIN", 1.01, 0.98, 1.03, 0.979, Target.Bound.AT_MOST, 1.05),
                                        Target.Cell.judged("BACKOFF", 1.04, 1.0, 1.08, 0.979, Target.Bound.AT_MOST,
                                                1.05)),
                                List.of(new Target.Control("C/C", 1.0, 0.99, 1.02, 0.979)))));

        Table scaling = new Table("scaling", "Throughput by batch", List.of("batch", "note", "packets/s"),
                List.of(row(1L, AWKWARD, 8_960_000L), row(32L, "plain", 13_100_000L)));
        Chart byBatch = new Chart("by-batch", "Packets/s <by> batch & size", Chart.Kind.LINE, "batch size",
                "packets/s", true, true, List.of(),
                List.of(new Chart.Series("C", new double[] {1, 4, 32}, new double[] {8.96e6, 11e6, 13.1e6}),
                        new Chart.Series("Java </script> & co", new double[] {1, 32}, new double[] {8.51e6, 14.4e6})));
        Section throughput = new Section("throughput", "Throughput & \"scaling\"", AWKWARD, List.of(scaling),
                List.of(byBatch), List.of());
        return new Report(about, List.of(latencySection, throughput));
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells); // allows null cells, unlike List.of
    }
}
