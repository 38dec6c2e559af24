package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _D3DKMT_CREATEDEVICEFLAGS {
 *     UINT LegacyMode:1; UINT RequestVSync:1; UINT DisableGpuTimeout:1; UINT TestDevice:1; UINT Reserved:28;
 * } D3DKMT_CREATEDEVICEFLAGS;             // 4 bytes, the same in every generation
 * }
 * A plain bit-field word: the header has no {@code Value} member, so the Java layout calls the word
 * {@code $word}.
 */
public final class D3DKMT_CREATEDEVICEFLAGS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("D3DKMT_CREATEDEVICEFLAGS",
                JAVA_INT.withName("$word"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private D3DKMT_CREATEDEVICEFLAGS() {
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

    /** {@code LegacyMode : 1} at bit 0. */
    public static final BitField LegacyMode = new BitField("LegacyMode", 0, 1);

    /** {@code RequestVSync : 1} at bit 1. */
    public static final BitField RequestVSync = new BitField("RequestVSync", 1, 1);

    /** {@code DisableGpuTimeout : 1} at bit 2. */
    public static final BitField DisableGpuTimeout = new BitField("DisableGpuTimeout", 2, 1);

    /** {@code TestDevice : 1} at bit 3. */
    public static final BitField TestDevice = new BitField("TestDevice", 3, 1);

    /** {@code Reserved : 28} at bit 4. */
    public static final BitField Reserved = new BitField("Reserved", 4, 28);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(LegacyMode, RequestVSync, DisableGpuTimeout, TestDevice, Reserved);

    /** The whole 4-byte word (C gives it no name; the Java layout calls it {@code $word}). */
    public static int word(MemorySegment struct) {
        return struct.get(JAVA_INT, 0);
    }

    /** Sets the whole 4-byte word. */
    public static void word(MemorySegment struct, int value) {
        struct.set(JAVA_INT, 0, value);
    }
}
