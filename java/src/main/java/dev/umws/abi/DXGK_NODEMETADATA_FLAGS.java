package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * G2 and G3:
 * {@snippet lang=c :
 * typedef struct _DXGK_NODEMETADATA_FLAGS {
 *     union { struct {
 *         UINT ContextSchedulingSupported:1; UINT RingBufferFenceRelease:1; UINT SupportTrackedWorkload:1;
 *         UINT UserModeSubmission:1; UINT SupportBuildTestCommandBuffer:1;
 *         UINT SupportFaultAndStall:1;          // G3 only
 *         UINT Reserved:26;                     // 27 in G2
 *     }; UINT32 Value; };
 * } DXGK_NODEMETADATA_FLAGS;
 * }
 * G1, where bits 4..15 are reserved and must be zero (observed in the 22631 binary (dxgkrnl.sys,
 * build 22631.4169), which refuses a node that sets any of them):
 * {@snippet lang=c :
 * typedef struct _DXGK_NODEMETADATA_FLAGS {
 *     union { struct {
 *         UINT ContextSchedulingSupported:1; UINT RingBufferFenceRelease:1; UINT SupportTrackedWorkload:1;
 *         UINT UserModeSubmission:1;
 *         UINT Reserved:28;
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

    /** {@code SupportBuildTestCommandBuffer : 1} at bit 4 (G2, G3). */
    public static final BitField SupportBuildTestCommandBuffer = new BitField("SupportBuildTestCommandBuffer", 4, 1);

    /** {@code SupportFaultAndStall : 1} at bit 5 (G3). */
    public static final BitField SupportFaultAndStall = new BitField("SupportFaultAndStall", 5, 1);

    /** {@code Reserved : 26} at bit 6 (G3). */
    public static final BitField Reserved_G3 = new BitField("Reserved", 6, 26);

    /** {@code Reserved : 27} at bit 5 (G2). */
    public static final BitField Reserved_G2 = new BitField("Reserved", 5, 27);

    /** {@code Reserved : 28} at bit 4 (G1). */
    public static final BitField Reserved_G1 = new BitField("Reserved", 4, 28);

    /** Every bit-field member of generation {@code g}, in declaration order. */
    public static List<BitField> bits(Generation g) {
        return switch (g) {
            case G1 -> List.of(ContextSchedulingSupported, RingBufferFenceRelease, SupportTrackedWorkload,
                    UserModeSubmission, Reserved_G1);
            case G2 -> List.of(ContextSchedulingSupported, RingBufferFenceRelease, SupportTrackedWorkload,
                    UserModeSubmission, SupportBuildTestCommandBuffer, Reserved_G2);
            case G3 -> List.of(ContextSchedulingSupported, RingBufferFenceRelease, SupportTrackedWorkload,
                    UserModeSubmission, SupportBuildTestCommandBuffer, SupportFaultAndStall, Reserved_G3);
        };
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
