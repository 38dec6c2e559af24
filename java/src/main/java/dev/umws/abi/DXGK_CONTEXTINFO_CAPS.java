package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGK_CONTEXTINFO_CAPS {
 *     union {
 *         struct { UINT NoPatchingRequired:1; UINT DriverManagesResidency:1; UINT UseIoMmu:1;
 *                  UINT Reserved:29; };
 *         UINT Value;
 *     };
 * } DXGK_CONTEXTINFO_CAPS;                   // 4 bytes
 * }
 * d3dkmddi.h. Caps the KMD reports for a new context.
 */
public final class DXGK_CONTEXTINFO_CAPS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.flags32("DXGK_CONTEXTINFO_CAPS");
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGK_CONTEXTINFO_CAPS() {
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

    /** {@code NoPatchingRequired : 1} at bit 0. */
    public static final BitField NoPatchingRequired = new BitField("NoPatchingRequired", 0, 1);

    /** {@code DriverManagesResidency : 1} at bit 1. */
    public static final BitField DriverManagesResidency = new BitField("DriverManagesResidency", 1, 1);

    /** {@code UseIoMmu : 1} at bit 2. */
    public static final BitField UseIoMmu = new BitField("UseIoMmu", 2, 1);

    /** {@code Reserved : 29} at bit 3. */
    public static final BitField Reserved = new BitField("Reserved", 3, 29);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(NoPatchingRequired, DriverManagesResidency, UseIoMmu, Reserved);

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
