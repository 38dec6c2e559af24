package dev.umws.os;

import dev.umws.gpu.GpuException;
import dev.umws.gpu.VaSpace;
import dev.umws.kmd.Kmd;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

import static dev.umws.abi.ntstatus_h.STATUS_DEVICE_REMOVED;
import static dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER;
import static dev.umws.abi.ntstatus_h.STATUS_NO_MEMORY;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static dev.umws.abi.ntstatus_h.STATUS_TIMEOUT;

/**
 * An emulated process: its handle table, its GPU VA space, its doorbell status slots and its
 * memory. Its methods are the thunks; each takes the adapter lock, checks its arguments in the
 * Windows kernel's order before it changes anything, and returns the NTSTATUS Windows would
 * (docs/conformance.md). The D3DKMT thunks of user-mode submission take the real structures in
 * native memory ({@link QueueThunks}, {@link DoorbellThunks}, {@link UmsQueueThunk}); devices,
 * contexts and allocations, whose D3DKMT structures the mirror does not carry, take plain
 * arguments. Every bad handle is STATUS_INVALID_PARAMETER, as in Windows; a call on a lost device
 * is STATUS_DEVICE_REMOVED.
 */
public final class Process implements AutoCloseable {
    /** Where the OS places allocations in a process's GPU VA space (bytes). */
    private static final long GPU_VA_BASE = 0x1_0000_0000L;
    private static final long PAGE = 4096;

    final Dxgkrnl os;
    final HandleTable handles;
    final VaSpace space;
    final Arena arena = Arena.ofShared(); // the GPU's threads touch process memory
    final List<OsObjects.Device> devices = new ArrayList<>();
    final List<OsObjects.Queue> queues = new ArrayList<>();
    final StatusSlots statusSlots = new StatusSlots(arena);
    private long nextGpuVa = GPU_VA_BASE;
    private boolean closed;

    Process(Dxgkrnl os, int instance) {
        this.os = os;
        this.handles = new HandleTable(instance);
        this.space = os.gpu.createVaSpace();
    }

    Kmd kmd() {
        return os.kmd;
    }

    /** The configuration of the GPU this process runs on (what the caps and placement say). */
    public dev.umws.gpu.GpuConfig gpuConfig() {
        return os.gpu.config();
    }

    /** Reserves GPU VA for {@code bytes} (page-rounded), with a guard page after it. */
    long reserveGpuVa(long bytes) {
        long va = nextGpuVa;
        nextGpuVa += (bytes + PAGE - 1) / PAGE * PAGE + PAGE;
        return va;
    }

    /** A D3DKMT thunk: the experiment's probe sees it enter, then it runs as {@link #locked} does. */
    private int thunk(String name, java.util.function.IntSupplier thunk) {
        os.thunkProbe.entering(this, name);
        return locked(thunk);
    }

    /** Runs a thunk under the adapter lock; a process that ended answers STATUS_INVALID_PARAMETER. */
    int locked(java.util.function.IntSupplier thunk) {
        os.lock.lock();
        try {
            return closed ? STATUS_INVALID_PARAMETER : thunk.getAsInt();
        } finally {
            os.lock.unlock();
        }
    }

    /** Creates a device; its handle goes to {@code hDevice[0]}. */
    public int createDevice(int[] hDevice) {
        return locked(() -> {
            OsObjects.Device d = new OsObjects.Device(this);
            d.handle = handles.allocate(HandleType.DEVICE, d);
            if (d.handle == 0) {
                return STATUS_NO_MEMORY;
            }
            devices.add(d);
            hDevice[0] = d.handle;
            return STATUS_SUCCESS;
        });
    }

    /** Creates a hardware context on {@code engine} (node). */
    public int createContext(int hDevice, int engine, int[] hContext) {
        return locked(() -> {
            OsObjects.Device d = handles.lookup(hDevice, HandleType.DEVICE, OsObjects.Device.class);
            if (d == null || engine < 0 || engine >= os.adapter.nodeFlags().length) {
                return STATUS_INVALID_PARAMETER;
            }
            if (d.lost) {
                return STATUS_DEVICE_REMOVED;
            }
            long[] k = new long[1];
            int status = os.kmd.DxgkDdiCreateContext(new Kmd.ContextInfo(0, space, engine), k);
            if (status != STATUS_SUCCESS) {
                return status;
            }
            OsObjects.Context c = new OsObjects.Context(d, engine, k[0]);
            c.handle = handles.allocate(HandleType.CONTEXT, c);
            d.contexts.add(c);
            hContext[0] = c.handle;
            return STATUS_SUCCESS;
        });
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
        return locked(() -> {
            OsObjects.Device d = handles.lookup(hDevice, HandleType.DEVICE, OsObjects.Device.class);
            if (d == null || bytes <= 0 || bytes > (1L << 32)) {
                return STATUS_INVALID_PARAMETER;
            }
            if (d.lost) {
                return STATUS_DEVICE_REMOVED;
            }
            long size = (bytes + PAGE - 1) / PAGE * PAGE;
            MemorySegment memory = arena.allocate(size, PAGE);
            OsObjects.Allocation a = new OsObjects.Allocation(d, memory, gpuVisible ? reserveGpuVa(size) : 0);
            a.gpuVisible = gpuVisible;
            a.handle = handles.allocate(HandleType.ALLOCATION, a);
            d.allocations.add(a);
            hAllocation[0] = a.handle;
            return STATUS_SUCCESS;
        });
    }

    /** The CPU view of an allocation (the UMD writes rings and control through it), or null. */
    public MemorySegment allocationMemory(int hAllocation) {
        os.lock.lock();
        try {
            OsObjects.Allocation a = handles.lookup(hAllocation, HandleType.ALLOCATION, OsObjects.Allocation.class);
            return a == null ? null : a.memory;
        } finally {
            os.lock.unlock();
        }
    }

    /** The GPU VA of an allocation, or 0. */
    public long allocationGpuVa(int hAllocation) {
        os.lock.lock();
        try {
            OsObjects.Allocation a = handles.lookup(hAllocation, HandleType.ALLOCATION, OsObjects.Allocation.class);
            return a == null ? 0 : a.gpuVa;
        } finally {
            os.lock.unlock();
        }
    }

    /** Makes an allocation resident: maps it into the GPU MMU (what a doorbell's ring needs). */
    public int makeResident(int hAllocation) {
        return locked(() -> {
            OsObjects.Allocation a = handles.lookup(hAllocation, HandleType.ALLOCATION, OsObjects.Allocation.class);
            if (a == null) {
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
        });
    }

    /** Waits until the progress fence {@code hFence} reaches {@code value}: STATUS_SUCCESS or STATUS_TIMEOUT. */
    public int waitForProgressFence(int hFence, long value, long timeoutNanos) {
        MemorySegment fence;
        os.lock.lock();
        try {
            OsObjects.ProgressFence f = handles.lookup(hFence, HandleType.SYNC_OBJECT, OsObjects.ProgressFence.class);
            if (f == null) {
                return STATUS_INVALID_PARAMETER;
            }
            fence = f.value;
        } finally {
            os.lock.unlock();
        }
        try {
            return os.awaitFence(fence, value, timeoutNanos) ? STATUS_SUCCESS : STATUS_TIMEOUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return STATUS_TIMEOUT;
        }
    }

    /** D3DKMTQueryAdapterInfo for the caps the KMD answers (DXGKQAITYPE_USERMODESUBMISSION_CAPS). */
    public int queryAdapterInfo(int type, MemorySegment output) {
        if (output == null || output.equals(MemorySegment.NULL)) {
            return STATUS_INVALID_PARAMETER;
        }
        return locked(() -> os.kmd.DxgkDdiQueryAdapterInfo(type, output));
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
        return locked(() -> {
            OsObjects.Context c = handles.lookup(hContext, HandleType.CONTEXT, OsObjects.Context.class);
            if (c == null) {
                return STATUS_INVALID_PARAMETER;
            }
            int s = suspended ? os.kmd.DxgkDdiSuspendContext(c.kmdHandle) : os.kmd.DxgkDdiResumeContext(c.kmdHandle);
            if (s == STATUS_SUCCESS) {
                c.suspended = suspended;
            }
            return s;
        });
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
        os.lock.lock();
        try {
            for (OsObjects.Queue q : queues) {
                if (q.doorbell != null && q.doorbell.status.address() == statusAddress.address()) {
                    return q.doorbell.status.userView;
                }
            }
            return null;
        } finally {
            os.lock.unlock();
        }
    }

    /**
     * Destroys a device with everything it owns: its queues (and their doorbells), contexts and
     * allocations. The way to recover from a lost device is to destroy it and create another.
     */
    public int destroyDevice(int hDevice) {
        return locked(() -> {
            OsObjects.Device d = handles.lookup(hDevice, HandleType.DEVICE, OsObjects.Device.class);
            if (d == null) {
                return STATUS_INVALID_PARAMETER;
            }
            destroyLocked(d);
            devices.remove(d);
            return STATUS_SUCCESS;
        });
    }

    private void destroyLocked(OsObjects.Device d) {
        for (OsObjects.Context c : d.contexts) {
            for (OsObjects.Queue q : List.copyOf(c.queues)) {
                QueueThunks.destroyLocked(this, q);
            }
            os.kmd.DxgkDdiDestroyContext(c.kmdHandle);
            handles.free(c.handle);
        }
        for (OsObjects.Allocation a : d.allocations) {
            if (a.kmdHandle != 0) {
                os.kmd.DxgkDdiDestroyAllocation(a.kmdHandle);
            }
            if (a.resident && a.gpuVisible) {
                space.unmap(a.gpuVa);
            }
            handles.free(a.handle);
        }
        handles.free(d.handle);
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
        os.lock.lock();
        try {
            return closed ? List.of() : List.copyOf(queues);
        } finally {
            os.lock.unlock();
        }
    }

    private void end(boolean abnormal) {
        os.lock.lock();
        try {
            if (closed) {
                return;
            }
            if (abnormal) {
                for (OsObjects.Device d : devices) {
                    d.state = ObjectState.STOPPED;
                    d.lost = true;
                    for (OsObjects.Context c : d.contexts) {
                        os.kmd.DxgkDdiSuspendContext(c.kmdHandle); // the KMD preempts it
                    }
                }
            }
            for (OsObjects.Device d : devices) {
                destroyLocked(d);
            }
            devices.clear();
            closed = true;
            space.close();
            os.forget(this);
        } finally {
            os.lock.unlock();
        }
        arena.close();
    }

    /** True once the process ended. */
    public boolean isClosed() {
        os.lock.lock();
        try {
            return closed;
        } finally {
            os.lock.unlock();
        }
    }
}
