package dev.umws.os;

import dev.umws.trace.EventType;
import dev.umws.trace.Trace;
import dev.umws.gpu.Gpu;
import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.Kmd;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;

/**
 * The emulated OS graphics kernel for one adapter: it owns the GPU, starts the KMD, routes the
 * GPU's interrupt to the KMD's ISR, runs the DPC thread and wakes fence waiters, and creates
 * emulated processes, whose thunks are the UMD's only door.
 *
 * <p><b>Locks</b> as Windows takes them ({@link Locks} writes the order down): the adapter lock,
 * shared by every thunk and exclusive for work on everything at once (power, F1, TDR, a process's
 * end); a lock per device; a lock per hardware context, which serialises the doorbell thunks of its
 * queues and which DxgkCbDisconnectDoorbell takes for its victim; a leaf lock per process. DDIs of
 * different contexts run at once. The {@link Watchdog} turns a thunk, DDI or callback stuck past a
 * bound into a violation, and breaks a deadlock instead of hanging. The ISR and the DPC take no OS
 * lock.
 *
 * <p><b>Status slots</b> are written only here ({@link #writeStatus}), with release and a full fence
 * after. Connect moves the VA first and writes the status second, so CONNECTED always means a live
 * doorbell. A disconnect follows the {@link DisconnectOrder} set here: Windows' (the VA first, the
 * status second: a ring in between lands where no firmware looks while the UMD still reads
 * CONNECTED), or status first.
 *
 * <p><b>What the OS answers</b> follows the documentation where it speaks and the Windows 11 23H2
 * kernel (build 22631) where it is silent; docs/conformance.md lists each answer with its source.
 */
public final class Dxgkrnl implements AutoCloseable {
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();

    final OsLock.ReadWrite adapterLock = new OsLock.ReadWrite("adapter");
    final Watchdog watchdog = new Watchdog(this, 5_000_000_000L);
    /** Which emulated process owns which user memory: a pointer into another's is a fault. */
    final UserRanges userMemory = new UserRanges();
    final Gpu gpu;
    final Kmd kmd;
    final ViolationSink violations;
    final Arena arena = Arena.ofShared();
    final DpcThread dpc;
    final Callbacks callbacks;
    /** Doorbells by the OS handle the KMD knows them by (DXGKARG_CREATEDOORBELL.hDoorbell in). */
    final Map<Long, OsObjects.Doorbell> doorbellsByKey = new ConcurrentHashMap<>();
    /** Queues by the KMD's handle, for fault reports from the ISR. */
    final Map<Long, OsObjects.Queue> queuesByKmdHandle = new ConcurrentHashMap<>();
    /** Queues by the OS handle the KMD knows them by (DXGKARG_CREATEHWQUEUE.hHwQueue in), for the callback. */
    final Map<Long, OsObjects.Queue> queuesByKey = new ConcurrentHashMap<>();
    /** The node metadata and UMS caps read at start. */
    AdapterStart.Adapter adapter;
    PhysicalDoorbells physicalDoorbells;
    volatile DisconnectOrder disconnectOrder = DisconnectOrder.WINDOWS;
    volatile DisconnectProbe disconnectProbe = DisconnectProbe.NONE;
    volatile ThunkProbe thunkProbe = ThunkProbe.NONE;
    private final AtomicLong nextKey = new AtomicLong(FIRST_KEY);
    private final AtomicInteger nextInstance = new AtomicInteger(1);
    private final List<Process> processes = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Object fenceSignal = new Object();
    private final List<String> faults = java.util.Collections.synchronizedList(new ArrayList<>());
    final List<String> tdrs = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Engines the KMD reported in F1 (1) until a connect brings them back to F0. */
    final java.util.concurrent.atomic.AtomicIntegerArray engineInF1;
    volatile boolean deviceInD3;
    volatile long tdrTimeoutNanos = 2_000_000_000L; // the Windows default TdrDelay, 2 s
    /** PASSIVE work asked for from the ISR (F-state changes, TDR) and the TDR watchdog. */
    private final java.util.concurrent.ScheduledExecutorService worker =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform()
                    .name("umws-os-worker").daemon().unstarted(r));

    private Dxgkrnl(GpuConfig config, Kmd kmd, ViolationSink violations) {
        this.gpu = Gpu.create(config);
        this.kmd = kmd;
        this.violations = violations;
        this.dpc = new DpcThread(kmd, this::afterDpc);
        this.callbacks = new Callbacks(this);
        this.engineInF1 = new java.util.concurrent.atomic.AtomicIntegerArray(config.engineCount());
    }

    /**
     * Starts an adapter: the GPU, the KMD (DxgkDdiStartDevice), the node metadata and UMS caps
     * (refused with {@link AdapterRefusedException} where Windows would refuse the driver), the DPC
     * thread and the interrupt routing.
     */
    public static Dxgkrnl start(GpuConfig config, Kmd kmd, ViolationSink violations) {
        Dxgkrnl os = new Dxgkrnl(config, kmd, violations);
        int status = kmd.DxgkDdiStartDevice(os.callbacks);
        if (status != STATUS_SUCCESS) {
            os.gpu.close();
            throw new IllegalStateException("DxgkDdiStartDevice returned " + dev.umws.abi.ntstatus_h.name(status));
        }
        try {
            os.adapter = AdapterStart.query(kmd, config.engineCount(), violations);
        } catch (AdapterRefusedException e) {
            kmd.DxgkDdiStopDevice();
            os.worker.shutdownNow();
            os.gpu.close();
            os.arena.close();
            throw e;
        }
        os.physicalDoorbells = new PhysicalDoorbells(os.gpu);
        os.dpc.start();
        if (kmd.connectNativeInterrupt(Callbacks.MESSAGE_NUMBER, os.callbacks::nativeIsrReturned)) {
            os.callbacks.nativeIsr = true; // the interrupt thread calls the driver's own ISR
        } else {
            os.gpu.setIsr(os.callbacks::interrupt, Callbacks.MESSAGE_NUMBER);
        }
        os.worker.scheduleWithFixedDelay(os::tdrWatchdog, 20, 20, java.util.concurrent.TimeUnit.MILLISECONDS);
        os.watchdog.start();
        return os;
    }

    public Gpu gpu() {
        return gpu;
    }

    /**
     * A new emulated process with its own handle table and GPU VA space, made known to the KMD
     * (DxgkDdiCreateProcess; IllegalStateException when it refuses).
     */
    public Process createProcess() {
        Process p = new Process(this, nextInstance.getAndIncrement());
        processes.add(p);
        long[] k = new long[1];
        int status = kmd.DxgkDdiCreateProcess(new Kmd.ProcessInfo(p.instance, p.space), k);
        if (status != STATUS_SUCCESS) {
            p.close();
            throw new IllegalStateException("DxgkDdiCreateProcess returned " + dev.umws.abi.ntstatus_h.name(status));
        }
        p.kmdHandle = k[0];
        p.kmdCreated = true;
        return p;
    }

    void forget(Process p) {
        processes.remove(p);
    }

    List<Process> processes() {
        return List.copyOf(processes);
    }

    /** Runs PASSIVE work on the OS worker (asked for from DIRQL), with the adapter held exclusive. */
    void atPassive(Runnable work) {
        worker.execute(() -> {
            try (Locks.Held _ = Locks.adapterExclusive(this)) {
                work.run();
            }
        });
    }

    /** The order of the OS's stores when a doorbell is disconnected; {@link DisconnectOrder#WINDOWS} by default. */
    public void setDisconnectOrder(DisconnectOrder order) {
        disconnectOrder = java.util.Objects.requireNonNull(order);
    }

    public DisconnectOrder disconnectOrder() {
        return disconnectOrder;
    }

    /** Runs {@code probe} inside every disconnect, between its two stores (null: none). */
    public void setDisconnectProbe(DisconnectProbe probe) {
        disconnectProbe = probe == null ? DisconnectProbe.NONE : probe;
    }

    /** Runs {@code probe} as every D3DKMT thunk is entered (null: none). */
    public void setThunkProbe(ThunkProbe probe) {
        thunkProbe = probe == null ? ThunkProbe.NONE : probe;
    }

    /**
     * How long a thunk, DDI or callback may run before the watchdog reports it as stuck (rule 15)
     * and, when it finds a deadlock, breaks it (default 5 s).
     */
    public void setStuckBound(java.time.Duration bound) {
        watchdog.setBound(bound.toNanos());
    }

    /** How long a progress fence may sit below its last-queued value before TDR (default 2 s). */
    public void setTdrTimeout(java.time.Duration timeout) {
        tdrTimeoutNanos = timeout.toNanos();
    }

    /** TDRs so far, oldest first ("engine 0: ..."). */
    public List<String> tdrs() {
        synchronized (tdrs) {
            return List.copyOf(tdrs);
        }
    }

    /** Device power: D3 suspends every context and disconnects every doorbell; a connect powers it up. */
    public void setDevicePowerState(int dState) {
        if (dState != 0 && dState != 3) {
            throw new IllegalArgumentException("D" + dState + " is not emulated (D0 or D3)");
        }
        try (Locks.Held _ = Locks.adapterExclusive(this)) {
            if (dState == 3) {
                Lifecycle.enterD3(this);
            } else {
                Lifecycle.powerUp(this);
            }
        }
    }

    public boolean deviceInD3() {
        return deviceInD3;
    }

    /** A connect in D3 brings the device to D0 first, with the adapter held exclusive. */
    void powerUpIfNeeded(String thunk) {
        if (deviceInD3 && thunk.equals("D3DKMTConnectDoorbell")) {
            try (Locks.Held _ = Locks.adapterExclusive(this)) {
                Lifecycle.powerUp(this);
            }
        }
    }

    /** Every 20 ms: a progress fence stuck below its last-queued value past the TDR timeout is a TDR. */
    private void tdrWatchdog() {
        try {
            long now = System.nanoTime();
            for (Lifecycle.Bell b : Lifecycle.doorbells(this)) {
                if (Lifecycle.hung(this, b.doorbell(), now)) {
                    try (Locks.Held _ = Locks.adapterExclusive(this)) {
                        Lifecycle.tdr(this, b.doorbell().queue.context.engine,
                                "progress fence stuck below last-queued for " + tdrTimeoutNanos / 1_000_000 + " ms");
                    }
                }
            }
        } catch (RuntimeException e) {
            recordFault("watchdog: " + e);
        }
    }

    private static final long FIRST_KEY = 0x0500_0000L;

    long newKey() {
        return nextKey.addAndGet(0x10);
    }

    /** Whether {@code key} is one this OS handed to the KMD (a queue's or a doorbell's), alive or not. */
    boolean issued(long key) {
        return key > FIRST_KEY && key <= nextKey.get() && (key - FIRST_KEY) % 0x10 == 0;
    }

    /**
     * Writes a doorbell's status: the 64-bit slot (status in the low 32 bits), release; a full fence
     * follows, so that what the OS does next (a VA move, a DDI) cannot overtake it.
     */
    void writeStatus(OsObjects.Doorbell d, int status) {
        if (Trace.ON) {
            Trace.event(EventType.OS_STATUS, 0, d.queue.fence.traceId, 0, status);
        }
        d.statusValue = status;
        d.status.writeRelease(status);
        VarHandle.fullFence();
    }

    /** Reports a status slot someone other than the OS wrote (rule 3), on the OS's next look, and repairs it. */
    void checkStatusPage(OsObjects.Doorbell d, String call) {
        long seen = d.status.readAcquire();
        if (seen != Integer.toUnsignedLong(d.statusValue)) {
            violations.report(Rule.R3_STATUS_BY_OS_ONLY, DoorbellLife.name(d), call,
                    "status slot holds " + seen + ", the OS wrote " + d.statusValue);
            d.status.writeRelease(d.statusValue);
        }
    }

    /** The doorbell of the queue the KMD knows by {@code queueKey}, or null. */
    OsObjects.Doorbell doorbellOfQueueKey(long queueKey) {
        OsObjects.Queue q = queuesByKey.get(queueKey);
        return q == null ? null : q.doorbell;
    }

    void recordFault(String fault) {
        faults.add(fault);
    }

    /** Doorbells the KMD took back through DxgkCbDisconnectDoorbell(DISCONNECTED_RETRY) while connected. */
    public long victimizations() {
        return victimizations.get();
    }

    final java.util.concurrent.atomic.AtomicLong victimizations = new java.util.concurrent.atomic.AtomicLong();

    /** Interrupts the KMD reported through DxgkCbNotifyInterrupt so far. */
    public long interruptsNotified() {
        return callbacks.notified.get();
    }

    /** DPC routines that called DxgkCbNotifyDpc so far (what wakes fence waiters after an interrupt). */
    public long dpcsNotified() {
        return callbacks.dpcsNotified.get();
    }

    /**
     * Whether the GPU's interrupt thread calls the KMD's own DxgkDdiInterruptRoutine directly (a
     * native KMD, {@link Kmd#connectNativeInterrupt}), rather than the OS's Java routing.
     */
    public boolean nativeIsr() {
        return callbacks.nativeIsr;
    }

    /** Faults the KMD reported through DxgkCbNotifyInterrupt, oldest first. */
    public List<String> faults() {
        synchronized (faults) {
            return List.copyOf(faults);
        }
    }

    private void afterDpc() {
        synchronized (fenceSignal) {
            fenceSignal.notifyAll();
        }
    }

    /** Blocks until fence >= value (acquire) or timeout; woken by each DPC. */
    boolean awaitFence(MemorySegment fence, long value, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        synchronized (fenceSignal) {
            while ((long) LONG.getAcquire(fence, 0L) < value) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                // 1 ms cap: a fence written without an interrupt is still seen soon
                fenceSignal.wait(Math.max(1, Math.min(left / 1_000_000, 1)));
            }
            return true;
        }
    }

    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    /** Ends every process, stops the DPC thread and the KMD, and closes the GPU. */
    @Override
    public void close() {
        for (Process p : List.copyOf(processes)) {
            p.close();
        }
        worker.shutdownNow();
        watchdog.close();
        gpu.setIsr(null, 0);
        dpc.stop();
        kmd.DxgkDdiStopDevice();
        gpu.close();
        arena.close();
    }
}
