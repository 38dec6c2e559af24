package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@code WRITE_FENCE}: stores Value (release) at FenceGpuVa; with flag INTERRUPT raises
 * MONITORED_FENCE_SIGNALED. 24 bytes.
 */
public final class UMWS_GPU_PACKET_WRITE_FENCE {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("UMWS_GPU_PACKET_WRITE_FENCE",
                UMWS_GPU_PACKET_HEADER.layout().withName("Header"),
                JAVA_LONG.withName("FenceGpuVa"),
                JAVA_LONG.withName("Value"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private UMWS_GPU_PACKET_WRITE_FENCE() {
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

    /** Byte offset of {@code Header}. */
    public static final long Header$OFFSET = Layouts.offsetOf($LAYOUT, "Header");

    /** Slice of {@code UMWS_GPU_PACKET_HEADER Header}. */
    public static MemorySegment Header(MemorySegment struct) {
        return struct.asSlice(Header$OFFSET, UMWS_GPU_PACKET_HEADER.sizeof());
    }

    /** Byte offset of {@code FenceGpuVa}. */
    public static final long FenceGpuVa$OFFSET = Layouts.offsetOf($LAYOUT, "FenceGpuVa");

    /** Getter for {@code uint64_t FenceGpuVa}. */
    public static long FenceGpuVa(MemorySegment struct) {
        return struct.get(JAVA_LONG, FenceGpuVa$OFFSET);
    }

    /** Setter for {@code uint64_t FenceGpuVa}. */
    public static void FenceGpuVa(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, FenceGpuVa$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Value}. */
    public static final long Value$OFFSET = Layouts.offsetOf($LAYOUT, "Value");

    /** Getter for {@code uint64_t Value}. */
    public static long Value(MemorySegment struct) {
        return struct.get(JAVA_LONG, Value$OFFSET);
    }

    /** Setter for {@code uint64_t Value}. */
    public static void Value(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, Value$OFFSET, fieldValue);
    }
}
