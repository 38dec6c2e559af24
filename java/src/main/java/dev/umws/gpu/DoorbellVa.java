package dev.umws.gpu;

import dev.umws.abi.umws_gpu_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.ADDRESS;

/**
 * A stable doorbell CPU VA: one to four pages whose address never changes from reserve to
 * release (Windows sizes a doorbell VA as {@code DoorbellSizeInBytes} rounded up to whole pages,
 * {@link GpuConfig#doorbellVaPages()}). The OS connects it to a physical doorbell (the BAR page
 * that holds the doorbell and the pages after it are mapped there) and disconnects it (dummy
 * pages are mapped over all of it, so a late ring lands nowhere). The segment stays valid
 * throughout, because the VA does not move.
 */
public final class DoorbellVa {
    private final Gpu gpu;
    private final MemorySegment page;
    private final int pages;
    private volatile boolean released;
    private volatile int connectedIndex = -1;

    private DoorbellVa(Gpu gpu, MemorySegment page, int pages) {
        this.gpu = gpu;
        this.page = page;
        this.pages = pages;
    }

    static DoorbellVa reserve(Gpu gpu, int pages) {
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment out = scratch.allocate(ADDRESS);
            Gpu.call("umws_gpu_dbva_reserve",
                    () -> (int) GpuDowncalls.DBVA_RESERVE.invokeExact(gpu.handle(), pages, out));
            long bytes = (long) pages * umws_gpu_h.UMWS_GPU_PAGE_SIZE;
            return new DoorbellVa(gpu, out.get(ADDRESS, 0).reinterpret(bytes, gpu.arena(), null), pages);
        }
    }

    /** The whole reservation at the stable VA: {@link #pages()} x 4096 bytes. */
    public MemorySegment page() {
        return page;
    }

    /** The reservation's size in 4 KiB pages, 1..4. */
    public int pages() {
        return pages;
    }

    /** The 64-bit doorbell slot of physical doorbell {@code index} as seen through this VA. */
    public MemorySegment slot(int index, boolean secondary) {
        return page.asSlice(gpu.doorbellOffset(index, secondary) % umws_gpu_h.UMWS_GPU_PAGE_SIZE, 8);
    }

    /**
     * Maps, at this VA, the BAR page that holds physical doorbell {@code index} (its secondary when
     * {@code secondary}) and the pages after it, {@link #pages()} in all; a range past the BAR's end
     * is refused with {@code UMWS_GPU_EINVAL}.
     */
    public void connect(int index, boolean secondary) {
        checkLive();
        Gpu.call("umws_gpu_dbva_connect",
                () -> (int) GpuDowncalls.DBVA_CONNECT.invokeExact(gpu.handle(), page, index, secondary ? 1 : 0));
        connectedIndex = index;
    }

    /** Maps dummy pages over the whole VA. */
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
