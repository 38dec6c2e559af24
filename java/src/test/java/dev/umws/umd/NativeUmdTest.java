package dev.umws.umd;

import dev.umws.abi.Generation;
import dev.umws.abi.umws_umd_example_h;
import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.ReferenceKmd;
import dev.umws.nativelib.NativeLibrary;
import dev.umws.nativelib.Platform;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.verifier.Verifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.umws.abi.ntstatus_h.STATUS_ACCESS_DENIED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example UMD (native/umd_example), a library of its own that reaches the OS only through the
 * shim's exported entry points, run by {@link NativeUmd} against the Java OS and the reference KMD:
 * more queues than physical doorbells in each detection mode, two engines and two processes at
 * once, and a thread bound to no process. The library must have been built with the shim: its
 * absence fails these tests.
 */
class NativeUmdTest {
    private static final int SUBMISSIONS = 300;
    private static final int BATCH = 4;
    private static final long RING_BYTES = 4096;
    private static NativeUmd umd;

    @BeforeAll
    static void load() {
        umd = NativeUmd.loadExample();
    }

    @AfterAll
    static void unload() {
        umd.close();
    }

    /** Three dedicated doorbells shared by two engines. */
    private static GpuConfig threeDoorbells(GpuConfig.DetectMode mode) {
        return GpuConfig.defaults().withDoorbells(3, GpuConfig.Placement.DEDICATED_PAGE).withEngines(2).withDetectMode(mode);
    }

    /**
     * One run per (process, engine) pair, each on its own bound thread, started together (a run
     * takes a few tenths of a second: started one by one they might not overlap at all).
     */
    private static List<NativeUmd.ExampleResult> atOnce(List<Process> processes, List<Integer> engines, int queues)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(processes.size());
        try (ExecutorService pool = Executors.newFixedThreadPool(processes.size())) {
            List<Future<NativeUmd.ExampleResult>> runs = new ArrayList<>();
            for (int i = 0; i < processes.size(); i++) {
                Process p = processes.get(i);
                int engine = engines.get(i);
                runs.add(pool.submit(() -> {
                    start.await();
                    return umd.runExample(p, engine, queues, SUBMISSIONS, BATCH, RING_BYTES);
                }));
            }
            List<NativeUmd.ExampleResult> out = new ArrayList<>();
            for (Future<NativeUmd.ExampleResult> f : runs) {
                out.add(f.get());
            }
            return out;
        }
    }

    private static void assertEveryFenceCompleted(NativeUmd.ExampleResult r, int queues) {
        assertTrue(r.succeeded(), () -> "failed: " + r.failure() + " " + r);
        assertEquals((long) queues * SUBMISSIONS, r.fencesCompleted(), r::toString);
        assertEquals(0, r.aborts());
    }

    @Test
    void theExampleSharesTheLoadedShimAndExportsItsEntryPoint() {
        assertEquals(Platform.libraryFileName(NativeUmd.EXAMPLE), umd.path().getFileName().toString());
        assertEquals(NativeLibrary.path().toAbsolutePath().getParent(), umd.path().getParent(), "installed next to the shim");
        if (!Platform.id().startsWith("windows")) {
            // dlsym through the UMD's dependencies finds the entry points of the shim the JVM
            // loaded, not those of a copy of its own
            assertTrue(umd.sharesShimVerified());
            assertEquals(NativeLibrary.lookup().find("D3DKMTCreateDevice").orElseThrow().address(),
                    umd.entryPoint("D3DKMTCreateDevice").address());
        }
        assertTrue(umd.entryPoint(NativeUmd.EXAMPLE_ENTRY).address() != 0);
        assertThrows(IllegalArgumentException.class, () -> umd.entryPoint("umws_umd_example_nothing"));
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> NativeUmd.load(Path.of("no-such-umd.so")));
        assertTrue(missing.getMessage().contains("no-such-umd.so"), missing.getMessage());
    }

    /**
     * glibc matches the UMD's DT_NEEDED entry against the sonames of the libraries already loaded
     * before it searches any path: a UMD copied next to another copy of the shim, which its
     * {@code $ORIGIN} run path would find, still reaches the loaded one. (Given a shim of another
     * soname, the loader maps a second copy: {@link NativeUmd#load} refuses it, and its entry
     * points would answer STATUS_DEVICE_NOT_READY, having no OS.)
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void onLinuxTheSonameFindsTheLoadedShimEvenBesideAnotherCopy(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve(umd.path().getFileName());
        Files.copy(umd.path(), copy);
        Files.copy(NativeLibrary.path(), dir.resolve(Platform.libraryFileName("umws")));
        try (NativeUmd other = NativeUmd.load(copy);
                Dxgkrnl os = Dxgkrnl.start(GpuConfig.defaults(), new ReferenceKmd(), new Verifier());
                Process p = os.createProcess()) {
            assertTrue(other.sharesShimVerified());
            assertEveryFenceCompleted(other.runExample(p, 0, 2, SUBMISSIONS, BATCH, RING_BYTES), 2);
        }
    }

    @ParameterizedTest
    @EnumSource(GpuConfig.DetectMode.class)
    @Timeout(120)
    void twelveQueuesOnThreeDoorbellsAndTwoEnginesCompleteEveryFence(GpuConfig.DetectMode mode) throws Exception {
        Verifier v = new Verifier();
        long start = System.nanoTime();
        List<NativeUmd.ExampleResult> results;
        try (Dxgkrnl os = Dxgkrnl.start(threeDoorbells(mode), new ReferenceKmd(), v); Process p = os.createProcess()) {
            os.setStuckBound(Duration.ofSeconds(10));
            // one process, one bound thread per engine, six queues each
            results = atOnce(List.of(p, p), List.of(0, 1), 6);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long fences = 0;
        for (NativeUmd.ExampleResult r : results) {
            assertEveryFenceCompleted(r, 6);
            // six queues of its own on three doorbells the other engine also takes: victimized
            assertTrue(r.reconnects() > 0, r::toString);
            if (mode == GpuConfig.DetectMode.NOTIFY) {
                assertTrue(r.notifies() >= 6L * SUBMISSIONS / BATCH, "CONNECTED_NOTIFY_KMD after every batch: " + r);
            } else {
                assertEquals(0, r.notifies(), r::toString);
            }
            fences += r.fencesCompleted();
        }
        System.out.printf("NativeUmdTest %s %s: 2 engines x 6 queues on 3 doorbells, %d fences, reconnects %d + %d, "
                + "notifies %d + %d, notify races %d + %d, rings %d + %d in %.2f s%n", Generation.SELECTED, mode, fences,
                results.get(0).reconnects(), results.get(1).reconnects(), results.get(0).notifies(),
                results.get(1).notifies(), results.get(0).notifyRaces(), results.get(1).notifyRaces(),
                results.get(0).rings(), results.get(1).rings(), seconds);
        assertEquals(List.of(), v.violations());
    }

    @Test
    @Timeout(120)
    void twoProcessesOnTwoThreadsAtOnceCompleteEveryFence() throws Exception {
        Verifier v = new Verifier();
        try (Dxgkrnl os = Dxgkrnl.start(threeDoorbells(GpuConfig.DetectMode.BACKOFF), new ReferenceKmd(), v);
                Process a = os.createProcess(); Process b = os.createProcess()) {
            os.setStuckBound(Duration.ofSeconds(10));
            // four queues each on three doorbells: each process is victimized even should the
            // scheduler run the two one after the other, and by the other one when they overlap
            List<NativeUmd.ExampleResult> results = atOnce(List.of(a, b), List.of(0, 0), 4);
            for (NativeUmd.ExampleResult r : results) {
                assertEveryFenceCompleted(r, 4);
                assertTrue(r.reconnects() > 0, r::toString);
            }
        }
        assertEquals(List.of(), v.violations());
    }

    @Test
    void aGlobalDoorbellIsRungByAddingOneAndNeedsNoReconnect() {
        Verifier v = new Verifier();
        GpuConfig config = GpuConfig.defaults().withDoorbells(1, GpuConfig.Placement.GLOBAL)
                .withDetectMode(GpuConfig.DetectMode.SPIN);
        try (Dxgkrnl os = Dxgkrnl.start(config, new ReferenceKmd(), v); Process p = os.createProcess()) {
            NativeUmd.ExampleResult r = umd.runExample(p, 0, 4, SUBMISSIONS, BATCH, RING_BYTES);
            assertEveryFenceCompleted(r, 4);
            assertEquals(0, r.reconnects(), "four queues fit the firmware's bound queues; connected at creation");
            assertEquals(4L * SUBMISSIONS / BATCH, r.rings(), "one ring per batch");
        }
        assertEquals(List.of(), v.violations());
    }

    @Test
    void aThreadBoundToNoProcessIsRefusedAtItsFirstCall() {
        // a process exists, so the OS has installed its dispatcher; the UMD's thread is just not bound to it
        try (Dxgkrnl os = Dxgkrnl.start(GpuConfig.defaults(), new ReferenceKmd(), new Verifier());
                Process _ = os.createProcess()) {
            NativeUmd.ExampleResult r = umd.runExample(null, 0, 1, 10, 1, RING_BYTES);
            // not STATUS_DEVICE_NOT_READY: the example reaches the shim whose dispatcher this OS installed
            assertEquals(STATUS_ACCESS_DENIED, r.firstFailure(), r::failure);
            assertEquals(umws_umd_example_h.UMWS_UMD_EXAMPLE_CALL_OPEN_ADAPTER, r.failedCall(), r::failure);
            assertEquals(umws_umd_example_h.UMWS_UMD_EXAMPLE_NO_QUEUE, r.failedQueue());
            assertEquals(0, r.rings());
        }
    }

    @Test
    void badArgumentsAreRefusedBeforeAnyCall() {
        try (Dxgkrnl os = Dxgkrnl.start(GpuConfig.defaults(), new ReferenceKmd(), new Verifier());
                Process p = os.createProcess()) {
            NativeUmd.ExampleResult r = umd.runExample(p, 0, 1, 10, 1, 3000); // not a power of two
            assertEquals(dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER, r.firstFailure());
            assertEquals(umws_umd_example_h.UMWS_UMD_EXAMPLE_CALL_SETUP, r.failedCall(), r::failure);
            // a node the adapter does not have: the OS answers, and the run reports which call it was
            r = umd.runExample(p, 5, 1, 10, 1, RING_BYTES);
            assertEquals(dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER, r.firstFailure());
            assertEquals(umws_umd_example_h.UMWS_UMD_EXAMPLE_CALL_CREATE_CONTEXT, r.failedCall(), r::failure);
        }
    }
}
