package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGK_CREATEALLOCATIONFLAGS {
 *     union {
 *         struct { UINT Resource:1; UINT Reserved:31; };
 *         UINT Value;
 *     };
 * } DXGK_CREATEALLOCATIONFLAGS;              // 4 bytes
 * }
 * d3dkmddi.h. Flags of DxgkDdiCreateAllocation.
 */
public final class DXGK_CREATEALLOCATIONFLAGS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.flags32("DXGK_CREATEALLOCATIONFLAGS");
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGK_CREATEALLOCATIONFLAGS() {
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

    /** {@code Resource : 1} at bit 0. */
    public static final BitField Resource = new BitField("Resource", 0, 1);

    /** {@code Reserved : 31} at bit 1. */
    public static final BitField Reserved = new BitField("Reserved", 1, 31);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(Resource, Reserved);

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
