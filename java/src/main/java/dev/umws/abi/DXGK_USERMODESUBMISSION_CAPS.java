package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGK_USERMODESUBMISSION_CAPS {
 *     union { struct { UINT SecondaryDoorbellSupported:1; UINT Reserved:31; }; UINT Value; } Flags;
 *     UINT  DoorbellSizeInBytes;                // required
 *     UINT  SecondaryDoorbellSizeInBytes;
 *     UCHAR Reserved[16];
 * } DXGK_USERMODESUBMISSION_CAPS;         // 28 bytes, align 4
 * }
 * Answered for {@code DXGKQAITYPE_USERMODESUBMISSION_CAPS} (38).
 */
public final class DXGK_USERMODESUBMISSION_CAPS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGK_USERMODESUBMISSION_CAPS",
                Flags.LAYOUT,
                JAVA_INT.withName("DoorbellSizeInBytes"),
                JAVA_INT.withName("SecondaryDoorbellSizeInBytes"),
                Layouts.bytes("Reserved", 16));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGK_USERMODESUBMISSION_CAPS() {
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

    /** {@code Flags.SecondaryDoorbellSupported : 1} at bit 0. */
    public static final BitField SecondaryDoorbellSupported = new BitField("Flags.SecondaryDoorbellSupported", 0, 1);

    /** {@code Flags.Reserved : 31} at bit 1. */
    public static final BitField Flags_Reserved = new BitField("Flags.Reserved", 1, 31);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(SecondaryDoorbellSupported, Flags_Reserved);

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code struct { ... } Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, Flags.LAYOUT.byteSize());
    }

    /** Byte offset of {@code DoorbellSizeInBytes}. */
    public static final long DoorbellSizeInBytes$OFFSET = Layouts.offsetOf($LAYOUT, "DoorbellSizeInBytes");

    /** Getter for {@code UINT DoorbellSizeInBytes}. */
    public static int DoorbellSizeInBytes(MemorySegment struct) {
        return struct.get(JAVA_INT, DoorbellSizeInBytes$OFFSET);
    }

    /** Setter for {@code UINT DoorbellSizeInBytes}. */
    public static void DoorbellSizeInBytes(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, DoorbellSizeInBytes$OFFSET, fieldValue);
    }

    /** Byte offset of {@code SecondaryDoorbellSizeInBytes}. */
    public static final long SecondaryDoorbellSizeInBytes$OFFSET = Layouts.offsetOf($LAYOUT, "SecondaryDoorbellSizeInBytes");

    /** Getter for {@code UINT SecondaryDoorbellSizeInBytes}. */
    public static int SecondaryDoorbellSizeInBytes(MemorySegment struct) {
        return struct.get(JAVA_INT, SecondaryDoorbellSizeInBytes$OFFSET);
    }

    /** Setter for {@code UINT SecondaryDoorbellSizeInBytes}. */
    public static void SecondaryDoorbellSizeInBytes(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, SecondaryDoorbellSizeInBytes$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Reserved}. */
    public static final long Reserved$OFFSET = Layouts.offsetOf($LAYOUT, "Reserved");

    /** Slice of {@code UCHAR Reserved[16]}. */
    public static MemorySegment Reserved(MemorySegment struct) {
        return struct.asSlice(Reserved$OFFSET, $LAYOUT.select(MemoryLayout.PathElement.groupElement("Reserved")).byteSize());
    }

    /** {@snippet lang=c : union { ... } Flags } */
    public static final class Flags {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.union("Flags",
                JAVA_INT.withName("Value"));

        private Flags() {
        }

        /** Byte offset of {@code Value}. */
        public static final long Value$OFFSET = Layouts.offsetOf(LAYOUT, "Value");

        /** Getter for {@code UINT Value}. */
        public static int Value(MemorySegment struct) {
            return struct.get(JAVA_INT, Value$OFFSET);
        }

        /** Setter for {@code UINT Value}. */
        public static void Value(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, Value$OFFSET, fieldValue);
        }
    }
}
