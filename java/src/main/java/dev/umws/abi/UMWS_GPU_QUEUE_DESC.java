package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * What a queue runs on; every VA is in the queue's GPU VA space.
 */
public final class UMWS_GPU_QUEUE_DESC {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("UMWS_GPU_QUEUE_DESC",
                JAVA_LONG.withName("RingGpuVa"),
                JAVA_LONG.withName("RingSizeInBytes"),
                JAVA_LONG.withName("ControlGpuVa"),
                JAVA_LONG.withName("ProgressFenceGpuVa"),
                JAVA_LONG.withName("LastQueuedGpuVa"),
                JAVA_INT.withName("Engine"),
                JAVA_INT.withName("QueueId"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private UMWS_GPU_QUEUE_DESC() {
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

    /** Byte offset of {@code RingGpuVa}. */
    public static final long RingGpuVa$OFFSET = Layouts.offsetOf($LAYOUT, "RingGpuVa");

    /** Getter for {@code uint64_t RingGpuVa}. */
    public static long RingGpuVa(MemorySegment struct) {
        return struct.get(JAVA_LONG, RingGpuVa$OFFSET);
    }

    /** Setter for {@code uint64_t RingGpuVa}. */
    public static void RingGpuVa(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, RingGpuVa$OFFSET, fieldValue);
    }

    /** Byte offset of {@code RingSizeInBytes}. */
    public static final long RingSizeInBytes$OFFSET = Layouts.offsetOf($LAYOUT, "RingSizeInBytes");

    /** Getter for {@code uint64_t RingSizeInBytes}. */
    public static long RingSizeInBytes(MemorySegment struct) {
        return struct.get(JAVA_LONG, RingSizeInBytes$OFFSET);
    }

    /** Setter for {@code uint64_t RingSizeInBytes}. */
    public static void RingSizeInBytes(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, RingSizeInBytes$OFFSET, fieldValue);
    }

    /** Byte offset of {@code ControlGpuVa}. */
    public static final long ControlGpuVa$OFFSET = Layouts.offsetOf($LAYOUT, "ControlGpuVa");

    /** Getter for {@code uint64_t ControlGpuVa}. */
    public static long ControlGpuVa(MemorySegment struct) {
        return struct.get(JAVA_LONG, ControlGpuVa$OFFSET);
    }

    /** Setter for {@code uint64_t ControlGpuVa}. */
    public static void ControlGpuVa(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, ControlGpuVa$OFFSET, fieldValue);
    }

    /** Byte offset of {@code ProgressFenceGpuVa}. */
    public static final long ProgressFenceGpuVa$OFFSET = Layouts.offsetOf($LAYOUT, "ProgressFenceGpuVa");

    /** Getter for {@code uint64_t ProgressFenceGpuVa}. */
    public static long ProgressFenceGpuVa(MemorySegment struct) {
        return struct.get(JAVA_LONG, ProgressFenceGpuVa$OFFSET);
    }

    /** Setter for {@code uint64_t ProgressFenceGpuVa}. */
    public static void ProgressFenceGpuVa(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, ProgressFenceGpuVa$OFFSET, fieldValue);
    }

    /** Byte offset of {@code LastQueuedGpuVa}. */
    public static final long LastQueuedGpuVa$OFFSET = Layouts.offsetOf($LAYOUT, "LastQueuedGpuVa");

    /** Getter for {@code uint64_t LastQueuedGpuVa}. */
    public static long LastQueuedGpuVa(MemorySegment struct) {
        return struct.get(JAVA_LONG, LastQueuedGpuVa$OFFSET);
    }

    /** Setter for {@code uint64_t LastQueuedGpuVa}. */
    public static void LastQueuedGpuVa(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, LastQueuedGpuVa$OFFSET, fieldValue);
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
}
