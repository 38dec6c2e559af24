package dev.umws.gpu;

import dev.umws.abi.UMWS_GPU_RING_CONTROL;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

/**
 * One emulated process for the GPU tests: ring, control and data in a shared arena (the firmware
 * thread touches them), mapped into its own VA space, a queue bound to a doorbell whose stable VA
 * is connected, and a Java {@link RingWriter}.
 */
final class GpuProcess implements AutoCloseable {
    static final long RING_VA = 0x100000;
    static final long CONTROL_VA = 0x200000;
    static final long DATA_VA = 0x300000;
    static final int RING_BYTES = 4096;
    static final int DATA_BYTES = 65536;
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();

    final Gpu gpu;
    final Arena arena = Arena.ofShared();
    final MemorySegment ring = arena.allocate(RING_BYTES, 4096);
    final MemorySegment control = arena.allocate(UMWS_GPU_RING_CONTROL.layout().byteSize(), 64);
    final MemorySegment data = arena.allocate(DATA_BYTES, 4096);
    final VaSpace space;
    final HwQueue queue;
    final DoorbellVa doorbellVa;
    final RingWriter writer;
    final int doorbell;

    GpuProcess(Gpu gpu, int engine, int doorbell, int queueId) {
        this.gpu = gpu;
        this.doorbell = doorbell;
        space = gpu.createVaSpace();
        space.map(RING_VA, ring, false);
        space.map(CONTROL_VA, control, true);
        space.map(DATA_VA, data, true);
        queue = gpu.createQueue(space, new QueueDesc(RING_VA, RING_BYTES, CONTROL_VA, DATA_VA, DATA_VA + 8, engine, queueId));
        doorbellVa = gpu.reserveDoorbellVa(gpu.config().doorbellVaPages());
        queue.bind(doorbell);
        doorbellVa.connect(doorbell, false);
        writer = new RingWriter(ring, control, doorbellVa.slot(doorbell, false),
                gpu.config().placement() == GpuConfig.Placement.GLOBAL);
    }

    /** The fence value at data offset 0, with acquire (pairs with the GPU's release store). */
    long fenceAcquire() {
        return (long) LONG.getAcquire(data, 0L);
    }

    void submitFence(long value, boolean interrupt) {
        while (!writer.hasSpace(48)) {
            Thread.onSpinWait();
        }
        writer.writeFence(DATA_VA, value, interrupt);
        writer.submit();
        if (gpu.config().detectMode() == GpuConfig.DetectMode.NOTIFY) {
            gpu.notifyEngine(queue.desc().engine());
        }
    }

    @Override
    public void close() {
        if (!gpu.isClosed()) {
            queue.close();
            doorbellVa.release();
            space.close();
        }
        arena.close();
    }
}
