package dev.umws.kmd;

import dev.umws.Pins;
import dev.umws.abi.D3DDDI_DOORBELLSTATUS;
import dev.umws.abi.DXGK_USERMODESUBMISSION_CAPS;
import dev.umws.abi.Generation;
import dev.umws.abi.d3dukmdt_h;
import dev.umws.gpu.GpuConfig;
import dev.umws.nativelib.NativeLibrary;
import dev.umws.nativelib.Platform;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.os.Rule;
import dev.umws.umd.DeviceLostException;
import dev.umws.umd.UmdQueue;
import dev.umws.verifier.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference KMD in C ({@code native/kmd}) hosted by the emulated OS: loaded as a Windows
 * miniport is, its queues outnumbering the doorbells in each detection mode under the Java UMD,
 * its ISR called by the GPU's interrupt thread, and the lifecycle the OS drives. The suites that
 * run against both KMDs (KmdKind) cover the rest.
 */
class NativeKmdTest {
    private static final long SECOND = 1_000_000_000L;
    private static final boolean G1 = Generation.SELECTED == Generation.G1;

    private static int device(Process p) {
        int[] h = new int[1];
        assertEquals(STATUS_SUCCESS, p.createDevice(h));
        return h[0];
    }

    private static void await(String what, BooleanSupplier condition) {
        dev.umws.Await.until(what, condition);
    }

    @Test

    @Pins("NK-2")
    void itLoadsAsAMiniportAndRegistersEveryDdiTheOsCalls() {
        try (NativeKmd kmd = NativeKmd.reference()) {
            assertEquals(Platform.libraryFileName(NativeKmd.REFERENCE_LIBRARY), kmd.library().getFileName().toString());
            for (String ddi : List.of("DxgkDdiAddDevice", "DxgkDdiStartDevice", "DxgkDdiStopDevice", "DxgkDdiRemoveDevice",
                    "DxgkDdiInterruptRoutine", "DxgkDdiDpcRoutine", "DxgkDdiQueryAdapterInfo", "DxgkDdiGetNodeMetadata",
                    "DxgkDdiCreateProcess", "DxgkDdiDestroyProcess", "DxgkDdiCreateDevice", "DxgkDdiDestroyDevice",
                    "DxgkDdiCreateAllocation", "DxgkDdiDestroyAllocation", "DxgkDdiCreateContext", "DxgkDdiDestroyContext",
                    "DxgkDdiCreateHwQueue", "DxgkDdiDestroyHwQueue", "DxgkDdiSuspendContext", "DxgkDdiResumeContext",
                    "DxgkDdiResetEngine")) {
                assertTrue(kmd.provides(ddi), ddi);
            }
            // G1's table has DxgkDdiFlushHwQueue, which the driver fills; G2 and G3 have Reserved4 there
            for (String ddi : Kmd.UMS_DDIS) {
                assertTrue(kmd.provides(ddi), ddi);
            }
            assertFalse(kmd.provides("DxgkDdiPresent"), "a slot the driver leaves NULL");
            assertTrue(kmd.find("DriverEntry").isPresent());
            assertTrue(kmd.find("umws_kmd_broken_select").isEmpty(), "the reference exports DriverEntry only");
        }
    }

    @Test
    void aDriverThatWasNotBuiltOrCannotBeLoadedIsAClearError() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> NativeKmd.companion("umws_kmd_nonexistent"));
        assertTrue(missing.getMessage().contains("umws_kmd_nonexistent") && missing.getMessage().contains("NativeKmd.load"),
                missing.getMessage());
        Path nowhere = NativeLibrary.path().resolveSibling("no-such-kmd.so");
        IllegalArgumentException unloadable = assertThrows(IllegalArgumentException.class, () -> NativeKmd.load(nowhere));
        assertTrue(unloadable.getMessage().contains("cannot load the KMD library"), unloadable.getMessage());
        IllegalArgumentException noEntry = assertThrows(IllegalArgumentException.class, () -> NativeKmd.load(NativeLibrary.path()));
        assertTrue(noEntry.getMessage().contains("exports no DriverEntry"), noEntry.getMessage());
    }

    /**
     * Two processes, three contexts each on their own threads, two queues per context on two
     * engines: twelve queues on three doorbells, round robin, so that nearly every ring victimizes.
     */
    @ParameterizedTest
    @EnumSource(GpuConfig.DetectMode.class)
    void twelveQueuesOnThreeDoorbellsAllCompleteThroughVictimization(GpuConfig.DetectMode mode) throws Exception {
        Verifier v = new Verifier();
        GpuConfig config = GpuConfig.defaults().withDoorbells(3, GpuConfig.Placement.DEDICATED_PAGE).withEngines(2)
                .withDetectMode(mode);
        int rounds = 60;
        long start = System.nanoTime();
        long fences = 0;
        long reconnects = 0;
        long notifies = 0;
        try (Dxgkrnl os = Dxgkrnl.start(config, NativeKmd.reference(), v)) {
            os.setStuckBound(Duration.ofSeconds(10));
            List<Process> ps = List.of(os.createProcess(), os.createProcess());
            try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
                List<Future<long[]>> done = new ArrayList<>();
                for (int t = 0; t < 6; t++) {
                    Process p = ps.get(t % 2);
                    int engine = t % 2;
                    done.add(pool.submit(() -> {
                        int dev = device(p);
                        List<UmdQueue> qs = List.of(new UmdQueue(p, dev, engine, 4096), new UmdQueue(p, dev, engine, 4096));
                        for (int r = 0; r < rounds; r++) {
                            for (UmdQueue q : qs) {
                                q.submit(null);
                            }
                        }
                        long[] counts = new long[3];
                        for (UmdQueue q : qs) {
                            assertTrue(q.await(q.lastSubmitted(), 30 * SECOND), () -> "stuck at " + q.completedAcquire()
                                    + " of " + q.lastSubmitted() + ", status " + q.statusAcquire() + ", faults " + os.faults());
                            counts[0] += q.completedAcquire();
                            counts[1] += q.reconnects();
                            counts[2] += q.notifies();
                            q.close();
                        }
                        return counts;
                    }));
                }
                for (Future<long[]> f : done) {
                    fences += f.get()[0];
                    reconnects += f.get()[1];
                    notifies += f.get()[2];
                }
            }
            assertTrue(os.nativeIsr(), "the interrupt thread calls the driver's ISR");
            long all = fences; // each fence write raised one interrupt; a full interrupt ring drops records
            await("every fence's interrupt reported", () -> os.interruptsNotified() + os.gpu().irqOverflows() >= all);
            await("and the DPC ran", () -> os.dpcsNotified() > 0); // the DPC follows the ISR on its own thread
        }
        System.out.printf("NativeKmdTest %s: 12 queues on 3 doorbells, %d fences, %d reconnects, %d notifies in %.2f s%n",
                mode, fences, reconnects, notifies, (System.nanoTime() - start) / 1e9);
        assertEquals(12L * rounds, fences);
        assertTrue(reconnects > 0, "victimization forced reconnects");
        if (mode == GpuConfig.DetectMode.NOTIFY) {
            assertTrue(notifies > 0, "CONNECTED_NOTIFY_KMD made the UMD notify");
        }
        assertEquals(List.of(), v.violations());
    }

    @Test

    @Pins("NK-2")
    void fencesCompleteThroughTheNativeIsrAndTheDpcAndAFaultNamesItsQueue() {
        Verifier v = new Verifier();
        try (Dxgkrnl os = Dxgkrnl.start(GpuConfig.defaults(), NativeKmd.reference(), v); Process p = os.createProcess();
                UmdQueue q = new UmdQueue(p, device(p), 0, 4096)) {
            assertTrue(os.nativeIsr());
            for (int i = 0; i < 50; i++) {
                assertTrue(q.await(q.submit(null), 5 * SECOND));
            }
            await("50 fence interrupts reported", () -> os.interruptsNotified() >= 50);
            await("DPCs ran", () -> os.dpcsNotified() > 0);
            // a fence written outside the process's GPU VA space faults the queue: the ISR names it
            try (UmdQueue bad = new UmdQueue(p, device(p), 0, 4096)) {
                bad.submit(w -> w.writeFence(0x7_0000_0000L, 1, false));
                await("the page fault reported", () -> os.faults().stream().anyMatch(f -> f.startsWith("HWQUEUE_PAGE_FAULTED")));
            }
            String fault = os.faults().stream().filter(f -> f.startsWith("HWQUEUE_PAGE_FAULTED")).findFirst().orElseThrow();
            assertTrue(fault.contains("queue 0x") && fault.contains("va 0x700000000"), fault);
            assertTrue(q.await(q.submit(null), 5 * SECOND), "the other queue runs on");
        }
        assertEquals(List.of(), v.violations());
    }

    /** Suspend and resume, TDR and device loss, recovery, normal and abnormal process exit, in one adapter's life. */
    @Test
    void theLifecycleTheOsDrives() {
        Verifier v = new Verifier();
        // G1 has no last-queued value: there the engine's timeout finds the hung queue
        GpuConfig config = GpuConfig.defaults().withDetectMode(GpuConfig.DetectMode.BACKOFF)
                .withEngineTimeoutNs(G1 ? 100_000_000 : 0);
        try (Dxgkrnl os = Dxgkrnl.start(config, NativeKmd.reference(), v)) {
            os.setTdrTimeout(Duration.ofMillis(200));
            Process p = os.createProcess();
            int dev = device(p);
            UmdQueue q = new UmdQueue(p, dev, 0, 4096);
            assertTrue(q.await(q.submit(null), 5 * SECOND));

            assertEquals(STATUS_SUCCESS, p.suspendContext(q.contextHandle()));
            long queued = 0;
            for (int i = 0; i < 10; i++) {
                queued = q.submit(null);
            }
            assertFalse(q.await(queued, SECOND / 10), "nothing runs while suspended");
            assertEquals(STATUS_SUCCESS, p.resumeContext(q.contextHandle()));
            assertTrue(q.await(queued, 5 * SECOND), "the work queued meanwhile runs after resume");

            UmdQueue hung = new UmdQueue(p, dev, 0, 4096);
            hung.submit(w -> w.writeDelay(60 * SECOND));
            await("TDR", () -> !os.tdrs().isEmpty());
            await("ABORT", () -> hung.statusAcquire() == D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT);
            assertThrows(DeviceLostException.class, () -> hung.submit(null));
            hung.close();
            q.close();
            assertEquals(STATUS_SUCCESS, p.destroyDevice(dev));
            try (UmdQueue fresh = new UmdQueue(p, device(p), 0, 4096)) {
                assertTrue(fresh.await(fresh.submit(null), 5 * SECOND), "recovery on a new device");
            }

            UmdQueue draining = new UmdQueue(p, device(p), 0, 4096);
            long before = os.gpu().engineStats(0).packets();
            for (int i = 0; i < 10; i++) {
                draining.submit(w -> w.writeDelay(1_000_000));
            }
            p.close(); // normal exit: the queued work runs first (G1: no last-queued value, at once)
            if (!G1) {
                assertEquals(before + 20, os.gpu().engineStats(0).packets(), "10 delays and 10 fences ran before the end");
            }

            Process killed = os.createProcess();
            new UmdQueue(killed, device(killed), 0, 4096).submit(w -> w.writeDelay(60 * SECOND));
            assertTimeoutPreemptively(Duration.ofSeconds(5), killed::terminate);

            Process other = os.createProcess();
            try (UmdQueue o = new UmdQueue(other, device(other), 0, 4096)) {
                assertTrue(o.await(o.submit(null), 5 * SECOND), "the adapter works on");
            }
            other.close();
        }
        assertEquals(List.of(), v.of(Rule.R11_FSTATE_AND_TDR));
        assertEquals(List.of(), v.of(Rule.R13_DDI_STATUS_CODES));
        assertEquals(List.of(), v.of(Rule.R4_MUST_SUCCEED));
    }

    @Test
    void oneDriverServesTwoStartsOfTheAdapterAndRefusesToCloseWhileStarted() {
        try (NativeKmd kmd = NativeKmd.reference()) {
            for (int start = 0; start < 2; start++) {
                Verifier v = new Verifier();
                try (Dxgkrnl os = Dxgkrnl.start(GpuConfig.defaults(), kmd, v); Process p = os.createProcess();
                        UmdQueue q = new UmdQueue(p, device(p), 0, 4096)) {
                    assertTrue(q.await(q.submit(null), 5 * SECOND));
                    assertThrows(IllegalStateException.class, kmd::close, "the adapter still runs");
                }
                assertEquals(List.of(), v.violations());
            }
        }
    }

    /** The caps reach a UMD's query, whatever segment it hands the OS (a heap one too). */
    @Test
    void aUmdReadsTheCapsTheDriverReported() {
        GpuConfig config = GpuConfig.defaults().withDoorbellSizeInBytes(64).withSecondaryDoorbells(true);
        try (Dxgkrnl os = Dxgkrnl.start(config, NativeKmd.reference(), new Verifier()); Process p = os.createProcess()) {
            MemorySegment caps = MemorySegment.ofArray(new int[(int) DXGK_USERMODESUBMISSION_CAPS.sizeof() / 4]);
            assertEquals(STATUS_SUCCESS, p.queryAdapterInfo(d3dukmdt_h.DXGKQAITYPE_USERMODESUBMISSION_CAPS, caps));
            assertEquals(64, DXGK_USERMODESUBMISSION_CAPS.DoorbellSizeInBytes(caps));
            assertEquals(64, DXGK_USERMODESUBMISSION_CAPS.SecondaryDoorbellSizeInBytes(caps));
            assertEquals(DXGK_USERMODESUBMISSION_CAPS.SecondaryDoorbellSupported.intMask(),
                    DXGK_USERMODESUBMISSION_CAPS.Flags.Value(DXGK_USERMODESUBMISSION_CAPS.Flags(caps)));
            assertEquals(dev.umws.abi.ntstatus_h.STATUS_NOT_SUPPORTED, p.queryAdapterInfo(99, caps));
        }
    }
}
