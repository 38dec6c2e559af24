package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.ArrayList;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;

/**
 * {@snippet lang=c :
 * typedef struct _DXGKARG_DISCONNECTDOORBELL {
 *     HANDLE hDoorbell;                         // (G1, G2) / hHwQueue (G3)
 *     DXGKARG_DISCONNECTDOORBELL_FLAGS Flags;
 * } DXGKARG_DISCONNECTDOORBELL;           // 16 bytes
 * }
 */
public final class DXGKARG_DISCONNECTDOORBELL {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        List<MemoryLayout> m = new ArrayList<>();
        if (g == Generation.G1 || g == Generation.G2) {
            m.add(ADDRESS.withName("hDoorbell"));
        }
        if (g == Generation.G3) {
            m.add(ADDRESS.withName("hHwQueue"));
        }
        m.add(DXGKARG_DISCONNECTDOORBELL_FLAGS.layout().withName("Flags"));
        m.add(Layouts.pad("Padding0", 4));
        return Layouts.struct("DXGKARG_DISCONNECTDOORBELL", m.toArray(MemoryLayout[]::new));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKARG_DISCONNECTDOORBELL() {
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

    /** Byte offset of {@code hDoorbell}; -1 in generations without it. */
    public static final long hDoorbell$OFFSET = Layouts.offsetOf($LAYOUT, "hDoorbell");

    /** Getter for {@code HANDLE hDoorbell}. */
    public static MemorySegment hDoorbell(MemorySegment struct) {
        return struct.get(ADDRESS, Layouts.require(hDoorbell$OFFSET, "DXGKARG_DISCONNECTDOORBELL", "hDoorbell"));
    }

    /** Setter for {@code HANDLE hDoorbell}. */
    public static void hDoorbell(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, Layouts.require(hDoorbell$OFFSET, "DXGKARG_DISCONNECTDOORBELL", "hDoorbell"), fieldValue);
    }

    /** Byte offset of {@code hHwQueue}; -1 in generations without it. */
    public static final long hHwQueue$OFFSET = Layouts.offsetOf($LAYOUT, "hHwQueue");

    /** Getter for {@code HANDLE hHwQueue}. */
    public static MemorySegment hHwQueue(MemorySegment struct) {
        return struct.get(ADDRESS, Layouts.require(hHwQueue$OFFSET, "DXGKARG_DISCONNECTDOORBELL", "hHwQueue"));
    }

    /** Setter for {@code HANDLE hHwQueue}. */
    public static void hHwQueue(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, Layouts.require(hHwQueue$OFFSET, "DXGKARG_DISCONNECTDOORBELL", "hHwQueue"), fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code DXGKARG_DISCONNECTDOORBELL_FLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, DXGKARG_DISCONNECTDOORBELL_FLAGS.sizeof());
    }
}
