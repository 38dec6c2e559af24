package dev.umws.bench;

import dev.umws.bench.report.Section;
import dev.umws.bench.report.Table;
import dev.umws.bench.report.Target;
import dev.umws.bench.report.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ring-latency, throughput and hardware sections, run with tiny sizes: what their reports
 * hold (targets over their cells with intervals, A/A controls, raw rounds, errors), never how
 * fast anything is.
 */
class RingSectionsTest {
    private static final int ROUNDS = 2;
    private static final Experiment.Progress QUIET = m -> { };

    private static Experiment.Settings settings(boolean quick) {
        return new Experiment.Settings(quick, ROUNDS, 300, 7, Affinity.NONE);
    }

    @Test
    void ringTargetsJudgeTheSegmentStoreInEveryModeBesideItsControls() {
        Experiment.Settings s = settings(false);
        Hardware hw = Hardware.measure(s, QUIET);
        Section sec = new RingExperiment(hw).run(s, QUIET);
        assertTrue(sec.errors().isEmpty(), sec.errors().toString());
        for (String id : List.of("oneway-p50", "oneway-p99", "roundtrip-p50", "roundtrip-p99")) {
            Target t = target(sec, id);
            assertEquals(List.of("SPIN", "BACKOFF", "NOTIFY"), t.cells().stream().map(Target.Cell::name).toList());
            for (Target.Cell c : t.cells()) {
                assertTrue(c.low() <= c.median() && c.median() <= c.high(), id + " " + c);
                assertTrue(c.coverage() > 0 && c.coverage() <= 1, id + " " + c);
            }
            assertEquals(Verdict.NOT_JUDGED, t.cells().get(2).verdict(), "NOTIFY is shown, not judged");
            assertTrue(t.cells().get(2).reason().contains("futex"), t.cells().get(2).reason());
            assertTrue(t.cells().get(0).verdict() != Verdict.NOT_JUDGED, id + ": SPIN is judged");
            assertEquals(List.of("C / C (SPIN)", "Java / Java (SPIN)"),
                    t.controls().stream().map(Target.Control::name).toList());
        }
        assertEquals(2, target(sec, "oneway-vs-handoff").cells().size());
        Table raw = sec.raw().get(0);
        assertEquals("raw-ring", raw.id());
        // Every producer of every mode, one-way and round trip, each kept round (the warm-up is not).
        int producers = RingVia.values().length + 1 - (Jni.available() ? 0 : 1);
        assertEquals((3 * producers + 2) * 2 * ROUNDS, raw.rows().size());
        assertTrue(hw.interleaved(), "the ring rounds ran the ping-pong");
        // A round whose ping-pong ran out of its time budget (a loaded machine) keeps no samples.
        assertTrue(hw.oneWays().rounds().size() <= ROUNDS, hw.oneWays().rounds().toString());
    }

    @Test
    void anImpossibleRingSampleIsAnErrorOfTheRun() {
        Experiment.Settings s = settings(false);
        Section sec = new RingExperiment(Hardware.measure(s, QUIET), (producer, samples) -> {
            if (producer.equals(RingExperiment.C)) {
                samples[0][0] = -5;
            }
        }).run(s, QUIET);
        assertFalse(sec.errors().isEmpty());
        assertTrue(sec.errors().stream().anyMatch(e -> e.contains("impossible") && e.contains(RingExperiment.C)),
                sec.errors().toString());
    }

    @Test
    void hardwareSectionReportsMeasuredOneWayAndRoundTripWithRawRounds() {
        Experiment.Settings s = settings(false);
        Hardware hw = Hardware.measure(s, QUIET);
        Section sec = HardwareSection.of(hw);
        assertTrue(sec.errors().isEmpty(), sec.errors().toString());
        assertEquals(2, sec.tables().get(0).rows().size());
        assertEquals("raw-pingpong", sec.raw().get(0).id());
        int rows = sec.raw().get(0).rows().size();
        assertTrue(rows > 0 && rows <= 2 * ROUNDS, "one row per figure and kept round: " + rows);
    }

    @Test
    void throughputTargetCoversEveryProducerCountAndBatchAndLeavesOversubscribedCellsUnjudged() {
        Experiment.Settings s = settings(true);
        Section sec = new ThroughputExperiment().run(s, QUIET);
        assertTrue(sec.errors().isEmpty(), sec.errors().toString());
        Target t = target(sec, "throughput");
        int cpus = Hardware.machineCpus();
        List<Integer> counts = ThroughputExperiment.producerCounts(cpus);
        assertEquals(2 * counts.size() * 2, t.cells().size());
        for (Target.Cell c : t.cells()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) producers?").matcher(c.name());
            assertTrue(m.find(), c.name());
            if (Integer.parseInt(m.group(1)) + 1 > cpus) { // producers and the firmware spin
                assertEquals(Verdict.NOT_JUDGED, c.verdict(), c.toString());
                assertTrue(c.reason().startsWith("oversubscribed"), c.reason());
            } else {
                assertTrue(c.low() <= c.median() && c.median() <= c.high(), c.toString());
            }
        }
        assertEquals(4, t.controls().size());
        Table byCall = sec.tables().stream().filter(x -> x.id().equals("by-call")).findFirst().orElseThrow();
        String rows = byCall.rows().toString();
        for (RingVia v : RingVia.values()) {
            if (v != RingVia.SEGMENT && v.unavailable() == null) {
                assertTrue(rows.contains(v.label), v.label + " missing in " + rows);
            }
        }
        assertFalse(sec.raw().get(0).rows().isEmpty());
    }

    private static Target target(Section sec, String id) {
        return sec.targets().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() ->
                new AssertionError("no target " + id + " in " + sec.targets()));
    }
}
