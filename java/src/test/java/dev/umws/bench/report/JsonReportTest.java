package dev.umws.bench.report;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class JsonReportTest {
    private final String json = JsonReport.render(SampleReport.build());

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    @Test
    void parsesBackWithEveryPart() {
        Map<String, Object> doc = obj(MiniJson.parse(json));
        assertEquals(List.of("format", "about", "sections", "errors"), List.copyOf(doc.keySet()));
        assertEquals(JsonReport.FORMAT, doc.get("format"));
        assertEquals(List.of("machine", "configuration", "git revision", "date"),
                List.copyOf(obj(doc.get("about")).keySet()));
        List<Object> sections = list(doc.get("sections"));
        assertEquals(2, sections.size());
        Map<String, Object> latency = obj(sections.get(0));
        assertEquals(List.of("id", "title", "text", "tables", "charts", "targets", "raw", "errors"),
                List.copyOf(latency.keySet()));

        List<Object> rows = list(obj(list(latency.get("tables")).get(0)).get("rows"));
        assertEquals(Arrays.asList("notify", "round-trip", 1234567.0, null, null), rows.get(1));
        assertEquals(1.11, list(rows.get(0)).get(4));

        List<Object> targets = list(latency.get("targets"));
        assertEquals(true, obj(targets.get(0)).get("met"));
        assertEquals(false, obj(targets.get(1)).get("met"));
        assertEquals("AT_LEAST", obj(targets.get(1)).get("bound"));
        assertEquals(null, obj(targets.get(0)).get("note"));
    }

    @Test
    void keepsAwkwardStringsIntact() {
        Map<String, Object> throughput = obj(list(obj(MiniJson.parse(json)).get("sections")).get(1));
        assertEquals(SampleReport.AWKWARD, throughput.get("text"));
        assertEquals("Throughput & \"scaling\"", throughput.get("title"));
        Map<String, Object> chart = obj(list(throughput.get("charts")).get(0));
        assertEquals(true, chart.get("logX"));
        assertEquals(List.of(1.0, 32.0), obj(list(chart.get("series")).get(1)).get("x"));
    }

    @Test
    void writesNonFiniteFiguresAsNull() {
        Map<String, Object> latency = obj(list(obj(MiniJson.parse(json)).get("sections")).get(0));
        Map<String, Object> java = obj(list(obj(list(latency.get("charts")).get(0)).get("series")).get(1));
        assertEquals(Arrays.asList(171.0, null), java.get("y"));
        assertFalse(json.contains("NaN"));

        Report unmeasured = new Report(Map.of(), List.of(new Section("s", "S", "", List.of(), List.of(),
                List.of(Target.point("t", "T", Double.NaN, Target.Bound.AT_MOST, Double.POSITIVE_INFINITY, "ns", "")))));
        Map<String, Object> t = obj(list(obj(list(obj(MiniJson.parse(JsonReport.render(unmeasured))).get("sections"))
                .get(0)).get("targets")).get(0));
        assertEquals(null, t.get("measured"));
        assertEquals(null, t.get("limit"));
        assertEquals(false, t.get("met"));
    }
}
