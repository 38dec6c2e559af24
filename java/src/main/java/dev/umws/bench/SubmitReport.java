package dev.umws.bench;

import dev.umws.bench.report.Section;
import dev.umws.bench.report.Table;
import dev.umws.bench.report.Target;
import dev.umws.gpu.GpuConfig;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import static dev.umws.bench.SubmitExperiment.BATCHES;
import static dev.umws.bench.SubmitExperiment.C;
import static dev.umws.bench.SubmitExperiment.C_AGAIN;
import static dev.umws.bench.SubmitExperiment.JAVA;
import static dev.umws.bench.SubmitExperiment.JAVA_AGAIN;
import static dev.umws.bench.SubmitExperiment.MODES;
import static dev.umws.bench.SubmitExperiment.SIDES;

/**
 * The submit experiment's section: the pooled latency and the rates per side, the three targets
 * over their cells (each a median of per-round Java / C ratios with its 95 % order-statistics
 * interval) with the A/A controls beside them (each UMD's second run in the round against its
 * first), the raw rounds, and the errors.
 */
final class SubmitReport {
    private SubmitReport() {
    }

    static Section section(Experiment.Settings s, SubmitExperiment.Sizes z, int cpus, Map<String, CellRounds> latency,
            Map<String, CellRounds> rate, Map<String, Long> irqOverflows, List<String> measurementErrors) {
        List<String> errors = new ArrayList<>(measurementErrors);
        latency.values().forEach(c -> errors.addAll(c.errors()));

        List<Target.Cell> p50 = new ArrayList<>();
        List<Target.Cell> p99 = new ArrayList<>();
        List<Target.Control> p50Controls = new ArrayList<>();
        List<Target.Control> p99Controls = new ArrayList<>();
        List<List<Object>> latencyRows = new ArrayList<>();
        for (GpuConfig.DetectMode mode : MODES) {
            String cell = mode.name();
            CellRounds c = side(latency, cell, C);
            CellRounds j = side(latency, cell, JAVA);
            p50.add(cell(cell, j, c, CellRounds::p50, Target.Bound.AT_MOST, 1.05, ""));
            p99.add(cell(cell, j, c, CellRounds::p99, Target.Bound.AT_MOST, 1.3, ""));
            control(p50Controls, "C / C, " + cell, side(latency, cell, C_AGAIN), c, CellRounds::p50);
            control(p50Controls, "Java / Java, " + cell, side(latency, cell, JAVA_AGAIN), j, CellRounds::p50);
            control(p99Controls, "C / C, " + cell, side(latency, cell, C_AGAIN), c, CellRounds::p99);
            control(p99Controls, "Java / Java, " + cell, side(latency, cell, JAVA_AGAIN), j, CellRounds::p99);
            for (String sideName : SIDES) {
                CellRounds r = side(latency, cell, sideName);
                Summary m = r.pooled();
                List<Object> row = new ArrayList<>(List.of(cell, sideName, (long) r.rounds().size(), m.count()));
                for (long v : m.values()) {
                    row.add(m.count() == 0 ? null : v);
                }
                row.add(irqOverflows.getOrDefault(cell, 0L));
                latencyRows.add(row);
            }
        }

        List<Target.Cell> rateCells = new ArrayList<>();
        List<Target.Control> rateControls = new ArrayList<>();
        List<List<Object>> rateRows = new ArrayList<>();
        for (int producers : z.producers()) {
            for (int batch : BATCHES) {
                String cell = SubmitExperiment.rateCell(producers, batch);
                boolean over = SubmitExperiment.oversubscribed(producers, cpus);
                CellRounds c = side(rate, cell, C);
                CellRounds j = side(rate, cell, JAVA);
                rateCells.add(cell(cell, j, c, CellRounds.Round::value, Target.Bound.AT_LEAST, 0.9,
                        over ? SubmitExperiment.OVERSUBSCRIBED : ""));
                control(rateControls, "C / C, " + cell, side(rate, cell, C_AGAIN), c, CellRounds.Round::value);
                control(rateControls, "Java / Java, " + cell, side(rate, cell, JAVA_AGAIN), j, CellRounds.Round::value);
                for (String sideName : SIDES) {
                    CellRounds r = side(rate, cell, sideName);
                    double[] v = r.rounds().stream().mapToDouble(CellRounds.Round::value).toArray();
                    boolean none = v.length == 0;
                    rateRows.add(Arrays.asList(cell, (long) producers, (long) batch,
                            over ? "no (" + SubmitExperiment.OVERSUBSCRIBED + ")" : "yes", sideName, (long) v.length,
                            none ? null : r.medianValue(), none ? null : Arrays.stream(v).min().orElseThrow(),
                            none ? null : Arrays.stream(v).max().orElseThrow(),
                            none ? null : r.medianValue() * batch, irqOverflows.getOrDefault(cell, 0L)));
                }
            }
        }

        List<String> latencyColumns = new ArrayList<>(List.of("mode", "UMD", "rounds", "samples"));
        Summary.LABELS.forEach(l -> latencyColumns.add(l + " ns"));
        latencyColumns.add("interrupt records overflowed (all sides)");
        Table latencyTable = new Table(SubmitExperiment.TABLE_LATENCY, "Submit -> fence visible (ns, percentiles of "
                + "all rounds' samples pooled; max is the true max)", latencyColumns, latencyRows);
        Table rateTable = new Table(SubmitExperiment.TABLE_RATE, "Submissions per second, SPIN (median over rounds, "
                + "with min and max; packets = submissions x batch)",
                List.of("cell", "producers", "batch", "judged", "UMD", "rounds", "submissions/s", "min", "max",
                        "packets/s", "interrupt records overflowed (all sides)"), rateRows);

        String controls = "The A/A controls beside each ratio are each UMD's second run in the same round against "
                + "its first (positions drawn at random): a Java / C ratio inside them is not resolved by this run.";
        List<Target> targets = List.of(
                Target.over(SubmitExperiment.TARGET_P50, "UmdQueue.submit / umws_cumd_submit, submit -> fence "
                        + "visible, p50, per detection mode", Target.Bound.AT_MOST, 1.05, "x", controls, p50,
                        p50Controls),
                Target.over(SubmitExperiment.TARGET_P99, "UmdQueue.submit / umws_cumd_submit, submit -> fence "
                        + "visible, p99, per detection mode", Target.Bound.AT_MOST, 1.3, "x", controls, p99,
                        p99Controls),
                Target.over(SubmitExperiment.TARGET_RATE, "Submissions per second, Java UMD / C UMD, per producer "
                        + "count (up to the " + cpus + " CPUs) and batch (SPIN)", Target.Bound.AT_LEAST, 0.9, "x",
                        "cells with more spinning threads (producers + the firmware) than CPUs are shown, not "
                                + "judged. " + controls, rateCells, rateControls));

        List<CellRounds> latencySides = new ArrayList<>(latency.values());
        List<CellRounds> rateSides = new ArrayList<>(rate.values());
        List<Table> raw = List.of(
                CellRounds.rawTable("raw-submit-latency", "Submit -> fence visible, each side's rounds (ns)",
                        latencySides),
                CellRounds.rawTable("raw-submit-rate", "Submissions per second, each side's rounds", rateSides));
        return new Section(SubmitExperiment.ID, "UMD submission: UmdQueue.submit (Java) vs umws_cumd_submit (C)",
                text(s, z, cpus), List.of(latencyTable, rateTable), List.of(), targets, raw, errors);
    }

    private static CellRounds side(Map<String, CellRounds> m, String cell, String side) {
        CellRounds r = m.get(cell + "|" + side);
        return r != null ? r : new CellRounds(cell, side); // no round measured (every one failed)
    }

    /** A target cell from the paired rounds; not judged when no round has both sides, or for {@code reason}. */
    private static Target.Cell cell(String name, CellRounds candidate, CellRounds baseline,
            ToDoubleFunction<CellRounds.Round> figure, Target.Bound bound, double limit, String reason) {
        double[] ratios = CellRounds.ratios(candidate, baseline, figure);
        if (ratios.length == 0) {
            return Target.Cell.notJudged(name, Double.NaN, Double.NaN, Double.NaN, Double.NaN, "no round measured");
        }
        RatioInterval r = RatioInterval.of(ratios);
        return reason.isEmpty() ? Target.Cell.judged(name, r.median(), r.low(), r.high(), r.coverage(), bound, limit)
                : Target.Cell.notJudged(name, r.median(), r.low(), r.high(), r.coverage(), reason);
    }

    private static void control(List<Target.Control> into, String name, CellRounds again, CellRounds first,
            ToDoubleFunction<CellRounds.Round> figure) {
        if (CellRounds.ratios(again, first, figure).length > 0) {
            into.add(CellRounds.control(name, again, first, figure));
        }
    }

    private static String text(Experiment.Settings s, SubmitExperiment.Sizes z, int cpus) {
        return "The submission as a driver makes it, on the same queue for both UMDs: the Java UMD's UmdQueue.submit "
                + "and the C UMD's umws_cumd_submit (reached by one downcall per run, its loop in C) each take the "
                + "next fence value, write a WRITE_FENCE packet with the interrupt flag, store last-queued and the "
                + "write pointer (release), ring (release, then one full fence: a seq_cst store in C), and read the "
                + "doorbell status (acquire). Each cell of each round runs on a fresh OS (Dxgkrnl, the Java reference "
                + "KMD) whose queue the Java UMD made through the thunks (" + SubmitExperiment.RING_BYTES / 1024 + " KiB ring, dedicated "
                + "doorbell page, connected before the first run); the C UMD is handed that queue, so both sides use "
                + "the same ring, control, doorbell, fence and status pages. Four runs per cell and round (C, Java, "
                + "and each again as the A/A control) in an order drawn per round from seed " + s.seed() + "; a "
                + "warm-up round first, not kept, then " + s.rounds() + " rounds. Submit -> fence visible: "
                + z.latencySamples() + " submissions of one fence per run after " + z.warmupSamples() + " not kept, "
                + "each timed from the clock just before the submission to its fence seen by spinning on the "
                + "progress fence (C: clock_gettime(CLOCK_MONOTONIC); Java: System.nanoTime, the same clock on Linux, "
                + "about 2 ns dearer per read); the percentiles are of all rounds' samples pooled, the targets' "
                + "ratios the median of per-round ratios with a 95 % order-statistics interval. Submissions per "
                + "second (SPIN): every producer submits on its own queue (own context and doorbell) for "
                + z.rateNs() / 1_000_000 + " ms, the clock read every " + SubmitLoops.SUBMISSIONS_PER_CLOCK
                + " submissions, until its last fence is visible; the cell's figure is the producers' submissions "
                + "per second summed. Batch b: b WRITE_FENCE packets and one ring per submission: the C UMD's "
                + "umws_cumd_submit(q, b, b); the Java UMD's submit with b - 1 of those packets as its commands before "
                + "its own fence (the same packets, interrupts and ring; they write the fence's current value, so only "
                + "the last moves it). Each UMD keeps its own ring-space rule: the C UMD waits for room for twice "
                + "its batch, the Java UMD for 256 bytes or its commands and fence. Every fence raises an interrupt "
                + "on both sides (the OS's ISR, DPC and interrupt threads run too). Pinning: "
                + s.affinity().describe() + (s.affinity().pinned() ? "; the GPU's interrupt thread on the firmware's CPU "
                + "(the ISR never preempts the producer); each OS started from an unpinned thread, so that its DPC "
                + "thread is the scheduler's to place (a thread inherits its creator's CPUs)" : "") + "; producers "
                + "beyond the first on the CPUs after the firmware's where the machine has them, unpinned otherwise. Producer counts: " + z.producers() + " of " + cpus
                + " CPUs; a cell with more spinning threads (producers + the firmware's) than CPUs is "
                + "oversubscribed: shown, not judged. A fence not seen within " + z.timeoutNs() / 1_000_000
                + " ms, an impossible sample, or a rule violation is an error of the run.";
    }
}
