package dev.umws.bench.report;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportModelTest {
    @Test
    void chartRefusesASeriesOfTheWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> new Chart("c", "C", Chart.Kind.LINE, "x", "y", false, false,
                List.of(), List.of(new Chart.Series("s", new double[] {1, 2, 3}, new double[] {1, 2}))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Chart("c", "C",
                Chart.Kind.BAR, "x", "y", false, false, List.of("a", "b"),
                List.of(new Chart.Series("s", new double[0], new double[] {1, 2, 3}))));
        assertTrue(e.getMessage().contains("3 values for 2 points"), e.getMessage());
    }

    @Test
    void tableRefusesARowOfTheWrongWidthOrAnotherCellType() {
        assertThrows(IllegalArgumentException.class,
                () -> new Table("t", "T", List.of("a", "b"), List.of(SampleReport.row("x"))));
        assertThrows(IllegalArgumentException.class,
                () -> new Table("t", "T", List.of("a"), List.of(SampleReport.row(Integer.valueOf(1)))));
    }

    @Test
    void targetIsMetOnTheGoodSideOfItsLimit() {
        assertTrue(Target.point("t", "T", 500, Target.Bound.AT_MOST, 500, "ns", null).met());
        assertFalse(Target.point("t", "T", 501, Target.Bound.AT_MOST, 500, "ns", null).met());
        assertTrue(Target.point("t", "T", 0.9, Target.Bound.AT_LEAST, 0.9, "", null).met());
        assertFalse(Target.point("t", "T", Double.NaN, Target.Bound.AT_LEAST, 0.9, "", null).met());
    }

    @Test
    void reportKeepsAboutInTheOrderGiven() {
        Map<String, String> about = new LinkedHashMap<>();
        for (String k : List.of("machine", "configuration", "git revision", "date", "b", "a")) {
            about.put(k, k);
        }
        assertEquals(List.copyOf(about.keySet()), List.copyOf(new Report(about, List.of()).about().keySet()));
        Map<String, String> withNull = new LinkedHashMap<>();
        withNull.put("date", null);
        assertThrows(NullPointerException.class, () -> new Report(withNull, List.of()));
    }
}
