package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _D3DKMT_DESTROYHWQUEUE { D3DKMT_HANDLE hHwQueue; } D3DKMT_DESTROYHWQUEUE;
 * }
 */
public final class D3DKMT_DESTROYHWQUEUE {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("D3DKMT_DESTROYHWQUEUE",
                JAVA_INT.withName("hHwQueue"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DKMT_DESTROYHWQUEUE() {
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

    /** Getter for {@code D3DKMT_HANDLE hHwQueue}. */
    public static int hHwQueue(MemorySegment struct) {
        return struct.get(JAVA_INT, hHwQueue$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hHwQueue}. */
    public static void hHwQueue(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hHwQueue$OFFSET, fieldValue);
    }
}
