package dev.umws.bench.report;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {
    private final String html = HtmlReport.render(SampleReport.build());

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    @Test
    void inlinesChartJsAndFetchesNothing() {
        assertTrue(html.contains("Chart.js v" + WebJarScript.CHART_JS.version()), "the library's own banner");
        assertTrue(html.contains("Released under the MIT License"));
        assertTrue(html.length() > 200_000, "the library is about 200 KB");
        assertFalse(Pattern.compile("<script[^>]*\\bsrc\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find());
        assertFalse(Pattern.compile("<link[^>]*\\bhref\\s*=\\s*\"https?:", Pattern.CASE_INSENSITIVE).matcher(html).find());
        assertFalse(html.contains("sourceMappingURL"));
        assertEquals(3, count(html, "<script"), "Chart.js, the chart data, the drawing code");
        assertEquals(3, count(html.toLowerCase(java.util.Locale.ROOT), "</script"), "no script ends early");
    }

    @Test
    void drawsOneCanvasPerChart() {
        assertEquals(2, count(html, "<canvas"));
        assertTrue(html.contains("<canvas id=\"chart-0\" data-chart=\"by-mode\""));
        assertTrue(html.contains("<canvas id=\"chart-1\" data-chart=\"by-batch\""));
    }

    @Test
    void escapesEveryText() {
        assertTrue(html.contains("a &lt;b&gt; &amp; &quot;c&quot;, d\nnext line"));
        assertFalse(html.contains("a <b>"));
        assertTrue(html.contains("<h2>Throughput &amp; &quot;scaling&quot;</h2>"));
        assertTrue(html.contains("<figcaption>Packets/s &lt;by&gt; batch &amp; size</figcaption>"));
        assertFalse(html.contains("Java </script>"));
    }

    @Test
    void showsTheAboutBlockAndMarksTargets() {
        assertTrue(html.contains("<tr><th>git revision</th><td>8842e29</td></tr>"));
        assertTrue(html.contains("<td class=\"missed\">✗ MISSED</td><td>Java/C throughput</td>"));
        assertTrue(html.contains("<td class=\"met\">✓ met</td><td>Java ring p50</td>"));
        assertTrue(html.contains("<td class=\"num\">≥ 0.90</td><td></td><td>notify mode wakes a parked thread</td>"));
        assertTrue(html.contains("<td class=\"inconclusive\">? inconclusive</td><td>Java/C round trip p50<details"));
        assertTrue(html.contains("<li>BACKOFF: 1.04 x [1.00, 1.08] inconclusive</li>"));
        assertTrue(html.contains("<td>A/A C/C 1.00 [0.99, 1.02]</td>"));
        assertTrue(html.contains("<td class=\"nm\" title=\"not measured\">n/m</td>"));
    }

    @Test
    void embedsEachChartAsAChartJsConfiguration() {
        String open = "<script type=\"application/json\" id=\"umws-charts\">";
        int from = html.indexOf(open) + open.length();
        Map<String, Object> configs = obj(MiniJson.parse(html.substring(from, html.indexOf("</script>", from))));
        assertEquals(List.of("chart-0", "chart-1"), List.copyOf(configs.keySet()));

        Map<String, Object> bar = obj(configs.get("chart-0"));
        assertEquals("bar", bar.get("type"));
        assertEquals(List.of("spin", "notify"), obj(bar.get("data")).get("labels"));
        List<Object> barSets = list(obj(bar.get("data")).get("datasets"));
        assertEquals(Arrays.asList(171.0, null), obj(barSets.get(1)).get("data"));
        assertEquals("category", obj(obj(obj(bar.get("options")).get("scales")).get("x")).get("type"));

        Map<String, Object> line = obj(configs.get("chart-1"));
        assertEquals("scatter", line.get("type"));
        Map<String, Object> scales = obj(obj(line.get("options")).get("scales"));
        assertEquals("logarithmic", obj(scales.get("x")).get("type"));
        assertEquals("logarithmic", obj(scales.get("y")).get("type"));
        assertEquals("batch size", obj(obj(scales.get("x")).get("title")).get("text"));
        assertEquals("packets/s", obj(obj(scales.get("y")).get("title")).get("text"));
        Map<String, Object> java = obj(list(obj(line.get("data")).get("datasets")).get(1));
        assertEquals("Java </script> & co", java.get("label"), "escaped in the page, intact for Chart.js");
        assertEquals(true, java.get("showLine"));
        assertEquals(Map.of("x", 32.0, "y", 14.4e6), list(java.get("data")).get(1));
    }

    @Test
    void placesNumericBarsOnTheirDistinctXValues() {
        Chart c = new Chart("b", "B", Chart.Kind.BAR, "batch", "p/s", true, false, List.of(),
                List.of(new Chart.Series("C", new double[] {32, 1}, new double[] {2, 1}),
                        new Chart.Series("Java", new double[] {1, 4}, new double[] {3, 4})));
        Map<String, Object> data = obj(ChartJsConfig.of(c).get("data"));
        assertEquals(List.of("1", "4", "32"), data.get("labels"));
        List<Object> sets = list(data.get("datasets"));
        assertEquals(Arrays.asList(1.0, Double.NaN, 2.0), obj(sets.get(0)).get("data"));
        assertEquals(Arrays.asList(3.0, 4.0, Double.NaN), obj(sets.get(1)).get("data"));
    }

    @Test
    void failsClearlyWhenChartJsIsMissing() {
        String path = "META-INF/resources/webjars/chart.js/0.0.0/dist/chart.umd.js";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WebJarScript.CHART_JS.read(getClass().getClassLoader(), path));
        assertTrue(e.getMessage().contains(path), e.getMessage());
        assertTrue(e.getMessage().contains("org.webjars.npm:chart.js"), e.getMessage());
    }

    @Test
    void readsTheWebJarsUmdBuild() {
        assertTrue(WebJarScript.CHART_JS.resourcePath().matches("META-INF/resources/webjars/chart\\.js/\\d+\\.\\d+\\.\\d+/dist/chart\\.umd\\.js"),
                WebJarScript.CHART_JS.resourcePath());
    }
}
