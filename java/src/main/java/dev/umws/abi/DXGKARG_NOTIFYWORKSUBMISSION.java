package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.ArrayList;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;

/**
 * {@snippet lang=c :
 * typedef struct _DXGKARG_NOTIFYWORKSUBMISSION {
 *     HANDLE hHwQueue;
 *     DXGKARG_NOTIFYWORKSUBMISSION_FLAGS Flags;
 *     BYTE pPrivateDriverData[D3DDDI_UMS_PDD_SIZE];   // (G3)
 * } DXGKARG_NOTIFYWORKSUBMISSION;         // G2: 16 bytes, G3: 80 bytes
 * }
 */
public final class DXGKARG_NOTIFYWORKSUBMISSION {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        List<MemoryLayout> m = new ArrayList<>();
        m.add(ADDRESS.withName("hHwQueue"));
        m.add(DXGKARG_NOTIFYWORKSUBMISSION_FLAGS.layout().withName("Flags"));
        if (g == Generation.G3) {
            m.add(Layouts.bytes("pPrivateDriverData", 64));
        }
        m.add(Layouts.pad("Padding0", 4));
        return Layouts.struct("DXGKARG_NOTIFYWORKSUBMISSION", m.toArray(MemoryLayout[]::new));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKARG_NOTIFYWORKSUBMISSION() {
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

    /** Byte offset of {@code hHwQueue}. */
    public static final long hHwQueue$OFFSET = Layouts.offsetOf($LAYOUT, "hHwQueue");

    /** Getter for {@code HANDLE hHwQueue}. */
    public static MemorySegment hHwQueue(MemorySegment struct) {
        return struct.get(ADDRESS, hHwQueue$OFFSET);
    }

    /** Setter for {@code HANDLE hHwQueue}. */
    public static void hHwQueue(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, hHwQueue$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code DXGKARG_NOTIFYWORKSUBMISSION_FLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, DXGKARG_NOTIFYWORKSUBMISSION_FLAGS.sizeof());
    }

    /** Byte offset of {@code pPrivateDriverData}; -1 in generations without it. */
    public static final long pPrivateDriverData$OFFSET = Layouts.offsetOf($LAYOUT, "pPrivateDriverData");

    /** Slice of {@code BYTE pPrivateDriverData[D3DDDI_UMS_PDD_SIZE]}. */
    public static MemorySegment pPrivateDriverData(MemorySegment struct) {
        return struct.asSlice(Layouts.require(pPrivateDriverData$OFFSET, "DXGKARG_NOTIFYWORKSUBMISSION", "pPrivateDriverData"), Layouts.find($LAYOUT, "pPrivateDriverData", 0).orElseThrow().size());
    }
}
