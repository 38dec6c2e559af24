package dev.umws.docs;

import dev.umws.bench.report.MarkdownReport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's performance figures come from a committed report, not from typing: its targets
 * table is the one {@code umws bench} wrote into {@code docs/bench/summary.md}, line for line, and
 * that summary belongs to the {@code report.json} beside it (same git revision, same verdicts).
 */
class ReadmeFiguresTest {
    private static final Path BENCH = Path.of("docs/bench");

    /** The lines of the first Markdown targets table in {@code text}: its header to its last row. */
    private static List<String> targetsTable(String text) {
        List<String> lines = text.lines().toList();
        int start = lines.indexOf(MarkdownReport.TARGETS_HEADER);
        assertTrue(start >= 0, "no targets table");
        int end = start;
        while (end < lines.size() && lines.get(end).startsWith("|")) {
            end++;
        }
        return lines.subList(start, end);
    }

    @Test
    void theReadmeTargetsTableIsTheCommittedReportsOwn() throws IOException {
        String summary = Files.readString(BENCH.resolve("summary.md"));
        String readme = Files.readString(Path.of("README.md"));
        assertEquals(targetsTable(summary), targetsTable(readme));
        assertTrue(readme.contains("docs/bench/report.json"), "the README cites the report its figures come from");
    }

    @Test
    void theSummaryBelongsToTheReportBesideIt() throws IOException {
        String summary = Files.readString(BENCH.resolve("summary.md"));
        String json = Files.readString(BENCH.resolve("report.json"));
        String revision = summary.lines().filter(l -> l.startsWith("- **git revision**: ")).findFirst()
                .orElseThrow().substring("- **git revision**: ".length());
        assertTrue(json.contains("\"git revision\": \"" + revision + "\""), revision);
        assertTrue(json.contains("\"format\": \"umws-report/2\""));
        assertTrue(json.contains("\"raw\""), "the raw rounds are in the committed report");
        long verdicts = targetsTable(summary).size() - 2;
        long inJson = json.lines().filter(l -> l.strip().startsWith("\"verdict\": ")).count();
        assertTrue(inJson >= verdicts, "every target of the summary has a verdict in the JSON");
    }
}
