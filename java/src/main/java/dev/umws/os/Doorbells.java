package dev.umws.os;

import dev.umws.abi.D3DDDI_CREATEHWQUEUEFLAGS;
import dev.umws.abi.D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS;
import dev.umws.abi.D3DDDI_DOORBELLSTATUS;
import dev.umws.abi.D3DDDI_NATIVEFENCEMAPPING;
import dev.umws.abi.D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION;
import dev.umws.abi.D3DKMT_CONNECT_DOORBELL;
import dev.umws.abi.D3DKMT_CREATE_DOORBELL;
import dev.umws.abi.D3DKMT_CREATE_DOORBELL_FLAGS;
import dev.umws.abi.D3DKMT_DESTROY_DOORBELL;
import dev.umws.abi.D3DKMT_NOTIFY_WORK_SUBMISSION;
import dev.umws.abi.DXGKARG_CONNECTDOORBELL;
import dev.umws.abi.DXGKARG_CREATEDOORBELL;
import dev.umws.abi.DXGKARG_CREATEDOORBELL_FLAGS;
import dev.umws.abi.DXGKARG_DESTROYDOORBELL;
import dev.umws.abi.DXGKARG_DISCONNECTDOORBELL;
import dev.umws.abi.DXGKARG_NOTIFYWORKSUBMISSION;
import dev.umws.abi.Generation;
import dev.umws.abi.d3dukmdt_h;
import dev.umws.gpu.DoorbellVa;
import dev.umws.gpu.GpuConfig;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

import static dev.umws.abi.ntstatus_h.STATUS_INVALID_HANDLE;
import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_NOT_SUPPORTED;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static dev.umws.abi.ntstatus_h.STATUS_UNSUCCESSFUL;

/**
 * The doorbell thunks (G2 shapes; G1 names the queue instead of the doorbell) and the OS's part of
 * every disconnect. Called with the adapter lock held.
 */
final class Doorbells {
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    /** G3: the KMD names doorbells by their queue, and connect returns the mapping. */
    static final boolean G3 = Generation.SELECTED == Generation.G3;
    private static final long PAGE = 4096;
    private static final int UMD_FLAGS = D3DKMT_CREATE_DOORBELL_FLAGS.RequireSecondaryCpuVA.intMask()
            | D3DKMT_CREATE_DOORBELL_FLAGS.ResizeRingBufferOperation.intMask();

    private Doorbells() {
    }

    private static String name(OsObjects.Doorbell d) {
        return "doorbell " + Dxgkrnl.hex(d.handle);
    }

    static int create(Process p, MemorySegment raw) {
        MemorySegment args = QueueThunks.sized(raw, D3DKMT_CREATE_DOORBELL.sizeof());
        if (args == null) {
            return STATUS_INVALID_PARAMETER;
        }
        OsObjects.Queue q = p.handles.lookup(D3DKMT_CREATE_DOORBELL.hHwQueue(args), HandleType.HW_QUEUE,
                OsObjects.Queue.class);
        OsObjects.Allocation ring = p.handles.lookup(D3DKMT_CREATE_DOORBELL.hRingBuffer(args), HandleType.ALLOCATION,
                OsObjects.Allocation.class);
        OsObjects.Allocation control = p.handles.lookup(D3DKMT_CREATE_DOORBELL.hRingBufferControl(args),
                HandleType.ALLOCATION, OsObjects.Allocation.class);
        if (q == null || ring == null || control == null) {
            return STATUS_INVALID_HANDLE;
        }
        int flags = D3DKMT_CREATE_DOORBELL_FLAGS.Value(D3DKMT_CREATE_DOORBELL.Flags(args));
        int pddSize = D3DKMT_CREATE_DOORBELL.PrivateDriverDataSize(args);
        MemorySegment pdd = D3DKMT_CREATE_DOORBELL.PrivateDriverData(args);
        if (!q.userModeSubmission || q.doorbell != null || !ring.resident || !control.resident
                || !ring.gpuVisible || !control.gpuVisible
                || (flags & ~UMD_FLAGS) != 0 || pddSize < 0
                || pddSize > d3dukmdt_h.D3DDDI_DOORBELL_PRIVATEDATA_MAX_BYTES_WDDM3_1 || (pddSize > 0 && pdd.address() == 0)) {
            return STATUS_INVALID_PARAMETER;
        }
        if (G3) {
            return STATUS_NOT_SUPPORTED; // G3 creates doorbells with D3DKMTCreateHwQueueForUserModeSubmission
        }
        if (flags != 0 || p.os.gpu.config().placement() == GpuConfig.Placement.SHARED_PAGE) {
            // Secondary VAs, ring resizing and shared-page doorbells (whose in-page offset is only
            // known at connect, which G2 cannot return) are not offered by this OS.
            return STATUS_NOT_SUPPORTED;
        }
        OsObjects.Doorbell[] out = new OsObjects.Doorbell[1];
        int status = createLocked(p, q, ring, control, pdd, pddSize, out);
        if (status != STATUS_SUCCESS) {
            return status;
        }
        OsObjects.Doorbell d = out[0];
        DoorbellVa va = d.va;
        D3DKMT_CREATE_DOORBELL.DoorbellCPUVirtualAddress(args, va.page());
        D3DKMT_CREATE_DOORBELL.DoorbellSecondaryCPUVirtualAddress(args, MemorySegment.NULL);
        D3DKMT_CREATE_DOORBELL.DoorbellStatusCPUVirtualAddress(args, d.statusPage);
        if (Generation.SELECTED.atLeast(Generation.G2)) {
            D3DKMT_CREATE_DOORBELL.HwQueueProgressFenceLastQueuedValueCPUVirtualAddress(args, d.lastQueued);
            D3DKMT_CREATE_DOORBELL.hDoorbell(args, d.handle);
        }
        return STATUS_SUCCESS;
    }

    /** G3 flag bits a UMD may set (DoorbellRequiresSecondaryCpuVA asks for what this OS does not offer). */
    private static final int G3_UMD_FLAGS = 0x1F;

    /**
     * D3DKMTCreateHwQueueForUserModeSubmission (G3): the queue, its doorbell (disconnected), its status
     * page and its progress fence in one call.
     */
    static int createQueueForUms(Process p, MemorySegment raw) {
        if (!G3) {
            return STATUS_NOT_SUPPORTED;
        }
        MemorySegment args = QueueThunks.sized(raw, D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.sizeof());
        if (args == null) {
            return STATUS_INVALID_PARAMETER;
        }
        OsObjects.Context c = p.handles.lookup(D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hHwContext(args),
                HandleType.CONTEXT, OsObjects.Context.class);
        OsObjects.Allocation ring = p.handles.lookup(D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hRingBuffer(args),
                HandleType.ALLOCATION, OsObjects.Allocation.class);
        OsObjects.Allocation control = p.handles.lookup(
                D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hRingBufferControl(args), HandleType.ALLOCATION,
                OsObjects.Allocation.class);
        if (c == null || ring == null || control == null) {
            return STATUS_INVALID_HANDLE;
        }
        int flags = D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS.Value(D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.Flags(args));
        if ((flags & ~(G3_UMD_FLAGS | D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS.DoorbellRequiresSecondaryCpuVA.intMask())) != 0
                || !ring.resident || !control.resident || !ring.gpuVisible || !control.gpuVisible) {
            return STATUS_INVALID_PARAMETER;
        }
        if ((flags & D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS.DoorbellRequiresSecondaryCpuVA.intMask()) != 0) {
            return STATUS_NOT_SUPPORTED;
        }
        // The KMD sees an ordinary user-mode-submission queue with a native progress fence.
        int queueFlags = (flags & 0xF) | D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask()
                | D3DDDI_CREATEHWQUEUEFLAGS.NativeProgressFence.intMask()
                | ((flags & D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS.TestQueue.intMask()) != 0
                        ? D3DDDI_CREATEHWQUEUEFLAGS.TestQueue.intMask() : 0);
        MemorySegment pdd = D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.PrivateDriverData(args);
        OsObjects.Queue[] q = new OsObjects.Queue[1];
        int status = QueueThunks.createLocked(p, c, queueFlags, pdd, (int) pdd.byteSize(), q);
        if (status != STATUS_SUCCESS) {
            return status;
        }
        OsObjects.Doorbell[] d = new OsObjects.Doorbell[1];
        status = createLocked(p, q[0], ring, control, MemorySegment.NULL, 0, d);
        if (status != STATUS_SUCCESS) {
            QueueThunks.destroyLocked(p, q[0]);
            return status;
        }
        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hHwQueue(args, q[0].handle);
        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.DoorbellStatusCpuVa(args, d[0].statusPage);
        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hProgressFence(args, q[0].fence.handle);
        MemorySegment mapping = D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.ProgressFenceMapping(args);
        mapping.fill((byte) 0);
        D3DDDI_NATIVEFENCEMAPPING.CurrentValueCpuVa(mapping, q[0].fence.value);
        D3DDDI_NATIVEFENCEMAPPING.CurrentValueGpuVa(mapping, q[0].fence.gpuVa);
        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.ProgressFenceLastQueuedValueCpuVa(args, d[0].lastQueued);
        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.LogBufferInfo(args).fill((byte) 0); // no native fence logs
        return STATUS_SUCCESS;
    }

    /** Creates the doorbell of {@code q} once the arguments are checked; it goes to {@code out[0]}. */
    static int createLocked(Process p, OsObjects.Queue q, OsObjects.Allocation ring, OsObjects.Allocation control,
            MemorySegment pdd, int pddSize, OsObjects.Doorbell[] out) {
        DoorbellVa va = p.os.gpu.reserveDoorbellVa();
        MemorySegment status = p.os.arena.allocate(PAGE, PAGE);
        MemorySegment lastQueued = p.arena.allocate(PAGE, PAGE);
        OsObjects.Doorbell d = new OsObjects.Doorbell(q, va, status, lastQueued, ring, control, false);
        d.key = G3 ? q.kmdQueueKey : p.os.newKey(); // G3: the KMD knows a doorbell by its queue
        int boundBefore = p.os.gpu.doorbellsBound();
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment ddi = DXGKARG_CREATEDOORBELL.allocate(scratch);
            DXGKARG_CREATEDOORBELL.hHwQueue(ddi, MemorySegment.ofAddress(q.kmdHandle));
            if (!G3) {
                DXGKARG_CREATEDOORBELL.hDoorbell(ddi, MemorySegment.ofAddress(d.key));
            }
            DXGKARG_CREATEDOORBELL.PrivateDriverDataSize(ddi, pddSize);
            DXGKARG_CREATEDOORBELL.PrivateDriverData(ddi, pdd);
            DXGKARG_CREATEDOORBELL.hRingBuffer(ddi, MemorySegment.ofAddress(ring.kmdHandle));
            DXGKARG_CREATEDOORBELL.hRingBufferControl(ddi, MemorySegment.ofAddress(control.kmdHandle));
            DXGKARG_CREATEDOORBELL_FLAGS.Value(DXGKARG_CREATEDOORBELL.Flags(ddi), 0);
            int s = p.kmd().DxgkDdiCreateDoorbell(ddi);
            if (s != STATUS_SUCCESS) {
                va.release();
                return s;
            }
            d.kmdHandle = G3 ? q.kmdHandle : DXGKARG_CREATEDOORBELL.hDoorbell(ddi).address();
        }
        if (p.os.gpu.doorbellsBound() != boundBefore) {
            p.os.violations.report(Rule.R1_LAZY_PHYSICAL_DOORBELL, name(d), "DxgkDdiCreateDoorbell",
                    "a physical doorbell was bound before any connect");
        }
        d.handle = p.handles.allocate(HandleType.DOORBELL, d);
        q.doorbell = d;
        ring.doorbellRefs++;
        control.doorbellRefs++;
        p.os.doorbellsByKey.put(d.key, d);
        p.os.writeStatus(d, D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY); // created disconnected
        out[0] = d;
        return STATUS_SUCCESS;
    }

    /** G2 names the doorbell; G1 and G3 name its queue. */
    private static OsObjects.Doorbell lookup(Process p, int handle) {
        if (Generation.SELECTED != Generation.G2) {
            OsObjects.Queue q = p.handles.lookup(handle, HandleType.HW_QUEUE, OsObjects.Queue.class);
            return q == null ? null : q.doorbell;
        }
        return p.handles.lookup(handle, HandleType.DOORBELL, OsObjects.Doorbell.class);
    }

    private static int handleOf(MemorySegment args, boolean connect) {
        if (Generation.SELECTED != Generation.G2) {
            return connect ? D3DKMT_CONNECT_DOORBELL.hHwQueue(args) : D3DKMT_NOTIFY_WORK_SUBMISSION.hHwQueue(args);
        }
        return connect ? D3DKMT_CONNECT_DOORBELL.hDoorbell(args) : D3DKMT_NOTIFY_WORK_SUBMISSION.hDoorbell(args);
    }

    static int connect(Process p, MemorySegment raw) {
        MemorySegment args = QueueThunks.sized(raw, D3DKMT_CONNECT_DOORBELL.sizeof());
        if (args == null) {
            return STATUS_INVALID_PARAMETER;
        }
        OsObjects.Doorbell d = lookup(p, handleOf(args, true));
        if (d == null) {
            return STATUS_INVALID_HANDLE;
        }
        if (dev.umws.abi.D3DKMT_CONNECT_DOORBELL_FLAGS.Value(D3DKMT_CONNECT_DOORBELL.Flags(args)) != 0) {
            return STATUS_INVALID_PARAMETER;
        }
        p.os.checkStatusPage(d, "D3DKMTConnectDoorbell");
        checkProgress(p, d, "D3DKMTConnectDoorbell");
        if (d.aborted) {
            return dev.umws.abi.ntstatus_h.STATUS_DEVICE_REMOVED; // after TDR: re-create queue, doorbell and rings
        }
        Lifecycle.powerUp(p.os);                          // a connect in D3 brings the device to D0
        p.os.engineInF1[d.queue.context.engine] = false;  // and the engine back to F0
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment ddi = DXGKARG_CONNECTDOORBELL.allocate(scratch);
            if (G3) {
                DXGKARG_CONNECTDOORBELL.hHwQueue(ddi, MemorySegment.ofAddress(d.kmdHandle));
            } else {
                DXGKARG_CONNECTDOORBELL.hDoorbell(ddi, MemorySegment.ofAddress(d.kmdHandle));
            }
            int s = p.kmd().DxgkDdiConnectDoorbell(ddi);
            if (s != STATUS_SUCCESS) {
                return s; // connect fails only when the GPU is lost or stopped
            }
            int status = DXGKARG_CONNECTDOORBELL.Status(ddi);
            if (status != D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED
                    && status != D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED_NOTIFY_KMD) {
                p.os.violations.report(Rule.R3_STATUS_BY_OS_ONLY, name(d), "DxgkDdiConnectDoorbell",
                        "returned Status " + D3DDDI_DOORBELLSTATUS.name(status));
                status = D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED;
            }
            // G2: a kernel CPU VA of the doorbell; G3: its "physical" address, which on this GPU is its BAR address
            int index = p.os.gpu.doorbellIndexAt(G3 ? DXGKARG_CONNECTDOORBELL.PhysicalAddress(ddi)
                    : DXGKARG_CONNECTDOORBELL.KernelCpuVirtualAddress(ddi).address());
            if (index < 0) {
                return STATUS_UNSUCCESSFUL; // the KMD named no doorbell of this GPU
            }
            long before = d.va.page().address();
            d.va.connect(index, false); // the VA first, then the status: CONNECTED means a live doorbell
            d.physical = index;
            d.state = ObjectState.ACTIVE;
            p.os.writeStatus(d, status);
            if (G3) {
                MemorySegment mapping = D3DKMT_CONNECT_DOORBELL.DoorbellMapping(args);
                dev.umws.abi.D3DDDI_DOORBELLMAPPING.CpuVa(mapping, d.va.slot(index, false));
                dev.umws.abi.D3DDDI_DOORBELLMAPPING.SecondaryCpuVa(mapping, MemorySegment.NULL);
            }
            if (d.va.page().address() != before) {
                p.os.violations.report(Rule.R2_STABLE_VAS, name(d), "D3DKMTConnectDoorbell", "the doorbell VA moved");
            }
        }
        return STATUS_SUCCESS;
    }

    /** The OS's part of any disconnect: the status first (with a full fence), then the VA to the dummy page. */
    static void disconnectLocked(Dxgkrnl os, OsObjects.Doorbell d, int reason) {
        os.writeStatus(d, reason);
        if (d.physical >= 0) {
            d.va.disconnect();
            d.physical = -1;
        }
        d.state = ObjectState.STOPPED;
    }

    /** OS-initiated disconnect (suspend, power, destroy): status RETRY, DxgkDdiDisconnectDoorbell, dummy page. */
    static void osDisconnectLocked(Process p, OsObjects.Doorbell d, int reason) {
        p.os.writeStatus(d, reason);
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment ddi = DXGKARG_DISCONNECTDOORBELL.allocate(scratch);
            if (G3) {
                DXGKARG_DISCONNECTDOORBELL.hHwQueue(ddi, MemorySegment.ofAddress(d.kmdHandle));
            } else {
                DXGKARG_DISCONNECTDOORBELL.hDoorbell(ddi, MemorySegment.ofAddress(d.kmdHandle));
            }
            int s = p.kmd().DxgkDdiDisconnectDoorbell(ddi);
            mustSucceed(p, d, "DxgkDdiDisconnectDoorbell", s);
        }
        disconnectLocked(p.os, d, reason);
    }

    static int destroy(Process p, MemorySegment raw) {
        MemorySegment args = QueueThunks.sized(raw, D3DKMT_DESTROY_DOORBELL.sizeof());
        if (args == null) {
            return STATUS_INVALID_PARAMETER;
        }
        if (G3) {
            return STATUS_NOT_SUPPORTED; // G3 creates no doorbell handle: the doorbell goes with its queue
        }
        int handle = Generation.SELECTED == Generation.G1 ? D3DKMT_DESTROY_DOORBELL.hHwQueue(args)
                : D3DKMT_DESTROY_DOORBELL.hDoorbell(args);
        OsObjects.Doorbell d = lookup(p, handle);
        if (d == null) {
            return STATUS_INVALID_HANDLE;
        }
        destroyLocked(p, d);
        return STATUS_SUCCESS;
    }

    static void destroyLocked(Process p, OsObjects.Doorbell d) {
        checkProgress(p, d, "D3DKMTDestroyDoorbell");
        if (d.physical >= 0) {
            osDisconnectLocked(p, d, D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY);
        }
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment ddi = DXGKARG_DESTROYDOORBELL.allocate(scratch);
            if (G3) {
                DXGKARG_DESTROYDOORBELL.hHwQueue(ddi, MemorySegment.ofAddress(d.kmdHandle));
            } else {
                DXGKARG_DESTROYDOORBELL.hDoorbell(ddi, MemorySegment.ofAddress(d.kmdHandle));
            }
            int s = p.kmd().DxgkDdiDestroyDoorbell(ddi);
            mustSucceed(p, d, "DxgkDdiDestroyDoorbell", s);
        }
        d.va.release();
        d.ring.doorbellRefs--;
        d.control.doorbellRefs--;
        p.os.doorbellsByKey.remove(d.key);
        p.handles.free(d.handle);
        d.queue.doorbell = null;
        d.state = ObjectState.DESTROYED;
    }

    static int notify(Process p, MemorySegment raw) {
        MemorySegment args = QueueThunks.sized(raw, D3DKMT_NOTIFY_WORK_SUBMISSION.sizeof());
        if (args == null) {
            return STATUS_INVALID_PARAMETER;
        }
        OsObjects.Doorbell d = lookup(p, handleOf(args, false));
        if (d == null) {
            return STATUS_INVALID_HANDLE;
        }
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment ddi = DXGKARG_NOTIFYWORKSUBMISSION.allocate(scratch);
            DXGKARG_NOTIFYWORKSUBMISSION.hHwQueue(ddi, MemorySegment.ofAddress(d.queue.kmdHandle));
            if (G3) { // in/out: to the KMD and back
                DXGKARG_NOTIFYWORKSUBMISSION.pPrivateDriverData(ddi).copyFrom(D3DKMT_NOTIFY_WORK_SUBMISSION.PrivateDriverData(args));
            }
            int s = p.kmd().DxgkDdiNotifyWorkSubmission(ddi);
            if (G3) {
                D3DKMT_NOTIFY_WORK_SUBMISSION.PrivateDriverData(args).copyFrom(DXGKARG_NOTIFYWORKSUBMISSION.pPrivateDriverData(ddi));
            }
            mustSucceed(p, d, "DxgkDdiNotifyWorkSubmission", s);
        }
        return STATUS_SUCCESS;
    }

    /** Rule 4: these DDIs must return STATUS_SUCCESS. */
    private static void mustSucceed(Process p, OsObjects.Doorbell d, String ddi, int status) {
        if (status != STATUS_SUCCESS) {
            p.os.violations.report(Rule.R4_MUST_SUCCEED, name(d), ddi, "returned " + dev.umws.abi.ntstatus_h.name(status));
        }
    }

    /** Rule 7: progress cannot pass the last-queued value if the UMD wrote it before ringing. */
    static void checkProgress(Process p, OsObjects.Doorbell d, String call) {
        long completed = (long) LONG.getAcquire(d.queue.fence.value, 0L);
        long queued = (long) LONG.getAcquire(d.lastQueued, 0L);
        if (completed > queued) {
            p.os.violations.report(Rule.R7_LAST_QUEUED_BEFORE_RING, name(d), call,
                    "progress fence " + completed + " passed the last-queued value " + queued);
        }
    }
}
