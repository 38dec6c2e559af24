package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGK_DEVICEINFO {            // obsolete; for DXGKARG_CREATEDEVICE.pInfo
 *     UINT DmaBufferSize;                       // bytes
 *     UINT DmaBufferSegmentSet;
 *     UINT DmaBufferPrivateDataSize;            // bytes
 *     UINT AllocationListSize;                  // entries
 *     UINT PatchLocationListSize;               // entries
 *     DXGK_DEVICEINFOFLAGS Flags;
 * } DXGK_DEVICEINFO;                           // 24 bytes, align 4
 * }
 */
public final class DXGK_DEVICEINFO {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGK_DEVICEINFO",
                JAVA_INT.withName("DmaBufferSize"),
                JAVA_INT.withName("DmaBufferSegmentSet"),
                JAVA_INT.withName("DmaBufferPrivateDataSize"),
                JAVA_INT.withName("AllocationListSize"),
                JAVA_INT.withName("PatchLocationListSize"),
                DXGK_DEVICEINFOFLAGS.layout(g).withName("Flags"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGK_DEVICEINFO() {
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

    /** Byte offset of {@code DmaBufferSize}. */
    public static final long DmaBufferSize$OFFSET = Layouts.offsetOf($LAYOUT, "DmaBufferSize");

    /** Getter for {@code UINT DmaBufferSize}. */
    public static int DmaBufferSize(MemorySegment struct) {
        return struct.get(JAVA_INT, DmaBufferSize$OFFSET);
    }

    /** Setter for {@code UINT DmaBufferSize}. */
    public static void DmaBufferSize(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, DmaBufferSize$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DmaBufferSegmentSet}. */
    public static final long DmaBufferSegmentSet$OFFSET = Layouts.offsetOf($LAYOUT, "DmaBufferSegmentSet");

    /** Getter for {@code UINT DmaBufferSegmentSet}. */
    public static int DmaBufferSegmentSet(MemorySegment struct) {
        return struct.get(JAVA_INT, DmaBufferSegmentSet$OFFSET);
    }

    /** Setter for {@code UINT DmaBufferSegmentSet}. */
    public static void DmaBufferSegmentSet(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, DmaBufferSegmentSet$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DmaBufferPrivateDataSize}. */
    public static final long DmaBufferPrivateDataSize$OFFSET = Layouts.offsetOf($LAYOUT, "DmaBufferPrivateDataSize");

    /** Getter for {@code UINT DmaBufferPrivateDataSize}. */
    public static int DmaBufferPrivateDataSize(MemorySegment struct) {
        return struct.get(JAVA_INT, DmaBufferPrivateDataSize$OFFSET);
    }

    /** Setter for {@code UINT DmaBufferPrivateDataSize}. */
    public static void DmaBufferPrivateDataSize(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, DmaBufferPrivateDataSize$OFFSET, fieldValue);
    }

    /** Byte offset of {@code AllocationListSize}. */
    public static final long AllocationListSize$OFFSET = Layouts.offsetOf($LAYOUT, "AllocationListSize");

    /** Getter for {@code UINT AllocationListSize}. */
    public static int AllocationListSize(MemorySegment struct) {
        return struct.get(JAVA_INT, AllocationListSize$OFFSET);
    }

    /** Setter for {@code UINT AllocationListSize}. */
    public static void AllocationListSize(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, AllocationListSize$OFFSET, fieldValue);
    }

    /** Byte offset of {@code PatchLocationListSize}. */
    public static final long PatchLocationListSize$OFFSET = Layouts.offsetOf($LAYOUT, "PatchLocationListSize");

    /** Getter for {@code UINT PatchLocationListSize}. */
    public static int PatchLocationListSize(MemorySegment struct) {
        return struct.get(JAVA_INT, PatchLocationListSize$OFFSET);
    }

    /** Setter for {@code UINT PatchLocationListSize}. */
    public static void PatchLocationListSize(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, PatchLocationListSize$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code DXGK_DEVICEINFOFLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, DXGK_DEVICEINFOFLAGS.sizeof());
    }
}
