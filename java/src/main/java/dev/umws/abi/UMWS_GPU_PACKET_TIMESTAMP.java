package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@code TIMESTAMP}: stores the GPU clock (ns) at GpuVa. 16 bytes.
 */
public final class UMWS_GPU_PACKET_TIMESTAMP {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("UMWS_GPU_PACKET_TIMESTAMP",
                UMWS_GPU_PACKET_HEADER.layout().withName("Header"),
                JAVA_LONG.withName("GpuVa"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private UMWS_GPU_PACKET_TIMESTAMP() {
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

    /** Byte offset of {@code GpuVa}. */
    public static final long GpuVa$OFFSET = Layouts.offsetOf($LAYOUT, "GpuVa");

    /** Getter for {@code uint64_t GpuVa}. */
    public static long GpuVa(MemorySegment struct) {
        return struct.get(JAVA_LONG, GpuVa$OFFSET);
    }

    /** Setter for {@code uint64_t GpuVa}. */
    public static void GpuVa(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, GpuVa$OFFSET, fieldValue);
    }
}
