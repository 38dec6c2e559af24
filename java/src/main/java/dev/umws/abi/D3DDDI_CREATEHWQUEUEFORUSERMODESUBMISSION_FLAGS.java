package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS {
 *     union { struct { UINT DisableGpuTimeout:1; UINT NoBroadcastSignal:1; UINT NoBroadcastWait:1;
 *                      UINT NoKmdAccess:1; UINT TestQueue:1; UINT DoorbellRequiresSecondaryCpuVA:1;
 *                      UINT Reserved:26; };
 *             UINT Value; };
 * } D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS;   // G3 only
 * }
 */
public final class D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS {

    /** The layout in header generation {@code g}; only G3 has this type. */
    public static GroupLayout layout(Generation g) {
        if (!g.atLeast(Generation.G3)) {
            throw new IllegalArgumentException("D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS exists from G3 on, not in " + g);
        }
        return Layouts.struct("D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS",
                JAVA_INT.withName("Value"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.G3);

    private D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS() {
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

    /** {@code DisableGpuTimeout : 1} at bit 0. */
    public static final BitField DisableGpuTimeout = new BitField("DisableGpuTimeout", 0, 1);

    /** {@code NoBroadcastSignal : 1} at bit 1. */
    public static final BitField NoBroadcastSignal = new BitField("NoBroadcastSignal", 1, 1);

    /** {@code NoBroadcastWait : 1} at bit 2. */
    public static final BitField NoBroadcastWait = new BitField("NoBroadcastWait", 2, 1);

    /** {@code NoKmdAccess : 1} at bit 3. */
    public static final BitField NoKmdAccess = new BitField("NoKmdAccess", 3, 1);

    /** {@code TestQueue : 1} at bit 4. */
    public static final BitField TestQueue = new BitField("TestQueue", 4, 1);

    /** {@code DoorbellRequiresSecondaryCpuVA : 1} at bit 5. */
    public static final BitField DoorbellRequiresSecondaryCpuVA = new BitField("DoorbellRequiresSecondaryCpuVA", 5, 1);

    /** {@code Reserved : 26} at bit 6. */
    public static final BitField Reserved = new BitField("Reserved", 6, 26);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(DisableGpuTimeout, NoBroadcastSignal, NoBroadcastWait, NoKmdAccess, TestQueue, DoorbellRequiresSecondaryCpuVA, Reserved);

    /** Byte offset of {@code Value}. */
    public static final long Value$OFFSET = Layouts.offsetOf($LAYOUT, "Value");

    /** Getter for {@code UINT Value}. */
    public static int Value(MemorySegment struct) {
        return struct.get(JAVA_INT, Value$OFFSET);
    }

    /** Setter for {@code UINT Value}. */
    public static void Value(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Value$OFFSET, fieldValue);
    }
}
