package dev.umws.bench;

import dev.umws.bench.report.Report;
import dev.umws.bench.report.Section;
import dev.umws.bench.report.Table;
import dev.umws.bench.report.TextReport;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellRoundsTest {
    private static final Conditions QUIET = new Conditions(0, 0, 0);

    private static long[] range(long from, long to) {
        long[] v = new long[(int) (to - from)];
        for (int i = 0; i < v.length; i++) {
            v[i] = from + i;
        }
        return v;
    }

    @Test
    void poolsEveryRoundForTailsAndKeepsEachRoundsOwn() {
        CellRounds c = new CellRounds("SPIN", "C");
        c.add(1, 0, range(100, 200), QUIET);
        c.add(2, 1, range(1_000, 1_100), QUIET);
        Summary pooled = c.pooled();
        assertEquals(200, pooled.count());
        assertEquals(1_099, pooled.max(), "the true max, not a median of maxima");
        assertTrue(pooled.p99() >= 1_090, "p99 of all samples lies in the slow round: " + pooled.p99());
        assertEquals(149, c.rounds().get(0).summary().p50());
        assertEquals(1_049, c.rounds().get(1).summary().p50());
    }

    @Test
    void anImpossibleSampleIsCountedAsAnErrorNeverRecorded() {
        CellRounds c = new CellRounds("SPIN", "Java");
        c.add(1, 0, new long[] {150, -3, 160, 170}, QUIET);
        assertEquals(3, c.pooled().count(), "the negative sample is not a latency");
        assertEquals(160, c.pooled().p50(), "nothing clamped to 0 drags the median down");
        assertEquals(1, c.impossible());
        assertEquals(List.of("SPIN, Java, round 1: 1 impossible (negative) samples"), c.errors());
    }

    @Test
    void ratiosArePairedByRound() {
        CellRounds c = new CellRounds("SPIN", "C");
        CellRounds j = new CellRounds("SPIN", "Java");
        c.add(1, 0, new long[] {100}, QUIET);
        c.add(2, 1, new long[] {200}, QUIET);
        j.add(2, 0, new long[] {220}, QUIET);
        j.add(1, 1, new long[] {105}, QUIET);
        assertArrayEquals(new double[] {1.1, 1.05}, CellRounds.ratios(j, c, CellRounds::p50), 0.01);
    }

    @Test
    void theRawTableHasARowPerSideAndRound() {
        CellRounds c = new CellRounds("SPIN", "C");
        c.add(1, 0, new long[] {100, 110}, new Conditions(12, 1, 0.0));
        CellRounds t = new CellRounds("batch 1", "C");
        t.addValue(1, 1, 9.5e6, QUIET);
        Table raw = CellRounds.rawTable("raw-ring", "rounds", List.of(c, t));
        assertEquals(2, raw.rows().size());
        assertEquals(12L, raw.rows().get(0).get(CellRounds.RAW_COLUMNS.indexOf("context switches")));
        assertEquals(9.5e6, raw.rows().get(1).get(CellRounds.RAW_COLUMNS.indexOf("value")));
    }

    @Test
    void aRunWithAnImpossibleSampleFails() {
        CellRounds c = new CellRounds("SPIN", "Java");
        c.add(1, 0, new long[] {150, -1}, QUIET);
        Section s = new Section("ring", "Ring", "", List.of(), List.of(), List.of(), List.of(), c.errors());
        Report report = new Report(new LinkedHashMap<>(), List.of(s));
        assertEquals(1, BenchCommand.exitCode(report));
        assertTrue(new TextReport().render(report).contains("RUN FAILED: 1 measurement error(s)"));
        assertEquals(0, BenchCommand.exitCode(new Report(new LinkedHashMap<>(), List.of(
                new Section("ring", "Ring", "", List.of(), List.of(), List.of())))));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(15, Summary.median(new long[] {10, 20}));
        assertEquals(1.5, Summary.median(new double[] {2, 1}));
    }

    @Test
    void roundOrdersDifferFromRoundToRoundAndReplayFromTheSeed() {
        List<String> sides = List.of("C", "Java", "C again", "Java again");
        assertEquals(RoundOrder.of(sides, 7, 3, "ring"), RoundOrder.of(sides, 7, 3, "ring"));
        boolean differs = false;
        for (int r = 2; r < 10; r++) {
            differs |= !RoundOrder.of(sides, 7, r, "ring").equals(RoundOrder.of(sides, 7, 1, "ring"));
        }
        assertTrue(differs);
    }
}
