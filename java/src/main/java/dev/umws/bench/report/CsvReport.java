package dev.umws.bench.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The report's figures as CSV files (RFC 4180: CRLF line ends, a field holding a comma, a quote
 * or a line break is quoted, quotes doubled), for spreadsheets and scripts: one file per table,
 * named {@code <section id>-<table id>.csv}, with the column names as its first row, plus
 * {@code targets.csv} with every target of every section (written even when there are none).
 * Values are full precision; a cell that was not measured (or a NaN figure) is an empty field.
 */
public final class CsvReport {
    /** The name of the file that lists the targets. */
    public static final String TARGETS_FILE = "targets.csv";

    /** The columns of {@value #TARGETS_FILE}. */
    public static final List<String> TARGET_COLUMNS =
            List.of("section", "id", "description", "verdict", "measured", "low", "high", "bound", "limit", "unit",
                    "met", "note");

    /** Ids become file names, so they stay within a portable set. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._]+(-[A-Za-z0-9._]+)*");

    private CsvReport() {
    }

    /**
     * Writes the CSV files into {@code dir} (created if missing) and returns them, the tables'
     * in report order, then {@value #TARGETS_FILE}. Ids that would make an unsafe or duplicate
     * file name are refused before anything is written.
     */
    public static List<Path> write(Report report, Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Section s : report.sections()) {
            for (Table t : tablesAndRaw(s)) {
                String name = fileName(s, t);
                if (!seen.add(name)) {
                    throw new IllegalArgumentException("two tables would both be written to " + name);
                }
                names.add(name);
            }
        }
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        int i = 0;
        for (Section s : report.sections()) {
            for (Table t : tablesAndRaw(s)) {
                written.add(Files.writeString(dir.resolve(names.get(i++)), table(t)));
            }
        }
        written.add(Files.writeString(dir.resolve(TARGETS_FILE), targets(report)));
        return written;
    }

    /** A section's shown tables, then its raw ones (their ids start "raw-" by convention, see Section). */
    private static List<Table> tablesAndRaw(Section s) {
        List<Table> all = new ArrayList<>(s.tables());
        all.addAll(s.raw());
        return all;
    }

    /** {@code <section id>-<table id>.csv}, refusing ids that are not safe in a file name. */
    static String fileName(Section s, Table t) {
        for (String id : new String[] {s.id(), t.id()}) {
            if (id == null || !SAFE_ID.matcher(id).matches() || id.startsWith(".")) {
                throw new IllegalArgumentException("id " + id + " (section " + s.id() + ", table " + t.id()
                        + ") is not usable in a CSV file name: letters, digits, '.', '_' and inner '-' only");
            }
        }
        return s.id() + "-" + t.id() + ".csv";
    }

    /** One table: the column names, then one record per row. */
    static String table(Table t) {
        StringBuilder sb = new StringBuilder();
        record(sb, t.columns());
        for (List<Object> row : t.rows()) {
            record(sb, row.stream().map(CsvReport::value).toList());
        }
        return sb.toString();
    }

    static String targets(Report report) {
        StringBuilder sb = new StringBuilder();
        record(sb, TARGET_COLUMNS);
        for (Section s : report.sections()) {
            for (Target t : s.targets()) {
                record(sb, List.of(s.id(), text(t.id()), text(t.description()), t.verdict().name(),
                        value(t.measured()), value(t.low()), value(t.high()), t.bound().name(), value(t.limit()),
                        text(t.unit()), Boolean.toString(t.met()), text(t.note())));
            }
        }
        return sb.toString();
    }

    private static void record(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(field(fields.get(i)));
        }
        sb.append("\r\n");
    }

    /** RFC 4180, section 2, rules 6 and 7. */
    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** A cell's full value: plain decimals (no exponent), empty when not measured. */
    private static String value(Object cell) {
        return switch (cell) {
            case null -> "";
            case Double d -> Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                    : Double.isNaN(d) ? "" : d > 0 ? "inf" : "-inf";
            default -> cell.toString();
        };
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
