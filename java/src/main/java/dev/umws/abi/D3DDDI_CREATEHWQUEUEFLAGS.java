package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _D3DDDI_CREATEHWQUEUEFLAGS {
 *     union { struct { UINT DisableGpuTimeout:1; UINT NoBroadcastSignal:1; UINT NoBroadcastWait:1;
 *                      UINT NoKmdAccess:1; UINT UserModeSubmission:1; UINT NativeProgressFence:1;
 *                      UINT TestQueue:1; UINT Reserved:25; };
 *             UINT Value; };
 * } D3DDDI_CREATEHWQUEUEFLAGS;
 * }
 * Same bits in every generation. {@code NativeProgressFence} is set by the OS only.
 */
public final class D3DDDI_CREATEHWQUEUEFLAGS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("D3DDDI_CREATEHWQUEUEFLAGS",
                JAVA_INT.withName("Value"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DDDI_CREATEHWQUEUEFLAGS() {
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

    /** {@code DisableGpuTimeout : 1} at bit 0. */
    public static final BitField DisableGpuTimeout = new BitField("DisableGpuTimeout", 0, 1);

    /** {@code NoBroadcastSignal : 1} at bit 1. */
    public static final BitField NoBroadcastSignal = new BitField("NoBroadcastSignal", 1, 1);

    /** {@code NoBroadcastWait : 1} at bit 2. */
    public static final BitField NoBroadcastWait = new BitField("NoBroadcastWait", 2, 1);

    /** {@code NoKmdAccess : 1} at bit 3. */
    public static final BitField NoKmdAccess = new BitField("NoKmdAccess", 3, 1);

    /** {@code UserModeSubmission : 1} at bit 4. */
    public static final BitField UserModeSubmission = new BitField("UserModeSubmission", 4, 1);

    /** {@code NativeProgressFence : 1} at bit 5. */
    public static final BitField NativeProgressFence = new BitField("NativeProgressFence", 5, 1);

    /** {@code TestQueue : 1} at bit 6. */
    public static final BitField TestQueue = new BitField("TestQueue", 6, 1);

    /** {@code Reserved : 25} at bit 7. */
    public static final BitField Reserved = new BitField("Reserved", 7, 25);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(DisableGpuTimeout, NoBroadcastSignal, NoBroadcastWait, NoKmdAccess, UserModeSubmission, NativeProgressFence, TestQueue, Reserved);

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
