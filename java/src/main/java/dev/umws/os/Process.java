package dev.umws.os;

import dev.umws.gpu.GpuException;
import dev.umws.gpu.VaSpace;
import dev.umws.kmd.Kmd;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import static dev.umws.abi.ntstatus_h.STATUS_DEVICE_REMOVED;
import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_NO_MEMORY;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static dev.umws.abi.ntstatus_h.STATUS_TIMEOUT;

/**
 * An emulated process: its handle table, its GPU VA space, its doorbell status slots and its
 * memory. Its methods are the thunks. Each captures its argument structure into OS memory first
 * (a bad pointer is STATUS_ACCESS_VIOLATION), checks it in the Windows kernel's order, takes the
 * locks Windows takes ({@link Locks}: doorbell thunks are serialised per hardware context, so those
 * of different contexts run at once), acts, and writes its outputs back the same guarded way
 * (docs/conformance.md lists every answer). The D3DKMT thunks of user-mode submission take the real
 * structures in native memory ({@link QueueThunks}, {@link DoorbellThunks}, {@link UmsQueueThunk});
 * devices, contexts and allocations, whose D3DKMT structures the mirror does not carry, take plain
 * arguments. Every bad handle is STATUS_INVALID_PARAMETER, as in Windows; a call on a lost device
 * is STATUS_DEVICE_REMOVED.
 *
 * <p>The process lock guards the handle table, the object lists, the status slots and the GPU VA
 * allocator; it is the innermost OS lock and is never held across a DDI.
 */
public final class Process implements AutoCloseable {
    /** Where the OS places allocations in a process's GPU VA space (bytes). */
    private static final long GPU_VA_BASE = 0x1_0000_0000L;
    private static final long PAGE = 4096;

    final Dxgkrnl os;
    final int instance;
    final HandleTable handles;
    final VaSpace space;
    final Arena arena = Arena.ofShared(); // the GPU's threads touch process memory
    /** The process's whole pages: allocations, fence, last-queued and status pages (demand-zero). */
    final UserPages pages = new UserPages(arena);
    final OsLock.Exclusive lock;
    final List<OsObjects.Device> devices = new ArrayList<>();
    final List<OsObjects.Queue> queues = new ArrayList<>();
    final StatusSlots statusSlots = new StatusSlots(pages);
    private long nextGpuVa = GPU_VA_BASE;
    private volatile boolean closed;
    /** The id native threads are bound to this process by (EntryPoints). */
    final long nativeId;
    /** The KMD's handle of this process (DxgkDdiCreateProcess), and whether the KMD knows it. */
    long kmdHandle;
    boolean kmdCreated;

    Process(Dxgkrnl os, int instance) {
        this.os = os;
        this.instance = instance;
        this.lock = new OsLock.Exclusive("process " + instance);
        this.handles = new HandleTable(instance);
        this.space = os.gpu.createVaSpace();
        this.nativeId = EntryPoints.register(this);
    }

    /**
     * Binds the calling platform thread to this process until the binding is closed: a native UMD
     * that runs on it meanwhile calls the shim's D3DKMT entry points as this process.
     */
    public EntryPoints.Binding bindCurrentThread() {
        return EntryPoints.bind(this);
    }

    Kmd kmd() {
        return os.kmd;
    }

    /** The configuration of the GPU this process runs on (what the caps and placement say). */
    public dev.umws.gpu.GpuConfig gpuConfig() {
        return os.gpu.config();
    }

    /** Reserves GPU VA for {@code bytes} (page-rounded), with a guard page after it. Process lock held. */
    long reserveGpuVa(long bytes) {
        long va = nextGpuVa;
        nextGpuVa += (bytes + PAGE - 1) / PAGE * PAGE + PAGE;
        return va;
    }

    /** The object behind a live handle of this process, or null (the process lock is taken briefly). */
    <T> T lookup(int handle, HandleType type, Class<T> cls) {
        lock.lock();
        try {
            return handles.lookup(handle, type, cls);
        } finally {
            lock.unlock();
        }
    }

    /** {@link #lookup}, or null once the process has ended: what every call on a handle starts with. */
    private <T> T live(int handle, HandleType type, Class<T> cls) {
        return closed ? null : lookup(handle, type, cls);
    }

    /** A new handle for {@code object}, or 0 when the table is full. */
    int allocateHandle(HandleType type, Object object) {
        lock.lock();
        try {
            return handles.allocate(type, object);
        } finally {
            lock.unlock();
        }
    }

    /** A status slot holding {@code initial}; its page is this process's memory. */
    StatusSlots.Slot allocateStatusSlot(int initial) {
        lock.lock();
        try {
            return statusSlots.allocate(initial, page -> os.userMemory.add(page, this));
        } finally {
            lock.unlock();
        }
    }

    void freeStatusSlot(StatusSlots.Slot slot) {
        lock.lock();
        try {
            statusSlots.free(slot);
        } finally {
            lock.unlock();
        }
    }

    void freeHandle(int handle) {
        lock.lock();
        try {
            handles.free(handle);
        } finally {
            lock.unlock();
        }
    }

    /** The status a traced thunk's leave shows when its body threw (a testbed bug). */
    private static final int STATUS_UNSUCCESSFUL_IF_THROWN = 0xC0000001;

    /**
     * A D3DKMT thunk: the experiment's probe sees it enter, the watchdog sees it run; a process
     * that ended answers STATUS_INVALID_PARAMETER (Windows finds no process object). The body
     * captures its arguments and takes its own locks.
     */
    private int thunk(String name, IntSupplier body) {
        os.thunkProbe.entering(this, name);
        if (closed) {
            return STATUS_INVALID_PARAMETER;
        }
        Watchdog.Op op = Watchdog.enter(os, name + " (process " + instance + ")");
        int traced = 0;
        if (dev.umws.trace.Trace.ON) {
            traced = dev.umws.trace.Names.id(name);
            dev.umws.trace.Trace.enter(traced, 0, 0);
        }
        int status = STATUS_UNSUCCESSFUL_IF_THROWN;
        try {
            os.powerUpIfNeeded(name);
            status = body.getAsInt();
            return status;
        } finally {
            if (traced != 0) {
                dev.umws.trace.Trace.leave(traced, 0, status);
            }
            Watchdog.exit(op);
        }
    }

    /** A testbed call: the adapter shared, the process not ended. */
    private int call(IntSupplier body) {
        if (closed) {
            return STATUS_INVALID_PARAMETER;
        }
        try (Locks.Held _ = Locks.adapter(os)) {
            return closed ? STATUS_INVALID_PARAMETER : body.getAsInt();
        }
    }

    /**
     * Destroys a hardware context with its queues (and their doorbells), as destroying its device
     * would; STATUS_INVALID_PARAMETER for a handle that names no live context of this process.
     */
    public int destroyContext(int hContext) {
        OsObjects.Context c = live(hContext, HandleType.CONTEXT, OsObjects.Context.class);
        if (c == null) {
            return STATUS_INVALID_PARAMETER;
        }
        try (Locks.Held _ = Locks.device(os, c.device, true)) {
            if (c.state == ObjectState.DESTROYED) {
                return STATUS_INVALID_PARAMETER;
            }
            destroyLocked(c);
            c.device.contexts.remove(c);
            return STATUS_SUCCESS;
        }
    }

    /** Creates a device; its handle goes to {@code hDevice[0]}. */
    public int createDevice(int[] hDevice) {
        return call(() -> {
            OsObjects.Device d = new OsObjects.Device(this);
            d.handle = allocateHandle(HandleType.DEVICE, d);
            if (d.handle == 0) {
                return STATUS_NO_MEMORY;
            }
            long[] k = new long[1];
            int status = os.kmd.DxgkDdiCreateDevice(new Kmd.DeviceInfo(d.handle, kmdHandle), k);
            if (status != STATUS_SUCCESS) {
                freeHandle(d.handle);
                return status;
            }
            d.kmdHandle = k[0];
            lock.lock();
            try {
                devices.add(d);
            } finally {
                lock.unlock();
            }
            hDevice[0] = d.handle;
            return STATUS_SUCCESS;
        });
    }

    /** Creates a hardware context on {@code engine} (node). */
    public int createContext(int hDevice, int engine, int[] hContext) {
        return createContext(hDevice, engine, MemorySegment.NULL, hContext);
    }

    /** The same, handing the KMD {@code privateData} (the OS's copy). */
    int createContext(int hDevice, int engine, MemorySegment privateData, int[] hContext) {
        OsObjects.Device d = live(hDevice, HandleType.DEVICE, OsObjects.Device.class);
        if (d == null || engine < 0 || engine >= os.adapter.nodeFlags().length) {
            return STATUS_INVALID_PARAMETER;
        }
        try (Locks.Held _ = Locks.device(os, d, true)) {
            if (d.state == ObjectState.DESTROYED) {
                return STATUS_INVALID_PARAMETER;
            }
            if (d.lost) {
                return STATUS_DEVICE_REMOVED;
            }
            long[] k = new long[1];
            int status = os.kmd.DxgkDdiCreateContext(new Kmd.ContextInfo(0, space, engine, d.kmdHandle, privateData), k);
            if (status != STATUS_SUCCESS) {
                return status;
            }
            OsObjects.Context c = new OsObjects.Context(d, engine, k[0]);
            c.handle = allocateHandle(HandleType.CONTEXT, c);
            d.contexts.add(c);
            hContext[0] = c.handle;
            return STATUS_SUCCESS;
        }
    }

    /**
     * Creates a GPU-visible allocation of {@code bytes} (page-rounded), not yet resident; its handle
     * goes to {@code hAllocation[0]}.
     */
    public int createAllocation(int hDevice, long bytes, int[] hAllocation) {
        return createAllocation(hDevice, bytes, true, hAllocation);
    }

    /** As {@link #createAllocation(int, long, int[])}; {@code gpuVisible} false makes CPU-only memory. */
    public int createAllocation(int hDevice, long bytes, boolean gpuVisible, int[] hAllocation) {
        OsObjects.Device d = live(hDevice, HandleType.DEVICE, OsObjects.Device.class);
        if (d == null || bytes <= 0 || bytes > (1L << 32)) {
            return STATUS_INVALID_PARAMETER;
        }
        try (Locks.Held _ = Locks.device(os, d, true)) {
            if (d.state == ObjectState.DESTROYED) {
                return STATUS_INVALID_PARAMETER;
            }
            if (d.lost) {
                return STATUS_DEVICE_REMOVED;
            }
            long size = (bytes + PAGE - 1) / PAGE * PAGE;
            MemorySegment memory = pages.allocate(size);
            lock.lock();
            try {
                OsObjects.Allocation a = new OsObjects.Allocation(d, memory, gpuVisible ? reserveGpuVa(size) : 0);
                a.gpuVisible = gpuVisible;
                a.handle = handles.allocate(HandleType.ALLOCATION, a);
                d.allocations.add(a);
                os.userMemory.add(memory, this);
                hAllocation[0] = a.handle;
            } finally {
                lock.unlock();
            }
            return STATUS_SUCCESS;
        }
    }

    /**
     * Destroys an allocation: the KMD forgets it, the GPU's mapping goes; its memory stays the
     * process's until the process ends. STATUS_INVALID_PARAMETER for an unknown handle or one a
     * doorbell still uses as its ring or ring control.
     */
    public int destroyAllocation(int hAllocation) {
        OsObjects.Allocation a = live(hAllocation, HandleType.ALLOCATION, OsObjects.Allocation.class);
        if (a == null) {
            return STATUS_INVALID_PARAMETER;
        }
        try (Locks.Held _ = Locks.device(os, a.device, true)) {
            if (a.state == ObjectState.DESTROYED || a.doorbellRefs > 0) {
                return STATUS_INVALID_PARAMETER;
            }
            if (a.kmdHandle != 0) {
                os.kmd.DxgkDdiDestroyAllocation(a.kmdHandle);
            }
            if (a.resident && a.gpuVisible) {
                space.unmap(a.gpuVa);
            }
            a.state = ObjectState.DESTROYED;
            a.device.allocations.remove(a);
            freeHandle(a.handle);
            return STATUS_SUCCESS;
        }
    }

    /** The CPU view of an allocation (the UMD writes rings and control through it), or null. */
    public MemorySegment allocationMemory(int hAllocation) {
        OsObjects.Allocation a = lookup(hAllocation, HandleType.ALLOCATION, OsObjects.Allocation.class);
        return a == null ? null : a.memory;
    }

    /** The GPU VA of an allocation, or 0. */
    public long allocationGpuVa(int hAllocation) {
        OsObjects.Allocation a = lookup(hAllocation, HandleType.ALLOCATION, OsObjects.Allocation.class);
        return a == null ? 0 : a.gpuVa;
    }

    /** Makes an allocation resident: maps it into the GPU MMU (what a doorbell's ring needs). */
    public int makeResident(int hAllocation) {
        OsObjects.Allocation a = live(hAllocation, HandleType.ALLOCATION, OsObjects.Allocation.class);
        if (a == null) {
            return STATUS_INVALID_PARAMETER;
        }
        try (Locks.Held _ = Locks.device(os, a.device, true)) {
            if (a.device.state == ObjectState.DESTROYED) {
                return STATUS_INVALID_PARAMETER;
            }
            if (a.device.lost) {
                return STATUS_DEVICE_REMOVED;
            }
            if (a.resident) {
                return STATUS_SUCCESS;
            }
            if (!a.gpuVisible) {
                a.resident = true; // resident in system memory; the GPU never sees it
                return STATUS_SUCCESS;
            }
            try {
                space.map(a.gpuVa, a.memory, true);
            } catch (GpuException e) {
                return STATUS_NO_MEMORY;
            }
            if (a.kmdHandle == 0) {
                long[] k = new long[1];
                int status = os.kmd.DxgkDdiCreateAllocation(
                        new Kmd.AllocationInfo(a.handle, a.gpuVa, a.memory.byteSize(), true), k);
                if (status != STATUS_SUCCESS) {
                    space.unmap(a.gpuVa);
                    return status;
                }
                a.kmdHandle = k[0];
            }
            a.resident = true;
            return STATUS_SUCCESS;
        }
    }

    /** Waits until the progress fence {@code hFence} reaches {@code value}: STATUS_SUCCESS or STATUS_TIMEOUT. */
    public int waitForProgressFence(int hFence, long value, long timeoutNanos) {
        OsObjects.ProgressFence f = lookup(hFence, HandleType.SYNC_OBJECT, OsObjects.ProgressFence.class);
        if (f == null) {
            return STATUS_INVALID_PARAMETER;
        }
        try {
            boolean reached = os.awaitFence(f.value, value, timeoutNanos);
            if (reached && dev.umws.trace.Trace.ON) {
                dev.umws.trace.Trace.event(dev.umws.trace.EventType.WAITER_WOKEN, 0, f.traceId, value,
                        f.value.get(java.lang.foreign.ValueLayout.JAVA_LONG, 0));
            }
            return reached ? STATUS_SUCCESS : STATUS_TIMEOUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return STATUS_TIMEOUT;
        } catch (IllegalStateException e) {
            return STATUS_INVALID_PARAMETER; // the fence went with its queue while this thread waited
        }
    }

    /** D3DKMTQueryAdapterInfo for the caps the KMD answers (DXGKQAITYPE_USERMODESUBMISSION_CAPS). */
    public int queryAdapterInfo(int type, MemorySegment output) {
        if (output == null || output.equals(MemorySegment.NULL)) {
            return STATUS_INVALID_PARAMETER;
        }
        return call(() -> os.kmd.DxgkDdiQueryAdapterInfo(type, output));
    }

    /** Suspends a context: its queues leave the runlist, doorbells stay connected, rings stay resident. */
    public int suspendContext(int hContext) {
        return setSuspended(hContext, true);
    }

    /** Resumes a context: work queued while it was suspended runs now. */
    public int resumeContext(int hContext) {
        return setSuspended(hContext, false);
    }

    private int setSuspended(int hContext, boolean suspended) {
        OsObjects.Context c = live(hContext, HandleType.CONTEXT, OsObjects.Context.class);
        if (c == null) {
            return STATUS_INVALID_PARAMETER;
        }
        try (Locks.Held _ = Locks.context(os, c, false)) {
            if (c.state == ObjectState.DESTROYED) {
                return STATUS_INVALID_PARAMETER;
            }
            int s = suspended ? os.kmd.DxgkDdiSuspendContext(c.kmdHandle) : os.kmd.DxgkDdiResumeContext(c.kmdHandle);
            if (s == STATUS_SUCCESS) {
                c.suspended = suspended;
            }
            return s;
        }
    }

    /** The testbed's umws_open_adapter: an adapter handle (D3DKMT_HANDLE) written at {@code phAdapter}. */
    public int openAdapter(MemorySegment phAdapter) {
        return thunk("umws_open_adapter", () -> DeviceThunks.openAdapter(this, phAdapter));
    }

    /** The testbed's umws_create_allocation (a UMWS_CREATEALLOCATION at {@code args}). */
    public int createAllocation(MemorySegment args) {
        return thunk("umws_create_allocation", () -> DeviceThunks.createAllocation(this, args));
    }

    /** The testbed's umws_close_adapter. */
    public int closeAdapter(int hAdapter) {
        return thunk("umws_close_adapter", () -> DeviceThunks.closeAdapter(this, hAdapter));
    }

    public int D3DKMTCreateDevice(MemorySegment args) {
        return thunk("D3DKMTCreateDevice", () -> DeviceThunks.createDevice(this, args));
    }

    public int D3DKMTDestroyDevice(MemorySegment args) {
        return thunk("D3DKMTDestroyDevice", () -> DeviceThunks.destroyDevice(this, args));
    }

    public int D3DKMTCreateContextVirtual(MemorySegment args) {
        return thunk("D3DKMTCreateContextVirtual", () -> DeviceThunks.createContextVirtual(this, args));
    }

    public int D3DKMTDestroyContext(MemorySegment args) {
        return thunk("D3DKMTDestroyContext", () -> DeviceThunks.destroyContext(this, args));
    }

    /** Blocks without the watchdog's bound: a wait for the GPU is not a stuck thunk. */
    public int D3DKMTWaitForSynchronizationObjectFromCpu(MemorySegment args) {
        os.thunkProbe.entering(this, "D3DKMTWaitForSynchronizationObjectFromCpu");
        return closed ? STATUS_INVALID_PARAMETER : DeviceThunks.waitFromCpu(this, args);
    }

    public int D3DKMTCreateHwQueue(MemorySegment args) {
        return thunk("D3DKMTCreateHwQueue", () -> QueueThunks.create(this, args));
    }

    public int D3DKMTDestroyHwQueue(MemorySegment args) {
        return thunk("D3DKMTDestroyHwQueue", () -> QueueThunks.destroy(this, args));
    }

    public int D3DKMTSubmitCommandToHwQueue(MemorySegment args) {
        return thunk("D3DKMTSubmitCommandToHwQueue", () -> QueueThunks.submit(this, args));
    }

    /** G3: the queue, its doorbell, status slot and progress fence in one call. */
    public int D3DKMTCreateHwQueueForUserModeSubmission(MemorySegment args) {
        return thunk("D3DKMTCreateHwQueueForUserModeSubmission", () -> UmsQueueThunk.create(this, args));
    }

    public int D3DKMTCreateDoorbell(MemorySegment args) {
        return thunk("D3DKMTCreateDoorbell", () -> DoorbellThunks.create(this, args));
    }

    public int D3DKMTConnectDoorbell(MemorySegment args) {
        return thunk("D3DKMTConnectDoorbell", () -> DoorbellThunks.connect(this, args));
    }

    public int D3DKMTDestroyDoorbell(MemorySegment args) {
        return thunk("D3DKMTDestroyDoorbell", () -> DoorbellThunks.destroy(this, args));
    }

    public int D3DKMTNotifyWorkSubmission(MemorySegment args) {
        return thunk("D3DKMTNotifyWorkSubmission", () -> DoorbellThunks.notify(this, args));
    }

    /**
     * A Java UMD's view of a doorbell's status slot, given the address the create call returned
     * (DoorbellStatusCPUVirtualAddress, or G3's DoorbellStatusCpuVa): 8 bytes, read-only, and closed
     * when the doorbell is destroyed, so that a read after destroy throws instead of reading a slot
     * that another doorbell may be using. Null for an address that is no live doorbell's slot of
     * this process. (A native UMD reads the address directly; its writes are found by rule 3.)
     */
    public MemorySegment statusView(MemorySegment statusAddress) {
        lock.lock();
        try {
            for (OsObjects.Queue q : queues) {
                OsObjects.Doorbell d = q.doorbell;
                if (d != null && d.state != ObjectState.DESTROYED && d.status.address() == statusAddress.address()) {
                    return d.status.userView;
                }
            }
            return null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Destroys a device with everything it owns: its queues (and their doorbells), contexts and
     * allocations. The way to recover from a lost device is to destroy it and create another.
     */
    public int destroyDevice(int hDevice) {
        OsObjects.Device d = live(hDevice, HandleType.DEVICE, OsObjects.Device.class);
        if (d == null) {
            return STATUS_INVALID_PARAMETER;
        }
        try (Locks.Held _ = Locks.device(os, d, true)) {
            if (d.state == ObjectState.DESTROYED) {
                return STATUS_INVALID_PARAMETER;
            }
            destroyLocked(d);
            return STATUS_SUCCESS;
        }
    }

    /** A context's queues, then the context, in the kernel's order; its device's lock is held exclusive. */
    private void destroyLocked(OsObjects.Context c) {
        c.lock.lock();
        try {
            for (OsObjects.Queue q : List.copyOf(c.queues)) {
                QueueThunks.destroyLocked(this, q);
            }
            os.kmd.DxgkDdiDestroyContext(c.kmdHandle);
            c.state = ObjectState.DESTROYED;
        } finally {
            c.lock.unlock();
        }
        freeHandle(c.handle);
    }

    /** Destroys a device's objects; its device lock (exclusive) or the adapter's is held. */
    private void destroyLocked(OsObjects.Device d) {
        for (OsObjects.Context c : List.copyOf(d.contexts)) {
            destroyLocked(c);
        }
        for (OsObjects.Allocation a : d.allocations) {
            if (a.kmdHandle != 0) {
                os.kmd.DxgkDdiDestroyAllocation(a.kmdHandle);
            }
            if (a.resident && a.gpuVisible) {
                space.unmap(a.gpuVa);
            }
            freeHandle(a.handle);
        }
        os.kmd.DxgkDdiDestroyDevice(d.kmdHandle);
        lock.lock();
        try {
            handles.free(d.handle);
            devices.remove(d);
        } finally {
            lock.unlock();
        }
        d.state = ObjectState.DESTROYED;
    }

    /**
     * Normal exit: the work already queued completes (up to the TDR timeout), then every doorbell is
     * disconnected and destroyed, every queue destroyed and the memory freed. (The order differs from
     * the documented "disconnect, then wait": this GPU's runlist holds connected queues only.)
     */
    @Override
    public void close() {
        long deadline = System.nanoTime() + os.tdrTimeoutNanos;
        for (OsObjects.Queue q : queuesSnapshot()) {
            OsObjects.Doorbell d = q.doorbell;
            if (d != null && d.lastQueued != null && !q.context.device.lost) {
                long queued = d.lastQueued.get(java.lang.foreign.ValueLayout.JAVA_LONG, 0);
                try {
                    os.awaitFence(q.fence.value, queued, Math.max(0, deadline - System.nanoTime()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (IllegalStateException e) {
                    // destroyed meanwhile by another thread: nothing left to wait for
                }
            }
        }
        end(false);
    }

    /** Abnormal exit: the device is in error; contexts are suspended, doorbells disconnected, all destroyed at once. */
    public void terminate() {
        end(true);
    }

    private List<OsObjects.Queue> queuesSnapshot() {
        lock.lock();
        try {
            return closed ? List.of() : List.copyOf(queues);
        } finally {
            lock.unlock();
        }
    }

    /** Every object of the process goes; the adapter is held exclusive meanwhile. */
    private void end(boolean abnormal) {
        try (Locks.Held _ = Locks.adapterExclusive(os)) {
            if (closed) {
                return;
            }
            closed = true;
            List<OsObjects.Device> all;
            lock.lock();
            try {
                all = List.copyOf(devices);
            } finally {
                lock.unlock();
            }
            if (abnormal) {
                for (OsObjects.Device d : all) {
                    d.state = ObjectState.STOPPED;
                    d.lost = true;
                    for (OsObjects.Context c : d.contexts) {
                        os.kmd.DxgkDdiSuspendContext(c.kmdHandle); // the KMD preempts it
                    }
                }
            }
            for (OsObjects.Device d : all) {
                destroyLocked(d);
            }
            if (kmdCreated) {
                os.kmd.DxgkDdiDestroyProcess(kmdHandle);
            }
            space.close();
            os.forget(this);
            EntryPoints.unregister(nativeId);
        }
        os.userMemory.forget(this);
        arena.close();
    }

    /** True once the process ended. */
    public boolean isClosed() {
        return closed;
    }
}
