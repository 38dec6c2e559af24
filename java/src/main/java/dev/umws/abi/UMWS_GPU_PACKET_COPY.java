package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@code COPY}: SizeInBytes from SrcGpuVa to DstGpuVa. 32 bytes.
 */
public final class UMWS_GPU_PACKET_COPY {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("UMWS_GPU_PACKET_COPY",
                UMWS_GPU_PACKET_HEADER.layout().withName("Header"),
                JAVA_LONG.withName("DstGpuVa"),
                JAVA_LONG.withName("SrcGpuVa"),
                JAVA_LONG.withName("SizeInBytes"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private UMWS_GPU_PACKET_COPY() {
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

    /** Byte offset of {@code DstGpuVa}. */
    public static final long DstGpuVa$OFFSET = Layouts.offsetOf($LAYOUT, "DstGpuVa");

    /** Getter for {@code uint64_t DstGpuVa}. */
    public static long DstGpuVa(MemorySegment struct) {
        return struct.get(JAVA_LONG, DstGpuVa$OFFSET);
    }

    /** Setter for {@code uint64_t DstGpuVa}. */
    public static void DstGpuVa(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, DstGpuVa$OFFSET, fieldValue);
    }

    /** Byte offset of {@code SrcGpuVa}. */
    public static final long SrcGpuVa$OFFSET = Layouts.offsetOf($LAYOUT, "SrcGpuVa");

    /** Getter for {@code uint64_t SrcGpuVa}. */
    public static long SrcGpuVa(MemorySegment struct) {
        return struct.get(JAVA_LONG, SrcGpuVa$OFFSET);
    }

    /** Setter for {@code uint64_t SrcGpuVa}. */
    public static void SrcGpuVa(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, SrcGpuVa$OFFSET, fieldValue);
    }

    /** Byte offset of {@code SizeInBytes}. */
    public static final long SizeInBytes$OFFSET = Layouts.offsetOf($LAYOUT, "SizeInBytes");

    /** Getter for {@code uint64_t SizeInBytes}. */
    public static long SizeInBytes(MemorySegment struct) {
        return struct.get(JAVA_LONG, SizeInBytes$OFFSET);
    }

    /** Setter for {@code uint64_t SizeInBytes}. */
    public static void SizeInBytes(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, SizeInBytes$OFFSET, fieldValue);
    }
}
