package dev.umws.os;

import dev.umws.Pins;
import dev.umws.abi.D3DDDI_CREATEHWQUEUEFLAGS;
import dev.umws.abi.D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS;
import dev.umws.abi.D3DDDI_DOORBELLMAPPING;
import dev.umws.abi.D3DDDI_DOORBELLSTATUS;
import dev.umws.abi.D3DDDI_NATIVEFENCEMAPPING;
import dev.umws.abi.D3DKMT_CONNECT_DOORBELL;
import dev.umws.abi.D3DKMT_CONNECT_DOORBELL_FLAGS;
import dev.umws.abi.D3DKMT_CREATEHWQUEUE;
import dev.umws.abi.D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION;
import dev.umws.abi.D3DKMT_CREATE_DOORBELL;
import dev.umws.abi.D3DKMT_CREATE_DOORBELL_FLAGS;
import dev.umws.abi.D3DKMT_NOTIFY_WORK_SUBMISSION;
import dev.umws.abi.D3DKMT_NOTIFY_WORK_SUBMISSION_FLAGS;
import dev.umws.abi.DXGKARG_CONNECTDOORBELL;
import dev.umws.abi.DXGKARG_CONNECTDOORBELL_FLAGS;
import dev.umws.abi.DXGKARG_NOTIFYWORKSUBMISSION;
import dev.umws.abi.UMWS_GPU_RING_CONTROL;
import dev.umws.gpu.GpuConfig;
import dev.umws.gpu.RingWriter;
import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

import static dev.umws.abi.D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED;
import static dev.umws.abi.D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED_NOTIFY_KMD;
import static dev.umws.abi.D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY;
import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_NO_MEMORY;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static dev.umws.abi.ntstatus_h.STATUS_UNSUCCESSFUL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** D3DKMTConnectDoorbell and D3DKMTNotifyWorkSubmission. */
class ConnectNotifyTest {
    @Test
    @Pins({"CN-1", "CN-2"})
    void flagsAndHandlesAreCheckedBeforeTheKmdIsAsked() {
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            Fixture.Bell bell = f.bell();
            int bare = Fixture.G3 ? 0 : f.umsQueue(); // a queue without a doorbell
            kmd.clear();
            MemorySegment c = f.connectArgs(bell.handle());
            D3DKMT_CONNECT_DOORBELL_FLAGS.Value(D3DKMT_CONNECT_DOORBELL.Flags(c), 1);
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTConnectDoorbell(c), "reserved flags");
            if (Fixture.G1) { // G1 names the queue
                assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTConnectDoorbell(f.connectArgs(bare)), "no doorbell");
            }
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTConnectDoorbell(f.connectArgs(f.device)), "not a queue");
            assertEquals(List.of(), kmd.calls());
            assertEquals(D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY, Fixture.status(bell));
        }
    }

    @Test
    @Pins("CN-3")
    void connectingAConnectedDoorbellSucceedsWithoutAskingTheKmd() {
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            Fixture.Bell bell = f.bell();
            assertEquals(STATUS_SUCCESS, f.connect(bell));
            kmd.clear();
            assertEquals(STATUS_SUCCESS, f.connect(bell));
            assertEquals(STATUS_SUCCESS, f.connect(bell));
            assertEquals(List.of(), kmd.calls());
            assertEquals(D3DDDI_DOORBELLSTATUS_CONNECTED, Fixture.status(bell));
        }
    }

    @Test
    @Pins({"CN-4", "CB-4"})
    void aDoorbellTheKmdAbortedCannotBeConnectedAndStaysAborted() {
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            Fixture.Bell bell = f.bell();
            assertEquals(STATUS_SUCCESS, f.connect(bell));
            MemorySegment cb = DisconnectCallbackTest.callbackArgs(f, kmd.createHwQueueKey, bell,
                    D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT);
            assertEquals(STATUS_SUCCESS, kmd.callbacks().DxgkCbDisconnectDoorbell(cb));
            assertEquals(D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT, Fixture.status(bell));
            kmd.clear();
            assertEquals(STATUS_INVALID_PARAMETER, f.connect(bell), "not STATUS_DEVICE_REMOVED: the device is fine");
            assertEquals(List.of(), kmd.calls());
        }
    }

    @Test
    @Pins("CN-5")
    void aKmdFailureIsReturnedAndTheStatusStaysRetry() {
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            Fixture.Bell bell = f.bell();
            kmd.connectAnswer = () -> STATUS_NO_MEMORY;
            assertEquals(STATUS_NO_MEMORY, f.connect(bell));
            assertEquals(D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY, Fixture.status(bell));
            kmd.connectAnswer = null;
            assertEquals(STATUS_SUCCESS, f.connect(bell));
        }
    }

    @Test
    @Pins("CN-6")
    void aStatusOtherThanConnectedFromTheKmdBecomesConnected() {
        RecordingKmd kmd = new RecordingKmd() {
            @Override
            public int DxgkDdiConnectDoorbell(MemorySegment args) {
                int s = super.DxgkDdiConnectDoorbell(args);
                DXGKARG_CONNECTDOORBELL.Status(args, 7);
                return s;
            }
        };
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            Fixture.Bell bell = f.bell();
            assertEquals(STATUS_SUCCESS, f.connect(bell));
            assertEquals(D3DDDI_DOORBELLSTATUS_CONNECTED, Fixture.status(bell));
            assertEquals("DxgkDdiConnectDoorbell", f.verifier.of(Rule.R3_STATUS_BY_OS_ONLY).get(0).call());
        }
    }

    @Test
    @Pins("CN-7")
    void aNullOrForeignDoorbellAddressFailsTheConnectUnderRule14() {
        for (long address : new long[] {0, 0x1000}) {
            RecordingKmd kmd = new RecordingKmd() {
                @Override
                public int DxgkDdiConnectDoorbell(MemorySegment args) {
                    int s = super.DxgkDdiConnectDoorbell(args);
                    if (Fixture.G3) {
                        DXGKARG_CONNECTDOORBELL.PhysicalAddress(args, address);
                    } else {
                        DXGKARG_CONNECTDOORBELL.KernelCpuVirtualAddress(args, MemorySegment.ofAddress(address));
                    }
                    return s;
                }
            };
            try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
                Fixture.Bell bell = f.bell();
                assertEquals(STATUS_UNSUCCESSFUL, f.connect(bell));
                assertEquals(D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY, Fixture.status(bell));
                assertFalse(f.verifier.of(Rule.R14_CONNECT_ADDRESS).isEmpty());
            }
        }
    }

    /** A queue with a secondary doorbell, written to by hand: what a UMD that rings the secondary does. */
    private record SecondaryQueue(MemorySegment ring, MemorySegment control, MemorySegment secondary,
            MemorySegment fence, long fenceGpuVa) {
    }

    private static SecondaryQueue secondaryQueue(Fixture f) {
        int hRing = f.allocation(true);
        int hControl = f.allocation(true);
        MemorySegment ring = f.a.allocationMemory(hRing);
        MemorySegment control = f.a.allocationMemory(hControl).asSlice(0, UMWS_GPU_RING_CONTROL.sizeof());
        if (Fixture.G3) {
            MemorySegment c = f.umsQueueArgs(f.context, hRing, hControl);
            D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS.Value(D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.Flags(c),
                    D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS.DoorbellRequiresSecondaryCpuVA.intMask());
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateHwQueueForUserModeSubmission(c));
            MemorySegment connect = f.connectArgs(D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hHwQueue(c));
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTConnectDoorbell(connect));
            MemorySegment mapping = D3DKMT_CONNECT_DOORBELL.DoorbellMapping(connect);
            MemorySegment fm = D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.ProgressFenceMapping(c);
            return new SecondaryQueue(ring, control, D3DDDI_DOORBELLMAPPING.SecondaryCpuVa(mapping).reinterpret(8),
                    D3DDDI_NATIVEFENCEMAPPING.CurrentValueCpuVa(fm).reinterpret(8),
                    D3DDDI_NATIVEFENCEMAPPING.CurrentValueGpuVa(fm));
        }
        MemorySegment q = f.queueArgs(f.context, D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask());
        assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateHwQueue(q));
        MemorySegment d = f.doorbellArgs(D3DKMT_CREATEHWQUEUE.hHwQueue(q), hRing, hControl);
        D3DKMT_CREATE_DOORBELL_FLAGS.Value(D3DKMT_CREATE_DOORBELL.Flags(d),
                D3DKMT_CREATE_DOORBELL_FLAGS.RequireSecondaryCpuVA.intMask());
        assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateDoorbell(d));
        int handle = Fixture.G2 ? D3DKMT_CREATE_DOORBELL.hDoorbell(d) : D3DKMT_CREATEHWQUEUE.hHwQueue(q);
        assertEquals(STATUS_SUCCESS, f.a.D3DKMTConnectDoorbell(f.connectArgs(handle)));
        return new SecondaryQueue(ring, control, D3DKMT_CREATE_DOORBELL.DoorbellSecondaryCPUVirtualAddress(d).reinterpret(8),
                D3DKMT_CREATEHWQUEUE.HwQueueProgressFenceCPUVirtualAddress(q).reinterpret(8),
                D3DKMT_CREATEHWQUEUE.HwQueueProgressFenceGPUVirtualAddress(q));
    }

    @Test
    @Pins("CN-8")
    void aSecondaryVaIsAskedOfTheKmdMappedAndItsRingsRun() {
        RecordingKmd kmd = new RecordingKmd();
        GpuConfig config = Fixture.CONFIG.withDetectMode(GpuConfig.DetectMode.SPIN).withSecondaryDoorbells(true);
        try (Fixture f = new Fixture(config, kmd)) {
            SecondaryQueue q = secondaryQueue(f);
            assertEquals(DXGKARG_CONNECTDOORBELL_FLAGS.RequireSecondaryAddress.intMask(), kmd.connectFlags);
            RingWriter w = new RingWriter(q.ring(), q.control(), q.secondary(), false);
            w.writeFence(q.fenceGpuVa(), 1, false);
            w.publishRelease();
            w.ringRelease(); // on the secondary doorbell only
            dev.umws.Await.until("the firmware noticed the secondary ring",
                    () -> q.fence().get(ValueLayout.JAVA_LONG, 0) >= 1);
        }
    }

    @Test
    @Pins({"CN-9", "CN-10"})
    void theVaMovesBeforeTheStatusIsWrittenAndMapsThePageOfTheKmdsAddress() {
        try (Fixture f = new Fixture()) {
            Fixture.Bell bell = f.bell();
            // the status store comes second: once it reads CONNECTED, the UMD's VA maps the BAR page
            assertEquals(STATUS_SUCCESS, f.connect(bell));
            assertEquals(D3DDDI_DOORBELLSTATUS_CONNECTED, Fixture.status(bell));
            OsObjects.Queue q = f.a.handles.lookup(bell.queue(), HandleType.HW_QUEUE, OsObjects.Queue.class);
            int physical = q.doorbell.va.connectedIndex();
            assertTrue(physical >= 0);
            if (!Fixture.G3) {
                // the UMD rings at the start of its VA; a store there lands in the physical doorbell's slot
                bell.doorbellVa().set(ValueLayout.JAVA_LONG, 0, 0x77L);
                long bar = f.os.gpu().bar().address() + f.os.gpu().doorbellOffset(physical, false);
                assertEquals(0x77L, MemorySegment.ofAddress(bar).reinterpret(8).get(ValueLayout.JAVA_LONG, 0));
            }
        }
        // G1/G2: an address inside the doorbell's page but past its slot maps the same page
        RecordingKmd offset = new RecordingKmd() {
            @Override
            public int DxgkDdiConnectDoorbell(MemorySegment args) {
                int s = super.DxgkDdiConnectDoorbell(args);
                if (!Fixture.G3) {
                    long at = DXGKARG_CONNECTDOORBELL.KernelCpuVirtualAddress(args).address();
                    DXGKARG_CONNECTDOORBELL.KernelCpuVirtualAddress(args, MemorySegment.ofAddress(at + 8));
                }
                return s;
            }
        };
        try (Fixture f = new Fixture(Fixture.CONFIG, offset)) {
            Fixture.Bell bell = f.bell();
            assertEquals(STATUS_SUCCESS, f.connect(bell));
            assertTrue(f.verifier.of(Rule.R14_CONNECT_ADDRESS).isEmpty(), "the offset in the page is dropped");
        }
    }

    @Test
    @Pins({"NT-1", "NT-2", "NT-5"})
    void notifyIsLegalOnlyWhileTheStatusReadsConnectedNotifyKmd() {
        RecordingKmd kmd = new RecordingKmd() {
            long queue;

            @Override
            public int DxgkDdiNotifyWorkSubmission(MemorySegment args) {
                queue = DXGKARG_NOTIFYWORKSUBMISSION.hHwQueue(args).address();
                assertNotEquals(0L, queue, "the KMD's own queue handle");
                return super.DxgkDdiNotifyWorkSubmission(args);
            }
        };
        try (Fixture f = new Fixture(Fixture.CONFIG.withDetectMode(GpuConfig.DetectMode.NOTIFY), kmd)) {
            Fixture.Bell bell = f.bell();
            kmd.clear();
            assertEquals(STATUS_INVALID_PARAMETER, f.notify(bell), "DISCONNECTED_RETRY");
            assertEquals(STATUS_SUCCESS, f.connect(bell));
            assertEquals(D3DDDI_DOORBELLSTATUS_CONNECTED_NOTIFY_KMD, Fixture.status(bell));
            MemorySegment n = f.notifyArgs(bell.handle());
            D3DKMT_NOTIFY_WORK_SUBMISSION_FLAGS.Value(D3DKMT_NOTIFY_WORK_SUBMISSION.Flags(n), 1);
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTNotifyWorkSubmission(n), "reserved flags");
            assertEquals(List.of("DxgkDdiConnectDoorbell"), kmd.calls(), "no notify reached the KMD yet");
            assertEquals(STATUS_SUCCESS, f.notify(bell));
            assertEquals("DxgkDdiNotifyWorkSubmission", kmd.calls().get(1));
        }
        try (Fixture f = new Fixture(Fixture.CONFIG.withDetectMode(GpuConfig.DetectMode.SPIN), new RecordingKmd())) {
            Fixture.Bell bell = f.bell();
            assertEquals(STATUS_SUCCESS, f.connect(bell));
            assertEquals(STATUS_INVALID_PARAMETER, f.notify(bell), "CONNECTED: nothing to notify");
        }
    }

    @Test
    @Pins({"NT-3", "KS-1"})
    void theKmdsNotifyFailureReachesTheUmd() {
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG.withDetectMode(GpuConfig.DetectMode.NOTIFY), kmd)) {
            Fixture.Bell bell = f.bell();
            assertEquals(STATUS_SUCCESS, f.connect(bell));
            kmd.notifyAnswer = () -> STATUS_NO_MEMORY;
            assertEquals(STATUS_NO_MEMORY, f.notify(bell));
            assertEquals("DxgkDdiNotifyWorkSubmission", f.verifier.of(Rule.R4_MUST_SUCCEED).get(0).call());
            assertFalse(f.verifier.of(Rule.R13_DDI_STATUS_CODES).isEmpty(), "NO_MEMORY is not a code notify may return");
        }
    }

    @Test
    @Pins("CN-11")
    void aConnectInD3PowersTheDeviceUp() {
        try (Fixture f = new Fixture()) {
            Fixture.Bell bell = f.bell();
            assertEquals(STATUS_SUCCESS, f.connect(bell));
            f.os.setDevicePowerState(3);
            assertEquals(D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY, Fixture.status(bell));
            assertEquals(STATUS_SUCCESS, f.connect(bell));
            assertFalse(f.os.deviceInD3());
        }
    }
}
