package dev.umws.os;

import dev.umws.abi.D3DDDI_DOORBELLSTATUS;
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
                || (flags & ~UMD_FLAGS) != 0 || pddSize < 0
                || pddSize > d3dukmdt_h.D3DDDI_DOORBELL_PRIVATEDATA_MAX_BYTES_WDDM3_1 || (pddSize > 0 && pdd.address() == 0)) {
            return STATUS_INVALID_PARAMETER;
        }
        if (flags != 0 || p.os.gpu.config().placement() == GpuConfig.Placement.SHARED_PAGE) {
            // Secondary VAs, ring resizing and shared-page doorbells (whose in-page offset is only
            // known at connect, which G2 cannot return) are not offered by this OS.
            return STATUS_NOT_SUPPORTED;
        }
        DoorbellVa va = p.os.gpu.reserveDoorbellVa();
        MemorySegment status = p.os.arena.allocate(PAGE, PAGE);
        MemorySegment lastQueued = p.arena.allocate(PAGE, PAGE);
        OsObjects.Doorbell d = new OsObjects.Doorbell(q, va, status, lastQueued, ring, control, false);
        d.key = p.os.newKey();
        int boundBefore = p.os.gpu.doorbellsBound();
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment ddi = DXGKARG_CREATEDOORBELL.allocate(scratch);
            DXGKARG_CREATEDOORBELL.hHwQueue(ddi, MemorySegment.ofAddress(q.kmdHandle));
            DXGKARG_CREATEDOORBELL.hDoorbell(ddi, MemorySegment.ofAddress(d.key));
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
            d.kmdHandle = DXGKARG_CREATEDOORBELL.hDoorbell(ddi).address();
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
        D3DKMT_CREATE_DOORBELL.DoorbellCPUVirtualAddress(args, va.page());
        D3DKMT_CREATE_DOORBELL.DoorbellSecondaryCPUVirtualAddress(args, MemorySegment.NULL);
        D3DKMT_CREATE_DOORBELL.DoorbellStatusCPUVirtualAddress(args, status);
        if (Generation.SELECTED.atLeast(Generation.G2)) {
            D3DKMT_CREATE_DOORBELL.HwQueueProgressFenceLastQueuedValueCPUVirtualAddress(args, lastQueued);
            D3DKMT_CREATE_DOORBELL.hDoorbell(args, d.handle);
        }
        return STATUS_SUCCESS;
    }

    /** G2 names the doorbell; G1 names its queue. */
    private static OsObjects.Doorbell lookup(Process p, int handle) {
        if (Generation.SELECTED == Generation.G1) {
            OsObjects.Queue q = p.handles.lookup(handle, HandleType.HW_QUEUE, OsObjects.Queue.class);
            return q == null ? null : q.doorbell;
        }
        return p.handles.lookup(handle, HandleType.DOORBELL, OsObjects.Doorbell.class);
    }

    private static int handleOf(MemorySegment args, boolean connect) {
        if (Generation.SELECTED == Generation.G1) {
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
            DXGKARG_CONNECTDOORBELL.hDoorbell(ddi, MemorySegment.ofAddress(d.kmdHandle));
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
            int index = p.os.gpu.doorbellIndexAt(DXGKARG_CONNECTDOORBELL.KernelCpuVirtualAddress(ddi).address());
            if (index < 0) {
                return STATUS_UNSUCCESSFUL; // the KMD named no doorbell of this GPU
            }
            long before = d.va.page().address();
            d.va.connect(index, false); // the VA first, then the status: CONNECTED means a live doorbell
            d.physical = index;
            d.state = ObjectState.ACTIVE;
            p.os.writeStatus(d, status);
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
            DXGKARG_DISCONNECTDOORBELL.hDoorbell(ddi, MemorySegment.ofAddress(d.kmdHandle));
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
            DXGKARG_DESTROYDOORBELL.hDoorbell(ddi, MemorySegment.ofAddress(d.kmdHandle));
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
            int s = p.kmd().DxgkDdiNotifyWorkSubmission(ddi);
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
