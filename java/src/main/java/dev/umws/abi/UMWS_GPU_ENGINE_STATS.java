package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Counters of one engine since creation.
 */
public final class UMWS_GPU_ENGINE_STATS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("UMWS_GPU_ENGINE_STATS",
                JAVA_LONG.withName("Scans"),
                JAVA_LONG.withName("RingsSeen"),
                JAVA_LONG.withName("Packets"),
                JAVA_LONG.withName("Faults"),
                JAVA_LONG.withName("Timeouts"),
                JAVA_LONG.withName("Wakeups"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private UMWS_GPU_ENGINE_STATS() {
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

    /** Byte offset of {@code Scans}. */
    public static final long Scans$OFFSET = Layouts.offsetOf($LAYOUT, "Scans");

    /** Getter for {@code uint64_t Scans}. */
    public static long Scans(MemorySegment struct) {
        return struct.get(JAVA_LONG, Scans$OFFSET);
    }

    /** Setter for {@code uint64_t Scans}. */
    public static void Scans(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, Scans$OFFSET, fieldValue);
    }

    /** Byte offset of {@code RingsSeen}. */
    public static final long RingsSeen$OFFSET = Layouts.offsetOf($LAYOUT, "RingsSeen");

    /** Getter for {@code uint64_t RingsSeen}. */
    public static long RingsSeen(MemorySegment struct) {
        return struct.get(JAVA_LONG, RingsSeen$OFFSET);
    }

    /** Setter for {@code uint64_t RingsSeen}. */
    public static void RingsSeen(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, RingsSeen$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Packets}. */
    public static final long Packets$OFFSET = Layouts.offsetOf($LAYOUT, "Packets");

    /** Getter for {@code uint64_t Packets}. */
    public static long Packets(MemorySegment struct) {
        return struct.get(JAVA_LONG, Packets$OFFSET);
    }

    /** Setter for {@code uint64_t Packets}. */
    public static void Packets(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, Packets$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Faults}. */
    public static final long Faults$OFFSET = Layouts.offsetOf($LAYOUT, "Faults");

    /** Getter for {@code uint64_t Faults}. */
    public static long Faults(MemorySegment struct) {
        return struct.get(JAVA_LONG, Faults$OFFSET);
    }

    /** Setter for {@code uint64_t Faults}. */
    public static void Faults(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, Faults$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Timeouts}. */
    public static final long Timeouts$OFFSET = Layouts.offsetOf($LAYOUT, "Timeouts");

    /** Getter for {@code uint64_t Timeouts}. */
    public static long Timeouts(MemorySegment struct) {
        return struct.get(JAVA_LONG, Timeouts$OFFSET);
    }

    /** Setter for {@code uint64_t Timeouts}. */
    public static void Timeouts(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, Timeouts$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Wakeups}. */
    public static final long Wakeups$OFFSET = Layouts.offsetOf($LAYOUT, "Wakeups");

    /** Getter for {@code uint64_t Wakeups}. */
    public static long Wakeups(MemorySegment struct) {
        return struct.get(JAVA_LONG, Wakeups$OFFSET);
    }

    /** Setter for {@code uint64_t Wakeups}. */
    public static void Wakeups(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, Wakeups$OFFSET, fieldValue);
    }
}
