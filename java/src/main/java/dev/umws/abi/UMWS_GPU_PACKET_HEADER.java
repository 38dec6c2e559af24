package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * The 8-byte header of every command packet: opcode, flags, length in bytes (header included).
 */
public final class UMWS_GPU_PACKET_HEADER {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("UMWS_GPU_PACKET_HEADER",
                JAVA_SHORT.withName("Opcode"),
                JAVA_SHORT.withName("Flags"),
                JAVA_INT.withName("Length"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private UMWS_GPU_PACKET_HEADER() {
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

    /** Byte offset of {@code Opcode}. */
    public static final long Opcode$OFFSET = Layouts.offsetOf($LAYOUT, "Opcode");

    /** Getter for {@code uint16_t Opcode}. */
    public static short Opcode(MemorySegment struct) {
        return struct.get(JAVA_SHORT, Opcode$OFFSET);
    }

    /** Setter for {@code uint16_t Opcode}. */
    public static void Opcode(MemorySegment struct, short fieldValue) {
        struct.set(JAVA_SHORT, Opcode$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Getter for {@code uint16_t Flags}. */
    public static short Flags(MemorySegment struct) {
        return struct.get(JAVA_SHORT, Flags$OFFSET);
    }

    /** Setter for {@code uint16_t Flags}. */
    public static void Flags(MemorySegment struct, short fieldValue) {
        struct.set(JAVA_SHORT, Flags$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Length}. */
    public static final long Length$OFFSET = Layouts.offsetOf($LAYOUT, "Length");

    /** Getter for {@code uint32_t Length}. */
    public static int Length(MemorySegment struct) {
        return struct.get(JAVA_INT, Length$OFFSET);
    }

    /** Setter for {@code uint32_t Length}. */
    public static void Length(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Length$OFFSET, fieldValue);
    }
}
