package dev.umws.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The median of per-round ratios and its order-statistic interval, against binomial tables. */
class RatioIntervalTest {

    @Test
    void tenRoundsGiveTheSecondSmallestToTheSecondLargestAt97Point9Percent() {
        double[] r = {1.10, 0.90, 1.00, 1.05, 0.95, 1.20, 0.80, 1.02, 0.98, 1.01};
        RatioInterval i = RatioInterval.of(r);
        assertEquals((1.00 + 1.01) / 2, i.median(), 1e-12);
        assertEquals(0.90, i.low());
        assertEquals(1.10, i.high());
        assertEquals(1 - 2 * 11 / 1024.0, i.coverage(), 1e-12); // P(2 <= B <= 8), B ~ Bin(10, 1/2)
        assertArrayEquals(r, i.ratios(), "kept in round order");
    }

    @Test
    void sixteenRoundsNarrowTheIntervalToTheFourthValues() {
        double[] r = new double[16];
        for (int k = 0; k < 16; k++) {
            r[k] = 1 + k / 100.0;
        }
        RatioInterval i = RatioInterval.of(r);
        assertEquals(1.03, i.low(), 1e-12);
        assertEquals(1.12, i.high(), 1e-12);
        assertEquals(1 - 2 * 697 / 65536.0, i.coverage(), 1e-12); // k = 5 would give 92.3 %
    }

    @Test
    void belowSixRoundsTheIntervalIsTheRangeAndSaysItCoversLess() {
        RatioInterval five = RatioInterval.of(new double[] {3, 1, 2, 5, 4});
        assertEquals(3, five.median());
        assertEquals(1, five.low());
        assertEquals(5, five.high());
        assertEquals(1 - 2 / 32.0, five.coverage(), 1e-12);
        assertEquals(0.5, RatioInterval.of(new double[] {1, 2}).coverage(), 1e-12);
        RatioInterval one = RatioInterval.of(new double[] {0.97});
        assertEquals(0.97, one.low());
        assertEquals(0.97, one.high());
        assertThrows(IllegalArgumentException.class, () -> RatioInterval.of(new double[0]));
    }
}
