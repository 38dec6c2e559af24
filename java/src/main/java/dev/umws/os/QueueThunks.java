package dev.umws.os;

import dev.umws.abi.D3DDDI_CREATEHWQUEUEFLAGS;
import dev.umws.abi.D3DKMT_CREATEHWQUEUE;
import dev.umws.abi.D3DKMT_DESTROYHWQUEUE;
import dev.umws.abi.D3DKMT_SUBMITCOMMANDTOHWQUEUE;
import dev.umws.abi.DXGKARG_CREATEHWQUEUE;
import dev.umws.abi.DXGKARG_FLUSHHWQUEUE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static dev.umws.abi.ntstatus_h.STATUS_DEVICE_REMOVED;
import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_NOT_IMPLEMENTED;
import static dev.umws.abi.ntstatus_h.STATUS_NO_MEMORY;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;

/**
 * D3DKMTCreateHwQueue, D3DKMTDestroyHwQueue, D3DKMTSubmitCommandToHwQueue: captured, checked in the
 * order of the Windows 11 23H2 kernel, run under the context's lock (a queue's creation holds its
 * device exclusive, as the kernel does).
 */
final class QueueThunks {
    private static final long FENCE_PAGE = 4096;
    /** The KMD handle the kernel gives a queue whose DxgkDdiCreateHwQueue answered STATUS_NOT_IMPLEMENTED. */
    static final long PLACEHOLDER_KMD_HANDLE = 0x99;
    /** At most this many primaries in a kernel submission. */
    private static final int MAX_PRIMARIES = 16;
    /**
     * The largest private data copy the OS makes (bytes). The 22631 kernel sets no bound on a
     * queue's private data and answers STATUS_NO_MEMORY when its pool cannot hold the copy; here
     * that happens above this size.
     */
    static final long MAX_PRIVATE_DATA = 64L * 1024 * 1024;

    private QueueThunks() {
    }

    static int create(Process p, MemorySegment raw) {
        int[] status = new int[1];
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment args = Boundary.capture(p, raw, D3DKMT_CREATEHWQUEUE.sizeof(), scratch, true, status);
            if (args == null) {
                return status[0];
            }
            long pddSize = Integer.toUnsignedLong(D3DKMT_CREATEHWQUEUE.PrivateDriverDataSize(args));
            MemorySegment pdd = D3DKMT_CREATEHWQUEUE.pPrivateDriverData(args);
            if (!Boundary.agree(pdd, pddSize)) {
                return STATUS_INVALID_PARAMETER;
            }
            if (pddSize > MAX_PRIVATE_DATA) {
                return STATUS_NO_MEMORY; // no upper bound is checked: the copy fails
            }
            MemorySegment pddCopy = Boundary.copyIn(p, pdd, pddSize, scratch, true, status);
            if (pddCopy == null) {
                return status[0];
            }
            int flags = D3DDDI_CREATEHWQUEUEFLAGS.Value(D3DKMT_CREATEHWQUEUE.Flags(args));
            if ((flags & D3DDDI_CREATEHWQUEUEFLAGS.NoKmdAccess.intMask()) != 0) {
                return STATUS_INVALID_PARAMETER; // NoKmdAccess needs test signing, which this OS never has
            }
            OsObjects.Context c = p.lookup(D3DKMT_CREATEHWQUEUE.hHwContext(args), HandleType.CONTEXT,
                    OsObjects.Context.class);
            if (c == null) {
                return STATUS_INVALID_PARAMETER;
            }
            try (Locks.Held _ = Locks.context(p.os, c, true)) {
                if (c.state == ObjectState.DESTROYED) {
                    return STATUS_INVALID_PARAMETER;
                }
                if (c.device.lost) {
                    return STATUS_DEVICE_REMOVED;
                }
                if ((flags & D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask()) != 0
                        && !p.os.adapter.userModeSubmission(c.engine)) {
                    return STATUS_INVALID_PARAMETER; // rule 8: the node's metadata lacks UserModeSubmission
                }
                OsObjects.Queue[] out = new OsObjects.Queue[1];
                int s = createLocked(p, c, flags, pddCopy, (int) pddSize, out);
                if (s != STATUS_SUCCESS) {
                    return s;
                }
                OsObjects.Queue q = out[0];
                D3DKMT_CREATEHWQUEUE.hHwQueue(args, q.handle);
                D3DKMT_CREATEHWQUEUE.hHwQueueProgressFence(args, q.fence.handle);
                D3DKMT_CREATEHWQUEUE.HwQueueProgressFenceCPUVirtualAddress(args, q.fence.value);
                D3DKMT_CREATEHWQUEUE.HwQueueProgressFenceGPUVirtualAddress(args, q.fence.gpuVa);
            }
            Boundary.writeBack(pdd, pddCopy);
            return Boundary.writeBack(raw, args);
        }
    }

    /**
     * Creates the queue and its progress fence once the arguments are checked (the queue goes to
     * {@code out[0]}); its context's lock is held. The flags reach the KMD as the caller set them;
     * the kernel checks no reserved bit. Every generation gets a progress fence (the documentation's
     * model); the 22631 kernel gives a user-mode-submission queue none.
     */
    static int createLocked(Process p, OsObjects.Context c, int flags, MemorySegment pdd, int pddSize,
            OsObjects.Queue[] out) {
        boolean ums = (flags & D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask()) != 0;
        MemorySegment fenceMemory = p.pages.allocate(FENCE_PAGE);
        long fenceVa;
        p.lock.lock();
        try {
            fenceVa = p.reserveGpuVa(FENCE_PAGE);
        } finally {
            p.lock.unlock();
        }
        p.space.map(fenceVa, fenceMemory, true);
        p.os.userMemory.add(fenceMemory, p);
        OsObjects.ProgressFence fence = new OsObjects.ProgressFence(fenceMemory, fenceVa);
        fence.handle = p.allocateHandle(HandleType.SYNC_OBJECT, fence);
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
            int status = Ddis.call(p.os, "DxgkDdiCreateHwQueue", "queue", null,
                    () -> p.kmd().DxgkDdiCreateHwQueue(c.kmdHandle, ddi));
            if (status == STATUS_NOT_IMPLEMENTED) {
                q.kmdHandle = PLACEHOLDER_KMD_HANDLE; // the kernel creates the queue anyway
            } else if (status != STATUS_SUCCESS) {
                p.freeHandle(fence.handle);
                p.space.unmap(fenceVa);
                return status;
            } else {
                q.kmdHandle = DXGKARG_CREATEHWQUEUE.hHwQueue(ddi).address();
            }
        }
        p.lock.lock();
        try {
            q.handle = p.handles.allocate(HandleType.HW_QUEUE, q);
            p.queues.add(q);
        } finally {
            p.lock.unlock();
        }
        c.queues.add(q);
        p.os.queuesByKmdHandle.put(q.kmdHandle, q);
        p.os.queuesByKey.put(q.kmdQueueKey, q);
        out[0] = q;
        return STATUS_SUCCESS;
    }

    static int destroy(Process p, MemorySegment raw) {
        int[] status = new int[1];
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment args = Boundary.capture(p, raw, D3DKMT_DESTROYHWQUEUE.sizeof(), scratch, false, status);
            if (args == null) {
                return status[0];
            }
            OsObjects.Queue q = p.lookup(D3DKMT_DESTROYHWQUEUE.hHwQueue(args), HandleType.HW_QUEUE, OsObjects.Queue.class);
            if (q == null) {
                return STATUS_INVALID_PARAMETER;
            }
            try (Locks.Held _ = Locks.context(p.os, q.context, false)) {
                if (q.state == ObjectState.DESTROYED) {
                    return STATUS_INVALID_PARAMETER;
                }
                destroyLocked(p, q);
                return STATUS_SUCCESS;
            }
        }
    }

    /**
     * Tears a queue down in the kernel's order: its doorbell first, then DxgkDdiFlushHwQueue (the
     * work leaves the hardware), DxgkDdiDestroyHwQueue, and the progress fence. Its context's lock is
     * held. Works on a lost device too: destroying is how a UMD recovers.
     */
    static void destroyLocked(Process p, OsObjects.Queue q) {
        if (q.doorbell != null) {
            DoorbellLife.destroy(p, q.doorbell);
        }
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment ddi = DXGKARG_FLUSHHWQUEUE.allocate(scratch);
            DXGKARG_FLUSHHWQUEUE.hHwQueue(ddi, MemorySegment.ofAddress(q.kmdHandle));
            Ddis.call(p.os, "DxgkDdiFlushHwQueue", "queue", null, () -> p.kmd().DxgkDdiFlushHwQueue(ddi));
        }
        Ddis.call(p.os, "DxgkDdiDestroyHwQueue", "queue", null, () -> p.kmd().DxgkDdiDestroyHwQueue(q.kmdHandle));
        p.os.queuesByKmdHandle.remove(q.kmdHandle);
        p.os.queuesByKey.remove(q.kmdQueueKey);
        p.space.unmap(q.fence.gpuVa);
        q.state = ObjectState.DESTROYED;
        q.context.queues.remove(q);
        p.lock.lock();
        try {
            p.handles.free(q.fence.handle);
            p.handles.free(q.handle);
            p.queues.remove(q);
        } finally {
            p.lock.unlock();
        }
    }

    static int submit(Process p, MemorySegment raw) {
        int[] status = new int[1];
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment args = Boundary.capture(p, raw, D3DKMT_SUBMITCOMMANDTOHWQUEUE.sizeof(), scratch, false, status);
            if (args == null) {
                return status[0];
            }
            OsObjects.Queue q = p.lookup(D3DKMT_SUBMITCOMMANDTOHWQUEUE.hHwQueue(args), HandleType.HW_QUEUE,
                    OsObjects.Queue.class);
            if (q == null || q.userModeSubmission) {
                return STATUS_INVALID_PARAMETER; // rule 8: such a queue must rely on its doorbell
            }
            if (Integer.toUnsignedLong(D3DKMT_SUBMITCOMMANDTOHWQUEUE.NumPrimaries(args)) > MAX_PRIMARIES) {
                return STATUS_INVALID_PARAMETER;
            }
            return STATUS_NOT_IMPLEMENTED; // kernel-mode submission is not what this testbed emulates
        }
    }
}
