package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGK_ALLOCATIONINFOFLAGS2 {
 *     union {
 *         struct { UINT ShareBackingStoreWithKmd:1; UINT NoImplicitSynchronization:1;
 *                  UINT DisablePartialResidency:1; UINT RestrictedToSingleSegment:1;
 *                  UINT NeedPagingVaAtResidencyNotification:1; UINT Reserved01:1;
 *                  UINT FaultAndStall:1; UINT Reserved:25; };
 *         UINT Value;
 *     };
 * } DXGK_ALLOCATIONINFOFLAGS2;               // 4 bytes
 * }
 * d3dkmddi.h. WDDM 3.0 and on. G1: only bit 0 (INFERENCE: the pre-3.2 branch of Learn's syntax). G2: bits 0..5
 * as S3a. G3: S3b renames bits 4 and 5 and adds {@code FaultAndStall}.
 */
public final class DXGK_ALLOCATIONINFOFLAGS2 {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.flags32("DXGK_ALLOCATIONINFOFLAGS2");
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGK_ALLOCATIONINFOFLAGS2() {
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

    /** {@code ShareBackingStoreWithKmd : 1} at bit 0. */
    public static final BitField ShareBackingStoreWithKmd = new BitField("ShareBackingStoreWithKmd", 0, 1);

    /** {@code Reserved : 31} at bit 1 (G1). */
    public static final BitField Reserved_G1 = new BitField("Reserved", 1, 31);

    /** {@code NoImplicitSynchronization : 1} at bit 1 (G2, G3). */
    public static final BitField NoImplicitSynchronization = new BitField("NoImplicitSynchronization", 1, 1);

    /** {@code DisablePartialResidency : 1} at bit 2 (G2, G3). */
    public static final BitField DisablePartialResidency = new BitField("DisablePartialResidency", 2, 1);

    /** {@code RestrictedToSingleSegment : 1} at bit 3 (G2, G3). */
    public static final BitField RestrictedToSingleSegment = new BitField("RestrictedToSingleSegment", 3, 1);

    /** {@code NotifyEviction : 1} at bit 4 (G2). */
    public static final BitField NotifyEviction = new BitField("NotifyEviction", 4, 1);

    /** {@code NotifyIoMmuUnmap : 1} at bit 5 (G2). */
    public static final BitField NotifyIoMmuUnmap = new BitField("NotifyIoMmuUnmap", 5, 1);

    /** {@code Reserved : 26} at bit 6 (G2). */
    public static final BitField Reserved_G2 = new BitField("Reserved", 6, 26);

    /** {@code NeedPagingVaAtResidencyNotification : 1} at bit 4 (G3). */
    public static final BitField NeedPagingVaAtResidencyNotification = new BitField("NeedPagingVaAtResidencyNotification", 4, 1);

    /** {@code Reserved01 : 1} at bit 5 (G3). */
    public static final BitField Reserved01 = new BitField("Reserved01", 5, 1);

    /** {@code FaultAndStall : 1} at bit 6 (G3). */
    public static final BitField FaultAndStall = new BitField("FaultAndStall", 6, 1);

    /** {@code Reserved : 25} at bit 7 (G3). */
    public static final BitField Reserved_G3 = new BitField("Reserved", 7, 25);

    /** Every bit-field member of generation {@code g}, in declaration order. */
    public static List<BitField> bits(Generation g) {
        return switch (g) {
            case G1 -> List.of(ShareBackingStoreWithKmd, Reserved_G1);
            case G2 -> List.of(ShareBackingStoreWithKmd, NoImplicitSynchronization, DisablePartialResidency, RestrictedToSingleSegment, NotifyEviction, NotifyIoMmuUnmap, Reserved_G2);
            case G3 -> List.of(ShareBackingStoreWithKmd, NoImplicitSynchronization, DisablePartialResidency, RestrictedToSingleSegment, NeedPagingVaAtResidencyNotification, Reserved01, FaultAndStall, Reserved_G3);
        };
    }

    /** Every bit-field member of the selected generation. */
    public static final List<BitField> BITS = bits(Generation.SELECTED);

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
