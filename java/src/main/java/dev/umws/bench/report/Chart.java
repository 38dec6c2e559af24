package dev.umws.bench.report;

import java.util.List;

/**
 * A chart: one or more series over a shared x axis. With {@code categories} non-empty the x axis
 * is categorical (each series' {@code y[i]} belongs to {@code categories.get(i)}, {@code x} is
 * unused); otherwise x is numeric. Either axis may be logarithmic.
 */
public record Chart(String id, String title, Kind kind, String xLabel, String yLabel, boolean logX, boolean logY,
        List<String> categories, List<Series> series) {

    /** How the series are drawn. */
    public enum Kind { LINE, BAR }

    /** One named curve; {@code x} and {@code y} have the same length (x may be empty with categories). */
    public record Series(String name, double[] x, double[] y) {
    }

    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            int n = categories.isEmpty() ? s.x().length : categories.size();
            if (s.y().length != n) {
                throw new IllegalArgumentException(id + ": series " + s.name() + " has " + s.y().length
                        + " values for " + n + " points");
            }
        }
    }
}
