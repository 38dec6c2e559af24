package dev.umws.os;

import dev.umws.abi.D3DDDI_CREATEHWQUEUEFLAGS;
import dev.umws.abi.D3DKMT_CREATEHWQUEUE;
import dev.umws.abi.D3DKMT_DESTROYHWQUEUE;
import dev.umws.abi.D3DKMT_SUBMITCOMMANDTOHWQUEUE;
import dev.umws.abi.DXGKARG_CREATEHWQUEUE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static dev.umws.abi.ntstatus_h.STATUS_INVALID_HANDLE;
import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_NOT_IMPLEMENTED;
import static dev.umws.abi.ntstatus_h.STATUS_NOT_SUPPORTED;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;

/** D3DKMTCreateHwQueue, D3DKMTDestroyHwQueue, D3DKMTSubmitCommandToHwQueue (adapter lock held). */
final class QueueThunks {
    /** Flag bits the UMD may set: everything but NativeProgressFence (the OS's) and Reserved. */
    private static final int UMD_FLAGS = D3DDDI_CREATEHWQUEUEFLAGS.DisableGpuTimeout.intMask()
            | D3DDDI_CREATEHWQUEUEFLAGS.NoBroadcastSignal.intMask() | D3DDDI_CREATEHWQUEUEFLAGS.NoBroadcastWait.intMask()
            | D3DDDI_CREATEHWQUEUEFLAGS.NoKmdAccess.intMask() | D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask()
            | D3DDDI_CREATEHWQUEUEFLAGS.TestQueue.intMask();
    private static final long FENCE_PAGE = 4096;

    private QueueThunks() {
    }

    static MemorySegment sized(MemorySegment args, long size) {
        return args == null || args.address() == 0 ? null : args.reinterpret(size);
    }

    static int create(Process p, MemorySegment raw) {
        MemorySegment args = sized(raw, D3DKMT_CREATEHWQUEUE.sizeof());
        if (args == null) {
            return STATUS_INVALID_PARAMETER;
        }
        OsObjects.Context c = p.handles.lookup(D3DKMT_CREATEHWQUEUE.hHwContext(args), HandleType.CONTEXT,
                OsObjects.Context.class);
        if (c == null) {
            return STATUS_INVALID_HANDLE;
        }
        int flags = D3DDDI_CREATEHWQUEUEFLAGS.Value(D3DKMT_CREATEHWQUEUE.Flags(args));
        int pddSize = D3DKMT_CREATEHWQUEUE.PrivateDriverDataSize(args);
        MemorySegment pdd = D3DKMT_CREATEHWQUEUE.pPrivateDriverData(args);
        if ((flags & ~UMD_FLAGS) != 0 || pddSize < 0 || pddSize > 4096 || (pddSize > 0 && pdd.address() == 0)) {
            return STATUS_INVALID_PARAMETER;
        }
        OsObjects.Queue[] out = new OsObjects.Queue[1];
        int status = createLocked(p, c, flags, pdd, pddSize, out);
        if (status != STATUS_SUCCESS) {
            return status;
        }
        OsObjects.Queue q = out[0];
        OsObjects.ProgressFence fence = q.fence;
        MemorySegment fenceMemory = fence.value;
        long fenceVa = fence.gpuVa;
        D3DKMT_CREATEHWQUEUE.hHwQueue(args, q.handle);
        D3DKMT_CREATEHWQUEUE.hHwQueueProgressFence(args, fence.handle);
        D3DKMT_CREATEHWQUEUE.HwQueueProgressFenceCPUVirtualAddress(args, fenceMemory);
        D3DKMT_CREATEHWQUEUE.HwQueueProgressFenceGPUVirtualAddress(args, fenceVa);
        return STATUS_SUCCESS;
    }

    /** Creates the queue and its progress fence once the arguments are checked; the queue goes to {@code out[0]}. */
    static int createLocked(Process p, OsObjects.Context c, int flags, MemorySegment pdd, int pddSize,
            OsObjects.Queue[] out) {
        boolean ums = (flags & D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask()) != 0;
        MemorySegment fenceMemory = p.arena.allocate(FENCE_PAGE, FENCE_PAGE);
        long fenceVa = p.reserveGpuVa(FENCE_PAGE);
        p.space.map(fenceVa, fenceMemory, true);
        OsObjects.ProgressFence fence = new OsObjects.ProgressFence(fenceMemory, fenceVa);
        fence.handle = p.handles.allocate(HandleType.SYNC_OBJECT, fence);
        OsObjects.Queue q = new OsObjects.Queue(p.os.newKey(), c, fence, ums);
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment ddi = DXGKARG_CREATEHWQUEUE.allocate(scratch);
            DXGKARG_CREATEHWQUEUE.hHwQueue(ddi, MemorySegment.ofAddress(q.kmdQueueKey));
            D3DDDI_CREATEHWQUEUEFLAGS.Value(DXGKARG_CREATEHWQUEUE.Flags(ddi), flags);
            DXGKARG_CREATEHWQUEUE.PrivateDriverDataSize(ddi, pddSize);
            DXGKARG_CREATEHWQUEUE.pPrivateDriverData(ddi, pdd);
            DXGKARG_CREATEHWQUEUE.hHwQueueProgressFence(ddi, fence.handle);
            DXGKARG_CREATEHWQUEUE.HwQueueProgressFenceCPUVirtualAddress(ddi, fenceMemory);
            DXGKARG_CREATEHWQUEUE.HwQueueProgressFenceGPUVirtualAddress(ddi, fenceVa);
            int status = p.kmd().DxgkDdiCreateHwQueue(c.kmdHandle, ddi);
            if (status != STATUS_SUCCESS) {
                p.handles.free(fence.handle);
                p.space.unmap(fenceVa);
                return status;
            }
            q.kmdHandle = DXGKARG_CREATEHWQUEUE.hHwQueue(ddi).address();
        }
        q.handle = p.handles.allocate(HandleType.HW_QUEUE, q);
        c.queues.add(q);
        p.queues.add(q);
        p.os.queuesByKmdHandle.put(q.kmdHandle, q);
        out[0] = q;
        return STATUS_SUCCESS;
    }

    static int destroy(Process p, MemorySegment raw) {
        MemorySegment args = sized(raw, D3DKMT_DESTROYHWQUEUE.sizeof());
        if (args == null) {
            return STATUS_INVALID_PARAMETER;
        }
        OsObjects.Queue q = p.handles.lookup(D3DKMT_DESTROYHWQUEUE.hHwQueue(args), HandleType.HW_QUEUE,
                OsObjects.Queue.class);
        if (q == null) {
            return STATUS_INVALID_HANDLE;
        }
        destroyLocked(p, q);
        return STATUS_SUCCESS;
    }

    static void destroyLocked(Process p, OsObjects.Queue q) {
        if (q.doorbell != null) {
            Doorbells.destroyLocked(p, q.doorbell);
        }
        p.kmd().DxgkDdiDestroyHwQueue(q.kmdHandle);
        p.os.queuesByKmdHandle.remove(q.kmdHandle);
        p.space.unmap(q.fence.gpuVa);
        p.handles.free(q.fence.handle);
        p.handles.free(q.handle);
        q.context.queues.remove(q);
        p.queues.remove(q);
        q.state = ObjectState.DESTROYED;
    }

    static int submit(Process p, MemorySegment raw) {
        MemorySegment args = sized(raw, D3DKMT_SUBMITCOMMANDTOHWQUEUE.sizeof());
        if (args == null) {
            return STATUS_INVALID_PARAMETER;
        }
        OsObjects.Queue q = p.handles.lookup(D3DKMT_SUBMITCOMMANDTOHWQUEUE.hHwQueue(args), HandleType.HW_QUEUE,
                OsObjects.Queue.class);
        if (q == null) {
            return STATUS_INVALID_HANDLE;
        }
        if (q.userModeSubmission) {
            return STATUS_NOT_SUPPORTED; // rule 8: such a queue must rely on its doorbell
        }
        return STATUS_NOT_IMPLEMENTED; // kernel-mode submission is not what this testbed emulates
    }
}
