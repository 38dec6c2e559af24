package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION {
 *     D3DKMT_HANDLE hHwContext;                                   // in
 *     D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS Flags;      // in
 *     D3DKMT_HANDLE hRingBuffer;                                  // in
 *     D3DKMT_HANDLE hRingBufferControl;                           // in opt
 *     BYTE PrivateDriverData[D3DDDI_UMS_PDD_SIZE];                // in/out
 *     D3DKMT_HANDLE hHwQueue;                                     // out
 *     D3DKMT_PTR(VOID*, DoorbellStatusCpuVa);                     // out
 *     D3DKMT_HANDLE hProgressFence;                               // out: native fence
 *     D3DDDI_NATIVEFENCEMAPPING ProgressFenceMapping;             // out
 *     D3DKMT_PTR(VOID*, ProgressFenceLastQueuedValueCpuVa);       // out
 *     D3DDDI_NATIVEFENCELOGDETAIL LogBufferInfo;                  // out
 *     BYTE Reserved[64];
 * } D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION;                    // 320 bytes, G3 only
 * }
 */
public final class D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION {

    /** The layout in header generation {@code g}; only G3 has this type. */
    public static GroupLayout layout(Generation g) {
        if (!g.atLeast(Generation.G3)) {
            throw new IllegalArgumentException("D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION exists from G3 on, not in " + g);
        }
        return Layouts.struct("D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION",
                JAVA_INT.withName("hHwContext"),
                D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS.layout().withName("Flags"),
                JAVA_INT.withName("hRingBuffer"),
                JAVA_INT.withName("hRingBufferControl"),
                Layouts.bytes("PrivateDriverData", 64),
                JAVA_INT.withName("hHwQueue"),
                Layouts.pad("Padding0", 4),
                ADDRESS.withName("DoorbellStatusCpuVa"),
                JAVA_INT.withName("hProgressFence"),
                Layouts.pad("Padding1", 4),
                D3DDDI_NATIVEFENCEMAPPING.layout().withName("ProgressFenceMapping"),
                ADDRESS.withName("ProgressFenceLastQueuedValueCpuVa"),
                D3DDDI_NATIVEFENCELOGDETAIL.layout().withName("LogBufferInfo"),
                Layouts.bytes("Reserved", 64));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.G3);

    private D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION() {
    }

    /** The layout in the selected generation (G3). */
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

    /** Byte offset of {@code hHwContext}. */
    public static final long hHwContext$OFFSET = Layouts.offsetOf($LAYOUT, "hHwContext");

    /** Getter for {@code D3DKMT_HANDLE hHwContext}. */
    public static int hHwContext(MemorySegment struct) {
        return struct.get(JAVA_INT, hHwContext$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hHwContext}. */
    public static void hHwContext(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hHwContext$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS.sizeof());
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

    /** Byte offset of {@code PrivateDriverData}. */
    public static final long PrivateDriverData$OFFSET = Layouts.offsetOf($LAYOUT, "PrivateDriverData");

    /** Slice of {@code BYTE PrivateDriverData[D3DDDI_UMS_PDD_SIZE]}. */
    public static MemorySegment PrivateDriverData(MemorySegment struct) {
        return struct.asSlice(PrivateDriverData$OFFSET, $LAYOUT.select(MemoryLayout.PathElement.groupElement("PrivateDriverData")).byteSize());
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

    /** Byte offset of {@code DoorbellStatusCpuVa}. */
    public static final long DoorbellStatusCpuVa$OFFSET = Layouts.offsetOf($LAYOUT, "DoorbellStatusCpuVa");

    /** Getter for {@code VOID * DoorbellStatusCpuVa}. */
    public static MemorySegment DoorbellStatusCpuVa(MemorySegment struct) {
        return struct.get(ADDRESS, DoorbellStatusCpuVa$OFFSET);
    }

    /** Setter for {@code VOID * DoorbellStatusCpuVa}. */
    public static void DoorbellStatusCpuVa(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DoorbellStatusCpuVa$OFFSET, fieldValue);
    }

    /** Byte offset of {@code hProgressFence}. */
    public static final long hProgressFence$OFFSET = Layouts.offsetOf($LAYOUT, "hProgressFence");

    /** Getter for {@code D3DKMT_HANDLE hProgressFence}. */
    public static int hProgressFence(MemorySegment struct) {
        return struct.get(JAVA_INT, hProgressFence$OFFSET);
    }

    /** Setter for {@code D3DKMT_HANDLE hProgressFence}. */
    public static void hProgressFence(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, hProgressFence$OFFSET, fieldValue);
    }

    /** Byte offset of {@code ProgressFenceMapping}. */
    public static final long ProgressFenceMapping$OFFSET = Layouts.offsetOf($LAYOUT, "ProgressFenceMapping");

    /** Slice of {@code D3DDDI_NATIVEFENCEMAPPING ProgressFenceMapping}. */
    public static MemorySegment ProgressFenceMapping(MemorySegment struct) {
        return struct.asSlice(ProgressFenceMapping$OFFSET, D3DDDI_NATIVEFENCEMAPPING.sizeof());
    }

    /** Byte offset of {@code ProgressFenceLastQueuedValueCpuVa}. */
    public static final long ProgressFenceLastQueuedValueCpuVa$OFFSET = Layouts.offsetOf($LAYOUT, "ProgressFenceLastQueuedValueCpuVa");

    /** Getter for {@code VOID * ProgressFenceLastQueuedValueCpuVa}. */
    public static MemorySegment ProgressFenceLastQueuedValueCpuVa(MemorySegment struct) {
        return struct.get(ADDRESS, ProgressFenceLastQueuedValueCpuVa$OFFSET);
    }

    /** Setter for {@code VOID * ProgressFenceLastQueuedValueCpuVa}. */
    public static void ProgressFenceLastQueuedValueCpuVa(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, ProgressFenceLastQueuedValueCpuVa$OFFSET, fieldValue);
    }

    /** Byte offset of {@code LogBufferInfo}. */
    public static final long LogBufferInfo$OFFSET = Layouts.offsetOf($LAYOUT, "LogBufferInfo");

    /** Slice of {@code D3DDDI_NATIVEFENCELOGDETAIL LogBufferInfo}. */
    public static MemorySegment LogBufferInfo(MemorySegment struct) {
        return struct.asSlice(LogBufferInfo$OFFSET, D3DDDI_NATIVEFENCELOGDETAIL.sizeof());
    }

    /** Byte offset of {@code Reserved}. */
    public static final long Reserved$OFFSET = Layouts.offsetOf($LAYOUT, "Reserved");

    /** Slice of {@code BYTE Reserved[64]}. */
    public static MemorySegment Reserved(MemorySegment struct) {
        return struct.asSlice(Reserved$OFFSET, $LAYOUT.select(MemoryLayout.PathElement.groupElement("Reserved")).byteSize());
    }
}
