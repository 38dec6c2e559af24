package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * One queue as the C UMD sees it ({@code include/umws/umws_cumd.h}); 104 bytes.
 */
public final class UMWS_CUMD_QUEUE {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("UMWS_CUMD_QUEUE",
                ADDRESS.withName("Ring"),
                JAVA_LONG.withName("RingSizeInBytes"),
                ADDRESS.withName("Control"),
                ADDRESS.withName("Doorbell"),
                ADDRESS.withName("Status"),
                ADDRESS.withName("LastQueued"),
                ADDRESS.withName("ProgressFence"),
                JAVA_LONG.withName("ProgressFenceGpuVa"),
                JAVA_INT.withName("hDoorbell"),
                JAVA_INT.withName("GlobalDoorbell"),
                JAVA_LONG.withName("LastSubmitted"),
                JAVA_LONG.withName("Reconnects"),
                JAVA_LONG.withName("Notifies"),
                JAVA_LONG.withName("NotifyRaces"),
                ADDRESS.withName("Thunks"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private UMWS_CUMD_QUEUE() {
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

    /** Byte offset of {@code Ring}. */
    public static final long Ring$OFFSET = Layouts.offsetOf($LAYOUT, "Ring");

    /** Getter for {@code uint8_t * Ring}. */
    public static MemorySegment Ring(MemorySegment struct) {
        return struct.get(ADDRESS, Ring$OFFSET);
    }

    /** Setter for {@code uint8_t * Ring}. */
    public static void Ring(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, Ring$OFFSET, fieldValue);
    }

    /** Byte offset of {@code RingSizeInBytes}. */
    public static final long RingSizeInBytes$OFFSET = Layouts.offsetOf($LAYOUT, "RingSizeInBytes");

    /** Getter for {@code UINT64 RingSizeInBytes}. */
    public static long RingSizeInBytes(MemorySegment struct) {
        return struct.get(JAVA_LONG, RingSizeInBytes$OFFSET);
    }

    /** Setter for {@code UINT64 RingSizeInBytes}. */
    public static void RingSizeInBytes(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, RingSizeInBytes$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Control}. */
    public static final long Control$OFFSET = Layouts.offsetOf($LAYOUT, "Control");

    /** Getter for {@code UMWS_GPU_RING_CONTROL * Control}. */
    public static MemorySegment Control(MemorySegment struct) {
        return struct.get(ADDRESS, Control$OFFSET);
    }

    /** Setter for {@code UMWS_GPU_RING_CONTROL * Control}. */
    public static void Control(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, Control$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Doorbell}. */
    public static final long Doorbell$OFFSET = Layouts.offsetOf($LAYOUT, "Doorbell");

    /** Getter for {@code uint64_t * Doorbell}. */
    public static MemorySegment Doorbell(MemorySegment struct) {
        return struct.get(ADDRESS, Doorbell$OFFSET);
    }

    /** Setter for {@code uint64_t * Doorbell}. */
    public static void Doorbell(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, Doorbell$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Status}. */
    public static final long Status$OFFSET = Layouts.offsetOf($LAYOUT, "Status");

    /** Getter for {@code const uint64_t * Status}. */
    public static MemorySegment Status(MemorySegment struct) {
        return struct.get(ADDRESS, Status$OFFSET);
    }

    /** Setter for {@code const uint64_t * Status}. */
    public static void Status(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, Status$OFFSET, fieldValue);
    }

    /** Byte offset of {@code LastQueued}. */
    public static final long LastQueued$OFFSET = Layouts.offsetOf($LAYOUT, "LastQueued");

    /** Getter for {@code uint64_t * LastQueued}. */
    public static MemorySegment LastQueued(MemorySegment struct) {
        return struct.get(ADDRESS, LastQueued$OFFSET);
    }

    /** Setter for {@code uint64_t * LastQueued}. */
    public static void LastQueued(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, LastQueued$OFFSET, fieldValue);
    }

    /** Byte offset of {@code ProgressFence}. */
    public static final long ProgressFence$OFFSET = Layouts.offsetOf($LAYOUT, "ProgressFence");

    /** Getter for {@code const uint64_t * ProgressFence}. */
    public static MemorySegment ProgressFence(MemorySegment struct) {
        return struct.get(ADDRESS, ProgressFence$OFFSET);
    }

    /** Setter for {@code const uint64_t * ProgressFence}. */
    public static void ProgressFence(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, ProgressFence$OFFSET, fieldValue);
    }

    /** Byte offset of {@code ProgressFenceGpuVa}. */
    public static final long ProgressFenceGpuVa$OFFSET = Layouts.offsetOf($LAYOUT, "ProgressFenceGpuVa");

    /** Getter for {@code UINT64 ProgressFenceGpuVa}. */
    public static long ProgressFenceGpuVa(MemorySegment struct) {
        return struct.get(JAVA_LONG, ProgressFenceGpuVa$OFFSET);
    }

    /** Setter for {@code UINT64 ProgressFenceGpuVa}. */
    public static void ProgressFenceGpuVa(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, ProgressFenceGpuVa$OFFSET, fieldValue);
    }

    /** Byte offset of {@code hDoorbell}. */
    public static final long hDoorbell$OFFSET = Layouts.offsetOf($LAYOUT, "hDoorbell");

    /** Getter for {@code D3DKMT_HANDLE hDoorbell}. */
    public static int hDoorbell(MemorySegment struct) {
        return struct.get(JAVA_INT, hDoorbell$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hDoorbell}. */
    public static void hDoorbell(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hDoorbell$OFFSET, fieldValue);
    }

    /** Byte offset of {@code GlobalDoorbell}. */
    public static final long GlobalDoorbell$OFFSET = Layouts.offsetOf($LAYOUT, "GlobalDoorbell");

    /** Getter for {@code UINT GlobalDoorbell}. */
    public static int GlobalDoorbell(MemorySegment struct) {
        return struct.get(JAVA_INT, GlobalDoorbell$OFFSET);
    }

    /** Setter for {@code UINT GlobalDoorbell}. */
    public static void GlobalDoorbell(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, GlobalDoorbell$OFFSET, fieldValue);
    }

    /** Byte offset of {@code LastSubmitted}. */
    public static final long LastSubmitted$OFFSET = Layouts.offsetOf($LAYOUT, "LastSubmitted");

    /** Getter for {@code UINT64 LastSubmitted}. */
    public static long LastSubmitted(MemorySegment struct) {
        return struct.get(JAVA_LONG, LastSubmitted$OFFSET);
    }

    /** Setter for {@code UINT64 LastSubmitted}. */
    public static void LastSubmitted(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, LastSubmitted$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Reconnects}. */
    public static final long Reconnects$OFFSET = Layouts.offsetOf($LAYOUT, "Reconnects");

    /** Getter for {@code UINT64 Reconnects}. */
    public static long Reconnects(MemorySegment struct) {
        return struct.get(JAVA_LONG, Reconnects$OFFSET);
    }

    /** Setter for {@code UINT64 Reconnects}. */
    public static void Reconnects(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, Reconnects$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Notifies}. */
    public static final long Notifies$OFFSET = Layouts.offsetOf($LAYOUT, "Notifies");

    /** Getter for {@code UINT64 Notifies}. */
    public static long Notifies(MemorySegment struct) {
        return struct.get(JAVA_LONG, Notifies$OFFSET);
    }

    /** Setter for {@code UINT64 Notifies}. */
    public static void Notifies(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, Notifies$OFFSET, fieldValue);
    }

    /** Byte offset of {@code NotifyRaces}. */
    public static final long NotifyRaces$OFFSET = Layouts.offsetOf($LAYOUT, "NotifyRaces");

    /** Getter for {@code UINT64 NotifyRaces}. */
    public static long NotifyRaces(MemorySegment struct) {
        return struct.get(JAVA_LONG, NotifyRaces$OFFSET);
    }

    /** Setter for {@code UINT64 NotifyRaces}. */
    public static void NotifyRaces(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, NotifyRaces$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Thunks}. */
    public static final long Thunks$OFFSET = Layouts.offsetOf($LAYOUT, "Thunks");

    /** Getter for {@code const UMWS_CUMD_THUNKS * Thunks}. */
    public static MemorySegment Thunks(MemorySegment struct) {
        return struct.get(ADDRESS, Thunks$OFFSET);
    }

    /** Setter for {@code const UMWS_CUMD_THUNKS * Thunks}. */
    public static void Thunks(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, Thunks$OFFSET, fieldValue);
    }
}
