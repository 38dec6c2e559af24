package dev.umws.bench.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * A Panama downcall to {@code umws_bench_noop} (returns its argument + 1), by default and as a
 * critical call ({@code Linker.Option.critical(false)}: no thread-state transition), against a
 * Java static call the JIT may not inline (the baseline).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 100, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 150, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class DowncallBenchmark {
    private long value;

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long javaNoop(long v) {
        return v + 1;
    }

    @Benchmark
    public long javaCall() {
        return javaNoop(value++);
    }

    @Benchmark
    public long downcall() throws Throwable {
        return (long) BenchCalls.NOOP.invokeExact(value++);
    }

    @Benchmark
    public long downcallCritical() throws Throwable {
        return (long) BenchCalls.NOOP_CRITICAL.invokeExact(value++);
    }
}
