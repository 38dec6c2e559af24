package dev.umws.bench.report;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders a trace's timeline page and takes a 1400x900 screenshot of it in headless Chromium, for
 * the README or a bug report. From the test classpath:
 *
 * <pre>
 * java -cp target/classes:target/test-classes dev.umws.bench.report.TimelineScreenshot TRACE.json OUT.png [FRAGMENT]
 * </pre>
 *
 * FRAGMENT selects a submission before the shot, e.g. {@code '#select=q2f5'} (queue 2, fence 5) or
 * {@code '#flow=ID'}; the page zooms to it. With TRACE.json given as {@code fixture} (or
 * {@code fixture:N}, N submissions per queue), the test fixture's trace is used. The page is kept beside the PNG (OUT.html).
 */
public final class TimelineScreenshot {
    private TimelineScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: TimelineScreenshot TRACE.json|fixture[:N] OUT.png [#select=qQfF | #flow=ID]");
            System.exit(2);
        }
        Path png = Path.of(args[1]).toAbsolutePath();
        Path trace = Path.of(args[0]);
        if (args[0].matches("fixture(:\\d+)?")) {
            int n = args[0].contains(":") ? Integer.parseInt(args[0].substring(8)) : 12;
            trace = TraceFixture.write(Files.createTempFile("umws-fixture-", ".json"), n);
        }
        Path html = png.resolveSibling(png.getFileName().toString().replaceFirst("\\.png$", "") + ".html");
        shoot(trace, html, png, args.length == 3 ? args[2] : "");
        System.out.println("wrote " + png + " (page " + html + ")");
    }

    /** Writes the page for {@code trace} to {@code html} and its screenshot, with {@code fragment}, to {@code png}. */
    static void shoot(Path trace, Path html, Path png, String fragment) throws Exception {
        TimelinePage.write(trace, html);
        HeadlessChromium chromium = HeadlessChromium.find().orElseThrow(
                () -> new IllegalStateException("no chromium on PATH: " + HeadlessChromium.INSTALL));
        chromium.screenshot(html, fragment, png, 1400, 900, 3000);
    }
}
