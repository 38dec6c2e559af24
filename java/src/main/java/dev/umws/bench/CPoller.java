package dev.umws.bench;

import dev.umws.nativelib.NativeLibrary;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * The C twin of the interrupt experiment's Java poller: a platform thread (pinned where the Java
 * poller is) that makes one downcall, {@code umws_bench_c_irq_poll}, and polls the interrupt ring
 * in C until {@link #close} raises its stop flag. The same loop as the Java poller's, so that
 * "Java poller / C poller" compares languages, not a poll loop with an interrupt thread.
 */
final class CPoller implements AutoCloseable {
    /** A default downcall: it runs for the whole cell, and the JVM must reach safepoints meanwhile. */
    private static final MethodHandle POLL = Linker.nativeLinker().downcallHandle(NativeLibrary.lookup()
            .find("umws_bench_c_irq_poll").orElseThrow(() -> new IllegalStateException(
                    "the umws library has no symbol umws_bench_c_irq_poll")), FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final VarHandle INT = ValueLayout.JAVA_INT.varHandle();

    private final MemorySegment stop;
    private final Thread thread;
    private volatile int rc;

    /** Starts polling for {@code sink} (umws_bench_c_isr's); {@code cpu} -1 leaves the thread unpinned. */
    CPoller(MemorySegment sink, Arena arena, int cpu) {
        stop = arena.allocate(JAVA_INT);
        thread = Thread.ofPlatform().name("bench-irq-c-poller").start(() -> {
            if (cpu >= 0) {
                Affinity.pinSelf(cpu);
            }
            try {
                rc = (int) POLL.invokeExact(sink, stop);
            } catch (Throwable t) {
                rc = Integer.MIN_VALUE;
            }
        });
    }

    /** Stops the poller and waits for it; throws when the C loop refused its arguments. */
    @Override
    public void close() {
        INT.setRelease(stop, 0L, 1); // pairs with the C loop's acquire load
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (rc != 0) {
            throw new IllegalStateException("umws_bench_c_irq_poll returned " + rc);
        }
    }
}
