package dev.umws.gpu;

import dev.umws.abi.umws_gpu_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.ADDRESS;

/**
 * A stable doorbell CPU VA: one page whose address never changes from reserve to release. The
 * OS connects it to a physical doorbell (the BAR page is mapped there) and disconnects it (the
 * dummy page is mapped there, so a late ring lands nowhere). The page segment stays valid
 * throughout, because the VA does not move.
 */
public final class DoorbellVa {
    private final Gpu gpu;
    private final MemorySegment page;
    private volatile boolean released;
    private volatile int connectedIndex = -1;

    private DoorbellVa(Gpu gpu, MemorySegment page) {
        this.gpu = gpu;
        this.page = page;
    }

    static DoorbellVa reserve(Gpu gpu) {
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment out = scratch.allocate(ADDRESS);
            Gpu.call("umws_gpu_dbva_reserve", () -> (int) GpuDowncalls.DBVA_RESERVE.invokeExact(gpu.handle(), out));
            return new DoorbellVa(gpu, out.get(ADDRESS, 0).reinterpret(umws_gpu_h.UMWS_GPU_PAGE_SIZE, gpu.arena(), null));
        }
    }

    /** The page at the stable VA (4096 bytes). */
    public MemorySegment page() {
        return page;
    }

    /** The 64-bit doorbell slot of physical doorbell {@code index} as seen through this VA. */
    public MemorySegment slot(int index, boolean secondary) {
        return page.asSlice(gpu.doorbellOffset(index, secondary) % umws_gpu_h.UMWS_GPU_PAGE_SIZE, 8);
    }

    /** Maps the BAR page of physical doorbell {@code index} at this VA. */
    public void connect(int index, boolean secondary) {
        checkLive();
        Gpu.call("umws_gpu_dbva_connect",
                () -> (int) GpuDowncalls.DBVA_CONNECT.invokeExact(gpu.handle(), page, index, secondary ? 1 : 0));
        connectedIndex = index;
    }

    /** Maps the dummy page at this VA. */
    public void disconnect() {
        checkLive();
        Gpu.call("umws_gpu_dbva_disconnect", () -> (int) GpuDowncalls.DBVA_DISCONNECT.invokeExact(gpu.handle(), page));
        connectedIndex = -1;
    }

    /** The connected physical doorbell, or -1. */
    public int connectedIndex() {
        return connectedIndex;
    }

    /** Unmaps the VA; the segment must not be used afterwards. */
    public void release() {
        checkLive();
        released = true;
        Gpu.call("umws_gpu_dbva_release", () -> (int) GpuDowncalls.DBVA_RELEASE.invokeExact(gpu.handle(), page));
    }

    private void checkLive() {
        if (released) {
            throw new IllegalStateException("doorbell VA " + page + " was released");
        }
    }
}
