package dev.umws.bench;

import dev.umws.bench.report.Chart;
import dev.umws.bench.report.Section;
import dev.umws.bench.report.Table;
import dev.umws.bench.report.Target;
import dev.umws.gpu.GpuConfig.Placement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quick scaling experiment: the section's structure, never its speed. */
class ScalingExperimentTest {
    private static Section section;
    private static final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void runQuick() {
        section = new ScalingExperiment().run(new Experiment.Settings(true, 1, 1000), progress::add);
    }

    private static Table table(String id) {
        return section.tables().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + id));
    }

    private static Object cell(Table t, List<Object> row, String column) {
        int i = t.columns().indexOf(column);
        assertTrue(i >= 0, t.id() + " has no column " + column);
        return row.get(i);
    }

    @Test
    void theSectionSaysWhatItMeasuredAndReportedProgress() {
        assertEquals("scaling", section.id());
        assertFalse(section.text().isBlank());
        assertFalse(progress.isEmpty());
    }

    @Test
    void scanCostHasEveryPlacementAtOneAndAt4096IdleQueues() {
        Table scan = table("scan-cost");
        for (Placement p : Placement.values()) {
            List<List<Object>> rows = scan.rows().stream().filter(r -> r.get(0).equals(p.name())).toList();
            assertFalse(rows.isEmpty(), "no scan rows for " + p);
            List<Object> counts = rows.stream().map(r -> cell(scan, r, "bound queues")).toList();
            assertTrue(counts.contains(1L) && counts.contains(4096L), p + ": " + counts);
            for (List<Object> r : rows) {
                double ns = (Double) cell(scan, r, "ns/scan");
                assertTrue(Double.isFinite(ns) && ns > 0, p + ": " + r);
            }
        }
        assertEquals(Placement.values().length, table("scan-flat").rows().size());
    }

    @Test
    void churnHasRowsForEachPlacementAndReconnectsWhenQueuesOutnumberDoorbells() {
        Table churn = table("churn");
        for (Placement p : Placement.values()) {
            assertTrue(churn.rows().stream().anyMatch(r -> r.get(0).equals(p.name())), "no churn rows for " + p);
        }
        int measuredOverbooked = 0;
        for (List<Object> r : churn.rows()) {
            Object rate = cell(churn, r, "reconnects/s");
            if (rate == null) {
                continue; // a placement this generation does not offer
            }
            long queues = (Long) cell(churn, r, "queues");
            long doorbells = (Long) cell(churn, r, "doorbells");
            assertEquals("yes", cell(churn, r, "all fences completed"), r.toString());
            assertEquals(0L, cell(churn, r, "rule violations"), r.toString());
            assertTrue((Double) cell(churn, r, "submissions/s") > 0, r.toString());
            if (queues > doorbells) {
                measuredOverbooked++;
                assertTrue((Double) rate > 0, "no reconnects with " + queues + " queues on " + doorbells + ": " + r);
                assertNotNull(cell(churn, r, "reconnect p99"), r.toString());
            } else {
                assertEquals(0.0, (Double) rate, r.toString());
            }
        }
        assertTrue(measuredOverbooked > 0);
    }

    @Test
    void memoryTableHasOneRowFor4096Queues() {
        Table memory = table("memory");
        assertEquals(1, memory.rows().size());
        assertEquals(4096L, cell(memory, memory.rows().getFirst(), "queues"));
        assertEquals("yes", cell(memory, memory.rows().getFirst(), "all fences completed"));
    }

    @Test
    void targetsArePresentWithFiniteMeasuredValues() {
        Map<String, Target> targets = section.targets().stream()
                .collect(Collectors.toMap(Target::id, Function.identity()));
        assertEquals(List.of("memory-4096", "reconnect-p99", "scan-floor"), targets.keySet().stream().sorted().toList());
        for (Target t : targets.values()) {
            boolean linux = MemoryProbe.rssKiB().isPresent();
            if (t.id().equals("memory-4096") && !linux) {
                continue; // "not measured" off Linux
            }
            assertTrue(Double.isFinite(t.measured()), t.toString());
            assertFalse(t.note().isBlank(), t.id());
        }
    }

    @Test
    void chartsHaveOneSeriesPerMeasuredPlacement() {
        Chart scan = section.charts().stream().filter(c -> c.id().equals("scan-cost")).findFirst().orElseThrow();
        assertEquals(Placement.values().length, scan.series().size());
        assertTrue(scan.logX());
        Chart churn = section.charts().stream().filter(c -> c.id().equals("churn-reconnects")).findFirst().orElseThrow();
        assertFalse(churn.series().isEmpty());
    }
}
