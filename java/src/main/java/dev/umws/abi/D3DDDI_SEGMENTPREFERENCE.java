package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _D3DDDI_SEGMENTPREFERENCE {
 *     union {
 *         struct { UINT SegmentId0:5; UINT Direction0:1; UINT SegmentId1:5; UINT Direction1:1;
 *                  UINT SegmentId2:5; UINT Direction2:1; UINT SegmentId3:5; UINT Direction3:1;
 *                  UINT SegmentId4:5; UINT Direction4:1; UINT Reserved:2; };
 *         UINT Value;
 *     };
 * } D3DDDI_SEGMENTPREFERENCE;                // 4 bytes
 * }
 * d3dukmdt.h. Five segment preferences (5-bit id, 0 = none, and a direction bit: 1 = from the segment end),
 * most preferred first. {@code DXGK_SEGMENTPREFERENCE} of d3dkmddi.h is this type.
 */
public final class D3DDDI_SEGMENTPREFERENCE {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.flags32("D3DDDI_SEGMENTPREFERENCE");
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DDDI_SEGMENTPREFERENCE() {
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

    /** {@code SegmentId0 : 5} at bit 0. */
    public static final BitField SegmentId0 = new BitField("SegmentId0", 0, 5);

    /** {@code Direction0 : 1} at bit 5. */
    public static final BitField Direction0 = new BitField("Direction0", 5, 1);

    /** {@code SegmentId1 : 5} at bit 6. */
    public static final BitField SegmentId1 = new BitField("SegmentId1", 6, 5);

    /** {@code Direction1 : 1} at bit 11. */
    public static final BitField Direction1 = new BitField("Direction1", 11, 1);

    /** {@code SegmentId2 : 5} at bit 12. */
    public static final BitField SegmentId2 = new BitField("SegmentId2", 12, 5);

    /** {@code Direction2 : 1} at bit 17. */
    public static final BitField Direction2 = new BitField("Direction2", 17, 1);

    /** {@code SegmentId3 : 5} at bit 18. */
    public static final BitField SegmentId3 = new BitField("SegmentId3", 18, 5);

    /** {@code Direction3 : 1} at bit 23. */
    public static final BitField Direction3 = new BitField("Direction3", 23, 1);

    /** {@code SegmentId4 : 5} at bit 24. */
    public static final BitField SegmentId4 = new BitField("SegmentId4", 24, 5);

    /** {@code Direction4 : 1} at bit 29. */
    public static final BitField Direction4 = new BitField("Direction4", 29, 1);

    /** {@code Reserved : 2} at bit 30. */
    public static final BitField Reserved = new BitField("Reserved", 30, 2);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(SegmentId0, Direction0, SegmentId1, Direction1, SegmentId2, Direction2, SegmentId3, Direction3, SegmentId4, Direction4, Reserved);

    /** Byte offset of {@code Value}. */
    public static final long Value$OFFSET = Layouts.offsetOf($LAYOUT, "Value");

    /** Getter for {@code UINT Value}. */
    public static int Value(MemorySegment struct) {
        return struct.get(JAVA_INT, Value$OFFSET);
    }

    /** Setter for {@code UINT Value}. */
    public static void Value(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Value$OFFSET, fieldValue);
    }
}
