package dev.umws.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every file form of a {@link Report} into one directory; the experiment runner's one call:
 *
 * <pre>
 * dir/report.json        {@link JsonReport}: everything, for machines
 * dir/report.html        {@link HtmlReport}: one self-contained page with the charts (opens offline)
 * dir/csv/&lt;section&gt;-&lt;table&gt;.csv   {@link CsvReport}: one per table
 * dir/csv/targets.csv    every target, met or not
 * dir/summary.md         {@link MarkdownReport}: the verdicts as Markdown tables
 * </pre>
 *
 * A timeline page already in the directory ({@code timeline.html} or {@code trace/*.html}, written
 * by {@link TimelinePage}) is linked from the report's HTML.
 *
 * The terminal view is {@link TextReport}, printed by the runner itself. JSON and CSV are written
 * before HTML, so a failure there (Chart.js missing from the classpath) leaves the figures on disk.
 */
public final class ReportFiles {
    public static final String JSON = "report.json";
    public static final String HTML = "report.html";
    public static final String CSV_DIR = "csv";
    public static final String SUMMARY = "summary.md";

    /** What was written: each path is inside the directory given to {@link #write}. */
    public record Written(Path json, Path html, List<Path> csv) {
        public Written {
            csv = List.copyOf(csv);
        }

        /** Every file, JSON first, then HTML, then the CSVs. */
        public List<Path> all() {
            List<Path> all = new ArrayList<>();
            all.add(json);
            all.add(html);
            all.addAll(csv);
            return all;
        }
    }

    private ReportFiles() {
    }

    /** The timeline pages in {@code dir} ({@code timeline.html}, then {@code trace/*.html} by name), relative to it. */
    public static List<String> timelinePages(Path dir) throws IOException {
        List<String> pages = new ArrayList<>();
        if (Files.isRegularFile(dir.resolve("timeline.html"))) {
            pages.add("timeline.html");
        }
        if (Files.isDirectory(dir.resolve("trace"))) {
            try (var list = Files.list(dir.resolve("trace"))) {
                list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted()
                        .forEach(n -> pages.add("trace/" + n));
            }
        }
        return pages;
    }

    /**
     * Writes {@code report.json}, {@code report.html} and {@code csv/*.csv} into {@code dir}
     * (created if missing; files of the same names are replaced) and returns their paths.
     *
     * @throws IOException when a file cannot be written
     * @throws IllegalArgumentException when a section or table id is not usable in a file name
     * @throws IllegalStateException when Chart.js is not on the classpath (after JSON and CSV)
     */
    public static Written write(Report report, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path json = dir.resolve(JSON);
        JsonReport.write(report, json);
        List<Path> csv = CsvReport.write(report, dir.resolve(CSV_DIR));
        Files.writeString(dir.resolve(SUMMARY), MarkdownReport.render(report));
        Path html = dir.resolve(HTML);
        Files.writeString(html, HtmlReport.render(report, timelinePages(dir)));
        return new Written(json, html, csv);
    }
}
