package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@snippet lang=c :
 * typedef struct _D3DDDI_NATIVEFENCELOGDETAIL {
 *     UINT32 WaitLogNumberOfEntries; UINT32 SignalLogNumberOfEntries;
 *     D3DGPU_VIRTUAL_ADDRESS WaitLogGpuBaseAddress; D3DGPU_VIRTUAL_ADDRESS SignalLogGpuBaseAddress;
 *     BYTE Reserved[64];
 * } D3DDDI_NATIVEFENCELOGDETAIL;          // 88 bytes, G3 only
 * }
 */
public final class D3DDDI_NATIVEFENCELOGDETAIL {

    /** The layout in header generation {@code g}; only G3 has this type. */
    public static GroupLayout layout(Generation g) {
        if (!g.atLeast(Generation.G3)) {
            throw new IllegalArgumentException("D3DDDI_NATIVEFENCELOGDETAIL exists from G3 on, not in " + g);
        }
        return Layouts.struct("D3DDDI_NATIVEFENCELOGDETAIL",
                JAVA_INT.withName("WaitLogNumberOfEntries"),
                JAVA_INT.withName("SignalLogNumberOfEntries"),
                JAVA_LONG.withName("WaitLogGpuBaseAddress"),
                JAVA_LONG.withName("SignalLogGpuBaseAddress"),
                Layouts.bytes("Reserved", 64));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.G3);

    private D3DDDI_NATIVEFENCELOGDETAIL() {
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

    /** Byte offset of {@code WaitLogNumberOfEntries}. */
    public static final long WaitLogNumberOfEntries$OFFSET = Layouts.offsetOf($LAYOUT, "WaitLogNumberOfEntries");

    /** Getter for {@code UINT32 WaitLogNumberOfEntries}. */
    public static int WaitLogNumberOfEntries(MemorySegment struct) {
        return struct.get(JAVA_INT, WaitLogNumberOfEntries$OFFSET);
    }

    /** Setter for {@code UINT32 WaitLogNumberOfEntries}. */
    public static void WaitLogNumberOfEntries(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, WaitLogNumberOfEntries$OFFSET, fieldValue);
    }

    /** Byte offset of {@code SignalLogNumberOfEntries}. */
    public static final long SignalLogNumberOfEntries$OFFSET = Layouts.offsetOf($LAYOUT, "SignalLogNumberOfEntries");

    /** Getter for {@code UINT32 SignalLogNumberOfEntries}. */
    public static int SignalLogNumberOfEntries(MemorySegment struct) {
        return struct.get(JAVA_INT, SignalLogNumberOfEntries$OFFSET);
    }

    /** Setter for {@code UINT32 SignalLogNumberOfEntries}. */
    public static void SignalLogNumberOfEntries(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, SignalLogNumberOfEntries$OFFSET, fieldValue);
    }

    /** Byte offset of {@code WaitLogGpuBaseAddress}. */
    public static final long WaitLogGpuBaseAddress$OFFSET = Layouts.offsetOf($LAYOUT, "WaitLogGpuBaseAddress");

    /** Getter for {@code D3DGPU_VIRTUAL_ADDRESS WaitLogGpuBaseAddress}. */
    public static long WaitLogGpuBaseAddress(MemorySegment struct) {
        return struct.get(JAVA_LONG, WaitLogGpuBaseAddress$OFFSET);
    }

    /** Setter for {@code D3DGPU_VIRTUAL_ADDRESS WaitLogGpuBaseAddress}. */
    public static void WaitLogGpuBaseAddress(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, WaitLogGpuBaseAddress$OFFSET, fieldValue);
    }

    /** Byte offset of {@code SignalLogGpuBaseAddress}. */
    public static final long SignalLogGpuBaseAddress$OFFSET = Layouts.offsetOf($LAYOUT, "SignalLogGpuBaseAddress");

    /** Getter for {@code D3DGPU_VIRTUAL_ADDRESS SignalLogGpuBaseAddress}. */
    public static long SignalLogGpuBaseAddress(MemorySegment struct) {
        return struct.get(JAVA_LONG, SignalLogGpuBaseAddress$OFFSET);
    }

    /** Setter for {@code D3DGPU_VIRTUAL_ADDRESS SignalLogGpuBaseAddress}. */
    public static void SignalLogGpuBaseAddress(MemorySegment struct, long fieldValue) {
        struct.set(JAVA_LONG, SignalLogGpuBaseAddress$OFFSET, fieldValue);
    }

    /** Byte offset of {@code Reserved}. */
    public static final long Reserved$OFFSET = Layouts.offsetOf($LAYOUT, "Reserved");

    /** Slice of {@code BYTE Reserved[64]}. */
    public static MemorySegment Reserved(MemorySegment struct) {
        return struct.asSlice(Reserved$OFFSET, $LAYOUT.select(MemoryLayout.PathElement.groupElement("Reserved")).byteSize());
    }
}
