package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Ring control of one queue ({@code include/umws/umws_gpu_packets.h}).
 *
 * <pre>
 *   0              8                          64             72                        128
 *   +--------------+--------- pad ------------+--------------+---------- pad ----------+
 *   | WritePointer |                          | ReadPointer  |                         |
 *   +--------------+--------------------------+--------------+-------------------------+
 * </pre>
 * WritePointer: UMD stores with release, firmware loads with acquire. ReadPointer: firmware stores
 * with release, UMD loads with acquire. Separate cache lines: no ping-pong between the two writers.
 */
public final class UMWS_GPU_RING_CONTROL {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("UMWS_GPU_RING_CONTROL",
                JAVA_LONG.withName("WritePointer"),
                Layouts.pad("Padding0", 56),
                JAVA_LONG.withName("ReadPointer"),
                Layouts.pad("Padding1", 56));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private UMWS_GPU_RING_CONTROL() {
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

    /** Byte offset of {@code WritePointer}. */
    public static final long WritePointer$OFFSET = Layouts.offsetOf($LAYOUT, "WritePointer");

    /** Getter for {@code uint64_t WritePointer}. */
    public static long WritePointer(MemorySegment struct) {
        return struct.get(JAVA_LONG, WritePointer$OFFSET);
    }

    /** Setter for {@code uint64_t WritePointer}. */
    public static void WritePointer(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, WritePointer$OFFSET, fieldValue);
    }

    /** Byte offset of {@code ReadPointer}. */
    public static final long ReadPointer$OFFSET = Layouts.offsetOf($LAYOUT, "ReadPointer");

    /** Getter for {@code uint64_t ReadPointer}. */
    public static long ReadPointer(MemorySegment struct) {
        return struct.get(JAVA_LONG, ReadPointer$OFFSET);
    }

    /** Setter for {@code uint64_t ReadPointer}. */
    public static void ReadPointer(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, ReadPointer$OFFSET, fieldValue);
    }
}
