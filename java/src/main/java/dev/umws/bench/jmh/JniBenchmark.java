package dev.umws.bench.jmh;

import dev.umws.bench.Jni;
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
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The JNI twins of {@link DowncallBenchmark#downcall} and {@link UpcallBenchmark#panamaUpcall}:
 * a JNI call to the same {@code umws_bench_noop}, and a C loop calling a static Java method
 * {@value UpcallBenchmark#CALLS} times through {@code CallStaticLongMethod} (score per call).
 * Fails at setup when the JNI library is unavailable; the runner reports those cells as not measured.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 100, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 150, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class JniBenchmark {
    private long value;

    @Setup
    public void setup() {
        if (!Jni.available()) {
            throw new IllegalStateException("JNI is unavailable: " + Jni.unavailableReason());
        }
    }

    @Benchmark
    public long jniCall() {
        return Jni.noop(value++);
    }

    @Benchmark
    @OperationsPerInvocation(UpcallBenchmark.CALLS)
    public long jniUpcall() {
        return Jni.callLoop(UpcallBenchmark.CALLS);
    }
}
