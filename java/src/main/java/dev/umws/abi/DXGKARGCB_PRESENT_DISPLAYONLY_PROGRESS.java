package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGKARGCB_PRESENT_DISPLAYONLY_PROGRESS {
 *     D3DDDI_VIDEO_PRESENT_SOURCE_ID VidPnSourceId;
 *     DXGK_PRESENT_DISPLAY_ONLY_PROGRESS_ID ProgressId;
 * } DXGKARGCB_PRESENT_DISPLAYONLY_PROGRESS;   // 8 bytes
 * }
 */
public final class DXGKARGCB_PRESENT_DISPLAYONLY_PROGRESS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGKARGCB_PRESENT_DISPLAYONLY_PROGRESS",
                JAVA_INT.withName("VidPnSourceId"),
                JAVA_INT.withName("ProgressId"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKARGCB_PRESENT_DISPLAYONLY_PROGRESS() {
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

    /** Byte offset of {@code VidPnSourceId}. */
    public static final long VidPnSourceId$OFFSET = Layouts.offsetOf($LAYOUT, "VidPnSourceId");

    /** Getter for {@code D3DDDI_VIDEO_PRESENT_SOURCE_ID VidPnSourceId}. */
    public static int VidPnSourceId(MemorySegment struct) {
        return struct.get(JAVA_INT, VidPnSourceId$OFFSET);
    }

    /** Setter for {@code D3DDDI_VIDEO_PRESENT_SOURCE_ID VidPnSourceId}. */
    public static void VidPnSourceId(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, VidPnSourceId$OFFSET, fieldValue);
    }

    /** Byte offset of {@code ProgressId}. */
    public static final long ProgressId$OFFSET = Layouts.offsetOf($LAYOUT, "ProgressId");

    /** Getter for {@code DXGK_PRESENT_DISPLAY_ONLY_PROGRESS_ID ProgressId}. */
    public static int ProgressId(MemorySegment struct) {
        return struct.get(JAVA_INT, ProgressId$OFFSET);
    }

    /** Setter for {@code DXGK_PRESENT_DISPLAY_ONLY_PROGRESS_ID ProgressId}. */
    public static void ProgressId(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, ProgressId$OFFSET, fieldValue);
    }
}
