package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@snippet lang=c :
 * typedef struct _D3DDDI_NATIVEFENCEMAPPING {
 *     D3DKMT_PTR(VOID*, CurrentValueCpuVa);                    // read-only CPU mapping
 *     D3DKMT_ALIGN64 D3DGPU_VIRTUAL_ADDRESS CurrentValueGpuVa; // read/write GPU mapping
 *     D3DKMT_ALIGN64 D3DGPU_VIRTUAL_ADDRESS MonitoredValueGpuVa;
 *     D3DKMT_ALIGN64 BYTE Reserved[32];
 * } D3DDDI_NATIVEFENCEMAPPING;                                 // 56 bytes, G3 only
 * }
 */
public final class D3DDDI_NATIVEFENCEMAPPING {

    /** The layout in header generation {@code g}; only G3 has this type. */
    public static GroupLayout layout(Generation g) {
        if (!g.atLeast(Generation.G3)) {
            throw new IllegalArgumentException("D3DDDI_NATIVEFENCEMAPPING exists from G3 on, not in " + g);
        }
        return Layouts.struct("D3DDDI_NATIVEFENCEMAPPING",
                ADDRESS.withName("CurrentValueCpuVa"),
                JAVA_LONG.withName("CurrentValueGpuVa"),
                JAVA_LONG.withName("MonitoredValueGpuVa"),
                Layouts.bytes("Reserved", 32));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.G3);

    private D3DDDI_NATIVEFENCEMAPPING() {
    }

    /** The layout in the selected generation (G3). */
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

    /** Byte offset of {@code CurrentValueCpuVa}. */
    public static final long CurrentValueCpuVa$OFFSET = Layouts.offsetOf($LAYOUT, "CurrentValueCpuVa");

    /** Getter for {@code VOID * CurrentValueCpuVa}. */
    public static MemorySegment CurrentValueCpuVa(MemorySegment struct) {
        return struct.get(ADDRESS, CurrentValueCpuVa$OFFSET);
    }

    /** Setter for {@code VOID * CurrentValueCpuVa}. */
    public static void CurrentValueCpuVa(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, CurrentValueCpuVa$OFFSET, fieldValue);
    }

    /** Byte offset of {@code CurrentValueGpuVa}. */
    public static final long CurrentValueGpuVa$OFFSET = Layouts.offsetOf($LAYOUT, "CurrentValueGpuVa");

    /** Getter for {@code D3DGPU_VIRTUAL_ADDRESS CurrentValueGpuVa}. */
    public static long CurrentValueGpuVa(MemorySegment struct) {
        return struct.get(JAVA_LONG, CurrentValueGpuVa$OFFSET);
    }

    /** Setter for {@code D3DGPU_VIRTUAL_ADDRESS CurrentValueGpuVa}. */
    public static void CurrentValueGpuVa(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, CurrentValueGpuVa$OFFSET, fieldValue);
    }

    /** Byte offset of {@code MonitoredValueGpuVa}. */
    public static final long MonitoredValueGpuVa$OFFSET = Layouts.offsetOf($LAYOUT, "MonitoredValueGpuVa");

    /** Getter for {@code D3DGPU_VIRTUAL_ADDRESS MonitoredValueGpuVa}. */
    public static long MonitoredValueGpuVa(MemorySegment struct) {
        return struct.get(JAVA_LONG, MonitoredValueGpuVa$OFFSET);
    }

    /** Setter for {@code D3DGPU_VIRTUAL_ADDRESS MonitoredValueGpuVa}. */
    public static void MonitoredValueGpuVa(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, MonitoredValueGpuVa$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Reserved}. */
    public static final long Reserved$OFFSET = Layouts.offsetOf($LAYOUT, "Reserved");

    /** Slice of {@code BYTE Reserved[32]}. */
    public static MemorySegment Reserved(MemorySegment struct) {
        return struct.asSlice(Reserved$OFFSET, $LAYOUT.select(MemoryLayout.PathElement.groupElement("Reserved")).byteSize());
    }
}
