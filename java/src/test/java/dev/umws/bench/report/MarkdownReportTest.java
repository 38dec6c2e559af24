package dev.umws.bench.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownReportTest {
    private final String md = MarkdownReport.render(SampleReport.build());

    @Test
    void tablesEveryTargetWithVerdictIntervalAndControl() {
        assertTrue(md.contains(MarkdownReport.TARGETS_HEADER), md);
        assertTrue(md.contains("| Java ring p50 | met | 171 ns |  ≤ 500 ns |  |".replace("|  ≤", "| ≤")), md);
        assertTrue(md.contains("| Java/C round trip p50 | inconclusive | 1.04 x [1.00, 1.08] | ≤ 1.05 x | A/A C/C 1.00 "
                + "[0.99, 1.02] |"), md);
        assertTrue(md.contains("- BACKOFF: 1.04 x [1.00, 1.08] inconclusive"), md);
        assertTrue(md.contains("No measurement errors."), md);
    }
}
