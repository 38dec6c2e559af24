package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGK_SEGMENTBANKPREFERENCE {
 *     union {
 *         struct { UINT Bank0:7; UINT Direction0:1; UINT Bank1:7; UINT Direction1:1; UINT Bank2:7;
 *                  UINT Direction2:1; UINT Bank3:7; UINT Direction3:1; };
 *         UINT Value;
 *     };
 * } DXGK_SEGMENTBANKPREFERENCE;              // 4 bytes
 * }
 * d3dkmddi.h. Four bank preferences, a 7-bit bank and a direction bit each.
 */
public final class DXGK_SEGMENTBANKPREFERENCE {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.flags32("DXGK_SEGMENTBANKPREFERENCE");
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGK_SEGMENTBANKPREFERENCE() {
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

    /** {@code Bank0 : 7} at bit 0. */
    public static final BitField Bank0 = new BitField("Bank0", 0, 7);

    /** {@code Direction0 : 1} at bit 7. */
    public static final BitField Direction0 = new BitField("Direction0", 7, 1);

    /** {@code Bank1 : 7} at bit 8. */
    public static final BitField Bank1 = new BitField("Bank1", 8, 7);

    /** {@code Direction1 : 1} at bit 15. */
    public static final BitField Direction1 = new BitField("Direction1", 15, 1);

    /** {@code Bank2 : 7} at bit 16. */
    public static final BitField Bank2 = new BitField("Bank2", 16, 7);

    /** {@code Direction2 : 1} at bit 23. */
    public static final BitField Direction2 = new BitField("Direction2", 23, 1);

    /** {@code Bank3 : 7} at bit 24. */
    public static final BitField Bank3 = new BitField("Bank3", 24, 7);

    /** {@code Direction3 : 1} at bit 31. */
    public static final BitField Direction3 = new BitField("Direction3", 31, 1);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(Bank0, Direction0, Bank1, Direction1, Bank2, Direction2, Bank3, Direction3);

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
