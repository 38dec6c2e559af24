package dev.umws.bench;

import org.HdrHistogram.Histogram;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Percentiles of a set of latency samples (ns), through HdrHistogram (3 significant digits).
 * {@code impossible} counts the samples that cannot be latencies (negative: a clock-origin
 * mismatch, a record read before it was written); they are never recorded, and whoever measures
 * reports them as errors of the run ({@link CellRounds#errors}).
 */
record Summary(long p50, long p90, long p99, long p999, long max, long count, long impossible) {

    /** The percentiles a latency row shows, in order, with their labels. */
    static final List<String> LABELS = List.of("p50", "p90", "p99", "p99.9", "max");
    static final double[] PERCENTILES = {50, 90, 99, 99.9, 100};

    static Summary of(long[] samples) {
        Histogram h = new Histogram(3);
        long impossible = 0;
        for (long s : samples) {
            if (s < 0) {
                impossible++;
            } else {
                h.recordValue(s);
            }
        }
        return of(h, impossible);
    }

    /** The percentiles of a histogram; an empty one gives zeros with count 0. */
    static Summary of(Histogram h, long impossible) {
        return new Summary(h.getValueAtPercentile(50), h.getValueAtPercentile(90), h.getValueAtPercentile(99),
                h.getValueAtPercentile(99.9), h.getMaxValue(), h.getTotalCount(), impossible);
    }

    /**
     * The cell of several runs: per percentile, the median over runs of the per-run value ("a
     * typical run"). Where the pooled histograms are kept, {@link CellRounds#pooled} is the better
     * figure for tails.
     */
    static Summary medianOf(List<Summary> runs) {
        return new Summary(median(runs, Summary::p50), median(runs, Summary::p90), median(runs, Summary::p99),
                median(runs, Summary::p999), median(runs, Summary::max), runs.stream().mapToLong(Summary::count).sum(),
                runs.stream().mapToLong(Summary::impossible).sum());
    }

    long[] values() {
        return new long[] {p50, p90, p99, p999, max};
    }

    private static long median(List<Summary> runs, ToLongFunction<Summary> f) {
        return median(runs.stream().mapToLong(f).toArray());
    }

    /** The median; of an even count, the mean of the middle two (rounded down). */
    static long median(long[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("the median of no values");
        }
        long[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : v[n / 2 - 1] + (v[n / 2] - v[n / 2 - 1]) / 2;
    }

    /** The median; of an even count, the mean of the middle two. */
    static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("the median of no values");
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
