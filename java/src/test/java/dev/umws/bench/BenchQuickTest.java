package dev.umws.bench;

import dev.umws.cli.Umws;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code umws bench --quick} runs every default experiment and writes the report. Checks the
 * report's structure, never its speed. (The opt-in native experiment has its own tiny run in
 * NativeDriversExperimentTest, which checks its section of the report.)
 */
class BenchQuickTest {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream saved;

    @BeforeEach
    void capture() {
        saved = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(saved);
    }

    @Test
    void quickRunReportsEverySectionAndWritesTheReport(@TempDir Path dir) throws Exception {
        assertEquals(0, Umws.run("bench", "--quick", "--out", dir.toString()));
        String out = captured.toString(StandardCharsets.UTF_8);
        for (String title : new String[] {"cache-line ping-pong", "Ring latency", "Interrupt delivery",
                "Throughput"}) {
            assertTrue(out.contains(title), title + " missing in:\n" + out);
        }
        for (String mode : new String[] {"SPIN", "BACKOFF", "NOTIFY"}) {
            assertTrue(out.contains(mode), out);
        }
        assertTrue(out.contains("git revision"), out);
        String json = Files.readString(dir.resolve("report.json"));
        for (String id : new String[] {"\"hardware\"", "\"ring\"", "\"interrupt\"", "\"throughput\"",
                "\"targets\"", "\"git revision\""}) {
            assertTrue(json.contains(id), id + " missing in report.json");
        }
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("<canvas") && html.contains("Chart"), "report.html has no charts");
        assertTrue(Files.exists(dir.resolve("csv").resolve("targets.csv")));
        assertTrue(Files.exists(dir.resolve("csv").resolve("ring-latency.csv")));
    }

    @Test
    void anUnknownExperimentIsAClearError(@TempDir Path dir) {
        assertEquals(2, Umws.run("bench", "--quick", "--only", "nosuch", "--out", dir.toString()));
    }
}
