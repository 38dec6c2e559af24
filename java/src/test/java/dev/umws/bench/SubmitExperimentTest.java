package dev.umws.bench;

import dev.umws.bench.report.Report;
import dev.umws.bench.report.Section;
import dev.umws.bench.report.Table;
import dev.umws.bench.report.Target;
import dev.umws.bench.report.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The submit experiment at tiny sizes: its structure (each target over every cell it names, with
 * intervals, the A/A controls beside it, every side's rounds in the raw tables) and its error
 * path (an impossible sample, a fence that never arrives: errors of the run, never samples).
 * Never its speed.
 */
class SubmitExperimentTest {
    private static final int ROUNDS = 3;
    private static final List<Integer> PRODUCERS = List.of(1, 2);
    private static final SubmitExperiment.Sizes TINY = new SubmitExperiment.Sizes(200, 20, 20_000_000L, PRODUCERS,
            5_000_000_000L);
    private static final Experiment.Settings SETTINGS = new Experiment.Settings(false, ROUNDS, 200);
    private static Section section;
    private static final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void runTiny() {
        section = new SubmitExperiment(TINY, SubmitExperiment.Fault.NONE).run(SETTINGS, progress::add);
    }

    private static Target target(Section s, String id) {
        return s.targets().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no target " + id));
    }

    private static Table table(List<Table> tables, String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + id));
    }

    @Test
    void aCleanRunHasNoErrors() {
        assertEquals(List.of(), section.errors());
        assertTrue(progress.stream().anyMatch(p -> p.contains("warm-up round")), progress.toString());
        assertTrue(progress.stream().anyMatch(p -> p.contains("round " + ROUNDS + "/" + ROUNDS)), progress.toString());
    }

    @Test
    void latencyTargetsCoverEveryDetectionModeWithIntervalsAndControls() {
        for (String id : List.of(SubmitExperiment.TARGET_P50, SubmitExperiment.TARGET_P99)) {
            Target t = target(section, id);
            assertEquals(SubmitExperiment.MODES.stream().map(Enum::name).toList(),
                    t.cells().stream().map(Target.Cell::name).toList(), id);
            for (Target.Cell c : t.cells()) {
                assertTrue(c.low() <= c.median() && c.median() <= c.high(), id + " " + c);
                assertTrue(c.median() > 0, id + " " + c);
                assertTrue(c.verdict() != Verdict.NOT_JUDGED, id + " " + c);
            }
            // C against C and Java against Java, per mode
            assertEquals(2 * SubmitExperiment.MODES.size(), t.controls().size(), id);
            assertTrue(t.controls().stream().anyMatch(c -> c.name().startsWith("C / C")), id);
            assertTrue(t.controls().stream().anyMatch(c -> c.name().startsWith("Java / Java")), id);
        }
    }

    @Test
    void rateTargetCoversEveryProducerCountAndBatchAndJudgesNoOversubscribedCell() {
        Target t = target(section, SubmitExperiment.TARGET_RATE);
        assertEquals(PRODUCERS.size() * SubmitExperiment.BATCHES.size(), t.cells().size());
        int cpus = SubmitExperiment.cpus(Affinity.NONE);
        for (int p : PRODUCERS) {
            for (int b : SubmitExperiment.BATCHES) {
                Target.Cell c = t.cells().stream().filter(x -> x.name().equals(SubmitExperiment.rateCell(p, b)))
                        .findFirst().orElseThrow(() -> new AssertionError("no cell for " + p + " x " + b));
                assertTrue(c.median() > 0 && c.low() <= c.median() && c.median() <= c.high(), c.toString());
                if (SubmitExperiment.oversubscribed(p, cpus)) {
                    assertEquals(Verdict.NOT_JUDGED, c.verdict(), c.toString());
                    assertEquals(SubmitExperiment.OVERSUBSCRIBED, c.reason(), c.toString());
                } else {
                    assertTrue(c.verdict() != Verdict.NOT_JUDGED, c.toString());
                }
            }
        }
        assertEquals(2 * t.cells().size(), t.controls().size());
    }

    @Test
    void rawTablesHoldEverySideOfEveryCellInEveryRound() {
        int sides = SubmitExperiment.SIDES.size();
        Table latency = table(section.raw(), "raw-submit-latency");
        assertEquals(SubmitExperiment.MODES.size() * sides * ROUNDS, latency.rows().size());
        Table rate = table(section.raw(), "raw-submit-rate");
        assertEquals(PRODUCERS.size() * SubmitExperiment.BATCHES.size() * sides * ROUNDS, rate.rows().size());
        int samples = CellRounds.RAW_COLUMNS.indexOf("samples");
        for (List<Object> row : latency.rows()) {
            assertEquals((long) TINY.latencySamples(), row.get(samples), row.toString());
        }
        Table summary = table(section.tables(), SubmitExperiment.TABLE_LATENCY);
        assertEquals(SubmitExperiment.MODES.size() * sides, summary.rows().size());
    }

    @Test
    void anImpossibleSampleIsAnErrorThatFailsTheRun() {
        Section s = new SubmitExperiment(TINY, SubmitExperiment.Fault.IMPOSSIBLE_SAMPLE).run(
                new Experiment.Settings(false, 1, 200), m -> { });
        assertFalse(s.errors().isEmpty());
        assertTrue(s.errors().stream().anyMatch(e -> e.contains("impossible")), s.errors().toString());
        assertEquals(1, BenchCommand.exitCode(new Report(info(), List.of(s))));
    }

    @Test
    void aFenceThatNeverArrivesIsAnErrorNotASample() {
        SubmitExperiment.Sizes shortWait = new SubmitExperiment.Sizes(200, 20, 20_000_000L, List.of(1),
                200_000_000L);
        Section s = new SubmitExperiment(shortWait, SubmitExperiment.Fault.LOST_FENCE).run(
                new Experiment.Settings(false, 1, 200), m -> { });
        assertTrue(s.errors().stream().anyMatch(e -> e.contains("never arrived")), s.errors().toString());
        Table raw = table(s.raw(), "raw-submit-latency");
        int cell = CellRounds.RAW_COLUMNS.indexOf("cell");
        int side = CellRounds.RAW_COLUMNS.indexOf("side");
        assertFalse(raw.rows().stream().anyMatch(r -> "SPIN".equals(r.get(cell)) && SubmitExperiment.C.equals(r.get(side))),
                "the lost run left no samples");
        assertEquals(1, BenchCommand.exitCode(new Report(info(), List.of(s))));
    }

    private static java.util.Map<String, String> info() {
        return new java.util.LinkedHashMap<>();
    }
}
