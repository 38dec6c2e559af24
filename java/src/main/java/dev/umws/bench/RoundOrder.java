package dev.umws.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order in which the sides of a comparison run within a round: drawn afresh for every round
 * from the run's seed (recorded in the report, so that a run's order can be replayed), so that no
 * position effect (JIT or GC work left over from the side before, a warmer cache) lands on one
 * side every time.
 */
final class RoundOrder {
    private RoundOrder() {
    }

    /** {@code items} in this round's order for the comparison named {@code what}. */
    static <T> List<T> of(List<T> items, long seed, int round, String what) {
        List<T> order = new ArrayList<>(items);
        Collections.shuffle(order, new Random(seed ^ (31L * round) ^ ((long) what.hashCode() << 20)));
        return order;
    }
}
