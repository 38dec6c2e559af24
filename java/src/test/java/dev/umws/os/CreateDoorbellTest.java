package dev.umws.os;

import dev.umws.Pins;
import dev.umws.abi.D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS;
import dev.umws.abi.D3DDDI_DOORBELLSTATUS;
import dev.umws.abi.D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION;
import dev.umws.abi.D3DKMT_CREATE_DOORBELL;
import dev.umws.abi.D3DKMT_CREATE_DOORBELL_FLAGS;
import dev.umws.abi.d3dukmdt_h;
import dev.umws.gpu.GpuConfig;
import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_NOT_IMPLEMENTED;
import static dev.umws.abi.ntstatus_h.STATUS_NOT_SUPPORTED;
import static dev.umws.abi.ntstatus_h.STATUS_NO_MEMORY;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** D3DKMTCreateDoorbell (G1, G2) and the doorbell half of D3DKMTCreateHwQueueForUserModeSubmission (G3). */
class CreateDoorbellTest {
    private static final int SECONDARY = D3DKMT_CREATE_DOORBELL_FLAGS.RequireSecondaryCpuVA.intMask();
    private static final int RESIZE = D3DKMT_CREATE_DOORBELL_FLAGS.ResizeRingBufferOperation.intMask();

    private static MemorySegment pdd(MemorySegment args, MemorySegment data, int size) {
        D3DKMT_CREATE_DOORBELL.PrivateDriverData(args, data);
        D3DKMT_CREATE_DOORBELL.PrivateDriverDataSize(args, size);
        return args;
    }

    private static MemorySegment flags(MemorySegment args, int value) {
        D3DKMT_CREATE_DOORBELL_FLAGS.Value(D3DKMT_CREATE_DOORBELL.Flags(args), value);
        return args;
    }

    @Test
    @Pins({"CD-1", "CD-2", "CD-3", "CD-4"})
    void checksRunInTheKernelsOrderAndTheFirstFailureDecides() {
        assumeFalse(Fixture.G3);
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            int q = f.umsQueue();
            int ring = f.allocation(true);
            int control = f.allocation(true);
            kmd.clear();
            // private data first: both ways, then the 16-byte limit (rule 6), before the queue is looked at
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTCreateDoorbell(pdd(f.doorbellArgs(0, 0, 0), f.arena.allocate(8), 0)));
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTCreateDoorbell(pdd(f.doorbellArgs(q, ring, control), MemorySegment.NULL, 8)));
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTCreateDoorbell(pdd(f.doorbellArgs(q, ring, control),
                    f.arena.allocate(32), d3dukmdt_h.D3DDDI_DOORBELL_PRIVATEDATA_MAX_BYTES_WDDM3_1 + 1)));
            // then the flags (only bits 0 and 1 exist), then the queue
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTCreateDoorbell(flags(f.doorbellArgs(q, ring, control), 1 << 2)));
            int kernelQueue = f.context; // not a queue at all
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTCreateDoorbell(f.doorbellArgs(kernelQueue, ring, control)));
            assertEquals(List.of(), kmd.calls(), "no failed check reached the KMD");
            assertEquals(0, f.os.gpu().doorbellsBound());
            MemorySegment ok = pdd(f.doorbellArgs(q, ring, control), f.arena.allocate(16), 16);
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateDoorbell(ok), "16 bytes are allowed; the failures left nothing behind");
            assertTrue(f.verifier.violations().isEmpty(), f.verifier.violations().toString());
        }
    }

    @Test
    @Pins({"CD-5", "CD-6"})
    void theControlAllocationIsRequiredAndBothMustBelongToTheQueuesDevice() {
        assumeFalse(Fixture.G3);
        try (Fixture f = new Fixture()) {
            int q = f.umsQueue();
            int ring = f.allocation(true);
            int control = f.allocation(true);
            int other = f.newDevice();
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTCreateDoorbell(f.doorbellArgs(q, ring, 0)), "documented \"in opt\"");
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTCreateDoorbell(f.doorbellArgs(q, f.allocation(other, true), control)));
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTCreateDoorbell(f.doorbellArgs(q, ring, f.allocation(other, true))));
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateDoorbell(f.doorbellArgs(q, ring, control)));
        }
    }

    @Test
    @Pins({"CD-5", "CD-6"})
    void g3QueueCreationChecksItsRingAndControlTheSameWay() {
        assumeTrue(Fixture.G3);
        try (Fixture f = new Fixture()) {
            int ring = f.allocation(true);
            int control = f.allocation(true);
            int other = f.newDevice();
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTCreateHwQueueForUserModeSubmission(f.umsQueueArgs(f.context, ring, 0)));
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTCreateHwQueueForUserModeSubmission(
                    f.umsQueueArgs(f.context, f.allocation(other, true), control)));
            MemorySegment c = f.umsQueueArgs(f.context, ring, control);
            D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS.Value(D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.Flags(c), 1 << 9);
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTCreateHwQueueForUserModeSubmission(c), "reserved bits");
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateHwQueueForUserModeSubmission(f.umsQueueArgs(f.context, ring, control)));
            assertEquals(0, f.os.gpu().doorbellsBound(), "rule 1: nothing bound before connect");
        }
    }

    @Test
    @Pins("CD-7")
    void residencyIsTheKmdsMatterTheReferenceKmdAnswersNoMemory() {
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            int ring = f.allocation(false); // never made resident
            int control = f.allocation(true);
            kmd.clear();
            int s = Fixture.G3 ? f.a.D3DKMTCreateHwQueueForUserModeSubmission(f.umsQueueArgs(f.context, ring, control))
                    : f.a.D3DKMTCreateDoorbell(f.doorbellArgs(f.umsQueue(), ring, control));
            assertEquals(STATUS_NO_MEMORY, s, "the OS passed it on; the KMD cannot put the ring on the GPU");
            assertTrue(kmd.calls().contains("DxgkDdiCreateDoorbell"), kmd.calls().toString());
            assertTrue(f.verifier.of(Rule.R13_DDI_STATUS_CODES).isEmpty(), "NO_MEMORY is a code Windows takes");
        }
    }

    @Test
    @Pins("CD-8")
    void aSecondaryVaIsReservedOnRequestWhenTheCapsOfferOne() {
        assumeFalse(Fixture.G3);
        try (Fixture f = new Fixture()) { // no secondary doorbells on this GPU
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTCreateDoorbell(
                    flags(f.doorbellArgs(f.umsQueue(), f.allocation(true), f.allocation(true)), SECONDARY)));
        }
        try (Fixture f = new Fixture(Fixture.CONFIG.withSecondaryDoorbells(true), new RecordingKmd())) {
            MemorySegment plain = f.doorbellArgs(f.umsQueue(), f.allocation(true), f.allocation(true));
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateDoorbell(plain));
            assertEquals(0L, D3DKMT_CREATE_DOORBELL.DoorbellSecondaryCPUVirtualAddress(plain).address(), "none unless asked");
            MemorySegment asked = flags(f.doorbellArgs(f.umsQueue(), f.allocation(true), f.allocation(true)), SECONDARY);
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateDoorbell(asked));
            assertNotEquals(0L, D3DKMT_CREATE_DOORBELL.DoorbellSecondaryCPUVirtualAddress(asked).address());
        }
    }

    @Test
    @Pins({"CD-9", "CD-10"})
    void oneDoorbellPerQueueEvenForAResizeAndTheKmdGetsTheCallersFlags() {
        assumeFalse(Fixture.G3);
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG.withSecondaryDoorbells(true), kmd)) {
            int q = f.umsQueue();
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateDoorbell(
                    flags(f.doorbellArgs(q, f.allocation(true), f.allocation(true)), SECONDARY | RESIZE)));
            // G1 hands the KMD the D3DKMT bits as they are (bit 0 secondary, bit 1 resize);
            // G2's DDI union has ResizeRingBufferOperation at bit 0 and nothing for the secondary VA
            assertEquals(Fixture.G1 ? SECONDARY | RESIZE : 1, kmd.createDoorbellFlags);
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTCreateDoorbell(
                    flags(f.doorbellArgs(q, f.allocation(true), f.allocation(true)), RESIZE)), "the old one still exists");
        }
    }

    @Test
    @Pins("CD-11")
    void theKmdWorksOnTheOsCopyOfThePrivateDataWhichReturnsOnlyOnSuccess() {
        assumeFalse(Fixture.G3);
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            MemorySegment data = f.arena.allocate(4);
            data.copyFrom(MemorySegment.ofArray(new byte[] {1, 2, 3, 4}));
            kmd.writePdd = new byte[] {7, 7, 7, 7};
            kmd.createDoorbellAnswer = () -> STATUS_NO_MEMORY;
            assertEquals(STATUS_NO_MEMORY, f.a.D3DKMTCreateDoorbell(
                    pdd(f.doorbellArgs(f.umsQueue(), f.allocation(true), f.allocation(true)), data, 4)));
            assertArrayEquals(new byte[] {1, 2, 3, 4}, kmd.createDoorbellPdd);
            assertNotEquals(data.address(), kmd.createDoorbellPddAddress, "the OS's copy");
            assertArrayEquals(new byte[] {1, 2, 3, 4}, data.toArray(ValueLayout.JAVA_BYTE), "nothing back on failure");
            kmd.createDoorbellAnswer = null;
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateDoorbell(
                    pdd(f.doorbellArgs(f.umsQueue(), f.allocation(true), f.allocation(true)), data, 4)));
            assertArrayEquals(new byte[] {7, 7, 7, 7}, data.toArray(ValueLayout.JAVA_BYTE), "back on success");
        }
    }

    @Test
    @Pins({"CD-12", "CD-13"})
    void theStatusIsARetrySlotOf64BytesInAPageTheProcessesDoorbellsShare() {
        try (Fixture f = new Fixture()) {
            Fixture.Bell first = f.bell();
            Fixture.Bell second = f.bell();
            assertEquals(D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY, Fixture.status(first));
            long a = first.statusVa().address();
            long b = second.statusVa().address();
            assertEquals(0, a % 64);
            assertEquals(a / 4096, b / 4096, "one page");
            assertEquals(64, Math.abs(a - b), "neighbouring slots");
            MemorySegment view = f.a.statusView(first.statusVa());
            assertTrue(view.isReadOnly(), "a Java UMD cannot write it");
            assertThrows(IllegalArgumentException.class, () -> view.set(ValueLayout.JAVA_LONG, 0, 0L));
            // a native UMD can: rule 3 finds it at the OS's next look, and the OS rewrites its value
            first.statusVa().set(ValueLayout.JAVA_LONG, 0, 7L);
            assertEquals(STATUS_SUCCESS, f.connect(first));
            assertFalse(f.verifier.of(Rule.R3_STATUS_BY_OS_ONLY).isEmpty());
        }
    }

    @Test
    @Pins("CD-14")
    void aKmdFailureIsReturnedAsItIsAndLeavesNothingBehind() {
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            kmd.createDoorbellAnswer = () -> STATUS_NOT_IMPLEMENTED;
            int ring = f.allocation(true);
            int control = f.allocation(true);
            int s = Fixture.G3 ? f.a.D3DKMTCreateHwQueueForUserModeSubmission(f.umsQueueArgs(f.context, ring, control))
                    : f.a.D3DKMTCreateDoorbell(f.doorbellArgs(f.umsQueue(), ring, control));
            assertEquals(STATUS_NOT_IMPLEMENTED, s);
            kmd.createDoorbellAnswer = null;
            Fixture.Bell bell = f.bell();
            assertEquals(0, bell.statusVa().address() % 4096, "the failed doorbell's slot was freed and reused first");
            assertEquals(0, f.os.gpu().doorbellsBound());
        }
    }

    @Test
    @Pins("CD-15")
    void g3CreatesDoorbellsOnlyWithTheirQueue() {
        assumeTrue(Fixture.G3);
        try (Fixture f = new Fixture()) {
            assertEquals(STATUS_NOT_SUPPORTED, f.a.D3DKMTCreateDoorbell(
                    f.doorbellArgs(f.bell().queue(), f.allocation(true), f.allocation(true))));
        }
    }

    @Test
    @Pins("CD-16")
    void theOutputsAreTheVasOfTheGenerationAndNoDoorbellIsBound() {
        assumeFalse(Fixture.G3);
        try (Fixture f = new Fixture()) {
            MemorySegment d = f.doorbellArgs(f.umsQueue(), f.allocation(true), f.allocation(true));
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateDoorbell(d));
            assertEquals(0, D3DKMT_CREATE_DOORBELL.DoorbellCPUVirtualAddress(d).address() % 4096);
            assertEquals(0L, D3DKMT_CREATE_DOORBELL.DoorbellSecondaryCPUVirtualAddress(d).address());
            assertNotEquals(0L, D3DKMT_CREATE_DOORBELL.DoorbellStatusCPUVirtualAddress(d).address());
            if (Fixture.G2) {
                assertNotEquals(0L, D3DKMT_CREATE_DOORBELL.HwQueueProgressFenceLastQueuedValueCPUVirtualAddress(d).address());
                assertNotEquals(0, D3DKMT_CREATE_DOORBELL.hDoorbell(d));
            } else {
                assertEquals(56, D3DKMT_CREATE_DOORBELL.sizeof(), "G1's structure ends at the status VA");
            }
            assertEquals(0, f.os.gpu().doorbellsBound(), "rule 1");
        }
    }

    @Test
    @Pins("CD-17")
    void sharedPageDoorbellsAreOfferedOnlyWhereTheUmdLearnsItsSlot() {
        GpuConfig shared = Fixture.CONFIG.withDoorbells(16, GpuConfig.Placement.SHARED_PAGE);
        try (Fixture f = new Fixture(shared, new RecordingKmd())) {
            if (Fixture.G3) {
                Fixture.Bell bell = f.bell();
                assertEquals(STATUS_SUCCESS, f.connect(bell), "G3's connect returns the doorbell's own address");
            } else {
                assertEquals(STATUS_NOT_IMPLEMENTED, f.a.D3DKMTCreateDoorbell(
                        f.doorbellArgs(f.umsQueue(), f.allocation(true), f.allocation(true))), "the reference KMD's answer");
            }
        }
    }
}
