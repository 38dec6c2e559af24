package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@snippet lang=c :
 * typedef struct _DXGKARG_CREATEHWQUEUE {
 *     HANDLE hHwQueue;                          // in: runtime handle, out: driver handle
 *     D3DDDI_CREATEHWQUEUEFLAGS Flags;          // in
 *     UINT PrivateDriverDataSize;               // in
 *     VOID *pPrivateDriverData;                 // in/out
 *     D3DKMT_HANDLE hHwQueueProgressFence;      // in
 *     VOID *HwQueueProgressFenceCPUVirtualAddress;             // in: read-only CPU mapping
 *     D3DGPU_VIRTUAL_ADDRESS HwQueueProgressFenceGPUVirtualAddress; // in: read/write GPU mapping
 * } DXGKARG_CREATEHWQUEUE;                // 48 bytes
 * }
 */
public final class DXGKARG_CREATEHWQUEUE {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGKARG_CREATEHWQUEUE",
                ADDRESS.withName("hHwQueue"),
                D3DDDI_CREATEHWQUEUEFLAGS.layout().withName("Flags"),
                JAVA_INT.withName("PrivateDriverDataSize"),
                ADDRESS.withName("pPrivateDriverData"),
                JAVA_INT.withName("hHwQueueProgressFence"),
                Layouts.pad("Padding0", 4),
                ADDRESS.withName("HwQueueProgressFenceCPUVirtualAddress"),
                JAVA_LONG.withName("HwQueueProgressFenceGPUVirtualAddress"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKARG_CREATEHWQUEUE() {
    }

    /** The layout in the selected generation. */
    public static GroupLayout layout() {
        return $LAYOUT;
    }

    /** Size in bytes. */
    public static long sizeof() {
        return $LAYOUT.byteSize();
    }

    /** A zeroed instance from {@code allocator}. */
    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate($LAYOUT);
    }

    /** Byte offset of {@code hHwQueue}. */
    public static final long hHwQueue$OFFSET = Layouts.offsetOf($LAYOUT, "hHwQueue");

    /** Getter for {@code HANDLE hHwQueue}. */
    public static MemorySegment hHwQueue(MemorySegment struct) {
        return struct.get(ADDRESS, hHwQueue$OFFSET);
    }

    /** Setter for {@code HANDLE hHwQueue}. */
    public static void hHwQueue(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, hHwQueue$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code D3DDDI_CREATEHWQUEUEFLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, D3DDDI_CREATEHWQUEUEFLAGS.sizeof());
    }

    /** Byte offset of {@code PrivateDriverDataSize}. */
    public static final long PrivateDriverDataSize$OFFSET = Layouts.offsetOf($LAYOUT, "PrivateDriverDataSize");

    /** Getter for {@code UINT PrivateDriverDataSize}. */
    public static int PrivateDriverDataSize(MemorySegment struct) {
        return struct.get(JAVA_INT, PrivateDriverDataSize$OFFSET);
    }

    /** Setter for {@code UINT PrivateDriverDataSize}. */
    public static void PrivateDriverDataSize(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, PrivateDriverDataSize$OFFSET, fieldValue);
    }

    /** Byte offset of {@code pPrivateDriverData}. */
    public static final long pPrivateDriverData$OFFSET = Layouts.offsetOf($LAYOUT, "pPrivateDriverData");

    /** Getter for {@code VOID * pPrivateDriverData}. */
    public static MemorySegment pPrivateDriverData(MemorySegment struct) {
        return struct.get(ADDRESS, pPrivateDriverData$OFFSET);
    }

    /** Setter for {@code VOID * pPrivateDriverData}. */
    public static void pPrivateDriverData(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pPrivateDriverData$OFFSET, fieldValue);
    }

    /** Byte offset of {@code hHwQueueProgressFence}. */
    public static final long hHwQueueProgressFence$OFFSET = Layouts.offsetOf($LAYOUT, "hHwQueueProgressFence");

    /** Getter for {@code D3DKMT_HANDLE hHwQueueProgressFence}. */
    public static int hHwQueueProgressFence(MemorySegment struct) {
        return struct.get(JAVA_INT, hHwQueueProgressFence$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hHwQueueProgressFence}. */
    public static void hHwQueueProgressFence(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hHwQueueProgressFence$OFFSET, fieldValue);
    }

    /** Byte offset of {@code HwQueueProgressFenceCPUVirtualAddress}. */
    public static final long HwQueueProgressFenceCPUVirtualAddress$OFFSET = Layouts.offsetOf($LAYOUT, "HwQueueProgressFenceCPUVirtualAddress");

    /** Getter for {@code VOID * HwQueueProgressFenceCPUVirtualAddress}. */
    public static MemorySegment HwQueueProgressFenceCPUVirtualAddress(MemorySegment struct) {
        return struct.get(ADDRESS, HwQueueProgressFenceCPUVirtualAddress$OFFSET);
    }

    /** Setter for {@code VOID * HwQueueProgressFenceCPUVirtualAddress}. */
    public static void HwQueueProgressFenceCPUVirtualAddress(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, HwQueueProgressFenceCPUVirtualAddress$OFFSET, fieldValue);
    }

    /** Byte offset of {@code HwQueueProgressFenceGPUVirtualAddress}. */
    public static final long HwQueueProgressFenceGPUVirtualAddress$OFFSET = Layouts.offsetOf($LAYOUT, "HwQueueProgressFenceGPUVirtualAddress");

    /** Getter for {@code D3DGPU_VIRTUAL_ADDRESS HwQueueProgressFenceGPUVirtualAddress}. */
    public static long HwQueueProgressFenceGPUVirtualAddress(MemorySegment struct) {
        return struct.get(JAVA_LONG, HwQueueProgressFenceGPUVirtualAddress$OFFSET);
    }

    /** Setter for {@code D3DGPU_VIRTUAL_ADDRESS HwQueueProgressFenceGPUVirtualAddress}. */
    public static void HwQueueProgressFenceGPUVirtualAddress(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, HwQueueProgressFenceGPUVirtualAddress$OFFSET, fieldValue);
    }
}
