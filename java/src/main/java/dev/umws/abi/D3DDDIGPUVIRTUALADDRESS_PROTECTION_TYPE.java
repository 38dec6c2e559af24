package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@snippet lang=c :
 * typedef struct _D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE {
 *     union { struct {
 *         UINT64 Write:1; UINT64 Execute:1; UINT64 Zero:1; UINT64 NoAccess:1; UINT64 SystemUseOnly:1;
 *         UINT64 Reserved:59;
 *     }; D3DKMT_ALIGN64 UINT64 Value; };
 * } D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE;  // 8 bytes, align 8, the same in every generation
 * }
 */
public final class D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE",
                JAVA_LONG.withName("Value"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE() {
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

    /** {@code Write : 1} at bit 0. */
    public static final BitField Write = new BitField("Write", 0, 1);

    /** {@code Execute : 1} at bit 1. */
    public static final BitField Execute = new BitField("Execute", 1, 1);

    /** {@code Zero : 1} at bit 2. */
    public static final BitField Zero = new BitField("Zero", 2, 1);

    /** {@code NoAccess : 1} at bit 3. */
    public static final BitField NoAccess = new BitField("NoAccess", 3, 1);

    /** {@code SystemUseOnly : 1} at bit 4. */
    public static final BitField SystemUseOnly = new BitField("SystemUseOnly", 4, 1);

    /** {@code Reserved : 59} at bit 5. */
    public static final BitField Reserved = new BitField("Reserved", 5, 59);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(Write, Execute, Zero, NoAccess, SystemUseOnly, Reserved);

    /** Byte offset of {@code Value}. */
    public static final long Value$OFFSET = Layouts.offsetOf($LAYOUT, "Value");

    /** Getter for {@code UINT64 Value}. */
    public static long Value(MemorySegment struct) {
        return struct.get(JAVA_LONG, Value$OFFSET);
    }

    /** Setter for {@code UINT64 Value}. */
    public static void Value(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, Value$OFFSET, fieldValue);
    }
}
