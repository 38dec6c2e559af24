package dev.umws.kmd;

import dev.umws.abi.D3DDDI_CREATEHWQUEUEFLAGS;
import dev.umws.abi.D3DDDI_DOORBELLSTATUS;
import dev.umws.abi.DXGKARGCB_DISCONNECTDOORBELL;
import dev.umws.abi.DXGKARGCB_NOTIFY_INTERRUPT_DATA;
import dev.umws.abi.DXGKARG_CONNECTDOORBELL;
import dev.umws.abi.DXGKARG_CONNECTDOORBELL_FLAGS;
import dev.umws.abi.DXGKARG_CREATEDOORBELL;
import dev.umws.abi.DXGKARG_CREATEHWQUEUE;
import dev.umws.abi.DXGKARG_DESTROYDOORBELL;
import dev.umws.abi.DXGKARG_DISCONNECTDOORBELL;
import dev.umws.abi.DXGKARG_FLUSHHWQUEUE;
import dev.umws.abi.DXGKARG_NOTIFYWORKSUBMISSION;
import dev.umws.abi.DXGK_NODEMETADATA_FLAGS;
import dev.umws.abi.DXGK_USERMODESUBMISSION_CAPS;
import dev.umws.abi.UMWS_GPU_IRQ_RECORD;
import dev.umws.abi.Generation;
import dev.umws.abi.d3dukmdt_h;
import dev.umws.gpu.Gpu;
import dev.umws.gpu.GpuConfig;
import dev.umws.gpu.GpuException;
import dev.umws.gpu.HwQueue;
import dev.umws.gpu.QueueDesc;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_NOT_IMPLEMENTED;
import static dev.umws.abi.ntstatus_h.STATUS_NOT_SUPPORTED;
import static dev.umws.abi.ntstatus_h.STATUS_NO_MEMORY;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;

/**
 * The reference KMD: implements the doorbell and hardware-queue DDIs on the emulated GPU.
 * Physical doorbells are assigned at connect, never at create; when none is free the least
 * recently used one is taken back through DxgkCbDisconnectDoorbell(DISCONNECTED_RETRY), the
 * victim is kicked and drained, and its doorbell reused only then ({@link DoorbellPool}). One lock
 * guards the driver's state, held only for short steps and never across that callback: the OS
 * takes the victim's context lock there, and a driver that held its own lock across it would
 * deadlock against a connect of that context (as on Windows).
 *
 * <p>It reports what Windows requires at adapter start (every node ContextSchedulingSupported and
 * UserModeSubmission, the six UMS DDIs) and returns from create and connect only the codes the
 * Windows kernel takes without complaint (STATUS_SUCCESS, STATUS_NO_MEMORY, STATUS_NOT_IMPLEMENTED).
 */
public class ReferenceKmd implements Kmd {
    private final Object lock = new Object();
    private final Map<Long, AllocationInfo> allocations = new HashMap<>();
    private final Map<Long, KContext> contexts = new HashMap<>();
    private final Map<Long, KQueue> queues = new HashMap<>();
    private final Map<Long, KDoorbell> doorbells = new HashMap<>();
    private final Map<Integer, KQueue> queuesById = new ConcurrentHashMap<>();
    private long nextHandle = 0x4B4D_0000_0000L; // "KM": KMD handles never look like OS handles
    /** G3 names doorbells by their queue and connects to a physical address. */
    private static final boolean G3 = Generation.SELECTED == Generation.G3;
    private DxgkrnlInterface os;
    private Gpu gpu;
    private DoorbellPool pool;
    private Arena arena;
    private MemorySegment irqRecord;
    private MemorySegment notifyData;

    /** A hardware context: its VA space, engine and whether the OS suspended it. */
    protected static final class KContext {
        final ContextInfo info;
        boolean suspended;
        /** Connects of this context's doorbells in flight: their context lock is held (lock). */
        int connecting;

        KContext(ContextInfo info) {
            this.info = info;
        }
    }

    /** A hardware queue; its GPU queue exists from doorbell creation on (that is when the ring is known). */
    protected static final class KQueue {
        final long handle;
        final long osHandle;
        final KContext context;
        final long progressFenceGpuVa;
        final int id;
        KDoorbell doorbell;

        KQueue(long handle, long osHandle, KContext context, long progressFenceGpuVa, int id) {
            this.handle = handle;
            this.osHandle = osHandle;
            this.context = context;
            this.progressFenceGpuVa = progressFenceGpuVa;
            this.id = id;
        }
    }

    /** A doorbell: its GPU queue, and the physical doorbell while connected (-1 otherwise). */
    protected static final class KDoorbell {
        final long handle;
        final long osHandle;
        final KQueue queue;
        final HwQueue gpuQueue;
        int physical = -1;
        /** Victimizations of this doorbell in progress (lock). */
        int leaving;
        /** Successful connects so far: a victimizer that sees it change lets the doorbell be (lock). */
        long connects;
        boolean destroyed;

        KDoorbell(long handle, long osHandle, KQueue queue, HwQueue gpuQueue) {
            this.handle = handle;
            this.osHandle = osHandle;
            this.queue = queue;
            this.gpuQueue = gpuQueue;
        }
    }

    private long newHandle() {
        return nextHandle += 0x10;
    }

    protected Gpu gpu() {
        return gpu;
    }

    protected DxgkrnlInterface os() {
        return os;
    }

    @Override
    public int DxgkDdiStartDevice(DxgkrnlInterface dxgkrnl) {
        this.os = dxgkrnl;
        this.gpu = dxgkrnl.gpu();
        this.pool = new DoorbellPool(lock, this);
        this.arena = Arena.ofShared(); // the ISR runs on the GPU's interrupt thread
        this.irqRecord = gpu.allocateIrqRecord(); // global scope: popping it costs the ISR no session CAS
        this.notifyData = DXGKARGCB_NOTIFY_INTERRUPT_DATA.allocate(arena);
        return STATUS_SUCCESS;
    }

    @Override
    public void DxgkDdiStopDevice() {
        synchronized (lock) {
            for (KDoorbell d : doorbells.values()) {
                d.gpuQueue.close();
            }
            doorbells.clear();
            queues.clear();
            queuesById.clear();
        }
        arena.close();
    }

    @Override
    public int DxgkDdiQueryAdapterInfo(int type, MemorySegment output) {
        if (type != d3dukmdt_h.DXGKQAITYPE_USERMODESUBMISSION_CAPS
                || output.byteSize() < DXGK_USERMODESUBMISSION_CAPS.sizeof()) {
            return STATUS_NOT_SUPPORTED;
        }
        GpuConfig c = gpu.config();
        output.asSlice(0, DXGK_USERMODESUBMISSION_CAPS.sizeof()).fill((byte) 0);
        MemorySegment flags = DXGK_USERMODESUBMISSION_CAPS.Flags(output);
        DXGK_USERMODESUBMISSION_CAPS.Flags.Value(flags, c.secondaryDoorbells()
                ? DXGK_USERMODESUBMISSION_CAPS.SecondaryDoorbellSupported.intMask() : 0);
        DXGK_USERMODESUBMISSION_CAPS.DoorbellSizeInBytes(output, c.doorbellSizeInBytes());
        DXGK_USERMODESUBMISSION_CAPS.SecondaryDoorbellSizeInBytes(output, c.secondaryDoorbells() ? c.doorbellSizeInBytes() : 0);
        return STATUS_SUCCESS;
    }

    @Override
    public int DxgkDdiGetNodeMetadata(int node, MemorySegment flags) {
        if (node < 0 || node >= gpu.config().engineCount()) {
            return STATUS_INVALID_PARAMETER;
        }
        // Windows refuses a UMS node that does not also schedule contexts itself.
        DXGK_NODEMETADATA_FLAGS.Value(flags, DXGK_NODEMETADATA_FLAGS.ContextSchedulingSupported.intMask()
                | DXGK_NODEMETADATA_FLAGS.UserModeSubmission.intMask());
        return STATUS_SUCCESS;
    }

    @Override
    public int DxgkDdiCreateAllocation(AllocationInfo info, long[] hAllocation) {
        synchronized (lock) {
            long h = newHandle();
            allocations.put(h, info);
            hAllocation[0] = h;
            return STATUS_SUCCESS;
        }
    }

    @Override
    public void DxgkDdiDestroyAllocation(long hAllocation) {
        synchronized (lock) {
            allocations.remove(hAllocation);
        }
    }

    @Override
    public int DxgkDdiCreateContext(ContextInfo info, long[] hContext) {
        if (info.engine() < 0 || info.engine() >= gpu.config().engineCount()) {
            return STATUS_INVALID_PARAMETER;
        }
        synchronized (lock) {
            long h = newHandle();
            contexts.put(h, new KContext(info));
            hContext[0] = h;
            return STATUS_SUCCESS;
        }
    }

    @Override
    public void DxgkDdiDestroyContext(long hContext) {
        synchronized (lock) {
            contexts.remove(hContext);
        }
    }

    @Override
    public int DxgkDdiCreateHwQueue(long hHwContext, MemorySegment args) {
        synchronized (lock) {
            KContext c = contexts.get(hHwContext);
            if (c == null) {
                return STATUS_INVALID_PARAMETER;
            }
            long h = newHandle();
            int id = (int) (h >>> 4);
            KQueue q = new KQueue(h, DXGKARG_CREATEHWQUEUE.hHwQueue(args).address(), c,
                    DXGKARG_CREATEHWQUEUE.HwQueueProgressFenceGPUVirtualAddress(args), id);
            int flags = D3DDDI_CREATEHWQUEUEFLAGS.Value(DXGKARG_CREATEHWQUEUE.Flags(args));
            if ((flags & D3DDDI_CREATEHWQUEUEFLAGS.UserModeSubmission.intMask()) == 0) {
                return STATUS_NOT_SUPPORTED; // this GPU runs user-mode submission queues only
            }
            queues.put(h, q);
            queuesById.put(id, q);
            DXGKARG_CREATEHWQUEUE.hHwQueue(args, MemorySegment.ofAddress(h));
            return STATUS_SUCCESS;
        }
    }

    @Override
    public int DxgkDdiDestroyHwQueue(long hHwQueue) {
        synchronized (lock) {
            KQueue q = queues.remove(hHwQueue);
            if (q == null) {
                return STATUS_INVALID_PARAMETER;
            }
            queuesById.remove(q.id);
            if (q.doorbell != null) {
                destroyLocked(q.doorbell);
            }
            return STATUS_SUCCESS;
        }
    }

    @Override
    public int DxgkDdiCreateDoorbell(MemorySegment args) {
        synchronized (lock) {
            KQueue q = queues.get(DXGKARG_CREATEDOORBELL.hHwQueue(args).address());
            AllocationInfo ring = allocations.get(DXGKARG_CREATEDOORBELL.hRingBuffer(args).address());
            AllocationInfo control = allocations.get(DXGKARG_CREATEDOORBELL.hRingBufferControl(args).address());
            if (q == null || ring == null || control == null || q.doorbell != null) {
                // Not resident (the OS knows no KMD handle for it yet) or not this driver's: the
                // ring cannot be put on the GPU. Windows takes NO_MEMORY from this DDI silently.
                return STATUS_NO_MEMORY;
            }
            if (sharedPageWithoutMapping()) {
                return STATUS_NOT_IMPLEMENTED;
            }
            HwQueue gpuQueue;
            try {
                gpuQueue = gpu.createQueue(q.context.info.space(), new QueueDesc(ring.gpuVa(), ring.sizeInBytes(),
                        control.gpuVa(), q.progressFenceGpuVa, 0, q.context.info.engine(), q.id));
            } catch (GpuException e) {
                return STATUS_NO_MEMORY; // the ring is not a power of two or not mapped on the GPU
            }
            long osHandle = G3 ? q.osHandle : DXGKARG_CREATEDOORBELL.hDoorbell(args).address();
            KDoorbell d = new KDoorbell(newHandle(), osHandle, q, gpuQueue);
            q.doorbell = d;
            doorbells.put(d.handle, d);
            if (!G3) {
                DXGKARG_CREATEDOORBELL.hDoorbell(args, MemorySegment.ofAddress(d.handle));
            }
            return STATUS_SUCCESS;
        }
    }

    @Override
    public int DxgkDdiConnectDoorbell(MemorySegment args) {
        KDoorbell d;
        synchronized (lock) {
            d = G3 ? doorbellOfQueue(DXGKARG_CONNECTDOORBELL.hHwQueue(args).address())
                    : doorbells.get(DXGKARG_CONNECTDOORBELL.hDoorbell(args).address());
            if (d == null) {
                return STATUS_NO_MEMORY; // not a doorbell of this driver: nothing to map
            }
            d.queue.context.connecting++;
        }
        try {
            int slot = pool.acquire(d); // without the KMD's lock: it may victimize another context
            if (slot < 0) {
                return STATUS_NO_MEMORY; // no doorbell to be had
            }
            synchronized (lock) {
                fillConnect(args, slot);
                return STATUS_SUCCESS;
            }
        } finally {
            synchronized (lock) {
                d.queue.context.connecting--;
                lock.notifyAll(); // a connect waiting for a victim may now take one of this context's
            }
        }
    }

    /** The addresses and status of a connected doorbell, on physical slot {@code slot}. */
    private void fillConnect(MemorySegment args, int slot) {
        MemorySegment bar = gpu.bar();
        int index = pool.barIndex(slot);
        long primary = bar.address() + gpu.doorbellOffset(index, false);
        boolean secondary = (DXGKARG_CONNECTDOORBELL_FLAGS.Value(DXGKARG_CONNECTDOORBELL.Flags(args))
                & DXGKARG_CONNECTDOORBELL_FLAGS.RequireSecondaryAddress.intMask()) != 0 && gpu.config().secondaryDoorbells();
        long second = secondary ? bar.address() + gpu.doorbellOffset(index, true) : 0;
        if (G3) {
            // An emulated GPU has no bus addresses: the BAR address stands for the physical one.
            DXGKARG_CONNECTDOORBELL.PhysicalAddress(args, primary);
            DXGKARG_CONNECTDOORBELL.SecondaryPhysicalAddress(args, second);
        } else {
            DXGKARG_CONNECTDOORBELL.KernelCpuVirtualAddress(args, MemorySegment.ofAddress(primary));
            DXGKARG_CONNECTDOORBELL.SecondaryKernelCpuVirtualAddress(args, MemorySegment.ofAddress(second));
        }
        // A firmware that only looks when told needs DxgkDdiNotifyWorkSubmission after each ring.
        DXGKARG_CONNECTDOORBELL.Status(args, gpu.config().detectMode() == GpuConfig.DetectMode.NOTIFY
                ? D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED_NOTIFY_KMD
                : D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED);
    }

    /**
     * After the OS disconnected a victim: makes the firmware run it to its write pointer, so that a
     * ring that landed on the dummy page in the disconnect's window is not stranded. A KMD that
     * leaves this out shows what a UMD experiences then (DisconnectOrderTest). The KMD's lock is held.
     */
    protected void catchStrandedRings(HwQueue victim) {
        if (victim.state() == HwQueue.State.BOUND) {
            victim.kick();
        }
    }

    /**
     * G1 and G2 give the UMD the start of its doorbell's page (the kernel drops the offset in the
     * page) and no other way to learn where its doorbell is; with several doorbells in a page it
     * would ring its neighbour's. So this driver does not offer doorbells of a shared-page GPU there.
     */
    private boolean sharedPageWithoutMapping() {
        return !G3 && gpu.config().placement() == GpuConfig.Placement.SHARED_PAGE;
    }

    /** G3: the doorbell of the queue with KMD handle {@code hHwQueue}, or null (lock held). */
    private KDoorbell doorbellOfQueue(long hHwQueue) {
        KQueue q = queues.get(hHwQueue);
        return q == null ? null : q.doorbell;
    }

    @Override
    public int DxgkDdiDisconnectDoorbell(MemorySegment args) {
        synchronized (lock) {
            KDoorbell d = G3 ? doorbellOfQueue(DXGKARG_DISCONNECTDOORBELL.hHwQueue(args).address())
                    : doorbells.get(DXGKARG_DISCONNECTDOORBELL.hDoorbell(args).address());
            if (d != null) {
                pool.release(d);
            }
            return STATUS_SUCCESS;
        }
    }

    @Override
    public int DxgkDdiDestroyDoorbell(MemorySegment args) {
        synchronized (lock) {
            KDoorbell d = G3 ? doorbellOfQueue(DXGKARG_DESTROYDOORBELL.hHwQueue(args).address())
                    : doorbells.get(DXGKARG_DESTROYDOORBELL.hDoorbell(args).address());
            if (d != null) {
                destroyLocked(d);
            }
            return STATUS_SUCCESS;
        }
    }

    private void destroyLocked(KDoorbell d) {
        pool.release(d);
        d.destroyed = true;
        d.gpuQueue.close();
        d.queue.doorbell = null;
        doorbells.remove(d.handle);
    }

    /**
     * The queue's work leaves the hardware: its GPU queue, if it still has one (the OS destroys the
     * doorbell first, and with it this driver's GPU queue), stops running and lets go.
     */
    @Override
    public int DxgkDdiFlushHwQueue(MemorySegment args) {
        synchronized (lock) {
            KQueue q = queues.get(DXGKARG_FLUSHHWQUEUE.hHwQueue(args).address());
            if (q != null && q.doorbell != null) {
                pool.release(q.doorbell);
            }
            return STATUS_SUCCESS;
        }
    }

    @Override
    public int DxgkDdiNotifyWorkSubmission(MemorySegment args) {
        KQueue q;
        synchronized (lock) {
            q = queues.get(DXGKARG_NOTIFYWORKSUBMISSION.hHwQueue(args).address());
        }
        if (q != null) {
            gpu.notifyEngine(q.context.info.engine());
        }
        return STATUS_SUCCESS;
    }

    @Override
    public int DxgkDdiSuspendContext(long hContext) {
        return setSuspended(hContext, true);
    }

    @Override
    public int DxgkDdiResumeContext(long hContext) {
        return setSuspended(hContext, false);
    }

    private int setSuspended(long hContext, boolean suspended) {
        synchronized (lock) {
            KContext c = contexts.get(hContext);
            if (c == null) {
                return STATUS_INVALID_PARAMETER;
            }
            c.suspended = suspended;
            for (KDoorbell d : doorbells.values()) {
                if (d.queue.context == c) {
                    d.gpuQueue.suspend(suspended);
                }
            }
            return STATUS_SUCCESS;
        }
    }

    @Override
    public int DxgkDdiResetEngine(int node) {
        if (node < 0 || node >= gpu.config().engineCount()) {
            return STATUS_INVALID_PARAMETER;
        }
        gpu.resetEngine(node);
        return STATUS_SUCCESS;
    }

    /** The KMD handle of the queue the GPU calls {@code queueId}, or 0. */
    protected long queueHandleOf(int queueId) {
        KQueue q = queuesById.get(queueId);
        return q == null ? 0 : q.handle;
    }

    @Override
    public boolean DxgkDdiInterruptRoutine(int messageNumber) {
        boolean any = false;
        while (gpu.popIrq(irqRecord)) {
            any = true;
            InterruptData.fill(notifyData, irqRecord, queueHandleOf(UMWS_GPU_IRQ_RECORD.QueueId(irqRecord)));
            os.DxgkCbNotifyInterrupt(notifyData);
        }
        if (any) {
            os.DxgkCbQueueDpc(); // after notifying, before returning
        }
        return any;
    }

    @Override
    public void DxgkDdiDpcRoutine() {
        os.DxgkCbNotifyDpc();
    }
}
