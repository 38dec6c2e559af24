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
 * typedef struct _D3DKMT_CREATE_DOORBELL {
 *     D3DKMT_HANDLE hHwQueue;                   // in
 *     D3DKMT_HANDLE hRingBuffer;                // in
 *     D3DKMT_HANDLE hRingBufferControl;         // in opt
 *     D3DKMT_CREATE_DOORBELL_FLAGS Flags;       // in opt
 *     UINT PrivateDriverDataSize;               // in: <= D3DDDI_DOORBELL_PRIVATEDATA_MAX_BYTES_WDDM3_1
 *     D3DKMT_PTR(VOID*, PrivateDriverData);     // in/out
 *     D3DKMT_PTR(VOID*, DoorbellCPUVirtualAddress);            // out
 *     D3DKMT_PTR(VOID*, DoorbellSecondaryCPUVirtualAddress);   // out opt
 *     D3DKMT_PTR(VOID*, DoorbellStatusCPUVirtualAddress);      // out
 *     D3DKMT_PTR(VOID*, HwQueueProgressFenceLastQueuedValueCPUVirtualAddress); // out (G2, G3)
 *     D3DKMT_HANDLE hDoorbell;                  // out (G2, G3)
 * } D3DKMT_CREATE_DOORBELL;
 * }
 * G1: 56 bytes, ends at {@code DoorbellStatusCPUVirtualAddress}. G2 and G3: 72 bytes, {@code hDoorbell} at 64.
 */
public final class D3DKMT_CREATE_DOORBELL {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        List<MemoryLayout> m = new ArrayList<>();
        m.add(JAVA_INT.withName("hHwQueue"));
        m.add(JAVA_INT.withName("hRingBuffer"));
        m.add(JAVA_INT.withName("hRingBufferControl"));
        m.add(D3DKMT_CREATE_DOORBELL_FLAGS.layout().withName("Flags"));
        m.add(JAVA_INT.withName("PrivateDriverDataSize"));
        m.add(Layouts.pad("Padding0", 4));
        m.add(ADDRESS.withName("PrivateDriverData"));
        m.add(ADDRESS.withName("DoorbellCPUVirtualAddress"));
        m.add(ADDRESS.withName("DoorbellSecondaryCPUVirtualAddress"));
        m.add(ADDRESS.withName("DoorbellStatusCPUVirtualAddress"));
        if (g == Generation.G2 || g == Generation.G3) {
            m.add(ADDRESS.withName("HwQueueProgressFenceLastQueuedValueCPUVirtualAddress"));
            m.add(JAVA_INT.withName("hDoorbell"));
            m.add(Layouts.pad("Padding1", 4));
        }
        return Layouts.struct("D3DKMT_CREATE_DOORBELL", m.toArray(MemoryLayout[]::new));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DKMT_CREATE_DOORBELL() {
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

    /** Getter for {@code D3DKMT_HANDLE hHwQueue}. */
    public static int hHwQueue(MemorySegment struct) {
        return struct.get(JAVA_INT, hHwQueue$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hHwQueue}. */
    public static void hHwQueue(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hHwQueue$OFFSET, fieldValue);
    }

    /** Byte offset of {@code hRingBuffer}. */
    public static final long hRingBuffer$OFFSET = Layouts.offsetOf($LAYOUT, "hRingBuffer");

    /** Getter for {@code D3DKMT_HANDLE hRingBuffer}. */
    public static int hRingBuffer(MemorySegment struct) {
        return struct.get(JAVA_INT, hRingBuffer$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hRingBuffer}. */
    public static void hRingBuffer(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hRingBuffer$OFFSET, fieldValue);
    }

    /** Byte offset of {@code hRingBufferControl}. */
    public static final long hRingBufferControl$OFFSET = Layouts.offsetOf($LAYOUT, "hRingBufferControl");

    /** Getter for {@code D3DKMT_HANDLE hRingBufferControl}. */
    public static int hRingBufferControl(MemorySegment struct) {
        return struct.get(JAVA_INT, hRingBufferControl$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hRingBufferControl}. */
    public static void hRingBufferControl(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hRingBufferControl$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code D3DKMT_CREATE_DOORBELL_FLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, D3DKMT_CREATE_DOORBELL_FLAGS.sizeof());
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

    /** Getter for {@code VOID * PrivateDriverData}. */
    public static MemorySegment PrivateDriverData(MemorySegment struct) {
        return struct.get(ADDRESS, PrivateDriverData$OFFSET);
    }

    /** Setter for {@code VOID * PrivateDriverData}. */
    public static void PrivateDriverData(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, PrivateDriverData$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DoorbellCPUVirtualAddress}. */
    public static final long DoorbellCPUVirtualAddress$OFFSET = Layouts.offsetOf($LAYOUT, "DoorbellCPUVirtualAddress");

    /** Getter for {@code VOID * DoorbellCPUVirtualAddress}. */
    public static MemorySegment DoorbellCPUVirtualAddress(MemorySegment struct) {
        return struct.get(ADDRESS, DoorbellCPUVirtualAddress$OFFSET);
    }

    /** Setter for {@code VOID * DoorbellCPUVirtualAddress}. */
    public static void DoorbellCPUVirtualAddress(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DoorbellCPUVirtualAddress$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DoorbellSecondaryCPUVirtualAddress}. */
    public static final long DoorbellSecondaryCPUVirtualAddress$OFFSET = Layouts.offsetOf($LAYOUT, "DoorbellSecondaryCPUVirtualAddress");

    /** Getter for {@code VOID * DoorbellSecondaryCPUVirtualAddress}. */
    public static MemorySegment DoorbellSecondaryCPUVirtualAddress(MemorySegment struct) {
        return struct.get(ADDRESS, DoorbellSecondaryCPUVirtualAddress$OFFSET);
    }

    /** Setter for {@code VOID * DoorbellSecondaryCPUVirtualAddress}. */
    public static void DoorbellSecondaryCPUVirtualAddress(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DoorbellSecondaryCPUVirtualAddress$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DoorbellStatusCPUVirtualAddress}. */
    public static final long DoorbellStatusCPUVirtualAddress$OFFSET = Layouts.offsetOf($LAYOUT, "DoorbellStatusCPUVirtualAddress");

    /** Getter for {@code VOID * DoorbellStatusCPUVirtualAddress}. */
    public static MemorySegment DoorbellStatusCPUVirtualAddress(MemorySegment struct) {
        return struct.get(ADDRESS, DoorbellStatusCPUVirtualAddress$OFFSET);
    }

    /** Setter for {@code VOID * DoorbellStatusCPUVirtualAddress}. */
    public static void DoorbellStatusCPUVirtualAddress(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DoorbellStatusCPUVirtualAddress$OFFSET, fieldValue);
    }

    /** Byte offset of {@code HwQueueProgressFenceLastQueuedValueCPUVirtualAddress}; -1 in generations without it. */
    public static final long HwQueueProgressFenceLastQueuedValueCPUVirtualAddress$OFFSET = Layouts.offsetOf($LAYOUT, "HwQueueProgressFenceLastQueuedValueCPUVirtualAddress");

    /** Getter for {@code VOID * HwQueueProgressFenceLastQueuedValueCPUVirtualAddress}. */
    public static MemorySegment HwQueueProgressFenceLastQueuedValueCPUVirtualAddress(MemorySegment struct) {
        return struct.get(ADDRESS, Layouts.require(HwQueueProgressFenceLastQueuedValueCPUVirtualAddress$OFFSET, "D3DKMT_CREATE_DOORBELL", "HwQueueProgressFenceLastQueuedValueCPUVirtualAddress"));
    }

    /** Setter for {@code VOID * HwQueueProgressFenceLastQueuedValueCPUVirtualAddress}. */
    public static void HwQueueProgressFenceLastQueuedValueCPUVirtualAddress(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, Layouts.require(HwQueueProgressFenceLastQueuedValueCPUVirtualAddress$OFFSET, "D3DKMT_CREATE_DOORBELL", "HwQueueProgressFenceLastQueuedValueCPUVirtualAddress"), fieldValue);
    }

    /** Byte offset of {@code hDoorbell}; -1 in generations without it. */
    public static final long hDoorbell$OFFSET = Layouts.offsetOf($LAYOUT, "hDoorbell");

    /** Getter for {@code D3DKMT_HANDLE hDoorbell}. */
    public static int hDoorbell(MemorySegment struct) {
        return struct.get(JAVA_INT, Layouts.require(hDoorbell$OFFSET, "D3DKMT_CREATE_DOORBELL", "hDoorbell"));
    }

    /** Setter for {@code D3DKMT_HANDLE hDoorbell}. */
    public static void hDoorbell(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Layouts.require(hDoorbell$OFFSET, "D3DKMT_CREATE_DOORBELL", "hDoorbell"), fieldValue);
    }
}
