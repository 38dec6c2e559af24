package dev.umws.bench;

import dev.umws.bench.report.Chart;
import dev.umws.bench.report.Section;
import dev.umws.bench.report.Table;
import dev.umws.bench.report.Target;
import dev.umws.gpu.GpuConfig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ring latency: the C UMD against the Java UMD ringing by segment store, by Panama downcall and
 * by JNI, in every detection mode. One-way is ring to the TIMESTAMP packet executed (the
 * firmware observed the ring); round trip is ring to the progress fence visible to the UMD.
 * Producers run interleaved, round after round; each cell is the median over rounds of the
 * per-run percentile.
 */
final class RingExperiment implements Experiment {
    static final String ID = "ring";
    static final String C = "C UMD";

    private final Hardware hardware;

    RingExperiment(Hardware hardware) {
        this.hardware = hardware;
    }

    @Override
    public String id() {
        return ID;
    }

    /** Per producer and mode: per-run summaries of one-way and round-trip samples. */
    private record Runs(List<Summary> oneWay, List<Summary> roundTrip) {
    }

    @Override
    public Section run(Settings s, Progress progress) {
        List<GpuConfig.DetectMode> modes = List.of(GpuConfig.DetectMode.values());
        List<RingVia> vias = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (RingVia v : RingVia.values()) {
            if (v.unavailable() == null) {
                vias.add(v);
            } else {
                notes.add(v.label + " not measured: " + v.unavailable());
            }
        }
        Map<String, Runs> cells = new LinkedHashMap<>();
        int warmup = Math.max(100, s.samples() / 10);
        for (int round = 1; round <= s.rounds(); round++) {
            for (GpuConfig.DetectMode mode : modes) {
                // A futex wake per sample (~20 us) makes NOTIFY 100x slower per sample: fewer of them.
                int n = mode == GpuConfig.DetectMode.NOTIFY ? Math.max(500, s.samples() / 5) : s.samples();
                progress.step("ring latency, round " + round + "/" + s.rounds() + ", " + mode);
                record(cells, C, mode, BenchNative.cRing(mode.code, warmup, n));
                for (RingVia via : vias) {
                    record(cells, via.label, mode, JavaRing.run(mode, via, warmup, n));
                }
            }
        }
        List<String> producers = new ArrayList<>(List.of(C));
        vias.forEach(v -> producers.add(v.label));

        List<String> columns = new ArrayList<>(List.of("mode", "measure", "producer"));
        Summary.LABELS.forEach(l -> columns.add(l + " ns"));
        columns.addAll(List.of("p50 / C", "p99 / C", "p50 / hardware"));
        List<List<Object>> rows = new ArrayList<>();
        Map<String, Summary> med = new LinkedHashMap<>();
        for (GpuConfig.DetectMode mode : modes) {
            for (String measure : List.of("one-way", "round trip")) {
                boolean oneWay = measure.equals("one-way");
                double hw = oneWay ? hardware.handOffNs() : hardware.rttNs();
                Summary c = cell(cells, C, mode, oneWay);
                for (String p : producers) {
                    Summary m = cell(cells, p, mode, oneWay);
                    med.put(key(p, mode, measure), m);
                    List<Object> row = new ArrayList<>(List.of(mode.name(), measure, p));
                    for (long v : m.values()) {
                        row.add(v);
                    }
                    row.add((double) m.p50() / c.p50());
                    row.add((double) m.p99() / c.p99());
                    row.add(m.p50() / hw);
                    rows.add(row);
                }
            }
        }
        Table table = new Table("latency", "Ring latency (ns; hardware = cache-line hand-off for one-way, its round "
                + "trip for round trip)", columns, rows);

        List<Chart> charts = new ArrayList<>();
        for (String measure : List.of("one-way", "round trip")) {
            List<Chart.Series> series = new ArrayList<>();
            for (String p : producers) {
                series.add(new Chart.Series(p, new double[0], toDouble(med.get(key(p, GpuConfig.DetectMode.SPIN,
                        measure)).values())));
            }
            charts.add(new Chart("spin-" + measure.replace(' ', '-'), "SPIN firmware, " + measure
                    + " latency by percentile", Chart.Kind.LINE, "percentile", "ns", false, true, Summary.LABELS,
                    series));
        }
        List<Chart.Series> byMode = new ArrayList<>();
        for (String p : producers) {
            double[] y = new double[modes.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = med.get(key(p, modes.get(i), "one-way")).p50();
            }
            byMode.add(new Chart.Series(p, new double[0], y));
        }
        charts.add(new Chart("oneway-by-mode", "One-way p50 by detection mode", Chart.Kind.BAR, "detection mode",
                "ns", false, true, modes.stream().map(Enum::name).toList(), byMode));

        String java = RingVia.SEGMENT.label;
        GpuConfig.DetectMode spin = GpuConfig.DetectMode.SPIN;
        Summary jOne = med.get(key(java, spin, "one-way"));
        Summary cOne = med.get(key(C, spin, "one-way"));
        Summary jRt = med.get(key(java, spin, "round trip"));
        Summary cRt = med.get(key(C, spin, "round trip"));
        List<Target> targets = List.of(
                ratio("oneway-p50", "ring -> firmware observes, Java segment store / C UMD, p50 (SPIN)",
                        jOne.p50(), cOne.p50(), 1.05),
                ratio("oneway-p99", "ring -> firmware observes, Java segment store / C UMD, p99 (SPIN)",
                        jOne.p99(), cOne.p99(), 1.3),
                ratio("roundtrip-p50", "ring -> fence visible, Java segment store / C UMD, p50 (SPIN)",
                        jRt.p50(), cRt.p50(), 1.05),
                ratio("roundtrip-p99", "ring -> fence visible, Java segment store / C UMD, p99 (SPIN)",
                        jRt.p99(), cRt.p99(), 1.3),
                Target.point("oneway-vs-handoff", "Java one-way p50 as a multiple of the cache-line hand-off (SPIN)",
                        jOne.p50() / hardware.handOffNs(), Target.Bound.AT_MOST, 2.0, "x", ""));
        String text = "Each sample writes a TIMESTAMP and a WRITE_FENCE packet, takes the clock, publishes "
                + "WritePointer and rings, then spins until the fence is visible. One-way = the TIMESTAMP value "
                + "minus the clock before the ring (same CLOCK_MONOTONIC); round trip = until the fence is seen. "
                + s.rounds() + " interleaved rounds of " + s.samples() + " samples (NOTIFY: a fifth), "
                + warmup + " warm-up samples each; cells are medians over rounds of per-run percentiles. "
                + "Cache-line round trip in this run: p50 " + (long) hardware.rttNs() + " ns."
                + (notes.isEmpty() ? "" : " " + String.join("; ", notes) + ".");
        return new Section(id(), "Ring latency: C UMD vs Java UMD (segment store, downcall, JNI)", text,
                List.of(table), charts, targets);
    }

    static Target ratio(String id, String description, double measured, double baseline, double limit) {
        return Target.point(id, description, measured / baseline, Target.Bound.AT_MOST, limit, "x", "");
    }

    private static String key(String producer, GpuConfig.DetectMode mode, String measure) {
        return producer + "|" + mode + "|" + measure;
    }

    private static void record(Map<String, Runs> cells, String producer, GpuConfig.DetectMode mode, long[][] samples) {
        Runs r = cells.computeIfAbsent(producer + "|" + mode, k -> new Runs(new ArrayList<>(), new ArrayList<>()));
        r.oneWay().add(Summary.of(samples[0]));
        r.roundTrip().add(Summary.of(samples[1]));
    }

    private static Summary cell(Map<String, Runs> cells, String producer, GpuConfig.DetectMode mode, boolean oneWay) {
        Runs r = cells.get(producer + "|" + mode);
        return Summary.medianOf(oneWay ? r.oneWay() : r.roundTrip());
    }

    static double[] toDouble(long[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }
}
