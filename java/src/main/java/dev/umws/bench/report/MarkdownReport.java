package dev.umws.bench.report;

import java.util.List;
import java.util.Map;

/**
 * The report's verdicts as Markdown ({@code summary.md}), for a README or an issue: the run's
 * {@code about} lines, one table of every target (verdict, figure with its interval, limit, A/A
 * control), then each target's cells. The README's performance figures are this file's tables,
 * copied from the committed report's run, so that no figure is typed by hand.
 */
public final class MarkdownReport {
    /** The header of the targets table; a test finds the table by it. */
    public static final String TARGETS_HEADER =
            "| Target | Verdict | Measured [95 % interval] | Limit | A/A control |";

    private MarkdownReport() {
    }

    public static String render(Report report) {
        StringBuilder md = new StringBuilder();
        md.append("# umws bench: verdicts\n\n");
        for (Map.Entry<String, String> e : report.about().entrySet()) {
            md.append("- **").append(cell(e.getKey())).append("**: ").append(cell(e.getValue())).append('\n');
        }
        List<String> errors = report.errors();
        md.append('\n').append(errors.isEmpty() ? "No measurement errors.\n"
                : "**RUN FAILED**: " + errors.size() + " measurement error(s).\n");
        errors.forEach(e -> md.append("- ").append(cell(e)).append('\n'));
        md.append('\n').append(targetsTable(report));
        md.append("\n## Cells\n");
        for (Section s : report.sections()) {
            for (Target t : s.targets()) {
                if (t.cells().size() > 1) {
                    md.append("\n**").append(cell(t.description())).append("** (").append(t.verdict().label)
                            .append(", the worst judged cell)\n\n");
                    t.cells().forEach(c -> md.append("- ").append(cell(Figures.cell(t, c))).append('\n'));
                }
            }
        }
        return md.toString();
    }

    /** Every section's targets as one Markdown table (header, rule, one row per target). */
    public static String targetsTable(Report report) {
        StringBuilder md = new StringBuilder(TARGETS_HEADER).append("\n|---|---|---|---|---|\n");
        for (Section s : report.sections()) {
            for (Target t : s.targets()) {
                md.append("| ").append(cell(t.description())).append(" | ").append(t.verdict().label).append(" | ")
                        .append(cell(Figures.measured(t))).append(" | ").append(cell(Figures.limit(t))).append(" | ")
                        .append(cell(Figures.controls(t))).append(" |\n");
            }
        }
        return md.toString();
    }

    /** Text in a table cell: one line, no pipe that would split the cell. */
    private static String cell(String s) {
        return s == null ? "" : Figures.oneLine(s).replace("|", "\\|");
    }
}
