package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _D3DKMT_DESTROYDEVICE {
 *     D3DKMT_HANDLE hDevice;                  // in
 * } D3DKMT_DESTROYDEVICE;                 // 4 bytes
 * }
 */
public final class D3DKMT_DESTROYDEVICE {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("D3DKMT_DESTROYDEVICE",
                JAVA_INT.withName("hDevice"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DKMT_DESTROYDEVICE() {
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

    /** Byte offset of {@code hDevice}. */
    public static final long hDevice$OFFSET = Layouts.offsetOf($LAYOUT, "hDevice");

    /** Getter for {@code D3DKMT_HANDLE hDevice}. */
    public static int hDevice(MemorySegment struct) {
        return struct.get(JAVA_INT, hDevice$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hDevice}. */
    public static void hDevice(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hDevice$OFFSET, fieldValue);
    }
}
