package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU {
 *     D3DKMT_HANDLE hDevice;                              // in
 *     UINT ObjectCount;                                   // in: entries in both arrays
 *     D3DKMT_PTR(CONST D3DKMT_HANDLE*, ObjectHandleArray);// in: monitored fences
 *     D3DKMT_PTR(CONST UINT64*, FenceValueArray);         // in: value to wait for, per fence
 *     D3DKMT_PTR(HANDLE, hAsyncEvent);                    // in opt: NULL blocks the caller
 *     D3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMCPU_FLAGS Flags;  // in
 * } D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU;   // 40 bytes, align 8, the same in every generation
 * }
 */
public final class D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU",
                JAVA_INT.withName("hDevice"),
                JAVA_INT.withName("ObjectCount"),
                ADDRESS.withName("ObjectHandleArray"),
                ADDRESS.withName("FenceValueArray"),
                ADDRESS.withName("hAsyncEvent"),
                D3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMCPU_FLAGS.layout().withName("Flags"),
                Layouts.pad("Padding0", 4));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU() {
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

    /** Byte offset of {@code ObjectCount}. */
    public static final long ObjectCount$OFFSET = Layouts.offsetOf($LAYOUT, "ObjectCount");

    /** Getter for {@code UINT ObjectCount}. */
    public static int ObjectCount(MemorySegment struct) {
        return struct.get(JAVA_INT, ObjectCount$OFFSET);
    }

    /** Setter for {@code UINT ObjectCount}. */
    public static void ObjectCount(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, ObjectCount$OFFSET, fieldValue);
    }

    /** Byte offset of {@code ObjectHandleArray}. */
    public static final long ObjectHandleArray$OFFSET = Layouts.offsetOf($LAYOUT, "ObjectHandleArray");

    /** Getter for {@code CONST D3DKMT_HANDLE * ObjectHandleArray}. */
    public static MemorySegment ObjectHandleArray(MemorySegment struct) {
        return struct.get(ADDRESS, ObjectHandleArray$OFFSET);
    }

    /** Setter for {@code CONST D3DKMT_HANDLE * ObjectHandleArray}. */
    public static void ObjectHandleArray(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, ObjectHandleArray$OFFSET, fieldValue);
    }

    /** Byte offset of {@code FenceValueArray}. */
    public static final long FenceValueArray$OFFSET = Layouts.offsetOf($LAYOUT, "FenceValueArray");

    /** Getter for {@code CONST UINT64 * FenceValueArray}. */
    public static MemorySegment FenceValueArray(MemorySegment struct) {
        return struct.get(ADDRESS, FenceValueArray$OFFSET);
    }

    /** Setter for {@code CONST UINT64 * FenceValueArray}. */
    public static void FenceValueArray(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, FenceValueArray$OFFSET, fieldValue);
    }

    /** Byte offset of {@code hAsyncEvent}. */
    public static final long hAsyncEvent$OFFSET = Layouts.offsetOf($LAYOUT, "hAsyncEvent");

    /** Getter for {@code HANDLE hAsyncEvent}. */
    public static MemorySegment hAsyncEvent(MemorySegment struct) {
        return struct.get(ADDRESS, hAsyncEvent$OFFSET);
    }

    /** Setter for {@code HANDLE hAsyncEvent}. */
    public static void hAsyncEvent(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, hAsyncEvent$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code D3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMCPU_FLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, D3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMCPU_FLAGS.sizeof());
    }
}
