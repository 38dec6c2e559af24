package dev.umws.bench;

import dev.umws.nativelib.NativeLibrary;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * Where the measuring threads run. With two CPUs or more the producer (the runner's thread, which
 * also runs every C producer through a downcall) is pinned to CPU 0 and the GPU's firmware
 * threads to CPU 1, so that neither migrates and the spinning firmware never time-shares the
 * producer's CPU; the JVM's own threads (JIT, GC) stay unpinned. With one CPU, or where the OS
 * cannot pin (macOS), nothing is pinned and the report says so.
 *
 * <p>The pin holds only while a latency or throughput experiment runs ({@link #pin} /
 * {@link #release}, from the runner): a thread inherits its creator's CPUs, and a child JVM (the
 * memory probe, JMH's forks) or the OS's own Java threads started while the runner is pinned
 * would otherwise all share CPU 0. Native GPU threads never inherit it (the shim starts them on
 * the CPUs the process had before the first pin).
 *
 * @param producerCpu CPU of the producer thread, -1 when unpinned
 * @param firmwareCpu CPU of the firmware threads, -1 when unpinned
 */
record Affinity(int producerCpu, int firmwareCpu) {
    private static final MethodHandle PIN_SELF = Linker.nativeLinker().downcallHandle(NativeLibrary.lookup()
            .find("umws_bench_pin_self").orElseThrow(() -> new IllegalStateException(
                    "the umws library has no symbol umws_bench_pin_self")), FunctionDescriptor.of(JAVA_INT, JAVA_INT));

    private static final MethodHandle UNPIN_SELF = Linker.nativeLinker().downcallHandle(NativeLibrary.lookup()
            .find("umws_bench_unpin_self").orElseThrow(() -> new IllegalStateException(
                    "the umws library has no symbol umws_bench_unpin_self")), FunctionDescriptor.of(JAVA_INT));

    /** The CPUs this process may use, read before any pin (a pinned thread sees only its own). */
    static final int MACHINE_CPUS = Runtime.getRuntime().availableProcessors();

    /** No pinning. */
    static final Affinity NONE = new Affinity(-1, -1);

    /**
     * Pins the calling thread as the producer, to learn whether the OS lets it, then releases it;
     * returns the plan ({@link #NONE} with one CPU or where the OS refuses).
     */
    static Affinity pinProducer() {
        if (MACHINE_CPUS < 2 || !pinSelf(0)) {
            return NONE;
        }
        unpinSelf();
        return new Affinity(0, 1);
    }

    /** Pins the calling (runner) thread to the producer's CPU, when this plan pins. */
    void pin() {
        if (pinned()) {
            pinSelf(producerCpu);
        }
    }

    /** Lets the calling thread run anywhere again. */
    void release() {
        if (pinned()) {
            unpinSelf();
        }
    }

    /**
     * Lets the calling thread run on the CPUs it had before its first pin: threads and processes
     * inherit their creator's CPUs. False where the OS cannot.
     */
    static boolean unpinSelf() {
        try {
            return (int) UNPIN_SELF.invokeExact() == 0;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Pins the calling thread to {@code cpu}; false where the OS cannot or refuses. */
    static boolean pinSelf(int cpu) {
        try {
            return (int) PIN_SELF.invokeExact(cpu) == 0;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    boolean pinned() {
        return producerCpu >= 0;
    }

    /** For the report: "producer on CPU 0, firmware on CPU 1" or why nothing is pinned. */
    String describe() {
        return pinned() ? "producer thread on CPU " + producerCpu + ", firmware threads on CPU " + firmwareCpu
                + " while the ring, submit, interrupt, throughput and native experiments run; JVM threads (JIT, GC) "
                + "and everything else unpinned"
                : "none (" + (MACHINE_CPUS < 2 ? "one CPU" : "the OS refused") + ")";
    }

    /** Pins a GPU's firmware threads per this plan (its interrupt thread is left to the scheduler). */
    void pinFirmware(dev.umws.gpu.Gpu gpu) {
        if (pinned()) {
            gpu.pinThreads(firmwareCpu, -1);
        }
    }
}
