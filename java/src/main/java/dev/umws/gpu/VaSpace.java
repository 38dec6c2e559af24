package dev.umws.gpu;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.ADDRESS;

/**
 * One emulated process's GPU VA space in the GPU MMU. Mapped host memory must stay alive until it
 * is unmapped (use a shared or global arena: the firmware thread reads and writes it).
 */
public final class VaSpace implements AutoCloseable {
    private final Gpu gpu;
    private volatile MemorySegment handle;

    private VaSpace(Gpu gpu, MemorySegment handle) {
        this.gpu = gpu;
        this.handle = handle;
    }

    static VaSpace create(Gpu gpu) {
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment out = scratch.allocate(ADDRESS);
            Gpu.call("umws_gpu_vaspace_create", () -> (int) GpuDowncalls.VASPACE_CREATE.invokeExact(gpu.handle(), out));
            return new VaSpace(gpu, out.get(ADDRESS, 0));
        }
    }

    MemorySegment handle() {
        gpu.handle();
        MemorySegment h = handle;
        if (h == null) {
            throw new IllegalStateException("the VA space is destroyed");
        }
        return h;
    }

    /** The native {@code umws_gpu_vaspace *}, for native code handed this space (a native KMD). */
    public long nativeAddress() {
        return handle().address();
    }

    /** Maps {@code host} at {@code gpuVa}; ranges may not overlap and VA 0 is never mapped. */
    public void map(long gpuVa, MemorySegment host, boolean writable) {
        if (!host.isNative()) {
            throw new IllegalArgumentException("only native memory can be mapped for the GPU");
        }
        Gpu.call("umws_gpu_map", () -> (int) GpuDowncalls.MAP.invokeExact(handle(), gpuVa, host, host.byteSize(),
                writable ? dev.umws.abi.umws_gpu_h.UMWS_GPU_MAP_WRITABLE : 0));
    }

    /** Unmaps the mapping that starts at {@code gpuVa}; EBUSY while a queue's ring or control is there. */
    public void unmap(long gpuVa) {
        Gpu.call("umws_gpu_unmap", () -> (int) GpuDowncalls.UNMAP.invokeExact(handle(), gpuVa));
    }

    /** Destroys the space (EBUSY while queues use it). */
    @Override
    public void close() {
        MemorySegment h = handle;
        if (h == null || gpu.isClosed()) {
            handle = null;
            return;
        }
        Gpu.call("umws_gpu_vaspace_destroy", () -> (int) GpuDowncalls.VASPACE_DESTROY.invokeExact(h));
        handle = null;
    }
}
