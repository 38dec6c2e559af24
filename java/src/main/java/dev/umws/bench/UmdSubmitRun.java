package dev.umws.bench;

import dev.umws.abi.Generation;
import dev.umws.abi.ntstatus_h;
import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.ReferenceKmd;
import dev.umws.nativelib.NativeLibrary;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.umd.CUmd;
import dev.umws.umd.NativeUmd;
import dev.umws.umd.UmdQueue;
import dev.umws.verifier.Verifier;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * One fence per submission, each waited for by spinning on the queue's progress fence, timed in C
 * from just before its packet is written to its fence seen, on the shim's clock, by two UMDs in C:
 * <ul>
 *   <li>the C UMD ({@code umws_cumd_submit}) on {@link UmdQueue}s the Java side made, its OS calls
 *       going through function pointers to upcall stubs of the process's thunks
 *       ({@code umws_bench_cumd_ring_to_fence});</li>
 *   <li>the native example UMD ({@code umws_umd_example_time}) on queues it made itself, its OS
 *       calls going through the D3DKMT entry points the shim exports (a C call, then the one
 *       dispatch upcall of {@code EntryPoints}).</li>
 * </ul>
 * Both run on a fresh OS with the Java reference KMD and SPIN firmware, rings of 4 KiB, on a new
 * platform thread bound to the process, and connect each queue once before the timed loop. {@link Scenario#PLAIN}: one queue on its own doorbell,
 * every ring reads CONNECTED and no OS call is made. {@link Scenario#RECONNECT}: two queues on one
 * physical doorbell taking turns, so every submission finds its doorbell taken by the other queue:
 * ring, DISCONNECTED_RETRY, D3DKMTConnectDoorbell (victimizing the other), ring again. On both sides
 * the queues share one context.
 */
final class UmdSubmitRun {
    private static final int RING_BYTES = 4096;
    private static final long DRAIN_NANOS = 5_000_000_000L;
    private static final MethodHandle CUMD_RING_TO_FENCE = Linker.nativeLinker().downcallHandle(
            NativeLibrary.lookup().find("umws_bench_cumd_ring_to_fence").orElseThrow(
                    () -> new IllegalStateException("the umws library has no symbol umws_bench_cumd_ring_to_fence")),
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_LONG, JAVA_INT, ADDRESS));

    /** Which UMD submits. */
    enum Umd {
        CUMD("C UMD (umws_cumd_submit; thunks by upcall stub)"),
        EXAMPLE("native UMD (umws_umd_example; exported D3DKMT entry points)");

        final String label;

        Umd(String label) {
            this.label = label;
        }
    }

    /** What the submissions meet: a connected doorbell, or one the other queue took. */
    enum Scenario {
        PLAIN(1), RECONNECT(2);

        final int queues;

        Scenario(int queues) {
            this.queues = queues;
        }

        GpuConfig config() {
            GpuConfig c = GpuConfig.defaults().withDetectMode(GpuConfig.DetectMode.SPIN);
            return this == PLAIN ? c : c.withDoorbells(1, GpuConfig.Placement.DEDICATED_PAGE);
        }
    }

    /**
     * One run: the samples after the warm-up (ns), reconnects over the whole run, whether every
     * fence was written, and the rule violations the verifier saw.
     */
    record Result(long[] samples, long reconnects, long submissions, boolean completed, int violations) {
    }

    private UmdSubmitRun() {
    }

    /**
     * {@code warmup + n} timed submissions (rounded up to whole turns of the queues); the first
     * {@code warmup} are dropped. {@code example} is the loaded example library (for {@link Umd#EXAMPLE}).
     */
    static Result run(Umd umd, Scenario scenario, NativeUmd example, int warmup, int n) {
        int turns = (warmup + n + scenario.queues - 1) / scenario.queues;
        Verifier verifier = new Verifier();
        try (Dxgkrnl os = Dxgkrnl.start(scenario.config(), new ReferenceKmd(), verifier);
                Process p = os.createProcess()) {
            // Each side on a new platform thread bound to the process: the example's runner makes one
            // per call, and the thread a loop runs on moved the C UMD's p50 by a few percent in probes.
            Timed t = umd == Umd.CUMD
                    ? NativeUmd.onBoundThread(p, "bench-cumd", () -> cumd(p, scenario.queues, turns))
                    : example(example, p, scenario.queues, turns);
            long[] all = t.samples;
            long[] kept = Arrays.copyOfRange(all, Math.min(warmup, all.length), all.length);
            return new Result(kept, t.reconnects, all.length, t.completed, verifier.violations().size());
        }
    }

    private record Timed(long[] samples, long reconnects, boolean completed) {
    }

    private static Timed cumd(Process p, int queues, int turns) {
        int[] dev = new int[1];
        if (p.createDevice(dev) != ntstatus_h.STATUS_SUCCESS) {
            throw new IllegalStateException("cannot create a device");
        }
        List<UmdQueue> qs = new ArrayList<>();
        List<CUmd> cs = new ArrayList<>();
        try (Arena arena = Arena.ofConfined()) {
            int[] context = new int[1];
            if (p.createContext(dev[0], 0, context) != ntstatus_h.STATUS_SUCCESS) {
                throw new IllegalStateException("cannot create a context");
            }
            for (int i = 0; i < queues; i++) {
                UmdQueue q = UmdQueue.inContext(p, dev[0], context[0], RING_BYTES); // one context, as the example's
                qs.add(q);
                if (Generation.SELECTED != Generation.G3) {
                    q.connect(); // as the example does at creation (a G3 queue is connected by its creation)
                }
                cs.add(new CUmd(p, q));
            }
            MemorySegment pointers = arena.allocate(ADDRESS, queues);
            for (int i = 0; i < queues; i++) {
                pointers.setAtIndex(ADDRESS, i, cs.get(i).queue());
            }
            MemorySegment out = arena.allocate(JAVA_LONG, (long) turns * queues);
            int status;
            try {
                status = (int) CUMD_RING_TO_FENCE.invokeExact(pointers, queues, (long) turns, 1, out);
            } catch (Throwable e) {
                throw new IllegalStateException("umws_bench_cumd_ring_to_fence failed", e);
            } finally {
                cs.forEach(CUmd::adopt);
            }
            if (status != ntstatus_h.STATUS_SUCCESS) {
                throw new IllegalStateException("umws_bench_cumd_ring_to_fence returned " + ntstatus_h.name(status));
            }
            boolean completed = true;
            long reconnects = 0;
            for (UmdQueue q : qs) {
                completed &= q.await(q.lastSubmitted(), DRAIN_NANOS);
                reconnects += q.reconnects();
            }
            return new Timed(out.toArray(JAVA_LONG), reconnects, completed);
        } finally {
            cs.forEach(CUmd::close);
            qs.forEach(UmdQueue::close);
        }
    }

    private static Timed example(NativeUmd example, Process p, int queues, int turns) {
        NativeUmd.TimedExample t = example.timeExample(p, 0, queues, turns, 1, RING_BYTES);
        if (!t.result().succeeded()) {
            throw new IllegalStateException("umws_umd_example_time failed: " + t.result().failure());
        }
        boolean completed = t.result().fencesCompleted() == (long) queues * turns;
        return new Timed(t.ringToFenceNs(), t.result().reconnects(), completed);
    }
}
