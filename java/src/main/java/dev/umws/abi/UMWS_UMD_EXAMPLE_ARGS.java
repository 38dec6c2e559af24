package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * What the example UMD is asked to do ({@code include/umws/umws_umd_example.h}, {@code umws_umd_example_run}).
 *
 * <pre>
 *   0 Engine  4 Queues  8 SubmissionsPerQueue  12 BatchSize  16 RingSizeInBytes  24 Flags  28 Padding0
 * </pre>
 */
public final class UMWS_UMD_EXAMPLE_ARGS {

    /** The layout in header generation {@code g} (the same in all): 32 bytes. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("UMWS_UMD_EXAMPLE_ARGS",
                JAVA_INT.withName("Engine"),
                JAVA_INT.withName("Queues"),
                JAVA_INT.withName("SubmissionsPerQueue"),
                JAVA_INT.withName("BatchSize"),
                JAVA_LONG.withName("RingSizeInBytes"),
                JAVA_INT.withName("Flags"),
                Layouts.pad("Padding0", 4));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private UMWS_UMD_EXAMPLE_ARGS() {
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

    /** Byte offset of {@code Engine}. */
    public static final long Engine$OFFSET = Layouts.offsetOf($LAYOUT, "Engine");

    /** Getter for {@code uint32_t Engine}: node ordinal of the context. */
    public static int Engine(MemorySegment struct) {
        return struct.get(JAVA_INT, Engine$OFFSET);
    }

    /** Setter for {@code uint32_t Engine}. */
    public static void Engine(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Engine$OFFSET, fieldValue);
    }
    /** Byte offset of {@code Queues}. */
    public static final long Queues$OFFSET = Layouts.offsetOf($LAYOUT, "Queues");

    /** Getter for {@code uint32_t Queues}: queues, one context for all. */
    public static int Queues(MemorySegment struct) {
        return struct.get(JAVA_INT, Queues$OFFSET);
    }

    /** Setter for {@code uint32_t Queues}. */
    public static void Queues(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Queues$OFFSET, fieldValue);
    }
    /** Byte offset of {@code SubmissionsPerQueue}. */
    public static final long SubmissionsPerQueue$OFFSET = Layouts.offsetOf($LAYOUT, "SubmissionsPerQueue");

    /** Getter for {@code uint32_t SubmissionsPerQueue}: fences per queue. */
    public static int SubmissionsPerQueue(MemorySegment struct) {
        return struct.get(JAVA_INT, SubmissionsPerQueue$OFFSET);
    }

    /** Setter for {@code uint32_t SubmissionsPerQueue}. */
    public static void SubmissionsPerQueue(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, SubmissionsPerQueue$OFFSET, fieldValue);
    }
    /** Byte offset of {@code BatchSize}. */
    public static final long BatchSize$OFFSET = Layouts.offsetOf($LAYOUT, "BatchSize");

    /** Getter for {@code uint32_t BatchSize}: fences per ring. */
    public static int BatchSize(MemorySegment struct) {
        return struct.get(JAVA_INT, BatchSize$OFFSET);
    }

    /** Setter for {@code uint32_t BatchSize}. */
    public static void BatchSize(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, BatchSize$OFFSET, fieldValue);
    }
    /** Byte offset of {@code RingSizeInBytes}. */
    public static final long RingSizeInBytes$OFFSET = Layouts.offsetOf($LAYOUT, "RingSizeInBytes");

    /** Getter for {@code uint64_t RingSizeInBytes}: a power of two. */
    public static long RingSizeInBytes(MemorySegment struct) {
        return struct.get(JAVA_LONG, RingSizeInBytes$OFFSET);
    }

    /** Setter for {@code uint64_t RingSizeInBytes}. */
    public static void RingSizeInBytes(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, RingSizeInBytes$OFFSET, fieldValue);
    }
    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Getter for {@code uint32_t Flags}: UMWS_UMD_EXAMPLE_FLAG_*. */
    public static int Flags(MemorySegment struct) {
        return struct.get(JAVA_INT, Flags$OFFSET);
    }

    /** Setter for {@code uint32_t Flags}. */
    public static void Flags(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Flags$OFFSET, fieldValue);
    }
}
