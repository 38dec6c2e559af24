package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGK_NODEMETADATA_FLAGS {
 *     union { struct {
 *         UINT ContextSchedulingSupported:1; UINT RingBufferFenceRelease:1; UINT SupportTrackedWorkload:1;
 *         UINT UserModeSubmission:1; UINT SupportBuildTestCommandBuffer:1;
 *         UINT SupportFaultAndStall:1;          // G3 only
 *         UINT Reserved:26;                     // 27 in G1 and G2
 *     }; UINT32 Value; };
 * } DXGK_NODEMETADATA_FLAGS;
 * }
 * The docs call bit 3 {@code UserModeSubmissionSupported}; the header name is {@code UserModeSubmission}.
 */
public final class DXGK_NODEMETADATA_FLAGS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGK_NODEMETADATA_FLAGS",
                JAVA_INT.withName("Value"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGK_NODEMETADATA_FLAGS() {
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

    /** {@code ContextSchedulingSupported : 1} at bit 0. */
    public static final BitField ContextSchedulingSupported = new BitField("ContextSchedulingSupported", 0, 1);

    /** {@code RingBufferFenceRelease : 1} at bit 1. */
    public static final BitField RingBufferFenceRelease = new BitField("RingBufferFenceRelease", 1, 1);

    /** {@code SupportTrackedWorkload : 1} at bit 2. */
    public static final BitField SupportTrackedWorkload = new BitField("SupportTrackedWorkload", 2, 1);

    /** {@code UserModeSubmission : 1} at bit 3. */
    public static final BitField UserModeSubmission = new BitField("UserModeSubmission", 3, 1);

    /** {@code SupportBuildTestCommandBuffer : 1} at bit 4. */
    public static final BitField SupportBuildTestCommandBuffer = new BitField("SupportBuildTestCommandBuffer", 4, 1);

    /** {@code SupportFaultAndStall : 1} at bit 5 (G3). */
    public static final BitField SupportFaultAndStall = new BitField("SupportFaultAndStall", 5, 1);

    /** {@code Reserved : 26} at bit 6 (G3). */
    public static final BitField Reserved_G3 = new BitField("Reserved", 6, 26);

    /** {@code Reserved : 27} at bit 5 (G1, G2). */
    public static final BitField Reserved_G2 = new BitField("Reserved", 5, 27);

    /** Every bit-field member of generation {@code g}, in declaration order. */
    public static List<BitField> bits(Generation g) {
        return g.atLeast(Generation.G3)
                ? List.of(ContextSchedulingSupported, RingBufferFenceRelease, SupportTrackedWorkload, UserModeSubmission,
                        SupportBuildTestCommandBuffer, SupportFaultAndStall, Reserved_G3)
                : List.of(ContextSchedulingSupported, RingBufferFenceRelease, SupportTrackedWorkload, UserModeSubmission,
                        SupportBuildTestCommandBuffer, Reserved_G2);
    }

    /** Every bit-field member of the selected generation. */
    public static final List<BitField> BITS = bits(Generation.SELECTED);

    /** Byte offset of {@code Value}. */
    public static final long Value$OFFSET = Layouts.offsetOf($LAYOUT, "Value");

    /** Getter for {@code UINT32 Value}. */
    public static int Value(MemorySegment struct) {
        return struct.get(JAVA_INT, Value$OFFSET);
    }

    /** Setter for {@code UINT32 Value}. */
    public static void Value(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Value$OFFSET, fieldValue);
    }
}
