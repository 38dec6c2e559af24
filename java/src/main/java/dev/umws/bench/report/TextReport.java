package dev.umws.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The terminal view of a {@link Report}: the {@code about} lines, then per section its title, its
 * tables with aligned columns (figures right-aligned) and its targets, one line each:
 *
 * <pre>
 * [met]          Java ring p50: 1.01 x [0.98, 1.03] (limit: ≤ 1.05 x; A/A C/C 1.00 [0.98, 1.02])
 * [MISSED]       Java/C throughput: 0.84 [0.80, 0.86] (limit: ≥ 0.90) — notify mode wakes a parked thread
 *                  SPIN, batch 1: 0.84 [0.80, 0.86] MISSED
 * </pre>
 *
 * A target over several cells lists each cell under its line; the run's measurement errors, if
 * any, close the report under "RUN FAILED".
 *
 * Section text and charts are left to the HTML report. Writes to any {@link Appendable}
 * (a {@link java.io.PrintStream}, a {@link StringBuilder}, ...).
 */
public final class TextReport {
    private static final String GAP = "  ";

    private final boolean groupThousands;

    /** A view with thousands grouping of whole numbers ({@code 1,234,567}). */
    public TextReport() {
        this(true);
    }

    public TextReport(boolean groupThousands) {
        this.groupThousands = groupThousands;
    }

    /** The whole report as one string. */
    public String render(Report report) {
        StringBuilder sb = new StringBuilder();
        try {
            write(report, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return sb.toString();
    }

    public void write(Report report, Appendable out) throws IOException {
        int keyWidth = report.about().keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, String> e : report.about().entrySet()) {
            out.append(pad(e.getKey() + ":", keyWidth + 1, false)).append(' ')
                    .append(Figures.oneLine(e.getValue())).append('\n');
        }
        for (Section s : report.sections()) {
            String title = Figures.oneLine(s.title());
            out.append('\n').append(title).append('\n').append("=".repeat(title.length())).append('\n');
            for (Table t : s.tables()) {
                out.append('\n');
                table(t, out);
            }
            if (!s.targets().isEmpty()) {
                out.append('\n');
            }
            for (Target t : s.targets()) {
                out.append(target(t)).append('\n');
                if (t.cells().size() > 1) {
                    for (Target.Cell c : t.cells()) {
                        out.append(" ".repeat(MARK + 2)).append(Figures.oneLine(Figures.cell(t, c))).append('\n');
                    }
                }
            }
        }
        List<String> errors = report.errors();
        if (!errors.isEmpty()) {
            out.append("\nRUN FAILED: ").append(Integer.toString(errors.size()))
                    .append(" measurement error(s); no figure above includes them\n");
            for (String e : errors) {
                out.append("  ").append(Figures.oneLine(e)).append('\n');
            }
        }
    }

    /** One table: its title, a header row, a rule and the rows, columns padded to their widest cell. */
    void table(Table t, Appendable out) throws IOException {
        int n = t.columns().size();
        List<String[]> cells = new ArrayList<>();
        int[] width = new int[n];
        boolean[] right = Figures.numericColumns(t);
        for (int c = 0; c < n; c++) {
            width[c] = Figures.oneLine(t.columns().get(c)).length();
        }
        for (List<Object> row : t.rows()) {
            String[] r = new String[n];
            for (int c = 0; c < n; c++) {
                r[c] = Figures.cell(row.get(c), groupThousands);
                width[c] = Math.max(width[c], r[c].length());
            }
            cells.add(r);
        }
        if (t.title() != null && !t.title().isEmpty()) {
            out.append(Figures.oneLine(t.title())).append('\n');
        }
        String[] header = t.columns().stream().map(Figures::oneLine).toArray(String[]::new);
        line(header, width, right, out);
        String[] rule = new String[n];
        for (int c = 0; c < n; c++) {
            rule[c] = "-".repeat(width[c]);
        }
        line(rule, width, right, out);
        for (String[] r : cells) {
            line(r, width, right, out);
        }
    }

    /** Width of the widest verdict marker, "[inconclusive]". */
    private static final int MARK = "[inconclusive]".length();

    /** "[met] description: measured [low, high] (limit: ≤ X unit; A/A ...) — note"; the markers line up. */
    static String target(Target t) {
        String controls = Figures.controls(t);
        String line = pad("[" + t.verdict().label + "]", MARK, false) + " " + Figures.oneLine(t.description()) + ": "
                + Figures.measured(t) + " (limit: " + Figures.limit(t) + (controls.isEmpty() ? "" : "; " + controls)
                + ")";
        return t.note() == null || t.note().isBlank() ? line : line + " — " + Figures.oneLine(t.note());
    }

    private static void line(String[] cells, int[] width, boolean[] right, Appendable out) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            sb.append(c == 0 ? "" : GAP).append(pad(cells[c], width[c], right[c]));
        }
        out.append(sb.toString().stripTrailing()).append('\n');
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return right ? fill + s : s + fill;
    }
}
