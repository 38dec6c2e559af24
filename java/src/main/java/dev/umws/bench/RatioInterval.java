package dev.umws.bench;

import java.util.Arrays;

/**
 * The median of per-round ratios (candidate / baseline, both measured in the same round) with a
 * distribution-free confidence interval for it, from order statistics: with the n ratios sorted,
 * the interval [x(k), x(n+1-k)] holds the population median with probability
 * P(k <= B <= n-k), B ~ Binomial(n, 1/2), whatever the ratios' distribution, as long as the rounds
 * are independent. {@code k} is the largest that keeps that coverage at or above
 * {@link #CONFIDENCE}; {@code coverage} is the exact figure (a discrete distribution overshoots:
 * 97.9 % with 10 rounds). Below 6 rounds no k reaches 95 %: the interval is then [min, max] and
 * its coverage says how much less it is worth (93.8 % with 5 rounds, 50 % with 2).
 *
 * @param median   the median of the ratios (the mean of the middle two when n is even)
 * @param low      x(k)
 * @param high     x(n+1-k)
 * @param coverage the interval's exact coverage, 0..1
 * @param ratios   the per-round ratios, in round order
 */
record RatioInterval(double median, double low, double high, double coverage, double[] ratios) {
    /** The confidence every interval aims at. */
    static final double CONFIDENCE = 0.95;

    static RatioInterval of(double[] ratios) {
        int n = ratios.length;
        if (n == 0) {
            throw new IllegalArgumentException("no rounds");
        }
        double[] x = ratios.clone();
        Arrays.sort(x);
        double median = n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
        int k = 1;
        while (k + 1 <= n / 2 && coverage(n, k + 1) >= CONFIDENCE) {
            k++;
        }
        return new RatioInterval(median, x[k - 1], x[n - k], coverage(n, k), ratios.clone());
    }

    /** P(k <= B <= n-k) for B ~ Binomial(n, 1/2): 1 - 2 P(B <= k-1); 1 when n = 1 (the one value is the median). */
    static double coverage(int n, int k) {
        if (n == 1) {
            return 1.0;
        }
        double tail = 0; // P(B <= k-1)
        double choose = 1; // C(n, i)
        for (int i = 0; i <= k - 1; i++) {
            tail += choose;
            choose = choose * (n - i) / (i + 1);
        }
        return Math.max(0, 1 - 2 * tail / Math.pow(2, n));
    }
}
