package dev.umws.os;

import dev.umws.trace.EventType;
import dev.umws.trace.Names;
import dev.umws.trace.Trace;
import dev.umws.abi.D3DDDI_DOORBELLSTATUS;
import dev.umws.abi.DXGKARGCB_DISCONNECTDOORBELL;
import dev.umws.abi.DXGKARGCB_NOTIFY_INTERRUPT_DATA;
import dev.umws.abi.DXGK_INTERRUPT_TYPE;
import dev.umws.gpu.Gpu;
import dev.umws.kmd.DxgkrnlInterface;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.umws.abi.ntstatus_h.STATUS_ACCESS_VIOLATION;
import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_POSSIBLE_DEADLOCK;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;

/**
 * The OS side of the KMD's callbacks, and the interrupt routing: the GPU's interrupt thread
 * enters {@link #interrupt}, which marks the ISR context and calls the KMD's ISR. The interrupt
 * path's rules (9a-9d, 10) are checked here, where they can be observed.
 */
final class Callbacks implements DxgkrnlInterface {
    /** The message number the KMD's interrupt is connected with (DXGK_DRIVERCAPS::InterruptMessageNumber). */
    static final int MESSAGE_NUMBER = 0;

    private static final boolean G2 = dev.umws.abi.Generation.SELECTED == dev.umws.abi.Generation.G2;
    private final Dxgkrnl os;
    private volatile Thread isrThread;
    private volatile boolean inIsr;
    private boolean notifiedThisIsr;   // interrupt thread only
    private boolean dpcQueuedThisIsr;  // interrupt thread only
    private int lastTypeThisIsr;       // interrupt thread only
    private long lastSubmissionFenceId;
    private final AtomicInteger notifyDepth = new AtomicInteger();
    final java.util.concurrent.atomic.AtomicLong notified = new java.util.concurrent.atomic.AtomicLong();
    /** DxgkCbNotifyDpc calls from the DPC routine. */
    final java.util.concurrent.atomic.AtomicLong dpcsNotified = new java.util.concurrent.atomic.AtomicLong();

    /** The ISR's copy of DXGKARGCB_NOTIFY_INTERRUPT_DATA (written on the interrupt thread only). */
    private final MemorySegment isrCopy;

    Callbacks(Dxgkrnl os) {
        this.os = os;
        this.isrCopy = os.arena.allocate(DXGKARGCB_NOTIFY_INTERRUPT_DATA.layout());
    }

    @Override
    public Gpu gpu() {
        return os.gpu;
    }

    /** Entered on the GPU's interrupt thread for every assertion of the line. */
    boolean interrupt(int messageNumber) {
        isrThread = Thread.currentThread();
        notifiedThisIsr = false;
        dpcQueuedThisIsr = false;
        lastTypeThisIsr = 0;
        inIsr = true;
        int traced = 0;
        if (Trace.ON) {
            traced = Names.id("DxgkDdiInterruptRoutine");
            Trace.enter(traced, 0, 0);
        }
        boolean claimed = false;
        try {
            claimed = os.kmd.DxgkDdiInterruptRoutine(messageNumber);
            return claimed;
        } finally {
            if (traced != 0) {
                Trace.leave(traced, 0, claimed ? 1 : 0);
            }
            inIsr = false;
            if (notifiedThisIsr && !dpcQueuedThisIsr) {
                os.violations.report(Rule.R9D_DPC_BEFORE_ISR_RETURNS, "ISR", "DxgkDdiInterruptRoutine",
                        "notified an interrupt but returned without DxgkCbQueueDpc");
            }
        }
    }

    /** A native KMD's ISR is connected: the GPU's interrupt thread calls it with no Java before its callbacks. */
    volatile boolean nativeIsr;

    /**
     * After a native ISR that made callbacks (on the interrupt thread): the same check as after a
     * Java ISR, and a fresh state for the next one.
     */
    void nativeIsrReturned(int callbacks) {
        if (notifiedThisIsr && !dpcQueuedThisIsr) {
            os.violations.report(Rule.R9D_DPC_BEFORE_ISR_RETURNS, "ISR", "DxgkDdiInterruptRoutine",
                    "notified an interrupt but returned without DxgkCbQueueDpc");
        }
        notifiedThisIsr = false;
        dpcQueuedThisIsr = false;
        lastTypeThisIsr = 0;
    }

    private boolean inIsrContext() {
        return (inIsr && Thread.currentThread() == isrThread) || (nativeIsr && NativeIsr.active());
    }

    @Override
    public void DxgkCbNotifyInterrupt(MemorySegment pData) {
        if (!inIsrContext()) {
            os.violations.report(Rule.R9A_ISR_CALLBACKS_ONLY, "thread " + Thread.currentThread().getName(),
                    "DxgkCbNotifyInterrupt", "called outside the ISR");
        }
        int depth = notifyDepth.incrementAndGet();
        if (depth != 1) {
            os.violations.report(Rule.R9B_NOT_REENTERED, "ISR", "DxgkCbNotifyInterrupt", "re-entered");
        }
        int traced = 0;
        if (Trace.ON) {
            traced = Names.id("DxgkCbNotifyInterrupt");
            Trace.enter(traced, 0, 0);
        }
        try {
            // Captured like a thunk's argument: into the ISR's own buffer (no allocation at DIRQL),
            // or, when the callback is wrongly re-entered, a fresh one
            MemorySegment data = depth == 1 ? isrCopy : Arena.ofAuto().allocate(isrCopy.byteSize(), 8);
            if (UserMemory.read(pData, data.byteSize(), data) != STATUS_SUCCESS) {
                os.violations.report(Rule.R16_CALLBACK_ARGUMENTS, "KMD", "DxgkCbNotifyInterrupt",
                        "pData " + pData + " cannot be read");
                return;
            }
            int type = DXGKARGCB_NOTIFY_INTERRUPT_DATA.InterruptType(data);
            if (isCrtc(lastTypeThisIsr) && isDma(type)) {
                os.violations.report(Rule.R9C_DMA_BEFORE_CRTC, "ISR", "DxgkCbNotifyInterrupt",
                        DXGK_INTERRUPT_TYPE.name(type) + " after " + DXGK_INTERRUPT_TYPE.name(lastTypeThisIsr));
            }
            lastTypeThisIsr = type;
            notifiedThisIsr = true;
            handle(type, data);
            notified.incrementAndGet();
        } finally {
            if (traced != 0) {
                Trace.leave(traced, 0, 0);
            }
            notifyDepth.decrementAndGet();
        }
    }

    private void handle(int type, MemorySegment data) {
        switch (type) {
            case DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_DMA_COMPLETED -> {
                long id = Integer.toUnsignedLong(DXGKARGCB_NOTIFY_INTERRUPT_DATA.DmaCompleted.SubmissionFenceId(
                        DXGKARGCB_NOTIFY_INTERRUPT_DATA.DmaCompleted(data)));
                if (id < lastSubmissionFenceId) {
                    os.violations.report(Rule.R10_MONOTONIC_FENCE_IDS, "node", "DxgkCbNotifyInterrupt",
                            "SubmissionFenceId " + id + " after " + lastSubmissionFenceId);
                }
                lastSubmissionFenceId = id;
            }
            case DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_HWQUEUE_PAGE_FAULTED -> {
                MemorySegment f = DXGKARGCB_NOTIFY_INTERRUPT_DATA.HwQueuePageFaulted(data);
                OsObjects.Queue q = os.queuesByKmdHandle.get(
                        DXGKARGCB_NOTIFY_INTERRUPT_DATA.HwQueuePageFaulted.FaultedHwQueue(f).address());
                os.recordFault("HWQUEUE_PAGE_FAULTED queue " + (q == null ? "?" : Dxgkrnl.hex(q.handle)) + " va "
                        + Dxgkrnl.hex(DXGKARGCB_NOTIFY_INTERRUPT_DATA.HwQueuePageFaulted.FaultedVirtualAddress(f)));
            }
            case DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_DMA_FAULTED -> os.recordFault(DXGK_INTERRUPT_TYPE.name(type));
            case DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_GPU_ENGINE_TIMEOUT -> {
                int engine = DXGKARGCB_NOTIFY_INTERRUPT_DATA.GpuEngineTimeout.NodeOrdinal(
                        DXGKARGCB_NOTIFY_INTERRUPT_DATA.GpuEngineTimeout(data));
                os.recordFault(DXGK_INTERRUPT_TYPE.name(type));
                if (engine >= 0 && engine < os.engineInF1.length()) { // a node of this adapter
                    os.atPassive(() -> Lifecycle.tdr(os, engine, "GPU_ENGINE_TIMEOUT"));
                }
            }
            case DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_GPU_ENGINE_STATE_CHANGE -> {
                MemorySegment c = DXGKARGCB_NOTIFY_INTERRUPT_DATA.EngineStateChange(data);
                int engine = DXGKARGCB_NOTIFY_INTERRUPT_DATA.EngineStateChange.NodeOrdinal(c);
                int state = DXGKARGCB_NOTIFY_INTERRUPT_DATA.EngineStateChange.NewState(c);
                if (engine >= 0 && engine < os.engineInF1.length()) {
                    os.atPassive(() -> Lifecycle.engineStateChanged(os, engine, state));
                }
            }
            default -> {
                // fence signals: the DPC wakes the waiters
            }
        }
    }

    private static boolean isCrtc(int type) {
        return type == DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_CRTC_VSYNC
                || type == DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_CRTC_VSYNC_WITH_MULTIPLANE_OVERLAY
                || type == DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_CRTC_VSYNC_WITH_MULTIPLANE_OVERLAY2
                || type == DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_CRTC_VSYNC_WITH_MULTIPLANE_OVERLAY3;
    }

    private static boolean isDma(int type) {
        return type == DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_DMA_COMPLETED
                || type == DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_DMA_PREEMPTED
                || type == DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_DMA_FAULTED
                || type == DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_DMA_PAGE_FAULTED;
    }

    @Override
    public boolean DxgkCbQueueDpc() {
        if (!inIsrContext()) {
            os.violations.report(Rule.R9A_ISR_CALLBACKS_ONLY, "thread " + Thread.currentThread().getName(),
                    "DxgkCbQueueDpc", "called outside the ISR");
        }
        dpcQueuedThisIsr = true;
        boolean queued = os.dpc.queue();
        if (Trace.ON) {
            Trace.event(EventType.DPC_QUEUED, 0, 0, 0, queued ? 1 : 0);
        }
        return queued;
    }

    @Override
    public void DxgkCbNotifyDpc() {
        if (!os.dpc.onDpcThread()) {
            os.violations.report(Rule.R9D_DPC_BEFORE_ISR_RETURNS, "thread " + Thread.currentThread().getName(),
                    "DxgkCbNotifyDpc", "called outside the DPC routine");
        } else {
            dpcsNotified.incrementAndGet();
        }
        os.dpc.noteNotifyDpc();
    }

    /**
     * DxgkCbDisconnectDoorbell, as the Windows kernel runs it: the argument is captured; the reason
     * must be DISCONNECTED_RETRY or DISCONNECTED_ABORT (checked first); the queue must be known
     * (Windows trusts hHwQueue and would crash on a wrong one: here it is rule 5 and
     * STATUS_INVALID_PARAMETER); the victim's context lock is taken, re-entrantly for a thread that
     * holds it; a connected doorbell has its VAs moved to the dummy page and the reason written, in
     * the OS's {@link DisconnectOrder}; on a doorbell already disconnected it succeeds and changes
     * nothing. When the watchdog finds the caller deadlocked on the victim's context lock, it breaks
     * the wait and the callback returns STATUS_POSSIBLE_DEADLOCK (a Windows machine would hang).
     */
    @Override
    public int DxgkCbDisconnectDoorbell(MemorySegment pArgs) {
        if (inIsrContext() || os.dpc.onDpcThread()) {
            os.violations.report(Rule.R4_MUST_SUCCEED, "thread " + Thread.currentThread().getName(),
                    "DxgkCbDisconnectDoorbell", "called above PASSIVE_LEVEL");
        }
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment args = DXGKARGCB_DISCONNECTDOORBELL.allocate(scratch);
            if (UserMemory.read(pArgs, args.byteSize(), args) != STATUS_SUCCESS) {
                os.violations.report(Rule.R16_CALLBACK_ARGUMENTS, "KMD", "DxgkCbDisconnectDoorbell",
                        "pArgs " + pArgs + " cannot be read");
                return STATUS_ACCESS_VIOLATION;
            }
            int reason = DXGKARGCB_DISCONNECTDOORBELL.DisconnectReason(args);
            if (reason != D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY
                    && reason != D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT) {
                return STATUS_INVALID_PARAMETER;
            }
            long queueKey = DXGKARGCB_DISCONNECTDOORBELL.hHwQueue(args).address();
            OsObjects.Doorbell d = G2 ? os.doorbellsByKey.get(DXGKARGCB_DISCONNECTDOORBELL.hDoorbell(args).address())
                    : os.doorbellOfQueueKey(queueKey); // G1 and G3 name the queue only
            if (d == null || d.queue.kmdQueueKey != queueKey) {
                return unknownQueue(queueKey, d);
            }
            if (Trace.ON) {
                int traced = Names.id("DxgkCbDisconnectDoorbell");
                Trace.enter(traced, d.queue.fence.traceId, 0);
                int s = 0xC0000001; // STATUS_UNSUCCESSFUL, if the callback threw
                try {
                    s = disconnectDoorbell(d, reason);
                    return s;
                } finally {
                    Trace.leave(traced, d.queue.fence.traceId, s);
                }
            }
            return disconnectDoorbell(d, reason);
        }
    }

    /** The callback's work once its argument is captured and checked: the victim's context lock, then the disconnect. */
    private int disconnectDoorbell(OsObjects.Doorbell d, int reason) {
        Watchdog.Op op = Watchdog.enter(os, "DxgkCbDisconnectDoorbell");
        OsLock.Exclusive victim = d.queue.context.lock;
        Watchdog.breakable(true);
        try {
            victim.lockInterruptibly();
        } catch (InterruptedException e) {
            return STATUS_POSSIBLE_DEADLOCK; // the watchdog broke a deadlock here
        } finally {
            Watchdog.breakable(false);
            Watchdog.exit(op);
        }
        try {
            if (d.state == ObjectState.DESTROYED) {
                return STATUS_INVALID_PARAMETER; // destroyed while this thread waited for its context
            }
            if (d.connected()) {
                DoorbellLife.disconnectForKmd(os, d.queue.context.device.process, d, reason);
            }
            return STATUS_SUCCESS; // a second call on a disconnected doorbell changes nothing
        } finally {
            victim.unlock();
        }
    }

    /**
     * A callback naming no live doorbell: STATUS_INVALID_PARAMETER (rule 5). A key the OS never
     * handed out is the KMD's bug, which would crash Windows (rule 5 is reported); a queue or
     * doorbell that existed and is gone raced the callback with its destruction, which Windows' own
     * design leaves open (the kernel would read the freed queue), so it is answered without a report.
     */
    private int unknownQueue(long queueKey, OsObjects.Doorbell found) {
        if (!os.issued(queueKey) || found != null) {
            os.violations.report(Rule.R5_DISCONNECT_CALLBACK, "queue " + Dxgkrnl.hex(queueKey),
                    "DxgkCbDisconnectDoorbell", found != null ? "hHwQueue and hDoorbell name different queues"
                            : "a queue the OS never gave the KMD (Windows would crash)");
        }
        return STATUS_INVALID_PARAMETER;
    }
}
