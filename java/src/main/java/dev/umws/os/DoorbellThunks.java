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
import java.util.function.ToIntFunction;

import static dev.umws.abi.D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED_NOTIFY_KMD;
import static dev.umws.abi.D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT;
import static dev.umws.abi.ntstatus_h.STATUS_DEVICE_REMOVED;
import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_NOT_SUPPORTED;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;

/**
 * The doorbell thunks. Each captures its argument first ({@link Boundary}), checks it in the order
 * of the Windows 11 23H2 kernel, so that the first failing check decides the code
 * (docs/conformance.md lists each answer), and acts under its queue's context lock (device lock
 * shared): the doorbell thunks of one context are serialised, those of different contexts run at
 * once. Every unknown, stale, foreign or wrongly typed handle is STATUS_INVALID_PARAMETER; a lost
 * device is STATUS_DEVICE_REMOVED once the handle is known. G1 and G3 name a doorbell by its queue,
 * G2 by the doorbell handle that D3DKMTCreateDoorbell returned.
 */
final class DoorbellThunks {
    private static final Generation GEN = Generation.SELECTED;
    /** The D3DKMT_CREATE_DOORBELL flag bits a caller may set (RequireSecondaryCpuVA, ResizeRingBufferOperation). */
    private static final int CREATE_FLAGS = D3DKMT_CREATE_DOORBELL_FLAGS.RequireSecondaryCpuVA.intMask()
            | D3DKMT_CREATE_DOORBELL_FLAGS.ResizeRingBufferOperation.intMask();

    private DoorbellThunks() {
    }

    /** What a connect, notify or destroy names: G2 a doorbell (and its queue), G1 and G3 a UMS queue. */
    private record Named(OsObjects.Queue queue, OsObjects.Doorbell doorbell) {
    }

    /** The handle's object, looked up before any lock is taken, or null. */
    private static Named named(Process p, int handle) {
        if (GEN == Generation.G2) {
            OsObjects.Doorbell d = p.lookup(handle, HandleType.DOORBELL, OsObjects.Doorbell.class);
            return d == null ? null : new Named(d.queue, d);
        }
        OsObjects.Queue q = p.lookup(handle, HandleType.HW_QUEUE, OsObjects.Queue.class);
        return q == null || !q.userModeSubmission ? null : new Named(q, null);
    }

    /**
     * Under the queue's context lock: the doorbell the thunk works on, after the kernel's checks in
     * its order (the device, then whether the queue has that doorbell); null when one fails, with
     * its answer in {@code status[0]}.
     */
    private static OsObjects.Doorbell live(Named n, int[] status) {
        if (n.queue.state == ObjectState.DESTROYED) {
            status[0] = STATUS_INVALID_PARAMETER; // destroyed since the lookup
            return null;
        }
        if (n.queue.context.device.lost) {
            status[0] = STATUS_DEVICE_REMOVED;
            return null;
        }
        OsObjects.Doorbell d = n.queue.doorbell;
        if (d == null || (n.doorbell != null && n.doorbell != d)) {
            status[0] = STATUS_INVALID_PARAMETER;
            return null;
        }
        return d;
    }

    /**
     * Looks the handle up, takes its queue's context lock and runs {@code locked} on the live
     * doorbell; STATUS_INVALID_PARAMETER for an unknown handle, or what {@link #live} answers.
     */
    private static int onDoorbell(Process p, int handle, ToIntFunction<OsObjects.Doorbell> locked) {
        Named n = named(p, handle);
        if (n == null) {
            return STATUS_INVALID_PARAMETER;
        }
        int[] status = new int[1];
        try (Locks.Held _ = Locks.context(p.os, n.queue.context, false)) {
            OsObjects.Doorbell d = live(n, status);
            return d == null ? status[0] : locked.applyAsInt(d);
        }
    }

    static int create(Process p, MemorySegment raw) {
        int[] status = new int[1];
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment args = Boundary.capture(p, raw, D3DKMT_CREATE_DOORBELL.sizeof(), scratch, true, status);
            if (args == null) {
                return status[0];
            }
            if (GEN == Generation.G3) {
                return STATUS_NOT_SUPPORTED; // G3 creates doorbells with D3DKMTCreateHwQueueForUserModeSubmission
            }
            int pddSize = D3DKMT_CREATE_DOORBELL.PrivateDriverDataSize(args);
            MemorySegment pdd = D3DKMT_CREATE_DOORBELL.PrivateDriverData(args);
            if (!Boundary.agree(pdd, pddSize)
                    || Integer.toUnsignedLong(pddSize) > d3dukmdt_h.D3DDDI_DOORBELL_PRIVATEDATA_MAX_BYTES_WDDM3_1) {
                return STATUS_INVALID_PARAMETER; // rule 6: at most 16 bytes
            }
            MemorySegment pddCopy = Boundary.copyIn(p, pdd, pddSize, scratch, true, status);
            if (pddCopy == null) {
                return status[0];
            }
            int flags = D3DKMT_CREATE_DOORBELL_FLAGS.Value(D3DKMT_CREATE_DOORBELL.Flags(args));
            if ((flags & ~CREATE_FLAGS) != 0) {
                return STATUS_INVALID_PARAMETER;
            }
            OsObjects.Queue q = p.lookup(D3DKMT_CREATE_DOORBELL.hHwQueue(args), HandleType.HW_QUEUE, OsObjects.Queue.class);
            if (q == null || !q.userModeSubmission) {
                return STATUS_INVALID_PARAMETER;
            }
            try (Locks.Held _ = Locks.context(p.os, q.context, false)) {
                if (q.state == ObjectState.DESTROYED) {
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
                OsObjects.Allocation ring = allocationOf(p, q.context, D3DKMT_CREATE_DOORBELL.hRingBuffer(args));
                OsObjects.Allocation control = ring == null ? null
                        : allocationOf(p, q.context, D3DKMT_CREATE_DOORBELL.hRingBufferControl(args)); // "in opt", yet required
                if (control == null) {
                    return STATUS_INVALID_PARAMETER;
                }
                OsObjects.Doorbell[] out = new OsObjects.Doorbell[1];
                int s = DoorbellLife.create(p, q, ring, control, pddCopy, pddSize, ddiFlags(flags), secondary, out);
                if (s != STATUS_SUCCESS) {
                    return s;
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
            }
            Boundary.writeBack(pdd, pddCopy);
            return Boundary.writeBack(raw, args);
        }
    }

    /** An allocation of the context's own device, or null. */
    static OsObjects.Allocation allocationOf(Process p, OsObjects.Context c, int handle) {
        OsObjects.Allocation a = p.lookup(handle, HandleType.ALLOCATION, OsObjects.Allocation.class);
        return a == null || a.device != c.device ? null : a;
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
        int[] status = new int[1];
        try (Arena scratch = Arena.ofConfined()) {
            // G3's connect returns the mapping; G1 and G2 read 8 bytes and write nothing back
            MemorySegment args = Boundary.capture(p, raw, D3DKMT_CONNECT_DOORBELL.sizeof(), scratch,
                    GEN == Generation.G3, status);
            if (args == null) {
                return status[0];
            }
            if (D3DKMT_CONNECT_DOORBELL_FLAGS.Value(D3DKMT_CONNECT_DOORBELL.Flags(args)) != 0) {
                return STATUS_INVALID_PARAMETER; // before the handle
            }
            MemorySegment mapping = GEN == Generation.G3 ? D3DKMT_CONNECT_DOORBELL.DoorbellMapping(args) : null;
            int s = onDoorbell(p, GEN == Generation.G2 ? D3DKMT_CONNECT_DOORBELL.hDoorbell(args)
                    : D3DKMT_CONNECT_DOORBELL.hHwQueue(args), d -> connectLocked(p, d, mapping));
            return s == STATUS_SUCCESS && GEN == Generation.G3 ? Boundary.writeBack(raw, args) : s;
        }
    }

    private static int connectLocked(Process p, OsObjects.Doorbell d, MemorySegment mapping) {
        p.os.checkStatusPage(d, "D3DKMTConnectDoorbell");
        DoorbellLife.checkProgress(p, d, "D3DKMTConnectDoorbell");
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
        int[] status = new int[1];
        try (Arena scratch = Arena.ofConfined()) {
            // G3's notify carries private data both ways
            MemorySegment args = Boundary.capture(p, raw, D3DKMT_NOTIFY_WORK_SUBMISSION.sizeof(), scratch,
                    GEN == Generation.G3, status);
            if (args == null) {
                return status[0];
            }
            if (D3DKMT_NOTIFY_WORK_SUBMISSION_FLAGS.Value(D3DKMT_NOTIFY_WORK_SUBMISSION.Flags(args)) != 0) {
                return STATUS_INVALID_PARAMETER;
            }
            MemorySegment data = GEN == Generation.G3 ? D3DKMT_NOTIFY_WORK_SUBMISSION.PrivateDriverData(args) : null;
            int s = onDoorbell(p, GEN == Generation.G2 ? D3DKMT_NOTIFY_WORK_SUBMISSION.hDoorbell(args)
                    : D3DKMT_NOTIFY_WORK_SUBMISSION.hHwQueue(args), d -> d.statusValue != D3DDDI_DOORBELLSTATUS_CONNECTED_NOTIFY_KMD
                            ? STATUS_INVALID_PARAMETER // e.g. a disconnect won the race: the UMD re-reads its status
                            : DoorbellLife.notify(p, d, data));
            return GEN == Generation.G3 && s == STATUS_SUCCESS ? Boundary.writeBack(raw, args) : s;
        }
    }

    static int destroy(Process p, MemorySegment raw) {
        int[] status = new int[1];
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment args = Boundary.capture(p, raw, D3DKMT_DESTROY_DOORBELL.sizeof(), scratch, false, status);
            if (args == null) {
                return status[0];
            }
            if (GEN == Generation.G3) {
                return STATUS_INVALID_PARAMETER; // G3 hands out no doorbell handle: the doorbell goes with its queue
            }
            return onDoorbell(p, GEN == Generation.G2 ? D3DKMT_DESTROY_DOORBELL.hDoorbell(args)
                    : D3DKMT_DESTROY_DOORBELL.hHwQueue(args), d -> {
                        DoorbellLife.destroy(p, d);
                        return STATUS_SUCCESS;
                    });
        }
    }
}
