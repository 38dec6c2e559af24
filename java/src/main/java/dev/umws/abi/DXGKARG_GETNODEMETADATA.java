package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

/**
 * {@snippet lang=c :
 * typedef DXGK_NODEMETADATA DXGKARG_GETNODEMETADATA;   // d3dkmdt.h, 76 bytes
 * }
 * The argument of {@code DxgkDdiGetNodeMetadata}: the same type as {@link DXGK_NODEMETADATA}, whose offsets
 * and accessors apply unchanged. Mirrored under both names so that both C names are checked.
 */
public final class DXGKARG_GETNODEMETADATA {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return DXGK_NODEMETADATA.layout(g).withName("DXGKARG_GETNODEMETADATA");
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKARG_GETNODEMETADATA() {
    }

    /** The layout in the selected generation. */
    public static GroupLayout layout() {
        return $LAYOUT;
    }

    /** Size in bytes. */
    public static long sizeof() {
        return $LAYOUT.byteSize();
    }

    /** A zeroed instance from {@code allocator}; read and write it with {@link DXGK_NODEMETADATA}'s accessors. */
    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate($LAYOUT);
    }
}
