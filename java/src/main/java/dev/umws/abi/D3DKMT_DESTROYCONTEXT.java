package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _D3DKMT_DESTROYCONTEXT {
 *     D3DKMT_HANDLE hContext;                 // in
 * } D3DKMT_DESTROYCONTEXT;                // 4 bytes
 * }
 */
public final class D3DKMT_DESTROYCONTEXT {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("D3DKMT_DESTROYCONTEXT",
                JAVA_INT.withName("hContext"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DKMT_DESTROYCONTEXT() {
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

    /** Getter for {@code D3DKMT_HANDLE hContext}. */
    public static int hContext(MemorySegment struct) {
        return struct.get(JAVA_INT, hContext$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hContext}. */
    public static void hContext(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hContext$OFFSET, fieldValue);
    }
}
