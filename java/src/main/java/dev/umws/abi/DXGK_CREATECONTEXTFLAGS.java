package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGK_CREATECONTEXTFLAGS {
 *     union {
 *         struct { UINT SystemContext:1; UINT GdiContext:1; UINT VirtualAddressing:1;
 *                  UINT SystemProtectedContext:1; UINT HwQueueSupported:1; UINT TestContext:1;
 *                  UINT Reserved:26; };
 *         UINT Value;
 *     };
 * } DXGK_CREATECONTEXTFLAGS;                 // 4 bytes
 * }
 * d3dkmddi.h. Flags of DxgkDdiCreateContext. {@code TestContext} is newer than WDDM 2.3; taken as present in
 * G1, like {@code D3DDDI_CREATEHWQUEUEFLAGS.TestQueue}.
 */
public final class DXGK_CREATECONTEXTFLAGS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.flags32("DXGK_CREATECONTEXTFLAGS");
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGK_CREATECONTEXTFLAGS() {
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

    /** {@code SystemContext : 1} at bit 0. */
    public static final BitField SystemContext = new BitField("SystemContext", 0, 1);

    /** {@code GdiContext : 1} at bit 1. */
    public static final BitField GdiContext = new BitField("GdiContext", 1, 1);

    /** {@code VirtualAddressing : 1} at bit 2. */
    public static final BitField VirtualAddressing = new BitField("VirtualAddressing", 2, 1);

    /** {@code SystemProtectedContext : 1} at bit 3. */
    public static final BitField SystemProtectedContext = new BitField("SystemProtectedContext", 3, 1);

    /** {@code HwQueueSupported : 1} at bit 4. */
    public static final BitField HwQueueSupported = new BitField("HwQueueSupported", 4, 1);

    /** {@code TestContext : 1} at bit 5. */
    public static final BitField TestContext = new BitField("TestContext", 5, 1);

    /** {@code Reserved : 26} at bit 6. */
    public static final BitField Reserved = new BitField("Reserved", 6, 26);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(SystemContext, GdiContext, VirtualAddressing, SystemProtectedContext, HwQueueSupported, TestContext, Reserved);

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
