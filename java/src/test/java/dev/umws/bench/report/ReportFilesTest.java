package dev.umws.bench.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFilesTest {
    @TempDir
    Path tmp;

    @Test
    void writesJsonHtmlAndCsvIntoOneDirectory() throws IOException {
        Path dir = tmp.resolve("run-1");
        ReportFiles.Written w = ReportFiles.write(SampleReport.build(), dir);
        assertEquals(dir.resolve("report.json"), w.json());
        assertEquals(dir.resolve("report.html"), w.html());
        assertEquals(List.of(dir.resolve("csv/latency-latency.csv"), dir.resolve("csv/throughput-scaling.csv"),
                dir.resolve("csv/targets.csv")), w.csv());
        assertEquals(5, w.all().size());
        for (Path p : w.all()) {
            assertTrue(Files.size(p) > 0, p.toString());
        }
        assertEquals(JsonReport.render(SampleReport.build()), Files.readString(w.json()));
    }
}
