package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGKARG_DESTROYALLOCATION {
 *     UINT                        NumAllocations;
 *     const HANDLE               *pAllocationList;  // the KMD's allocation handles
 *     HANDLE                      hResource;
 *     DXGK_DESTROYALLOCATIONFLAGS Flags;
 * } DXGKARG_DESTROYALLOCATION;                 // 32 bytes, align 8
 * }
 */
public final class DXGKARG_DESTROYALLOCATION {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGKARG_DESTROYALLOCATION",
                JAVA_INT.withName("NumAllocations"),
                Layouts.pad("Padding0", 4),
                ADDRESS.withName("pAllocationList"),
                ADDRESS.withName("hResource"),
                DXGK_DESTROYALLOCATIONFLAGS.layout(g).withName("Flags"),
                Layouts.pad("Padding1", 4));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKARG_DESTROYALLOCATION() {
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

    /** Byte offset of {@code pAllocationList}. */
    public static final long pAllocationList$OFFSET = Layouts.offsetOf($LAYOUT, "pAllocationList");

    /** Getter for {@code const HANDLE * pAllocationList}. */
    public static MemorySegment pAllocationList(MemorySegment struct) {
        return struct.get(ADDRESS, pAllocationList$OFFSET);
    }

    /** Setter for {@code const HANDLE * pAllocationList}. */
    public static void pAllocationList(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, pAllocationList$OFFSET, fieldValue);
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

    /** Slice of {@code DXGK_DESTROYALLOCATIONFLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, DXGK_DESTROYALLOCATIONFLAGS.sizeof());
    }
}
