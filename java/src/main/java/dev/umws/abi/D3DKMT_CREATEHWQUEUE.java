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
 * typedef struct _D3DKMT_CREATEHWQUEUE {
 *     D3DKMT_HANDLE hHwContext;                 // in
 *     D3DDDI_CREATEHWQUEUEFLAGS Flags;          // in
 *     UINT PrivateDriverDataSize;               // in
 *     D3DKMT_PTR(VOID*, pPrivateDriverData);    // in/out
 *     D3DKMT_HANDLE hHwQueue;                   // out
 *     D3DKMT_HANDLE hHwQueueProgressFence;      // out
 *     D3DKMT_PTR(VOID*, HwQueueProgressFenceCPUVirtualAddress);               // out: read-only
 *     D3DKMT_ALIGN64 D3DGPU_VIRTUAL_ADDRESS HwQueueProgressFenceGPUVirtualAddress; // out
 * } D3DKMT_CREATEHWQUEUE;                 // 48 bytes
 * }
 */
public final class D3DKMT_CREATEHWQUEUE {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("D3DKMT_CREATEHWQUEUE",
                JAVA_INT.withName("hHwContext"),
                D3DDDI_CREATEHWQUEUEFLAGS.layout().withName("Flags"),
                JAVA_INT.withName("PrivateDriverDataSize"),
                Layouts.pad("Padding0", 4),
                ADDRESS.withName("pPrivateDriverData"),
                JAVA_INT.withName("hHwQueue"),
                JAVA_INT.withName("hHwQueueProgressFence"),
                ADDRESS.withName("HwQueueProgressFenceCPUVirtualAddress"),
                JAVA_LONG.withName("HwQueueProgressFenceGPUVirtualAddress"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DKMT_CREATEHWQUEUE() {
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

    /** Byte offset of {@code hHwContext}. */
    public static final long hHwContext$OFFSET = Layouts.offsetOf($LAYOUT, "hHwContext");

    /** Getter for {@code D3DKMT_HANDLE hHwContext}. */
    public static int hHwContext(MemorySegment struct) {
        return struct.get(JAVA_INT, hHwContext$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hHwContext}. */
    public static void hHwContext(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hHwContext$OFFSET, fieldValue);
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

    /** Byte offset of {@code hHwQueue}. */
    public static final long hHwQueue$OFFSET = Layouts.offsetOf($LAYOUT, "hHwQueue");

    /** Getter for {@code D3DKMT_HANDLE hHwQueue}. */
    public static int hHwQueue(MemorySegment struct) {
        return struct.get(JAVA_INT, hHwQueue$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hHwQueue}. */
    public static void hHwQueue(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hHwQueue$OFFSET, fieldValue);
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
