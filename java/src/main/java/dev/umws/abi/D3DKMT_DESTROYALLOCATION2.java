package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _D3DKMT_DESTROYALLOCATION2 {
 *     D3DKMT_HANDLE hDevice;                              // in
 *     D3DKMT_HANDLE hResource;                            // in opt
 *     D3DKMT_PTR(CONST D3DKMT_HANDLE*, phAllocationList); // in
 *     UINT AllocationCount;                               // in
 *     D3DDDICB_DESTROYALLOCATION2FLAGS Flags;             // in
 * } D3DKMT_DESTROYALLOCATION2;            // 24 bytes, align 8, the same in every generation
 * }
 */
public final class D3DKMT_DESTROYALLOCATION2 {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("D3DKMT_DESTROYALLOCATION2",
                JAVA_INT.withName("hDevice"),
                JAVA_INT.withName("hResource"),
                ADDRESS.withName("phAllocationList"),
                JAVA_INT.withName("AllocationCount"),
                D3DDDICB_DESTROYALLOCATION2FLAGS.layout().withName("Flags"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DKMT_DESTROYALLOCATION2() {
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

    /** Byte offset of {@code hDevice}. */
    public static final long hDevice$OFFSET = Layouts.offsetOf($LAYOUT, "hDevice");

    /** Getter for {@code D3DKMT_HANDLE hDevice}. */
    public static int hDevice(MemorySegment struct) {
        return struct.get(JAVA_INT, hDevice$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hDevice}. */
    public static void hDevice(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hDevice$OFFSET, fieldValue);
    }

    /** Byte offset of {@code hResource}. */
    public static final long hResource$OFFSET = Layouts.offsetOf($LAYOUT, "hResource");

    /** Getter for {@code D3DKMT_HANDLE hResource}. */
    public static int hResource(MemorySegment struct) {
        return struct.get(JAVA_INT, hResource$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hResource}. */
    public static void hResource(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hResource$OFFSET, fieldValue);
    }

    /** Byte offset of {@code phAllocationList}. */
    public static final long phAllocationList$OFFSET = Layouts.offsetOf($LAYOUT, "phAllocationList");

    /** Getter for {@code CONST D3DKMT_HANDLE * phAllocationList}. */
    public static MemorySegment phAllocationList(MemorySegment struct) {
        return struct.get(ADDRESS, phAllocationList$OFFSET);
    }

    /** Setter for {@code CONST D3DKMT_HANDLE * phAllocationList}. */
    public static void phAllocationList(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, phAllocationList$OFFSET, fieldValue);
    }

    /** Byte offset of {@code AllocationCount}. */
    public static final long AllocationCount$OFFSET = Layouts.offsetOf($LAYOUT, "AllocationCount");

    /** Getter for {@code UINT AllocationCount}. */
    public static int AllocationCount(MemorySegment struct) {
        return struct.get(JAVA_INT, AllocationCount$OFFSET);
    }

    /** Setter for {@code UINT AllocationCount}. */
    public static void AllocationCount(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, AllocationCount$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code D3DDDICB_DESTROYALLOCATION2FLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, D3DDDICB_DESTROYALLOCATION2FLAGS.sizeof());
    }
}
