package dev.umws.os;

import dev.umws.Pins;
import dev.umws.abi.D3DDDI_CREATEHWQUEUEFLAGS;
import dev.umws.abi.D3DKMT_CREATEHWQUEUE;
import dev.umws.abi.D3DKMT_SUBMITCOMMANDTOHWQUEUE;
import dev.umws.abi.DXGK_NODEMETADATA_FLAGS;
import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_NOT_IMPLEMENTED;
import static dev.umws.abi.ntstatus_h.STATUS_NO_MEMORY;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** D3DKMTCreateHwQueue, D3DKMTDestroyHwQueue and D3DKMTSubmitCommandToHwQueue for user-mode-submission queues. */
class QueueCreationTest {
    private static final int UMS = D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask();

    private static MemorySegment withPdd(Fixture f, MemorySegment q, MemorySegment pdd, int size) {
        D3DKMT_CREATEHWQUEUE.pPrivateDriverData(q, pdd);
        D3DKMT_CREATEHWQUEUE.PrivateDriverDataSize(q, size);
        return q;
    }

    @Test
    @Pins("HQ-1")
    void privateDataPointerAndSizeMustAgreeBothWays() {
        try (Fixture f = new Fixture()) {
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTCreateHwQueue(
                    withPdd(f, f.queueArgs(f.context, UMS), MemorySegment.NULL, 8)), "a size without data");
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTCreateHwQueue(
                    withPdd(f, f.queueArgs(f.context, UMS), f.arena.allocate(8), 0)), "data without a size");
        }
    }

    @Test
    @Pins("HQ-2")
    void privateDataHasNoUpperBoundButACopyThatCannotBeMadeIsNoMemory() {
        try (Fixture f = new Fixture()) {
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateHwQueue(
                    withPdd(f, f.queueArgs(f.context, UMS), f.arena.allocate(1 << 20), 1 << 20)), "1 MiB is taken");
            // the size is checked before anything is read: the pointer is never touched
            assertEquals(STATUS_NO_MEMORY, f.a.D3DKMTCreateHwQueue(
                    withPdd(f, f.queueArgs(f.context, UMS), MemorySegment.ofAddress(0x10), -1)));
        }
    }

    @Test
    @Pins("HQ-3")
    void noKmdAccessIsRefusedWithoutTestSigning() {
        try (Fixture f = new Fixture()) {
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTCreateHwQueue(
                    f.queueArgs(f.context, UMS | D3DDDI_CREATEHWQUEUEFLAGS.NoKmdAccess.intMask())));
        }
    }

    @Test
    @Pins("HQ-4")
    void aUserModeSubmissionQueueNeedsANodeWithTheMetadataFlag() {
        RecordingKmd kmd = new RecordingKmd() {
            @Override
            public int DxgkDdiGetNodeMetadata(int node, MemorySegment flags) {
                int s = super.DxgkDdiGetNodeMetadata(node, flags);
                if (node == 1) { // a node that schedules contexts but takes no user-mode submission
                    DXGK_NODEMETADATA_FLAGS.Value(flags, DXGK_NODEMETADATA_FLAGS.ContextSchedulingSupported.intMask());
                }
                return s;
            }
        };
        try (Fixture f = new Fixture(Fixture.CONFIG.withEngines(2), kmd)) {
            int[] h = new int[1];
            assertEquals(STATUS_SUCCESS, f.a.createContext(f.device, 1, h));
            kmd.clear();
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTCreateHwQueue(f.queueArgs(h[0], UMS)));
            assertEquals(List.of(), kmd.calls(), "the KMD never hears of it");
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateHwQueue(f.queueArgs(f.context, UMS)), "node 0 takes it");
        }
    }

    @Test
    @Pins({"HQ-5", "HQ-6"})
    void flagsReachTheKmdAsTheCallerSetThemAndEveryQueueHasAProgressFence() {
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            int flags = UMS | D3DDDI_CREATEHWQUEUEFLAGS.NativeProgressFence.intMask() | (1 << 20);
            MemorySegment q = f.queueArgs(f.context, flags);
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateHwQueue(q), "no reserved bit is checked");
            assertEquals(flags, kmd.createHwQueueFlags);
            assertNotEquals(0, D3DKMT_CREATEHWQUEUE.hHwQueueProgressFence(q));
            assertNotEquals(0L, D3DKMT_CREATEHWQUEUE.HwQueueProgressFenceCPUVirtualAddress(q).address());
            assertEquals(D3DKMT_CREATEHWQUEUE.HwQueueProgressFenceGPUVirtualAddress(q), kmd.createHwQueueFenceVa);
            assertNotEquals(0L, kmd.createHwQueueFenceVa);
        }
    }

    @Test
    @Pins("HQ-7")
    void aKmdThatAnswersNotImplementedGetsAPlaceholderQueue() {
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            kmd.createHwQueueAnswer = () -> STATUS_NOT_IMPLEMENTED;
            MemorySegment q = f.queueArgs(f.context, UMS);
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateHwQueue(q));
            OsObjects.Queue queue = f.a.handles.lookup(D3DKMT_CREATEHWQUEUE.hHwQueue(q), HandleType.HW_QUEUE,
                    OsObjects.Queue.class);
            assertEquals(QueueThunks.PLACEHOLDER_KMD_HANDLE, queue.kmdHandle);
            kmd.createHwQueueAnswer = () -> STATUS_NO_MEMORY;
            assertEquals(STATUS_NO_MEMORY, f.a.D3DKMTCreateHwQueue(f.queueArgs(f.context, UMS)), "other failures are returned");
        }
    }

    @Test
    @Pins("HQ-8")
    void theKmdWorksOnTheOsCopyOfThePrivateDataWhichReturnsOnlyOnSuccess() {
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            MemorySegment pdd = f.arena.allocate(4);
            pdd.copyFrom(MemorySegment.ofArray(new byte[] {1, 2, 3, 4}));
            kmd.writePdd = new byte[] {9, 9, 9, 9};
            kmd.createHwQueueAnswer = () -> STATUS_NO_MEMORY;
            assertEquals(STATUS_NO_MEMORY, f.a.D3DKMTCreateHwQueue(withPdd(f, f.queueArgs(f.context, UMS), pdd, 4)));
            assertArrayEquals(new byte[] {1, 2, 3, 4}, kmd.createHwQueuePdd, "the KMD saw the caller's bytes");
            assertNotEquals(pdd.address(), kmd.createHwQueuePddAddress, "in the OS's memory");
            assertArrayEquals(new byte[] {1, 2, 3, 4}, pdd.toArray(ValueLayout.JAVA_BYTE), "nothing back on failure");
            kmd.createHwQueueAnswer = null;
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateHwQueue(withPdd(f, f.queueArgs(f.context, UMS), pdd, 4)));
            assertArrayEquals(new byte[] {9, 9, 9, 9}, pdd.toArray(ValueLayout.JAVA_BYTE), "copied back on success");
        }
    }

    @Test
    @Pins("HQ-9")
    void kernelSubmissionToAUserModeSubmissionQueueIsInvalidParameter() {
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            MemorySegment s = D3DKMT_SUBMITCOMMANDTOHWQUEUE.allocate(f.arena);
            D3DKMT_SUBMITCOMMANDTOHWQUEUE.hHwQueue(s, Fixture.G3 ? f.bell().queue() : f.umsQueue());
            D3DKMT_SUBMITCOMMANDTOHWQUEUE.NumPrimaries(s, 17);
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTSubmitCommandToHwQueue(s), "before NumPrimaries");
            kmd.createHwQueueAnswer = () -> STATUS_SUCCESS; // a driver that takes kernel-mode queues
            MemorySegment q = f.queueArgs(f.context, 0);
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateHwQueue(q));
            D3DKMT_SUBMITCOMMANDTOHWQUEUE.hHwQueue(s, D3DKMT_CREATEHWQUEUE.hHwQueue(q));
            assertEquals(STATUS_INVALID_PARAMETER, f.a.D3DKMTSubmitCommandToHwQueue(s), "more than 16 primaries");
            D3DKMT_SUBMITCOMMANDTOHWQUEUE.NumPrimaries(s, 0);
            assertEquals(STATUS_NOT_IMPLEMENTED, f.a.D3DKMTSubmitCommandToHwQueue(s), "kernel submission is not emulated");
            assertTrue(f.verifier.violations().isEmpty(), f.verifier.violations().toString());
        }
    }

    @Test
    @Pins("HQ-11")
    void everyContextOfThePhysicalAdapterTakesUserModeSubmissionQueues() {
        try (Fixture f = new Fixture(Fixture.CONFIG.withEngines(2), new RecordingKmd())) {
            for (int engine = 0; engine < 2; engine++) {
                int[] h = new int[1];
                assertEquals(STATUS_SUCCESS, f.a.createContext(f.device, engine, h));
                assertEquals(STATUS_SUCCESS, f.a.D3DKMTCreateHwQueue(f.queueArgs(h[0], UMS)), "engine " + engine);
            }
        }
    }

    @Test
    @Pins({"HQ-10", "ST-6"})
    void aQueueIsTornDownDoorbellFirstThenFlushedThenDestroyed() {
        RecordingKmd kmd = new RecordingKmd();
        try (Fixture f = new Fixture(Fixture.CONFIG, kmd)) {
            Fixture.Bell bell = f.bell();
            assertEquals(STATUS_SUCCESS, f.connect(bell));
            kmd.clear();
            assertEquals(STATUS_SUCCESS, f.a.D3DKMTDestroyHwQueue(f.destroyQueueArgs(bell.queue())));
            assertEquals(List.of("DxgkDdiDisconnectDoorbell", "DxgkDdiDestroyDoorbell", "DxgkDdiFlushHwQueue",
                    "DxgkDdiDestroyHwQueue"), kmd.calls());
        }
    }
}
