package dev.umws.bench.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The report's pages as a person sees them: each page is opened in headless Chromium with a checker
 * script injected first ({@code browser-check.js}) that records every JavaScript error and, after the
 * page has drawn, counts the non-blank and the coloured pixels of every canvas (and on the timeline
 * clicks a submission's slice); Chromium's {@code --dump-dom} hands back its verdict. Skipped, with
 * the install command, where Chromium is not installed.
 */
@Tag("browser")
class ReportBrowserTest {
    private static final String VERDICT = "<pre id=\"umws-verdict\">";
    private static final int BUDGET_MS = 2000;

    private static HeadlessChromium chromium;
    private static String checker;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findChromium() throws IOException {
        Optional<HeadlessChromium> found = HeadlessChromium.find();
        assumeTrue(found.isPresent(), "chromium is not installed; install it with: " + HeadlessChromium.INSTALL);
        chromium = found.get();
        try (InputStream in = ReportBrowserTest.class.getResourceAsStream("browser-check.js")) {
            checker = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    /** Opens a copy of {@code page} with the checker injected and returns the checker's verdict. */
    private Map<String, Object> open(Path page, String fragment) throws IOException, InterruptedException {
        String html = Files.readString(page);
        assertTrue(html.contains("<head>"), page.toString());
        Path checked = page.resolveSibling("checked-" + page.getFileName());
        Files.writeString(checked, html.replaceFirst("<head>", "<head>\n<script>\n"
                + checker.replace("\\", "\\\\").replace("$", "\\$") + "</script>"));
        String dom = chromium.dumpDom(checked, fragment, BUDGET_MS);
        int from = dom.lastIndexOf(VERDICT); // the checker's own text names the element too
        assertTrue(from >= 0, "the checker wrote no verdict (the page never finished loading?); DOM starts: "
                + dom.substring(0, Math.min(dom.length(), 2000)));
        String json = dom.substring(from + VERDICT.length(), dom.indexOf("</pre>", from))
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&nbsp;", "\u00a0")
                .replace("&amp;", "&");
        return obj(MiniJson.parse(json));
    }

    private static void assertNoErrors(Map<String, Object> verdict) {
        assertEquals(List.of(), verdict.get("errors"), "JavaScript errors");
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    /** Every canvas has drawn something, and something coloured (data, not only axes and text). */
    private static void assertCanvasesDrawn(Map<String, Object> verdict, int expected) {
        List<Object> canvases = list(verdict.get("canvases"));
        assertEquals(expected, canvases.size(), "canvases: " + canvases);
        for (Object o : canvases) {
            Map<String, Object> c = obj(o);
            double pixels = num(c.get("width")) * num(c.get("height"));
            assertTrue(pixels > 0, "a canvas of no size: " + c);
            assertTrue(num(c.get("painted")) > pixels / 200, "an empty canvas: " + c);
            assertTrue(num(c.get("coloured")) > pixels / 1000, "a canvas without data drawn: " + c);
        }
    }

    /** The fixture's events of submission (q, fence), and its flow's steps. */
    private static long[] submission(Map<String, Object> data, int q, int fence) {
        long members = list(data.get("events")).stream().map(e -> obj(obj(e).get("args")))
                .filter(a -> a.get("fence") != null && num(a.get("queue")) == q && num(a.get("fence")) == fence).count();
        Map<String, Object> flow = obj(list(data.get("flows")).stream()
                .filter(f -> obj(f).get("id").equals(TraceFixture.flowId(q, fence))).findFirst().orElseThrow());
        return new long[] {members, list(flow.get("steps")).size()};
    }

    @Test
    void drawsEveryReportChartWithoutErrors() throws Exception {
        Path dir = tmp.resolve("report");
        TimelinePage.write(TraceFixture.write(tmp.resolve("t.json"), 3), dir.resolve("timeline.html"));
        ReportFiles.Written w = ReportFiles.write(SampleReport.build(), dir);
        assertTrue(Files.readString(w.html()).contains("<a href=\"timeline.html\">"), "the report links the timeline");
        Map<String, Object> verdict = open(w.html(), "");
        assertNoErrors(verdict);
        assertCanvasesDrawn(verdict, 2);
    }

    /** One browser run: the page opens at queue 2's fence 7 (from its address), then a click selects another submission. */
    @Test
    void drawsTheTimelineOpensAtASubmissionAndAClickSelectsAnother() throws Exception {
        Path page = tmp.resolve("timeline.html");
        TimelinePage.write(TraceFixture.write(tmp.resolve("t.json"), 8), page);
        Map<String, Object> data = TimelinePageTest.embeddedData(Files.readString(page));
        Map<String, Object> verdict = open(page, "#select=q2f7");
        assertNoErrors(verdict);
        assertCanvasesDrawn(verdict, 1);

        Map<String, Object> opened = obj(verdict.get("opened"));
        long[] q2f7 = submission(data, 2, 7);
        assertEquals("q2f7", opened.get("selected"), "selected from the address: " + verdict);
        assertEquals(9, q2f7[0], "ring, notice, packet, fence, interrupt, ISR, notify, DPC, woken");
        assertEquals((double) q2f7[0], num(opened.get("selectedEvents")), "every event of the submission is selected");
        assertEquals(q2f7[1] - 1.0, num(opened.get("flowSegments")), "the flow drawn step to step");

        assertTrue(verdict.get("click") != null, "found a slice of another submission to click: " + verdict);
        Map<String, Object> click = obj(verdict.get("click"));
        String key = (String) click.get("key");
        assertTrue(key.matches("q\\df\\d+") && !key.equals("q2f7"), "clicked another submission's slice: " + click);
        Map<String, Object> after = obj(verdict.get("afterClick"));
        assertEquals(key, after.get("selected"), "the click selected the slice's submission: " + verdict);
        long[] clicked = submission(data, Integer.parseInt(key.substring(1, key.indexOf('f'))),
                Integer.parseInt(key.substring(key.indexOf('f') + 1)));
        assertEquals((double) clicked[0], num(after.get("selectedEvents")), "every event of the clicked submission");
        assertEquals(clicked[1] - 1.0, num(after.get("flowSegments")), "its flow drawn step to step");
    }

    @Test
    void theCheckerCatchesAnErrorAndABlankCanvas() throws Exception {
        Path page = tmp.resolve("broken.html");
        Files.writeString(page, """
                <!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
                <canvas id="blank" width="100" height="50"></canvas>
                <script>console.error('bad <thing> & "more"'); notDefinedAnywhere();</script>
                </body></html>
                """);
        Map<String, Object> verdict = open(page, "");
        List<Object> errors = list(verdict.get("errors"));
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).toString().contains("console.error: bad <thing> & \"more\""), errors.toString());
        assertTrue(errors.get(1).toString().contains("notDefinedAnywhere"), errors.toString());
        Map<String, Object> canvas = obj(list(verdict.get("canvases")).get(0));
        assertEquals(0.0, num(canvas.get("painted")), "a blank canvas counts no pixels: " + canvas);
        assertFalse(verdict.containsKey("click"), "no timeline, no click");
    }
}
