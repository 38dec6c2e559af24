package dev.umws.bench;

import dev.umws.bench.ScanNative.Floor;
import dev.umws.bench.ScanNative.Mechanism;
import dev.umws.bench.ScanNative.Scan;
import dev.umws.bench.report.Chart;
import dev.umws.bench.report.Table;
import dev.umws.bench.report.Target;
import dev.umws.gpu.GpuConfig.Placement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The firmware scan cell of the scaling experiment (issues 5 and 13): a scan's cost against the
 * number of idle bound queues; each mechanism of the faster scan against the plain scan it
 * replaced; and the scan against its floor on the machine it runs on.
 *
 * <p>All of it is C (no Java on the path): a SPIN firmware scans N idle bound queues while the
 * calling thread sleeps ({@code umws_bench_scan_tuned}). ns per scan is the firmware thread's CPU
 * time over the scans the engine counted, so that time the thread spends preempted on a shared
 * machine is not counted (wall time where the OS keeps no thread time; wall figures are reported
 * beside). A window without a scan is an error of the run: counted, and measured again (at most
 * {@link #RETRIES} times), never a sample.
 *
 * <p>The floor ({@code umws_bench_scan_floor}, measured in every round): per doorbell, a loop
 * that only loads the same doorbells' words, laid out alike, once under huge pages (the cache
 * level the lines fit in, misses overlapped) and once in a small-page BAR (plus the page walks
 * where the pages exceed the TLB's reach). The floor of a whole scan of N queues is then the
 * same round's 1-queue scan (what a scan pays whatever the queues) plus N - 1 doorbells at the
 * floor; GLOBAL's idle scan loads no doorbell per queue, so its floor is its 1-queue scan.
 */
final class ScanCell {
    static final int QUEUES = 4096;
    /** Issue 13: every placement's scan within this multiple of its floor at {@link #QUEUES}. */
    static final double FLOOR_LIMIT = 1.5;
    /** Issue 13's aims, ns per idle queue at {@link #QUEUES}: dedicated pages, shared pages. */
    static final double AIM_DEDICATED_NS = 2.0;
    static final double AIM_SHARED_NS = 0.5;
    private static final int[] SWEEP = {1, 4, 16, 64, 256, 1024, 4096};
    private static final int[] SWEEP_QUICK = {1, 16, 256, 4096};
    /** Windows measured again after one without a scan (the firmware thread never ran in it). */
    static final int RETRIES = 4;

    /** A doorbell layout: a placement and, for dedicated pages, where in its page a doorbell sits. */
    enum Layout {
        DEDICATED_PAGE_START(Placement.DEDICATED_PAGE, 0, "DEDICATED_PAGE, page start (G1, G2)"),
        DEDICATED_LINE_SPREAD(Placement.DEDICATED_PAGE, Mechanism.LINE_SPREAD.bit, "DEDICATED_PAGE, a line per page (G3)"),
        SHARED_PAGE(Placement.SHARED_PAGE, 0, "SHARED_PAGE"),
        GLOBAL(Placement.GLOBAL, 0, "GLOBAL");

        final Placement placement;
        final int bits;
        final String label;

        Layout(Placement placement, int bits, String label) {
            this.placement = placement;
            this.bits = bits;
            this.label = label;
        }

        double aimNs() {
            return switch (placement) {
                case DEDICATED_PAGE -> AIM_DEDICATED_NS;
                case SHARED_PAGE -> AIM_SHARED_NS;
                case GLOBAL -> 0.0;
            };
        }
    }

    /** A scan measured at 1 and at {@link #QUEUES} idle queues in every round. */
    record Variant(Layout layout, String name, int mechanisms) {
    }

    private ScanCell() {
    }

    /** The variants, the plain scan of each layout first, this build's scan named "default". */
    static List<Variant> variants(boolean quick) {
        int defaults = ScanNative.defaults() & ~Mechanism.LINE_SPREAD.bit; // the layout says where doorbells sit
        List<Variant> v = new ArrayList<>();
        for (Layout l : Layout.values()) {
            v.add(new Variant(l, "plain", l.bits));
            if (l != Layout.GLOBAL && !quick) {
                for (Mechanism m : new Mechanism[] {Mechanism.FOLD, Mechanism.ALTERNATE, Mechanism.PREFETCH,
                        Mechanism.HUGE_VIEW}) {
                    v.add(new Variant(l, "+" + m.label, l.bits | m.bit));
                }
            }
            v.add(new Variant(l, "default", l.bits | defaults));
            if (l != Layout.GLOBAL && !quick && (defaults & Mechanism.PREFETCH.bit) == 0) {
                v.add(new Variant(l, "default+prefetch", l.bits | defaults | Mechanism.PREFETCH.bit));
            }
        }
        return v;
    }

    static void run(Experiment.Settings s, Experiment.Progress progress, List<Table> tables, List<Chart> charts,
            List<Target> targets, List<Table> raw, List<String> errors) {
        int cpu = s.affinity().firmwareCpu();
        sweep(s, progress, tables, charts, raw, cpu);
        int rounds = s.rounds();
        long durationNs = s.quick() ? 20_000_000L : 60_000_000L;
        int repeats = s.quick() ? 2 : 6;
        List<Variant> variants = variants(s.quick());
        Map<Variant, Scan[][]> scans = new LinkedHashMap<>(); // [0: 1 queue, 1: QUEUES][round]
        Map<Variant, long[]> invalid = new LinkedHashMap<>();
        variants.forEach(v -> {
            scans.put(v, new Scan[2][rounds]);
            invalid.put(v, new long[1]);
        });
        Map<Layout, Floor[]> floors = new LinkedHashMap<>();
        for (Layout l : Layout.values()) {
            floors.put(l, new Floor[rounds]);
        }
        for (Variant v : variants) { // the warm-up round: pages faulted in, caches and the clock settled; not kept
            window(v.layout().placement, QUEUES, v.mechanisms(), durationNs / 2, new long[1], cpu);
        }
        for (int r = 0; r < rounds; r++) {
            progress.step("scan mechanisms and floor, round " + (r + 1) + "/" + rounds);
            boolean reverse = r % 2 == 1; // ABBA over rounds: drift does not favour either end of the list
            if (!reverse) {
                measureFloors(floors, r, repeats);
            }
            for (int k = 0; k < variants.size(); k++) {
                Variant v = variants.get(reverse ? variants.size() - 1 - k : k);
                long ns = judged(v) ? durationNs : durationNs / 2; // the ablations only inform: shorter windows
                scans.get(v)[0][r] = window(v.layout().placement, 1, v.mechanisms(), ns, invalid.get(v), cpu);
                scans.get(v)[1][r] = window(v.layout().placement, QUEUES, v.mechanisms(), ns, invalid.get(v), cpu);
            }
            if (reverse) {
                measureFloors(floors, r, repeats);
            }
        }
        ScanTables.report(variants, scans, invalid, floors, rounds, durationNs, tables, charts, targets, raw, errors);
    }

    /** The variants the target and the scan-floor table use: each layout's plain and default scan. */
    static boolean judged(Variant v) {
        return v.name().equals("plain") || v.name().equals("default");
    }

    /**
     * One window of the rig, its firmware on {@code cpu} (-1: unpinned); one without a scan counts
     * in {@code invalid[0]} and is measured again. A window still without a scan after
     * {@link #RETRIES} is returned invalid: its round has no figure, and the run an error.
     */
    static Scan window(Placement placement, int queues, int mechanisms, long durationNs, long[] invalid, int cpu) {
        Scan scan = ScanNative.scan(placement, queues, mechanisms, durationNs, cpu);
        for (int retry = 0; !scan.valid() && retry < RETRIES; retry++) {
            invalid[0]++;
            scan = ScanNative.scan(placement, queues, mechanisms, durationNs, cpu);
        }
        if (!scan.valid()) {
            invalid[0]++;
        }
        return scan;
    }

    private static void measureFloors(Map<Layout, Floor[]> floors, int round, int repeats) {
        for (Layout l : Layout.values()) {
            floors.get(l)[round] = ScanNative.floor(l.placement, QUEUES, l.bits, repeats);
        }
    }

    /** The default scan against the number of idle bound queues, per placement (issue 5's figure). */
    private static void sweep(Experiment.Settings s, Experiment.Progress progress, List<Table> tables,
            List<Chart> charts, List<Table> raw, int cpu) {
        int[] counts = s.quick() ? SWEEP_QUICK : SWEEP;
        int rounds = s.quick() ? 1 : Math.max(1, Math.min(s.rounds(), 3));
        List<List<Object>> rawRows = new ArrayList<>();
        long durationNs = s.quick() ? 30_000_000L : 100_000_000L;
        int defaults = ScanNative.defaults();
        Placement[] placements = Placement.values();
        double[][][] cpuNs = new double[placements.length][counts.length][rounds];
        double[][][] wall = new double[placements.length][counts.length][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int c = 0; c < counts.length; c++) {
                progress.step("scan cost round " + (r + 1) + "/" + rounds + ": " + counts[c] + " idle queues");
                for (int p = 0; p < placements.length; p++) {
                    long[] invalid = new long[1];
                    Scan scan = window(placements[p], counts[c], defaults, durationNs, invalid, cpu);
                    cpuNs[p][c][r] = scan.nsPerScan();
                    wall[p][c][r] = scan.wallNsPerScan();
                    rawRows.add(Arrays.asList(placements[p].name(), (long) counts[c], (long) r + 1, scan.scans(),
                            scan.cpuKnown() ? scan.firmwareCpuNs() : null, scan.elapsedNs(), invalid[0]));
                }
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> flatRows = new ArrayList<>();
        List<Chart.Series> series = new ArrayList<>();
        int last = counts.length - 1;
        for (int p = 0; p < placements.length; p++) {
            double[] ns = new double[counts.length];
            double[] x = new double[counts.length];
            for (int c = 0; c < counts.length; c++) {
                ns[c] = Stats.median(cpuNs[p][c]);
                x[c] = counts[c];
            }
            for (int c = 0; c < counts.length; c++) {
                Double slope = counts[c] == 1 ? null : Stats.cell((ns[c] - ns[0]) / (counts[c] - 1));
                rows.add(Arrays.asList(placements[p].name(), (long) counts[c], Stats.cell(ns[c]),
                        Stats.cell(1e9 / ns[c]), slope, Stats.cell(Stats.median(wall[p][c]))));
            }
            flatRows.add(Arrays.asList(placements[p].name(), Stats.cell(ns[0]), Stats.cell(ns[last]),
                    Stats.cell(ns[last] / ns[0]), Stats.cell((ns[last] - ns[0]) / (counts[last] - 1))));
            series.add(new Chart.Series(placements[p].name(), x, ns));
        }
        tables.add(new Table("scan-cost", "Firmware ns per scan (its thread's CPU time) against idle bound queues: "
                + "this build's scan (" + Mechanism.describe(defaults) + "), SPIN, median of " + rounds + " rounds of "
                + durationNs / 1_000_000 + " ms",
                List.of("placement", "bound queues", "ns/scan", "scans/s", "ns per idle queue (vs 1 queue)",
                        "ns/scan, wall clock"), rows));
        tables.add(new Table("scan-flat", "Scan cost at " + counts[last] + " idle queues against 1",
                List.of("placement", "ns/scan at 1", "ns/scan at " + counts[last], "ratio", "ns per idle queue"),
                flatRows));
        charts.add(new Chart("scan-cost", "Firmware ns per scan against idle bound queues", Chart.Kind.LINE,
                "idle bound queues", "ns per scan", true, true, List.of(), series));
        raw.add(new Table("raw-scan-sweep", "The scan sweep's raw data: every window (scans, the firmware thread's "
                + "CPU ns, wall ns) by round", List.of("placement", "bound queues", "round", "scans",
                        "firmware CPU ns", "elapsed ns", "windows without a scan (measured again)"), rawRows));
    }

    /** Medians and ranges over rounds; NaN (an invalid window) is left out and counted. */
    static final class Stats {
        private Stats() {
        }

        static double[] valid(double[] values) {
            return Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        }

        /** The median of the finite values (the mean of the middle two for an even count); NaN when none. */
        static double median(double[] values) {
            double[] v = valid(values);
            if (v.length == 0) {
                return Double.NaN;
            }
            return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }

        static double min(double[] values) {
            double[] v = valid(values);
            return v.length == 0 ? Double.NaN : v[0];
        }

        static double max(double[] values) {
            double[] v = valid(values);
            return v.length == 0 ? Double.NaN : v[v.length - 1];
        }

        /** A table cell: null for "not measured" (NaN, infinite). */
        static Double cell(double value) {
            return Double.isFinite(value) ? value : null;
        }

        static String format(double value) {
            return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "n/a";
        }
    }
}
