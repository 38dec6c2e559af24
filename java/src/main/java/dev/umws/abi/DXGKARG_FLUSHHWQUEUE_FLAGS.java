package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGKARG_FLUSHHWQUEUE_FLAGS { union { struct { UINT Reserved:32; }; UINT Value; }; } DXGKARG_FLUSHHWQUEUE_FLAGS;
 * }
 * The members of this union are not public: no Learn page for it was found, and the C# that
 * smourier/DirectN generates from the SDK's {@code d3dkmddi.h} has only a 32-bit {@code Reserved}
 * bit-field and {@code Value}, which is what is mirrored (every generation).
 */
public final class DXGKARG_FLUSHHWQUEUE_FLAGS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGKARG_FLUSHHWQUEUE_FLAGS",
                JAVA_INT.withName("Value"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKARG_FLUSHHWQUEUE_FLAGS() {
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

    /** {@code Reserved : 32} at bit 0. */
    public static final BitField Reserved = new BitField("Reserved", 0, 32);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(Reserved);

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
