package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGK_QUERYADAPTERINFOFLAGS {
 *     union {
 *         struct { UINT VirtualMachineData:1; UINT SecureVirtualMachine:1; UINT Reserved:30; };
 *         UINT Value;
 *     };
 * } DXGK_QUERYADAPTERINFOFLAGS;              // 4 bytes
 * }
 * d3dkmddi.h. Flags of DxgkDdiQueryAdapterInfo.
 */
public final class DXGK_QUERYADAPTERINFOFLAGS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.flags32("DXGK_QUERYADAPTERINFOFLAGS");
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGK_QUERYADAPTERINFOFLAGS() {
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

    /** {@code VirtualMachineData : 1} at bit 0. */
    public static final BitField VirtualMachineData = new BitField("VirtualMachineData", 0, 1);

    /** {@code SecureVirtualMachine : 1} at bit 1. */
    public static final BitField SecureVirtualMachine = new BitField("SecureVirtualMachine", 1, 1);

    /** {@code Reserved : 30} at bit 2. */
    public static final BitField Reserved = new BitField("Reserved", 2, 30);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(VirtualMachineData, SecureVirtualMachine, Reserved);

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
