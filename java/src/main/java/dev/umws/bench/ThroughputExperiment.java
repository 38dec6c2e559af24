package dev.umws.bench;

import dev.umws.bench.report.Chart;
import dev.umws.bench.report.Section;
import dev.umws.bench.report.Table;
import dev.umws.bench.report.Target;
import dev.umws.gpu.GpuConfig;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Throughput, ring only: packets per second of bench producers in C and in Java
 * ({@link dev.umws.gpu.RingWriter}) writing batches of WRITE_FENCE packets, one ring per batch,
 * for every producer count up to the machine's CPUs, batch 1 and 32, SPIN and BACKOFF; with one
 * producer in SPIN also every other way of ringing ({@link RingVia}), which separates the
 * candidate causes of the ring-by-call collapse at batch 1.
 *
 * <p>Per round and cell one GPU (firmware pinned) with a lane per producer, built in Java; every
 * side rings those lanes in a random order (the C producers through
 * {@code umws_bench_c_throughput_on}). Producer 0 is the runner's thread (pinned with the
 * runner); producer i > 0 a thread pinned round-robin to the CPUs other than the firmware's,
 * the same for both languages. With one producer in SPIN the C and the segment-store producers
 * run twice per round: the A/A controls. Round 0 is a warm-up, not kept. Besides the rate, each
 * run records the producers' CPU time per packet (their threads' CPU clocks), which shows the
 * producer's cost where the rate shows the firmware's pace.
 */
final class ThroughputExperiment implements Experiment {
    static final String ID = "throughput";
    static final String C = "bench producer (C)";
    static final String C_AGAIN = C + ", again";
    static final String JAVA = RingVia.SEGMENT.label;
    static final String JAVA_AGAIN = JAVA + ", again";
    static final double LIMIT = 0.9;
    private static final List<GpuConfig.DetectMode> MODES = List.of(GpuConfig.DetectMode.SPIN,
            GpuConfig.DetectMode.BACKOFF);
    private static final int[] BATCHES = {1, 32};

    @Override
    public String id() {
        return ID;
    }

    /** One producer kind of a cell: C (via null) or Java ringing {@code via}; {@code again}: its A/A rerun. */
    private record Side(String name, RingVia via, boolean again) {
    }

    /** One cell: its sides' rates (packets/s) and CPU ns per packet, round by round. */
    private record Cell(GpuConfig.DetectMode mode, int producers, int batch, List<Side> sides,
            Map<String, CellRounds> rate, Map<String, CellRounds> cpu) {
        String name() {
            return mode + ", " + producers + (producers == 1 ? " producer" : " producers") + ", batch " + batch;
        }

        /** The one-producer SPIN cells carry the controls and the ring-by-call variants. */
        boolean full() {
            return mode == GpuConfig.DetectMode.SPIN && producers == 1;
        }
    }

    /** {@code UMWS_BENCH_MAX_PRODUCERS}. */
    private static final int UMWS_MAX_PRODUCERS = 256;

    /** 1, 2, 4, ... up to the CPUs, and the CPU count itself. */
    static List<Integer> producerCounts(int cpus) {
        TreeSet<Integer> counts = new TreeSet<>();
        for (int p = 1; p <= cpus; p *= 2) {
            counts.add(p);
        }
        counts.add(Math.max(1, Math.min(cpus, UMWS_MAX_PRODUCERS)));
        counts.removeIf(p -> p > UMWS_MAX_PRODUCERS);
        return List.copyOf(counts);
    }

    @Override
    public Section run(Settings s, Progress progress) {
        long durationNs = s.quick() ? 30_000_000L : 300_000_000L;
        int cpus = Hardware.machineCpus();
        List<String> notes = new ArrayList<>();
        List<Side> vias = new ArrayList<>();
        for (RingVia v : RingVia.values()) {
            if (v == RingVia.SEGMENT) {
                continue;
            }
            if (v.unavailable() == null) {
                vias.add(new Side(v.label, v, false));
            } else {
                notes.add(v.label + " not measured: " + v.unavailable());
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (GpuConfig.DetectMode mode : MODES) {
            for (int producers : producerCounts(cpus)) {
                for (int batch : BATCHES) {
                    List<Side> sides = new ArrayList<>(List.of(new Side(C, null, false),
                            new Side(JAVA, RingVia.SEGMENT, false)));
                    if (mode == GpuConfig.DetectMode.SPIN && producers == 1) {
                        sides.add(new Side(C_AGAIN, null, true));
                        sides.add(new Side(JAVA_AGAIN, RingVia.SEGMENT, true));
                        sides.addAll(vias);
                    }
                    Map<String, CellRounds> rate = new LinkedHashMap<>();
                    Map<String, CellRounds> cpu = new LinkedHashMap<>();
                    Cell cell = new Cell(mode, producers, batch, sides, rate, cpu);
                    for (Side side : sides) {
                        rate.put(side.name(), new CellRounds(cell.name() + ", packets/s", side.name()));
                        cpu.put(side.name(), new CellRounds(cell.name() + ", producer CPU ns/packet", side.name()));
                    }
                    cells.add(cell);
                }
            }
        }
        List<String> errors = new ArrayList<>();
        for (int round = 0; round <= s.rounds(); round++) {
            String which = round == 0 ? "warm-up round" : "round " + round + "/" + s.rounds();
            for (Cell cell : RoundOrder.of(cells, s.seed(), round, "throughput cells")) {
                progress.step("throughput, " + which + ", " + cell.name());
                runCell(s, cell, round, durationNs, errors);
            }
        }

        List<Target.Cell> judged = new ArrayList<>();
        List<Target.Control> controls = new ArrayList<>();
        for (Cell cell : cells) {
            int spinning = cell.producers() + 1;
            String reason = spinning > cpus ? "oversubscribed: " + spinning + " spinning threads (producers and "
                    + "firmware) on " + cpus + " CPUs" : null;
            judged.add(CellRounds.cell(cell.name(), cell.rate().get(JAVA), cell.rate().get(C), CellRounds.Round::value,
                    Target.Bound.AT_LEAST, LIMIT, reason));
            if (cell.full()) {
                control("C / C (" + cell.name() + ")", cell.rate().get(C_AGAIN), cell.rate().get(C), controls);
                control("Java / Java (" + cell.name() + ")", cell.rate().get(JAVA_AGAIN), cell.rate().get(JAVA),
                        controls);
            }
        }
        Target target = Target.over("throughput", "packets per second, bench producer Java segment store / C, "
                + "every detection mode, producer count up to the CPUs and batch", Target.Bound.AT_LEAST, LIMIT, "x",
                "producer counts " + producerCounts(cpus) + " on " + cpus + " CPUs", judged, controls);

        List<CellRounds> raw = new ArrayList<>();
        cells.forEach(c -> {
            raw.addAll(c.rate().values());
            raw.addAll(c.cpu().values());
        });
        String text = "Each producer writes batches of 24-byte WRITE_FENCE packets into its own 4 KiB ring, publishes "
                + "WritePointer and rings once per batch, waiting only for ring space (ReadPointer); the count stops "
                + "when the last fence of every lane is visible. Bench producers, not UMDs (no fence after the "
                + "ring, no status read). Per round and cell one GPU with one lane per producer, built in Java; "
                + "the C producers (umws_bench_c_throughput_on) and the Java ones ring the same lanes, "
                + durationNs / 1_000_000 + " ms each, in an order drawn per round from seed " + s.seed() + ". "
                + pinning(s.affinity(), cpus) + " A cell whose spinning threads (producers and the firmware) "
                + "outnumber the " + cpus + " CPUs is shown and not judged: it measures time-slicing. " + s.rounds()
                + " rounds after a warm-up round that is not kept; a ratio is the median of per-round ratios with "
                + "its 95 % order-statistics interval, the rates the median over rounds. The rate is paced by the "
                + "firmware when it is the slower side: the producer CPU time per packet beside it is the "
                + "producer's own cost (near the wall time per packet when it spins for ring space). "
                + byCallNote(cells) + (notes.isEmpty() ? "" : " " + String.join("; ", notes) + ".");
        return new Section(id(), "Throughput, ring only: bench producer (C) vs bench producer (Java, RingWriter)",
                text, List.of(packetsTable(cells), byCallTable(cells)), List.of(chart(cells)), List.of(target),
                List.of(CellRounds.rawTable("raw-throughput", "Throughput, per producer and round (value: packets/s, "
                        + "or producer CPU ns per packet)", raw)), errors);
    }

    private static void runCell(Settings s, Cell cell, int round, long durationNs, List<String> errors) {
        int[] cpus = producerCpus(s.affinity(), cell.producers());
        List<Side> order = RoundOrder.of(cell.sides(), s.seed(), round, "throughput " + cell.name());
        try (JavaRing.Rig rig = new JavaRing.Rig(cell.mode(), cell.producers(), s.affinity())) {
            for (int p = 0; p < order.size(); p++) {
                Side side = order.get(p);
                Conditions.Start start = Conditions.begin();
                long[] r = side.via() == null
                        ? BenchNative.cThroughputOn(rig.gpu.nativeAddress(), cell.mode().code, rig.words(), cpus,
                                durationNs, cell.batch())
                        : JavaRing.throughput(rig, side.via(), durationNs, cell.batch(), cpus);
                Conditions c = Conditions.since(start);
                if (r[0] <= 0 || r[1] <= 0) {
                    errors.add(cell.name() + ", " + side.name() + ", round " + round + ": " + r[0] + " packets in "
                            + r[1] + " ns");
                    continue;
                }
                if (round > 0) {
                    cell.rate().get(side.name()).addValue(round, p, r[0] * 1e9 / r[1], c);
                    cell.cpu().get(side.name()).addValue(round, p, r[2] < 0 ? Double.NaN : (double) r[2] / r[0], c);
                }
            }
        } catch (IllegalStateException e) {
            errors.add(cell.name() + ", round " + round + ": " + e.getMessage() + " (the rest of the round's "
                    + "producers of this cell not run)");
        }
    }

    /**
     * Where producer i runs: -1 for producer 0 (the calling thread, pinned with the runner), then
     * round-robin over the CPUs other than the firmware's, starting after the runner's; all -1
     * when nothing is pinned.
     */
    static int[] producerCpus(Affinity a, int producers) {
        int[] cpus = new int[producers];
        Arrays.fill(cpus, -1);
        if (!a.pinned()) {
            return cpus;
        }
        List<Integer> free = new ArrayList<>();
        int n = Hardware.machineCpus();
        for (int i = 0; i < n; i++) {
            int cpu = (a.producerCpu() + i) % n;
            if (cpu != a.firmwareCpu()) {
                free.add(cpu);
            }
        }
        for (int i = 1; i < producers; i++) {
            cpus[i] = free.get(i % free.size());
        }
        return cpus;
    }

    private static void control(String name, CellRounds again, CellRounds first, List<Target.Control> out) {
        if (CellRounds.ratios(again, first, CellRounds.Round::value).length > 0) {
            out.add(CellRounds.control(name, again, first, CellRounds.Round::value));
        }
    }

    private static Table packetsTable(List<Cell> cells) {
        List<List<Object>> rows = new ArrayList<>();
        for (Cell cell : cells) {
            for (Side side : cell.sides()) {
                if (side.via() != null && side.via() != RingVia.SEGMENT) {
                    continue; // the ring-by-call table
                }
                String against = side.again() ? side.via() == null ? C : JAVA : side.via() == null ? null : C;
                rows.add(row(cell, side, against));
            }
        }
        return new Table("packets", "Packets per second (median over rounds, min and max beside it; ratios: median "
                + "of per-round ratios with their 95 % interval)", columns("against"), rows);
    }

    private static Table byCallTable(List<Cell> cells) {
        List<List<Object>> rows = new ArrayList<>();
        for (Cell cell : cells) {
            if (!cell.full()) {
                continue;
            }
            for (Side side : cell.sides()) {
                if (side.via() != null && !side.again()) {
                    List<Object> row = row(cell, side, C);
                    ratio(cell.rate().get(side.name()), cell.rate().get(JAVA), row);
                    rows.add(row);
                }
            }
        }
        List<String> columns = columns("against");
        columns.addAll(List.of("/ segment store", "95% interval"));
        return new Table("by-call", "Ring by call: every way of ringing from Java, one producer, SPIN (the segment "
                + "store rings by two release stores; the calls add what RingVia lists after the doorbell store)",
                columns, rows);
    }

    private static List<String> columns(String against) {
        return new ArrayList<>(List.of("mode", "producers", "batch", "producer", "rounds", "packets/s", "min", "max",
                "producer CPU ns/packet", against, "ratio", "95% interval"));
    }

    private static List<Object> row(Cell cell, Side side, String against) {
        CellRounds rate = cell.rate().get(side.name());
        double[] v = rate.rounds().stream().mapToDouble(CellRounds.Round::value).toArray();
        double[] cpu = cell.cpu().get(side.name()).rounds().stream().mapToDouble(CellRounds.Round::value)
                .filter(Double::isFinite).toArray();
        List<Object> row = new ArrayList<>(List.of(cell.mode().name(), (long) cell.producers(), (long) cell.batch(),
                side.name(), (long) v.length));
        row.add(v.length == 0 ? null : (Object) Math.round(Summary.median(v)));
        row.add(v.length == 0 ? null : (Object) Math.round(Arrays.stream(v).min().orElse(0)));
        row.add(v.length == 0 ? null : (Object) Math.round(Arrays.stream(v).max().orElse(0)));
        row.add(cpu.length == 0 ? null : (Object) Summary.median(cpu));
        if (against == null) {
            row.addAll(Arrays.asList(null, null, null));
        } else {
            row.add(side.again() ? "its first run" : against);
            ratio(rate, cell.rate().get(against), row);
        }
        return row;
    }

    private static void ratio(CellRounds candidate, CellRounds baseline, List<Object> row) {
        double[] r = CellRounds.ratios(candidate, baseline, CellRounds.Round::value);
        if (r.length == 0) {
            row.add(null);
            row.add(null);
            return;
        }
        RatioInterval ri = RatioInterval.of(r);
        row.add(ri.median());
        row.add(String.format(Locale.ROOT, "%.3f-%.3f (%.1f %%)", ri.low(), ri.high(), 100 * ri.coverage()));
    }

    /** What this run's ring-by-call variants say, in figures (medians of per-round ratios to the segment store). */
    private static String byCallNote(List<Cell> cells) {
        StringBuilder sb = new StringBuilder();
        for (Cell cell : cells) {
            if (!cell.full()) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (Side side : cell.sides()) {
                if (side.via() == null || side.via() == RingVia.SEGMENT) {
                    continue;
                }
                double[] r = CellRounds.ratios(cell.rate().get(side.name()), cell.rate().get(JAVA),
                        CellRounds.Round::value);
                if (r.length > 0) {
                    parts.add(String.format(Locale.ROOT, "%s %.2fx", side.via().name(), RatioInterval.of(r).median()));
                }
            }
            if (!parts.isEmpty()) {
                sb.append(sb.length() == 0 ? "Against the segment store in this run (packets/s, median of per-round "
                        + "ratios): " : "; ").append(cell.name()).append(": ").append(String.join(", ", parts));
            }
        }
        return sb.length() == 0 ? "" : sb.append(".").toString();
    }

    private static Chart chart(List<Cell> cells) {
        List<Chart.Series> series = new ArrayList<>();
        for (int batch : BATCHES) {
            List<Cell> spin = cells.stream().filter(c -> c.mode() == GpuConfig.DetectMode.SPIN && c.batch() == batch)
                    .toList();
            double[] x = spin.stream().mapToDouble(Cell::producers).toArray();
            for (String side : List.of(C, JAVA)) {
                series.add(new Chart.Series((side.equals(C) ? "C" : "Java") + ", batch " + batch, x,
                        spin.stream().mapToDouble(c -> c.rate().get(side).rounds().isEmpty() ? Double.NaN
                                : c.rate().get(side).medianValue()).toArray()));
            }
        }
        return new Chart("producers", "Packets per second vs producer threads (SPIN)", Chart.Kind.LINE,
                "producer threads", "packets/s", false, true, List.of(), series);
    }

    private static String pinning(Affinity a, int cpus) {
        return a.pinned() ? "Producer 0 (the runner's thread) on CPU " + a.producerCpu() + ", firmware on CPU "
                + a.firmwareCpu() + ", further producers pinned round-robin to the other " + (cpus - 1)
                + " CPU(s) (on the producer's CPU when there is no other)."
                : "Nothing pinned.";
    }
}
