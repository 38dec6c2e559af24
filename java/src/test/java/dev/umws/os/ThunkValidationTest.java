package dev.umws.os;

import dev.umws.abi.D3DDDI_CREATEHWQUEUEFLAGS;
import dev.umws.abi.D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS;
import dev.umws.abi.D3DKMT_CONNECT_DOORBELL;
import dev.umws.abi.D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION;
import dev.umws.abi.D3DKMT_CREATEHWQUEUE;
import dev.umws.abi.D3DKMT_CREATE_DOORBELL;
import dev.umws.abi.D3DKMT_CREATE_DOORBELL_FLAGS;
import dev.umws.abi.D3DKMT_DESTROYHWQUEUE;
import dev.umws.abi.D3DKMT_SUBMITCOMMANDTOHWQUEUE;
import dev.umws.abi.DXGK_USERMODESUBMISSION_CAPS;
import dev.umws.abi.d3dukmdt_h;
import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.ReferenceKmd;
import dev.umws.verifier.Verifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static dev.umws.abi.ntstatus_h.STATUS_INVALID_HANDLE;
import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_NOT_SUPPORTED;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Bad input gets the NTSTATUS Windows would give and changes nothing. */
class ThunkValidationTest {
    private static final boolean G3 = dev.umws.abi.Generation.SELECTED == dev.umws.abi.Generation.G3;
    private Dxgkrnl os;
    private Process a;
    private Process b;
    private Arena arena;
    private int device;
    private int context;

    @BeforeEach
    void start() {
        os = Dxgkrnl.start(GpuConfig.defaults().withDetectMode(GpuConfig.DetectMode.BACKOFF), new ReferenceKmd(), new Verifier());
        a = os.createProcess();
        b = os.createProcess();
        arena = Arena.ofConfined();
        int[] h = new int[1];
        assertEquals(STATUS_SUCCESS, a.createDevice(h));
        device = h[0];
        assertEquals(STATUS_SUCCESS, a.createContext(device, 0, h));
        context = h[0];
    }

    @AfterEach
    void stop() {
        arena.close();
        os.close();
    }

    private MemorySegment queueArgs(int hContext, int flags) {
        MemorySegment q = D3DKMT_CREATEHWQUEUE.allocate(arena);
        D3DKMT_CREATEHWQUEUE.hHwContext(q, hContext);
        D3DDDI_CREATEHWQUEUEFLAGS.Value(D3DKMT_CREATEHWQUEUE.Flags(q), flags);
        return q;
    }

    private int umsQueue() {
        MemorySegment q = queueArgs(context, D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask());
        assertEquals(STATUS_SUCCESS, a.D3DKMTCreateHwQueue(q));
        return D3DKMT_CREATEHWQUEUE.hHwQueue(q);
    }

    private int allocation(boolean resident) {
        int[] h = new int[1];
        assertEquals(STATUS_SUCCESS, a.createAllocation(device, 4096, h));
        if (resident) {
            assertEquals(STATUS_SUCCESS, a.makeResident(h[0]));
        }
        return h[0];
    }

    private MemorySegment doorbellArgs(int queue, int ring, int control) {
        MemorySegment d = D3DKMT_CREATE_DOORBELL.allocate(arena);
        D3DKMT_CREATE_DOORBELL.hHwQueue(d, queue);
        D3DKMT_CREATE_DOORBELL.hRingBuffer(d, ring);
        D3DKMT_CREATE_DOORBELL.hRingBufferControl(d, control);
        return d;
    }

    @Test
    void queueCreationRejectsBadHandlesFlagsAndNull() {
        assertEquals(STATUS_INVALID_PARAMETER, a.D3DKMTCreateHwQueue(MemorySegment.NULL));
        assertEquals(STATUS_INVALID_HANDLE, a.D3DKMTCreateHwQueue(queueArgs(0x12345, 0)));
        assertEquals(STATUS_INVALID_HANDLE, b.D3DKMTCreateHwQueue(queueArgs(context, 0)), "another process's handle");
        assertEquals(STATUS_INVALID_PARAMETER, a.D3DKMTCreateHwQueue(
                queueArgs(context, D3DDDI_CREATEHWQUEUEFLAGS.NativeProgressFence.intMask())), "the OS's flag");
        assertEquals(STATUS_INVALID_PARAMETER, a.D3DKMTCreateHwQueue(queueArgs(context, 1 << 20)), "reserved bits");
        MemorySegment pdd = queueArgs(context, D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask());
        D3DKMT_CREATEHWQUEUE.PrivateDriverDataSize(pdd, 8);
        assertEquals(STATUS_INVALID_PARAMETER, a.D3DKMTCreateHwQueue(pdd), "size without data");
    }

    @Test
    void userModeSubmissionQueuesRefuseKernelSubmission() {
        int q = umsQueue();
        MemorySegment s = D3DKMT_SUBMITCOMMANDTOHWQUEUE.allocate(arena);
        D3DKMT_SUBMITCOMMANDTOHWQUEUE.hHwQueue(s, q);
        assertEquals(STATUS_NOT_SUPPORTED, a.D3DKMTSubmitCommandToHwQueue(s));
    }

    @Test
    void doorbellCreationValidatesEveryFieldAndChangesNothingOnError() {
        if (G3) {
            g3QueueCreationValidatesEveryFieldAndConnectsByQueue(); // G3 creates the doorbell with its queue
        } else {
            doorbellCreationValidates();
        }
    }

    private void doorbellCreationValidates() {
        int q = umsQueue();
        int ring = allocation(true);
        int control = allocation(true);
        int evicted = allocation(false);
        assertEquals(STATUS_INVALID_PARAMETER, a.D3DKMTCreateDoorbell(MemorySegment.NULL));
        assertEquals(STATUS_INVALID_HANDLE, a.D3DKMTCreateDoorbell(doorbellArgs(q + 64, ring, control)));
        assertEquals(STATUS_INVALID_HANDLE, b.D3DKMTCreateDoorbell(doorbellArgs(q, ring, control)));
        assertEquals(STATUS_INVALID_PARAMETER, a.D3DKMTCreateDoorbell(doorbellArgs(q, evicted, control)), "ring not resident");
        int[] cpuOnly = new int[1];
        assertEquals(STATUS_SUCCESS, a.createAllocation(device, 4096, false, cpuOnly));
        assertEquals(STATUS_SUCCESS, a.makeResident(cpuOnly[0]));
        assertEquals(STATUS_INVALID_PARAMETER, a.D3DKMTCreateDoorbell(doorbellArgs(q, cpuOnly[0], control)),
                "ring not GPU-visible");
        MemorySegment big = doorbellArgs(q, ring, control);
        D3DKMT_CREATE_DOORBELL.PrivateDriverDataSize(big, d3dukmdt_h.D3DDDI_DOORBELL_PRIVATEDATA_MAX_BYTES_WDDM3_1 + 1);
        D3DKMT_CREATE_DOORBELL.PrivateDriverData(big, arena.allocate(32));
        assertEquals(STATUS_INVALID_PARAMETER, a.D3DKMTCreateDoorbell(big), "rule 6: at most 16 bytes");
        MemorySegment flags = doorbellArgs(q, ring, control);
        D3DKMT_CREATE_DOORBELL_FLAGS.Value(D3DKMT_CREATE_DOORBELL.Flags(flags), 1 << 7);
        assertEquals(STATUS_INVALID_PARAMETER, a.D3DKMTCreateDoorbell(flags), "reserved flag bits");
        assertEquals(0, os.gpu().doorbellsBound());

        MemorySegment ok = doorbellArgs(q, ring, control);
        assertEquals(STATUS_SUCCESS, a.D3DKMTCreateDoorbell(ok), "the failed calls left the queue without a doorbell");
        assertNotEquals(0, D3DKMT_CREATE_DOORBELL.hDoorbell(ok));
        assertEquals(STATUS_INVALID_PARAMETER, a.D3DKMTCreateDoorbell(doorbellArgs(q, ring, control)), "one per queue");
        assertEquals(0, os.gpu().doorbellsBound(), "rule 1: nothing bound before connect");
    }

    private void g3QueueCreationValidatesEveryFieldAndConnectsByQueue() {
        int ring = allocation(true);
        int control = allocation(true);
        MemorySegment c = D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.allocate(arena);
        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hHwContext(c, context);
        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hRingBuffer(c, allocation(false));
        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hRingBufferControl(c, control);
        assertEquals(STATUS_INVALID_PARAMETER, a.D3DKMTCreateHwQueueForUserModeSubmission(c), "ring not resident");
        int[] cpuOnly = new int[1];
        assertEquals(STATUS_SUCCESS, a.createAllocation(device, 4096, false, cpuOnly));
        assertEquals(STATUS_SUCCESS, a.makeResident(cpuOnly[0]));
        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hRingBuffer(c, cpuOnly[0]);
        assertEquals(STATUS_INVALID_PARAMETER, a.D3DKMTCreateHwQueueForUserModeSubmission(c), "ring not GPU-visible");
        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hRingBuffer(c, ring);
        assertEquals(STATUS_INVALID_HANDLE, b.D3DKMTCreateHwQueueForUserModeSubmission(c), "another process");
        D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS.Value(D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.Flags(c), 1 << 9);
        assertEquals(STATUS_INVALID_PARAMETER, a.D3DKMTCreateHwQueueForUserModeSubmission(c), "reserved bits");
        D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS.Value(D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.Flags(c), 0);
        assertEquals(0, os.gpu().doorbellsBound());
        assertEquals(STATUS_SUCCESS, a.D3DKMTCreateHwQueueForUserModeSubmission(c));
        int q = D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hHwQueue(c);
        assertEquals(0, os.gpu().doorbellsBound(), "rule 1: nothing bound before connect");
        MemorySegment connect = D3DKMT_CONNECT_DOORBELL.allocate(arena);
        D3DKMT_CONNECT_DOORBELL.hHwQueue(connect, q);
        assertEquals(STATUS_INVALID_HANDLE, b.D3DKMTConnectDoorbell(connect));
        assertEquals(STATUS_SUCCESS, a.D3DKMTConnectDoorbell(connect));
        assertNotEquals(0, dev.umws.abi.D3DDDI_DOORBELLMAPPING.CpuVa(D3DKMT_CONNECT_DOORBELL.DoorbellMapping(connect)).address());
        assertEquals(1, os.gpu().doorbellsBound());
    }

    @Test
    void staleAndForeignDoorbellHandlesAreInvalid() {
        if (G3) {
            return; // G3 has no doorbell handle: g3QueueCreationValidatesEveryFieldAndConnectsByQueue covers connect by queue
        }
        int q = umsQueue();
        MemorySegment create = doorbellArgs(q, allocation(true), allocation(true));
        assertEquals(STATUS_SUCCESS, a.D3DKMTCreateDoorbell(create));
        int hDoorbell = D3DKMT_CREATE_DOORBELL.hDoorbell(create);
        MemorySegment connect = D3DKMT_CONNECT_DOORBELL.allocate(arena);
        D3DKMT_CONNECT_DOORBELL.hDoorbell(connect, hDoorbell);
        assertEquals(STATUS_INVALID_HANDLE, b.D3DKMTConnectDoorbell(connect), "another process");
        assertEquals(STATUS_SUCCESS, a.D3DKMTConnectDoorbell(connect));
        assertEquals(1, os.gpu().doorbellsBound());
        MemorySegment destroyQueue = D3DKMT_DESTROYHWQUEUE.allocate(arena);
        D3DKMT_DESTROYHWQUEUE.hHwQueue(destroyQueue, q);
        assertEquals(STATUS_SUCCESS, a.D3DKMTDestroyHwQueue(destroyQueue));
        assertEquals(0, os.gpu().doorbellsBound());
        assertEquals(STATUS_INVALID_HANDLE, a.D3DKMTConnectDoorbell(connect), "destroyed with its queue");
        assertEquals(STATUS_INVALID_HANDLE, a.D3DKMTDestroyHwQueue(destroyQueue), "stale");
    }

    @Test
    void capsComeFromTheKmd() {
        MemorySegment caps = DXGK_USERMODESUBMISSION_CAPS.allocate(arena);
        assertEquals(STATUS_SUCCESS, a.queryAdapterInfo(d3dukmdt_h.DXGKQAITYPE_USERMODESUBMISSION_CAPS, caps));
        assertEquals(8, DXGK_USERMODESUBMISSION_CAPS.DoorbellSizeInBytes(caps));
        assertEquals(STATUS_NOT_SUPPORTED, a.queryAdapterInfo(99, caps));
        assertEquals(STATUS_INVALID_PARAMETER, a.queryAdapterInfo(38, MemorySegment.NULL));
    }

    @Test
    void aClosedProcessAnswersInvalidHandle() {
        int q = umsQueue();
        a.close();
        MemorySegment d = D3DKMT_DESTROYHWQUEUE.allocate(arena);
        D3DKMT_DESTROYHWQUEUE.hHwQueue(d, q);
        assertEquals(STATUS_INVALID_HANDLE, a.D3DKMTDestroyHwQueue(d));
    }
}
