package dev.umws.bench;

import dev.umws.bench.report.Chart;
import dev.umws.bench.report.Section;
import dev.umws.bench.report.Table;
import dev.umws.bench.report.Target;
import dev.umws.gpu.GpuConfig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Idle-ring latency, the "ring only" decomposition: the bench producer in C against the bench
 * producer in Java ({@link dev.umws.gpu.RingWriter}) ringing by segment store, by segment store
 * and a full fence, and by a call of the C ring function (Panama downcall, critical downcall
 * with segments or raw addresses, JNI), in every detection mode. Neither is a UMD (no
 * LastQueued, no status read): the UMDs' own submit paths are compared elsewhere. One-way is
 * ring to the TIMESTAMP packet executed (the firmware observed the ring); round trip is ring to
 * the fence visible to the producer.
 *
 * <p>Per round and mode one GPU (firmware pinned) with one lane, built in Java; every side rings
 * that same lane in a random order (the C producer through {@code umws_bench_c_ring_on}), so
 * both languages use the same pages. In SPIN the C and the segment-store producers run twice
 * per round, in different slots: the A/A controls. The cache-line ping-pong runs as one more
 * side of each round ({@link Hardware#interleave}), while no GPU runs. Round 0 is a warm-up, not
 * kept. Ratios are paired within a round ({@link CellRounds}); percentiles are pooled.
 */
final class RingExperiment implements Experiment {
    static final String ID = "ring";
    static final String C = "bench producer (C)";
    static final String C_AGAIN = C + ", again";
    static final String JAVA = RingVia.SEGMENT.label;
    static final String JAVA_AGAIN = JAVA + ", again";
    private static final String PINGPONG = "cache-line ping-pong";
    /** The modes the targets judge; NOTIFY is measured and shown, not judged (see {@link #notifyReason}). */
    static final List<GpuConfig.DetectMode> JUDGED = List.of(GpuConfig.DetectMode.SPIN, GpuConfig.DetectMode.BACKOFF);
    private static final List<String> MEASURES = List.of("one-way", "round trip");

    private final Hardware hardware;
    private final Tamper tamper;

    /** A test's hook on each run's samples before they are recorded (to plant an impossible one). */
    @FunctionalInterface
    interface Tamper {
        void apply(String producer, long[][] samples);
    }

    RingExperiment(Hardware hardware) {
        this(hardware, (producer, samples) -> { });
    }

    RingExperiment(Hardware hardware, Tamper tamper) {
        this.hardware = hardware;
        this.tamper = tamper;
    }

    @Override
    public String id() {
        return ID;
    }

    /** One producer of a round: C (via null) or Java ringing {@code via}; {@code again}: its A/A rerun. */
    private record Side(String name, RingVia via, boolean again) {
    }

    /** One side in one mode: its one-way and round-trip rounds. */
    private record Cells(CellRounds oneWay, CellRounds roundTrip) {
        CellRounds of(String measure) {
            return measure.equals("one-way") ? oneWay : roundTrip;
        }
    }

    @Override
    public Section run(Settings s, Progress progress) {
        List<GpuConfig.DetectMode> modes = List.of(GpuConfig.DetectMode.values());
        List<String> notes = new ArrayList<>();
        List<Side> base = new ArrayList<>(List.of(new Side(C, null, false)));
        for (RingVia v : RingVia.values()) {
            if (v.unavailable() == null) {
                base.add(new Side(v.label, v, false));
            } else {
                notes.add(v.label + " not measured: " + v.unavailable());
            }
        }
        Map<GpuConfig.DetectMode, List<Side>> sides = new LinkedHashMap<>();
        Map<String, Cells> cells = new LinkedHashMap<>();
        for (GpuConfig.DetectMode mode : modes) {
            List<Side> m = new ArrayList<>(base);
            if (mode == GpuConfig.DetectMode.SPIN) {
                m.add(new Side(C_AGAIN, null, true));
                m.add(new Side(JAVA_AGAIN, RingVia.SEGMENT, true));
            }
            sides.put(mode, m);
            for (Side side : m) {
                String cell = mode.name();
                cells.put(key(mode, side.name()), new Cells(new CellRounds(cell + ", one-way", side.name()),
                        new CellRounds(cell + ", round trip", side.name())));
            }
        }
        List<String> errors = new ArrayList<>();
        int warmup = Math.max(100, s.samples() / 10);
        List<String> blocks = new ArrayList<>(modes.stream().map(Enum::name).toList());
        blocks.add(PINGPONG);
        for (int round = 0; round <= s.rounds(); round++) {
            String which = round == 0 ? "warm-up round" : "round " + round + "/" + s.rounds();
            List<String> order = RoundOrder.of(blocks, s.seed(), round, "ring blocks");
            for (int b = 0; b < order.size(); b++) {
                if (order.get(b).equals(PINGPONG)) {
                    progress.step("ring latency, " + which + ", cache-line ping-pong");
                    hardware.interleave(round, b);
                    continue;
                }
                GpuConfig.DetectMode mode = GpuConfig.DetectMode.valueOf(order.get(b));
                progress.step("ring latency, " + which + ", " + mode);
                // A futex wake per sample (tens of us) makes NOTIFY slower per sample: fewer of them.
                int n = mode == GpuConfig.DetectMode.NOTIFY ? Math.max(500, s.samples() / 5) : s.samples();
                runMode(s, mode, round, sides.get(mode), warmup, n, cells, errors);
            }
        }

        Table table = table(modes, sides, cells);
        List<Target> targets = new ArrayList<>();
        targets.add(target("oneway-p50", "one-way", "p50", CellRounds::p50, 1.05, modes, cells));
        targets.add(target("oneway-p99", "one-way", "p99", CellRounds::p99, 1.3, modes, cells));
        targets.add(target("roundtrip-p50", "round trip", "p50", CellRounds::p50, 1.05, modes, cells));
        targets.add(target("roundtrip-p99", "round trip", "p99", CellRounds::p99, 1.3, modes, cells));
        targets.add(handOffTarget(cells));
        List<CellRounds> all = new ArrayList<>();
        cells.values().forEach(c -> {
            all.add(c.oneWay());
            all.add(c.roundTrip());
        });
        all.forEach(c -> errors.addAll(c.errors()));
        Summary cSpin = cells.get(key(GpuConfig.DetectMode.SPIN, C)).oneWay().pooled();
        String text = "Each sample writes a TIMESTAMP and a WRITE_FENCE packet, takes the clock, publishes "
                + "WritePointer and rings, then spins until the fence is visible (an idle ring: one sample in flight). "
                + "One-way = the TIMESTAMP value minus the clock before the ring (the same CLOCK_MONOTONIC on Linux); "
                + "round trip = until the fence is seen. Both are bench producers, not UMDs (no LastQueued, no status "
                + "read, no fence after the ring): the ring-only decomposition of a submission. Per round and mode one "
                + "GPU with one lane built in Java; every producer rings that lane, the C one by "
                + "umws_bench_c_ring_on, in an order drawn per round from seed " + s.seed() + ". Producer "
                + pinning(s.affinity()) + ". " + s.rounds() + " rounds after a warm-up round that is not kept, "
                + s.samples() + " samples per producer and round (NOTIFY: " + Math.max(500, s.samples() / 5) + "), "
                + warmup + " warm-up samples before each. Percentiles pool every round's samples; a ratio is the "
                + "median of per-round ratios (each round's Java figure over the C figure of the same round) with "
                + "its 95 % order-statistics interval; the A/A rows (\"again\") are the same producer's second run "
                + "of the round against its first: the noise floor. Cells judge the segment store, what RingWriter "
                + "and the Java UMD do; the call paths are shown in the table, not judged. In this run the C "
                + "producer's SPIN one-way p50 is " + cSpin.p50() + " ns against a measured one-way cache-line "
                + "hand-off of " + (long) hardware.handOffNs() + " ns."
                + (notes.isEmpty() ? "" : " " + String.join("; ", notes) + ".");
        return new Section(id(), "Ring latency, ring only: bench producer (C) vs bench producer (Java, RingWriter)",
                text, List.of(table), charts(modes, sides, cells), targets,
                List.of(CellRounds.rawTable("raw-ring", "Ring latency, per producer and round (ns)", all)), errors);
    }

    private void runMode(Settings s, GpuConfig.DetectMode mode, int round, List<Side> sides, int warmup, int n,
            Map<String, Cells> cells, List<String> errors) {
        List<Side> order = RoundOrder.of(sides, s.seed(), round, "ring " + mode);
        try (JavaRing.Rig rig = new JavaRing.Rig(mode, 1, s.affinity())) {
            for (int p = 0; p < order.size(); p++) {
                Side side = order.get(p);
                Conditions.Start start = Conditions.begin();
                long[][] r = side.via() == null
                        ? BenchNative.cRingOn(rig.gpu.nativeAddress(), mode.code, rig.lane(0).words(), warmup, n)
                        : JavaRing.latency(rig, side.via(), warmup, n);
                Conditions c = Conditions.since(start);
                tamper.apply(side.name(), r);
                if (round > 0) {
                    Cells cell = cells.get(key(mode, side.name()));
                    cell.oneWay().add(round, p, r[0], c);
                    cell.roundTrip().add(round, p, r[1], c);
                }
            }
        } catch (IllegalStateException e) {
            errors.add(mode + ", round " + round + ": " + e.getMessage() + " (the rest of the round's " + mode
                    + " producers not run)");
        }
    }

    /** A ratio target over every mode: the segment store against C, judged in {@link #JUDGED}. */
    private static Target target(String id, String measure, String pct, ToDoubleFunction<CellRounds.Round> figure,
            double limit, List<GpuConfig.DetectMode> modes, Map<String, Cells> cells) {
        List<Target.Cell> list = new ArrayList<>();
        for (GpuConfig.DetectMode mode : modes) {
            CellRounds java = cells.get(key(mode, JAVA)).of(measure);
            CellRounds c = cells.get(key(mode, C)).of(measure);
            String reason = JUDGED.contains(mode) ? null : notifyReason(cells);
            list.add(CellRounds.cell(mode.name(), java, c, figure, Target.Bound.AT_MOST, limit, reason));
        }
        GpuConfig.DetectMode spin = GpuConfig.DetectMode.SPIN;
        List<Target.Control> controls = new ArrayList<>();
        control("C / C (SPIN)", cells.get(key(spin, C_AGAIN)).of(measure), cells.get(key(spin, C)).of(measure),
                figure, controls);
        control("Java / Java (SPIN)", cells.get(key(spin, JAVA_AGAIN)).of(measure),
                cells.get(key(spin, JAVA)).of(measure), figure, controls);
        String what = measure.equals("one-way") ? "ring -> firmware observes" : "ring -> fence visible";
        return Target.over(id, what + ", bench producer Java segment store / C, " + pct + ", every detection mode",
                Target.Bound.AT_MOST, limit, "x", "NOTIFY not judged: " + notifyReason(cells), list, controls);
    }

    /** The sanity bound: one-way p50 within 2x the measured cache-line hand-off of the same round (SPIN). */
    private Target handOffTarget(Map<String, Cells> cells) {
        GpuConfig.DetectMode spin = GpuConfig.DetectMode.SPIN;
        CellRounds floor = hardware.interleavedOneWays();
        List<Target.Cell> list = List.of(
                CellRounds.cell(JAVA + " (SPIN)", cells.get(key(spin, JAVA)).oneWay(), floor, CellRounds::p50,
                        Target.Bound.AT_MOST, 2.0),
                CellRounds.cell(C + " (SPIN)", cells.get(key(spin, C)).oneWay(), floor, CellRounds::p50,
                        Target.Bound.AT_MOST, 2.0));
        return Target.over("oneway-vs-handoff", "one-way p50 as a multiple of the one-way cache-line hand-off "
                + "measured in the same round (SPIN)", Target.Bound.AT_MOST, 2.0, "x", "a sanity bound of the "
                + "emulated ring (one hand-off for the doorbell, one for the packets), met or missed by C and Java "
                + "alike: the claim about Java is its ratio to C", list, List.of());
    }

    /** Why NOTIFY is not judged, with this run's figures. */
    private static String notifyReason(Map<String, Cells> cells) {
        CellRounds c = cells.get(key(GpuConfig.DetectMode.NOTIFY, C)).oneWay();
        CellRounds spin = cells.get(key(GpuConfig.DetectMode.SPIN, C)).oneWay();
        if (c.rounds().isEmpty() || spin.rounds().isEmpty()) {
            return "futex-bound (a wake per ring); not measured in this run";
        }
        return String.format(Locale.ROOT, "futex-bound: the C producer's one-way p50 is %.1f us against %.2f us "
                + "in SPIN; the wake across CPUs, the same system call on both sides, is what it measures",
                c.pooled().p50() / 1000.0, spin.pooled().p50() / 1000.0);
    }

    private static void control(String name, CellRounds again, CellRounds first,
            ToDoubleFunction<CellRounds.Round> figure, List<Target.Control> out) {
        if (CellRounds.ratios(again, first, figure).length > 0) {
            out.add(CellRounds.control(name, again, first, figure));
        }
    }

    private Table table(List<GpuConfig.DetectMode> modes, Map<GpuConfig.DetectMode, List<Side>> sides,
            Map<String, Cells> cells) {
        List<String> columns = new ArrayList<>(List.of("mode", "measure", "producer", "samples"));
        Summary.LABELS.forEach(l -> columns.add(l + " ns"));
        columns.addAll(List.of("against", "p50 ratio", "p50 95% interval", "p99 ratio", "p99 95% interval",
                "p50 / floor"));
        List<List<Object>> rows = new ArrayList<>();
        for (GpuConfig.DetectMode mode : modes) {
            for (String measure : MEASURES) {
                for (Side side : sides.get(mode)) {
                    CellRounds mine = cells.get(key(mode, side.name())).of(measure);
                    Summary m = mine.pooled();
                    List<Object> row = new ArrayList<>(List.of(mode.name(), measure, side.name(), m.count()));
                    for (long v : m.values()) {
                        row.add(v);
                    }
                    String against = side.again() ? (side.via() == null ? C : JAVA) : side.via() == null ? null : C;
                    if (against == null) {
                        row.addAll(java.util.Arrays.asList(null, null, null, null, null));
                    } else {
                        CellRounds b = cells.get(key(mode, against)).of(measure);
                        row.add(side.again() ? "its first run" : C);
                        ratioCells(CellRounds.ratios(mine, b, CellRounds::p50), row);
                        ratioCells(CellRounds.ratios(mine, b, CellRounds::p99), row);
                    }
                    double floor = measure.equals("one-way") ? hardware.handOffNs() : hardware.rttNs();
                    row.add(m.count() > 0 && floor > 0 ? m.p50() / floor : null); // no floor: not measured
                    rows.add(row);
                }
            }
        }
        return new Table("latency", "Ring latency (ns, pooled over rounds; ratios: median of per-round ratios with "
                + "their 95 % interval; floor: the cache-line one-way hand-off for one-way, its round trip for round trip)", columns, rows);
    }

    private static void ratioCells(double[] ratios, List<Object> row) {
        if (ratios.length == 0) {
            row.add(null);
            row.add(null);
            return;
        }
        RatioInterval r = RatioInterval.of(ratios);
        row.add(r.median());
        row.add(String.format(Locale.ROOT, "%.3f-%.3f (%.1f %%)", r.low(), r.high(), 100 * r.coverage()));
    }

    private static List<Chart> charts(List<GpuConfig.DetectMode> modes, Map<GpuConfig.DetectMode, List<Side>> sides,
            Map<String, Cells> cells) {
        List<Chart> charts = new ArrayList<>();
        GpuConfig.DetectMode spin = GpuConfig.DetectMode.SPIN;
        for (String measure : MEASURES) {
            List<Chart.Series> series = new ArrayList<>();
            for (Side side : sides.get(spin)) {
                if (!side.again()) {
                    series.add(new Chart.Series(side.name(), new double[0],
                            toDouble(cells.get(key(spin, side.name())).of(measure).pooled().values())));
                }
            }
            charts.add(new Chart("spin-" + measure.replace(' ', '-'), "SPIN firmware, " + measure
                    + " latency by percentile (pooled)", Chart.Kind.LINE, "percentile", "ns", false, true,
                    Summary.LABELS, series));
        }
        List<Chart.Series> byMode = new ArrayList<>();
        for (Side side : sides.get(spin)) {
            if (side.again()) {
                continue;
            }
            double[] y = new double[modes.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = cells.get(key(modes.get(i), side.name())).oneWay().pooled().p50();
            }
            byMode.add(new Chart.Series(side.name(), new double[0], y));
        }
        charts.add(new Chart("oneway-by-mode", "One-way p50 by detection mode (pooled)", Chart.Kind.BAR,
                "detection mode", "ns", false, true, modes.stream().map(Enum::name).toList(), byMode));
        return charts;
    }

    private static String pinning(Affinity a) {
        return a.pinned() ? "on CPU " + a.producerCpu() + ", firmware on CPU " + a.firmwareCpu()
                : "and firmware unpinned";
    }

    /** A point target (a single figure, no interval): {@code measured / baseline} at most {@code limit}. */
    static Target ratio(String id, String description, double measured, double baseline, double limit) {
        return Target.point(id, description, measured / baseline, Target.Bound.AT_MOST, limit, "x", "");
    }

    private static String key(GpuConfig.DetectMode mode, String side) {
        return mode + "|" + side;
    }

    static double[] toDouble(long[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }
}
