package dev.umws.bench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link Chart} as a Chart.js configuration ({@code new Chart(canvas, config)}), as maps and
 * lists for {@link dev.umws.cli.JsonText}:
 *
 * <pre>
 * LINE, numeric x      type "scatter", showLine; points {x, y}; x "linear" or "logarithmic"
 * LINE, categories     type "line";  labels = categories; x "category"
 * BAR,  categories     type "bar";   labels = categories; x "category"
 * BAR,  numeric x      type "bar";   labels = the distinct x values in order, a gap where a series has none
 * y                    "linear", or "logarithmic" with logY
 * </pre>
 *
 * A category axis cannot be logarithmic, so {@code logX} applies to numeric LINE charts only.
 * Colours come from Chart.js's built-in palette.
 */
final class ChartJsConfig {
    private ChartJsConfig() {
    }

    static Map<String, Object> of(Chart c) {
        boolean scatter = c.kind() == Chart.Kind.LINE && c.categories().isEmpty();
        Map<String, Object> data = new LinkedHashMap<>();
        List<Object> datasets = new ArrayList<>();
        if (scatter) {
            for (Chart.Series s : c.series()) {
                List<Object> points = new ArrayList<>();
                for (int i = 0; i < s.x().length; i++) {
                    if (Double.isFinite(s.x()[i])) {
                        points.add(map("x", s.x()[i], "y", s.y()[i]));
                    }
                }
                datasets.add(dataset(c, s, points));
            }
        } else {
            List<String> labels = c.categories();
            List<double[]> values = c.series().stream().map(Chart.Series::y).toList();
            if (c.categories().isEmpty()) {
                TreeMap<Double, Integer> xs = new TreeMap<>();
                c.series().forEach(s -> Arrays.stream(s.x()).filter(Double::isFinite).forEach(x -> xs.put(x, 0)));
                int i = 0;
                for (Map.Entry<Double, Integer> e : xs.entrySet()) {
                    e.setValue(i++);
                }
                labels = xs.keySet().stream().map(Figures::magnitude).toList();
                values = c.series().stream().map(s -> onLabels(s, xs)).toList();
            }
            data.put("labels", labels);
            for (int i = 0; i < c.series().size(); i++) {
                datasets.add(dataset(c, c.series().get(i), Arrays.stream(values.get(i)).boxed().toList()));
            }
        }
        data.put("datasets", datasets);

        Map<String, Object> scales = new LinkedHashMap<>();
        scales.put("x", axis(scatter ? (c.logX() ? "logarithmic" : "linear") : "category", c.xLabel()));
        scales.put("y", axis(c.logY() ? "logarithmic" : "linear", c.yLabel()));
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("animation", false); // drawn at once: screenshots and printing see the finished chart
        options.put("responsive", true);
        options.put("scales", scales);
        options.put("plugins", map("legend", map("display", !c.series().isEmpty())));

        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", scatter ? "scatter" : c.kind() == Chart.Kind.LINE ? "line" : "bar");
        config.put("data", data);
        config.put("options", options);
        return config;
    }

    private static Map<String, Object> dataset(Chart c, Chart.Series s, List<?> data) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("label", s.name());
        d.put("data", data);
        if (c.kind() == Chart.Kind.LINE) {
            d.put("showLine", true);
            d.put("pointRadius", 3);
        }
        return d;
    }

    private static Map<String, Object> axis(String type, String label) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("type", type);
        boolean titled = label != null && !label.isEmpty();
        a.put("title", map("display", titled, "text", titled ? label : ""));
        return a;
    }

    /** A map in the order given (Map.of's order changes between runs; the JSON should not). */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** A series' y values placed on the shared labels; NaN (shown as a gap) where it has no point. */
    private static double[] onLabels(Chart.Series s, TreeMap<Double, Integer> xs) {
        double[] y = new double[xs.size()];
        Arrays.fill(y, Double.NaN);
        for (int i = 0; i < s.x().length; i++) {
            Integer at = xs.get(s.x()[i]);
            if (at != null) {
                y[at] = s.y()[i];
            }
        }
        return y;
    }
}
