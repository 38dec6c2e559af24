package dev.umws.gpu;

import dev.umws.abi.UMWS_GPU_QUEUE_DESC;
import dev.umws.abi.umws_gpu_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.ADDRESS;

/** A hardware queue of the emulated GPU: what the firmware runs when its doorbell rings. */
public final class HwQueue implements AutoCloseable {
    /** Queue states ({@code UMWS_GPU_QUEUE_*}). */
    public enum State {
        IDLE, BOUND, FAULTED, RESET;

        static State of(int code) {
            return switch (code) {
                case umws_gpu_h.UMWS_GPU_QUEUE_IDLE -> IDLE;
                case umws_gpu_h.UMWS_GPU_QUEUE_BOUND -> BOUND;
                case umws_gpu_h.UMWS_GPU_QUEUE_FAULTED -> FAULTED;
                case umws_gpu_h.UMWS_GPU_QUEUE_RESET -> RESET;
                default -> throw new IllegalStateException("unknown queue state " + code);
            };
        }
    }

    private final Gpu gpu;
    private final QueueDesc desc;
    private volatile MemorySegment handle;

    private HwQueue(Gpu gpu, QueueDesc desc, MemorySegment handle) {
        this.gpu = gpu;
        this.desc = desc;
        this.handle = handle;
    }

    static HwQueue create(Gpu gpu, VaSpace space, QueueDesc desc) {
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment d = UMWS_GPU_QUEUE_DESC.allocate(scratch);
            desc.writeTo(d);
            MemorySegment out = scratch.allocate(ADDRESS);
            Gpu.call("umws_gpu_queue_create",
                    () -> (int) GpuDowncalls.QUEUE_CREATE.invokeExact(gpu.handle(), space.handle(), d, out));
            return new HwQueue(gpu, desc, out.get(ADDRESS, 0));
        }
    }

    public QueueDesc desc() {
        return desc;
    }

    private MemorySegment handle() {
        gpu.handle();
        MemorySegment h = handle;
        if (h == null) {
            throw new IllegalStateException("queue " + desc.queueId() + " is destroyed");
        }
        return h;
    }

    /** Binds to a physical doorbell of its engine (resets that doorbell, and its secondary, to 0). */
    public void bind(int doorbell) {
        Gpu.call("umws_gpu_queue_bind", () -> (int) GpuDowncalls.QUEUE_BIND.invokeExact(handle(), doorbell));
    }

    /** Unbinds; returns once the firmware has let go of the queue, even mid-packet. */
    public void unbind() {
        Gpu.call("umws_gpu_queue_unbind", () -> (int) GpuDowncalls.QUEUE_UNBIND.invokeExact(handle()));
    }

    /**
     * The KMD's kick: the engine's firmware runs this queue up to its current WritePointer at its
     * next scan, exactly as if its doorbell had rung, with no doorbell store, and is woken as by
     * {@link Gpu#notifyEngine}. Why: a KMD taking a doorbell from a queue (victimization) has the
     * UMD's doorbell VA moved to the dummy page first and writes DISCONNECTED_RETRY only then, so the
     * UMD may ring into the dummy page while it still reads CONNECTED; kicking the victim before
     * draining it strands none of that work. A suspended queue keeps the kick as a remembered ring.
     *
     * @throws GpuException with {@code UMWS_GPU_ESTATE}, having done nothing, when the queue is not
     *         {@link State#BOUND}
     */
    public void kick() {
        Gpu.call("umws_gpu_queue_kick", () -> (int) GpuDowncalls.QUEUE_KICK.invokeExact(handle()));
    }

    /** A suspended queue keeps its doorbell; rings are remembered and run on resume. */
    public void suspend(boolean suspended) {
        Gpu.call("umws_gpu_queue_suspend",
                () -> (int) GpuDowncalls.QUEUE_SUSPEND.invokeExact(handle(), suspended ? 1 : 0));
    }

    public State state() {
        return State.of(Gpu.call("umws_gpu_queue_state", () -> (int) GpuDowncalls.QUEUE_STATE.invokeExact(handle())));
    }

    /** True when the firmware has run everything published to the ring. */
    public boolean idle() {
        return Gpu.call("umws_gpu_queue_idle", () -> (int) GpuDowncalls.QUEUE_IDLE.invokeExact(handle())) == 1;
    }

    /** Unbinds if needed and frees the queue. */
    @Override
    public void close() {
        MemorySegment h = handle;
        handle = null;
        if (h == null || gpu.isClosed()) {
            return;
        }
        try {
            GpuDowncalls.QUEUE_DESTROY.invokeExact(h);
        } catch (Throwable t) {
            throw GpuDowncalls.rethrow(t);
        }
    }
}
