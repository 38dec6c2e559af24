package dev.umws.bench;

import dev.umws.abi.Generation;
import dev.umws.bench.report.Chart;
import dev.umws.bench.report.Table;
import dev.umws.bench.report.Target;
import dev.umws.gpu.DoorbellVa;
import dev.umws.gpu.Gpu;
import dev.umws.gpu.GpuConfig;
import dev.umws.gpu.GpuConfig.Placement;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The churn cell of the scaling experiment (issue 13's reconnect target): doorbell victimization
 * through the real stack ({@link ChurnRun}), each cell in every round (the rounds' order drawn
 * from the run's seed), with the floor of a reconnect measured in the same cell and round: a bare
 * D3DKMTConnectDoorbell of an idle queue, what a reconnect must do (the KMD's connect DDI, the
 * victim's disconnect callback, both doorbell VA remaps, the GPU's unbind and bind) without the
 * UMD's retry loop. The target: reconnect p99 / floor p99, paired within each round, at most
 * {@link #FLOOR_LIMIT}, in every cell. The plain ring is shown beside as information.
 *
 * <p>Beside it, the two remaps alone ({@link DoorbellVa#connect} and {@link DoorbellVa#disconnect}
 * on a GPU whose firmware spins on the other CPU), with the TLB-shootdown and function-call
 * interrupts the machine took during them ({@code /proc/interrupts}), to check whether a remap
 * costs an inter-processor interrupt here.
 */
final class ChurnCell {
    /** Issue 13: reconnect p99 at most this multiple of its floor's p99. */
    static final double FLOOR_LIMIT = 2.0;

    /** One churn cell: {@code queues} over {@code doorbells} with {@code placement}. */
    record Cell(Placement placement, int queues, int doorbells) {
        String name() {
            return placement + ", " + queues + " queues / " + doorbells + " doorbell" + (doorbells == 1 ? "" : "s");
        }

        /** SHARED_PAGE's in-page offset is known only at a G3 connect. */
        boolean offered() {
            return placement != Placement.SHARED_PAGE || Generation.SELECTED == Generation.G3;
        }
    }

    /** What the churn measures: its cells, per-round churn time, bare connects and remaps per round. */
    record Sizes(List<Cell> cells, long churnNs, int floorConnects, int remaps) {
    }

    /** The sides of one cell, round by round. */
    private record Sides(Cell cell, CellRounds plain, CellRounds reconnect, CellRounds floor, CellRounds floorOdd,
            CellRounds floorEven, CellRounds rates, long[] submissions, long[] reconnects, long[] elapsed) {
        static Sides of(Cell c) {
            return new Sides(c, new CellRounds(c.name(), "plain ring"), new CellRounds(c.name(), "reconnect ring"),
                    new CellRounds(c.name(), "floor: bare connect"), new CellRounds(c.name(), "floor, odd connects"),
                    new CellRounds(c.name(), "floor, even connects"), new CellRounds(c.name(), "reconnects/s"),
                    new long[1], new long[1], new long[1]);
        }
    }

    private ChurnCell() {
    }

    /** Cells with more queues than doorbells only: each visit reconnects. */
    static Sizes full() {
        List<Cell> cells = new ArrayList<>();
        for (Placement p : Placement.values()) {
            cells.add(new Cell(p, 16, 1));
            cells.add(new Cell(p, 256, 8));
            if (p != Placement.GLOBAL) {
                cells.add(new Cell(p, 1024, 64));
            }
        }
        return new Sizes(cells, 150_000_000L, 100, 200);
    }

    static Sizes quick() {
        List<Cell> cells = new ArrayList<>();
        for (Placement p : Placement.values()) {
            cells.add(new Cell(p, 16, 1));
            cells.add(new Cell(p, 64, 8));
        }
        return new Sizes(cells, 80_000_000L, 50, 100);
    }

    static void run(Experiment.Settings s, Sizes z, Experiment.Progress progress, List<Table> tables,
            List<Chart> charts, List<Target> targets, List<Table> raw, List<String> errors) {
        List<Cell> offered = z.cells().stream().filter(Cell::offered).toList();
        Map<Cell, Sides> sides = new LinkedHashMap<>();
        offered.forEach(c -> sides.put(c, Sides.of(c)));
        CellRounds remapIn = new CellRounds("doorbell VA remap", "connect: BAR page over the rung dummy page");
        CellRounds remapOut = new CellRounds("doorbell VA remap", "disconnect: dummy page over the rung BAR page");
        long[] interrupts = new long[4]; // TLB, CAL during connects; TLB, CAL during disconnects
        long[] remaps = new long[2];
        for (int round = 0; round <= s.rounds(); round++) {
            List<Object> order = new ArrayList<>(offered);
            order.add("remap");
            order = RoundOrder.of(order, s.seed(), round, "churn");
            for (int pos = 0; pos < order.size(); pos++) {
                Object item = order.get(pos);
                if (item instanceof Cell c) {
                    progress.step("churn round " + round + "/" + s.rounds() + (round == 0 ? " (warm-up)" : "") + ": "
                            + c.name());
                    Conditions.Start start = Conditions.begin();
                    ChurnRun.Result r = ChurnRun.run(c.placement(), c.queues(), c.doorbells(), z.churnNs(),
                            z.floorConnects(), BenchKmd.JAVA, s.affinity());
                    Conditions cond = Conditions.since(start);
                    check(c, round, r, errors);
                    if (round > 0) {
                        keep(sides.get(c), round, pos, r, cond);
                    }
                } else {
                    progress.step("churn round " + round + "/" + s.rounds() + ": doorbell VA remaps");
                    remaps(s, z.remaps(), round, pos, round == 0 ? null : new CellRounds[] {remapIn, remapOut},
                            interrupts, remaps);
                }
            }
        }
        report(s, z, offered, sides, remapIn, remapOut, interrupts, remaps, tables, charts, targets, raw, errors);
    }

    /** What cannot happen in a sound run: a lost fence, a broken rule, a cell of more queues than doorbells without a reconnect. */
    static void check(Cell c, int round, ChurnRun.Result r, List<String> errors) {
        String where = "churn " + c.name() + ", round " + round;
        if (!r.allCompleted()) {
            errors.add(where + ": a fence never came");
        }
        if (r.violations() > 0) {
            errors.add(where + ": " + r.violations() + " rule violations");
        }
        if (r.reconnectSamples().length == 0) {
            errors.add(where + ": no reconnect with " + c.queues() + " queues over " + c.doorbells() + " doorbells");
        }
        if (r.floorSamples().length == 0) {
            errors.add(where + ": no bare connect found its queue disconnected");
        }
    }

    private static void keep(Sides d, int round, int pos, ChurnRun.Result r, Conditions cond) {
        if (r.plainSamples().length > 0) {
            d.plain().add(round, pos, r.plainSamples(), cond);
        }
        if (r.reconnectSamples().length > 0) {
            d.reconnect().add(round, pos, r.reconnectSamples(), cond);
        }
        long[] f = r.floorSamples();
        if (f.length > 1) {
            d.floor().add(round, pos, f, cond);
            d.floorOdd().add(round, pos, every(f, 1), cond);
            d.floorEven().add(round, pos, every(f, 0), cond);
        }
        d.rates().addValue(round, pos, r.reconnectsPerSecond(), cond);
        d.submissions()[0] += r.submissions();
        d.reconnects()[0] += r.reconnects();
        d.elapsed()[0] += r.elapsedNs();
    }

    private static long[] every(long[] v, int from) {
        long[] out = new long[(v.length - from + 1) / 2];
        for (int i = from, j = 0; i < v.length; i += 2, j++) {
            out[j] = v[i];
        }
        return out;
    }

    /**
     * Times {@code n} DoorbellVa connects and {@code n} disconnects, alternating, on a GPU whose
     * SPIN firmware runs on the firmware CPU, as in the churn: each is one page remap of the
     * process. The UMD rings before each, so the page being replaced is in the TLB, as in a
     * reconnect. The machine's TLB-shootdown and function-call interrupts are counted around the
     * loop of each kind ({@code sides} null: a warm-up round, nothing kept).
     */
    private static void remaps(Experiment.Settings s, int n, int round, int pos, CellRounds[] sides,
            long[] interrupts, long[] counted) {
        long[] in = new long[n];
        long[] out = new long[n];
        GpuConfig config = GpuConfig.defaults().withDetectMode(GpuConfig.DetectMode.SPIN);
        Conditions.Start start = Conditions.begin();
        try (Gpu gpu = Gpu.create(config)) {
            s.affinity().pinFirmware(gpu);
            DoorbellVa va = gpu.reserveDoorbellVa();
            try {
                MemorySegment slot = va.slot(0, false);
                va.connect(0, false);
                long[] before = Interrupts.read();
                for (int i = 0; i < n; i++) {
                    va.disconnect();
                    slot.set(ValueLayout.JAVA_LONG, 0, 0L); // a ring: the page is in this CPU's TLB
                    long t0 = System.nanoTime();
                    va.connect(0, false);
                    in[i] = System.nanoTime() - t0;
                }
                long[] mid = Interrupts.read();
                for (int i = 0; i < n; i++) {
                    va.connect(0, false);
                    slot.set(ValueLayout.JAVA_LONG, 0, 0L);
                    long t0 = System.nanoTime();
                    va.disconnect();
                    out[i] = System.nanoTime() - t0;
                }
                long[] after = Interrupts.read();
                if (sides != null && before != null && mid != null && after != null) {
                    // each loop makes 2n remaps (the untimed one that sets up each timed one)
                    interrupts[0] += mid[0] - before[0];
                    interrupts[1] += mid[1] - before[1];
                    interrupts[2] += after[0] - mid[0];
                    interrupts[3] += after[1] - mid[1];
                    counted[0] += 2L * n;
                    counted[1] += 2L * n;
                }
            } finally {
                va.release();
            }
        }
        if (sides != null) {
            Conditions cond = Conditions.since(start);
            sides[0].add(round, pos, in, cond);
            sides[1].add(round, pos, out, cond);
        }
    }

    private static void report(Experiment.Settings s, Sizes z, List<Cell> offered, Map<Cell, Sides> sides,
            CellRounds remapIn, CellRounds remapOut, long[] interrupts, long[] remaps, List<Table> tables,
            List<Chart> charts, List<Target> targets, List<Table> raw, List<String> errors) {
        List<List<Object>> rows = new ArrayList<>();
        List<Target.Cell> cells = new ArrayList<>();
        List<Target.Control> controls = new ArrayList<>();
        List<CellRounds> all = new ArrayList<>();
        Map<String, List<double[]>> points = new LinkedHashMap<>();
        double worstPlain = Double.NaN;
        String worstPlainCell = "none";
        for (Cell c : z.cells()) {
            if (!c.offered()) {
                rows.add(notOffered(c));
                continue;
            }
            Sides d = sides.get(c);
            all.addAll(List.of(d.plain(), d.reconnect(), d.floor(), d.floorOdd(), d.floorEven(), d.rates()));
            errors.addAll(d.plain().errors());
            errors.addAll(d.reconnect().errors());
            errors.addAll(d.floor().errors());
            boolean paired = CellRounds.ratios(d.reconnect(), d.floor(), CellRounds::p99).length > 0;
            RatioInterval vsFloor = paired ? RatioInterval.of(CellRounds.ratios(d.reconnect(), d.floor(),
                    CellRounds::p99)) : null;
            RatioInterval vsPlain = CellRounds.ratios(d.reconnect(), d.plain(), CellRounds::p99).length > 0
                    ? RatioInterval.of(CellRounds.ratios(d.reconnect(), d.plain(), CellRounds::p99)) : null;
            if (paired) {
                cells.add(CellRounds.cell(c.name(), d.reconnect(), d.floor(), CellRounds::p99, Target.Bound.AT_MOST,
                        FLOOR_LIMIT));
            } else {
                cells.add(Target.Cell.notJudged(c.name(), Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                        "no round with both reconnects and bare connects"));
            }
            if (CellRounds.ratios(d.floorOdd(), d.floorEven(), CellRounds::p99).length > 0) {
                controls.add(CellRounds.control(c.name() + ": floor p99, odd / even connects",
                        d.floorOdd(), d.floorEven(), CellRounds::p99));
            }
            if (vsPlain != null && !(vsPlain.median() <= worstPlain)) {
                worstPlain = vsPlain.median();
                worstPlainCell = c.name();
            }
            rows.add(row(c, d, vsFloor, vsPlain));
            points.computeIfAbsent(c.placement().name(), k -> new ArrayList<>())
                    .add(new double[] {(double) c.queues() / c.doorbells(), d.rates().rounds().isEmpty() ? 0
                            : d.rates().medianValue()});
        }
        tables.add(new Table("churn", "Victimization churn through Dxgkrnl, ReferenceKmd and UmdQueue ("
                + s.rounds() + " rounds of " + z.churnNs() / 1_000_000 + " ms per cell, after a warm-up round; "
                + "latency of UmdQueue.submit and of a bare D3DKMTConnectDoorbell, ns, pooled over the rounds; ratios: "
                + "median of per-round p99 ratios [95 % order-statistics interval])",
                List.of("placement", "queues", "doorbells", "queues per doorbell", "submissions/s", "reconnects/s",
                        "plain p50", "plain p99", "reconnect p50", "reconnect p99", "reconnect p99.9", "reconnect max",
                        "reconnect samples", "floor p50", "floor p99", "floor samples", "reconnect p99 / floor p99",
                        "low", "high", "reconnect p99 / plain p99 (information)"), rows));
        tables.add(remapTable(remapIn, remapOut, interrupts, remaps));
        raw.add(CellRounds.rawTable("raw-churn", "Churn and its floor, every cell and round", all));
        raw.add(CellRounds.rawTable("raw-remap", "Doorbell VA remaps, every round", List.of(remapIn, remapOut)));
        errors.addAll(remapIn.errors());
        errors.addAll(remapOut.errors());
        List<Chart.Series> series = new ArrayList<>();
        points.forEach((name, pts) -> series.add(new Chart.Series(name, pts.stream().mapToDouble(p -> p[0]).toArray(),
                pts.stream().mapToDouble(p -> p[1]).toArray())));
        charts.add(new Chart("churn-reconnects", "Reconnects per second against queues per doorbell", Chart.Kind.LINE,
                "queues per physical doorbell", "reconnects/s", true, false, List.of(), series));
        Summary in = remapIn.rounds().isEmpty() ? null : remapIn.pooled();
        Summary out = remapOut.rounds().isEmpty() ? null : remapOut.pooled();
        String remapNote = in == null || out == null ? "" : "The two remaps alone take p50 " + us(in.p50()) + " + "
                + us(out.p50()) + " us here (table remap); " + Interrupts.describe(interrupts, remaps) + ". ";
        targets.add(Target.over("reconnect-floor", "Reconnect p99 over its floor's p99 (a bare D3DKMTConnectDoorbell "
                + "of an idle queue in the same cell and round), every churn cell", Target.Bound.AT_MOST, FLOOR_LIMIT,
                "x", "A reconnect ring is the UMD's retry loop (ring into the dummy page, RETRY read, "
                        + "D3DKMTConnectDoorbell, ring again) around the connect, whose victim may still have fences "
                        + "to drain (the firmware runs them, one interrupt each) before its doorbell is taken; the "
                        + "floor is the connect alone with an idle victim. " + remapNote
                        + "Information, not judged: reconnect p99 / plain-ring p99 is " + fmt(worstPlain)
                        + "x at worst (" + worstPlainCell + ")."
                        + (Generation.SELECTED == Generation.G3 ? "" : " SHARED_PAGE is not offered in "
                                + Generation.SELECTED + " (its in-page offset is only known at a G3 connect).")
                        + " GLOBAL: every queue rings the one doorbell; the reference KMD victimizes when the "
                        + "engine's bound queues (MaxQueuesPerEngine, the 'doorbells' column) are all taken.",
                cells, controls));
    }

    private static List<Object> row(Cell c, Sides d, RatioInterval vsFloor, RatioInterval vsPlain) {
        Summary plain = d.plain().rounds().isEmpty() ? null : d.plain().pooled();
        Summary rec = d.reconnect().rounds().isEmpty() ? null : d.reconnect().pooled();
        Summary floor = d.floor().rounds().isEmpty() ? null : d.floor().pooled();
        double seconds = d.elapsed()[0] / 1e9;
        return new ArrayList<>(Arrays.asList(c.placement().name(), (long) c.queues(), (long) c.doorbells(),
                (double) c.queues() / c.doorbells(), seconds > 0 ? d.submissions()[0] / seconds : null,
                seconds > 0 ? d.reconnects()[0] / seconds : null, plain == null ? null : plain.p50(),
                plain == null ? null : plain.p99(), rec == null ? null : rec.p50(), rec == null ? null : rec.p99(),
                rec == null ? null : rec.p999(), rec == null ? null : rec.max(), rec == null ? 0L : rec.count(),
                floor == null ? null : floor.p50(), floor == null ? null : floor.p99(),
                floor == null ? 0L : floor.count(), vsFloor == null ? null : vsFloor.median(),
                vsFloor == null ? null : vsFloor.low(), vsFloor == null ? null : vsFloor.high(),
                vsPlain == null ? null : vsPlain.median()));
    }

    private static List<Object> notOffered(Cell c) {
        List<Object> r = new ArrayList<>(Arrays.asList(c.placement().name(), (long) c.queues(), (long) c.doorbells(),
                (double) c.queues() / c.doorbells()));
        while (r.size() < 19) {
            r.add(null);
        }
        r.add("not offered in " + Generation.SELECTED);
        return r;
    }

    private static Table remapTable(CellRounds in, CellRounds out, long[] interrupts, long[] remaps) {
        List<String> columns = new ArrayList<>(List.of("operation"));
        Summary.LABELS.forEach(l -> columns.add(l + " ns"));
        columns.addAll(List.of("samples", "TLB shootdown interrupts per remap", "function-call interrupts per remap"));
        List<List<Object>> rows = new ArrayList<>();
        CellRounds[] sides = {in, out};
        for (int i = 0; i < 2; i++) {
            List<Object> row = new ArrayList<>(List.of(sides[i].side()));
            if (sides[i].rounds().isEmpty()) {
                while (row.size() < columns.size()) {
                    row.add(null);
                }
            } else {
                Summary m = sides[i].pooled();
                for (long v : m.values()) {
                    row.add(v);
                }
                row.add(m.count());
                row.add(Interrupts.perRemap(interrupts[2 * i], remaps[i]));
                row.add(Interrupts.perRemap(interrupts[2 * i + 1], remaps[i]));
            }
            rows.add(row);
        }
        return new Table("remap", "The remaps a reconnect makes, alone: one doorbell VA remap (SPIN firmware on the "
                + "firmware CPU; pooled over the rounds), with the interrupts the machine took per remap "
                + "(/proc/interrupts, all CPUs)", columns, rows);
    }

    private static String us(long ns) {
        return String.format(Locale.ROOT, "%.1f", ns / 1000.0);
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "n/a";
    }

    /** The machine's TLB-shootdown ("TLB") and function-call ("CAL") interrupts, summed over CPUs (Linux x86). */
    static final class Interrupts {
        private Interrupts() {
        }

        /** {TLB, CAL} now, or null where /proc/interrupts has no such lines. */
        static long[] read() {
            Path p = Path.of("/proc/interrupts");
            if (!Files.isReadable(p)) {
                return null;
            }
            long tlb = -1;
            long cal = -1;
            try {
                for (String line : Files.readAllLines(p)) {
                    String t = line.strip();
                    if (t.startsWith("TLB:")) {
                        tlb = sum(t);
                    } else if (t.startsWith("CAL:")) {
                        cal = sum(t);
                    }
                }
            } catch (IOException e) {
                return null;
            }
            return tlb < 0 || cal < 0 ? null : new long[] {tlb, cal};
        }

        private static long sum(String line) {
            long s = 0;
            for (String f : line.substring(4).strip().split("\\s+")) {
                if (!f.chars().allMatch(Character::isDigit)) {
                    break; // the description
                }
                s += Long.parseLong(f);
            }
            return s;
        }

        static Double perRemap(long count, long remaps) {
            return remaps == 0 ? null : (double) count / remaps;
        }

        /** What the counts say, for the target's note. */
        static String describe(long[] c, long[] remaps) {
            if (remaps[0] + remaps[1] == 0) {
                return "the machine's TLB-shootdown interrupts could not be counted (no /proc/interrupts TLB line)";
            }
            double tlb = (double) (c[0] + c[2]) / (remaps[0] + remaps[1]);
            double cal = (double) (c[1] + c[3]) / (remaps[0] + remaps[1]);
            return String.format(Locale.ROOT, "per remap the machine took %.3f TLB-shootdown interrupts and %.3f "
                    + "function-call interrupts (/proc/interrupts, all CPUs)", tlb, cal)
                    + (tlb < 0.1 ? ": a remap here does not cost a TLB-shootdown IPI (a remote flush, where one is "
                            + "made, goes another way, e.g. a paravirtual flush)" : ": remaps cost TLB-shootdown IPIs");
        }
    }
}
