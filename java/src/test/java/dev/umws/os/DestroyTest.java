package dev.umws.os;

import dev.umws.Pins;
import dev.umws.abi.D3DDDI_DOORBELLSTATUS;
import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** D3DKMTDestroyDoorbell, and the doorbell's end when its queue goes. */
class DestroyTest {
    /** Destroys the doorbell the generation's way: its own thunk (G1, G2) or with its queue (G3). */
    private static int destroy(Fixture f, Fixture.Bell bell) {
        return Fixture.G3 ? f.a.D3DKMTDestroyHwQueue(f.destroyQueueArgs(bell.queue()))
                : f.a.D3DKMTDestroyDoorbell(f.destroyArgs(bell.handle()));
    }

    @Test
    @Pins({"DS-1", "DS-2"})
    void theKmdHearsDisconnectThenDestroyWhileTheVaStillMapsTheDoorbellThenAbortIsWritten() {
        List<String> seen = new ArrayList<>();
        long[] barSlot = new long[1];
        MemorySegment[] va = new MemorySegment[1];
        MemorySegment[] statusVa = new MemorySegment[1];
        RecordingKmd kmd = new RecordingKmd() {
            @Override
            public int DxgkDdiDestroyDoorbell(MemorySegment args) {
                seen.add("status " + statusVa[0].get(ValueLayout.JAVA_LONG, 0));
                if (va[0] != null) { // a ring now still reaches the physical doorbell
                    va[0].set(ValueLayout.JAVA_LONG, 0, 0x55L);
                    seen.add("bar " + MemorySegment.ofAddress(barSlot[0]).reinterpret(8).get(ValueLayout.JAVA_LONG, 0));
                }
                return super.DxgkDdiDestroyDoorbell(args);
            }
        };
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            Fixture.Bell bell = f.bell();
            assertEquals(STATUS_SUCCESS, f.connect(bell));
            OsObjects.Queue q = f.a.handles.lookup(bell.queue(), HandleType.HW_QUEUE, OsObjects.Queue.class);
            barSlot[0] = f.os.gpu().bar().address() + f.os.gpu().doorbellOffset(q.doorbell.va.connectedIndex(), false);
            va[0] = bell.doorbellVa();
            statusVa[0] = bell.statusVa();
            kmd.clear();
            assertEquals(STATUS_SUCCESS, destroy(f, bell));
            assertEquals(List.of("DxgkDdiDisconnectDoorbell", "DxgkDdiDestroyDoorbell"), kmd.calls().subList(0, 2));
            assertEquals("status " + D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED, seen.get(0),
                    "the status changes only after the KMD's DDIs");
            if (va[0] != null) {
                assertEquals("bar " + 0x55L, seen.get(1), "the VA was not moved to the dummy page first");
            }
            assertEquals(D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT,
                    (int) bell.statusVa().get(ValueLayout.JAVA_LONG, 0), "ABORT is the slot's last value");
        }
    }

    @Test
    @Pins("DS-1")
    void aDisconnectedDoorbellIsDestroyedWithoutADisconnectDdi() {
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            Fixture.Bell bell = f.bell();
            kmd.clear();
            assertEquals(STATUS_SUCCESS, destroy(f, bell));
            assertEquals("DxgkDdiDestroyDoorbell", kmd.calls().get(0));
            assertFalse(kmd.calls().contains("DxgkDdiDisconnectDoorbell"));
        }
    }

    @Test
    @Pins("DS-3")
    void aJavaUmdsStatusViewClosesAtDestroyAndTheSlotIsReused() {
        try (Fixture f = new Fixture()) {
            Fixture.Bell bell = f.bell();
            MemorySegment view = f.a.statusView(bell.statusVa());
            assertEquals(D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY, (int) view.get(ValueLayout.JAVA_LONG, 0));
            assertEquals(STATUS_SUCCESS, destroy(f, bell));
            assertThrows(IllegalStateException.class, () -> view.get(ValueLayout.JAVA_LONG, 0),
                    "reading the status after destroy is a bug the Java UMD hears of");
            Fixture.Bell next = f.bell();
            assertEquals(bell.statusVa().address(), next.statusVa().address(), "a native UMD would read another doorbell's status");
        }
    }

    @Test
    @Pins("DS-5")
    void g3HasNoDoorbellHandleToDestroy() {
        assumeTrue(Fixture.G3);
        try (Fixture f = new Fixture()) {
            Fixture.Bell bell = f.bell();
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTDestroyDoorbell(f.destroyArgs(bell.handle())));
            assertEquals(STATUS_SUCCESS, f.connect(bell), "the doorbell lives on with its queue");
        }
    }
}
