package dev.umws.bench.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextReportTest {
    private final String text = new TextReport().render(SampleReport.build());
    private final List<String> lines = text.lines().toList();

    @Test
    void startsWithTheAboutLinesInTheirOrder() {
        assertEquals(List.of("machine:       Linux amd64, 2 CPUs", "configuration: --quick, G2",
                "git revision:  8842e29", "date:          2025-06-01T12:00:00Z"), lines.subList(0, 4));
    }

    @Test
    void rightAlignsFiguresUnderTheirHeaders() {
        int header = lines.indexOf("Ring latency, ns") + 1;
        String head = lines.get(header);
        String spin = lines.get(header + 2);
        String notify = lines.get(header + 3);
        assertTrue(head.startsWith("mode    measure     "), head);
        int right = head.indexOf("C p50") + "C p50".length();
        assertEquals(right, spin.indexOf("154") + 3, spin);
        assertEquals(right, notify.indexOf("1,234,567") + 9, notify);
        assertEquals(head.length(), spin.length(), "the last column is figures, so every line ends at its edge");
        assertEquals(head.length(), lines.get(header + 1).length());
        assertTrue(spin.endsWith("  1.11"), spin);
    }

    @Test
    void showsCellsThatWereNotMeasured() {
        String notify = lines.stream().filter(l -> l.startsWith("notify")).findFirst().orElseThrow();
        assertTrue(notify.endsWith("n/m     n/m"), notify);
    }

    @Test
    void marksTargetsMetAndMissed() {
        assertTrue(lines.contains("[met]          Java ring p50: 171 ns (limit: ≤ 500 ns)"), text);
        assertTrue(lines.contains("[MISSED]       Java/C throughput: 0.84 (limit: ≥ 0.90) — notify mode wakes a parked "
                + "thread"), text);
    }

    @Test
    void givesIntervalsControlsAndEveryCellOfATarget() {
        assertTrue(lines.contains("[inconclusive] Java/C round trip p50: 1.04 x [1.00, 1.08] (limit: ≤ 1.05 x; A/A C/C "
                + "1.00 [0.99, 1.02])"), text);
        assertTrue(lines.contains("                SPIN: 1.01 x [0.98, 1.03] met"), text);
        assertTrue(lines.contains("                BACKOFF: 1.04 x [1.00, 1.08] inconclusive"), text);
    }

    @Test
    void keepsEachCellOnOneLine() {
        assertTrue(text.contains("a <b> & \"c\", d next line"), text);
    }

    @Test
    void groupsThousandsOnlyWhenAsked() {
        String plain = new TextReport(false).render(SampleReport.build());
        assertTrue(plain.contains("1234567"));
        assertFalse(plain.contains("1,234,567"));
        assertTrue(text.contains("13,100,000"));
        assertEquals("7,898.62", Figures.cell(7898.62, true));
        assertEquals("7898.62", Figures.cell(7898.62, false));
    }
}
