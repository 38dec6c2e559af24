package dev.umws.bench;

import dev.umws.bench.ScanCell.Layout;
import dev.umws.bench.ScanCell.Stats;
import dev.umws.bench.ScanCell.Variant;
import dev.umws.bench.ScanNative.Floor;
import dev.umws.bench.ScanNative.Mechanism;
import dev.umws.bench.ScanNative.Scan;
import dev.umws.bench.report.Chart;
import dev.umws.bench.report.Table;
import dev.umws.bench.report.Target;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.umws.bench.ScanCell.QUEUES;
import static dev.umws.bench.ScanCell.Stats.cell;
import static dev.umws.bench.ScanCell.Stats.format;

/**
 * The scan cell's figures from its rounds: per layout the scan before and after against its
 * floor ({@code scan-floor}), each mechanism's share ({@code scan-mechanisms}), every window and
 * floor probe as measured ({@code scan-rounds}), and the issue 13 target. Ratios are paired: each
 * is taken within one round, then the median and range over rounds are reported.
 */
final class ScanTables {
    private final List<Variant> variants;
    private final Map<Variant, Scan[][]> scans;
    private final Map<Variant, long[]> invalid;
    private final Map<Layout, Floor[]> floors;
    private final int rounds;

    private ScanTables(List<Variant> variants, Map<Variant, Scan[][]> scans, Map<Variant, long[]> invalid,
            Map<Layout, Floor[]> floors, int rounds) {
        this.variants = variants;
        this.scans = scans;
        this.invalid = invalid;
        this.floors = floors;
        this.rounds = rounds;
    }

    static void report(List<Variant> variants, Map<Variant, Scan[][]> scans, Map<Variant, long[]> invalid,
            Map<Layout, Floor[]> floors, int rounds, long durationNs, List<Table> tables, List<Chart> charts,
            List<Target> targets, List<Table> raw, List<String> errors) {
        ScanTables t = new ScanTables(variants, scans, invalid, floors, rounds);
        t.report(durationNs, tables, charts, targets);
        raw.add(t.raw());
        errors.addAll(t.errors());
    }

    /**
     * A window still without a scan after its retries is not an impossible sample (the firmware
     * thread got no CPU in it: a starved machine), so its round just has no figure (counted in the
     * tables); a layout left with no valid round at all cannot be judged, and that is an error.
     */
    private List<String> errors() {
        List<String> e = new ArrayList<>();
        for (Layout l : Layout.values()) {
            if (Stats.valid(ratio(ns(named(l, "default"), 1), wholeFloor(named(l, "default")))).length == 0) {
                e.add("scan " + l.label + ": no round with a scan in every window of its default scan");
            }
        }
        return e;
    }

    // ---- per-round series ------------------------------------------------------------------------

    /** ns per scan per round, at 1 queue ({@code at} 0) or at {@link ScanCell#QUEUES} (1); NaN: invalid window. */
    private double[] ns(Variant v, int at) {
        return Arrays.stream(scans.get(v)[at]).mapToDouble(Scan::nsPerScan).toArray();
    }

    private double[] perIdleQueue(Variant v) {
        double[] one = ns(v, 0);
        double[] many = ns(v, 1);
        double[] out = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            out[r] = (many[r] - one[r]) / (QUEUES - 1);
        }
        return out;
    }

    /** a[r] / b[r] per round. */
    private double[] ratio(double[] a, double[] b) {
        double[] out = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            out[r] = a[r] / b[r];
        }
        return out;
    }

    private double[] floorPaged(Layout l) {
        return Arrays.stream(floors.get(l)).mapToDouble(Floor::pagedNs).toArray();
    }

    /** The floor of a whole scan of {@link ScanCell#QUEUES} queues per round: v's 1-queue scan plus the doorbells. */
    private double[] wholeFloor(Variant v) {
        double[] one = ns(v, 0);
        double[] per = floorPaged(v.layout());
        double[] out = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            out[r] = one[r] + (QUEUES - 1) * per[r];
        }
        return out;
    }

    private long invalidWindows(Variant v) {
        return invalid.get(v)[0];
    }

    /** The mechanisms in force in v's first valid window at {@link ScanCell#QUEUES} queues. */
    private int inForce(Variant v) {
        return Arrays.stream(scans.get(v)[1]).filter(Scan::valid).mapToInt(Scan::inForce).findFirst().orElse(0);
    }

    private Variant named(Layout l, String name) {
        return variants.stream().filter(v -> v.layout() == l && v.name().equals(name)).findFirst().orElseThrow();
    }

    private Variant before(Layout l) {
        return named(l == Layout.DEDICATED_LINE_SPREAD ? Layout.DEDICATED_PAGE_START : l, "plain");
    }

    // ---- tables --------------------------------------------------------------------------------

    private void report(long durationNs, List<Table> tables, List<Chart> charts, List<Target> targets) {
        List<List<Object>> floorRows = new ArrayList<>();
        List<Target.Cell> cells = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        boolean hugeGranted = false;
        for (Layout l : Layout.values()) {
            Variant after = named(l, "default");
            Variant old = before(l);
            double[] per = perIdleQueue(after);
            double[] speedUp = ratio(ns(old, 1), ns(after, 1));
            double[] whole = ratio(ns(after, 1), wholeFloor(after));
            double[] perFloor = ratio(per, floorPaged(l));
            double cache = Stats.median(Arrays.stream(floors.get(l)).mapToDouble(Floor::cacheNs).toArray());
            double walks = Stats.median(Arrays.stream(floors.get(l)).mapToDouble(Floor::walkNs).toArray());
            double floor = Stats.median(floorPaged(l));
            double ratio = Stats.median(whole);
            double ns = Stats.median(per);
            boolean aimMet = l == Layout.GLOBAL ? ratio <= ScanCell.FLOOR_LIMIT : ns <= l.aimNs();
            hugeGranted |= (inForce(after) & Mechanism.HUGE_VIEW.bit) != 0;
            double[] valid = Stats.valid(whole);
            if (valid.length == 0) {
                cells.add(Target.Cell.notJudged(l.label, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                        "no round with a valid window"));
            } else {
                RatioInterval iv = RatioInterval.of(valid);
                cells.add(Target.Cell.judged(l.label, iv.median(), iv.low(), iv.high(), iv.coverage(),
                        Target.Bound.AT_MOST, ScanCell.FLOOR_LIMIT));
            }
            floorRows.add(Arrays.asList(l.label, l.placement.name(), Mechanism.describe(inForce(after)),
                    cell(Stats.median(perIdleQueue(old))), cell(ns), cell(Stats.min(per)), cell(Stats.max(per)),
                    cell(Stats.median(speedUp)), cell(Stats.min(speedUp)), cell(Stats.max(speedUp)),
                    cell(l == Layout.GLOBAL ? 0.0 : cache), cell(l == Layout.GLOBAL ? 0.0 : walks), cell(floor),
                    cell(ratio), cell(Stats.min(whole)), cell(Stats.max(whole)),
                    l == Layout.GLOBAL ? null : cell(Stats.median(perFloor)),
                    l == Layout.GLOBAL ? "flat" : format(l.aimNs()), aimMet ? "yes" : "no",
                    (long) Stats.valid(whole).length));
            note.append(l.label).append(": ").append(format(ns)).append(" ns per idle queue (before ")
                    .append(format(Stats.median(perIdleQueue(old)))).append("), floor ").append(format(floor))
                    .append(" ns per doorbell (cache ").append(format(cache)).append(" + page walks ")
                    .append(format(walks)).append("), scan/floor ").append(format(ratio)).append("x; ");
        }
        tables.add(new Table("scan-floor", "The scan at " + QUEUES + " idle bound queues before (the plain scan, "
                + "doorbells where they were) and after (this build's mechanisms), against its floor on this machine ("
                + "medians and ranges over " + rounds + " interleaved rounds of " + durationNs / 1_000_000
                + " ms; ratios paired within a round; ns from the firmware thread's CPU time)",
                List.of("layout", "placement", "mechanisms in force", "ns per idle queue before", "ns per idle queue",
                        "ns per idle queue min", "ns per idle queue max", "speed-up", "speed-up min", "speed-up max",
                        "floor: cache ns", "floor: page walks ns", "floor ns per doorbell", "scan / floor",
                        "scan / floor min", "scan / floor max", "per idle queue / floor", "aim ns per idle queue",
                        "aim met", "valid rounds"), floorRows));
        mechanisms(tables, charts);
        targets.add(Target.over("scan-floor", "Firmware ns/scan with " + QUEUES + " idle bound queues over the floor "
                + "of such a scan on this machine, every layout (issue 13: every placement within "
                + ScanCell.FLOOR_LIMIT + "x; median of per-round ratios, order-statistics interval)",
                Target.Bound.AT_MOST, ScanCell.FLOOR_LIMIT, "x",
                note + "every layout counts, G3's line per page included. The floor of a scan of N queues is the "
                        + "same round's 1-queue scan plus N - 1 doorbell loads at the floor (GLOBAL: none, so its "
                        + "ratio says whether it stays flat). Aims: dedicated <= " + ScanCell.AIM_DEDICATED_NS
                        + " ns and shared <= " + ScanCell.AIM_SHARED_NS + " ns per idle queue (table scan-floor, "
                        + "column 'aim met'). Huge pages under the GPU's view of the BAR: "
                        + (hugeGranted ? "granted by this OS." : "not granted by this OS for shared memory, so the "
                                + "view kept small pages (the floor's page-walk part is what they would save)."),
                cells, List.of()));
    }

    /** Each variant at {@link ScanCell#QUEUES} queues against the scan before and the layout's plain scan. */
    private void mechanisms(List<Table> tables, List<Chart> charts) {
        List<List<Object>> rows = new ArrayList<>();
        Set<String> categories = new LinkedHashSet<>();
        for (Variant v : variants) {
            double[] per = perIdleQueue(v);
            double[] vsBefore = ratio(ns(before(v.layout()), 1), ns(v, 1));
            double[] vsPlain = ratio(ns(named(v.layout(), "plain"), 1), ns(v, 1));
            rows.add(Arrays.asList(v.layout().label, v.name(), Mechanism.describe(v.mechanisms()),
                    Mechanism.describe(inForce(v)), cell(Stats.median(ns(v, 0))), cell(Stats.median(ns(v, 1))),
                    cell(Stats.median(per)), cell(Stats.min(per)), cell(Stats.max(per)), cell(Stats.median(vsBefore)),
                    cell(Stats.min(vsBefore)), cell(Stats.max(vsBefore)), cell(Stats.median(vsPlain)),
                    invalidWindows(v)));
            if (v.layout() != Layout.GLOBAL) {
                categories.add(v.name());
            }
        }
        tables.add(new Table("scan-mechanisms", "Each mechanism at " + QUEUES + " idle bound queues: ns per idle "
                + "queue and speed-ups (ns/scan of the reference over this one, paired within a round; 'before' is "
                + "the plain scan over the doorbells as they sat before, page start for dedicated pages)",
                List.of("layout", "variant", "mechanisms asked", "mechanisms in force", "ns/scan at 1",
                        "ns/scan at " + QUEUES, "ns per idle queue", "ns per idle queue min", "ns per idle queue max",
                        "speed-up vs before", "speed-up vs before min", "speed-up vs before max",
                        "speed-up vs plain", "invalid windows (measured again)"), rows));
        List<String> names = List.copyOf(categories);
        List<Chart.Series> series = new ArrayList<>();
        for (Layout l : Layout.values()) {
            if (l == Layout.GLOBAL) {
                continue;
            }
            double[] y = new double[names.size()];
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                y[i] = variants.stream().filter(v -> v.layout() == l && v.name().equals(name)).findFirst()
                        .map(v -> Stats.median(perIdleQueue(v))).orElse(Double.NaN);
            }
            series.add(new Chart.Series(l.label, new double[0], y));
        }
        charts.add(new Chart("scan-mechanisms", "ns per idle queue at " + QUEUES + " bound queues, by mechanism",
                Chart.Kind.BAR, "scan", "ns per idle queue", false, false, names, series));
    }

    /** Every window and floor probe as measured, for the report's raw data. */
    private Table raw() {
        List<List<Object>> rows = new ArrayList<>();
        for (Layout l : Layout.values()) {
            Floor[] f = floors.get(l);
            for (int r = 0; r < rounds; r++) {
                rows.add(Arrays.asList(l.label, "floor", (long) r + 1, (long) QUEUES, null, null, null, null,
                        cell(f[r].cacheNs()), cell(f[r].pagedNs())));
            }
        }
        for (Variant v : variants) {
            Scan[][] s = scans.get(v);
            for (int at = 0; at < 2; at++) {
                for (int r = 0; r < rounds; r++) {
                    Scan w = s[at][r];
                    rows.add(Arrays.asList(v.layout().label, v.name(), (long) r + 1, at == 0 ? 1L : (long) QUEUES,
                            w.scans(), w.cpuKnown() ? w.firmwareCpuNs() : null, w.elapsedNs(),
                            Mechanism.describe(w.inForce()), null, null));
                }
            }
        }
        return new Table("raw-scan-rounds", "The scan cell's raw data: every window of the rig (scans, the firmware "
                + "thread's CPU ns, wall ns) and every floor probe (ns per doorbell), by round",
                List.of("layout", "variant", "round", "bound queues", "scans", "firmware CPU ns", "elapsed ns",
                        "mechanisms in force", "floor: cache ns", "floor: paged ns"), rows);
    }
}
