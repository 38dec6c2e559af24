package dev.umws.bench;

import org.HdrHistogram.Histogram;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/** Percentiles of one run's samples (ns), through HdrHistogram (3 significant digits). */
record Summary(long p50, long p90, long p99, long p999, long max, long count) {

    /** The percentiles a latency row shows, in order, with their labels. */
    static final List<String> LABELS = List.of("p50", "p90", "p99", "p99.9", "max");
    static final double[] PERCENTILES = {50, 90, 99, 99.9, 100};

    static Summary of(long[] samples) {
        Histogram h = new Histogram(3);
        for (long s : samples) {
            h.recordValue(Math.max(0, s));
        }
        return new Summary(h.getValueAtPercentile(50), h.getValueAtPercentile(90), h.getValueAtPercentile(99),
                h.getValueAtPercentile(99.9), h.getMaxValue(), h.getTotalCount());
    }

    /**
     * The cell of several runs: per percentile, the median over runs of the per-run value, as the
     * perf notes prescribe for this noisy machine.
     */
    static Summary medianOf(List<Summary> runs) {
        return new Summary(median(runs, Summary::p50), median(runs, Summary::p90), median(runs, Summary::p99),
                median(runs, Summary::p999), median(runs, Summary::max), runs.stream().mapToLong(Summary::count).sum());
    }

    long[] values() {
        return new long[] {p50, p90, p99, p999, max};
    }

    private static long median(List<Summary> runs, ToLongFunction<Summary> f) {
        return median(runs.stream().mapToLong(f).toArray());
    }

    static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
