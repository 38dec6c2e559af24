package dev.umws.os;

import dev.umws.Pins;
import dev.umws.abi.D3DDDI_CREATEHWQUEUEFLAGS;
import dev.umws.abi.D3DDDI_DOORBELLSTATUS;
import dev.umws.abi.D3DKMT_CREATEHWQUEUE;
import dev.umws.abi.D3DKMT_CREATE_DOORBELL;
import dev.umws.abi.DXGKARGCB_DISCONNECTDOORBELL;
import dev.umws.abi.DXGKARGCB_NOTIFY_INTERRUPT_DATA;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static dev.umws.abi.ntstatus_h.STATUS_ACCESS_VIOLATION;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** The argument boundary: every thunk captures its structure, and a bad pointer changes nothing. */
class CaptureTest {
    private static final int UMS = D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask();

    @Test
    @Pins({"HD-5", "CP-1"})
    void aWildOrUnmappedArgumentIsAnAccessViolationAndChangesNothing() {
        try (Fixture f = new Fixture(); TestPages.Bad pages = new TestPages.Bad()) {
            int handlesBefore = f.a.handles.live();
            for (MemorySegment bad : new MemorySegment[] {MemorySegment.NULL, MemorySegment.ofAddress(0x10),
                    MemorySegment.ofAddress(0x7FFF_FFFF_F000L), pages.freed(), pages.noAccess()}) {
                assertEquals(STATUS_ACCESS_VIOLATION, f.a.D3DKMTCreateHwQueue(bad), bad.toString());
                assertEquals(STATUS_ACCESS_VIOLATION, f.a.D3DKMTCreateDoorbell(bad));
                assertEquals(STATUS_ACCESS_VIOLATION, f.a.D3DKMTConnectDoorbell(bad));
                assertEquals(STATUS_ACCESS_VIOLATION, f.a.D3DKMTNotifyWorkSubmission(bad));
                assertEquals(STATUS_ACCESS_VIOLATION, f.a.D3DKMTDestroyDoorbell(bad));
                assertEquals(STATUS_ACCESS_VIOLATION, f.a.D3DKMTDestroyHwQueue(bad));
                assertEquals(STATUS_ACCESS_VIOLATION, f.a.D3DKMTSubmitCommandToHwQueue(bad));
                if (Fixture.G3) {
                    assertEquals(STATUS_ACCESS_VIOLATION, f.a.D3DKMTCreateHwQueueForUserModeSubmission(bad));
                }
            }
            assertEquals(handlesBefore, f.a.handles.live(), "nothing was created");
            assertEquals(0, f.os.gpu().doorbellsBound());
        }
    }

    @Test
    @Pins("CP-1")
    void aStructureWithOutputsInReadOnlyMemoryIsAnAccessViolationBeforeAnythingIsCreated() {
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd); TestPages.Bad pages = new TestPages.Bad()) {
            MemorySegment readOnly = pages.readOnly(); // readable, not writable
            int handles = f.a.handles.live();
            kmd.clear();
            assertEquals(STATUS_ACCESS_VIOLATION, f.a.D3DKMTCreateHwQueue(readOnly));
            assertEquals(handles, f.a.handles.live(), "the queue was never created");
            assertEquals(java.util.List.of(), kmd.calls(), "the KMD never heard of it");
        }
    }

    @Test
    @Pins({"CP-2", "CP-3"})
    void theOsWorksOnItsCopyTheKmdGetsTheOsCopyAndTheWholeStructureGoesBack() {
        MemorySegment[] callersStruct = new MemorySegment[1];
        RecordingKmd kmd = new RecordingKmd() {
            @Override
            public int DxgkDdiCreateHwQueue(long hHwContext, MemorySegment args) {
                // the caller rewrites its structure while the thunk runs: the OS does not read it again
                D3DKMT_CREATEHWQUEUE.hHwContext(callersStruct[0], 0x7777);
                D3DKMT_CREATEHWQUEUE.PrivateDriverDataSize(callersStruct[0], 999);
                return super.DxgkDdiCreateHwQueue(hHwContext, args);
            }
        };
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            MemorySegment q = f.queueArgs(f.context, UMS);
            MemorySegment pdd = f.arena.allocate(8);
            D3DKMT_CREATEHWQUEUE.pPrivateDriverData(q, pdd);
            D3DKMT_CREATEHWQUEUE.PrivateDriverDataSize(q, 8);
            callersStruct[0] = q;
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateHwQueue(MemorySegment.ofAddress(q.address())),
                    "a raw pointer to a good structure");
            assertEquals(8, kmd.createHwQueuePdd.length, "the KMD saw the captured size");
            assertFalse(kmd.createHwQueuePddAddress == pdd.address(), "and the OS's copy of the data");
            assertEquals(f.context, D3DKMT_CREATEHWQUEUE.hHwContext(q), "the whole captured structure came back");
            assertEquals(8, D3DKMT_CREATEHWQUEUE.PrivateDriverDataSize(q));
        }
    }

    @Test
    @Pins("CP-3")
    void aPrivateDataPointerThatCannotBeReadIsAnAccessViolation() {
        assumeFalse(Fixture.G3);
        try (Fixture f = new Fixture(); TestPages.Bad pages = new TestPages.Bad()) {
            int q = f.umsQueue();
            MemorySegment d = f.doorbellArgs(q, f.allocation(true), f.allocation(true));
            D3DKMT_CREATE_DOORBELL.PrivateDriverData(d, MemorySegment.ofAddress(0x10));
            D3DKMT_CREATE_DOORBELL.PrivateDriverDataSize(d, 16);
            assertEquals(STATUS_ACCESS_VIOLATION, f.a.D3DKMTCreateDoorbell(d), "the wild pointer never reaches the KMD");
            D3DKMT_CREATE_DOORBELL.PrivateDriverData(d, pages.readOnly());
            assertEquals(STATUS_ACCESS_VIOLATION, f.a.D3DKMTCreateDoorbell(d), "in/out data must be writable");
            D3DKMT_CREATE_DOORBELL.PrivateDriverData(d, f.arena.allocate(16));
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateDoorbell(d), "nothing was left behind by the failures");
        }
    }

    @Test
    @Pins("CP-4")
    void memoryOfAnotherEmulatedProcessIsAnAccessViolation() {
        try (Fixture f = new Fixture()) {
            int[] h = new int[1];
            assertEquals(STATUS_SUCCESS, f.b.createDevice(h));
            assertEquals(STATUS_SUCCESS, f.b.createAllocation(h[0], 4096, h));
            MemorySegment theirs = f.b.allocationMemory(h[0]);
            MemorySegment.copy(f.queueArgs(f.context, UMS), 0, theirs, 0, D3DKMT_CREATEHWQUEUE.sizeof());
            assertEquals(STATUS_ACCESS_VIOLATION, f.a.D3DKMTCreateHwQueue(MemorySegment.ofAddress(theirs.address())),
                    "readable here, but not in process A's address space on Windows");
            MemorySegment ours = f.a.allocationMemory(f.allocation(false));
            MemorySegment.copy(f.queueArgs(f.context, UMS), 0, ours, 0, D3DKMT_CREATEHWQUEUE.sizeof());
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateHwQueue(MemorySegment.ofAddress(ours.address())),
                    "its own allocation is fine");
        }
    }

    @Test
    @Pins("CP-5")
    void aJavaSegmentShorterThanTheStructureIsAShortUserBuffer() {
        try (Fixture f = new Fixture()) {
            MemorySegment full = f.queueArgs(f.context, UMS);
            assertEquals(STATUS_ACCESS_VIOLATION, f.a.D3DKMTCreateHwQueue(full.asSlice(0, 40)));
            MemorySegment heap = MemorySegment.ofArray(new byte[(int) D3DKMT_CREATEHWQUEUE.sizeof()]);
            heap.copyFrom(full);
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateHwQueue(heap), "a heap segment of the right size works");
            MemorySegment closed;
            try (Arena gone = Arena.ofConfined()) {
                closed = gone.allocate(D3DKMT_CREATEHWQUEUE.sizeof());
            }
            assertEquals(STATUS_ACCESS_VIOLATION, f.a.D3DKMTCreateHwQueue(closed), "memory of a closed arena");
        }
    }

    @Test
    @Pins("CP-6")
    void aKmdsBadCallbackPointerIsRule16AndAnError() {
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd); TestPages.Bad pages = new TestPages.Bad()) {
            Fixture.Bell bell = f.bell();
            assertEquals(STATUS_SUCCESS, f.connect(bell));
            assertEquals(STATUS_ACCESS_VIOLATION, kmd.callbacks().DxgkCbDisconnectDoorbell(MemorySegment.ofAddress(0x10)));
            assertEquals(STATUS_ACCESS_VIOLATION, kmd.callbacks().DxgkCbDisconnectDoorbell(
                    pages.freed().reinterpret(DXGKARGCB_DISCONNECTDOORBELL.sizeof())));
            kmd.callbacks().DxgkCbNotifyInterrupt(pages.noAccess().reinterpret(DXGKARGCB_NOTIFY_INTERRUPT_DATA.sizeof()));
            assertEquals(3, f.verifier.of(Rule.R16_CALLBACK_ARGUMENTS).size());
            assertEquals(D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED, Fixture.status(bell), "nothing changed");
        }
    }
}
