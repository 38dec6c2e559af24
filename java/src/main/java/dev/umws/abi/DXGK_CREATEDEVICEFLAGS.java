package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGK_CREATEDEVICEFLAGS {
 *     union {
 *         struct { UINT SystemDevice:1; UINT GdiDevice:1; UINT Reserved:29; UINT Reserved0:1; };
 *         UINT Value;
 *     };
 * } DXGK_CREATEDEVICEFLAGS;                  // 4 bytes
 * }
 * d3dkmddi.h. Flags of DxgkDdiCreateDevice. Bit 31 is spelled {@code DXGK_DEVICE_RESERVED0} in the header, a
 * macro for {@code Reserved0}.
 */
public final class DXGK_CREATEDEVICEFLAGS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.flags32("DXGK_CREATEDEVICEFLAGS");
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGK_CREATEDEVICEFLAGS() {
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

    /** {@code SystemDevice : 1} at bit 0. */
    public static final BitField SystemDevice = new BitField("SystemDevice", 0, 1);

    /** {@code GdiDevice : 1} at bit 1. */
    public static final BitField GdiDevice = new BitField("GdiDevice", 1, 1);

    /** {@code Reserved : 29} at bit 2. */
    public static final BitField Reserved = new BitField("Reserved", 2, 29);

    /** {@code Reserved0 : 1} at bit 31. */
    public static final BitField Reserved0 = new BitField("Reserved0", 31, 1);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(SystemDevice, GdiDevice, Reserved, Reserved0);

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
