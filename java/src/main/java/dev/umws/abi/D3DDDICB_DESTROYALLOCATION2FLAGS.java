package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _D3DDDICB_DESTROYALLOCATION2FLAGS {
 *     union { struct {
 *         UINT AssumeNotInUse:1; UINT SynchronousDestroy:1; UINT Reserved:29; UINT SystemUseOnly:1;
 *     }; UINT Value; };
 * } D3DDDICB_DESTROYALLOCATION2FLAGS;     // the same in every generation
 * }
 * {@code SystemUseOnly} is bit 31, after {@code Reserved}; a UMD leaves it 0.
 */
public final class D3DDDICB_DESTROYALLOCATION2FLAGS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("D3DDDICB_DESTROYALLOCATION2FLAGS",
                JAVA_INT.withName("Value"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DDDICB_DESTROYALLOCATION2FLAGS() {
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

    /** {@code AssumeNotInUse : 1} at bit 0. */
    public static final BitField AssumeNotInUse = new BitField("AssumeNotInUse", 0, 1);

    /** {@code SynchronousDestroy : 1} at bit 1. */
    public static final BitField SynchronousDestroy = new BitField("SynchronousDestroy", 1, 1);

    /** {@code Reserved : 29} at bit 2. */
    public static final BitField Reserved = new BitField("Reserved", 2, 29);

    /** {@code SystemUseOnly : 1} at bit 31. */
    public static final BitField SystemUseOnly = new BitField("SystemUseOnly", 31, 1);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(AssumeNotInUse, SynchronousDestroy, Reserved, SystemUseOnly);

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
