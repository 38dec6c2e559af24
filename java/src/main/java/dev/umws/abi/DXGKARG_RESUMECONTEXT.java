package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;

/**
 * {@snippet lang=c :
 * typedef struct _DXGKARG_RESUMECONTEXT {
 *     HANDLE hContext;
 * } DXGKARG_RESUMECONTEXT;                     // 8 bytes
 * }
 */
public final class DXGKARG_RESUMECONTEXT {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGKARG_RESUMECONTEXT",
                ADDRESS.withName("hContext"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKARG_RESUMECONTEXT() {
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

    /** Byte offset of {@code hContext}. */
    public static final long hContext$OFFSET = Layouts.offsetOf($LAYOUT, "hContext");

    /** Getter for {@code HANDLE hContext}. */
    public static MemorySegment hContext(MemorySegment struct) {
        return struct.get(ADDRESS, hContext$OFFSET);
    }

    /** Setter for {@code HANDLE hContext}. */
    public static void hContext(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, hContext$OFFSET, fieldValue);
    }
}
