package dev.umws.bench;

import dev.umws.bench.report.Section;
import dev.umws.bench.report.Table;
import dev.umws.bench.report.Target;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quick per-operation run: the section's structure, never its speed. */
class PerOpExperimentTest {

    @Test
    void theQuickRunMeasuresEveryBenchmarkAndReportsTheUpcallTarget() {
        List<String> steps = new ArrayList<>();
        Section s = new PerOpExperiment().run(new Experiment.Settings(true, 2, 5_000), steps::add);

        assertEquals(PerOpExperiment.ID, s.id());
        boolean jni = Jni.available();
        long expected = PerOpExperiment.CELLS.stream().filter(c -> jni || !c.jni()).count();
        assertEquals(expected, steps.size(), "one progress step per benchmark run");

        Table costs = s.tables().get(0);
        assertEquals(PerOpExperiment.TABLE_COSTS, costs.id());
        assertEquals(PerOpExperiment.CELLS.size(), costs.rows().size());
        int median = costs.columns().indexOf("ns/op (median)");
        int mean = costs.columns().indexOf("ns/op (JMH mean)");
        int baseline = costs.columns().indexOf("baseline");
        int ratio = costs.columns().indexOf("ratio to baseline (medians)");
        int forks = costs.columns().indexOf("forks");
        int low = costs.columns().indexOf("fork low");
        int high = costs.columns().indexOf("fork high");
        assertTrue(median >= 0 && mean >= 0 && baseline >= 0 && ratio >= 0 && forks >= 0 && low >= 0 && high >= 0,
                costs.columns().toString());
        for (List<Object> row : costs.rows()) {
            String benchmark = (String) row.get(0);
            boolean jniRow = benchmark.startsWith("JniBenchmark.");
            if (jniRow && !jni) {
                assertNull(row.get(median), benchmark + " is not measured without JNI");
                continue;
            }
            for (int column : new int[] {median, mean}) {
                Double ns = (Double) row.get(column);
                assertNotNull(ns, benchmark + " measured; section text: " + s.text());
                assertTrue(ns > 0 && Double.isFinite(ns), benchmark + ": " + ns);
            }
            assertEquals(1L, row.get(forks), benchmark + ": the quick run measures in this JVM, one \"fork\"");
            assertTrue((Double) row.get(low) <= (Double) row.get(median)
                    && (Double) row.get(median) <= (Double) row.get(high), benchmark + ": " + row);
            assertNotNull(row.get(ratio), benchmark + " has a ratio to its baseline");
            if ("(baseline)".equals(row.get(baseline))) {
                assertEquals(1.0, row.get(ratio));
            }
        }

        Table versus = s.tables().get(1);
        assertEquals(PerOpExperiment.TABLE_JNI, versus.id());
        assertEquals(2, versus.rows().size());
        for (List<Object> row : versus.rows()) {
            assertNotNull(row.get(2), "the Panama side is always measured");
            assertEquals(jni, row.get(3) != null, "the JNI / Panama ratio exists exactly when JNI does");
        }

        assertEquals(1, s.targets().size());
        Target t = s.targets().get(0);
        assertEquals(PerOpExperiment.UPCALL_TARGET, t.id());
        assertEquals(Target.Bound.AT_MOST, t.bound());
        assertEquals(PerOpExperiment.UPCALL_LIMIT_NS, t.limit());
        assertTrue(t.measured() > 0 && Double.isFinite(t.measured()), "upcall measured: " + t.measured());
        assertEquals(1, t.cells().size());
        assertTrue(t.low() <= t.measured() && t.measured() <= t.high(), t.toString());
        assertTrue(!t.note().contains("perf notes"), "no machine narrative: " + t.note());

        assertEquals(1, s.charts().size());
        assertEquals(expected, s.charts().get(0).categories().size());
        assertTrue(s.text().contains("JMH"), s.text());
    }

    @Test
    void theFullRunForksAtLeastThreeTimesAndTakesTheMedianAcrossForks() {
        assertTrue(PerOpExperiment.JmhSettings.of(false).forks() >= 3);
        PerOpExperiment.Score s = new PerOpExperiment.Score(2.5, 0.1, new double[] {3.0, 1.0, 2.0});
        assertEquals(2.0, s.median());
        assertEquals(1.0, s.acrossForks().low());
        assertEquals(3.0, s.acrossForks().high());
    }
}
