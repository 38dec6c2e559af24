package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.ArrayList;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGKARG_CREATEDOORBELL {
 *     HANDLE hHwQueue;                          // in: KMD HW queue handle
 *     HANDLE hDoorbell;                         // in: OS handle, out: KMD handle (G1, G2)
 *     UINT PrivateDriverDataSize;
 *     void *PrivateDriverData;
 *     HANDLE hRingBuffer;
 *     HANDLE hRingBufferControl;
 *     DXGKARG_CREATEDOORBELL_FLAGS Flags;
 * } DXGKARG_CREATEDOORBELL;
 * }
 * G2: 56 bytes. G3 has no {@code hDoorbell}: 48 bytes. G1 is taken as G2 (no 22621 source).
 */
public final class DXGKARG_CREATEDOORBELL {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        List<MemoryLayout> m = new ArrayList<>();
        m.add(ADDRESS.withName("hHwQueue"));
        if (g == Generation.G1 || g == Generation.G2) {
            m.add(ADDRESS.withName("hDoorbell"));
        }
        m.add(JAVA_INT.withName("PrivateDriverDataSize"));
        m.add(Layouts.pad("Padding0", 4));
        m.add(ADDRESS.withName("PrivateDriverData"));
        m.add(ADDRESS.withName("hRingBuffer"));
        m.add(ADDRESS.withName("hRingBufferControl"));
        m.add(DXGKARG_CREATEDOORBELL_FLAGS.layout().withName("Flags"));
        m.add(Layouts.pad("Padding1", 4));
        return Layouts.struct("DXGKARG_CREATEDOORBELL", m.toArray(MemoryLayout[]::new));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKARG_CREATEDOORBELL() {
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

    /** Byte offset of {@code hHwQueue}. */
    public static final long hHwQueue$OFFSET = Layouts.offsetOf($LAYOUT, "hHwQueue");

    /** Getter for {@code HANDLE hHwQueue}. */
    public static MemorySegment hHwQueue(MemorySegment struct) {
        return struct.get(ADDRESS, hHwQueue$OFFSET);
    }

    /** Setter for {@code HANDLE hHwQueue}. */
    public static void hHwQueue(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, hHwQueue$OFFSET, fieldValue);
    }

    /** Byte offset of {@code hDoorbell}; -1 in generations without it. */
    public static final long hDoorbell$OFFSET = Layouts.offsetOf($LAYOUT, "hDoorbell");

    /** Getter for {@code HANDLE hDoorbell}. */
    public static MemorySegment hDoorbell(MemorySegment struct) {
        return struct.get(ADDRESS, Layouts.require(hDoorbell$OFFSET, "DXGKARG_CREATEDOORBELL", "hDoorbell"));
    }

    /** Setter for {@code HANDLE hDoorbell}. */
    public static void hDoorbell(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, Layouts.require(hDoorbell$OFFSET, "DXGKARG_CREATEDOORBELL", "hDoorbell"), fieldValue);
    }

    /** Byte offset of {@code PrivateDriverDataSize}. */
    public static final long PrivateDriverDataSize$OFFSET = Layouts.offsetOf($LAYOUT, "PrivateDriverDataSize");

    /** Getter for {@code UINT PrivateDriverDataSize}. */
    public static int PrivateDriverDataSize(MemorySegment struct) {
        return struct.get(JAVA_INT, PrivateDriverDataSize$OFFSET);
    }

    /** Setter for {@code UINT PrivateDriverDataSize}. */
    public static void PrivateDriverDataSize(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, PrivateDriverDataSize$OFFSET, fieldValue);
    }

    /** Byte offset of {@code PrivateDriverData}. */
    public static final long PrivateDriverData$OFFSET = Layouts.offsetOf($LAYOUT, "PrivateDriverData");

    /** Getter for {@code void * PrivateDriverData}. */
    public static MemorySegment PrivateDriverData(MemorySegment struct) {
        return struct.get(ADDRESS, PrivateDriverData$OFFSET);
    }

    /** Setter for {@code void * PrivateDriverData}. */
    public static void PrivateDriverData(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, PrivateDriverData$OFFSET, fieldValue);
    }

    /** Byte offset of {@code hRingBuffer}. */
    public static final long hRingBuffer$OFFSET = Layouts.offsetOf($LAYOUT, "hRingBuffer");

    /** Getter for {@code HANDLE hRingBuffer}. */
    public static MemorySegment hRingBuffer(MemorySegment struct) {
        return struct.get(ADDRESS, hRingBuffer$OFFSET);
    }

    /** Setter for {@code HANDLE hRingBuffer}. */
    public static void hRingBuffer(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, hRingBuffer$OFFSET, fieldValue);
    }

    /** Byte offset of {@code hRingBufferControl}. */
    public static final long hRingBufferControl$OFFSET = Layouts.offsetOf($LAYOUT, "hRingBufferControl");

    /** Getter for {@code HANDLE hRingBufferControl}. */
    public static MemorySegment hRingBufferControl(MemorySegment struct) {
        return struct.get(ADDRESS, hRingBufferControl$OFFSET);
    }

    /** Setter for {@code HANDLE hRingBufferControl}. */
    public static void hRingBufferControl(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, hRingBufferControl$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code DXGKARG_CREATEDOORBELL_FLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, DXGKARG_CREATEDOORBELL_FLAGS.sizeof());
    }
}
