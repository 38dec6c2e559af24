package dev.umws.os;

import dev.umws.gpu.DoorbellVa;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * The OS objects of one process: device → context → hardware queue → doorbell, allocations and
 * progress fences. Each has a state, its handle, its parent and the KMD's handle. Guarded by the
 * locks {@link Locks} describes: a device's lists by its device lock, a context's queues and their
 * doorbells by its context lock, the process's lists by the process lock.
 */
final class OsObjects {
    private static final java.util.concurrent.atomic.AtomicLong SEQ = new java.util.concurrent.atomic.AtomicLong();

    private OsObjects() {
    }

    static final class Device {
        final Process process;
        final OsLock.ReadWrite lock;
        int handle;
        volatile ObjectState state = ObjectState.ACTIVE;
        /** Lost (a TDR of an engine it ran on, or the process ended abnormally): calls on it answer STATUS_DEVICE_REMOVED. */
        boolean lost;
        /** The KMD's handle (DxgkDdiCreateDevice). */
        long kmdHandle;

        Device(Process process) {
            this.process = process;
            this.lock = new OsLock.ReadWrite("device of process " + process.instance + " #" + SEQ.incrementAndGet());
        }
        final List<Context> contexts = new ArrayList<>();
        final List<Allocation> allocations = new ArrayList<>();
    }

    static final class Context {
        int handle;
        final Device device;
        final int engine;
        final long kmdHandle;
        final OsLock.Exclusive lock;
        volatile ObjectState state = ObjectState.ACTIVE;
        volatile boolean suspended;
        final List<Queue> queues = new ArrayList<>();

        Context(Device device, int engine, long kmdHandle) {
            this.device = device;
            this.engine = engine;
            this.kmdHandle = kmdHandle;
            this.lock = new OsLock.Exclusive("context 0x" + Long.toHexString(kmdHandle) + " (engine " + engine
                    + ", process " + device.process.instance + ")");
        }
    }

    /** A GPU-visible allocation: native memory mapped at gpuVa while resident. */
    static final class Allocation {
        int handle;
        final Device device;
        final MemorySegment memory;
        final long gpuVa;
        long kmdHandle;
        boolean resident;
        boolean gpuVisible = true; // false: CPU-only memory, never mapped into the GPU MMU
        int doorbellRefs; // doorbells using it as ring or control: it cannot be evicted or destroyed
        ObjectState state = ObjectState.ACTIVE;

        Allocation(Device device, MemorySegment memory, long gpuVa) {
            this.device = device;
            this.memory = memory;
            this.gpuVa = gpuVa;
        }
    }

    /** A progress fence: 64 bits the GPU writes (GPU VA) and the CPU reads. */
    static final class ProgressFence {
        int handle;
        final MemorySegment value;
        final long gpuVa;
        /** The recorder's name of the queue this fence belongs to (fresh: the memory may be reused). */
        final int traceId;

        ProgressFence(MemorySegment value, long gpuVa) {
            this.value = value;
            this.gpuVa = gpuVa;
            this.traceId = dev.umws.trace.Trace.queueId(value, true);
        }

        /** The GPU has written {@code target} or more (acquire). IllegalStateException once its memory is gone. */
        boolean reached(long target) {
            return (long) FENCE.getAcquire(value, 0L) >= target;
        }

        private static final java.lang.invoke.VarHandle FENCE = java.lang.foreign.ValueLayout.JAVA_LONG.varHandle();
    }

    static final class Queue {
        int handle;
        /** The runtime handle the KMD knows the queue by (DXGKARG_CREATEHWQUEUE.hHwQueue in). */
        final long kmdQueueKey;
        final Context context;
        final ProgressFence fence;
        final boolean userModeSubmission;
        long kmdHandle;
        volatile Doorbell doorbell;
        volatile ObjectState state = ObjectState.ACTIVE;

        Queue(long kmdQueueKey, Context context, ProgressFence fence, boolean userModeSubmission) {
            this.kmdQueueKey = kmdQueueKey;
            this.context = context;
            this.fence = fence;
            this.userModeSubmission = userModeSubmission;
        }
    }

    /**
     * A doorbell: its stable VA (and secondary VA when asked for), its status slot, which only the
     * OS writes, and the UMD-written last-queued value (G2/G3; G1 has none).
     */
    static final class Doorbell {
        int handle;
        /** The OS handle the KMD knows the doorbell by (DXGKARG_CREATEDOORBELL.hDoorbell in). */
        long key;
        final Queue queue;
        final DoorbellVa va;
        final DoorbellVa secondaryVa;   // null unless RequireSecondaryCpuVA
        final StatusSlots.Slot status;
        final MemorySegment lastQueued; // null in G1
        final Allocation ring;
        final Allocation control;
        long kmdHandle;
        volatile int statusValue;   // what the OS last wrote to the status slot (written under the context lock)
        volatile int physical = -1; // connected physical doorbell (written under the context lock)
        long lastProgress; // watchdog: the fence value last seen
        long stuckSince;   // watchdog: when progress last stopped (ns), 0 when idle or moving
        volatile ObjectState state = ObjectState.CREATED;

        Doorbell(Queue queue, DoorbellVa va, DoorbellVa secondaryVa, StatusSlots.Slot status, MemorySegment lastQueued,
                Allocation ring, Allocation control) {
            this.queue = queue;
            this.va = va;
            this.secondaryVa = secondaryVa;
            this.status = status;
            this.lastQueued = lastQueued;
            this.ring = ring;
            this.control = control;
        }

        /** The OS believes it connected: status CONNECTED or CONNECTED_NOTIFY_KMD. */
        boolean connected() {
            return statusValue == dev.umws.abi.D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED
                    || statusValue == dev.umws.abi.D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED_NOTIFY_KMD;
        }
    }
}
