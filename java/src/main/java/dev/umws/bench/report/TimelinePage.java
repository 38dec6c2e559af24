package dev.umws.bench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * A trace-event file (the recorder's {@code --trace} output, or any Chrome trace-event JSON) as one
 * self-contained HTML page that works opened from disk, with no network: a track per thread and per
 * GPU engine grouped by process, slices as bars, instants as marks, counters as lines below, zoom
 * by wheel, drag and slider, and a click on an event selects its submission ({@code args.queue} and
 * {@code args.fence}) and draws its flow. Apache ECharts draws everything (inlined from its WebJar,
 * see {@link WebJarScript#ECHARTS}); the page's own script ({@code timeline.js}) only configures it. Layout:
 *
 * <pre>
 * head     style (inline)
 * body     h1, summary (events shown of events in the file, the cap, dropped events), help
 *          div#timeline        the chart: tracks grid above, counters grid below, one time axis
 *          div#selection       the selected submission's events, in order
 *          script              ECharts (about 1 MB)
 *          script   type="application/json" #umws-trace: see {@link TimelineData}
 *          script              timeline.js
 * </pre>
 *
 * The page opens at the submission named in its fragment, if any: {@code timeline.html#select=q1f3}
 * (queue 1, fence 3) or {@code #flow=ID}.
 */
public final class TimelinePage {
    /**
     * At most this many events (slices, instants, counter samples and flow steps; metadata not
     * counted) are embedded: the first ones in time. The data is about 65 to 150 bytes an event, so
     * the page stays under about 2.5 MB with the library; the page says when the trace had more.
     * Measured on the 2-core machine under a load of 13: 5,700 events drew in headless Chromium in
     * 20 s of wall time (a 450-event page in 10 s), while 20,000 did not finish within 60 s.
     */
    public static final int DEFAULT_CAP = 10_000;

    private static final String SCRIPT_RESOURCE = "dev/umws/bench/report/timeline.js";

    private static final String STYLE = """
            body { font: 14px/1.4 system-ui, sans-serif; color: #1d1d1f; margin: 1em 1.5em; }
            h1 { font-size: 1.4em; margin: 0 0 0.3em; }
            p { margin: 0.3em 0; }
            .warn { color: #b00020; font-weight: 600; }
            .help { color: #555; }
            #timeline { width: 100%; min-height: 300px; }
            #selection table { border-collapse: collapse; margin: 0.5em 0; }
            #selection th, #selection td { border: 1px solid #d0d0d0; padding: 0.15em 0.5em; text-align: left; }
            #selection th { background: #f3f3f3; }
            #selection td.num { text-align: right; font-variant-numeric: tabular-nums; }
            """;

    private static String script;

    private TimelinePage() {
    }

    /** Writes the page for {@code traceJson} to {@code htmlOut}, embedding at most {@link #DEFAULT_CAP} events. */
    public static void write(Path traceJson, Path htmlOut) throws IOException {
        write(traceJson, htmlOut, DEFAULT_CAP);
    }

    /**
     * Writes the page for {@code traceJson} to {@code htmlOut} (parent directories created),
     * embedding the first {@code cap} events in time.
     *
     * @throws IOException when the trace cannot be read or the page written
     * @throws IllegalArgumentException when the trace is not trace-event JSON (the message says where)
     * @throws IllegalStateException when ECharts is not on the classpath
     */
    public static void write(Path traceJson, Path htmlOut, int cap) throws IOException {
        String html;
        try (Reader in = Files.newBufferedReader(traceJson, StandardCharsets.UTF_8)) {
            html = render(in, traceJson.getFileName().toString(), cap);
        }
        Path parent = htmlOut.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(htmlOut, html, StandardCharsets.UTF_8);
    }

    /** The page for the trace read from {@code trace}; {@code source} names it on the page. */
    public static String render(Reader trace, String source, int cap) throws IOException {
        String echarts = WebJarScript.ECHARTS.script(); // first, so a missing library fails before any work
        String draw = drawingScript();
        Map<String, Object> data = TimelineData.read(trace, source, cap);
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) data.get("meta");
        StringBuilder json = new StringBuilder(256 * 1024);
        TraceJson.write(json, data);

        StringBuilder h = new StringBuilder(echarts.length() + json.length() + 16 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>umws timeline: ").append(HtmlReport.esc(source)).append("</title>\n<style>\n")
                .append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>umws timeline: ").append(HtmlReport.esc(source)).append("</h1>\n");
        summary(h, meta);
        h.append("<p class=\"help\">Wheel: zoom in time. Drag: pan. Slider below: zoom and pan. Click an event: select its"
                        + " submission (queue and fence) and draw its flow; click empty space to clear."
                        + " Categories above the tracks hide and show events; counter names hide and show lines.</p>\n")
                .append("<div id=\"timeline\" role=\"img\" aria-label=\"timeline of ").append(HtmlReport.esc(source))
                .append("\"></div>\n<div id=\"selection\"><p class=\"help\">No submission selected.</p></div>\n")
                .append("<script>\n").append(echarts).append("\n</script>\n")
                .append("<script type=\"application/json\" id=\"umws-trace\">\n")
                .append(HtmlReport.scriptSafe(json.toString())).append("\n</script>\n")
                .append("<script>\n").append(draw).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void summary(StringBuilder h, Map<String, Object> meta) {
        long total = ((Number) meta.get("events")).longValue();
        int embedded = ((Number) meta.get("embedded")).intValue();
        h.append("<p id=\"summary\">").append(String.format(Locale.ROOT, "%,d", total))
                .append(" events; drawn with Apache ECharts ").append(HtmlReport.esc(WebJarScript.ECHARTS.version())).append(".");
        if (meta.get("otherData") instanceof Map<?, ?> other) {
            for (String k : new String[] {"generator", "clock"}) {
                if (other.get(k) != null) {
                    h.append(' ').append(HtmlReport.esc(k)).append(": ").append(HtmlReport.esc(String.valueOf(other.get(k))))
                            .append('.');
                }
            }
        }
        h.append("</p>\n");
        if (Boolean.TRUE.equals(meta.get("capped"))) {
            h.append("<p class=\"warn\" id=\"capped\">Showing the first ").append(String.format(Locale.ROOT, "%,d", embedded))
                    .append(" of ").append(String.format(Locale.ROOT, "%,d", total))
                    .append(" events (the page's cap: ").append(String.format(Locale.ROOT, "%,d", meta.get("cap")))
                    .append("), up to t = ").append(String.format(Locale.ROOT, "%,.3f", meta.get("windowEnd")))
                    .append(" µs. Open the trace file in Perfetto's UI for the rest.</p>\n");
        }
        if (meta.get("otherData") instanceof Map<?, ?> other && other.get("dropped") instanceof Map<?, ?> dropped) {
            StringBuilder lost = new StringBuilder();
            dropped.forEach((track, n) -> {
                if (n instanceof Number c && c.longValue() > 0) {
                    lost.append(lost.isEmpty() ? "" : ", ").append(HtmlReport.esc(String.valueOf(track))).append(": ").append(c);
                }
            });
            if (!lost.isEmpty()) {
                h.append("<p class=\"warn\" id=\"dropped\">The recorder dropped events (buffers full): ").append(lost)
                        .append(". Those tracks have gaps.</p>\n");
            }
        }
    }

    private static synchronized String drawingScript() {
        if (script == null) {
            try (InputStream in = TimelinePage.class.getClassLoader().getResourceAsStream(SCRIPT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + SCRIPT_RESOURCE + ": the build copies it");
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(SCRIPT_RESOURCE, e);
            }
        }
        return script;
    }
}
