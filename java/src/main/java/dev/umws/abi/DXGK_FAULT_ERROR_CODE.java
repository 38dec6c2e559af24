package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGK_FAULT_ERROR_CODE {
 *     union {
 *         struct { UINT IsDeviceSpecificCode:1; DXGK_GENERAL_ERROR_CODE GeneralErrorCode:31; };
 *         struct { UINT IsDeviceSpecificCodeReservedBit:1; UINT DeviceSpecificCode:31; };
 *     };
 * } DXGK_FAULT_ERROR_CODE;                // 4 bytes
 * }
 * C gives the word no name: the Java layout calls it {@code $word} inside an anonymous union.
 */
public final class DXGK_FAULT_ERROR_CODE {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGK_FAULT_ERROR_CODE",
                Layouts.anonUnion(0,
                        JAVA_INT.withName("$word")));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGK_FAULT_ERROR_CODE() {
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

    /** {@code IsDeviceSpecificCode : 1} at bit 0. */
    public static final BitField IsDeviceSpecificCode = new BitField("IsDeviceSpecificCode", 0, 1);

    /** {@code GeneralErrorCode : 31} at bit 1. */
    public static final BitField GeneralErrorCode = new BitField("GeneralErrorCode", 1, 31);

    /** {@code IsDeviceSpecificCodeReservedBit : 1} at bit 0. */
    public static final BitField IsDeviceSpecificCodeReservedBit = new BitField("IsDeviceSpecificCodeReservedBit", 0, 1);

    /** {@code DeviceSpecificCode : 31} at bit 1. */
    public static final BitField DeviceSpecificCode = new BitField("DeviceSpecificCode", 1, 31);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(IsDeviceSpecificCode, GeneralErrorCode, IsDeviceSpecificCodeReservedBit, DeviceSpecificCode);

    /** The whole 4-byte word (C gives it no name; the Java layout calls it {@code $word}). */
    public static int word(MemorySegment struct) {
        return struct.get(JAVA_INT, 0);
    }

    /** Sets the whole 4-byte word. */
    public static void word(MemorySegment struct, int value) {
        struct.set(JAVA_INT, 0, value);
    }

}
