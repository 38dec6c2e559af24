package dev.umws.bench;

import dev.umws.abi.ntstatus_h;
import dev.umws.gpu.RingWriter;
import dev.umws.nativelib.NativeLibrary;
import dev.umws.umd.CUmd;
import dev.umws.umd.UmdQueue;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.function.Consumer;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The timed loops of the submit experiment, one pair per measure: the Java UMD's
 * {@link UmdQueue#submit} and the C UMD's {@code umws_cumd_submit} ({@code native/bench/bench_submit.c},
 * reached by one downcall per run), on the same queue. The Java loops are the C loops line for
 * line: the clock before the submission, the same spin on the progress fence (acquire, a PAUSE
 * per spin, the deadline looked at every {@value #SPINS_PER_CLOCK} spins), the rate loop's clock
 * every {@value #SUBMISSIONS_PER_CLOCK} submissions. Each Java variant is its own static loop, so
 * that every call inside a timed region has one receiver type.
 */
final class SubmitLoops {
    static final int SPINS_PER_CLOCK = 1024;
    static final int SUBMISSIONS_PER_CLOCK = 16;
    private static final MethodHandle C_LATENCY = handle("umws_bench_submit_latency",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS, ADDRESS));
    private static final MethodHandle C_RATE = handle("umws_bench_submit_rate",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_LONG, JAVA_LONG, ADDRESS, ADDRESS));

    /**
     * One latency run: {@code samples[0..recorded)} are submit-to-fence times (ns); {@code lost}:
     * the fence of submission {@code recorded} never came within the timeout.
     */
    record Latency(long[] samples, int recorded, boolean lost) {
    }

    /** One rate run: submissions made and the time to the last fence seen; {@code lost}: that fence never came. */
    record Rate(long submissions, long elapsedNs, boolean lost) {
        double perSecond() {
            return submissions * 1e9 / elapsedNs;
        }
    }

    private SubmitLoops() {
    }

    private static MethodHandle handle(String name, FunctionDescriptor d) {
        return Linker.nativeLinker().downcallHandle(NativeLibrary.lookup().find(name)
                .orElseThrow(() -> new IllegalStateException("the umws library has no symbol " + name)), d);
    }

    /** Spins until {@code q}'s progress fence reaches {@code value}; false when {@code deadline} passes first. */
    private static boolean await(UmdQueue q, long value, long deadline) {
        int spins = 0;
        while (q.completedAcquire() < value) {
            Thread.onSpinWait();
            if (++spins % SPINS_PER_CLOCK == 0 && System.nanoTime() - deadline > 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code n} submissions of one fence by {@code UmdQueue.submit(null)}, each to its fence seen. */
    static Latency javaLatency(UmdQueue q, int n, long timeoutNs) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            long value = q.submit(null);
            if (!await(q, value, t0 + timeoutNs)) {
                return new Latency(out, i, true);
            }
            out[i] = System.nanoTime() - t0;
        }
        return new Latency(out, n, false);
    }

    /** The same through {@code umws_cumd_submit(q, 1, 1)} on the queue {@code c} drives. */
    static Latency cLatency(CUmd c, int n, long timeoutNs) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(JAVA_LONG, n);
            MemorySegment recorded = a.allocate(JAVA_LONG);
            int status;
            try {
                status = (int) C_LATENCY.invokeExact(c.queue(), (long) n, timeoutNs, out, recorded);
            } catch (Throwable t) {
                throw new IllegalStateException("umws_bench_submit_latency failed", t);
            } finally {
                c.adopt();
            }
            if (status != ntstatus_h.STATUS_SUCCESS && status != ntstatus_h.STATUS_TIMEOUT) {
                throw new IllegalStateException("umws_bench_submit_latency returned " + ntstatus_h.name(status));
            }
            return new Latency(out.toArray(JAVA_LONG), (int) recorded.get(JAVA_LONG, 0),
                    status == ntstatus_h.STATUS_TIMEOUT);
        }
    }

    /** Submissions of one fence ({@code UmdQueue.submit(null)}) for {@code durationNs}, to the last fence seen. */
    static Rate javaRate(UmdQueue q, long durationNs, long timeoutNs) {
        long n = 0;
        long start = System.nanoTime();
        for (;;) {
            q.submit(null);
            if (++n % SUBMISSIONS_PER_CLOCK == 0 && System.nanoTime() - start >= durationNs) {
                break;
            }
        }
        return rate(q, n, start, timeoutNs);
    }

    /**
     * Submissions of {@code padding.packets + 1} WRITE_FENCE packets each ({@code UmdQueue.submit(padding,
     * bytes)}: the padding's packets, then the submission's own fence) for {@code durationNs}.
     */
    static Rate javaRateBatched(UmdQueue q, Padding padding, long durationNs, long timeoutNs) {
        int bytes = padding.bytes();
        long n = 0;
        long start = System.nanoTime();
        for (;;) {
            q.submit(padding, bytes);
            if (++n % SUBMISSIONS_PER_CLOCK == 0 && System.nanoTime() - start >= durationNs) {
                break;
            }
        }
        return rate(q, n, start, timeoutNs);
    }

    private static Rate rate(UmdQueue q, long n, long start, long timeoutNs) {
        // The count stops when the last fence is visible: what was queued is what was done.
        if (!await(q, q.lastSubmitted(), System.nanoTime() + timeoutNs)) {
            return new Rate(0, 0, true);
        }
        return new Rate(n, System.nanoTime() - start, false);
    }

    /** The same through {@code umws_cumd_submit(q, batch, batch)}: {@code batch} fences and one ring each. */
    static Rate cRate(CUmd c, int batch, long durationNs, long timeoutNs) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment submissions = a.allocate(JAVA_LONG);
            MemorySegment elapsed = a.allocate(JAVA_LONG);
            int status;
            try {
                status = (int) C_RATE.invokeExact(c.queue(), batch, durationNs, timeoutNs, submissions, elapsed);
            } catch (Throwable t) {
                throw new IllegalStateException("umws_bench_submit_rate failed", t);
            } finally {
                c.adopt();
            }
            if (status == ntstatus_h.STATUS_TIMEOUT) {
                return new Rate(0, 0, true);
            }
            if (status != ntstatus_h.STATUS_SUCCESS) {
                throw new IllegalStateException("umws_bench_submit_rate returned " + ntstatus_h.name(status));
            }
            return new Rate(submissions.get(JAVA_LONG, 0), elapsed.get(JAVA_LONG, 0), false);
        }
    }

    /**
     * The commands of a batched Java submission: {@code packets} WRITE_FENCE packets with the
     * interrupt flag, as the C UMD writes one per fence of a batch, each writing the value the
     * progress fence already has (the last submission's), so that the fence moves only when the
     * submission's own fence, written after them, executes. The firmware and the OS do for each
     * what they do for the C UMD's (a 24-byte store, a MONITORED_FENCE_SIGNALED record): only the
     * value written differs. One instance per queue, no allocation per submission.
     */
    static final class Padding implements Consumer<RingWriter> {
        private final UmdQueue queue;
        private final long fenceGpuVa;
        private final int packets;

        Padding(UmdQueue queue, int packets) {
            this.queue = queue;
            this.fenceGpuVa = queue.fenceGpuVa();
            this.packets = packets;
        }

        /** The ring bytes the padding's packets take. */
        int bytes() {
            return packets * (int) dev.umws.abi.UMWS_GPU_PACKET_WRITE_FENCE.sizeof();
        }

        @Override
        public void accept(RingWriter w) {
            long value = queue.lastSubmitted(); // the submission's own fence, N + 1, is written after these
            for (int i = 0; i < packets; i++) {
                w.writeFence(fenceGpuVa, value, true);
            }
        }
    }
}
