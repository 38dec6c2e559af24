package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGK_CONTEXTINFO {
 *     UINT DmaBufferSize;                       // bytes
 *     UINT DmaBufferSegmentSet;
 *     UINT DmaBufferPrivateDataSize;            // bytes
 *     UINT AllocationListSize;                  // entries
 *     UINT PatchLocationListSize;               // entries
 *     UINT Reserved;
 *     DXGK_CONTEXTINFO_CAPS Caps;
 *     ULONG PagingCompanionNodeId;
 * } DXGK_CONTEXTINFO;                          // 32 bytes, align 4
 * }
 */
public final class DXGK_CONTEXTINFO {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGK_CONTEXTINFO",
                JAVA_INT.withName("DmaBufferSize"),
                JAVA_INT.withName("DmaBufferSegmentSet"),
                JAVA_INT.withName("DmaBufferPrivateDataSize"),
                JAVA_INT.withName("AllocationListSize"),
                JAVA_INT.withName("PatchLocationListSize"),
                JAVA_INT.withName("Reserved"),
                DXGK_CONTEXTINFO_CAPS.layout(g).withName("Caps"),
                JAVA_INT.withName("PagingCompanionNodeId"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGK_CONTEXTINFO() {
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

    /** Byte offset of {@code Reserved}. */
    public static final long Reserved$OFFSET = Layouts.offsetOf($LAYOUT, "Reserved");

    /** Getter for {@code UINT Reserved}. */
    public static int Reserved(MemorySegment struct) {
        return struct.get(JAVA_INT, Reserved$OFFSET);
    }

    /** Setter for {@code UINT Reserved}. */
    public static void Reserved(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Reserved$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Caps}. */
    public static final long Caps$OFFSET = Layouts.offsetOf($LAYOUT, "Caps");

    /** Slice of {@code DXGK_CONTEXTINFO_CAPS Caps}. */
    public static MemorySegment Caps(MemorySegment struct) {
        return struct.asSlice(Caps$OFFSET, DXGK_CONTEXTINFO_CAPS.sizeof());
    }

    /** Byte offset of {@code PagingCompanionNodeId}. */
    public static final long PagingCompanionNodeId$OFFSET = Layouts.offsetOf($LAYOUT, "PagingCompanionNodeId");

    /** Getter for {@code ULONG PagingCompanionNodeId}. */
    public static int PagingCompanionNodeId(MemorySegment struct) {
        return struct.get(JAVA_INT, PagingCompanionNodeId$OFFSET);
    }

    /** Setter for {@code ULONG PagingCompanionNodeId}. */
    public static void PagingCompanionNodeId(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, PagingCompanionNodeId$OFFSET, fieldValue);
    }
}
