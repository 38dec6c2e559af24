package dev.umws.os;

import dev.umws.abi.D3DKMT_CONNECT_DOORBELL;
import dev.umws.abi.D3DKMT_CONNECT_DOORBELL_FLAGS;
import dev.umws.abi.D3DKMT_CREATE_DOORBELL;
import dev.umws.abi.D3DKMT_CREATE_DOORBELL_FLAGS;
import dev.umws.abi.D3DKMT_DESTROY_DOORBELL;
import dev.umws.abi.D3DKMT_NOTIFY_WORK_SUBMISSION;
import dev.umws.abi.D3DKMT_NOTIFY_WORK_SUBMISSION_FLAGS;
import dev.umws.abi.DXGKARG_CREATEDOORBELL_FLAGS;
import dev.umws.abi.Generation;
import dev.umws.abi.d3dukmdt_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static dev.umws.abi.D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED_NOTIFY_KMD;
import static dev.umws.abi.D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT;
import static dev.umws.abi.ntstatus_h.STATUS_DEVICE_REMOVED;
import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_NOT_SUPPORTED;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;

/**
 * The doorbell thunks: their arguments checked in the order of the Windows 11 23H2 kernel, so that
 * the first failing check decides the code (docs/conformance.md lists each answer). Every unknown,
 * stale, foreign or wrongly typed handle is STATUS_INVALID_PARAMETER; a lost device is
 * STATUS_DEVICE_REMOVED once the handle is known. G1 and G3 name a doorbell by its queue, G2 by
 * the doorbell handle that D3DKMTCreateDoorbell returned. Adapter lock held.
 */
final class DoorbellThunks {
    private static final Generation GEN = Generation.SELECTED;
    /** The D3DKMT_CREATE_DOORBELL flag bits a caller may set (RequireSecondaryCpuVA, ResizeRingBufferOperation). */
    private static final int CREATE_FLAGS = D3DKMT_CREATE_DOORBELL_FLAGS.RequireSecondaryCpuVA.intMask()
            | D3DKMT_CREATE_DOORBELL_FLAGS.ResizeRingBufferOperation.intMask();

    private DoorbellThunks() {
    }

    /**
     * The doorbell a connect, notify or destroy names, after the kernel's checks in its order: the
     * handle (G2 a doorbell; G1, G3 a UMS queue), the device, then whether the queue has a doorbell.
     * Null when one fails; {@code status[0]} then holds the answer.
     */
    private static OsObjects.Doorbell doorbellOf(Process p, int handle, int[] status) {
        OsObjects.Queue q;
        if (GEN == Generation.G2) {
            OsObjects.Doorbell d = p.handles.lookup(handle, HandleType.DOORBELL, OsObjects.Doorbell.class);
            q = d == null ? null : d.queue;
        } else {
            q = p.handles.lookup(handle, HandleType.HW_QUEUE, OsObjects.Queue.class);
            q = q == null || !q.userModeSubmission ? null : q;
        }
        if (q == null || q.context.device.lost || q.doorbell == null) {
            status[0] = q != null && q.context.device.lost ? STATUS_DEVICE_REMOVED : STATUS_INVALID_PARAMETER;
            return null;
        }
        return q.doorbell;
    }

    static int create(Process p, MemorySegment raw) {
        MemorySegment args = QueueThunks.sized(raw, D3DKMT_CREATE_DOORBELL.sizeof());
        if (args == null) {
            return STATUS_INVALID_PARAMETER;
        }
        if (GEN == Generation.G3) {
            return STATUS_NOT_SUPPORTED; // G3 creates doorbells with D3DKMTCreateHwQueueForUserModeSubmission
        }
        int pddSize = D3DKMT_CREATE_DOORBELL.PrivateDriverDataSize(args);
        MemorySegment pdd = D3DKMT_CREATE_DOORBELL.PrivateDriverData(args);
        if (!PrivateData.agree(pdd, pddSize)
                || Integer.toUnsignedLong(pddSize) > d3dukmdt_h.D3DDDI_DOORBELL_PRIVATEDATA_MAX_BYTES_WDDM3_1) {
            return STATUS_INVALID_PARAMETER; // rule 6: at most 16 bytes
        }
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment pddCopy = PrivateData.copyIn(scratch, pdd, pddSize);
            int flags = D3DKMT_CREATE_DOORBELL_FLAGS.Value(D3DKMT_CREATE_DOORBELL.Flags(args));
            if ((flags & ~CREATE_FLAGS) != 0) {
                return STATUS_INVALID_PARAMETER;
            }
            OsObjects.Queue q = p.handles.lookup(D3DKMT_CREATE_DOORBELL.hHwQueue(args), HandleType.HW_QUEUE,
                    OsObjects.Queue.class);
            if (q == null || !q.userModeSubmission) {
                return STATUS_INVALID_PARAMETER;
            }
            if (q.context.device.lost) {
                return STATUS_DEVICE_REMOVED;
            }
            boolean secondary = (flags & D3DKMT_CREATE_DOORBELL_FLAGS.RequireSecondaryCpuVA.intMask()) != 0;
            if (secondary && !p.os.adapter.caps().secondarySupported()) {
                return STATUS_INVALID_PARAMETER;
            }
            if (q.doorbell != null) {
                return STATUS_INVALID_PARAMETER; // one per queue, ResizeRingBufferOperation or not
            }
            OsObjects.Allocation ring = allocationOf(p, q, D3DKMT_CREATE_DOORBELL.hRingBuffer(args));
            OsObjects.Allocation control = ring == null ? null
                    : allocationOf(p, q, D3DKMT_CREATE_DOORBELL.hRingBufferControl(args)); // "in opt", yet required
            if (control == null) {
                return STATUS_INVALID_PARAMETER;
            }
            OsObjects.Doorbell[] out = new OsObjects.Doorbell[1];
            int status = DoorbellLife.create(p, q, ring, control, pddCopy, pddSize, ddiFlags(flags), secondary, out);
            if (status != STATUS_SUCCESS) {
                return status;
            }
            OsObjects.Doorbell d = out[0];
            D3DKMT_CREATE_DOORBELL.DoorbellCPUVirtualAddress(args, d.va.page());
            D3DKMT_CREATE_DOORBELL.DoorbellSecondaryCPUVirtualAddress(args,
                    d.secondaryVa == null ? MemorySegment.NULL : d.secondaryVa.page());
            D3DKMT_CREATE_DOORBELL.DoorbellStatusCPUVirtualAddress(args, MemorySegment.ofAddress(d.status.address()));
            if (GEN == Generation.G2) {
                D3DKMT_CREATE_DOORBELL.HwQueueProgressFenceLastQueuedValueCPUVirtualAddress(args, d.lastQueued);
                D3DKMT_CREATE_DOORBELL.hDoorbell(args, d.handle);
            }
            PrivateData.copyBack(pddCopy, pdd);
            return STATUS_SUCCESS;
        }
    }

    /** An allocation of the queue's own device, or null. */
    static OsObjects.Allocation allocationOf(Process p, OsObjects.Queue q, int handle) {
        OsObjects.Allocation a = p.handles.lookup(handle, HandleType.ALLOCATION, OsObjects.Allocation.class);
        return a == null || a.device != q.context.device ? null : a;
    }

    /**
     * DXGKARG_CREATEDOORBELL.Flags from the caller's flags: G1 passes the D3DKMT value as it is (the
     * 22631 kernel does); G2 and G3 have a DDI union of their own, with ResizeRingBufferOperation at
     * bit 0 (a secondary VA reaches the KMD as RequireSecondaryAddress at connect).
     */
    private static int ddiFlags(int flags) {
        if (GEN == Generation.G1) {
            return flags;
        }
        return (flags & D3DKMT_CREATE_DOORBELL_FLAGS.ResizeRingBufferOperation.intMask()) != 0
                ? DXGKARG_CREATEDOORBELL_FLAGS.ResizeRingBufferOperation.intMask() : 0;
    }

    static int connect(Process p, MemorySegment raw) {
        MemorySegment args = QueueThunks.sized(raw, D3DKMT_CONNECT_DOORBELL.sizeof());
        if (args == null) {
            return STATUS_INVALID_PARAMETER;
        }
        if (D3DKMT_CONNECT_DOORBELL_FLAGS.Value(D3DKMT_CONNECT_DOORBELL.Flags(args)) != 0) {
            return STATUS_INVALID_PARAMETER; // before the handle
        }
        int[] status = new int[1];
        OsObjects.Doorbell d = doorbellOf(p, GEN == Generation.G2 ? D3DKMT_CONNECT_DOORBELL.hDoorbell(args)
                : D3DKMT_CONNECT_DOORBELL.hHwQueue(args), status);
        if (d == null) {
            return status[0];
        }
        p.os.checkStatusPage(d, "D3DKMTConnectDoorbell");
        DoorbellLife.checkProgress(p, d, "D3DKMTConnectDoorbell");
        MemorySegment mapping = GEN == Generation.G3 ? D3DKMT_CONNECT_DOORBELL.DoorbellMapping(args) : null;
        if (d.connected()) {
            if (mapping != null) { // the KMD is not asked again; the UMD still learns where to ring
                dev.umws.abi.D3DDDI_DOORBELLMAPPING.CpuVa(mapping, d.va.slot(d.physical, false));
                dev.umws.abi.D3DDDI_DOORBELLMAPPING.SecondaryCpuVa(mapping,
                        d.secondaryVa == null ? MemorySegment.NULL : d.secondaryVa.slot(d.physical, true));
            }
            return STATUS_SUCCESS; // already connected: the KMD is not called
        }
        if (d.statusValue == D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT) {
            return STATUS_INVALID_PARAMETER;
        }
        return DoorbellLife.connect(p, d, mapping);
    }

    static int notify(Process p, MemorySegment raw) {
        MemorySegment args = QueueThunks.sized(raw, D3DKMT_NOTIFY_WORK_SUBMISSION.sizeof());
        if (args == null) {
            return STATUS_INVALID_PARAMETER;
        }
        if (D3DKMT_NOTIFY_WORK_SUBMISSION_FLAGS.Value(D3DKMT_NOTIFY_WORK_SUBMISSION.Flags(args)) != 0) {
            return STATUS_INVALID_PARAMETER;
        }
        int[] status = new int[1];
        OsObjects.Doorbell d = doorbellOf(p, GEN == Generation.G2 ? D3DKMT_NOTIFY_WORK_SUBMISSION.hDoorbell(args)
                : D3DKMT_NOTIFY_WORK_SUBMISSION.hHwQueue(args), status);
        if (d == null) {
            return status[0];
        }
        if (d.statusValue != D3DDDI_DOORBELLSTATUS_CONNECTED_NOTIFY_KMD) {
            return STATUS_INVALID_PARAMETER; // e.g. a disconnect won the race: the UMD re-reads its status
        }
        return DoorbellLife.notify(p, d,
                GEN == Generation.G3 ? D3DKMT_NOTIFY_WORK_SUBMISSION.PrivateDriverData(args) : null);
    }

    static int destroy(Process p, MemorySegment raw) {
        MemorySegment args = QueueThunks.sized(raw, D3DKMT_DESTROY_DOORBELL.sizeof());
        if (args == null || GEN == Generation.G3) {
            return STATUS_INVALID_PARAMETER; // G3 hands out no doorbell handle: the doorbell goes with its queue
        }
        int[] status = new int[1];
        OsObjects.Doorbell d = doorbellOf(p, GEN == Generation.G2 ? D3DKMT_DESTROY_DOORBELL.hDoorbell(args)
                : D3DKMT_DESTROY_DOORBELL.hHwQueue(args), status);
        if (d == null) {
            return status[0];
        }
        DoorbellLife.destroy(p, d);
        return STATUS_SUCCESS;
    }
}
