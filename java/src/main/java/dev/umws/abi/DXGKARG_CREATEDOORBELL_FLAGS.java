package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * G2 and G3 (Learn syntax):
 * {@snippet lang=c :
 * typedef struct _DXGKARG_CREATEDOORBELL_FLAGS {
 *     union { struct { UINT ResizeRingBufferOperation:1; UINT Reserved:31; }; UINT Value; };
 * } DXGKARG_CREATEDOORBELL_FLAGS;
 * }
 * G1, inferred: the 22621 DDI union is not public, and the 22631 kernel passes the
 * {@code D3DKMT_CREATE_DOORBELL_FLAGS} value verbatim in this word (observed in the 22631 binary
 * (dxgkrnl.sys, build 22631.4169)), so G1 takes the D3DKMT bit layout:
 * {@snippet lang=c :
 * typedef struct _DXGKARG_CREATEDOORBELL_FLAGS {
 *     union { struct { UINT RequireSecondaryCpuVA:1; UINT ResizeRingBufferOperation:1; UINT Reserved:30; }; UINT Value; };
 * } DXGKARG_CREATEDOORBELL_FLAGS;
 * }
 */
public final class DXGKARG_CREATEDOORBELL_FLAGS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGKARG_CREATEDOORBELL_FLAGS",
                JAVA_INT.withName("Value"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKARG_CREATEDOORBELL_FLAGS() {
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

    /** {@code ResizeRingBufferOperation : 1} at bit 0 (G2, G3). */
    public static final BitField ResizeRingBufferOperation = new BitField("ResizeRingBufferOperation", 0, 1);

    /** {@code Reserved : 31} at bit 1 (G2, G3). */
    public static final BitField Reserved = new BitField("Reserved", 1, 31);

    /** {@code RequireSecondaryCpuVA : 1} at bit 0 (G1). */
    public static final BitField RequireSecondaryCpuVA = new BitField("RequireSecondaryCpuVA", 0, 1);

    /** {@code ResizeRingBufferOperation : 1} at bit 1 (G1). */
    public static final BitField ResizeRingBufferOperation_G1 = new BitField("ResizeRingBufferOperation", 1, 1);

    /** {@code Reserved : 30} at bit 2 (G1). */
    public static final BitField Reserved_G1 = new BitField("Reserved", 2, 30);

    /** Every bit-field member of generation {@code g}, in declaration order. */
    public static List<BitField> bits(Generation g) {
        return g == Generation.G1
                ? List.of(RequireSecondaryCpuVA, ResizeRingBufferOperation_G1, Reserved_G1)
                : List.of(ResizeRingBufferOperation, Reserved);
    }

    /** Every bit-field member of the selected generation. */
    public static final List<BitField> BITS = bits(Generation.SELECTED);

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
