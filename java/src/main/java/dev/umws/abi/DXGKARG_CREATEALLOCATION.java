package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGKARG_CREATEALLOCATION {
 *     const VOID                *pPrivateDriverData;     // the resource's
 *     UINT                       PrivateDriverDataSize;  // bytes
 *     UINT                       NumAllocations;
 *     DXGK_ALLOCATIONINFO       *pAllocationInfo;        // NumAllocations entries, in/out
 *     HANDLE                     hResource;
 *     DXGK_CREATEALLOCATIONFLAGS Flags;
 * } DXGKARG_CREATEALLOCATION;                  // 40 bytes, align 8
 * }
 */
public final class DXGKARG_CREATEALLOCATION {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGKARG_CREATEALLOCATION",
                ADDRESS.withName("pPrivateDriverData"),
                JAVA_INT.withName("PrivateDriverDataSize"),
                JAVA_INT.withName("NumAllocations"),
                ADDRESS.withName("pAllocationInfo"),
                ADDRESS.withName("hResource"),
                DXGK_CREATEALLOCATIONFLAGS.layout(g).withName("Flags"),
                Layouts.pad("Padding0", 4));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKARG_CREATEALLOCATION() {
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

    /** Byte offset of {@code pPrivateDriverData}. */
    public static final long pPrivateDriverData$OFFSET = Layouts.offsetOf($LAYOUT, "pPrivateDriverData");

    /** Getter for {@code const VOID * pPrivateDriverData}. */
    public static MemorySegment pPrivateDriverData(MemorySegment struct) {
        return struct.get(ADDRESS, pPrivateDriverData$OFFSET);
    }

    /** Setter for {@code const VOID * pPrivateDriverData}. */
    public static void pPrivateDriverData(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pPrivateDriverData$OFFSET, fieldValue);
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

    /** Byte offset of {@code NumAllocations}. */
    public static final long NumAllocations$OFFSET = Layouts.offsetOf($LAYOUT, "NumAllocations");

    /** Getter for {@code UINT NumAllocations}. */
    public static int NumAllocations(MemorySegment struct) {
        return struct.get(JAVA_INT, NumAllocations$OFFSET);
    }

    /** Setter for {@code UINT NumAllocations}. */
    public static void NumAllocations(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, NumAllocations$OFFSET, fieldValue);
    }

    /** Byte offset of {@code pAllocationInfo}. */
    public static final long pAllocationInfo$OFFSET = Layouts.offsetOf($LAYOUT, "pAllocationInfo");

    /** Getter for {@code DXGK_ALLOCATIONINFO * pAllocationInfo}. */
    public static MemorySegment pAllocationInfo(MemorySegment struct) {
        return struct.get(ADDRESS, pAllocationInfo$OFFSET);
    }

    /** Setter for {@code DXGK_ALLOCATIONINFO * pAllocationInfo}. */
    public static void pAllocationInfo(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pAllocationInfo$OFFSET, fieldValue);
    }

    /** Byte offset of {@code hResource}. */
    public static final long hResource$OFFSET = Layouts.offsetOf($LAYOUT, "hResource");

    /** Getter for {@code HANDLE hResource}. */
    public static MemorySegment hResource(MemorySegment struct) {
        return struct.get(ADDRESS, hResource$OFFSET);
    }

    /** Setter for {@code HANDLE hResource}. */
    public static void hResource(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, hResource$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code DXGK_CREATEALLOCATIONFLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, DXGK_CREATEALLOCATIONFLAGS.sizeof());
    }
}
