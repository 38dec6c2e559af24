package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _D3DDDI_CREATECONTEXTFLAGS {
 *     union { struct {
 *         UINT NullRendering:1; UINT InitialData:1; UINT DisableGpuTimeout:1; UINT SynchronizationOnly:1;
 *         UINT HwQueueSupported:1; UINT NoKmdAccess:1; UINT TestContext:1; UINT Reserved:25;
 *     }; UINT Value; };
 * } D3DDDI_CREATECONTEXTFLAGS;            // the same in every generation
 * }
 * The flags of {@code D3DKMT_CREATECONTEXTVIRTUAL}; a context that will own hardware queues sets
 * {@code HwQueueSupported}.
 */
public final class D3DDDI_CREATECONTEXTFLAGS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("D3DDDI_CREATECONTEXTFLAGS",
                JAVA_INT.withName("Value"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DDDI_CREATECONTEXTFLAGS() {
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

    /** {@code NullRendering : 1} at bit 0. */
    public static final BitField NullRendering = new BitField("NullRendering", 0, 1);

    /** {@code InitialData : 1} at bit 1. */
    public static final BitField InitialData = new BitField("InitialData", 1, 1);

    /** {@code DisableGpuTimeout : 1} at bit 2. */
    public static final BitField DisableGpuTimeout = new BitField("DisableGpuTimeout", 2, 1);

    /** {@code SynchronizationOnly : 1} at bit 3. */
    public static final BitField SynchronizationOnly = new BitField("SynchronizationOnly", 3, 1);

    /** {@code HwQueueSupported : 1} at bit 4. */
    public static final BitField HwQueueSupported = new BitField("HwQueueSupported", 4, 1);

    /** {@code NoKmdAccess : 1} at bit 5. */
    public static final BitField NoKmdAccess = new BitField("NoKmdAccess", 5, 1);

    /** {@code TestContext : 1} at bit 6. */
    public static final BitField TestContext = new BitField("TestContext", 6, 1);

    /** {@code Reserved : 25} at bit 7. */
    public static final BitField Reserved = new BitField("Reserved", 7, 25);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(NullRendering, InitialData, DisableGpuTimeout, SynchronizationOnly, HwQueueSupported, NoKmdAccess, TestContext, Reserved);

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
