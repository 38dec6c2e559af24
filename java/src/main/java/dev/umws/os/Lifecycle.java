package dev.umws.os;

import dev.umws.trace.EventType;
import dev.umws.trace.Trace;
import dev.umws.abi.D3DDDI_DOORBELLSTATUS;
import dev.umws.abi.DXGK_ENGINE_STATE;

import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;

/**
 * What the OS does to every doorbell at once: engine F-state changes, device D-states, TDR. Runs at
 * PASSIVE (the OS worker, the TDR watchdog or a caller of {@link Dxgkrnl#setDevicePowerState}) with
 * the adapter held exclusive, so no thunk runs meanwhile; each doorbell is changed under its
 * context's lock, which a KMD's callback from another thread may want too.
 */
final class Lifecycle {
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();

    private Lifecycle() {
    }

    /** Every live doorbell of every process, with its process. */
    record Bell(Process process, OsObjects.Doorbell doorbell) {
    }

    static List<Bell> doorbells(Dxgkrnl os) {
        List<Bell> out = new ArrayList<>();
        for (Process p : os.processes()) {
            p.lock.lock();
            try {
                for (OsObjects.Queue q : p.queues) {
                    OsObjects.Doorbell d = q.doorbell;
                    if (d != null) {
                        out.add(new Bell(p, d));
                    }
                }
            } finally {
                p.lock.unlock();
            }
        }
        return out;
    }

    /** A process's devices now (their contexts change only under the adapter or device lock). */
    private static List<OsObjects.Device> devicesOf(Process p) {
        p.lock.lock();
        try {
            return List.copyOf(p.devices);
        } finally {
            p.lock.unlock();
        }
    }

    /** An OS-initiated disconnect of one doorbell under its context's lock, if it is still connected. */
    private static void disconnect(Bell b, int reason) {
        OsObjects.Context c = b.doorbell.queue.context;
        c.lock.lock();
        try {
            if (b.doorbell.state != ObjectState.DESTROYED && b.doorbell.connected()) {
                DoorbellLife.disconnectByOs(b.process, b.doorbell, reason);
            } else if (b.doorbell.state != ObjectState.DESTROYED
                    && reason == D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT) {
                b.process.os.writeStatus(b.doorbell, reason);
            }
        } finally {
            c.lock.unlock();
        }
    }

    /** GPU_ENGINE_STATE_CHANGE: F1 disconnects every doorbell on the engine (RETRY); HUNG resets it. */
    static void engineStateChanged(Dxgkrnl os, int engine, int newState) {
        if (newState == DXGK_ENGINE_STATE.DXGK_ENGINE_STATE_HUNG) {
            tdr(os, engine, "engine reported HUNG");
            return;
        }
        if (newState != DXGK_ENGINE_STATE.DXGK_ENGINE_STATE_TRANSITION_TO_F1) {
            return;
        }
        for (Bell b : doorbells(os)) {
            if (b.doorbell.queue.context.engine == engine) {
                disconnect(b, D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY);
            }
        }
        checkNothingBound(os, engine, "GPU_ENGINE_STATE_CHANGE(TRANSITION_TO_F1)");
        os.engineInF1.set(engine, 1);
        if (Trace.ON) {
            Trace.event(EventType.OS_F_STATE, engine, 0, 0, 1);
        }
    }

    /**
     * TDR on one engine: the KMD resets it, every doorbell on it reads DISCONNECTED_ABORT, and every
     * device with a context on it is lost: its doorbell thunks answer STATUS_DEVICE_REMOVED and
     * the UMD recovers by destroying its queues and creating a new device.
     */
    static void tdr(Dxgkrnl os, int engine, String why) {
        os.tdrs.add("engine " + engine + ": " + why);
        if (Trace.ON) {
            Trace.event(EventType.OS_TDR, engine, 0, 0, 0);
        }
        int s = os.kmd.DxgkDdiResetEngine(engine);
        if (s != STATUS_SUCCESS) {
            os.recordFault("DxgkDdiResetEngine returned " + dev.umws.abi.ntstatus_h.name(s));
        }
        for (Bell b : doorbells(os)) {
            if (b.doorbell.queue.context.engine == engine) {
                disconnect(b, D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT);
            }
        }
        for (Process p : os.processes()) {
            for (OsObjects.Device d : devicesOf(p)) {
                if (d.contexts.stream().anyMatch(c -> c.engine == engine)) {
                    d.lost = true;
                }
            }
        }
        checkNothingBound(os, engine, "TDR");
    }

    /** Rule 11: after F1 or TDR no queue of the engine may still be bound to a physical doorbell. */
    private static void checkNothingBound(Dxgkrnl os, int engine, String call) {
        int bound = os.gpu.engineBound(engine);
        if (bound != 0) {
            os.violations.report(Rule.R11_FSTATE_AND_TDR, "engine " + engine, call,
                    bound + " queue(s) still bound after every doorbell was disconnected");
        }
    }

    /** D0 → D3: every context suspended, every doorbell disconnected (RETRY). */
    static void enterD3(Dxgkrnl os) {
        if (os.deviceInD3) {
            return;
        }
        for (Process p : os.processes()) {
            for (OsObjects.Device d : devicesOf(p)) {
                for (OsObjects.Context c : d.contexts) {
                    os.kmd.DxgkDdiSuspendContext(c.kmdHandle);
                }
            }
        }
        for (Bell b : doorbells(os)) {
            disconnect(b, D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY);
        }
        os.deviceInD3 = true;
        if (Trace.ON) {
            Trace.event(EventType.OS_D_STATE, 0, 0, 0, 3);
        }
    }

    /** A connect in D3 powers the device up first: contexts resume (unless suspended on their own). */
    static void powerUp(Dxgkrnl os) {
        if (!os.deviceInD3) {
            return;
        }
        os.deviceInD3 = false;
        if (Trace.ON) {
            Trace.event(EventType.OS_D_STATE, 0, 0, 0, 0);
        }
        for (Process p : os.processes()) {
            for (OsObjects.Device d : devicesOf(p)) {
                for (OsObjects.Context c : d.contexts) {
                    if (!c.suspended) {
                        os.kmd.DxgkDdiResumeContext(c.kmdHandle);
                    }
                }
            }
        }
    }

    /** The watchdog's look at one doorbell: a fence stuck below last-queued past the timeout is a hang. */
    static boolean hung(Dxgkrnl os, OsObjects.Doorbell d, long now) {
        if (d.lastQueued == null || d.state == ObjectState.DESTROYED) {
            return false; // G1: no last-queued value, so only the engine's own timeout finds a hang
        }
        long completed;
        long queued;
        try {
            completed = (long) LONG.getAcquire(d.queue.fence.value, 0L);
            queued = (long) LONG.getAcquire(d.lastQueued, 0L);
        } catch (IllegalStateException e) {
            return false; // its process ended while the watchdog looked
        }
        if (completed >= queued || d.queue.context.device.lost || d.physical < 0 || d.queue.context.suspended
                || os.deviceInD3) {
            d.stuckSince = 0;
            return false;
        }
        if (completed != d.lastProgress || d.stuckSince == 0) {
            d.lastProgress = completed;
            d.stuckSince = now;
            return false;
        }
        return now - d.stuckSince > os.tdrTimeoutNanos;
    }
}
