package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.ArrayList;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _D3DKMT_DESTROY_DOORBELL {
 *     D3DKMT_HANDLE hDoorbell;                  // in (G2, G3) / hHwQueue (G1)
 * } D3DKMT_DESTROY_DOORBELL;
 * }
 */
public final class D3DKMT_DESTROY_DOORBELL {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        List<MemoryLayout> m = new ArrayList<>();
        if (g == Generation.G1) {
            m.add(JAVA_INT.withName("hHwQueue"));
        }
        if (g == Generation.G2 || g == Generation.G3) {
            m.add(JAVA_INT.withName("hDoorbell"));
        }
        return Layouts.struct("D3DKMT_DESTROY_DOORBELL", m.toArray(MemoryLayout[]::new));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DKMT_DESTROY_DOORBELL() {
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

    /** Byte offset of {@code hHwQueue}; -1 in generations without it. */
    public static final long hHwQueue$OFFSET = Layouts.offsetOf($LAYOUT, "hHwQueue");

    /** Getter for {@code D3DKMT_HANDLE hHwQueue}. */
    public static int hHwQueue(MemorySegment struct) {
        return struct.get(JAVA_INT, Layouts.require(hHwQueue$OFFSET, "D3DKMT_DESTROY_DOORBELL", "hHwQueue"));
    }

    /** Setter for {@code D3DKMT_HANDLE hHwQueue}. */
    public static void hHwQueue(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Layouts.require(hHwQueue$OFFSET, "D3DKMT_DESTROY_DOORBELL", "hHwQueue"), fieldValue);
    }

    /** Byte offset of {@code hDoorbell}; -1 in generations without it. */
    public static final long hDoorbell$OFFSET = Layouts.offsetOf($LAYOUT, "hDoorbell");

    /** Getter for {@code D3DKMT_HANDLE hDoorbell}. */
    public static int hDoorbell(MemorySegment struct) {
        return struct.get(JAVA_INT, Layouts.require(hDoorbell$OFFSET, "D3DKMT_DESTROY_DOORBELL", "hDoorbell"));
    }

    /** Setter for {@code D3DKMT_HANDLE hDoorbell}. */
    public static void hDoorbell(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Layouts.require(hDoorbell$OFFSET, "D3DKMT_DESTROY_DOORBELL", "hDoorbell"), fieldValue);
    }
}
