package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;

/**
 * {@snippet lang=c :
 * typedef struct _D3DDDI_DOORBELLMAPPING {
 *     D3DKMT_PTR(VOID*, CpuVa);           // out: CPU VA of the connected doorbell
 *     D3DKMT_PTR(VOID*, SecondaryCpuVa);  // out opt
 * } D3DDDI_DOORBELLMAPPING;               // 16 bytes, G3 only
 * }
 */
public final class D3DDDI_DOORBELLMAPPING {

    /** The layout in header generation {@code g}; only G3 has this type. */
    public static GroupLayout layout(Generation g) {
        if (!g.atLeast(Generation.G3)) {
            throw new IllegalArgumentException("D3DDDI_DOORBELLMAPPING exists from G3 on, not in " + g);
        }
        return Layouts.struct("D3DDDI_DOORBELLMAPPING",
                ADDRESS.withName("CpuVa"),
                ADDRESS.withName("SecondaryCpuVa"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.G3);

    private D3DDDI_DOORBELLMAPPING() {
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

    /** Byte offset of {@code CpuVa}. */
    public static final long CpuVa$OFFSET = Layouts.offsetOf($LAYOUT, "CpuVa");

    /** Getter for {@code VOID * CpuVa}. */
    public static MemorySegment CpuVa(MemorySegment struct) {
        return struct.get(ADDRESS, CpuVa$OFFSET);
    }

    /** Setter for {@code VOID * CpuVa}. */
    public static void CpuVa(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, CpuVa$OFFSET, fieldValue);
    }

    /** Byte offset of {@code SecondaryCpuVa}. */
    public static final long SecondaryCpuVa$OFFSET = Layouts.offsetOf($LAYOUT, "SecondaryCpuVa");

    /** Getter for {@code VOID * SecondaryCpuVa}. */
    public static MemorySegment SecondaryCpuVa(MemorySegment struct) {
        return struct.get(ADDRESS, SecondaryCpuVa$OFFSET);
    }

    /** Setter for {@code VOID * SecondaryCpuVa}. */
    public static void SecondaryCpuVa(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, SecondaryCpuVa$OFFSET, fieldValue);
    }
}
