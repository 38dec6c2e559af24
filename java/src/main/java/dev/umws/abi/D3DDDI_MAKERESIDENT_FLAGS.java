package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct D3DDDI_MAKERESIDENT_FLAGS {
 *     union { struct { UINT CantTrimFurther:1; UINT MustSucceed:1; UINT Reserved:30; }; UINT Value; };
 * } D3DDDI_MAKERESIDENT_FLAGS;            // the same in every generation
 * }
 */
public final class D3DDDI_MAKERESIDENT_FLAGS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("D3DDDI_MAKERESIDENT_FLAGS",
                JAVA_INT.withName("Value"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DDDI_MAKERESIDENT_FLAGS() {
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

    /** {@code CantTrimFurther : 1} at bit 0. */
    public static final BitField CantTrimFurther = new BitField("CantTrimFurther", 0, 1);

    /** {@code MustSucceed : 1} at bit 1. */
    public static final BitField MustSucceed = new BitField("MustSucceed", 1, 1);

    /** {@code Reserved : 30} at bit 2. */
    public static final BitField Reserved = new BitField("Reserved", 2, 30);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(CantTrimFurther, MustSucceed, Reserved);

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
