package dev.umws.bench.jmh;

import dev.umws.abi.UMWS_GPU_IRQ_RECORD;
import dev.umws.gpu.Gpu;
import dev.umws.gpu.GpuConfig;
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
import java.util.concurrent.TimeUnit;

/**
 * What an ISR's {@link Gpu#popIrq} costs by the record it pops into, on an empty interrupt ring
 * (the call every ISR ends with: the controller's lock taken and released, nothing copied): a
 * record of global scope ({@link Gpu#allocateIrqRecord}, the baseline) against one from
 * {@code Arena.ofShared()}, whose session the downcall acquires and releases, a compare-and-set
 * each way.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 100, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 150, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class IrqPopBenchmark {
    private Gpu gpu;
    private Arena arena;
    private MemorySegment globalRecord;
    private MemorySegment sharedRecord;

    @Setup
    public void setup() {
        // NOTIFY: the firmware sleeps until notified, so it takes no CPU from the benchmark thread.
        gpu = Gpu.create(GpuConfig.defaults().withDetectMode(GpuConfig.DetectMode.NOTIFY));
        arena = Arena.ofShared();
        globalRecord = gpu.allocateIrqRecord();
        sharedRecord = arena.allocate(UMWS_GPU_IRQ_RECORD.layout());
    }

    @TearDown
    public void tearDown() {
        gpu.close();
        arena.close();
    }

    @Benchmark
    public boolean popGlobalRecord() {
        return gpu.popIrq(globalRecord);
    }

    @Benchmark
    public boolean popSharedRecord() {
        return gpu.popIrq(sharedRecord);
    }
}
