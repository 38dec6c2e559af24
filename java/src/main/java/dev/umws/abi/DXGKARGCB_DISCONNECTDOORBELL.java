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
 * G2 (Learn syntax):
 * {@snippet lang=c :
 * typedef struct _DXGKARGCB_DISCONNECTDOORBELL {
 *     HANDLE hHwQueue;                          //  0
 *     HANDLE hDoorbell;                         //  8
 *     DXGKARGCB_DISCONNECTDOORBELL_FLAGS Flags; // 16
 *     D3DDDI_DOORBELLSTATUS DisconnectReason;   // 20
 * } DXGKARGCB_DISCONNECTDOORBELL;               // 24 bytes
 * }
 * G1 and G3 (G3: Learn syntax; G1: as observed in the 22631 binary (dxgkrnl.sys, build 22631.4169),
 * which reads the queue at +0 and the reason at +12 and nothing beyond 16 bytes):
 * {@snippet lang=c :
 * typedef struct _DXGKARGCB_DISCONNECTDOORBELL {
 *     HANDLE hHwQueue;                          //  0
 *     DXGKARGCB_DISCONNECTDOORBELL_FLAGS Flags; //  8
 *     D3DDDI_DOORBELLSTATUS DisconnectReason;   // 12
 * } DXGKARGCB_DISCONNECTDOORBELL;               // 16 bytes
 * }
 */
public final class DXGKARGCB_DISCONNECTDOORBELL {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        List<MemoryLayout> m = new ArrayList<>();
        m.add(ADDRESS.withName("hHwQueue"));
        if (g == Generation.G2) {
            m.add(ADDRESS.withName("hDoorbell"));
        }
        m.add(DXGKARGCB_DISCONNECTDOORBELL_FLAGS.layout().withName("Flags"));
        m.add(JAVA_INT.withName("DisconnectReason"));
        return Layouts.struct("DXGKARGCB_DISCONNECTDOORBELL", m.toArray(MemoryLayout[]::new));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKARGCB_DISCONNECTDOORBELL() {
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
        return struct.get(ADDRESS, Layouts.require(hDoorbell$OFFSET, "DXGKARGCB_DISCONNECTDOORBELL", "hDoorbell"));
    }

    /** Setter for {@code HANDLE hDoorbell}. */
    public static void hDoorbell(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, Layouts.require(hDoorbell$OFFSET, "DXGKARGCB_DISCONNECTDOORBELL", "hDoorbell"), fieldValue);
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code DXGKARGCB_DISCONNECTDOORBELL_FLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, DXGKARGCB_DISCONNECTDOORBELL_FLAGS.sizeof());
    }

    /** Byte offset of {@code DisconnectReason}. */
    public static final long DisconnectReason$OFFSET = Layouts.offsetOf($LAYOUT, "DisconnectReason");

    /** Getter for {@code D3DDDI_DOORBELLSTATUS DisconnectReason}. */
    public static int DisconnectReason(MemorySegment struct) {
        return struct.get(JAVA_INT, DisconnectReason$OFFSET);
    }

    /** Setter for {@code D3DDDI_DOORBELLSTATUS DisconnectReason}. */
    public static void DisconnectReason(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, DisconnectReason$OFFSET, fieldValue);
    }
}
