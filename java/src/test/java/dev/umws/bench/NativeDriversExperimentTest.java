package dev.umws.bench;

import dev.umws.bench.report.JsonReport;
import dev.umws.bench.report.Report;
import dev.umws.bench.report.Section;
import dev.umws.bench.report.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The native-drivers experiment at tiny sizes: every comparison measured on both sides in every
 * round, every fence completed, no rule broken, the reconnecting runs reconnecting once per
 * submission and the plain ones never, and each ratio inside its own interval. Its structure and
 * sanity, never its speed.
 */
class NativeDriversExperimentTest {
    private static final int ROUNDS = 3;
    private static Section section;
    private static final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void runTiny() {
        NativeDriversExperiment.Sizes tiny = new NativeDriversExperiment.Sizes(ROUNDS, 30, 30_000_000L, 200, 20);
        section = new NativeDriversExperiment(tiny).run(new Experiment.Settings(true, ROUNDS, 1000), progress::add);
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
    void everyComparisonHasBothSidesMeasuredInEveryRound() {
        Table t = table(NativeDriversExperiment.TABLE_LATENCY);
        assertEquals(8, t.rows().size(), "4 comparisons x 2 sides");
        for (List<Object> row : t.rows()) {
            String what = row.get(0) + " / " + row.get(1);
            assertEquals((long) ROUNDS, cell(t, row, "rounds"), what);
            assertTrue((Long) cell(t, row, "samples per round") > 0, what);
            long previous = 0;
            for (String p : Summary.LABELS) {
                long v = (Long) cell(t, row, p + " ns");
                assertTrue(v > 0 && v >= previous, what + ": " + p + " " + v + " after " + previous);
                previous = v;
            }
            assertEquals("yes", cell(t, row, "all fences completed"), what);
            assertEquals(0L, cell(t, row, "rule violations"), what);
        }
        assertTrue(progress.stream().anyMatch(p -> p.contains("round " + ROUNDS + "/" + ROUNDS)), progress.toString());
    }

    @Test
    void theReconnectingRunsReconnectAndThePlainOnesNever() {
        Table t = table(NativeDriversExperiment.TABLE_LATENCY);
        Map<String, Double> perSubmission = new java.util.HashMap<>();
        for (List<Object> row : t.rows()) {
            String comparison = ((String) row.get(0)).substring(0, ((String) row.get(0)).indexOf(':'));
            double r = (Double) cell(t, row, "reconnects per submission");
            switch (comparison) {
                case "interrupt", "umd-plain" -> assertEquals(0.0, r, row.toString());
                case "umd-reconnect" -> assertEquals(1.0, r, 1e-9, row.toString()); // every turn finds the other's
                case "reconnect" -> assertTrue(r >= 1.0, row.toString()); // a sample is a submission that reconnected
                default -> throw new AssertionError("unknown comparison " + comparison);
            }
            perSubmission.merge(comparison, r, Double::sum);
        }
        assertEquals(4, perSubmission.size());
    }

    @Test
    void eachRatioLiesInsideItsIntervalAndEveryRoundHasOne() {
        Table t = table(NativeDriversExperiment.TABLE_RATIOS);
        assertEquals(List.of("interrupt", "reconnect", "umd-plain", "umd-reconnect"),
                t.rows().stream().map(r -> (String) r.get(0)).toList());
        for (List<Object> row : t.rows()) {
            assertEquals((long) ROUNDS, cell(t, row, "rounds"), row.toString());
            for (String p : new String[] {"p50", "p99"}) {
                double median = (Double) cell(t, row, p + " ratio (median)");
                double low = (Double) cell(t, row, p + " low");
                double high = (Double) cell(t, row, p + " high");
                assertTrue(low > 0 && low <= median && median <= high, row.toString());
            }
            // 3 rounds: the range, which covers the median with probability 1 - 2/8
            assertEquals(75.0, (Double) cell(t, row, "interval coverage %"), 1e-9, row.toString());
            assertEquals(ROUNDS, ((String) cell(t, row, "per-round p50 ratios")).split(" ").length, row.toString());
        }
        assertEquals(4, section.charts().getFirst().series().size());
    }

    @Test
    void theSectionGoesIntoTheJsonReport() {
        String json = JsonReport.render(new Report(Map.of("date", "now"), List.of(section)));
        for (String s : new String[] {"\"native\"", "\"native-latency\"", "\"native-ratios\"", "umd-reconnect"}) {
            assertTrue(json.contains(s), s + " missing");
        }
        assertFalse(section.text().isBlank());
    }
}
