package dev.umws.bench.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelinePageTest {
    private static final String OPEN = "<script type=\"application/json\" id=\"umws-trace\">";

    @TempDir
    Path tmp;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    private static String page(String trace, int cap) throws IOException {
        return TimelinePage.render(new StringReader(trace), "t.json", cap);
    }

    /** The data the page embeds, parsed back. */
    static Map<String, Object> embeddedData(String html) {
        int from = html.indexOf(OPEN) + OPEN.length();
        return obj(MiniJson.parse(html.substring(from, html.indexOf("</script>", from))));
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    @Test
    void writesASelfContainedPageThatFetchesNothing() throws IOException {
        Path trace = TraceFixture.write(tmp.resolve("trace.json"), 6);
        Path html = tmp.resolve("report/trace/demo.html");
        TimelinePage.write(trace, html);
        String page = Files.readString(html);
        assertTrue(page.contains("Apache ECharts " + WebJarScript.ECHARTS.version()), "names the library and its version");
        assertTrue(page.contains("Licensed to the Apache Software Foundation"), "the library's own licence header");
        assertTrue(page.length() > 1_000_000, "the library is about 1 MB");
        assertFalse(Pattern.compile("<script[^>]*\\bsrc\\s*=", Pattern.CASE_INSENSITIVE).matcher(page).find());
        assertFalse(Pattern.compile("<link[^>]*\\bhref\\s*=", Pattern.CASE_INSENSITIVE).matcher(page).find());
        assertFalse(page.contains("sourceMappingURL"));
        assertEquals(3, count(page, "<script"), "ECharts, the trace data, the page's script");
        assertEquals(3, count(page.toLowerCase(Locale.ROOT), "</script"), "no script ends early");
        assertTrue(page.contains("<h1>umws timeline: trace.json</h1>"));
    }

    @Test
    void namesATrackPerThreadAndEngineGroupedByProcess() throws IOException {
        List<Object> tracks = list(embeddedData(page(TraceFixture.json(4), TimelinePage.DEFAULT_CAP)).get("tracks"));
        List<String> names = tracks.stream().map(t -> obj(t).get("process") + "/" + obj(t).get("name")).toList();
        assertEquals(List.of("host/UMD thread (queue 1)", "host/UMD thread (queue 2)", "host/DPC thread", "host/OS worker",
                "GPU/firmware engine 0", "GPU/firmware engine 1", "GPU/interrupt thread"), names,
                "by pid, then by thread_sort_index");
    }

    @Test
    void bindsEveryFlowStepToAnEventOfItsSubmission() throws IOException {
        Map<String, Object> data = embeddedData(page(TraceFixture.json(8), TimelinePage.DEFAULT_CAP));
        List<Object> events = list(data.get("events"));
        List<Object> flows = list(data.get("flows"));
        assertEquals(15, flows.size(), "8 submissions on queue 1, 7 on queue 2 (one lost to the victimization)");
        for (Object f : flows) {
            String id = (String) obj(f).get("id");
            List<Object> steps = list(obj(f).get("steps"));
            assertTrue(steps.size() >= 7, id + ": ring, notice, packets, interrupt, ISR, DPC, waiter");
            double last = -1;
            for (Object s : steps) {
                List<Object> step = list(s);
                double ts = ((Number) step.get(0)).doubleValue();
                assertTrue(ts >= last, id + ": steps in time order");
                last = ts;
                int e = ((Number) step.get(2)).intValue();
                assertTrue(e >= 0, id + ": step at " + ts + " is bound");
                Map<String, Object> args = obj(obj(events.get(e)).get("args"));
                long q = ((Number) args.get("queue")).longValue();
                long fence = ((Number) args.get("fence")).longValue();
                assertEquals(TraceFixture.flowId((int) q, (int) fence), id, "the bound event belongs to the flow's submission");
            }
            Map<String, Object> first = obj(events.get(((Number) list(steps.get(0)).get(2)).intValue()));
            Map<String, Object> end = obj(events.get(((Number) list(steps.get(steps.size() - 1)).get(2)).intValue()));
            assertEquals("ring", first.get("name"));
            assertEquals("waiter woken", end.get("name"));
        }
    }

    @Test
    void keepsEventsCountersAndNestingDepth() throws IOException {
        Map<String, Object> data = embeddedData(page(TraceFixture.json(4), TimelinePage.DEFAULT_CAP));
        List<Object> events = list(data.get("events"));
        Map<String, Object> ddi = obj(events.stream().filter(e -> obj(e).get("name").equals("DxgkDdiConnectDoorbell"))
                .findFirst().orElseThrow());
        assertEquals(1.0, ((Number) ddi.get("d")).doubleValue(), "the DDI runs inside its thunk");
        assertEquals(0.6, ((Number) ddi.get("dur")).doubleValue(), 1e-9);
        assertTrue(events.stream().anyMatch(e -> obj(e).get("name").equals("victimization")
                && obj(obj(e).get("args")).get("newOwner").equals(3.0)));
        List<String> counters = list(data.get("counters")).stream().map(c -> (String) obj(c).get("name")).toList();
        assertEquals(List.of("bound queues", "free physical doorbells", "ring fill q1", "ring fill q2"), counters);
        Map<String, Object> meta = obj(data.get("meta"));
        assertEquals(false, meta.get("capped"));
        assertEquals("ns", meta.get("displayTimeUnit"));
    }

    @Test
    void capsALargeTraceAtTheFirstEventsInTimeAndSaysSo() throws IOException {
        String html = page(TraceFixture.json(40), 100);
        Map<String, Object> meta = obj(embeddedData(html).get("meta"));
        assertEquals(true, meta.get("capped"));
        assertEquals(100.0, ((Number) meta.get("embedded")).doubleValue());
        assertTrue(((Number) meta.get("events")).doubleValue() > 1000);
        double windowEnd = ((Number) meta.get("windowEnd")).doubleValue();
        for (Object e : list(embeddedData(html).get("events"))) {
            assertTrue(((Number) obj(e).get("ts")).doubleValue() <= windowEnd);
        }
        assertTrue(windowEnd < 80, "the first 100 events end within the first submissions: " + windowEnd);
        assertTrue(html.contains("<p class=\"warn\" id=\"capped\">Showing the first 100 of "), html.substring(0, 3000));
        assertEquals(7, list(embeddedData(html).get("tracks")).size(), "named tracks stay, even when empty in the window");
    }

    @Test
    void escapesTraceTextThatCouldEndItsScript() throws IOException {
        String trace = """
                {"traceEvents":[{"ph":"X","name":"</script><b>x</b> & y","cat":"os","pid":1,"tid":1,"ts":0,"dur":1,
                 "args":{"note":"a\\u2028b </SCRIPT>"}}]}""";
        String html = page(trace, 10);
        assertEquals(3, count(html.toLowerCase(Locale.ROOT), "</script"), "no script ends early");
        assertFalse(html.contains("<b>x</b>"));
        Map<String, Object> e = obj(list(embeddedData(html).get("events")).get(0));
        assertEquals("</script><b>x</b> & y", e.get("name"), "escaped in the page, intact for the script");
        assertEquals("a\u2028b </SCRIPT>", obj(e.get("args")).get("note"));
    }

    @Test
    void readsAnyChromeTraceEventFile() throws IOException {
        // Array form cut short (no closing bracket), B/E pairs, string tids, an unknown category, no
        // args, no metadata, an async event and a sample it does not draw.
        String trace = """
                [{"ph":"B","name":"outer","cat":"mystery","pid":7,"tid":"main","ts":10},
                 {"ph":"B","name":"inner","pid":7,"tid":"main","ts":12,"args":{"k":1}},
                 {"ph":"E","pid":7,"tid":"main","ts":15,"args":{"r":2}},
                 {"ph":"E","pid":7,"tid":"main","ts":20},
                 {"ph":"b","name":"async","id":"0x1","pid":7,"tid":"main","ts":11},
                 {"ph":"P","name":"sample","pid":7,"tid":"main","ts":13},
                 {"ph":"I","name":"mark","pid":7,"tid":9,"ts":14},
                 {"ph":"C","name":"mem","pid":7,"ts":10,"args":{"heap":5,"rss":8}},
                """;
        Map<String, Object> data = embeddedData(page(trace, 10));
        List<Object> events = list(data.get("events"));
        assertEquals(List.of("outer", "inner", "mark"), events.stream().map(e -> obj(e).get("name")).toList());
        Map<String, Object> inner = obj(events.get(1));
        assertEquals(3.0, ((Number) inner.get("dur")).doubleValue());
        assertEquals(Map.of("k", 1.0, "r", 2.0), inner.get("args"), "E's args join B's");
        assertEquals(1.0, ((Number) inner.get("d")).doubleValue());
        assertEquals("X", obj(events.get(0)).get("ph"));
        assertEquals("i", obj(events.get(2)).get("ph"));
        assertEquals(List.of("process 7/thread 9", "process 7/thread main"), list(data.get("tracks")).stream()
                .map(t -> obj(t).get("process") + "/" + obj(t).get("name")).toList(), "numeric tids first");
        assertEquals(List.of("mem heap", "mem rss"), list(data.get("counters")).stream().map(c -> obj(c).get("name")).toList());
        assertEquals(Map.of("b", 1.0, "P", 1.0), obj(data.get("meta")).get("ignored"));
    }

    @Test
    void rejectsTextThatIsNotATraceSayingWhere() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> page("{\"traceEvents\":[{\"ph\":\"X\" \"ts\":1}]}", 10));
        assertTrue(e.getMessage().contains("at character 26"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> page("hello", 10));
    }

    @Test
    void theReportLinksTimelinePagesInItsDirectory() throws IOException {
        Path dir = tmp.resolve("report");
        TimelinePage.write(TraceFixture.write(tmp.resolve("t.json"), 2), dir.resolve("trace/demo.html"));
        Files.writeString(dir.resolve("trace/notes.txt"), "not a page");
        ReportFiles.Written w = ReportFiles.write(SampleReport.build(), dir);
        assertEquals(List.of("trace/demo.html"), ReportFiles.timelinePages(dir));
        assertTrue(Files.readString(w.html()).contains("<p id=\"timelines\">Timeline: <a href=\"trace/demo.html\">trace/demo.html</a></p>"));
        assertFalse(HtmlReport.render(SampleReport.build()).contains("id=\"timelines\""), "no link without a page");
    }
}
