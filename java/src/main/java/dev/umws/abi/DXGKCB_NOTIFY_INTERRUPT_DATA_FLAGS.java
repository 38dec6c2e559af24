package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS {
 *     union { struct { UINT ValidPhysicalAdapterMask:1; UINT HsyncFlipCompletion:1;
 *                      UINT EvaluateLegacyMonitoredFences:1; UINT Reserved:29; };
 *             UINT Value; };
 * } DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS;
 * }
 */
public final class DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS",
                JAVA_INT.withName("Value"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS() {
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

    /** {@code ValidPhysicalAdapterMask : 1} at bit 0. */
    public static final BitField ValidPhysicalAdapterMask = new BitField("ValidPhysicalAdapterMask", 0, 1);

    /** {@code HsyncFlipCompletion : 1} at bit 1. */
    public static final BitField HsyncFlipCompletion = new BitField("HsyncFlipCompletion", 1, 1);

    /** {@code EvaluateLegacyMonitoredFences : 1} at bit 2. */
    public static final BitField EvaluateLegacyMonitoredFences = new BitField("EvaluateLegacyMonitoredFences", 2, 1);

    /** {@code Reserved : 29} at bit 3. */
    public static final BitField Reserved = new BitField("Reserved", 3, 29);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(ValidPhysicalAdapterMask, HsyncFlipCompletion, EvaluateLegacyMonitoredFences, Reserved);

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
