package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * What the example UMD reports ({@code include/umws/umws_umd_example.h}, {@code umws_umd_example_run}).
 *
 * <pre>
 *   0 FencesCompleted  8 Rings  16 Reconnects  24 Notifies  32 NotifyRaces  40 Aborts
 *  48 FirstFailure  52 FailedCall  56 FailedQueue  60 Padding0
 * </pre>
 */
public final class UMWS_UMD_EXAMPLE_RESULT {

    /** The layout in header generation {@code g} (the same in all): 64 bytes. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("UMWS_UMD_EXAMPLE_RESULT",
                JAVA_LONG.withName("FencesCompleted"),
                JAVA_LONG.withName("Rings"),
                JAVA_LONG.withName("Reconnects"),
                JAVA_LONG.withName("Notifies"),
                JAVA_LONG.withName("NotifyRaces"),
                JAVA_LONG.withName("Aborts"),
                JAVA_INT.withName("FirstFailure"),
                JAVA_INT.withName("FailedCall"),
                JAVA_INT.withName("FailedQueue"),
                Layouts.pad("Padding0", 4));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private UMWS_UMD_EXAMPLE_RESULT() {
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

    /** Byte offset of {@code FencesCompleted}. */
    public static final long FencesCompleted$OFFSET = Layouts.offsetOf($LAYOUT, "FencesCompleted");

    /** Getter for {@code uint64_t FencesCompleted}: the progress fences' values after the waits, summed. */
    public static long FencesCompleted(MemorySegment struct) {
        return struct.get(JAVA_LONG, FencesCompleted$OFFSET);
    }

    /** Setter for {@code uint64_t FencesCompleted}. */
    public static void FencesCompleted(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, FencesCompleted$OFFSET, fieldValue);
    }
    /** Byte offset of {@code Rings}. */
    public static final long Rings$OFFSET = Layouts.offsetOf($LAYOUT, "Rings");

    /** Getter for {@code uint64_t Rings}: doorbell stores. */
    public static long Rings(MemorySegment struct) {
        return struct.get(JAVA_LONG, Rings$OFFSET);
    }

    /** Setter for {@code uint64_t Rings}. */
    public static void Rings(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, Rings$OFFSET, fieldValue);
    }
    /** Byte offset of {@code Reconnects}. */
    public static final long Reconnects$OFFSET = Layouts.offsetOf($LAYOUT, "Reconnects");

    /** Getter for {@code uint64_t Reconnects}: DISCONNECTED_RETRY handled. */
    public static long Reconnects(MemorySegment struct) {
        return struct.get(JAVA_LONG, Reconnects$OFFSET);
    }

    /** Setter for {@code uint64_t Reconnects}. */
    public static void Reconnects(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, Reconnects$OFFSET, fieldValue);
    }
    /** Byte offset of {@code Notifies}. */
    public static final long Notifies$OFFSET = Layouts.offsetOf($LAYOUT, "Notifies");

    /** Getter for {@code uint64_t Notifies}: CONNECTED_NOTIFY_KMD handled. */
    public static long Notifies(MemorySegment struct) {
        return struct.get(JAVA_LONG, Notifies$OFFSET);
    }

    /** Setter for {@code uint64_t Notifies}. */
    public static void Notifies(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, Notifies$OFFSET, fieldValue);
    }
    /** Byte offset of {@code NotifyRaces}. */
    public static final long NotifyRaces$OFFSET = Layouts.offsetOf($LAYOUT, "NotifyRaces");

    /** Getter for {@code uint64_t NotifyRaces}: notifies refused because a disconnect came first. */
    public static long NotifyRaces(MemorySegment struct) {
        return struct.get(JAVA_LONG, NotifyRaces$OFFSET);
    }

    /** Setter for {@code uint64_t NotifyRaces}. */
    public static void NotifyRaces(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, NotifyRaces$OFFSET, fieldValue);
    }
    /** Byte offset of {@code Aborts}. */
    public static final long Aborts$OFFSET = Layouts.offsetOf($LAYOUT, "Aborts");

    /** Getter for {@code uint64_t Aborts}: DISCONNECTED_ABORT read after a ring. */
    public static long Aborts(MemorySegment struct) {
        return struct.get(JAVA_LONG, Aborts$OFFSET);
    }

    /** Setter for {@code uint64_t Aborts}. */
    public static void Aborts(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, Aborts$OFFSET, fieldValue);
    }
    /** Byte offset of {@code FirstFailure}. */
    public static final long FirstFailure$OFFSET = Layouts.offsetOf($LAYOUT, "FirstFailure");

    /** Getter for {@code NTSTATUS FirstFailure}: what the first failing call returned. */
    public static int FirstFailure(MemorySegment struct) {
        return struct.get(JAVA_INT, FirstFailure$OFFSET);
    }

    /** Setter for {@code NTSTATUS FirstFailure}. */
    public static void FirstFailure(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, FirstFailure$OFFSET, fieldValue);
    }
    /** Byte offset of {@code FailedCall}. */
    public static final long FailedCall$OFFSET = Layouts.offsetOf($LAYOUT, "FailedCall");

    /** Getter for {@code uint32_t FailedCall}: UMWS_UMD_EXAMPLE_CALL_* of FirstFailure. */
    public static int FailedCall(MemorySegment struct) {
        return struct.get(JAVA_INT, FailedCall$OFFSET);
    }

    /** Setter for {@code uint32_t FailedCall}. */
    public static void FailedCall(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, FailedCall$OFFSET, fieldValue);
    }
    /** Byte offset of {@code FailedQueue}. */
    public static final long FailedQueue$OFFSET = Layouts.offsetOf($LAYOUT, "FailedQueue");

    /** Getter for {@code uint32_t FailedQueue}: the queue that call was for, or UMWS_UMD_EXAMPLE_NO_QUEUE. */
    public static int FailedQueue(MemorySegment struct) {
        return struct.get(JAVA_INT, FailedQueue$OFFSET);
    }

    /** Setter for {@code uint32_t FailedQueue}. */
    public static void FailedQueue(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, FailedQueue$OFFSET, fieldValue);
    }
}
