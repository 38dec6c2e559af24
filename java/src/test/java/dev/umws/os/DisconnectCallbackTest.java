package dev.umws.os;

import dev.umws.Pins;
import dev.umws.abi.D3DDDI_DOORBELLSTATUS;
import dev.umws.abi.DXGKARGCB_DISCONNECTDOORBELL;
import dev.umws.abi.Generation;
import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

import static dev.umws.abi.D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED;
import static dev.umws.abi.D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY;
import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DxgkCbDisconnectDoorbell as the KMD sees it. */
class DisconnectCallbackTest {
    /** The callback's argument naming {@code bell}'s queue (and, in G2, its doorbell by the OS's key). */
    static MemorySegment callbackArgs(Fixture f, long queueKey, Fixture.Bell bell, int reason) {
        OsObjects.Queue q = f.a.handles.lookup(bell.queue(), HandleType.HW_QUEUE, OsObjects.Queue.class);
        return callbackArgs(f, queueKey, q.doorbell.key, reason);
    }

    static MemorySegment callbackArgs(Fixture f, long queueKey, long doorbellKey, int reason) {
        MemorySegment cb = DXGKARGCB_DISCONNECTDOORBELL.allocate(f.arena);
        DXGKARGCB_DISCONNECTDOORBELL.hHwQueue(cb, MemorySegment.ofAddress(queueKey));
        if (Fixture.G2) {
            DXGKARGCB_DISCONNECTDOORBELL.hDoorbell(cb, MemorySegment.ofAddress(doorbellKey));
        }
        DXGKARGCB_DISCONNECTDOORBELL.DisconnectReason(cb, reason);
        return cb;
    }

    @Test
    @Pins("CB-1")
    void onlyRetryAndAbortAreReasonsAndTheReasonIsCheckedFirst() {
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            Fixture.Bell bell = f.bell();
            assertEquals(STATUS_SUCCESS, f.connect(bell));
            for (int reason : new int[] {0, 1, 4, -1}) {
                assertEquals(STATUS_INVALID_PARAMETER, kmd.callbacks().DxgkCbDisconnectDoorbell(
                        callbackArgs(f, kmd.createHwQueueKey, bell, reason)));
            }
            assertEquals(STATUS_INVALID_PARAMETER, kmd.callbacks().DxgkCbDisconnectDoorbell(
                    callbackArgs(f, 0xBAD0, 0xBAD0, 0)), "a bad reason with a bad queue");
            assertTrue(f.verifier.of(Rule.R5_DISCONNECT_CALLBACK).isEmpty(), "the queue was never looked at");
            assertEquals(D3DDDI_DOORBELLSTATUS_CONNECTED, Fixture.status(bell));
        }
    }

    @Test
    @Pins({"CB-2", "LY-1"})
    void theArgumentHasTheShapeOfTheGeneration() {
        // G1 as the 23H2 kernel reads it and G3: 16 bytes, no hDoorbell; G2: 24 bytes with hDoorbell at 8
        assertEquals(16, DXGKARGCB_DISCONNECTDOORBELL.layout(Generation.G1).byteSize());
        assertEquals(12, DXGKARGCB_DISCONNECTDOORBELL.layout(Generation.G1).byteOffset(
                java.lang.foreign.MemoryLayout.PathElement.groupElement("DisconnectReason")));
        assertEquals(24, DXGKARGCB_DISCONNECTDOORBELL.layout(Generation.G2).byteSize());
        assertEquals(16, DXGKARGCB_DISCONNECTDOORBELL.layout(Generation.G3).byteSize());
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            Fixture.Bell bell = f.bell();
            assertEquals(STATUS_SUCCESS, f.connect(bell));
            assertEquals(STATUS_SUCCESS, kmd.callbacks().DxgkCbDisconnectDoorbell(callbackArgs(f, kmd.createHwQueueKey,
                    kmd.createDoorbellKey, D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY)), "the selected generation's shape works");
            assertEquals(D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY, Fixture.status(bell));
        }
    }

    @Test
    @Pins("CB-3")
    void anUnknownQueueIsInvalidParameterAndRule5() {
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            Fixture.Bell bell = f.bell();
            assertEquals(STATUS_SUCCESS, f.connect(bell));
            assertEquals(STATUS_INVALID_PARAMETER, kmd.callbacks().DxgkCbDisconnectDoorbell(
                    callbackArgs(f, 0xBAD0, kmd.createDoorbellKey, D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY)));
            assertFalse(f.verifier.of(Rule.R5_DISCONNECT_CALLBACK).isEmpty());
            assertEquals(D3DDDI_DOORBELLSTATUS_CONNECTED, Fixture.status(bell));
        }
    }

    @Test
    @Pins("CB-4")
    void aSecondCallOnADisconnectedDoorbellSucceedsAndChangesNothing() {
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            Fixture.Bell bell = f.bell();
            assertEquals(STATUS_SUCCESS, f.connect(bell));
            assertEquals(STATUS_SUCCESS, kmd.callbacks().DxgkCbDisconnectDoorbell(callbackArgs(f, kmd.createHwQueueKey,
                    kmd.createDoorbellKey, D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY)));
            assertEquals(STATUS_SUCCESS, kmd.callbacks().DxgkCbDisconnectDoorbell(callbackArgs(f, kmd.createHwQueueKey,
                    kmd.createDoorbellKey, D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT)));
            assertEquals(D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY, Fixture.status(bell), "RETRY never becomes ABORT");
        }
    }

    @Test
    @Pins("CB-5")
    void windowsMovesTheVaFirstAndStatusFirstIsASetting() {
        for (DisconnectOrder order : DisconnectOrder.values()) {
            RecordingKmd kmd = new RecordingKmd();
            try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
                assertEquals(DisconnectOrder.WINDOWS, f.os.disconnectOrder(), "the default");
                f.os.setDisconnectOrder(order);
                Fixture.Bell bell = f.bell();
                assertEquals(STATUS_SUCCESS, f.connect(bell));
                OsObjects.Queue q = f.a.handles.lookup(bell.queue(), HandleType.HW_QUEUE, OsObjects.Queue.class);
                List<String> seen = new ArrayList<>();
                f.os.setDisconnectProbe((process, hHwQueue, reason, first) -> seen.add(first + ": status "
                        + Fixture.status(bell) + ", VA " + (q.doorbell.va.connectedIndex() >= 0 ? "on the doorbell" : "dummy")));
                assertEquals(STATUS_SUCCESS, kmd.callbacks().DxgkCbDisconnectDoorbell(callbackArgs(f, kmd.createHwQueueKey,
                        kmd.createDoorbellKey, D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY)));
                assertEquals(List.of(order == DisconnectOrder.WINDOWS ? "va: status 0, VA dummy" : "status: status 2, VA on the doorbell"),
                        seen);
                assertEquals(D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY, Fixture.status(bell));
            }
        }
    }

    @Test
    @Pins("CB-8")
    void aCallFromTheDpcBreaksRule4AndStillDisconnects() {
        long[] keys = new long[2];
        java.util.concurrent.atomic.AtomicInteger answer = new java.util.concurrent.atomic.AtomicInteger(-1);
        RecordingKmd kmd = new RecordingKmd() {
            volatile boolean once = true;

            @Override
            public void DxgkDdiDpcRoutine() {
                if (once && keys[0] != 0) {
                    once = false;
                    answer.set(DxgkCbDisconnectFromDpc(keys));
                }
                super.DxgkDdiDpcRoutine();
            }

            private int DxgkCbDisconnectFromDpc(long[] k) {
                try (java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofConfined()) {
                    MemorySegment cb = DXGKARGCB_DISCONNECTDOORBELL.allocate(arena);
                    DXGKARGCB_DISCONNECTDOORBELL.hHwQueue(cb, MemorySegment.ofAddress(k[0]));
                    if (Fixture.G2) {
                        DXGKARGCB_DISCONNECTDOORBELL.hDoorbell(cb, MemorySegment.ofAddress(k[1]));
                    }
                    DXGKARGCB_DISCONNECTDOORBELL.DisconnectReason(cb, D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY);
                    return os().DxgkCbDisconnectDoorbell(cb);
                }
            }
        };
        try (Fixture f = new Fixture(Fixture.CONFIG.withDetectMode(dev.umws.gpu.GpuConfig.DetectMode.SPIN), kmd)) {
            try (dev.umws.umd.UmdQueue q = new dev.umws.umd.UmdQueue(f.a, f.device, 0, 4096)) {
                keys[1] = kmd.createDoorbellKey;
                keys[0] = kmd.createHwQueueKey;
                assertTrue(q.await(q.submit(null), 5_000_000_000L)); // its interrupt runs the DPC
                // The DPC can run before submit's own status read (the firmware spins), and then
                // the UMD has already seen RETRY and reconnected: either outcome shows the disconnect.
                dev.umws.Await.until("the callback answered", () -> answer.get() != -1);
                assertEquals(STATUS_SUCCESS, answer.get());
                assertTrue(q.statusAcquire() == D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY || q.reconnects() > 0,
                        "the queue was disconnected");
                assertTrue(f.verifier.of(Rule.R4_MUST_SUCCEED).get(0).detail().contains("above PASSIVE_LEVEL"));
            }
        }
    }
}
