package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@snippet lang=c :
 * typedef union {
 *     struct { UINT64 FrameNumber:40; UINT64 PartNumber:24; };
 *     UINT64 Value;
 * } DXGK_MIRACAST_CHUNK_ID;               // 8 bytes
 * }
 */
public final class DXGK_MIRACAST_CHUNK_ID {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.union("DXGK_MIRACAST_CHUNK_ID",
                JAVA_LONG.withName("Value"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGK_MIRACAST_CHUNK_ID() {
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

    /** {@code FrameNumber : 40} at bit 0. */
    public static final BitField FrameNumber = new BitField("FrameNumber", 0, 40);

    /** {@code PartNumber : 24} at bit 40. */
    public static final BitField PartNumber = new BitField("PartNumber", 40, 24);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(FrameNumber, PartNumber);

    /** Byte offset of {@code Value}. */
    public static final long Value$OFFSET = Layouts.offsetOf($LAYOUT, "Value");

    /** Getter for {@code UINT64 Value}. */
    public static long Value(MemorySegment struct) {
        return struct.get(JAVA_LONG, Value$OFFSET);
    }

    /** Setter for {@code UINT64 Value}. */
    public static void Value(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, Value$OFFSET, fieldValue);
    }
}
