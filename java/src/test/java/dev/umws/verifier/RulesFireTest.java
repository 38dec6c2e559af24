package dev.umws.verifier;

import dev.umws.BrokenNativeKmd;
import dev.umws.abi.D3DDDI_DOORBELLSTATUS;
import dev.umws.abi.DXGKARGCB_DISCONNECTDOORBELL;
import dev.umws.abi.DXGKARGCB_NOTIFY_INTERRUPT_DATA;
import dev.umws.abi.DXGKARG_CONNECTDOORBELL;
import dev.umws.abi.DXGKARG_CREATEDOORBELL;
import dev.umws.abi.DXGK_ENGINE_STATE;
import dev.umws.abi.DXGK_INTERRUPT_TYPE;
import dev.umws.abi.UMWS_GPU_IRQ_RECORD;
import dev.umws.abi.Generation;
import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.DxgkrnlInterface;
import dev.umws.kmd.Kmd;
import dev.umws.kmd.NativeKmd;
import dev.umws.kmd.ReferenceKmd;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.os.Rule;
import dev.umws.umd.DeviceLostException;
import dev.umws.umd.UmdQueue;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static dev.umws.abi.ntstatus_h.STATUS_UNSUCCESSFUL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deliberately broken KMDs: each documented rule the OS can observe fires, with its id. Rules 1,
 * 4, 9d, 13, 14 and 16 also fire for the broken twin of the reference KMD in C (rule 15's native
 * twin is in DeadlockTest).
 */
class RulesFireTest {
    private static final long SECOND = 1_000_000_000L;
    private static final boolean G3 = dev.umws.abi.Generation.SELECTED == dev.umws.abi.Generation.G3;
    private static final GpuConfig CONFIG = GpuConfig.defaults().withDetectMode(GpuConfig.DetectMode.SPIN);

    /** Runs one UMD submission on {@code kmd} and returns what the verifier collected. */
    private static Verifier run(Kmd kmd) {
        Verifier v = new Verifier();
        try (Dxgkrnl os = Dxgkrnl.start(CONFIG, kmd, v); Process p = os.createProcess()) {
            int[] dev = new int[1];
            p.createDevice(dev);
            try (UmdQueue q = new UmdQueue(p, dev[0], 0, 4096)) {
                long value = q.submit(null);
                q.await(value, SECOND);
                await("the ISR reported the fence interrupt", () -> os.interruptsNotified() > 0);
            }
        }
        return v;
    }

    private static void await(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 5 s: " + what);
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void theReferenceKmdBreaksNoRule() {
        assertEquals(List.of(), run(new ReferenceKmd()).violations());
    }

    // ---- The native twins: the reference KMD in C built to break one rule (umws_kmd_broken) -------

    /** {@link #run} on the broken native KMD with {@code fault}; the driver is closed after its OS. */
    private static Verifier runNative(int fault) {
        try (NativeKmd kmd = BrokenNativeKmd.load(fault)) {
            return run(kmd);
        }
    }

    @Test
    void theNativeReferenceKmdBreaksNoRule() {
        try (NativeKmd kmd = NativeKmd.reference()) {
            assertEquals(List.of(), run(kmd).violations());
        }
    }

    @Test
    void rule1FiresWhenANativeCreateAssignsAPhysicalDoorbell() {
        Verifier v = runNative(BrokenNativeKmd.BIND_AT_CREATE);
        assertFalse(v.of(Rule.R1_LAZY_PHYSICAL_DOORBELL).isEmpty(), v.violations().toString());
        assertEquals("DxgkDdiCreateDoorbell", v.of(Rule.R1_LAZY_PHYSICAL_DOORBELL).get(0).call());
    }

    @Test
    void rules4And13FireWhenNativeMustSucceedDdisFail() {
        Verifier v = runNative(BrokenNativeKmd.MUST_SUCCEED_FAILS);
        List<String> calls = v.of(Rule.R4_MUST_SUCCEED).stream().map(Violation::call).toList();
        assertTrue(calls.contains("DxgkDdiDisconnectDoorbell"), calls.toString());
        assertTrue(calls.contains("DxgkDdiDestroyDoorbell"), calls.toString());
        // a bad DDI status: Windows logs STATUS_UNSUCCESSFUL from these as an invalid code
        assertEquals(calls, v.of(Rule.R13_DDI_STATUS_CODES).stream().map(Violation::call).toList());
        assertTrue(v.of(Rule.R13_DDI_STATUS_CODES).get(0).detail().contains("STATUS_UNSUCCESSFUL"));
    }

    @Test
    void rule9dFiresWhenTheNativeIsrReturnsWithoutQueueingTheDpc() {
        Verifier v = runNative(BrokenNativeKmd.NO_DPC);
        Violation first = v.of(Rule.R9D_DPC_BEFORE_ISR_RETURNS).get(0);
        assertEquals("DxgkDdiInterruptRoutine", first.call());
        assertEquals(v.violations(), v.of(Rule.R9D_DPC_BEFORE_ISR_RETURNS), "nothing else");
    }

    @Test
    void rule14FiresWhenANativeConnectReturnsANullAddress() {
        Verifier v = new Verifier();
        try (NativeKmd kmd = BrokenNativeKmd.load(BrokenNativeKmd.NULL_CONNECT_ADDRESS);
                Dxgkrnl os = Dxgkrnl.start(CONFIG, kmd, v); Process p = os.createProcess()) {
            int[] dev = new int[1];
            p.createDevice(dev);
            // G1/G2 connect at the first ring, G3 when the queue is made: either way the connect fails
            DeviceLostException lost = assertThrows(DeviceLostException.class, () -> {
                try (UmdQueue q = new UmdQueue(p, dev[0], 0, 4096)) {
                    q.submit(null);
                }
            });
            assertTrue(lost.getMessage().contains("STATUS_UNSUCCESSFUL"), lost.getMessage());
        }
        Violation first = v.of(Rule.R14_CONNECT_ADDRESS).get(0);
        assertEquals("DxgkDdiConnectDoorbell", first.call());
        assertTrue(first.detail().contains("NULL"), first.toString());
    }

    @Test
    void rule16FiresWhenANativeKmdPassesTheCallbacksWildPointers() {
        Verifier v = runNative(BrokenNativeKmd.BAD_CALLBACK_POINTER);
        List<String> calls = v.of(Rule.R16_CALLBACK_ARGUMENTS).stream().map(Violation::call).distinct().toList();
        assertTrue(calls.contains("DxgkCbNotifyInterrupt"), calls.toString());
        assertTrue(calls.contains("DxgkCbDisconnectDoorbell"), calls.toString());
        assertTrue(v.of(Rule.R16_CALLBACK_ARGUMENTS).get(0).detail().contains("0x10"), v.violations().toString());
    }

    @Test
    void rule1FiresWhenCreateAssignsAPhysicalDoorbell() {
        Verifier v = run(new ReferenceKmd() {
            @Override
            public int DxgkDdiCreateDoorbell(MemorySegment args) {
                int s = super.DxgkDdiCreateDoorbell(args);
                try (Arena a = Arena.ofConfined()) {
                    MemorySegment c = DXGKARG_CONNECTDOORBELL.allocate(a);
                    if (G3) {
                        DXGKARG_CONNECTDOORBELL.hHwQueue(c, DXGKARG_CREATEDOORBELL.hHwQueue(args));
                    } else {
                        DXGKARG_CONNECTDOORBELL.hDoorbell(c, DXGKARG_CREATEDOORBELL.hDoorbell(args));
                    }
                    super.DxgkDdiConnectDoorbell(c); // eager: binds a physical doorbell now
                }
                return s;
            }
        });
        assertFalse(v.of(Rule.R1_LAZY_PHYSICAL_DOORBELL).isEmpty(), v.violations().toString());
    }

    @Test
    void rule3FiresWhenConnectReturnsAStatusOtherThanConnected() {
        Verifier v = run(new ReferenceKmd() {
            @Override
            public int DxgkDdiConnectDoorbell(MemorySegment args) {
                int s = super.DxgkDdiConnectDoorbell(args);
                DXGKARG_CONNECTDOORBELL.Status(args, D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY);
                return s;
            }
        });
        Violation first = v.of(Rule.R3_STATUS_BY_OS_ONLY).get(0);
        assertTrue(first.detail().contains("DISCONNECTED_RETRY"), first.toString());
        assertEquals("DxgkDdiConnectDoorbell", first.call());
    }

    @Test
    @dev.umws.Pins("DS-4")
    void rule4FiresWhenMustSucceedDdisFail() {
        Verifier v = run(new ReferenceKmd() {
            @Override
            public int DxgkDdiDisconnectDoorbell(MemorySegment args) {
                super.DxgkDdiDisconnectDoorbell(args);
                return STATUS_UNSUCCESSFUL;
            }

            @Override
            public int DxgkDdiDestroyDoorbell(MemorySegment args) {
                super.DxgkDdiDestroyDoorbell(args);
                return STATUS_UNSUCCESSFUL;
            }
        });
        List<String> calls = v.of(Rule.R4_MUST_SUCCEED).stream().map(Violation::call).toList();
        assertTrue(calls.contains("DxgkDdiDisconnectDoorbell"), calls.toString());
        assertTrue(calls.contains("DxgkDdiDestroyDoorbell"), calls.toString());
        // the destroy went through all the same; Windows logs STATUS_UNSUCCESSFUL as an invalid code
        assertEquals(calls, v.of(Rule.R13_DDI_STATUS_CODES).stream().map(Violation::call).toList());
    }

    @Test
    void rule9dFiresWhenTheIsrReturnsWithoutQueueingTheDpc() {
        Verifier v = run(new ReferenceKmd() {
            @Override
            public int DxgkDdiStartDevice(DxgkrnlInterface dxgkrnl) {
                return super.DxgkDdiStartDevice(new Forwarding(dxgkrnl) {
                    @Override
                    public boolean DxgkCbQueueDpc() {
                        return false; // "forgets" the DPC
                    }
                });
            }
        });
        assertFalse(v.of(Rule.R9D_DPC_BEFORE_ISR_RETURNS).isEmpty(), v.violations().toString());
    }

    @Test
    void rule9aFiresWhenTheDpcNotifiesAnInterrupt() {
        Verifier v = run(new ReferenceKmd() {
            private final MemorySegment data = Arena.global().allocate(DXGKARGCB_NOTIFY_INTERRUPT_DATA.layout());

            @Override
            public void DxgkDdiDpcRoutine() {
                DXGKARGCB_NOTIFY_INTERRUPT_DATA.InterruptType(data, DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_MONITORED_FENCE_SIGNALED);
                os().DxgkCbNotifyInterrupt(data); // only the ISR may
                super.DxgkDdiDpcRoutine();
            }
        });
        Violation first = v.of(Rule.R9A_ISR_CALLBACKS_ONLY).get(0);
        assertEquals("DxgkCbNotifyInterrupt", first.call());
    }

    /** An ISR that reports what the test says instead of what the GPU said. */
    private static final class ScriptedIsrKmd extends ReferenceKmd {
        private final MemorySegment record = Arena.global().allocate(UMWS_GPU_IRQ_RECORD.layout());
        private final MemorySegment data = Arena.global().allocate(DXGKARGCB_NOTIFY_INTERRUPT_DATA.layout());
        private final int[][] script;

        ScriptedIsrKmd(int[]... script) {
            this.script = script;
        }

        @Override
        public boolean DxgkDdiInterruptRoutine(int messageNumber) {
            boolean any = false;
            while (gpu().popIrq(record)) {
                any = true;
            }
            if (any) {
                for (int[] step : script) {
                    data.fill((byte) 0);
                    DXGKARGCB_NOTIFY_INTERRUPT_DATA.InterruptType(data, step[0]);
                    DXGKARGCB_NOTIFY_INTERRUPT_DATA.DmaCompleted.SubmissionFenceId(
                            DXGKARGCB_NOTIFY_INTERRUPT_DATA.DmaCompleted(data), step[1]);
                    os().DxgkCbNotifyInterrupt(data);
                }
                os().DxgkCbQueueDpc();
            }
            return any;
        }
    }

    @Test
    void rule9cFiresWhenCrtcIsReportedBeforeDma() {
        Verifier v = run(new ScriptedIsrKmd(new int[] {DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_CRTC_VSYNC, 0},
                new int[] {DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_DMA_COMPLETED, 1}));
        assertFalse(v.of(Rule.R9C_DMA_BEFORE_CRTC).isEmpty(), v.violations().toString());
    }

    @Test
    void rule10FiresWhenASubmissionFenceIdGoesBack() {
        Verifier v = run(new ScriptedIsrKmd(new int[] {DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_DMA_COMPLETED, 5},
                new int[] {DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_DMA_COMPLETED, 3}));
        assertTrue(v.of(Rule.R10_MONOTONIC_FENCE_IDS).get(0).detail().contains("3 after 5"));
    }

    @Test
    void rule9bFiresWhenDxgkCbNotifyInterruptIsEnteredTwiceAtOnce() {
        Verifier v = new Verifier();
        ReferenceKmd kmd = new ReferenceKmd() {
            private final MemorySegment data = Arena.global().allocate(DXGKARGCB_NOTIFY_INTERRUPT_DATA.layout());

            @Override
            public boolean DxgkDdiInterruptRoutine(int messageNumber) {
                boolean any = super.DxgkDdiInterruptRoutine(messageNumber);
                // a second "interrupt source" of the driver reports from its own thread meanwhile:
                // both start together and keep calling for 100 ms, so the calls overlap
                DXGKARGCB_NOTIFY_INTERRUPT_DATA.InterruptType(data, DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_MONITORED_FENCE_SIGNALED);
                java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(2);
                Runnable storm = () -> {
                    go.countDown();
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    long until = System.nanoTime() + 100_000_000L;
                    while (System.nanoTime() < until) {
                        os().DxgkCbNotifyInterrupt(data);
                    }
                };
                Thread other = Thread.ofPlatform().start(storm);
                storm.run();
                try {
                    other.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return any;
            }
        };
        // BACKOFF leaves both cores to the two notifying threads (SPIN would keep one busy)
        GpuConfig backoff = GpuConfig.defaults().withDetectMode(GpuConfig.DetectMode.BACKOFF);
        try (Dxgkrnl os = Dxgkrnl.start(backoff, kmd, v); Process p = os.createProcess()) {
            int[] dev = new int[1];
            p.createDevice(dev);
            try (UmdQueue q = new UmdQueue(p, dev[0], 0, 4096)) {
                long deadline = System.nanoTime() + 20 * SECOND;
                while (v.of(Rule.R9B_NOT_REENTERED).isEmpty() && System.nanoTime() < deadline) {
                    q.await(q.submit(null), SECOND);
                }
            }
        }
        assertFalse(v.of(Rule.R9B_NOT_REENTERED).isEmpty(), "overlapping calls must be seen");
        assertFalse(v.of(Rule.R9A_ISR_CALLBACKS_ONLY).isEmpty(), "the second thread is not the ISR");
    }

    @Test
    void rule11FiresWhenAnF1LeavesAQueueBound() {
        Verifier v = new Verifier();
        ReferenceKmd kmd = new ReferenceKmd() {
            @Override
            public int DxgkDdiDisconnectDoorbell(MemorySegment args) {
                return STATUS_SUCCESS; // says it disconnected, but leaves the queue on its doorbell
            }
        };
        try (Dxgkrnl os = Dxgkrnl.start(CONFIG, kmd, v); Process p = os.createProcess()) {
            int[] dev = new int[1];
            p.createDevice(dev);
            try (UmdQueue q = new UmdQueue(p, dev[0], 0, 4096)) {
                q.await(q.submit(w -> w.writeInterrupt(DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_GPU_ENGINE_STATE_CHANGE,
                        DXGK_ENGINE_STATE.DXGK_ENGINE_STATE_TRANSITION_TO_F1)), SECOND);
                await("the F1 transition", () -> !v.of(Rule.R11_FSTATE_AND_TDR).isEmpty());
            }
        }
        assertTrue(v.of(Rule.R11_FSTATE_AND_TDR).get(0).detail().contains("still bound"));
    }

    @Test
    void rule5TheDisconnectCallbackRefusesUnknownQueuesAndRepeatsSucceed() {
        DxgkrnlInterface[] captured = new DxgkrnlInterface[1];
        long[] keys = new long[2];
        ReferenceKmd kmd = new ReferenceKmd() {
            @Override
            public int DxgkDdiStartDevice(DxgkrnlInterface dxgkrnl) {
                captured[0] = dxgkrnl;
                return super.DxgkDdiStartDevice(dxgkrnl);
            }

            @Override
            public int DxgkDdiCreateHwQueue(long hHwContext, MemorySegment args) {
                keys[0] = dev.umws.abi.DXGKARG_CREATEHWQUEUE.hHwQueue(args).address();
                return super.DxgkDdiCreateHwQueue(hHwContext, args);
            }

            @Override
            public int DxgkDdiCreateDoorbell(MemorySegment args) {
                keys[1] = G3 ? 0 : DXGKARG_CREATEDOORBELL.hDoorbell(args).address();
                return super.DxgkDdiCreateDoorbell(args);
            }
        };
        Verifier v = new Verifier();
        try (Dxgkrnl os = Dxgkrnl.start(CONFIG, kmd, v); Process p = os.createProcess(); Arena a = Arena.ofConfined()) {
            int[] dev = new int[1];
            p.createDevice(dev);
            try (UmdQueue q = new UmdQueue(p, dev[0], 0, 4096)) {
                q.submit(null);
                MemorySegment cb = DXGKARGCB_DISCONNECTDOORBELL.allocate(a);
                DXGKARGCB_DISCONNECTDOORBELL.hHwQueue(cb, MemorySegment.ofAddress(0xBAD));
                if (Generation.SELECTED == Generation.G2) { // G1 and G3 name the queue only
                    DXGKARGCB_DISCONNECTDOORBELL.hDoorbell(cb, MemorySegment.ofAddress(keys[1]));
                }
                DXGKARGCB_DISCONNECTDOORBELL.DisconnectReason(cb, D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY);
                assertEquals(STATUS_INVALID_PARAMETER, captured[0].DxgkCbDisconnectDoorbell(cb));
                DXGKARGCB_DISCONNECTDOORBELL.hHwQueue(cb, MemorySegment.ofAddress(keys[0]));
                assertEquals(STATUS_SUCCESS, captured[0].DxgkCbDisconnectDoorbell(cb));
                assertEquals(STATUS_SUCCESS, captured[0].DxgkCbDisconnectDoorbell(cb), "again: still succeeds");
                assertEquals(D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY, q.statusAcquire());
                await("the callback ran at PASSIVE", () -> true);
            }
        }
        // the callback came from the test thread (PASSIVE) and the reference KMD's own use is clean
        assertEquals(List.of(), v.of(Rule.R4_MUST_SUCCEED));
    }
}
