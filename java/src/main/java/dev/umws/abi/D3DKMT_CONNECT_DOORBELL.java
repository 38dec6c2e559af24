package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.ArrayList;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * // G1, G3: D3DKMT_HANDLE hHwQueue;  G2: D3DKMT_HANDLE hDoorbell;
 * typedef struct _D3DKMT_CONNECT_DOORBELL {
 *     D3DKMT_HANDLE hDoorbell;                  // in (G2) / hHwQueue (G1, G3)
 *     D3DKMT_CONNECT_DOORBELL_FLAGS Flags;
 *     D3DDDI_DOORBELLMAPPING DoorbellMapping;   // out (G3)
 *     BYTE Reserved[64];                        // (G3)
 * } D3DKMT_CONNECT_DOORBELL;
 * }
 * G1 and G2: 8 bytes. G3: 88 bytes, align 8.
 */
public final class D3DKMT_CONNECT_DOORBELL {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        List<MemoryLayout> m = new ArrayList<>();
        if (g == Generation.G1 || g == Generation.G3) {
            m.add(JAVA_INT.withName("hHwQueue"));
        }
        if (g == Generation.G2) {
            m.add(JAVA_INT.withName("hDoorbell"));
        }
        m.add(D3DKMT_CONNECT_DOORBELL_FLAGS.layout().withName("Flags"));
        if (g == Generation.G3) {
            m.add(D3DDDI_DOORBELLMAPPING.layout().withName("DoorbellMapping"));
            m.add(Layouts.bytes("Reserved", 64));
        }
        return Layouts.struct("D3DKMT_CONNECT_DOORBELL", m.toArray(MemoryLayout[]::new));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DKMT_CONNECT_DOORBELL() {
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

    /** Byte offset of {@code hHwQueue}; -1 in generations without it. */
    public static final long hHwQueue$OFFSET = Layouts.offsetOf($LAYOUT, "hHwQueue");

    /** Getter for {@code D3DKMT_HANDLE hHwQueue}. */
    public static int hHwQueue(MemorySegment struct) {
        return struct.get(JAVA_INT, Layouts.require(hHwQueue$OFFSET, "D3DKMT_CONNECT_DOORBELL", "hHwQueue"));
    }

    /** Setter for {@code D3DKMT_HANDLE hHwQueue}. */
    public static void hHwQueue(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Layouts.require(hHwQueue$OFFSET, "D3DKMT_CONNECT_DOORBELL", "hHwQueue"), fieldValue);
    }

    /** Byte offset of {@code hDoorbell}; -1 in generations without it. */
    public static final long hDoorbell$OFFSET = Layouts.offsetOf($LAYOUT, "hDoorbell");

    /** Getter for {@code D3DKMT_HANDLE hDoorbell}. */
    public static int hDoorbell(MemorySegment struct) {
        return struct.get(JAVA_INT, Layouts.require(hDoorbell$OFFSET, "D3DKMT_CONNECT_DOORBELL", "hDoorbell"));
    }

    /** Setter for {@code D3DKMT_HANDLE hDoorbell}. */
    public static void hDoorbell(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Layouts.require(hDoorbell$OFFSET, "D3DKMT_CONNECT_DOORBELL", "hDoorbell"), fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code D3DKMT_CONNECT_DOORBELL_FLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, D3DKMT_CONNECT_DOORBELL_FLAGS.sizeof());
    }

    /** Byte offset of {@code DoorbellMapping}; -1 in generations without it. */
    public static final long DoorbellMapping$OFFSET = Layouts.offsetOf($LAYOUT, "DoorbellMapping");

    /** Slice of {@code D3DDDI_DOORBELLMAPPING DoorbellMapping}. */
    public static MemorySegment DoorbellMapping(MemorySegment struct) {
        return struct.asSlice(Layouts.require(DoorbellMapping$OFFSET, "D3DKMT_CONNECT_DOORBELL", "DoorbellMapping"), Layouts.find($LAYOUT, "DoorbellMapping", 0).orElseThrow().size());
    }

    /** Byte offset of {@code Reserved}; -1 in generations without it. */
    public static final long Reserved$OFFSET = Layouts.offsetOf($LAYOUT, "Reserved");

    /** Slice of {@code BYTE Reserved[64]}. */
    public static MemorySegment Reserved(MemorySegment struct) {
        return struct.asSlice(Layouts.require(Reserved$OFFSET, "D3DKMT_CONNECT_DOORBELL", "Reserved"), Layouts.find($LAYOUT, "Reserved", 0).orElseThrow().size());
    }
}
