package dev.umws.bench.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvReportTest {
    @TempDir
    Path dir;

    @Test
    void writesOneFilePerTableAndTheTargets() throws IOException {
        List<Path> files = CsvReport.write(SampleReport.build(), dir);
        assertEquals(List.of(dir.resolve("latency-latency.csv"), dir.resolve("throughput-scaling.csv"),
                dir.resolve("targets.csv")), files);
    }

    @Test
    void quotingRoundTrips() throws IOException {
        CsvReport.write(SampleReport.build(), dir);
        String raw = Files.readString(dir.resolve("throughput-scaling.csv"));
        assertTrue(raw.contains("1,\"a <b> & \"\"c\"\", d\nnext line\",8960000\r\n"), raw);
        assertEquals(List.of(List.of("batch", "note", "packets/s"), List.of("1", SampleReport.AWKWARD, "8960000"),
                List.of("32", "plain", "13100000")), parse(raw));
    }

    @Test
    void leavesCellsThatWereNotMeasuredEmpty() throws IOException {
        CsvReport.write(SampleReport.build(), dir);
        List<List<String>> rows = parse(Files.readString(dir.resolve("latency-latency.csv")));
        assertEquals(List.of("spin", "one-way", "154", "171", "1.11"), rows.get(1));
        assertEquals(List.of("notify", "round-trip", "1234567", "", ""), rows.get(2));
    }

    @Test
    void listsEveryTargetWithItsOutcome() throws IOException {
        CsvReport.write(SampleReport.build(), dir);
        List<List<String>> rows = parse(Files.readString(dir.resolve(CsvReport.TARGETS_FILE)));
        assertEquals(CsvReport.TARGET_COLUMNS, rows.get(0));
        assertEquals(List.of("latency", "java-p50", "Java ring p50", "MET", "171", "171", "171", "AT_MOST", "500", "ns",
                "true", ""), rows.get(1));
        assertEquals(List.of("latency", "java-over-c", "Java/C throughput", "MISSED", "0.84", "0.84", "0.84",
                "AT_LEAST", "0.9", "", "false", "notify mode wakes a parked thread"), rows.get(2));
        assertEquals(List.of("latency", "rt-p50", "Java/C round trip p50", "INCONCLUSIVE", "1.04", "1", "1.08",
                "AT_MOST", "1.05", "x", "false", ""), rows.get(3));
        assertEquals(4, rows.size());
    }

    @Test
    void refusesIdsThatAreNotSafeFileNamesBeforeWritingAnything() {
        Table t = new Table("t", "", List.of("a"), List.of());
        Report escaping = new Report(Map.of(), List.of(new Section("../up", "Up", "", List.of(t), List.of(), List.of())));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvReport.write(escaping, dir));
        assertTrue(e.getMessage().contains("../up"), e.getMessage());

        Section s = new Section("s", "S", "", List.of(t, t), List.of(), List.of());
        Report twice = new Report(Map.of(), List.of(s));
        e = assertThrows(IllegalArgumentException.class, () -> CsvReport.write(twice, dir));
        assertTrue(e.getMessage().contains("s-t.csv"), e.getMessage());
        assertFalse(Files.exists(dir.resolve(CsvReport.TARGETS_FILE)));
    }

    /** RFC 4180 records: CRLF between records, quoted fields may hold commas, quotes ("") and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"' && field.isEmpty()) {
                for (i++; ; i++) {
                    if (csv.charAt(i) == '"') {
                        if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            i++;
                            break;
                        }
                    } else {
                        field.append(csv.charAt(i));
                    }
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                i++;
            } else if (csv.startsWith("\r\n", i)) {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                i += 2;
            } else {
                assertFalse(c == '\r' || c == '\n' || c == '"', "unquoted " + (int) c + " at " + i);
                field.append(c);
                i++;
            }
        }
        assertTrue(fields.isEmpty() && field.isEmpty(), "the last record ends with CRLF");
        return records;
    }
}
