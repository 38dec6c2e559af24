package dev.umws.bench.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerdictTest {
    private static final Target.Bound MOST = Target.Bound.AT_MOST;

    @Test
    void anIntervalIsMetMissedOrInconclusiveAgainstItsLimit() {
        assertEquals(Verdict.MET, Verdict.of(MOST, 1.05, 0.98, 1.04));
        assertEquals(Verdict.MISSED, Verdict.of(MOST, 1.05, 1.06, 1.2));
        assertEquals(Verdict.INCONCLUSIVE, Verdict.of(MOST, 1.05, 1.0, 1.08));
        assertEquals(Verdict.MET, Verdict.of(Target.Bound.AT_LEAST, 0.9, 0.91, 1.1));
        assertEquals(Verdict.MISSED, Verdict.of(Target.Bound.AT_LEAST, 0.9, 0.7, 0.89));
        assertEquals(Verdict.INCONCLUSIVE, Verdict.of(Target.Bound.AT_LEAST, 0.9, 0.85, 0.95));
        assertEquals(Verdict.INCONCLUSIVE, Verdict.of(MOST, 1.05, Double.NaN, Double.NaN));
    }

    @Test
    void aTargetOverCellsTakesItsWorstJudgedCell() {
        List<Target.Cell> cells = List.of(
                Target.Cell.judged("SPIN", 1.01, 0.99, 1.03, 0.98, MOST, 1.05),
                Target.Cell.judged("BACKOFF", 1.04, 1.0, 1.08, 0.98, MOST, 1.05),
                Target.Cell.judged("NOTIFY", 1.02, 0.95, 1.09, 0.98, MOST, 1.05),
                Target.Cell.notJudged("4 producers", 3.0, 2.0, 4.0, 0.98, "more spinning threads than CPUs"));
        Target t = Target.over("t", "T", MOST, 1.05, "x", "", cells, List.of());
        assertEquals(Verdict.INCONCLUSIVE, t.verdict());
        assertEquals(1.04, t.measured(), "of two inconclusive cells, the one with the worse median");
        assertEquals(1.0, t.low());
        assertEquals(1.08, t.high());
        assertEquals(4, t.cells().size(), "every cell stays in the table, the unjudged one too");

        Target missed = Target.over("t", "T", MOST, 1.05, "x", "", List.of(cells.get(0),
                Target.Cell.judged("x", 1.2, 1.1, 1.3, 0.98, MOST, 1.05)), List.of());
        assertEquals(Verdict.MISSED, missed.verdict());
        assertEquals(1.2, missed.measured());
    }

    @Test
    void aQuickRunJudgesNothing() {
        Target t = Target.over("t", "T", MOST, 1.05, "x", "noisy", List.of(
                Target.Cell.judged("SPIN", 4.3, 4.0, 4.6, 0.98, MOST, 1.05)), List.of()).notJudged("quick");
        assertEquals(Verdict.NOT_JUDGED, t.verdict());
        assertTrue(t.note().startsWith("not judged (quick)"), t.note());
        assertEquals(Verdict.NOT_JUDGED, t.cells().get(0).verdict());
        assertEquals(4.3, t.measured(), "the figure is still shown");
    }

    @Test
    void aTargetWhoseCellsAreAllUnjudgedIsNotJudged() {
        Target t = Target.over("t", "T", MOST, 1.05, "x", "", List.of(
                Target.Cell.notJudged("2 producers", 1.5, 1.2, 1.9, 0.98, "oversubscribed")), List.of());
        assertEquals(Verdict.NOT_JUDGED, t.verdict());
        assertTrue(t.note().contains("oversubscribed"), t.note());
    }

    @Test
    void aPointIsJudgedByItsValue() {
        assertEquals(Verdict.MET, Target.point("m", "M", 500, MOST, 512, "MiB", "").verdict());
        assertEquals(Verdict.MISSED, Target.point("m", "M", 527, MOST, 512, "MiB", "").verdict());
        assertEquals(Verdict.INCONCLUSIVE, Target.point("m", "M", Double.NaN, MOST, 512, "MiB", "").verdict());
    }
}
