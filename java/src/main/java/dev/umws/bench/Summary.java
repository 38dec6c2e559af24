package dev.umws.bench;

import org.HdrHistogram.Histogram;

/** Percentiles of one run's samples (ns), through HdrHistogram (3 significant digits). */
record Summary(long p50, long p90, long p99, long p999, long max, long count) {

    static Summary of(long[] samples) {
        Histogram h = new Histogram(3);
        for (long s : samples) {
            h.recordValue(Math.max(0, s));
        }
        return new Summary(h.getValueAtPercentile(50), h.getValueAtPercentile(90), h.getValueAtPercentile(99),
                h.getValueAtPercentile(99.9), h.getMaxValue(), h.getTotalCount());
    }
}
