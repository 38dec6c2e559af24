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
    private static final MethodHandle PINGPONG = handle("umws_bench_pingpong",
            FunctionDescriptor.of(JAVA_INT, JAVA_LONG, ADDRESS));
    private static final MethodHandle C_RING = handle("umws_bench_c_ring",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG, ADDRESS, ADDRESS));

    private static final MethodHandle C_THROUGHPUT = handle("umws_bench_c_throughput",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle C_IRQ_WAIT = handle("umws_bench_c_irq_wait",
            FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, ADDRESS));
    /** {@code umws_bench_ring_doorbell}: the C ring function of the downcall path (a default, non-critical downcall). */
    static final MethodHandle RING = handle("umws_bench_ring_doorbell", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG));
    /**
     * The same function as a critical downcall: no thread-state transition, so none of the fence
     * that a transition back into Java costs (two stores, no blocking, no call back: it may be).
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

    /** Cache-line round trips between two C threads, ns. */
    static long[] pingPong(int iterations) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment rtt = a.allocate(JAVA_LONG, iterations);
            int rc = (int) PINGPONG.invokeExact((long) iterations, rtt);
            if (rc != 0) {
                throw new IllegalStateException("umws_bench_pingpong returned " + rc);
            }
            return rtt.toArray(JAVA_LONG);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** C producers' packets per second: {@code producers} threads, batches of {@code batch} fences, one ring each. */
    static double cThroughput(int detectMode, long durationNs, int batch, int producers) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment packets = a.allocate(JAVA_LONG);
            MemorySegment elapsed = a.allocate(JAVA_LONG);
            int rc = (int) C_THROUGHPUT.invokeExact(detectMode, durationNs, batch, producers, packets, elapsed);
            if (rc != 0) {
                throw new IllegalStateException("umws_bench_c_throughput returned " + rc);
            }
            return packets.get(JAVA_LONG, 0) * 1e9 / elapsed.get(JAVA_LONG, 0);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
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

    /** A C producer ringing a fresh GPU: {one-way, round trip} samples, ns. */
    static long[][] cRing(int detectMode, int warmup, int iterations) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment oneWay = a.allocate(JAVA_LONG, iterations);
            MemorySegment roundTrip = a.allocate(JAVA_LONG, iterations);
            int rc = (int) C_RING.invokeExact(detectMode, (long) warmup, (long) iterations, oneWay, roundTrip);
            if (rc != 0) {
                throw new IllegalStateException("umws_bench_c_ring returned " + rc);
            }
            return new long[][] {oneWay.toArray(JAVA_LONG), roundTrip.toArray(JAVA_LONG)};
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
