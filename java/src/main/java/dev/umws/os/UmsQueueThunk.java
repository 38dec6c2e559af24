package dev.umws.os;

import dev.umws.abi.D3DDDI_CREATEHWQUEUEFLAGS;
import dev.umws.abi.D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS;
import dev.umws.abi.D3DDDI_NATIVEFENCEMAPPING;
import dev.umws.abi.D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION;
import dev.umws.abi.Generation;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static dev.umws.abi.ntstatus_h.STATUS_DEVICE_REMOVED;
import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_NOT_SUPPORTED;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;

/**
 * D3DKMTCreateHwQueueForUserModeSubmission (G3): the queue, its doorbell (disconnected), its status
 * slot and its progress fence in one call. No Windows build with it has been observed; its checks
 * follow those of D3DKMTCreateHwQueue and D3DKMTCreateDoorbell, in that order, and it runs under the
 * context's lock with the device exclusive, as a queue's creation does.
 */
final class UmsQueueThunk {
    private static final int SECONDARY = D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS.DoorbellRequiresSecondaryCpuVA.intMask();
    private static final int NO_KMD_ACCESS = D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS.NoKmdAccess.intMask();
    /** Every defined flag bit: DisableGpuTimeout .. DoorbellRequiresSecondaryCpuVA. */
    private static final int DEFINED = 0x3F;

    private UmsQueueThunk() {
    }

    static int create(Process p, MemorySegment raw) {
        if (Generation.SELECTED != Generation.G3) {
            return STATUS_NOT_SUPPORTED;
        }
        int[] status = new int[1];
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment args = Boundary.capture(p, raw, D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.sizeof(), scratch,
                    true, status);
            if (args == null) {
                return status[0];
            }
            int flags = D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS.Value(D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.Flags(args));
            if ((flags & ~DEFINED) != 0 || (flags & NO_KMD_ACCESS) != 0) {
                return STATUS_INVALID_PARAMETER; // reserved bits; NoKmdAccess needs test signing
            }
            OsObjects.Context c = p.lookup(D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hHwContext(args),
                    HandleType.CONTEXT, OsObjects.Context.class);
            if (c == null) {
                return STATUS_INVALID_PARAMETER;
            }
            try (Locks.Held _ = Locks.context(p.os, c, true)) {
                int s = createLocked(p, c, flags, args);
                if (s != STATUS_SUCCESS) {
                    return s;
                }
            }
            return Boundary.writeBack(raw, args);
        }
    }

    private static int createLocked(Process p, OsObjects.Context c, int flags, MemorySegment args) {
        if (c.state == ObjectState.DESTROYED) {
            return STATUS_INVALID_PARAMETER;
        }
        if (c.device.lost) {
            return STATUS_DEVICE_REMOVED;
        }
        if (!p.os.adapter.userModeSubmission(c.engine)) {
            return STATUS_INVALID_PARAMETER;
        }
        boolean secondary = (flags & SECONDARY) != 0;
        if (secondary && !p.os.adapter.caps().secondarySupported()) {
            return STATUS_INVALID_PARAMETER;
        }
        OsObjects.Allocation ring = DoorbellThunks.allocationOf(p, c, D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hRingBuffer(args));
        OsObjects.Allocation control = ring == null ? null
                : DoorbellThunks.allocationOf(p, c, D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hRingBufferControl(args));
        if (control == null) {
            return STATUS_INVALID_PARAMETER;
        }
        // The KMD sees an ordinary user-mode-submission queue with a native progress fence.
        int queueFlags = (flags & 0x7) | D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask()
                | D3DDDI_CREATEHWQUEUEFLAGS.NativeProgressFence.intMask()
                | ((flags & D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS.TestQueue.intMask()) != 0
                        ? D3DDDI_CREATEHWQUEUEFLAGS.TestQueue.intMask() : 0);
        MemorySegment pdd = D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.PrivateDriverData(args); // inline: already captured
        OsObjects.Queue[] q = new OsObjects.Queue[1];
        int status = QueueThunks.createLocked(p, c, queueFlags, pdd, (int) pdd.byteSize(), q);
        if (status != STATUS_SUCCESS) {
            return status;
        }
        OsObjects.Doorbell[] d = new OsObjects.Doorbell[1];
        status = DoorbellLife.create(p, q[0], ring, control, MemorySegment.NULL, 0, 0, secondary, d);
        if (status != STATUS_SUCCESS) {
            QueueThunks.destroyLocked(p, q[0]);
            return status;
        }
        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hHwQueue(args, q[0].handle);
        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.DoorbellStatusCpuVa(args, MemorySegment.ofAddress(d[0].status.address()));
        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hProgressFence(args, q[0].fence.handle);
        MemorySegment mapping = D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.ProgressFenceMapping(args);
        mapping.fill((byte) 0);
        D3DDDI_NATIVEFENCEMAPPING.CurrentValueCpuVa(mapping, q[0].fence.value);
        D3DDDI_NATIVEFENCEMAPPING.CurrentValueGpuVa(mapping, q[0].fence.gpuVa);
        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.ProgressFenceLastQueuedValueCpuVa(args, d[0].lastQueued);
        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.LogBufferInfo(args).fill((byte) 0); // no native fence logs
        return STATUS_SUCCESS;
    }
}
