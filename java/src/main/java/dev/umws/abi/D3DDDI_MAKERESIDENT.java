package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@snippet lang=c :
 * typedef struct D3DDDI_MAKERESIDENT {
 *     D3DKMT_HANDLE hPagingQueue;                         // in
 *     UINT NumAllocations;                                // in: entries; out: how many became resident
 *     D3DKMT_PTR(CONST D3DKMT_HANDLE*, AllocationList);   // in
 *     D3DKMT_PTR(CONST UINT*, PriorityList);              // in: one residency priority each
 *     D3DDDI_MAKERESIDENT_FLAGS Flags;                    // in
 *     D3DKMT_ALIGN64 UINT64 PagingFenceValue;             // out: wait for it on the paging queue's fence
 *     D3DKMT_ALIGN64 UINT64 NumBytesToTrim;               // out: when over budget
 * } D3DDDI_MAKERESIDENT;                  // 48 bytes, align 8, the same in every generation
 * }
 * The argument of {@code D3DKMTMakeResident}.
 */
public final class D3DDDI_MAKERESIDENT {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("D3DDDI_MAKERESIDENT",
                JAVA_INT.withName("hPagingQueue"),
                JAVA_INT.withName("NumAllocations"),
                ADDRESS.withName("AllocationList"),
                ADDRESS.withName("PriorityList"),
                D3DDDI_MAKERESIDENT_FLAGS.layout().withName("Flags"),
                Layouts.pad("Padding0", 4),
                JAVA_LONG.withName("PagingFenceValue"),
                JAVA_LONG.withName("NumBytesToTrim"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DDDI_MAKERESIDENT() {
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

    /** Byte offset of {@code hPagingQueue}. */
    public static final long hPagingQueue$OFFSET = Layouts.offsetOf($LAYOUT, "hPagingQueue");

    /** Getter for {@code D3DKMT_HANDLE hPagingQueue}. */
    public static int hPagingQueue(MemorySegment struct) {
        return struct.get(JAVA_INT, hPagingQueue$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hPagingQueue}. */
    public static void hPagingQueue(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hPagingQueue$OFFSET, fieldValue);
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

    /** Byte offset of {@code AllocationList}. */
    public static final long AllocationList$OFFSET = Layouts.offsetOf($LAYOUT, "AllocationList");

    /** Getter for {@code CONST D3DKMT_HANDLE * AllocationList}. */
    public static MemorySegment AllocationList(MemorySegment struct) {
        return struct.get(ADDRESS, AllocationList$OFFSET);
    }

    /** Setter for {@code CONST D3DKMT_HANDLE * AllocationList}. */
    public static void AllocationList(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, AllocationList$OFFSET, fieldValue);
    }

    /** Byte offset of {@code PriorityList}. */
    public static final long PriorityList$OFFSET = Layouts.offsetOf($LAYOUT, "PriorityList");

    /** Getter for {@code CONST UINT * PriorityList}. */
    public static MemorySegment PriorityList(MemorySegment struct) {
        return struct.get(ADDRESS, PriorityList$OFFSET);
    }

    /** Setter for {@code CONST UINT * PriorityList}. */
    public static void PriorityList(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, PriorityList$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code D3DDDI_MAKERESIDENT_FLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, D3DDDI_MAKERESIDENT_FLAGS.sizeof());
    }

    /** Byte offset of {@code PagingFenceValue}. */
    public static final long PagingFenceValue$OFFSET = Layouts.offsetOf($LAYOUT, "PagingFenceValue");

    /** Getter for {@code UINT64 PagingFenceValue}. */
    public static long PagingFenceValue(MemorySegment struct) {
        return struct.get(JAVA_LONG, PagingFenceValue$OFFSET);
    }

    /** Setter for {@code UINT64 PagingFenceValue}. */
    public static void PagingFenceValue(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, PagingFenceValue$OFFSET, fieldValue);
    }

    /** Byte offset of {@code NumBytesToTrim}. */
    public static final long NumBytesToTrim$OFFSET = Layouts.offsetOf($LAYOUT, "NumBytesToTrim");

    /** Getter for {@code UINT64 NumBytesToTrim}. */
    public static long NumBytesToTrim(MemorySegment struct) {
        return struct.get(JAVA_LONG, NumBytesToTrim$OFFSET);
    }

    /** Setter for {@code UINT64 NumBytesToTrim}. */
    public static void NumBytesToTrim(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, NumBytesToTrim$OFFSET, fieldValue);
    }
}
