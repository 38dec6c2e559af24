package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGK_ALLOCATIONINFOFLAGS_WDDM2_0 {
 *     union {
 *         struct { UINT CpuVisible:1; UINT PermanentSysMem:1; UINT Cached:1; UINT Protected:1;
 *                  UINT ExistingSysMem:1; UINT ExistingKernelSysMem:1; UINT FromEndOfSegment:1;
 *                  UINT DisableLargePageMapping:1; UINT Overlay:1; UINT Capture:1;
 *                  UINT CreateInVpr:1; UINT Reserved17:1; UINT Reserved02:1;
 *                  UINT MapApertureCpuVisible:1; UINT HistoryBuffer:1; UINT AccessedPhysically:1;
 *                  UINT ExplicitResidencyNotification:1; UINT HardwareProtected:1;
 *                  UINT CpuVisibleOnDemand:1; UINT Reserved16:1; UINT Reserved15:1;
 *                  UINT Reserved14:1; UINT Reserved13:1; UINT Reserved12:1; UINT Reserved11:1;
 *                  UINT Reserved10:1; UINT Reserved9:1; UINT Reserved4:1; UINT Reserved3:1;
 *                  UINT Reserved2:1; UINT Reserved1:1; UINT Reserved0:1; };
 *         UINT Value;
 *     };
 * } DXGK_ALLOCATIONINFOFLAGS_WDDM2_0;        // 4 bytes
 * }
 * d3dkmddi.h. The WDDM 2 view of {@code DXGK_ALLOCATIONINFO.Flags} ({@code FlagsWddm2}). Bits 11 and 19..31
 * are spelled {@code DXGK_ALLOC_RESERVEDn} in the header, macros for {@code Reservedn}.
 */
public final class DXGK_ALLOCATIONINFOFLAGS_WDDM2_0 {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.flags32("DXGK_ALLOCATIONINFOFLAGS_WDDM2_0");
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGK_ALLOCATIONINFOFLAGS_WDDM2_0() {
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

    /** {@code CpuVisible : 1} at bit 0. */
    public static final BitField CpuVisible = new BitField("CpuVisible", 0, 1);

    /** {@code PermanentSysMem : 1} at bit 1. */
    public static final BitField PermanentSysMem = new BitField("PermanentSysMem", 1, 1);

    /** {@code Cached : 1} at bit 2. */
    public static final BitField Cached = new BitField("Cached", 2, 1);

    /** {@code Protected : 1} at bit 3. */
    public static final BitField Protected = new BitField("Protected", 3, 1);

    /** {@code ExistingSysMem : 1} at bit 4. */
    public static final BitField ExistingSysMem = new BitField("ExistingSysMem", 4, 1);

    /** {@code ExistingKernelSysMem : 1} at bit 5. */
    public static final BitField ExistingKernelSysMem = new BitField("ExistingKernelSysMem", 5, 1);

    /** {@code FromEndOfSegment : 1} at bit 6. */
    public static final BitField FromEndOfSegment = new BitField("FromEndOfSegment", 6, 1);

    /** {@code DisableLargePageMapping : 1} at bit 7. */
    public static final BitField DisableLargePageMapping = new BitField("DisableLargePageMapping", 7, 1);

    /** {@code Overlay : 1} at bit 8. */
    public static final BitField Overlay = new BitField("Overlay", 8, 1);

    /** {@code Capture : 1} at bit 9. */
    public static final BitField Capture = new BitField("Capture", 9, 1);

    /** {@code CreateInVpr : 1} at bit 10. */
    public static final BitField CreateInVpr = new BitField("CreateInVpr", 10, 1);

    /** {@code Reserved17 : 1} at bit 11. */
    public static final BitField Reserved17 = new BitField("Reserved17", 11, 1);

    /** {@code Reserved02 : 1} at bit 12. */
    public static final BitField Reserved02 = new BitField("Reserved02", 12, 1);

    /** {@code MapApertureCpuVisible : 1} at bit 13. */
    public static final BitField MapApertureCpuVisible = new BitField("MapApertureCpuVisible", 13, 1);

    /** {@code HistoryBuffer : 1} at bit 14. */
    public static final BitField HistoryBuffer = new BitField("HistoryBuffer", 14, 1);

    /** {@code AccessedPhysically : 1} at bit 15. */
    public static final BitField AccessedPhysically = new BitField("AccessedPhysically", 15, 1);

    /** {@code ExplicitResidencyNotification : 1} at bit 16. */
    public static final BitField ExplicitResidencyNotification = new BitField("ExplicitResidencyNotification", 16, 1);

    /** {@code HardwareProtected : 1} at bit 17. */
    public static final BitField HardwareProtected = new BitField("HardwareProtected", 17, 1);

    /** {@code CpuVisibleOnDemand : 1} at bit 18. */
    public static final BitField CpuVisibleOnDemand = new BitField("CpuVisibleOnDemand", 18, 1);

    /** {@code Reserved16 : 1} at bit 19. */
    public static final BitField Reserved16 = new BitField("Reserved16", 19, 1);

    /** {@code Reserved15 : 1} at bit 20. */
    public static final BitField Reserved15 = new BitField("Reserved15", 20, 1);

    /** {@code Reserved14 : 1} at bit 21. */
    public static final BitField Reserved14 = new BitField("Reserved14", 21, 1);

    /** {@code Reserved13 : 1} at bit 22. */
    public static final BitField Reserved13 = new BitField("Reserved13", 22, 1);

    /** {@code Reserved12 : 1} at bit 23. */
    public static final BitField Reserved12 = new BitField("Reserved12", 23, 1);

    /** {@code Reserved11 : 1} at bit 24. */
    public static final BitField Reserved11 = new BitField("Reserved11", 24, 1);

    /** {@code Reserved10 : 1} at bit 25. */
    public static final BitField Reserved10 = new BitField("Reserved10", 25, 1);

    /** {@code Reserved9 : 1} at bit 26. */
    public static final BitField Reserved9 = new BitField("Reserved9", 26, 1);

    /** {@code Reserved4 : 1} at bit 27. */
    public static final BitField Reserved4 = new BitField("Reserved4", 27, 1);

    /** {@code Reserved3 : 1} at bit 28. */
    public static final BitField Reserved3 = new BitField("Reserved3", 28, 1);

    /** {@code Reserved2 : 1} at bit 29. */
    public static final BitField Reserved2 = new BitField("Reserved2", 29, 1);

    /** {@code Reserved1 : 1} at bit 30. */
    public static final BitField Reserved1 = new BitField("Reserved1", 30, 1);

    /** {@code Reserved0 : 1} at bit 31. */
    public static final BitField Reserved0 = new BitField("Reserved0", 31, 1);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(CpuVisible, PermanentSysMem, Cached, Protected, ExistingSysMem, ExistingKernelSysMem, FromEndOfSegment, DisableLargePageMapping, Overlay, Capture, CreateInVpr, Reserved17, Reserved02, MapApertureCpuVisible, HistoryBuffer, AccessedPhysically, ExplicitResidencyNotification, HardwareProtected, CpuVisibleOnDemand, Reserved16, Reserved15, Reserved14, Reserved13, Reserved12, Reserved11, Reserved10, Reserved9, Reserved4, Reserved3, Reserved2, Reserved1, Reserved0);

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
