package dev.umws.bench;

import dev.umws.bench.report.Chart;
import dev.umws.bench.report.Section;
import dev.umws.bench.report.Table;
import dev.umws.bench.report.Target;
import dev.umws.bench.report.Verdict;
import dev.umws.gpu.GpuConfig.Placement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scaling experiment with tiny sizes: the section's structure (targets over cells, intervals, controls, raw rounds, errors), never its speed. */
class ScalingExperimentTest {
    private static final int ROUNDS = 2;
    private static final int[] STEPS = {8, 16};
    private static Section section;
    private static final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void runTiny() {
        List<ChurnCell.Cell> cells = new ArrayList<>();
        for (Placement p : Placement.values()) {
            cells.add(new ChurnCell.Cell(p, 4, 1));
        }
        ScalingExperiment.Sizes sizes = new ScalingExperiment.Sizes(STEPS,
                new ChurnCell.Sizes(cells, 20_000_000L, 12, 20));
        section = new ScalingExperiment(sizes).run(new Experiment.Settings(true, ROUNDS, 1000), progress::add);
    }

    private static Table table(String id) {
        return Stream.concat(section.tables().stream(), section.raw().stream()).filter(t -> t.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no table " + id));
    }

    private static Target target(String id) {
        return section.targets().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no target " + id));
    }

    private static Object cell(Table t, List<Object> row, String column) {
        int i = t.columns().indexOf(column);
        assertTrue(i >= 0, t.id() + " has no column " + column);
        return row.get(i);
    }

    @Test
    void theSectionSaysWhatItMeasuredAndReportedProgressWithoutErrors() {
        assertEquals("scaling", section.id());
        assertFalse(section.text().isBlank());
        assertFalse(progress.isEmpty());
        assertEquals(List.of(), section.errors());
    }

    @Test
    void theTargetsAreTheThreeOfIssue13() {
        Map<String, Target> targets = section.targets().stream()
                .collect(Collectors.toMap(Target::id, Function.identity()));
        assertEquals(List.of("memory-4096", "reconnect-floor", "scan-floor"),
                targets.keySet().stream().sorted().toList());
        targets.values().forEach(t -> assertFalse(t.note().isBlank(), t.id()));
        targets.values().forEach(t -> assertFalse(t.note().contains("NaN"), t.id() + ": " + t.note()));
    }

    @Test
    void scanCostHasEveryPlacementAtOneAndAt4096IdleQueues() {
        Table scan = table("scan-cost");
        for (Placement p : Placement.values()) {
            List<List<Object>> rows = scan.rows().stream().filter(r -> r.get(0).equals(p.name())).toList();
            List<Object> counts = rows.stream().map(r -> cell(scan, r, "bound queues")).toList();
            assertTrue(counts.contains(1L) && counts.contains(4096L), p + ": " + counts);
            for (List<Object> r : rows) {
                double ns = (Double) cell(scan, r, "ns/scan");
                assertTrue(Double.isFinite(ns) && ns > 0, p + ": " + r);
                assertNotNull(cell(scan, r, "ns/scan, wall clock"), r.toString());
            }
        }
        assertEquals(ScanCell.Layout.values().length, target("scan-floor").cells().size());
    }

    @Test
    void theReconnectTargetIsJudgedAgainstItsFloorInEveryOfferedCellWithAnAaControl() {
        Target t = target("reconnect-floor");
        assertEquals(ChurnCell.FLOOR_LIMIT, t.limit());
        assertEquals(Target.Bound.AT_MOST, t.bound());
        Table churn = table("churn");
        List<List<Object>> offered = churn.rows().stream().filter(r -> cell(churn, r, "submissions/s") != null)
                .toList();
        assertEquals(offered.size(), t.cells().size());
        assertFalse(offered.isEmpty());
        for (Target.Cell c : t.cells()) {
            assertTrue(c.verdict() != Verdict.NOT_JUDGED, c.toString());
            assertTrue(c.low() <= c.median() && c.median() <= c.high(), c.toString());
            assertTrue(c.median() > 0, c.toString());
        }
        assertEquals(t.cells().size(), t.controls().size());
        for (List<Object> r : offered) {
            assertTrue((Long) cell(churn, r, "reconnect samples") > 0, r.toString());
            assertTrue((Long) cell(churn, r, "floor samples") > 0, r.toString());
            assertNotNull(cell(churn, r, "reconnect p99 / floor p99"), r.toString());
            assertNotNull(cell(churn, r, "reconnect p99 / plain p99 (information)"), r.toString());
        }
    }

    @Test
    void everyChurnCellAndTheRemapsKeepTheirRoundsAsRawData() {
        Table raw = table("raw-churn");
        assertEquals(CellRounds.RAW_COLUMNS, raw.columns());
        for (Target.Cell c : target("reconnect-floor").cells()) {
            List<Object> rounds = raw.rows().stream().filter(r -> r.get(0).equals(c.name())
                    && r.get(1).equals("reconnect ring")).map(r -> r.get(2)).toList();
            assertEquals(List.of(1L, 2L), rounds.stream().sorted().toList(), c.name()); // round 0 was the warm-up
        }
        Table remap = table("remap");
        assertEquals(2, remap.rows().size());
        assertEquals(2L * ROUNDS, table("raw-remap").rows().size());
    }

    @Test
    void memoryIsTheTotalWithTheGrowthOverAControlBesideIt() {
        Table memory = table("memory");
        assertEquals(STEPS.length + 2, memory.rows().size()); // the control, each step, after freeing
        assertTrue(((String) memory.rows().getFirst().getFirst()).startsWith("0 "));
        Target t = target("memory-4096");
        assertEquals(2, t.cells().size());
        assertTrue(t.limit() < 512.0, "strictly less than 512 MiB");
        Target.Cell total = t.cells().get(0);
        Target.Cell growth = t.cells().get(1);
        assertTrue(total.name().startsWith("total"), total.name());
        assertEquals(Verdict.NOT_JUDGED, total.verdict(), "16 queues do not judge a target about 4096");
        assertEquals(Verdict.NOT_JUDGED, growth.verdict());
        if (MemoryProbe.residentKiB().isPresent()) {
            // 16 queues can take less than the control's heap gave back: the growth's sign is not the point.
            assertTrue(total.median() > 0 && total.median() > growth.median(), t.cells().toString());
        }
        assertTrue(table("memory-parts").rows().size() >= 2);
    }

    @Test
    void aChurnRoundThatLostAFenceOrMadeNoReconnectIsAnError() {
        ChurnCell.Cell c = new ChurnCell.Cell(Placement.DEDICATED_PAGE, 4, 1);
        ChurnRun.Result bad = new ChurnRun.Result(Placement.DEDICATED_PAGE, 4, 1, 8, 0, 1_000_000, new long[] {5},
                new long[0], new long[0], 0, false, 1);
        List<String> errors = new ArrayList<>();
        ChurnCell.check(c, 1, bad, errors);
        assertEquals(4, errors.size(), errors.toString());
    }

    @Test
    void chartsHaveOneSeriesPerMeasuredPlacement() {
        Chart scan = section.charts().stream().filter(c -> c.id().equals("scan-cost")).findFirst().orElseThrow();
        assertEquals(Placement.values().length, scan.series().size());
        Chart churn = section.charts().stream().filter(c -> c.id().equals("churn-reconnects")).findFirst()
                .orElseThrow();
        assertFalse(churn.series().isEmpty());
    }
}
