package dev.umws.bench.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;

/**
 * One 64-bit store into native memory through a {@code MemorySegment} VarHandle, in each access
 * mode a producer could use for a doorbell or a write pointer, and the acquire load a consumer
 * pairs with a release store. One thread, one cache line: the cost of the instruction sequence
 * and its fences, not of a cache-line transfer. The plain store and the plain load are the
 * baselines.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 100, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 150, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class MemoryAccessBenchmark {
    /** (MemorySegment, long offset) coordinates. */
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();

    private Arena arena;
    private MemorySegment line;
    private long value;

    @Setup
    public void setup() {
        // Shared, as the memory a GPU thread reads would be (perf notes A5.4).
        arena = Arena.ofShared();
        line = arena.allocate(64, 64);
    }

    @TearDown
    public void tearDown() {
        arena.close();
    }

    @Benchmark
    public void storePlain() {
        LONG.set(line, 0L, ++value);
    }

    @Benchmark
    public void storeOpaque() {
        LONG.setOpaque(line, 0L, ++value);
    }

    @Benchmark
    public void storeRelease() {
        LONG.setRelease(line, 0L, ++value);
    }

    @Benchmark
    public void storeVolatile() {
        LONG.setVolatile(line, 0L, ++value);
    }

    @Benchmark
    public long loadPlain() {
        return (long) LONG.get(line, 0L);
    }

    @Benchmark
    public long loadAcquire() {
        return (long) LONG.getAcquire(line, 0L);
    }
}
