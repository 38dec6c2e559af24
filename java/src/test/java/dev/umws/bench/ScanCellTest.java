package dev.umws.bench;

import dev.umws.bench.ScanCell.Layout;
import dev.umws.bench.ScanNative.Mechanism;
import dev.umws.bench.report.Chart;
import dev.umws.bench.report.Table;
import dev.umws.bench.report.Target;
import dev.umws.gpu.GpuConfig.Placement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quick scan cell: the structure of its figures (floor, mechanisms, raw rounds), never their speed. */
class ScanCellTest {
    private static final int ROUNDS = 2;
    private static final List<Table> tables = new ArrayList<>();
    private static final List<Chart> charts = new ArrayList<>();
    private static final List<Target> targets = new ArrayList<>();
    private static final List<Table> raw = new ArrayList<>();
    private static final List<String> errors = new ArrayList<>();

    @BeforeAll
    static void runQuick() {
        ScanCell.run(new Experiment.Settings(true, ROUNDS, 1000), m -> { }, tables, charts, targets, raw, errors);
    }

    private static Table table(String id) {
        return java.util.stream.Stream.concat(tables.stream(), raw.stream()).filter(t -> t.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no table " + id));
    }

    private static Object cell(Table t, List<Object> row, String column) {
        int i = t.columns().indexOf(column);
        assertTrue(i >= 0, t.id() + " has no column " + column);
        return row.get(i);
    }

    /** A number, or null (not measured); never NaN or infinite. */
    private static Double number(Table t, List<Object> row, String column) {
        Object c = cell(t, row, column);
        if (c == null) {
            return null;
        }
        double v = (Double) c;
        assertTrue(Double.isFinite(v), t.id() + " " + column + ": " + row);
        return v;
    }

    private static Set<String> labels(String described) {
        return described.equals("none") ? Set.of() : Set.of(described.split("\\+"));
    }

    @Test
    void theFloorTableHasEveryLayoutWithItsFloorAndRatio() {
        Table floor = table("scan-floor");
        assertEquals(Arrays.stream(Layout.values()).map(l -> l.label).toList(),
                floor.rows().stream().map(r -> r.get(0)).toList());
        for (List<Object> r : floor.rows()) {
            long valid = (Long) cell(floor, r, "valid rounds");
            assertTrue(valid >= 0 && valid <= ROUNDS, r.toString());
            Double perFloor = number(floor, r, "floor ns per doorbell");
            assertNotNull(perFloor, r.toString()); // the floor probe always yields its small-page figure
            assertTrue(perFloor >= 0, r.toString());
            Double walks = number(floor, r, "floor: page walks ns");
            assertTrue(walks == null || walks >= 0, r.toString()); // null: the OS gave no huge pages
            if (valid > 0) {
                assertTrue(number(floor, r, "scan / floor") > 0, r.toString());
                assertTrue(number(floor, r, "scan / floor min") <= number(floor, r, "scan / floor max"), r.toString());
                assertTrue(number(floor, r, "speed-up") > 0, r.toString());
                assertNotNull(number(floor, r, "ns per idle queue"), r.toString());
            }
            assertTrue(Set.of("yes", "no").contains((String) cell(floor, r, "aim met")), r.toString());
            String placement = (String) cell(floor, r, "placement");
            if (placement.equals(Placement.GLOBAL.name())) {
                assertEquals(0.0, perFloor, "GLOBAL's idle scan loads no doorbell per queue");
                assertNull(cell(floor, r, "per idle queue / floor"));
            }
        }
    }

    @Test
    void everyMechanismRowSaysWhatWasAskedAndWhatTookEffect() {
        Table m = table("scan-mechanisms");
        List<String> known = Arrays.stream(Mechanism.values()).map(x -> x.label).toList();
        for (Layout l : Layout.values()) {
            List<String> names = m.rows().stream().filter(r -> r.get(0).equals(l.label)).map(r -> (String) r.get(1))
                    .toList();
            assertTrue(names.contains("plain") && names.contains("default"), l + ": " + names);
        }
        for (List<Object> r : m.rows()) {
            Set<String> asked = labels((String) cell(m, r, "mechanisms asked"));
            Set<String> inForce = labels((String) cell(m, r, "mechanisms in force"));
            assertTrue(known.containsAll(asked), r.toString());
            assertTrue(asked.containsAll(inForce), "in force but not asked: " + r);
            if (r.get(0).equals(Layout.GLOBAL.label)) {
                assertTrue(inForce.isEmpty(), "GLOBAL's idle scan reads one doorbell: " + r);
            }
            if (r.get(0).equals(Layout.DEDICATED_LINE_SPREAD.label)) {
                assertTrue(inForce.contains(Mechanism.LINE_SPREAD.label), r.toString());
            }
            if (r.get(1).equals("plain") && !r.get(0).equals(Layout.DEDICATED_LINE_SPREAD.label)) {
                assertTrue(asked.isEmpty(), "the plain scan is the scan before: " + r);
            }
            assertTrue((Long) cell(m, r, "invalid windows (measured again)") >= 0);
            number(m, r, "ns per idle queue");
            number(m, r, "speed-up vs before");
        }
    }

    @Test
    void theRawTableHoldsEveryWindowAndEveryFloorProbe() {
        assertTrue(tables.stream().noneMatch(t -> t.id().startsWith("raw-")), "raw data is not a shown table");
        Table raw = table("raw-scan-rounds");
        long windows = table("scan-mechanisms").rows().size() * 2L * ROUNDS;
        long probes = (long) Layout.values().length * ROUNDS;
        assertEquals(windows + probes, raw.rows().size());
        Set<Long> rounds = raw.rows().stream().map(r -> (Long) cell(raw, r, "round")).collect(Collectors.toSet());
        assertEquals(Set.of(1L, 2L), rounds);
        for (List<Object> r : raw.rows()) {
            if (r.get(1).equals("floor")) {
                assertNull(cell(raw, r, "scans"));
                assertNotNull(cell(raw, r, "floor: paged ns"), r.toString());
            } else {
                assertTrue((Long) cell(raw, r, "scans") >= 0, r.toString());
                assertTrue((Long) cell(raw, r, "elapsed ns") > 0, r.toString());
                assertTrue(Set.of(1L, (long) ScanCell.QUEUES).contains((Long) cell(raw, r, "bound queues")));
            }
        }
    }

    @Test
    void theTargetHasOneCellPerLayoutWithAnIntervalAndJudgesTheWorst() {
        Target t = targets.stream().filter(x -> x.id().equals("scan-floor")).findFirst().orElseThrow();
        assertEquals(ScanCell.FLOOR_LIMIT, t.limit());
        assertEquals(Target.Bound.AT_MOST, t.bound());
        assertEquals(Arrays.stream(Layout.values()).map(l -> l.label).toList(),
                t.cells().stream().map(Target.Cell::name).toList());
        Table floor = table("scan-floor");
        for (Target.Cell c : t.cells()) {
            if (c.verdict() == dev.umws.bench.report.Verdict.NOT_JUDGED) {
                continue; // no valid round on a starved machine
            }
            assertTrue(c.low() <= c.median() && c.median() <= c.high(), c.toString());
            assertTrue(c.coverage() > 0 && c.coverage() <= 1, c.toString());
            double shown = floor.rows().stream().filter(r -> r.get(0).equals(c.name()))
                    .map(r -> (Double) cell(floor, r, "scan / floor")).findFirst().orElseThrow();
            assertEquals(shown, c.median(), 1e-12);
        }
        double worst = t.cells().stream().filter(c -> c.verdict() != dev.umws.bench.report.Verdict.NOT_JUDGED)
                .mapToDouble(Target.Cell::median).max().orElse(Double.NaN);
        if (!Double.isNaN(worst)) {
            assertEquals(worst, t.measured(), 1e-12);
        }
        for (Layout l : Layout.values()) {
            assertTrue(t.note().contains(l.label), t.note());
        }
        assertFalse(t.note().contains("NaN"), t.note());
    }

    @Test
    void theSweepKeepsEveryWindowAsRawDataAndNoWindowFailed() {
        Table sweep = table("raw-scan-sweep");
        assertFalse(sweep.rows().isEmpty());
        for (List<Object> r : sweep.rows()) {
            assertTrue((Long) cell(sweep, r, "elapsed ns") > 0, r.toString());
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void theSweepAndTheChartsAreThere() {
        assertEquals(Placement.values().length, table("scan-flat").rows().size());
        Chart mech = charts.stream().filter(c -> c.id().equals("scan-mechanisms")).findFirst().orElseThrow();
        assertEquals(Layout.values().length - 1, mech.series().size()); // GLOBAL has no per-queue figure
        assertTrue(mech.categories().containsAll(List.of("plain", "default")));
    }

    @Test
    void theDefaultsAreKnownMechanismsAndSpreadOnlyWhereTheUmdKeepsTheOffset() {
        int defaults = ScanNative.defaults();
        int known = Arrays.stream(Mechanism.values()).mapToInt(m -> m.bit).reduce(0, (a, b) -> a | b);
        assertEquals(0, defaults & ~known);
        boolean g3 = dev.umws.abi.Generation.SELECTED == dev.umws.abi.Generation.G3;
        assertEquals(g3, (defaults & Mechanism.LINE_SPREAD.bit) != 0);
    }
}
