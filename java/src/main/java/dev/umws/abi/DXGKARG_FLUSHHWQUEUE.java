package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;

/**
 * The argument of {@code DxgkDdiFlushHwQueue}, the DDI that {@code DRIVER_INITIALIZATION_DATA} lists
 * right after {@code DxgkDdiNotifyWorkSubmission} under {@code DXGKDDI_INTERFACE_VERSION >= WDDM3_1}
 * (every generation here; Learn page of {@code DRIVER_INITIALIZATION_DATA}). Members from the C#
 * that smourier/DirectN generates from the SDK's {@code d3dkmddi.h}; no Learn page for the structure
 * was found. The 22631 kernel refuses a UMS adapter whose DDI table lacks the pointer (observed in
 * the 22631 binary (dxgkrnl.sys, build 22631.4169)).
 * {@snippet lang=c :
 * typedef struct _DXGKARG_FLUSHHWQUEUE {
 *     HANDLE hHwQueue;                      //  0
 *     HANDLE Event;                         //  8
 *     DXGKARG_FLUSHHWQUEUE_FLAGS Flags;     // 16
 *     UINT Padding0;                        // 20, implicit in the Windows header
 * } DXGKARG_FLUSHHWQUEUE;                   // 24 bytes, every generation
 * }
 */
public final class DXGKARG_FLUSHHWQUEUE {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGKARG_FLUSHHWQUEUE",
                ADDRESS.withName("hHwQueue"),
                ADDRESS.withName("Event"),
                DXGKARG_FLUSHHWQUEUE_FLAGS.layout().withName("Flags"),
                Layouts.pad("Padding0", 4));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKARG_FLUSHHWQUEUE() {
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

    /** Byte offset of {@code Event}. */
    public static final long Event$OFFSET = Layouts.offsetOf($LAYOUT, "Event");

    /** Getter for {@code HANDLE Event}. */
    public static MemorySegment Event(MemorySegment struct) {
        return struct.get(ADDRESS, Event$OFFSET);
    }

    /** Setter for {@code HANDLE Event}. */
    public static void Event(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, Event$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code DXGKARG_FLUSHHWQUEUE_FLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, DXGKARG_FLUSHHWQUEUE_FLAGS.sizeof());
    }
}
