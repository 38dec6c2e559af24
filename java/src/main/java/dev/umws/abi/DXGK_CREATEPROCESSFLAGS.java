package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGK_CREATEPROCESSFLAGS {
 *     union {
 *         struct { UINT SystemProcess:1; UINT GdiProcess:1; UINT VirtualMachineProcess:1;
 *                  UINT VirtualMachineWorkerProcess:1; UINT SessionIsolatedContainer:1;
 *                  UINT Reserved:27; };
 *         UINT Value;
 *     };
 * } DXGK_CREATEPROCESSFLAGS;                 // 4 bytes
 * }
 * d3dkmddi.h. Flags of DxgkDdiCreateProcess.
 */
public final class DXGK_CREATEPROCESSFLAGS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.flags32("DXGK_CREATEPROCESSFLAGS");
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGK_CREATEPROCESSFLAGS() {
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

    /** {@code SystemProcess : 1} at bit 0. */
    public static final BitField SystemProcess = new BitField("SystemProcess", 0, 1);

    /** {@code GdiProcess : 1} at bit 1. */
    public static final BitField GdiProcess = new BitField("GdiProcess", 1, 1);

    /** {@code VirtualMachineProcess : 1} at bit 2. */
    public static final BitField VirtualMachineProcess = new BitField("VirtualMachineProcess", 2, 1);

    /** {@code VirtualMachineWorkerProcess : 1} at bit 3. */
    public static final BitField VirtualMachineWorkerProcess = new BitField("VirtualMachineWorkerProcess", 3, 1);

    /** {@code SessionIsolatedContainer : 1} at bit 4. */
    public static final BitField SessionIsolatedContainer = new BitField("SessionIsolatedContainer", 4, 1);

    /** {@code Reserved : 27} at bit 5. */
    public static final BitField Reserved = new BitField("Reserved", 5, 27);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(SystemProcess, GdiProcess, VirtualMachineProcess, VirtualMachineWorkerProcess, SessionIsolatedContainer, Reserved);

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
