package dev.umws.bench;

import dev.umws.bench.report.Report;
import dev.umws.bench.report.Section;
import dev.umws.bench.report.Table;
import dev.umws.bench.report.Target;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The interrupt section's structure with tiny sizes, and that a lost record fails the run; never its speed. */
class InterruptExperimentTest {
    /** A made-up machine: the section only divides by its hand-off. */
    private static final Hardware HARDWARE = Hardware.fixed(400, 200);

    private static Section run(InterruptExperiment.Fault fault, int rounds) {
        List<String> steps = new ArrayList<>();
        return new InterruptExperiment(HARDWARE, fault).run(new Experiment.Settings(false, rounds, 2_000), steps::add);
    }

    @Test
    void theUpcallTargetCoversBothModesWithControlsAndRawRounds() {
        int rounds = 2;
        Section s = run(InterruptExperiment.Fault.NONE, rounds);
        assertTrue(s.errors().isEmpty(), s.errors().toString());

        Target t = s.targets().stream().filter(x -> x.id().equals(InterruptExperiment.TARGET_UPCALL)).findFirst()
                .orElseThrow();
        assertEquals(Target.Bound.AT_MOST, t.bound());
        assertEquals(InterruptExperiment.UPCALL_LIMIT, t.limit());
        assertEquals(2, t.cells().size(), "one cell per interrupt-thread mode");
        assertTrue(t.cells().get(0).name().contains("polling") && t.cells().get(1).name().contains("sleeping"),
                t.cells().toString());
        for (Target.Cell c : t.cells()) {
            assertTrue(c.low() <= c.median() && c.median() <= c.high(), c.toString());
            assertTrue(c.coverage() > 0, c.toString());
        }
        assertEquals(4, t.controls().size(), "C/C and upcall/upcall in each mode");
        assertTrue(s.targets().stream().anyMatch(x -> x.id().equals(InterruptExperiment.TARGET_ATTACHES)));
        assertFalse(s.targets().stream().anyMatch(x -> x.id().contains("jni")), "JNI attaches are not a target");

        Table delivery = s.tables().stream().filter(x -> x.id().equals(InterruptExperiment.TABLE_DELIVERY))
                .findFirst().orElseThrow();
        int against = delivery.columns().indexOf("against");
        int side = delivery.columns().indexOf("side");
        boolean pollerRow = false;
        for (List<Object> row : delivery.rows()) {
            if (String.valueOf(row.get(side)).startsWith("Java thread polling")) {
                pollerRow = true;
                assertTrue(String.valueOf(row.get(against)).startsWith("C thread polling"),
                        "the Java poller is compared with the C poller: " + row);
            }
        }
        assertTrue(pollerRow, delivery.rows().toString());
        Table waiters = s.tables().stream().filter(x -> x.id().equals(InterruptExperiment.TABLE_WAITERS))
                .findFirst().orElseThrow();
        assertFalse(waiters.columns().stream().anyMatch(c -> c.contains("/")), "the waiter rows carry no ratio");
        assertTrue(waiters.title().contains("not a language comparison"), waiters.title());

        assertEquals(1, s.raw().size());
        Table raw = s.raw().get(0);
        assertEquals(InterruptExperiment.RAW, raw.id());
        int sides = InterruptExperiment.sides(Jni.available()).size();
        assertEquals(sides * rounds, raw.rows().size(), "one raw row per side and kept round (warm-up dropped)");
        int round = raw.columns().indexOf("round");
        assertTrue(raw.rows().stream().allMatch(r -> ((Long) r.get(round)) >= 1), "round 0 (warm-up) is not kept");

        assertTrue(s.text().contains("not end to end"), s.text());
        assertTrue(s.text().contains("System.nanoTime costs"), "the clock check is reported: " + s.text());
        assertNotNull(t.note());
    }

    @Test
    void aLostInterruptRecordIsAnErrorThatFailsTheRun() {
        Section s = run(InterruptExperiment.Fault.LOST_RECORDS, 1);
        assertTrue(s.errors().stream().anyMatch(e -> e.contains("overflow")), s.errors().toString());
        assertTrue(s.errors().stream().anyMatch(e -> e.contains("never handled")), s.errors().toString());
        Report report = new Report(Map.of("what", "test"), List.of(s));
        assertEquals(1, BenchCommand.exitCode(report), "a lost record fails the run");
    }
}
