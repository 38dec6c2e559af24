package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _D3DKMT_RESIZERINGBUFFER_FLAGS { union { struct { UINT Reserved:32; }; UINT Value; }; } D3DKMT_RESIZERINGBUFFER_FLAGS;
 * }
 * G3 only.
 */
public final class D3DKMT_RESIZERINGBUFFER_FLAGS {

    /** The layout in header generation {@code g}; only G3 has this type. */
    public static GroupLayout layout(Generation g) {
        if (!g.atLeast(Generation.G3)) {
            throw new IllegalArgumentException("D3DKMT_RESIZERINGBUFFER_FLAGS exists from G3 on, not in " + g);
        }
        return Layouts.struct("D3DKMT_RESIZERINGBUFFER_FLAGS",
                JAVA_INT.withName("Value"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.G3);

    private D3DKMT_RESIZERINGBUFFER_FLAGS() {
    }

    /** The layout in the selected generation (G3). */
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
