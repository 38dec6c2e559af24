package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The emulated GPU's configuration ({@code include/umws/umws_gpu.h}).
 */
public final class UMWS_GPU_CONFIG {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("UMWS_GPU_CONFIG",
                JAVA_INT.withName("DoorbellCount"),
                JAVA_INT.withName("DoorbellSizeInBytes"),
                JAVA_INT.withName("SecondaryDoorbells"),
                JAVA_INT.withName("Placement"),
                JAVA_INT.withName("EngineCount"),
                JAVA_INT.withName("DetectMode"),
                JAVA_INT.withName("MaxQueuesPerEngine"),
                JAVA_INT.withName("InterruptRingEntries"),
                JAVA_LONG.withName("EngineTimeoutNs"),
                JAVA_LONG.withName("BackoffSpinNs"),
                JAVA_LONG.withName("BackoffMaxSleepNs"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private UMWS_GPU_CONFIG() {
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

    /** Byte offset of {@code DoorbellCount}. */
    public static final long DoorbellCount$OFFSET = Layouts.offsetOf($LAYOUT, "DoorbellCount");

    /** Getter for {@code uint32_t DoorbellCount}. */
    public static int DoorbellCount(MemorySegment struct) {
        return struct.get(JAVA_INT, DoorbellCount$OFFSET);
    }

    /** Setter for {@code uint32_t DoorbellCount}. */
    public static void DoorbellCount(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, DoorbellCount$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DoorbellSizeInBytes}. */
    public static final long DoorbellSizeInBytes$OFFSET = Layouts.offsetOf($LAYOUT, "DoorbellSizeInBytes");

    /** Getter for {@code uint32_t DoorbellSizeInBytes}. */
    public static int DoorbellSizeInBytes(MemorySegment struct) {
        return struct.get(JAVA_INT, DoorbellSizeInBytes$OFFSET);
    }

    /** Setter for {@code uint32_t DoorbellSizeInBytes}. */
    public static void DoorbellSizeInBytes(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, DoorbellSizeInBytes$OFFSET, fieldValue);
    }

    /** Byte offset of {@code SecondaryDoorbells}. */
    public static final long SecondaryDoorbells$OFFSET = Layouts.offsetOf($LAYOUT, "SecondaryDoorbells");

    /** Getter for {@code uint32_t SecondaryDoorbells}. */
    public static int SecondaryDoorbells(MemorySegment struct) {
        return struct.get(JAVA_INT, SecondaryDoorbells$OFFSET);
    }

    /** Setter for {@code uint32_t SecondaryDoorbells}. */
    public static void SecondaryDoorbells(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, SecondaryDoorbells$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Placement}. */
    public static final long Placement$OFFSET = Layouts.offsetOf($LAYOUT, "Placement");

    /** Getter for {@code uint32_t Placement}. */
    public static int Placement(MemorySegment struct) {
        return struct.get(JAVA_INT, Placement$OFFSET);
    }

    /** Setter for {@code uint32_t Placement}. */
    public static void Placement(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Placement$OFFSET, fieldValue);
    }

    /** Byte offset of {@code EngineCount}. */
    public static final long EngineCount$OFFSET = Layouts.offsetOf($LAYOUT, "EngineCount");

    /** Getter for {@code uint32_t EngineCount}. */
    public static int EngineCount(MemorySegment struct) {
        return struct.get(JAVA_INT, EngineCount$OFFSET);
    }

    /** Setter for {@code uint32_t EngineCount}. */
    public static void EngineCount(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, EngineCount$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DetectMode}. */
    public static final long DetectMode$OFFSET = Layouts.offsetOf($LAYOUT, "DetectMode");

    /** Getter for {@code uint32_t DetectMode}. */
    public static int DetectMode(MemorySegment struct) {
        return struct.get(JAVA_INT, DetectMode$OFFSET);
    }

    /** Setter for {@code uint32_t DetectMode}. */
    public static void DetectMode(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, DetectMode$OFFSET, fieldValue);
    }

    /** Byte offset of {@code MaxQueuesPerEngine}. */
    public static final long MaxQueuesPerEngine$OFFSET = Layouts.offsetOf($LAYOUT, "MaxQueuesPerEngine");

    /** Getter for {@code uint32_t MaxQueuesPerEngine}. */
    public static int MaxQueuesPerEngine(MemorySegment struct) {
        return struct.get(JAVA_INT, MaxQueuesPerEngine$OFFSET);
    }

    /** Setter for {@code uint32_t MaxQueuesPerEngine}. */
    public static void MaxQueuesPerEngine(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, MaxQueuesPerEngine$OFFSET, fieldValue);
    }

    /** Byte offset of {@code InterruptRingEntries}. */
    public static final long InterruptRingEntries$OFFSET = Layouts.offsetOf($LAYOUT, "InterruptRingEntries");

    /** Getter for {@code uint32_t InterruptRingEntries}. */
    public static int InterruptRingEntries(MemorySegment struct) {
        return struct.get(JAVA_INT, InterruptRingEntries$OFFSET);
    }

    /** Setter for {@code uint32_t InterruptRingEntries}. */
    public static void InterruptRingEntries(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, InterruptRingEntries$OFFSET, fieldValue);
    }

    /** Byte offset of {@code EngineTimeoutNs}. */
    public static final long EngineTimeoutNs$OFFSET = Layouts.offsetOf($LAYOUT, "EngineTimeoutNs");

    /** Getter for {@code uint64_t EngineTimeoutNs}. */
    public static long EngineTimeoutNs(MemorySegment struct) {
        return struct.get(JAVA_LONG, EngineTimeoutNs$OFFSET);
    }

    /** Setter for {@code uint64_t EngineTimeoutNs}. */
    public static void EngineTimeoutNs(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, EngineTimeoutNs$OFFSET, fieldValue);
    }

    /** Byte offset of {@code BackoffSpinNs}. */
    public static final long BackoffSpinNs$OFFSET = Layouts.offsetOf($LAYOUT, "BackoffSpinNs");

    /** Getter for {@code uint64_t BackoffSpinNs}. */
    public static long BackoffSpinNs(MemorySegment struct) {
        return struct.get(JAVA_LONG, BackoffSpinNs$OFFSET);
    }

    /** Setter for {@code uint64_t BackoffSpinNs}. */
    public static void BackoffSpinNs(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, BackoffSpinNs$OFFSET, fieldValue);
    }

    /** Byte offset of {@code BackoffMaxSleepNs}. */
    public static final long BackoffMaxSleepNs$OFFSET = Layouts.offsetOf($LAYOUT, "BackoffMaxSleepNs");

    /** Getter for {@code uint64_t BackoffMaxSleepNs}. */
    public static long BackoffMaxSleepNs(MemorySegment struct) {
        return struct.get(JAVA_LONG, BackoffMaxSleepNs$OFFSET);
    }

    /** Setter for {@code uint64_t BackoffMaxSleepNs}. */
    public static void BackoffMaxSleepNs(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, BackoffMaxSleepNs$OFFSET, fieldValue);
    }
}
