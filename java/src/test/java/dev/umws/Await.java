package dev.umws;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.fail;

/** Waits poll to a deadline: no sleep-then-assert. */
public final class Await {
    private Await() {
    }

    /** Fails the test when {@code condition} is not true within {@code limit}. */
    public static void until(String what, BooleanSupplier condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + limit.toMillis() + " ms: " + what);
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    /** {@link #until(String, BooleanSupplier, Duration)} with the tests' usual 5 s. */
    public static void until(String what, BooleanSupplier condition) {
        until(what, condition, Duration.ofSeconds(5));
    }
}
