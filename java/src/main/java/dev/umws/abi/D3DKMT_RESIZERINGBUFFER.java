package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _D3DKMT_RESIZERINGBUFFER {
 *     D3DKMT_HANDLE hHwQueue; D3DKMT_HANDLE hRingBuffer; D3DKMT_HANDLE hRingBufferControl;
 *     D3DKMT_RESIZERINGBUFFER_FLAGS Flags;
 *     BYTE PrivateDriverData[D3DDDI_UMS_PDD_SIZE];
 *     BYTE Reserved[64];
 * } D3DKMT_RESIZERINGBUFFER;              // 144 bytes, G3 only
 * }
 */
public final class D3DKMT_RESIZERINGBUFFER {

    /** The layout in header generation {@code g}; only G3 has this type. */
    public static GroupLayout layout(Generation g) {
        if (!g.atLeast(Generation.G3)) {
            throw new IllegalArgumentException("D3DKMT_RESIZERINGBUFFER exists from G3 on, not in " + g);
        }
        return Layouts.struct("D3DKMT_RESIZERINGBUFFER",
                JAVA_INT.withName("hHwQueue"),
                JAVA_INT.withName("hRingBuffer"),
                JAVA_INT.withName("hRingBufferControl"),
                D3DKMT_RESIZERINGBUFFER_FLAGS.layout().withName("Flags"),
                Layouts.bytes("PrivateDriverData", 64),
                Layouts.bytes("Reserved", 64));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.G3);

    private D3DKMT_RESIZERINGBUFFER() {
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

    /** Slice of {@code D3DKMT_RESIZERINGBUFFER_FLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, D3DKMT_RESIZERINGBUFFER_FLAGS.sizeof());
    }

    /** Byte offset of {@code PrivateDriverData}. */
    public static final long PrivateDriverData$OFFSET = Layouts.offsetOf($LAYOUT, "PrivateDriverData");

    /** Slice of {@code BYTE PrivateDriverData[D3DDDI_UMS_PDD_SIZE]}. */
    public static MemorySegment PrivateDriverData(MemorySegment struct) {
        return struct.asSlice(PrivateDriverData$OFFSET, $LAYOUT.select(MemoryLayout.PathElement.groupElement("PrivateDriverData")).byteSize());
    }

    /** Byte offset of {@code Reserved}. */
    public static final long Reserved$OFFSET = Layouts.offsetOf($LAYOUT, "Reserved");

    /** Slice of {@code BYTE Reserved[64]}. */
    public static MemorySegment Reserved(MemorySegment struct) {
        return struct.asSlice(Reserved$OFFSET, $LAYOUT.select(MemoryLayout.PathElement.groupElement("Reserved")).byteSize());
    }
}
