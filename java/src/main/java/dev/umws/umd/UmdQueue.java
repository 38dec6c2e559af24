package dev.umws.umd;

import dev.umws.trace.EventType;
import dev.umws.trace.Trace;
import dev.umws.abi.D3DDDI_CREATEHWQUEUEFLAGS;
import dev.umws.abi.D3DDDI_DOORBELLMAPPING;
import dev.umws.abi.D3DDDI_NATIVEFENCEMAPPING;
import dev.umws.abi.D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION;
import dev.umws.abi.D3DDDI_DOORBELLSTATUS;
import dev.umws.abi.D3DKMT_CONNECT_DOORBELL;
import dev.umws.abi.D3DKMT_CREATEHWQUEUE;
import dev.umws.abi.D3DKMT_CREATE_DOORBELL;
import dev.umws.abi.D3DKMT_DESTROYHWQUEUE;
import dev.umws.abi.D3DKMT_NOTIFY_WORK_SUBMISSION;
import dev.umws.abi.Generation;
import dev.umws.abi.UMWS_GPU_RING_CONTROL;
import dev.umws.gpu.RingWriter;
import dev.umws.os.Process;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.util.function.Consumer;

import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static dev.umws.abi.ntstatus_h.name;

/**
 * A user-mode-submission queue as a UMD drives it, through the thunks only: context, queue with
 * UserModeSubmission, ring and control allocations made resident, a doorbell. {@link #submit}
 * follows the protocol of the reference (§7):
 * <ol>
 *   <li>next fence value N+1;</li>
 *   <li>the commands, ending with a fence write of N+1;</li>
 *   <li>N+1 stored to the last-queued VA (release);</li>
 *   <li>the write pointer published (release);</li>
 *   <li>the doorbell rung (release), then a full fence (the ring must not pass the status load);</li>
 *   <li>the status read (acquire): CONNECTED done; CONNECTED_NOTIFY_KMD → D3DKMTNotifyWorkSubmission
 *       (STATUS_INVALID_PARAMETER from it means a disconnect won the race: ring and read again);
 *       DISCONNECTED_RETRY → D3DKMTConnectDoorbell and ring again; DISCONNECTED_ABORT → device lost.</li>
 * </ol>
 * G1 has no last-queued value (its D3DKMT_CREATE_DOORBELL returns none): step 3 is skipped there.
 * The status is read through the OS's read-only view ({@link Process#statusView}), which closes
 * when the doorbell is destroyed. One thread per queue.
 */
public final class UmdQueue implements AutoCloseable {
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    private static final boolean G3 = Generation.SELECTED == Generation.G3;
    /** Ring space {@link #submit(Consumer)} waits for: its commands, its fence and any tail padding. */
    private static final int SUBMISSION_BYTES = 256;
    private static final int FENCE_BYTES = (int) dev.umws.abi.UMWS_GPU_PACKET_WRITE_FENCE.sizeof();
    private final Process process;
    private final Arena arena = Arena.ofConfined();
    /** The connect and notify thunks' arguments, reused by every call (one thread per queue). */
    private final MemorySegment connectArgs = D3DKMT_CONNECT_DOORBELL.allocate(arena);
    private final MemorySegment notifyArgs = D3DKMT_NOTIFY_WORK_SUBMISSION.allocate(arena);
    private final int hContext;
    private final int hQueue;
    private final int hFence;
    private final int hDoorbell;
    private final long fenceGpuVa;
    private final MemorySegment fence;
    private final MemorySegment status;     // read-only, closed at destroy
    private final MemorySegment statusRaw;  // the address as a native UMD sees it (tests write it)
    private final MemorySegment lastQueued; // null in G1
    private final RingWriter writer;
    /** The recorder's name of this queue, from its progress fence (dev.umws.trace). */
    private final int traceQueue;
    private long lastSubmitted;
    private long reconnects;
    private long notifies;
    private long notifyRaces;

    /**
     * Creates everything a queue needs. G1/G2: context, queue, resident ring and control, doorbell
     * (disconnected until the first ring reads RETRY). G3: one D3DKMTCreateHwQueueForUserModeSubmission,
     * then a connect, which is where G3 returns the doorbell's VA.
     */
    public UmdQueue(Process process, int hDevice, int engine, int ringBytes) {
        this(createContext(process, hDevice, engine), process, hDevice, ringBytes);
    }

    /**
     * A queue in the existing context {@code hContext} of device {@code hDevice} (several queues
     * may share one, as a native UMD's do); otherwise as {@link #UmdQueue(Process, int, int, int)}.
     */
    public static UmdQueue inContext(Process process, int hDevice, int hContext, int ringBytes) {
        return new UmdQueue(hContext, process, hDevice, ringBytes);
    }

    private static int createContext(Process process, int hDevice, int engine) {
        int[] out = new int[1];
        check("createContext", process.createContext(hDevice, engine, out));
        return out[0];
    }

    /** The context first: the public constructor's arguments are all ints after the process. */
    private UmdQueue(int hContext, Process process, int hDevice, int ringBytes) {
        this.process = process;
        int[] out = new int[1];
        this.hContext = hContext;
        check("createAllocation", process.createAllocation(hDevice, ringBytes, out));
        int hRing = out[0];
        check("createAllocation", process.createAllocation(hDevice, UMWS_GPU_RING_CONTROL.sizeof(), out));
        int hControl = out[0];
        check("makeResident", process.makeResident(hRing));
        check("makeResident", process.makeResident(hControl));
        MemorySegment ring = process.allocationMemory(hRing).asSlice(0, Long.highestOneBit(ringBytes));
        MemorySegment control = process.allocationMemory(hControl);
        boolean global = process.gpuConfig().placement() == dev.umws.gpu.GpuConfig.Placement.GLOBAL;

        if (G3) {
            MemorySegment cq = D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.allocate(arena);
            D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hHwContext(cq, hContext);
            D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hRingBuffer(cq, hRing);
            D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hRingBufferControl(cq, hControl);
            check("D3DKMTCreateHwQueueForUserModeSubmission", process.D3DKMTCreateHwQueueForUserModeSubmission(cq));
            hQueue = D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hHwQueue(cq);
            hDoorbell = hQueue;
            hFence = D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.hProgressFence(cq);
            MemorySegment mapping = D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.ProgressFenceMapping(cq);
            fence = D3DDDI_NATIVEFENCEMAPPING.CurrentValueCpuVa(mapping).reinterpret(8);
            fenceGpuVa = D3DDDI_NATIVEFENCEMAPPING.CurrentValueGpuVa(mapping);
            statusRaw = D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.DoorbellStatusCpuVa(cq).reinterpret(8);
            status = process.statusView(statusRaw);
            lastQueued = D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION.ProgressFenceLastQueuedValueCpuVa(cq).reinterpret(8);
            traceQueue = Trace.queueId(fence, false);
            writer = new RingWriter(ring, control, connectForMapping(), global);
            return;
        }
        MemorySegment cq = D3DKMT_CREATEHWQUEUE.allocate(arena);
        D3DKMT_CREATEHWQUEUE.hHwContext(cq, hContext);
        D3DDDI_CREATEHWQUEUEFLAGS.Value(D3DKMT_CREATEHWQUEUE.Flags(cq),
                D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask());
        check("D3DKMTCreateHwQueue", process.D3DKMTCreateHwQueue(cq));
        hQueue = D3DKMT_CREATEHWQUEUE.hHwQueue(cq);
        hFence = D3DKMT_CREATEHWQUEUE.hHwQueueProgressFence(cq);
        fence = D3DKMT_CREATEHWQUEUE.HwQueueProgressFenceCPUVirtualAddress(cq).reinterpret(8);
        fenceGpuVa = D3DKMT_CREATEHWQUEUE.HwQueueProgressFenceGPUVirtualAddress(cq);

        MemorySegment cd = D3DKMT_CREATE_DOORBELL.allocate(arena);
        D3DKMT_CREATE_DOORBELL.hHwQueue(cd, hQueue);
        D3DKMT_CREATE_DOORBELL.hRingBuffer(cd, hRing);
        D3DKMT_CREATE_DOORBELL.hRingBufferControl(cd, hControl);
        check("D3DKMTCreateDoorbell", process.D3DKMTCreateDoorbell(cd));
        hDoorbell = Generation.SELECTED == Generation.G1 ? hQueue : D3DKMT_CREATE_DOORBELL.hDoorbell(cd);
        statusRaw = D3DKMT_CREATE_DOORBELL.DoorbellStatusCPUVirtualAddress(cd).reinterpret(8);
        status = process.statusView(statusRaw);
        lastQueued = Generation.SELECTED == Generation.G1 ? null
                : D3DKMT_CREATE_DOORBELL.HwQueueProgressFenceLastQueuedValueCPUVirtualAddress(cd).reinterpret(8);
        MemorySegment doorbell = D3DKMT_CREATE_DOORBELL.DoorbellCPUVirtualAddress(cd).reinterpret(8);
        traceQueue = Trace.queueId(fence, false);
        writer = new RingWriter(ring, control, doorbell, global);
    }

    private static void check(String call, int status) {
        if (status != STATUS_SUCCESS) {
            throw new IllegalStateException(call + " returned " + name(status));
        }
    }

    /** The queue's handle (D3DKMT_CREATEHWQUEUE.hHwQueue). */
    public int queueHandle() {
        return hQueue;
    }

    /** The hardware context the queue runs in. */
    public int contextHandle() {
        return hContext;
    }

    /** The progress fence's GPU VA (where a WRITE_FENCE packet of this queue writes it). */
    public long fenceGpuVa() {
        return fenceGpuVa;
    }

    /** The progress fence handle (for waits). */
    public int fenceHandle() {
        return hFence;
    }

    public long lastSubmitted() {
        return lastSubmitted;
    }

    /** The fence value the GPU has reached (acquire: pairs with its release store). */
    public long completedAcquire() {
        return (long) LONG.getAcquire(fence, 0L);
    }

    /** Reconnects after DISCONNECTED_RETRY so far. */
    public long reconnects() {
        return reconnects;
    }

    public long notifies() {
        return notifies;
    }

    /** The doorbell status page's low 32 bits (acquire). */
    public int statusAcquire() {
        return (int) (long) LONG.getAcquire(status, 0L);
    }

    /**
     * Submits the commands plus the fence write; returns the fence value that marks their
     * completion. The commands and the fence may take {@value #SUBMISSION_BYTES} bytes of ring in
     * all: longer ones go through {@link #submit(Consumer, int)}.
     */
    public long submit(Consumer<RingWriter> commands) {
        long value = writeCommands(commands, SUBMISSION_BYTES, true);
        ringAndReact();
        return value;
    }

    /**
     * {@link #submit(Consumer)} for commands of up to {@code commandBytes} bytes of packets: waits
     * until they, the fence and any tail padding fit, so that they never overwrite packets the GPU
     * has not read. At most half the ring.
     */
    public long submit(Consumer<RingWriter> commands, int commandBytes) {
        int bytes = commandBytes + FENCE_BYTES;
        if (commandBytes < 0 || bytes > writer.ring().byteSize() / 2) {
            throw new IllegalArgumentException("commands of " + commandBytes + " bytes in a ring of "
                    + writer.ring().byteSize());
        }
        long value = writeCommands(commands, Math.max(bytes, SUBMISSION_BYTES), true);
        ringAndReact();
        return value;
    }

    /** Steps 1-4 of a submission of up to {@value #SUBMISSION_BYTES} bytes. */
    long writeCommands(Consumer<RingWriter> commands, boolean writeLastQueued) {
        return writeCommands(commands, SUBMISSION_BYTES, writeLastQueued);
    }

    /** Steps 1-4: packets, last-queued (unless skipped), write pointer; {@code room}: bytes to wait for. */
    private long writeCommands(Consumer<RingWriter> commands, int room, boolean writeLastQueued) {
        long value = lastSubmitted + 1;
        while (!writer.hasSpace(room)) {
            // Queued work runs only on a connected doorbell: after a victimization, reconnect and
            // ring again, or this wait for space would never end; after a TDR (ABORT) it never runs.
            int s = statusAcquire();
            if (s == D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY) {
                ringAndReact();
            } else if (s == D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT) {
                throw new DeviceLostException("doorbell status DISCONNECTED_ABORT while waiting for ring space");
            }
            Thread.onSpinWait();
        }
        if (commands != null) {
            commands.accept(writer);
        }
        writer.writeFence(fenceGpuVa, value, true);
        if (writeLastQueued && lastQueued != null) {
            LONG.setRelease(lastQueued, 0L, value);
        }
        if (Trace.ON) {
            traceRing(value);
        }
        writer.publishRelease();
        lastSubmitted = value;
        return value;
    }

    /** The ring event (the write pointer about to be published) and the ring's fill, bytes. */
    private void traceRing(long value) {
        long wp = writer.writePointer();
        Trace.event(EventType.UMD_RING, 0, traceQueue, value, wp);
        Trace.event(EventType.COUNTER, EventType.COUNTER_RING_FILL, traceQueue, 0, wp - writer.readPointerAcquire());
    }

    /** Steps 5-6. */
    void ringAndReact() {
        for (;;) {
            if (Trace.ON) {
                Trace.event(EventType.UMD_DOORBELL, 0, traceQueue, lastSubmitted, writer.writePointer());
            }
            writer.ringRelease();
            VarHandle.fullFence(); // StoreLoad: a ring the OS dropped is followed by a status that says so
            int s = statusAcquire();
            if (Trace.ON) {
                Trace.event(EventType.UMD_STATUS, 0, traceQueue, lastSubmitted, s);
            }
            switch (s) {
                case D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED -> {
                    return;
                }
                case D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED_NOTIFY_KMD -> {
                    if (notifyKmd()) {
                        return;
                    }
                    // a disconnect came between the status read and the notify: ring and read again
                }
                case D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY -> {
                    connect();
                    reconnects++;
                }
                default -> throw new DeviceLostException("doorbell status " + D3DDDI_DOORBELLSTATUS.name(s));
            }
        }
    }

    /** D3DKMTConnectDoorbell. */
    public void connect() {
        MemorySegment slot = connectForMapping();
        if (G3) {
            writer.doorbell(slot); // G3 says where the doorbell is at each connect
        }
    }

    /** D3DKMTConnectDoorbell; G3 returns the doorbell's slot (DoorbellMapping.CpuVa), older ones null. */
    private MemorySegment connectForMapping() {
        MemorySegment c = connectArgs.fill((byte) 0); // the OS writes DoorbellMapping back
        if (Generation.SELECTED == Generation.G2) {
            D3DKMT_CONNECT_DOORBELL.hDoorbell(c, hDoorbell);
        } else {
            D3DKMT_CONNECT_DOORBELL.hHwQueue(c, hDoorbell);
        }
        int s = process.D3DKMTConnectDoorbell(c);
        if (s != STATUS_SUCCESS) {
            throw new DeviceLostException("D3DKMTConnectDoorbell returned " + name(s));
        }
        return G3 ? D3DDDI_DOORBELLMAPPING.CpuVa(D3DKMT_CONNECT_DOORBELL.DoorbellMapping(c)).reinterpret(8) : null;
    }

    /**
     * D3DKMTNotifyWorkSubmission: true when the KMD was told. STATUS_INVALID_PARAMETER is the OS
     * saying the status no longer reads CONNECTED_NOTIFY_KMD (false: the caller reads it again);
     * anything else is the KMD's failure and ends the queue.
     */
    private boolean notifyKmd() {
        MemorySegment n = notifyArgs;
        if (Generation.SELECTED == Generation.G2) {
            D3DKMT_NOTIFY_WORK_SUBMISSION.hDoorbell(n, hDoorbell);
        } else {
            D3DKMT_NOTIFY_WORK_SUBMISSION.hHwQueue(n, hDoorbell);
        }
        int s = process.D3DKMTNotifyWorkSubmission(n);
        if (s == dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER) {
            notifyRaces++;
            return false;
        }
        check("D3DKMTNotifyWorkSubmission", s);
        notifies++;
        return true;
    }

    /** Notifies refused because a disconnect came first (the UMD then read its status again). */
    public long notifyRaces() {
        return notifyRaces;
    }

    /** Waits for fence value {@code value}: true when reached within the timeout. */
    public boolean await(long value, long timeoutNanos) {
        return process.waitForProgressFence(hFence, value, timeoutNanos) == STATUS_SUCCESS;
    }

    RingWriter writer() {
        return writer;
    }

    /** Fills a UMWS_CUMD_QUEUE for the C UMD with this queue's memory and state. */
    void describeForC(MemorySegment q) {
        dev.umws.abi.UMWS_CUMD_QUEUE.Ring(q, writer.ring());
        dev.umws.abi.UMWS_CUMD_QUEUE.RingSizeInBytes(q, writer.ring().byteSize());
        dev.umws.abi.UMWS_CUMD_QUEUE.Control(q, writer.control());
        dev.umws.abi.UMWS_CUMD_QUEUE.Doorbell(q, writer.doorbell());
        dev.umws.abi.UMWS_CUMD_QUEUE.Status(q, statusRaw);
        dev.umws.abi.UMWS_CUMD_QUEUE.LastQueued(q, lastQueued == null ? MemorySegment.NULL : lastQueued);
        dev.umws.abi.UMWS_CUMD_QUEUE.ProgressFence(q, fence);
        dev.umws.abi.UMWS_CUMD_QUEUE.ProgressFenceGpuVa(q, fenceGpuVa);
        dev.umws.abi.UMWS_CUMD_QUEUE.hDoorbell(q, hDoorbell);
        dev.umws.abi.UMWS_CUMD_QUEUE.GlobalDoorbell(q, writer.globalDoorbell() ? 1 : 0);
        dev.umws.abi.UMWS_CUMD_QUEUE.LastSubmitted(q, lastSubmitted);
    }

    /** Takes back the state the C UMD left (its write pointer lives in ring control). */
    void adoptFromC(long lastSubmitted, long reconnects, long notifies, long notifyRaces) {
        this.lastSubmitted = lastSubmitted;
        this.reconnects += reconnects;
        this.notifies += notifies;
        this.notifyRaces += notifyRaces;
        writer.resync();
    }

    /** The status address as a native UMD sees it, writable (tests of misbehaving UMDs write it). */
    MemorySegment statusPage() {
        return statusRaw;
    }

    /** The OS's read-only view the UMD reads its status through. */
    MemorySegment statusView() {
        return status;
    }

    /** Destroys the queue (the OS destroys its doorbell with it). */
    @Override
    public void close() {
        MemorySegment d = D3DKMT_DESTROYHWQUEUE.allocate(arena);
        D3DKMT_DESTROYHWQUEUE.hHwQueue(d, hQueue);
        process.D3DKMTDestroyHwQueue(d);
        arena.close();
    }
}
