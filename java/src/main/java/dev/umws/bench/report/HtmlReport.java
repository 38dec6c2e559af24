package dev.umws.bench.report;

import dev.umws.cli.JsonText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as one self-contained HTML page that works opened from disk, with no network: the
 * {@code about} block, then per section its text, tables, targets (met or missed, marked in words
 * and colour) and charts. The charts are drawn by Chart.js, inlined from the WebJar (see
 * {@link WebJarScript#CHART_JS}); their data travels in the page as JSON. Page layout:
 *
 * <pre>
 * head     style (inline)
 * body     h1, about table, contents
 *          section: h2, text, tables, targets table, figure > canvas#chart-N per chart
 *          script   Chart.js (about 200 KB)
 *          script   type="application/json" #umws-charts: { "chart-N": Chart.js config, ... }
 *          script   new Chart(canvas, config) for each entry
 * </pre>
 *
 * Every text from the report is escaped; the JSON has {@code <}, {@code >} and {@code &} as
 * {@code \}{@code u003c}-style escapes so that no string can close its script element.
 */
public final class HtmlReport {
    private static final String STYLE = """
            body { font: 15px/1.45 system-ui, sans-serif; color: #1d1d1f; max-width: 1100px; margin: 2em auto; padding: 0 1em; }
            h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; } h3 { font-size: 1em; }
            table { border-collapse: collapse; margin: 0.8em 0; }
            caption { text-align: left; font-weight: 600; padding-bottom: 0.3em; }
            th, td { border: 1px solid #d0d0d0; padding: 0.25em 0.6em; vertical-align: top; white-space: pre-line; }
            th { background: #f3f3f3; text-align: left; }
            .num { text-align: right; font-variant-numeric: tabular-nums; }
            td.num { white-space: nowrap; }
            .wide { overflow-x: auto; }
            .nm { color: #888; text-align: center; }
            table.about th { background: none; border: none; padding-left: 0; }
            table.about td { border: none; }
            .text { white-space: pre-line; }
            td.met { color: #11671d; font-weight: 600; white-space: nowrap; }
            td.missed { color: #b00020; font-weight: 700; white-space: nowrap; }
            tr.missed { background: #fff1f2; }
            td.inconclusive { color: #8a5a00; font-weight: 600; white-space: nowrap; }
            tr.inconclusive { background: #fff8e6; }
            td.not_judged { color: #666; white-space: nowrap; }
            .errors { border: 2px solid #b00020; background: #fff1f2; padding: 0.5em 1em; }
            details.cells { margin: 0.2em 0; }
            figure { margin: 1.2em 0; max-width: 900px; }
            figcaption { font-weight: 600; margin-bottom: 0.4em; }
            .chart { position: relative; }
            """;

    private static final String DRAW = """
            (function () {
              var configs = JSON.parse(document.getElementById('umws-charts').textContent);
              Object.keys(configs).forEach(function (id) { new Chart(document.getElementById(id), configs[id]); });
            })();
            """;

    private HtmlReport() {
    }

    public static void write(Report report, Path file) throws IOException {
        Files.writeString(file, render(report));
    }

    /** The page; fails with {@link IllegalStateException} when Chart.js is not on the classpath. */
    public static String render(Report report) {
        return render(report, List.of());
    }

    /** The page, linking each timeline page in {@code timelines} (hrefs relative to the report). */
    public static String render(Report report, List<String> timelines) {
        String chartJs = WebJarScript.CHART_JS.script(); // first, so a missing library fails before any work
        StringBuilder h = new StringBuilder(chartJs.length() + 64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>umws bench report</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>umws bench report</h1>\n");
        about(h, report.about());
        if (!report.errors().isEmpty()) {
            h.append("<div class=\"errors\" id=\"errors\"><strong>Run failed: ").append(report.errors().size())
                    .append(" measurement error(s)</strong>; no figure includes them.<ul>\n");
            report.errors().forEach(e -> h.append("<li>").append(esc(e)).append("</li>\n"));
            h.append("</ul></div>\n");
        }
        if (!timelines.isEmpty()) {
            h.append("<p id=\"timelines\">Timeline:");
            timelines.forEach(t -> h.append(" <a href=\"").append(esc(t)).append("\">").append(esc(t)).append("</a>"));
            h.append("</p>\n");
        }
        if (report.sections().size() > 1) {
            h.append("<nav><ul>\n");
            for (Section s : report.sections()) {
                h.append("<li><a href=\"#section-").append(esc(s.id())).append("\">").append(esc(s.title()))
                        .append("</a></li>\n");
            }
            h.append("</ul></nav>\n");
        }
        Map<String, Object> charts = new LinkedHashMap<>();
        for (Section s : report.sections()) {
            h.append("<section id=\"section-").append(esc(s.id())).append("\">\n<h2>").append(esc(s.title()))
                    .append("</h2>\n");
            if (s.text() != null && !s.text().isBlank()) {
                h.append("<div class=\"text\">").append(esc(s.text().strip())).append("</div>\n");
            }
            s.tables().forEach(t -> table(h, t));
            targets(h, s.targets());
            for (Chart c : s.charts()) {
                String canvas = "chart-" + charts.size();
                charts.put(canvas, ChartJsConfig.of(c));
                h.append("<figure>\n<figcaption>").append(esc(c.title())).append("</figcaption>\n")
                        .append("<div class=\"chart\"><canvas id=\"").append(canvas).append("\" data-chart=\"")
                        .append(esc(c.id())).append("\" role=\"img\" aria-label=\"").append(esc(c.title()))
                        .append("\"></canvas></div>\n</figure>\n");
            }
            h.append("</section>\n");
        }
        h.append("<script>\n").append(chartJs).append("\n</script>\n")
                .append("<script type=\"application/json\" id=\"umws-charts\">\n")
                .append(scriptSafe(JsonText.write(charts))).append("</script>\n")
                .append("<script>\n").append(DRAW).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void about(StringBuilder h, Map<String, String> about) {
        if (about.isEmpty()) {
            return;
        }
        h.append("<table class=\"about\">\n");
        about.forEach((k, v) -> h.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v))
                .append("</td></tr>\n"));
        h.append("</table>\n");
    }

    private static void table(StringBuilder h, Table t) {
        boolean[] numeric = Figures.numericColumns(t);
        h.append("<div class=\"wide\"><table id=\"table-").append(esc(t.id())).append("\">\n");
        if (t.title() != null && !t.title().isEmpty()) {
            h.append("<caption>").append(esc(t.title())).append("</caption>\n");
        }
        h.append("<thead><tr>");
        for (int c = 0; c < numeric.length; c++) {
            h.append(numeric[c] ? "<th class=\"num\">" : "<th>").append(esc(t.columns().get(c))).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (List<Object> row : t.rows()) {
            h.append("<tr>");
            for (Object cell : row) {
                String css = cell == null ? " class=\"nm\" title=\"not measured\"" : Figures.numeric(cell) ? " class=\"num\"" : "";
                String text = cell instanceof String s ? s : Figures.cell(cell, true);
                h.append("<td").append(css).append('>').append(esc(text)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table></div>\n");
    }

    private static void targets(StringBuilder h, List<Target> targets) {
        if (targets.isEmpty()) {
            return;
        }
        h.append("<div class=\"wide\"><table class=\"targets\">\n<caption>Targets</caption>\n<thead><tr><th>Status</th><th>Target</th>")
                .append("<th class=\"num\">Measured [95 % interval]</th><th class=\"num\">Limit</th><th>A/A control</th>")
                .append("<th>Note</th></tr></thead>\n<tbody>\n");
        for (Target t : targets) {
            String state = t.verdict().name().toLowerCase(java.util.Locale.ROOT);
            String mark = switch (t.verdict()) {
                case MET -> "✓ met";
                case MISSED -> "✗ MISSED";
                case INCONCLUSIVE -> "? inconclusive";
                case NOT_JUDGED -> "– not judged";
            };
            h.append("<tr class=\"").append(state).append("\" id=\"target-").append(esc(t.id())).append("\">")
                    .append("<td class=\"").append(state).append("\">").append(mark)
                    .append("</td><td>").append(esc(t.description()));
            if (t.cells().size() > 1) {
                h.append("<details class=\"cells\"><summary>").append(t.cells().size())
                        .append(" cells (the verdict is the worst judged one)</summary><ul>");
                t.cells().forEach(c -> h.append("<li>").append(esc(Figures.cell(t, c))).append("</li>"));
                h.append("</ul></details>");
            }
            h.append("</td><td class=\"num\">").append(esc(Figures.measured(t)))
                    .append("</td><td class=\"num\">").append(esc(Figures.limit(t)))
                    .append("</td><td>").append(esc(Figures.controls(t)))
                    .append("</td><td>").append(esc(t.note())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table></div>\n");
    }

    /** Text for element content and quoted attribute values; {@code null} is empty. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** JSON that cannot end its script element: these characters only occur inside JSON strings. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
