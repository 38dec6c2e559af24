package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@code INTERRUPT}: raises InterruptType (a DXGK_INTERRUPT_TYPE) with Payload. 24 bytes.
 */
public final class UMWS_GPU_PACKET_INTERRUPT {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("UMWS_GPU_PACKET_INTERRUPT",
                UMWS_GPU_PACKET_HEADER.layout().withName("Header"),
                JAVA_INT.withName("InterruptType"),
                Layouts.pad("Padding0", 4),
                JAVA_LONG.withName("Payload"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private UMWS_GPU_PACKET_INTERRUPT() {
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

    /** Byte offset of {@code InterruptType}. */
    public static final long InterruptType$OFFSET = Layouts.offsetOf($LAYOUT, "InterruptType");

    /** Getter for {@code uint32_t InterruptType}. */
    public static int InterruptType(MemorySegment struct) {
        return struct.get(JAVA_INT, InterruptType$OFFSET);
    }

    /** Setter for {@code uint32_t InterruptType}. */
    public static void InterruptType(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, InterruptType$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Payload}. */
    public static final long Payload$OFFSET = Layouts.offsetOf($LAYOUT, "Payload");

    /** Getter for {@code uint64_t Payload}. */
    public static long Payload(MemorySegment struct) {
        return struct.get(JAVA_LONG, Payload$OFFSET);
    }

    /** Setter for {@code uint64_t Payload}. */
    public static void Payload(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, Payload$OFFSET, fieldValue);
    }
}
