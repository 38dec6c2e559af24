package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * An interrupt cause record, popped by the ISR.
 *
 * <pre>
 *   0          4        8         12        16          24          32          40
 *   | Type     | Engine | QueueId | pad     | FenceValue| GpuVa     | Payload   |
 * </pre>
 */
public final class UMWS_GPU_IRQ_RECORD {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("UMWS_GPU_IRQ_RECORD",
                JAVA_INT.withName("Type"),
                JAVA_INT.withName("Engine"),
                JAVA_INT.withName("QueueId"),
                Layouts.pad("Padding0", 4),
                JAVA_LONG.withName("FenceValue"),
                JAVA_LONG.withName("GpuVa"),
                JAVA_LONG.withName("Payload"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private UMWS_GPU_IRQ_RECORD() {
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

    /** Byte offset of {@code Type}. */
    public static final long Type$OFFSET = Layouts.offsetOf($LAYOUT, "Type");

    /** Getter for {@code uint32_t Type}. */
    public static int Type(MemorySegment struct) {
        return struct.get(JAVA_INT, Type$OFFSET);
    }

    /** Setter for {@code uint32_t Type}. */
    public static void Type(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Type$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Engine}. */
    public static final long Engine$OFFSET = Layouts.offsetOf($LAYOUT, "Engine");

    /** Getter for {@code uint32_t Engine}. */
    public static int Engine(MemorySegment struct) {
        return struct.get(JAVA_INT, Engine$OFFSET);
    }

    /** Setter for {@code uint32_t Engine}. */
    public static void Engine(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Engine$OFFSET, fieldValue);
    }

    /** Byte offset of {@code QueueId}. */
    public static final long QueueId$OFFSET = Layouts.offsetOf($LAYOUT, "QueueId");

    /** Getter for {@code uint32_t QueueId}. */
    public static int QueueId(MemorySegment struct) {
        return struct.get(JAVA_INT, QueueId$OFFSET);
    }

    /** Setter for {@code uint32_t QueueId}. */
    public static void QueueId(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, QueueId$OFFSET, fieldValue);
    }

    /** Byte offset of {@code FenceValue}. */
    public static final long FenceValue$OFFSET = Layouts.offsetOf($LAYOUT, "FenceValue");

    /** Getter for {@code uint64_t FenceValue}. */
    public static long FenceValue(MemorySegment struct) {
        return struct.get(JAVA_LONG, FenceValue$OFFSET);
    }

    /** Setter for {@code uint64_t FenceValue}. */
    public static void FenceValue(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, FenceValue$OFFSET, fieldValue);
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
