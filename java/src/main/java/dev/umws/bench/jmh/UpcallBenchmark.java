package dev.umws.bench.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.foreign.Arena;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;

/**
 * The steady cost of one Panama upcall: one downcall to {@code umws_bench_call_loop}, which calls
 * a Java upcall stub {@value #CALLS} times from C on the (already attached) benchmark thread; the
 * score is per call. The baseline is the same loop calling the C function {@code umws_bench_noop}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 100, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 150, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class UpcallBenchmark {
    /** Calls per invocation: enough that the one downcall around them is below 1 % of the score. */
    public static final int CALLS = 1024;

    private Arena arena;
    private MemorySegment stub;

    @Setup
    public void setup() {
        // Shared: the stub is only called on this thread here, but the ISR path calls stubs from a native thread.
        arena = Arena.ofShared();
        stub = Linker.nativeLinker().upcallStub(BenchCalls.CALLBACK_TARGET, BenchCalls.CALLBACK, arena);
    }

    @TearDown
    public void tearDown() {
        arena.close();
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public long panamaUpcall() throws Throwable {
        return (long) BenchCalls.CALL_LOOP.invokeExact(stub, (long) CALLS);
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public long cCall() throws Throwable {
        return (long) BenchCalls.CALL_LOOP.invokeExact(BenchCalls.NOOP_ADDRESS, (long) CALLS);
    }
}
