package dev.umws.os;

import dev.umws.trace.EventType;
import dev.umws.trace.Trace;
import dev.umws.abi.D3DDDI_DOORBELLSTATUS;
import dev.umws.abi.DXGKARG_CONNECTDOORBELL;
import dev.umws.abi.DXGKARG_CONNECTDOORBELL_FLAGS;
import dev.umws.abi.DXGKARG_CREATEDOORBELL;
import dev.umws.abi.DXGKARG_CREATEDOORBELL_FLAGS;
import dev.umws.abi.DXGKARG_DESTROYDOORBELL;
import dev.umws.abi.DXGKARG_DISCONNECTDOORBELL;
import dev.umws.abi.DXGKARG_NOTIFYWORKSUBMISSION;
import dev.umws.abi.Generation;
import dev.umws.gpu.DoorbellVa;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

import static dev.umws.abi.D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED;
import static dev.umws.abi.D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED_NOTIFY_KMD;
import static dev.umws.abi.D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT;
import static dev.umws.abi.D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static dev.umws.abi.ntstatus_h.STATUS_UNSUCCESSFUL;

/**
 * What the OS does to a doorbell once a thunk's arguments passed their checks
 * ({@link DoorbellThunks}): create, connect, notify, disconnect (by the KMD's callback or by the
 * OS itself) and destroy, each in the order of side effects of the Windows kernel. The doorbell's
 * context lock is held.
 */
final class DoorbellLife {
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    static final boolean G3 = Generation.SELECTED == Generation.G3;
    private static final long PAGE = 4096;

    private DoorbellLife() {
    }

    /**
     * The trace id of the queue whose connect runs on this thread (0: none): a victimization the KMD
     * makes from inside that connect names it the new owner. Set only while tracing.
     */
    private static final ThreadLocal<Integer> CONNECTING = ThreadLocal.withInitial(() -> 0);

    static String name(OsObjects.Doorbell d) {
        return "doorbell of queue " + Dxgkrnl.hex(d.queue.handle);
    }

    /**
     * Creates the doorbell of {@code q} (it goes to {@code out[0]}), in the kernel's order: status
     * slot at DISCONNECTED_RETRY, doorbell VA (and the secondary VA when asked), then
     * DxgkDdiCreateDoorbell with the OS's copy of the private data; on a DDI failure everything is
     * undone and the KMD's status returned as it is.
     *
     * @param ddiFlags the DXGKARG_CREATEDOORBELL.Flags value the KMD is handed
     */
    static int create(Process p, OsObjects.Queue q, OsObjects.Allocation ring, OsObjects.Allocation control,
            MemorySegment pdd, int pddSize, int ddiFlags, boolean secondary, OsObjects.Doorbell[] out) {
        Dxgkrnl os = p.os;
        StatusSlots.Slot slot = p.allocateStatusSlot(D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY);
        DoorbellVa va = os.gpu.reserveDoorbellVa(os.adapter.caps().doorbellPages());
        DoorbellVa second = secondary ? os.gpu.reserveDoorbellVa(os.adapter.caps().secondaryPages()) : null;
        MemorySegment lastQueued = null;
        if (Generation.SELECTED.atLeast(Generation.G2)) {
            lastQueued = p.pages.allocate(PAGE);
            os.userMemory.add(lastQueued, p);
        }
        OsObjects.Doorbell d = new OsObjects.Doorbell(q, va, second, slot, lastQueued, ring, control);
        d.statusValue = D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY;
        d.key = G3 ? q.kmdQueueKey : os.newKey(); // G3: the KMD knows a doorbell by its queue
        long ddisBefore = Ddis.quietEpoch();
        int boundBefore = os.gpu.doorbellsBound();
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
            DXGKARG_CREATEDOORBELL_FLAGS.Value(DXGKARG_CREATEDOORBELL.Flags(ddi), ddiFlags);
            int s = Ddis.call(os, "DxgkDdiCreateDoorbell", name(d), Ddis.Kind.MAY_FAIL,
                    () -> p.kmd().DxgkDdiCreateDoorbell(ddi));
            if (s != STATUS_SUCCESS) {
                // the kernel's destructor: no DDI (the KMD has no handle), ABORT, then free
                slot.writeRelease(D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT);
                p.freeStatusSlot(slot);
                va.release();
                if (second != null) {
                    second.release();
                }
                return s;
            }
            d.kmdHandle = G3 ? q.kmdHandle : DXGKARG_CREATEDOORBELL.hDoorbell(ddi).address();
        }
        // Rule 1 can be judged from the GPU's count only when no other DDI ran meanwhile (a connect
        // elsewhere binds too): this DDI's own entry and exit moved the epoch by two. The count is
        // read before the epoch: a DDI that changed it had moved the epoch first.
        int boundAfter = os.gpu.doorbellsBound();
        if (ddisBefore >= 0 && Ddis.epoch() == ddisBefore + 2 && boundAfter != boundBefore) {
            os.violations.report(Rule.R1_LAZY_PHYSICAL_DOORBELL, name(d), "DxgkDdiCreateDoorbell",
                    "a physical doorbell was bound before any connect");
        }
        if (Generation.SELECTED == Generation.G2) { // G1 and G3 name the doorbell by its queue
            d.handle = p.allocateHandle(HandleType.DOORBELL, d);
        }
        q.doorbell = d;
        ring.doorbellRefs++;
        control.doorbellRefs++;
        os.doorbellsByKey.put(d.key, d);
        out[0] = d;
        return STATUS_SUCCESS;
    }

    /**
     * DxgkDdiConnectDoorbell and what follows it, for a doorbell that is not connected: the VA (and
     * the secondary VA) move onto the physical doorbell the KMD names, then the status is written.
     * A KMD failure is returned as it is and the status stays DISCONNECTED_RETRY.
     *
     * @param mapping G3: the D3DDDI_DOORBELLMAPPING the connect returns; null before G3
     */
    static int connect(Process p, OsObjects.Doorbell d, MemorySegment mapping) {
        Dxgkrnl os = p.os;
        if (Trace.ON && os.engineInF1.get(d.queue.context.engine) != 0) {
            Trace.event(EventType.OS_F_STATE, d.queue.context.engine, 0, 0, 0);
        }
        os.engineInF1.set(d.queue.context.engine, 0); // a connect brings the engine back to F0 (D0: the thunk)
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment ddi = DXGKARG_CONNECTDOORBELL.allocate(scratch);
            if (G3) {
                DXGKARG_CONNECTDOORBELL.hHwQueue(ddi, MemorySegment.ofAddress(d.kmdHandle));
            } else {
                DXGKARG_CONNECTDOORBELL.hDoorbell(ddi, MemorySegment.ofAddress(d.kmdHandle));
            }
            DXGKARG_CONNECTDOORBELL_FLAGS.Value(DXGKARG_CONNECTDOORBELL.Flags(ddi), d.secondaryVa == null ? 0
                    : DXGKARG_CONNECTDOORBELL_FLAGS.RequireSecondaryAddress.intMask());
            int s;
            if (Trace.ON) {
                int ownerBefore = CONNECTING.get();
                CONNECTING.set(d.queue.fence.traceId); // a victimization inside names this queue its new owner
                try {
                    s = Ddis.call(os, "DxgkDdiConnectDoorbell", name(d), Ddis.Kind.MAY_FAIL,
                            () -> p.kmd().DxgkDdiConnectDoorbell(ddi));
                } finally {
                    CONNECTING.set(ownerBefore);
                }
            } else {
                s = Ddis.call(os, "DxgkDdiConnectDoorbell", name(d), Ddis.Kind.MAY_FAIL,
                        () -> p.kmd().DxgkDdiConnectDoorbell(ddi));
            }
            if (s != STATUS_SUCCESS) {
                return s;
            }
            int status = DXGKARG_CONNECTDOORBELL.Status(ddi);
            if (status != D3DDDI_DOORBELLSTATUS_CONNECTED && status != D3DDDI_DOORBELLSTATUS_CONNECTED_NOTIFY_KMD) {
                os.violations.report(Rule.R3_STATUS_BY_OS_ONLY, name(d), "DxgkDdiConnectDoorbell",
                        "returned Status " + D3DDDI_DOORBELLSTATUS.name(status));
                status = D3DDDI_DOORBELLSTATUS_CONNECTED; // Windows writes CONNECTED for anything but NOTIFY_KMD
            }
            long primary = G3 ? DXGKARG_CONNECTDOORBELL.PhysicalAddress(ddi)
                    : DXGKARG_CONNECTDOORBELL.KernelCpuVirtualAddress(ddi).address();
            int index = os.physicalDoorbells.resolve(os, name(d), primary, false);
            int secondIndex = d.secondaryVa == null ? 0 : os.physicalDoorbells.resolve(os, name(d), G3
                    ? DXGKARG_CONNECTDOORBELL.SecondaryPhysicalAddress(ddi)
                    : DXGKARG_CONNECTDOORBELL.SecondaryKernelCpuVirtualAddress(ddi).address(), true);
            if (index < 0 || secondIndex < 0) {
                return STATUS_UNSUCCESSFUL; // the KMD named no doorbell of this device (rule 14 reported)
            }
            long before = d.va.page().address();
            d.va.connect(index, false); // the VA first, then the status: CONNECTED means a live doorbell
            if (Trace.ON) {
                Trace.event(EventType.OS_VA_ROTATED, 0, d.queue.fence.traceId, 0, index);
            }
            if (d.secondaryVa != null) {
                d.secondaryVa.connect(secondIndex, true);
            }
            d.physical = index;
            d.state = ObjectState.ACTIVE;
            os.writeStatus(d, status);
            if (mapping != null) { // G3 says where the doorbell is, at its offset in the page
                dev.umws.abi.D3DDDI_DOORBELLMAPPING.CpuVa(mapping, d.va.slot(index, false));
                dev.umws.abi.D3DDDI_DOORBELLMAPPING.SecondaryCpuVa(mapping,
                        d.secondaryVa == null ? MemorySegment.NULL : d.secondaryVa.slot(secondIndex, true));
            }
            if (d.va.page().address() != before) {
                os.violations.report(Rule.R2_STABLE_VAS, name(d), "D3DKMTConnectDoorbell", "the doorbell VA moved");
            }
        }
        return STATUS_SUCCESS;
    }

    /** DxgkDdiNotifyWorkSubmission; its status reaches the UMD (and rule 4 if it is not success). */
    static int notify(Process p, OsObjects.Doorbell d, MemorySegment g3PrivateData) {
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment ddi = DXGKARG_NOTIFYWORKSUBMISSION.allocate(scratch);
            DXGKARG_NOTIFYWORKSUBMISSION.hHwQueue(ddi, MemorySegment.ofAddress(d.queue.kmdHandle));
            if (g3PrivateData != null) { // in/out: to the KMD and back
                DXGKARG_NOTIFYWORKSUBMISSION.pPrivateDriverData(ddi).copyFrom(g3PrivateData);
            }
            int s = Ddis.call(p.os, "DxgkDdiNotifyWorkSubmission", name(d), Ddis.Kind.MUST_SUCCEED,
                    () -> p.kmd().DxgkDdiNotifyWorkSubmission(ddi));
            if (g3PrivateData != null) {
                g3PrivateData.copyFrom(DXGKARG_NOTIFYWORKSUBMISSION.pPrivateDriverData(ddi));
            }
            return s;
        }
    }

    /**
     * DxgkCbDisconnectDoorbell's work on a connected doorbell: both VAs to the dummy page and the
     * reason written, in the OS's {@link DisconnectOrder}. The KMD started it, so no DDI is called.
     */
    static void disconnectForKmd(Dxgkrnl os, Process p, OsObjects.Doorbell d, int reason) {
        if (reason == D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY) {
            os.victimizations.incrementAndGet();
        }
        if (Trace.ON) {
            Trace.event(EventType.OS_VICTIM, reason, d.queue.fence.traceId, 0, CONNECTING.get());
        }
        if (os.disconnectOrder == DisconnectOrder.STATUS_FIRST) {
            os.writeStatus(d, reason);
            os.disconnectProbe.between(p, d.queue.handle, reason, "status");
            moveToDummy(d);
        } else {
            moveToDummy(d);
            os.disconnectProbe.between(p, d.queue.handle, reason, "va");
            os.writeStatus(d, reason);
        }
        d.state = ObjectState.STOPPED;
    }

    /**
     * An OS-initiated disconnect (F1, D3, TDR): DxgkDdiDisconnectDoorbell, the VAs to the dummy
     * page and the status, in the OS's {@link DisconnectOrder} (the documented order calls the DDI
     * first and writes the status last).
     */
    static void disconnectByOs(Process p, OsObjects.Doorbell d, int reason) {
        Dxgkrnl os = p.os;
        if (os.disconnectOrder == DisconnectOrder.STATUS_FIRST) {
            os.writeStatus(d, reason);
            os.disconnectProbe.between(p, d.queue.handle, reason, "status");
            disconnectDdi(p, d);
            moveToDummy(d);
        } else {
            disconnectDdi(p, d);
            os.disconnectProbe.between(p, d.queue.handle, reason, "ddi");
            moveToDummy(d);
            os.writeStatus(d, reason);
        }
        d.state = ObjectState.STOPPED;
    }

    private static void moveToDummy(OsObjects.Doorbell d) {
        if (d.physical >= 0) {
            d.va.disconnect();
            if (Trace.ON) {
                Trace.event(EventType.OS_VA_ROTATED, 0, d.queue.fence.traceId, 0, EventType.DUMMY_PAGE);
            }
            if (d.secondaryVa != null) {
                d.secondaryVa.disconnect();
            }
            d.physical = -1;
        }
    }

    private static void disconnectDdi(Process p, OsObjects.Doorbell d) {
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment ddi = DXGKARG_DISCONNECTDOORBELL.allocate(scratch);
            if (G3) {
                DXGKARG_DISCONNECTDOORBELL.hHwQueue(ddi, MemorySegment.ofAddress(d.kmdHandle));
            } else {
                DXGKARG_DISCONNECTDOORBELL.hDoorbell(ddi, MemorySegment.ofAddress(d.kmdHandle));
            }
            Ddis.call(p.os, "DxgkDdiDisconnectDoorbell", name(d), Ddis.Kind.MUST_SUCCEED,
                    () -> p.kmd().DxgkDdiDisconnectDoorbell(ddi));
        }
    }

    /**
     * Destroys a doorbell in the kernel's order: DxgkDdiDisconnectDoorbell if the status reads
     * connected, DxgkDdiDestroyDoorbell (their results change nothing), DISCONNECTED_ABORT written,
     * then the status slot freed (the UMD's view of it closes) and the VAs released. The VA is not
     * moved to the dummy page first: until it is released it still maps the physical doorbell.
     */
    static void destroy(Process p, OsObjects.Doorbell d) {
        checkProgress(p, d, "D3DKMTDestroyDoorbell");
        if (d.connected()) {
            disconnectDdi(p, d);
        }
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment ddi = DXGKARG_DESTROYDOORBELL.allocate(scratch);
            if (G3) {
                DXGKARG_DESTROYDOORBELL.hHwQueue(ddi, MemorySegment.ofAddress(d.kmdHandle));
            } else {
                DXGKARG_DESTROYDOORBELL.hDoorbell(ddi, MemorySegment.ofAddress(d.kmdHandle));
            }
            Ddis.call(p.os, "DxgkDdiDestroyDoorbell", name(d), Ddis.Kind.MUST_SUCCEED,
                    () -> p.kmd().DxgkDdiDestroyDoorbell(ddi));
        }
        p.os.writeStatus(d, D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT);
        // gone for every lookup before its slot can be handed to another doorbell
        d.state = ObjectState.DESTROYED;
        d.queue.doorbell = null;
        p.os.doorbellsByKey.remove(d.key);
        if (d.handle != 0) {
            p.freeHandle(d.handle);
        }
        p.freeStatusSlot(d.status);
        d.va.release();
        if (d.secondaryVa != null) {
            d.secondaryVa.release();
        }
        d.physical = -1;
        d.ring.doorbellRefs--;
        d.control.doorbellRefs--;
    }

    /** Rule 7: progress cannot pass the last-queued value if the UMD wrote it before ringing (G2/G3). */
    static void checkProgress(Process p, OsObjects.Doorbell d, String call) {
        if (d.lastQueued == null) {
            return;
        }
        long completed = (long) LONG.getAcquire(d.queue.fence.value, 0L);
        long queued = (long) LONG.getAcquire(d.lastQueued, 0L);
        if (completed > queued) {
            p.os.violations.report(Rule.R7_LAST_QUEUED_BEFORE_RING, name(d), call,
                    "progress fence " + completed + " passed the last-queued value " + queued);
        }
    }
}
