package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.List;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGK_VIDSCHCAPS {
 *     union { struct {
 *         UINT MultiEngineAware:1; UINT VSyncPowerSaveAware:1; UINT PreemptionAware:1; UINT NoDmaPatching:1;
 *         UINT CancelCommandAware:1; UINT No64BitAtomics:1; UINT LowIrqlPreemptCommand:1; UINT HwQueuePacketCap:4;
 *         UINT NativeGpuFence:1; UINT OptimizedNativeFenceSignaledInterrupt:1; UINT Reserved:19;
 *     }; UINT Value; };
 * } DXGK_VIDSCHCAPS;
 * }
 * No bit is dedicated to user-mode submission.
 */
public final class DXGK_VIDSCHCAPS {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGK_VIDSCHCAPS",
                JAVA_INT.withName("Value"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGK_VIDSCHCAPS() {
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

    /** {@code MultiEngineAware : 1} at bit 0. */
    public static final BitField MultiEngineAware = new BitField("MultiEngineAware", 0, 1);

    /** {@code VSyncPowerSaveAware : 1} at bit 1. */
    public static final BitField VSyncPowerSaveAware = new BitField("VSyncPowerSaveAware", 1, 1);

    /** {@code PreemptionAware : 1} at bit 2. */
    public static final BitField PreemptionAware = new BitField("PreemptionAware", 2, 1);

    /** {@code NoDmaPatching : 1} at bit 3. */
    public static final BitField NoDmaPatching = new BitField("NoDmaPatching", 3, 1);

    /** {@code CancelCommandAware : 1} at bit 4. */
    public static final BitField CancelCommandAware = new BitField("CancelCommandAware", 4, 1);

    /** {@code No64BitAtomics : 1} at bit 5. */
    public static final BitField No64BitAtomics = new BitField("No64BitAtomics", 5, 1);

    /** {@code LowIrqlPreemptCommand : 1} at bit 6. */
    public static final BitField LowIrqlPreemptCommand = new BitField("LowIrqlPreemptCommand", 6, 1);

    /** {@code HwQueuePacketCap : 4} at bit 7. */
    public static final BitField HwQueuePacketCap = new BitField("HwQueuePacketCap", 7, 4);

    /** {@code NativeGpuFence : 1} at bit 11. */
    public static final BitField NativeGpuFence = new BitField("NativeGpuFence", 11, 1);

    /** {@code OptimizedNativeFenceSignaledInterrupt : 1} at bit 12. */
    public static final BitField OptimizedNativeFenceSignaledInterrupt = new BitField("OptimizedNativeFenceSignaledInterrupt", 12, 1);

    /** {@code Reserved : 19} at bit 13. */
    public static final BitField Reserved = new BitField("Reserved", 13, 19);

    /** Every bit-field member, in declaration order. */
    public static final List<BitField> BITS = List.of(MultiEngineAware, VSyncPowerSaveAware, PreemptionAware, NoDmaPatching, CancelCommandAware, No64BitAtomics, LowIrqlPreemptCommand, HwQueuePacketCap, NativeGpuFence, OptimizedNativeFenceSignaledInterrupt, Reserved);

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
