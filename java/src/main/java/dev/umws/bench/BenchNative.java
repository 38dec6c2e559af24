package dev.umws.bench;

import dev.umws.nativelib.NativeLibrary;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/** The C baselines of {@code include/umws/umws_bench.h}, measured in the same run as the Java paths. */
final class BenchNative {
    private static final MethodHandle C_IRQ_WAIT = handle("umws_bench_c_irq_wait",
            FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, ADDRESS));
    /** {@code umws_bench_ring_doorbell}: the C ring function of the downcall path (a default, non-critical downcall). */
    static final MethodHandle RING = handle("umws_bench_ring_doorbell", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG));
    /**
     * The same function as a critical downcall (two stores, no blocking, no call back: it may be):
     * no thread-state transition, so no safepoint poll and no fence on the way back into Java. Its
     * two segment arguments still cost what every segment argument of a downcall costs: an acquire
     * of each one's session before the call and a release after it, a compare-and-set each on these
     * shared arenas (a locked instruction, a full fence on x86), the release ones right after the
     * doorbell store. {@link #RING_RAW_CRITICAL} passes raw addresses and pays none of them.
     */
    static final MethodHandle RING_CRITICAL = handle("umws_bench_ring_doorbell",
            FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG), Linker.Option.critical(false));
    /** {@code umws_bench_c_isr}: the C-only ISR of the interrupt-path matrix. */
    static final MemorySegment C_ISR = NativeLibrary.lookup().find("umws_bench_c_isr")
            .orElseThrow(() -> new IllegalStateException("the umws library has no symbol umws_bench_c_isr"));

    private BenchNative() {
    }

    private static MethodHandle handle(String name, FunctionDescriptor d, Linker.Option... options) {
        return Linker.nativeLinker().downcallHandle(NativeLibrary.lookup().find(name)
                .orElseThrow(() -> new IllegalStateException("the umws library has no symbol " + name)), d, options);
    }

    /** Ring -> C ISR -> condition variable -> blocked C waiter woken, ns (umws_bench_c_irq_wait). */
    static long[] cIrqWait(int warmup, int iterations) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(JAVA_LONG, iterations);
            int rc = (int) C_IRQ_WAIT.invokeExact((long) warmup, (long) iterations, out);
            if (rc != 0) {
                throw new IllegalStateException("umws_bench_c_irq_wait returned " + rc);
            }
            return out.toArray(JAVA_LONG);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    // ---- bench producers on the Java rig's lanes, the machine's floor (bench_lane.c) ----------

    private static final MethodHandle C_RING_ON = handle("umws_bench_c_ring_on", FunctionDescriptor.of(JAVA_INT,
            ADDRESS, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS, ADDRESS));
    private static final MethodHandle C_THROUGHPUT_ON = handle("umws_bench_c_throughput_on",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT,
                    ADDRESS, ADDRESS, ADDRESS));
    private static final MethodHandle THREAD_CPU = handle("umws_bench_thread_cpu_ns", FunctionDescriptor.of(JAVA_LONG),
            Linker.Option.critical(false));
    private static final MethodHandle PINGPONG_BLOCKS = handle("umws_bench_pingpong_blocks",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS, ADDRESS, ADDRESS,
                    ADDRESS));
    /**
     * {@code umws_bench_ring_doorbell} as a critical downcall taking the control block's and the
     * doorbell's addresses as plain 64-bit integers (a pointer and a uint64_t travel in the same
     * register in every 64-bit C ABI the JDK supports): no segment, so no session to acquire or
     * release, and no thread-state transition: the call executes no locked instruction and no fence.
     */
    static final MethodHandle RING_RAW_CRITICAL = handle("umws_bench_ring_doorbell",
            FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG, JAVA_LONG), Linker.Option.critical(false));

    /** Words per lane of {@code UMWS_BENCH_LANE_*}. */
    static final int LANE_WORDS = 6;

    /** A C bench producer on the lane: {one-way, round trip} samples, ns (negative ones are errors). */
    static long[][] cRingOn(long gpu, int detectMode, long[] lane, int warmup, int iterations) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment oneWay = a.allocate(JAVA_LONG, iterations);
            MemorySegment roundTrip = a.allocate(JAVA_LONG, iterations);
            int rc = (int) C_RING_ON.invokeExact(MemorySegment.ofAddress(gpu), detectMode,
                    a.allocateFrom(JAVA_LONG, lane), (long) warmup, (long) iterations, oneWay, roundTrip);
            if (rc != 0) {
                throw new IllegalStateException("umws_bench_c_ring_on returned " + rc
                        + (rc == -2 ? " (ring space or a fence did not come within 10 s)" : ""));
            }
            return new long[][] {oneWay.toArray(JAVA_LONG), roundTrip.toArray(JAVA_LONG)};
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * C bench producers on the lanes ({@link #LANE_WORDS} words each; producer 0 on the calling
     * thread, producer i on a thread pinned to {@code cpus[i]}): {packets, elapsed ns, producer
     * CPU ns or -1}.
     */
    static long[] cThroughputOn(long gpu, int detectMode, long[] lanes, int[] cpus, long durationNs, int batch) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(JAVA_LONG, 3);
            int rc = (int) C_THROUGHPUT_ON.invokeExact(MemorySegment.ofAddress(gpu), detectMode,
                    a.allocateFrom(JAVA_LONG, lanes), cpus.length, a.allocateFrom(JAVA_INT, cpus), durationNs, batch,
                    out, out.asSlice(8), out.asSlice(16));
            if (rc != 0) {
                throw new IllegalStateException("umws_bench_c_throughput_on returned " + rc
                        + (rc == -2 ? " (ring space or a fence did not come within 10 s)" : ""));
            }
            return out.toArray(JAVA_LONG);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** The calling thread's CPU time, ns; -1 where the OS cannot tell. */
    static long threadCpuNs() {
        try {
            return (long) THREAD_CPU.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * The ping-pong's results: per-block times, carried-timestamp one-way samples (as many as were
     * done within the budget), whether the other side was pinned.
     */
    record PingPong(long[] blockNs, long[] oneWayNs, boolean pinned) {
    }

    /** The machine's floor ({@code umws_bench_pingpong_blocks}): the caller against a thread on {@code cpu}. */
    static PingPong pingPong(int cpu, int blocks, int perBlock, int oneWay, long budgetNs) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment block = a.allocate(JAVA_LONG, blocks);
            MemorySegment one = a.allocate(JAVA_LONG, oneWay);
            MemorySegment done = a.allocate(JAVA_INT, 2);
            MemorySegment pinned = a.allocate(JAVA_INT);
            int rc = (int) PINGPONG_BLOCKS.invokeExact(cpu, blocks, perBlock, oneWay, budgetNs, block, one, done,
                    pinned);
            if (rc != 0) {
                throw new IllegalStateException("umws_bench_pingpong_blocks returned " + rc);
            }
            return new PingPong(block.asSlice(0, 8L * done.getAtIndex(JAVA_INT, 0)).toArray(JAVA_LONG),
                    one.asSlice(0, 8L * done.getAtIndex(JAVA_INT, 1)).toArray(JAVA_LONG), pinned.get(JAVA_INT, 0) != 0);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
