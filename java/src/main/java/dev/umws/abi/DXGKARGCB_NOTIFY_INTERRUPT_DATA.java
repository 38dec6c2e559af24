package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * What the ISR passes to {@code DxgkCbNotifyInterrupt}: the interrupt type and one union member per type.
 *
 * {@snippet lang=c :
 * typedef struct _DXGKARGCB_NOTIFY_INTERRUPT_DATA {
 *     DXGK_INTERRUPT_TYPE InterruptType;
 *     union { struct {...} DmaCompleted; ... struct { UINT Reserved[16]; } Reserved; };
 *     DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS Flags;
 * } DXGKARGCB_NOTIFY_INTERRUPT_DATA;
 * }
 *
 * <pre>
 *   0        4        8                                              72       76   80
 *   +--------+--------+----------------------------------------------+--------+----+
 *   | Type   | pad    | union: one member per interrupt type (64 B)  | Flags  |pad |
 *   +--------+--------+----------------------------------------------+--------+----+
 * </pre>
 * Each union member is a nested class whose accessors take the member's slice.
 */
public final class DXGKARGCB_NOTIFY_INTERRUPT_DATA {

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGKARGCB_NOTIFY_INTERRUPT_DATA",
                JAVA_INT.withName("InterruptType"),
                Layouts.pad("Padding0", 4),
                Layouts.anonUnion(0,
                        DmaCompleted.LAYOUT,
                        DmaPreempted.LAYOUT,
                        DmaFaulted.LAYOUT,
                        CrtcVsync.LAYOUT,
                        DisplayOnlyVsync.LAYOUT,
                        CrtcVsyncWithMultiPlaneOverlay.LAYOUT,
                        DXGKARGCB_PRESENT_DISPLAYONLY_PROGRESS.layout().withName("DisplayOnlyPresentProgress"),
                        MiracastEncodeChunkCompleted.LAYOUT,
                        DmaPageFaulted.LAYOUT,
                        CrtcVsyncWithMultiPlaneOverlay2.LAYOUT,
                        MonitoredFenceSignaled.LAYOUT,
                        HwContextListSwitchCompleted.LAYOUT,
                        HwQueuePageFaulted.LAYOUT,
                        PeriodicMonitoredFenceSignaled.LAYOUT,
                        SchedulingLogInterrupt.LAYOUT,
                        GpuEngineTimeout.LAYOUT,
                        SuspendContextCompleted.LAYOUT,
                        CrtcVsyncWithMultiPlaneOverlay3.LAYOUT,
                        NativeFenceSignaled.LAYOUT,
                        EngineStateChange.LAYOUT,
                        Reserved.LAYOUT),
                DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS.layout().withName("Flags"),
                Layouts.pad("Padding1", 4));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKARGCB_NOTIFY_INTERRUPT_DATA() {
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

    /** Byte offset of {@code InterruptType}. */
    public static final long InterruptType$OFFSET = Layouts.offsetOf($LAYOUT, "InterruptType");

    /** Getter for {@code DXGK_INTERRUPT_TYPE InterruptType}. */
    public static int InterruptType(MemorySegment struct) {
        return struct.get(JAVA_INT, InterruptType$OFFSET);
    }

    /** Setter for {@code DXGK_INTERRUPT_TYPE InterruptType}. */
    public static void InterruptType(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, InterruptType$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DmaCompleted}. */
    public static final long DmaCompleted$OFFSET = Layouts.offsetOf($LAYOUT, "DmaCompleted");

    /** Slice of {@code struct { ... } DmaCompleted}. */
    public static MemorySegment DmaCompleted(MemorySegment struct) {
        return struct.asSlice(DmaCompleted$OFFSET, DmaCompleted.LAYOUT.byteSize());
    }

    /** Byte offset of {@code DmaPreempted}. */
    public static final long DmaPreempted$OFFSET = Layouts.offsetOf($LAYOUT, "DmaPreempted");

    /** Slice of {@code struct { ... } DmaPreempted}. */
    public static MemorySegment DmaPreempted(MemorySegment struct) {
        return struct.asSlice(DmaPreempted$OFFSET, DmaPreempted.LAYOUT.byteSize());
    }

    /** Byte offset of {@code DmaFaulted}. */
    public static final long DmaFaulted$OFFSET = Layouts.offsetOf($LAYOUT, "DmaFaulted");

    /** Slice of {@code struct { ... } DmaFaulted}. */
    public static MemorySegment DmaFaulted(MemorySegment struct) {
        return struct.asSlice(DmaFaulted$OFFSET, DmaFaulted.LAYOUT.byteSize());
    }

    /** Byte offset of {@code CrtcVsync}. */
    public static final long CrtcVsync$OFFSET = Layouts.offsetOf($LAYOUT, "CrtcVsync");

    /** Slice of {@code struct { ... } CrtcVsync}. */
    public static MemorySegment CrtcVsync(MemorySegment struct) {
        return struct.asSlice(CrtcVsync$OFFSET, CrtcVsync.LAYOUT.byteSize());
    }

    /** Byte offset of {@code DisplayOnlyVsync}. */
    public static final long DisplayOnlyVsync$OFFSET = Layouts.offsetOf($LAYOUT, "DisplayOnlyVsync");

    /** Slice of {@code struct { ... } DisplayOnlyVsync}. */
    public static MemorySegment DisplayOnlyVsync(MemorySegment struct) {
        return struct.asSlice(DisplayOnlyVsync$OFFSET, DisplayOnlyVsync.LAYOUT.byteSize());
    }

    /** Byte offset of {@code CrtcVsyncWithMultiPlaneOverlay}. */
    public static final long CrtcVsyncWithMultiPlaneOverlay$OFFSET = Layouts.offsetOf($LAYOUT, "CrtcVsyncWithMultiPlaneOverlay");

    /** Slice of {@code struct { ... } CrtcVsyncWithMultiPlaneOverlay}. */
    public static MemorySegment CrtcVsyncWithMultiPlaneOverlay(MemorySegment struct) {
        return struct.asSlice(CrtcVsyncWithMultiPlaneOverlay$OFFSET, CrtcVsyncWithMultiPlaneOverlay.LAYOUT.byteSize());
    }

    /** Byte offset of {@code DisplayOnlyPresentProgress}. */
    public static final long DisplayOnlyPresentProgress$OFFSET = Layouts.offsetOf($LAYOUT, "DisplayOnlyPresentProgress");

    /** Slice of {@code DXGKARGCB_PRESENT_DISPLAYONLY_PROGRESS DisplayOnlyPresentProgress}. */
    public static MemorySegment DisplayOnlyPresentProgress(MemorySegment struct) {
        return struct.asSlice(DisplayOnlyPresentProgress$OFFSET, DXGKARGCB_PRESENT_DISPLAYONLY_PROGRESS.sizeof());
    }

    /** Byte offset of {@code MiracastEncodeChunkCompleted}. */
    public static final long MiracastEncodeChunkCompleted$OFFSET = Layouts.offsetOf($LAYOUT, "MiracastEncodeChunkCompleted");

    /** Slice of {@code struct { ... } MiracastEncodeChunkCompleted}. */
    public static MemorySegment MiracastEncodeChunkCompleted(MemorySegment struct) {
        return struct.asSlice(MiracastEncodeChunkCompleted$OFFSET, MiracastEncodeChunkCompleted.LAYOUT.byteSize());
    }

    /** Byte offset of {@code DmaPageFaulted}. */
    public static final long DmaPageFaulted$OFFSET = Layouts.offsetOf($LAYOUT, "DmaPageFaulted");

    /** Slice of {@code struct { ... } DmaPageFaulted}. */
    public static MemorySegment DmaPageFaulted(MemorySegment struct) {
        return struct.asSlice(DmaPageFaulted$OFFSET, DmaPageFaulted.LAYOUT.byteSize());
    }

    /** Byte offset of {@code CrtcVsyncWithMultiPlaneOverlay2}. */
    public static final long CrtcVsyncWithMultiPlaneOverlay2$OFFSET = Layouts.offsetOf($LAYOUT, "CrtcVsyncWithMultiPlaneOverlay2");

    /** Slice of {@code struct { ... } CrtcVsyncWithMultiPlaneOverlay2}. */
    public static MemorySegment CrtcVsyncWithMultiPlaneOverlay2(MemorySegment struct) {
        return struct.asSlice(CrtcVsyncWithMultiPlaneOverlay2$OFFSET, CrtcVsyncWithMultiPlaneOverlay2.LAYOUT.byteSize());
    }

    /** Byte offset of {@code MonitoredFenceSignaled}. */
    public static final long MonitoredFenceSignaled$OFFSET = Layouts.offsetOf($LAYOUT, "MonitoredFenceSignaled");

    /** Slice of {@code struct { ... } MonitoredFenceSignaled}. */
    public static MemorySegment MonitoredFenceSignaled(MemorySegment struct) {
        return struct.asSlice(MonitoredFenceSignaled$OFFSET, MonitoredFenceSignaled.LAYOUT.byteSize());
    }

    /** Byte offset of {@code HwContextListSwitchCompleted}. */
    public static final long HwContextListSwitchCompleted$OFFSET = Layouts.offsetOf($LAYOUT, "HwContextListSwitchCompleted");

    /** Slice of {@code struct { ... } HwContextListSwitchCompleted}. */
    public static MemorySegment HwContextListSwitchCompleted(MemorySegment struct) {
        return struct.asSlice(HwContextListSwitchCompleted$OFFSET, HwContextListSwitchCompleted.LAYOUT.byteSize());
    }

    /** Byte offset of {@code HwQueuePageFaulted}. */
    public static final long HwQueuePageFaulted$OFFSET = Layouts.offsetOf($LAYOUT, "HwQueuePageFaulted");

    /** Slice of {@code struct { ... } HwQueuePageFaulted}. */
    public static MemorySegment HwQueuePageFaulted(MemorySegment struct) {
        return struct.asSlice(HwQueuePageFaulted$OFFSET, HwQueuePageFaulted.LAYOUT.byteSize());
    }

    /** Byte offset of {@code PeriodicMonitoredFenceSignaled}. */
    public static final long PeriodicMonitoredFenceSignaled$OFFSET = Layouts.offsetOf($LAYOUT, "PeriodicMonitoredFenceSignaled");

    /** Slice of {@code struct { ... } PeriodicMonitoredFenceSignaled}. */
    public static MemorySegment PeriodicMonitoredFenceSignaled(MemorySegment struct) {
        return struct.asSlice(PeriodicMonitoredFenceSignaled$OFFSET, PeriodicMonitoredFenceSignaled.LAYOUT.byteSize());
    }

    /** Byte offset of {@code SchedulingLogInterrupt}. */
    public static final long SchedulingLogInterrupt$OFFSET = Layouts.offsetOf($LAYOUT, "SchedulingLogInterrupt");

    /** Slice of {@code struct { ... } SchedulingLogInterrupt}. */
    public static MemorySegment SchedulingLogInterrupt(MemorySegment struct) {
        return struct.asSlice(SchedulingLogInterrupt$OFFSET, SchedulingLogInterrupt.LAYOUT.byteSize());
    }

    /** Byte offset of {@code GpuEngineTimeout}. */
    public static final long GpuEngineTimeout$OFFSET = Layouts.offsetOf($LAYOUT, "GpuEngineTimeout");

    /** Slice of {@code struct { ... } GpuEngineTimeout}. */
    public static MemorySegment GpuEngineTimeout(MemorySegment struct) {
        return struct.asSlice(GpuEngineTimeout$OFFSET, GpuEngineTimeout.LAYOUT.byteSize());
    }

    /** Byte offset of {@code SuspendContextCompleted}. */
    public static final long SuspendContextCompleted$OFFSET = Layouts.offsetOf($LAYOUT, "SuspendContextCompleted");

    /** Slice of {@code struct { ... } SuspendContextCompleted}. */
    public static MemorySegment SuspendContextCompleted(MemorySegment struct) {
        return struct.asSlice(SuspendContextCompleted$OFFSET, SuspendContextCompleted.LAYOUT.byteSize());
    }

    /** Byte offset of {@code CrtcVsyncWithMultiPlaneOverlay3}. */
    public static final long CrtcVsyncWithMultiPlaneOverlay3$OFFSET = Layouts.offsetOf($LAYOUT, "CrtcVsyncWithMultiPlaneOverlay3");

    /** Slice of {@code struct { ... } CrtcVsyncWithMultiPlaneOverlay3}. */
    public static MemorySegment CrtcVsyncWithMultiPlaneOverlay3(MemorySegment struct) {
        return struct.asSlice(CrtcVsyncWithMultiPlaneOverlay3$OFFSET, CrtcVsyncWithMultiPlaneOverlay3.LAYOUT.byteSize());
    }

    /** Byte offset of {@code NativeFenceSignaled}. */
    public static final long NativeFenceSignaled$OFFSET = Layouts.offsetOf($LAYOUT, "NativeFenceSignaled");

    /** Slice of {@code struct { ... } NativeFenceSignaled}. */
    public static MemorySegment NativeFenceSignaled(MemorySegment struct) {
        return struct.asSlice(NativeFenceSignaled$OFFSET, NativeFenceSignaled.LAYOUT.byteSize());
    }

    /** Byte offset of {@code EngineStateChange}. */
    public static final long EngineStateChange$OFFSET = Layouts.offsetOf($LAYOUT, "EngineStateChange");

    /** Slice of {@code struct { ... } EngineStateChange}. */
    public static MemorySegment EngineStateChange(MemorySegment struct) {
        return struct.asSlice(EngineStateChange$OFFSET, EngineStateChange.LAYOUT.byteSize());
    }

    /** Byte offset of {@code Reserved}. */
    public static final long Reserved$OFFSET = Layouts.offsetOf($LAYOUT, "Reserved");

    /** Slice of {@code struct { ... } Reserved}. */
    public static MemorySegment Reserved(MemorySegment struct) {
        return struct.asSlice(Reserved$OFFSET, Reserved.LAYOUT.byteSize());
    }

    /** Byte offset of {@code Flags}. */
    public static final long Flags$OFFSET = Layouts.offsetOf($LAYOUT, "Flags");

    /** Slice of {@code DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS Flags}. */
    public static MemorySegment Flags(MemorySegment struct) {
        return struct.asSlice(Flags$OFFSET, DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS.sizeof());
    }

    /** {@snippet lang=c : struct { ... } DmaCompleted } */
    public static final class DmaCompleted {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("DmaCompleted",
                JAVA_INT.withName("SubmissionFenceId"),
                JAVA_INT.withName("NodeOrdinal"),
                JAVA_INT.withName("EngineOrdinal"));

        private DmaCompleted() {
        }

        /** Byte offset of {@code SubmissionFenceId}. */
        public static final long SubmissionFenceId$OFFSET = Layouts.offsetOf(LAYOUT, "SubmissionFenceId");

        /** Getter for {@code UINT SubmissionFenceId}. */
        public static int SubmissionFenceId(MemorySegment struct) {
            return struct.get(JAVA_INT, SubmissionFenceId$OFFSET);
        }

        /** Setter for {@code UINT SubmissionFenceId}. */
        public static void SubmissionFenceId(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, SubmissionFenceId$OFFSET, fieldValue);
        }

        /** Byte offset of {@code NodeOrdinal}. */
        public static final long NodeOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "NodeOrdinal");

        /** Getter for {@code UINT NodeOrdinal}. */
        public static int NodeOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, NodeOrdinal$OFFSET);
        }

        /** Setter for {@code UINT NodeOrdinal}. */
        public static void NodeOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, NodeOrdinal$OFFSET, fieldValue);
        }

        /** Byte offset of {@code EngineOrdinal}. */
        public static final long EngineOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "EngineOrdinal");

        /** Getter for {@code UINT EngineOrdinal}. */
        public static int EngineOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, EngineOrdinal$OFFSET);
        }

        /** Setter for {@code UINT EngineOrdinal}. */
        public static void EngineOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, EngineOrdinal$OFFSET, fieldValue);
        }
    }

    /** {@snippet lang=c : struct { ... } DmaPreempted } */
    public static final class DmaPreempted {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("DmaPreempted",
                JAVA_INT.withName("PreemptionFenceId"),
                JAVA_INT.withName("LastCompletedFenceId"),
                JAVA_INT.withName("NodeOrdinal"),
                JAVA_INT.withName("EngineOrdinal"));

        private DmaPreempted() {
        }

        /** Byte offset of {@code PreemptionFenceId}. */
        public static final long PreemptionFenceId$OFFSET = Layouts.offsetOf(LAYOUT, "PreemptionFenceId");

        /** Getter for {@code UINT PreemptionFenceId}. */
        public static int PreemptionFenceId(MemorySegment struct) {
            return struct.get(JAVA_INT, PreemptionFenceId$OFFSET);
        }

        /** Setter for {@code UINT PreemptionFenceId}. */
        public static void PreemptionFenceId(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, PreemptionFenceId$OFFSET, fieldValue);
        }

        /** Byte offset of {@code LastCompletedFenceId}. */
        public static final long LastCompletedFenceId$OFFSET = Layouts.offsetOf(LAYOUT, "LastCompletedFenceId");

        /** Getter for {@code UINT LastCompletedFenceId}. */
        public static int LastCompletedFenceId(MemorySegment struct) {
            return struct.get(JAVA_INT, LastCompletedFenceId$OFFSET);
        }

        /** Setter for {@code UINT LastCompletedFenceId}. */
        public static void LastCompletedFenceId(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, LastCompletedFenceId$OFFSET, fieldValue);
        }

        /** Byte offset of {@code NodeOrdinal}. */
        public static final long NodeOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "NodeOrdinal");

        /** Getter for {@code UINT NodeOrdinal}. */
        public static int NodeOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, NodeOrdinal$OFFSET);
        }

        /** Setter for {@code UINT NodeOrdinal}. */
        public static void NodeOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, NodeOrdinal$OFFSET, fieldValue);
        }

        /** Byte offset of {@code EngineOrdinal}. */
        public static final long EngineOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "EngineOrdinal");

        /** Getter for {@code UINT EngineOrdinal}. */
        public static int EngineOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, EngineOrdinal$OFFSET);
        }

        /** Setter for {@code UINT EngineOrdinal}. */
        public static void EngineOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, EngineOrdinal$OFFSET, fieldValue);
        }
    }

    /** {@snippet lang=c : struct { ... } DmaFaulted } */
    public static final class DmaFaulted {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("DmaFaulted",
                JAVA_INT.withName("FaultedFenceId"),
                JAVA_INT.withName("Status"),
                JAVA_INT.withName("NodeOrdinal"),
                JAVA_INT.withName("EngineOrdinal"));

        private DmaFaulted() {
        }

        /** Byte offset of {@code FaultedFenceId}. */
        public static final long FaultedFenceId$OFFSET = Layouts.offsetOf(LAYOUT, "FaultedFenceId");

        /** Getter for {@code UINT FaultedFenceId}. */
        public static int FaultedFenceId(MemorySegment struct) {
            return struct.get(JAVA_INT, FaultedFenceId$OFFSET);
        }

        /** Setter for {@code UINT FaultedFenceId}. */
        public static void FaultedFenceId(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, FaultedFenceId$OFFSET, fieldValue);
        }

        /** Byte offset of {@code Status}. */
        public static final long Status$OFFSET = Layouts.offsetOf(LAYOUT, "Status");

        /** Getter for {@code NTSTATUS Status}. */
        public static int Status(MemorySegment struct) {
            return struct.get(JAVA_INT, Status$OFFSET);
        }

        /** Setter for {@code NTSTATUS Status}. */
        public static void Status(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, Status$OFFSET, fieldValue);
        }

        /** Byte offset of {@code NodeOrdinal}. */
        public static final long NodeOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "NodeOrdinal");

        /** Getter for {@code UINT NodeOrdinal}. */
        public static int NodeOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, NodeOrdinal$OFFSET);
        }

        /** Setter for {@code UINT NodeOrdinal}. */
        public static void NodeOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, NodeOrdinal$OFFSET, fieldValue);
        }

        /** Byte offset of {@code EngineOrdinal}. */
        public static final long EngineOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "EngineOrdinal");

        /** Getter for {@code UINT EngineOrdinal}. */
        public static int EngineOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, EngineOrdinal$OFFSET);
        }

        /** Setter for {@code UINT EngineOrdinal}. */
        public static void EngineOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, EngineOrdinal$OFFSET, fieldValue);
        }
    }

    /** {@snippet lang=c : struct { ... } CrtcVsync } */
    public static final class CrtcVsync {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("CrtcVsync",
                JAVA_INT.withName("VidPnTargetId"),
                Layouts.pad("Padding0", 4),
                JAVA_LONG.withName("PhysicalAddress"),
                JAVA_INT.withName("PhysicalAdapterMask"),
                Layouts.pad("Padding1", 4));

        private CrtcVsync() {
        }

        /** Byte offset of {@code VidPnTargetId}. */
        public static final long VidPnTargetId$OFFSET = Layouts.offsetOf(LAYOUT, "VidPnTargetId");

        /** Getter for {@code D3DDDI_VIDEO_PRESENT_TARGET_ID VidPnTargetId}. */
        public static int VidPnTargetId(MemorySegment struct) {
            return struct.get(JAVA_INT, VidPnTargetId$OFFSET);
        }

        /** Setter for {@code D3DDDI_VIDEO_PRESENT_TARGET_ID VidPnTargetId}. */
        public static void VidPnTargetId(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, VidPnTargetId$OFFSET, fieldValue);
        }

        /** Byte offset of {@code PhysicalAddress}. */
        public static final long PhysicalAddress$OFFSET = Layouts.offsetOf(LAYOUT, "PhysicalAddress");

        /** Getter for {@code PHYSICAL_ADDRESS PhysicalAddress}. */
        public static long PhysicalAddress(MemorySegment struct) {
            return struct.get(JAVA_LONG, PhysicalAddress$OFFSET);
        }

        /** Setter for {@code PHYSICAL_ADDRESS PhysicalAddress}. */
        public static void PhysicalAddress(MemorySegment struct, long fieldValue) {
            struct.set(JAVA_LONG, PhysicalAddress$OFFSET, fieldValue);
        }

        /** Byte offset of {@code PhysicalAdapterMask}. */
        public static final long PhysicalAdapterMask$OFFSET = Layouts.offsetOf(LAYOUT, "PhysicalAdapterMask");

        /** Getter for {@code UINT PhysicalAdapterMask}. */
        public static int PhysicalAdapterMask(MemorySegment struct) {
            return struct.get(JAVA_INT, PhysicalAdapterMask$OFFSET);
        }

        /** Setter for {@code UINT PhysicalAdapterMask}. */
        public static void PhysicalAdapterMask(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, PhysicalAdapterMask$OFFSET, fieldValue);
        }
    }

    /** {@snippet lang=c : struct { ... } DisplayOnlyVsync } */
    public static final class DisplayOnlyVsync {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("DisplayOnlyVsync",
                JAVA_INT.withName("VidPnTargetId"));

        private DisplayOnlyVsync() {
        }

        /** Byte offset of {@code VidPnTargetId}. */
        public static final long VidPnTargetId$OFFSET = Layouts.offsetOf(LAYOUT, "VidPnTargetId");

        /** Getter for {@code D3DDDI_VIDEO_PRESENT_TARGET_ID VidPnTargetId}. */
        public static int VidPnTargetId(MemorySegment struct) {
            return struct.get(JAVA_INT, VidPnTargetId$OFFSET);
        }

        /** Setter for {@code D3DDDI_VIDEO_PRESENT_TARGET_ID VidPnTargetId}. */
        public static void VidPnTargetId(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, VidPnTargetId$OFFSET, fieldValue);
        }
    }

    /** {@snippet lang=c : struct { ... } CrtcVsyncWithMultiPlaneOverlay } */
    public static final class CrtcVsyncWithMultiPlaneOverlay {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("CrtcVsyncWithMultiPlaneOverlay",
                JAVA_INT.withName("VidPnTargetId"),
                JAVA_INT.withName("PhysicalAdapterMask"),
                JAVA_INT.withName("MultiPlaneOverlayVsyncInfoCount"),
                Layouts.pad("Padding0", 4),
                ADDRESS.withName("pMultiPlaneOverlayVsyncInfo"));

        private CrtcVsyncWithMultiPlaneOverlay() {
        }

        /** Byte offset of {@code VidPnTargetId}. */
        public static final long VidPnTargetId$OFFSET = Layouts.offsetOf(LAYOUT, "VidPnTargetId");

        /** Getter for {@code D3DDDI_VIDEO_PRESENT_TARGET_ID VidPnTargetId}. */
        public static int VidPnTargetId(MemorySegment struct) {
            return struct.get(JAVA_INT, VidPnTargetId$OFFSET);
        }

        /** Setter for {@code D3DDDI_VIDEO_PRESENT_TARGET_ID VidPnTargetId}. */
        public static void VidPnTargetId(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, VidPnTargetId$OFFSET, fieldValue);
        }

        /** Byte offset of {@code PhysicalAdapterMask}. */
        public static final long PhysicalAdapterMask$OFFSET = Layouts.offsetOf(LAYOUT, "PhysicalAdapterMask");

        /** Getter for {@code UINT PhysicalAdapterMask}. */
        public static int PhysicalAdapterMask(MemorySegment struct) {
            return struct.get(JAVA_INT, PhysicalAdapterMask$OFFSET);
        }

        /** Setter for {@code UINT PhysicalAdapterMask}. */
        public static void PhysicalAdapterMask(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, PhysicalAdapterMask$OFFSET, fieldValue);
        }

        /** Byte offset of {@code MultiPlaneOverlayVsyncInfoCount}. */
        public static final long MultiPlaneOverlayVsyncInfoCount$OFFSET = Layouts.offsetOf(LAYOUT, "MultiPlaneOverlayVsyncInfoCount");

        /** Getter for {@code UINT MultiPlaneOverlayVsyncInfoCount}. */
        public static int MultiPlaneOverlayVsyncInfoCount(MemorySegment struct) {
            return struct.get(JAVA_INT, MultiPlaneOverlayVsyncInfoCount$OFFSET);
        }

        /** Setter for {@code UINT MultiPlaneOverlayVsyncInfoCount}. */
        public static void MultiPlaneOverlayVsyncInfoCount(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, MultiPlaneOverlayVsyncInfoCount$OFFSET, fieldValue);
        }

        /** Byte offset of {@code pMultiPlaneOverlayVsyncInfo}. */
        public static final long pMultiPlaneOverlayVsyncInfo$OFFSET = Layouts.offsetOf(LAYOUT, "pMultiPlaneOverlayVsyncInfo");

        /** Getter for {@code DXGK_MULTIPLANE_OVERLAY_VSYNC_INFO * pMultiPlaneOverlayVsyncInfo}. */
        public static MemorySegment pMultiPlaneOverlayVsyncInfo(MemorySegment struct) {
            return struct.get(ADDRESS, pMultiPlaneOverlayVsyncInfo$OFFSET);
        }

        /** Setter for {@code DXGK_MULTIPLANE_OVERLAY_VSYNC_INFO * pMultiPlaneOverlayVsyncInfo}. */
        public static void pMultiPlaneOverlayVsyncInfo(MemorySegment struct, MemorySegment fieldValue) {
            struct.set(ADDRESS, pMultiPlaneOverlayVsyncInfo$OFFSET, fieldValue);
        }
    }

    /** {@snippet lang=c : struct { ... } MiracastEncodeChunkCompleted } */
    public static final class MiracastEncodeChunkCompleted {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("MiracastEncodeChunkCompleted",
                JAVA_INT.withName("VidPnTargetId"),
                Layouts.pad("Padding0", 4),
                DXGK_MIRACAST_CHUNK_INFO.layout().withName("ChunkInfo"),
                ADDRESS.withName("pPrivateDriverData"),
                JAVA_INT.withName("PrivateDataDriverSize"),
                JAVA_INT.withName("Status"));

        private MiracastEncodeChunkCompleted() {
        }

        /** Byte offset of {@code VidPnTargetId}. */
        public static final long VidPnTargetId$OFFSET = Layouts.offsetOf(LAYOUT, "VidPnTargetId");

        /** Getter for {@code D3DDDI_VIDEO_PRESENT_TARGET_ID VidPnTargetId}. */
        public static int VidPnTargetId(MemorySegment struct) {
            return struct.get(JAVA_INT, VidPnTargetId$OFFSET);
        }

        /** Setter for {@code D3DDDI_VIDEO_PRESENT_TARGET_ID VidPnTargetId}. */
        public static void VidPnTargetId(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, VidPnTargetId$OFFSET, fieldValue);
        }

        /** Byte offset of {@code ChunkInfo}. */
        public static final long ChunkInfo$OFFSET = Layouts.offsetOf(LAYOUT, "ChunkInfo");

        /** Slice of {@code DXGK_MIRACAST_CHUNK_INFO ChunkInfo}. */
        public static MemorySegment ChunkInfo(MemorySegment struct) {
            return struct.asSlice(ChunkInfo$OFFSET, DXGK_MIRACAST_CHUNK_INFO.sizeof());
        }

        /** Byte offset of {@code pPrivateDriverData}. */
        public static final long pPrivateDriverData$OFFSET = Layouts.offsetOf(LAYOUT, "pPrivateDriverData");

        /** Getter for {@code PVOID pPrivateDriverData}. */
        public static MemorySegment pPrivateDriverData(MemorySegment struct) {
            return struct.get(ADDRESS, pPrivateDriverData$OFFSET);
        }

        /** Setter for {@code PVOID pPrivateDriverData}. */
        public static void pPrivateDriverData(MemorySegment struct, MemorySegment fieldValue) {
            struct.set(ADDRESS, pPrivateDriverData$OFFSET, fieldValue);
        }

        /** Byte offset of {@code PrivateDataDriverSize}. */
        public static final long PrivateDataDriverSize$OFFSET = Layouts.offsetOf(LAYOUT, "PrivateDataDriverSize");

        /** Getter for {@code UINT PrivateDataDriverSize}. */
        public static int PrivateDataDriverSize(MemorySegment struct) {
            return struct.get(JAVA_INT, PrivateDataDriverSize$OFFSET);
        }

        /** Setter for {@code UINT PrivateDataDriverSize}. */
        public static void PrivateDataDriverSize(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, PrivateDataDriverSize$OFFSET, fieldValue);
        }

        /** Byte offset of {@code Status}. */
        public static final long Status$OFFSET = Layouts.offsetOf(LAYOUT, "Status");

        /** Getter for {@code NTSTATUS Status}. */
        public static int Status(MemorySegment struct) {
            return struct.get(JAVA_INT, Status$OFFSET);
        }

        /** Setter for {@code NTSTATUS Status}. */
        public static void Status(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, Status$OFFSET, fieldValue);
        }
    }

    /** {@snippet lang=c : struct { ... } DmaPageFaulted } */
    public static final class DmaPageFaulted {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("DmaPageFaulted",
                JAVA_INT.withName("FaultedFenceId"),
                Layouts.pad("Padding0", 4),
                JAVA_LONG.withName("FaultedPrimitiveAPISequenceNumber"),
                JAVA_INT.withName("FaultedPipelineStage"),
                JAVA_INT.withName("FaultedBindTableEntry"),
                JAVA_INT.withName("PageFaultFlags"),
                Layouts.pad("Padding1", 4),
                JAVA_LONG.withName("FaultedVirtualAddress"),
                JAVA_INT.withName("NodeOrdinal"),
                JAVA_INT.withName("EngineOrdinal"),
                JAVA_INT.withName("PageTableLevel"),
                DXGK_FAULT_ERROR_CODE.layout().withName("FaultErrorCode"),
                ADDRESS.withName("FaultedProcessHandle"));

        private DmaPageFaulted() {
        }

        /** Byte offset of {@code FaultedFenceId}. */
        public static final long FaultedFenceId$OFFSET = Layouts.offsetOf(LAYOUT, "FaultedFenceId");

        /** Getter for {@code UINT FaultedFenceId}. */
        public static int FaultedFenceId(MemorySegment struct) {
            return struct.get(JAVA_INT, FaultedFenceId$OFFSET);
        }

        /** Setter for {@code UINT FaultedFenceId}. */
        public static void FaultedFenceId(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, FaultedFenceId$OFFSET, fieldValue);
        }

        /** Byte offset of {@code FaultedPrimitiveAPISequenceNumber}. */
        public static final long FaultedPrimitiveAPISequenceNumber$OFFSET = Layouts.offsetOf(LAYOUT, "FaultedPrimitiveAPISequenceNumber");

        /** Getter for {@code UINT64 FaultedPrimitiveAPISequenceNumber}. */
        public static long FaultedPrimitiveAPISequenceNumber(MemorySegment struct) {
            return struct.get(JAVA_LONG, FaultedPrimitiveAPISequenceNumber$OFFSET);
        }

        /** Setter for {@code UINT64 FaultedPrimitiveAPISequenceNumber}. */
        public static void FaultedPrimitiveAPISequenceNumber(MemorySegment struct, long fieldValue) {
            struct.set(JAVA_LONG, FaultedPrimitiveAPISequenceNumber$OFFSET, fieldValue);
        }

        /** Byte offset of {@code FaultedPipelineStage}. */
        public static final long FaultedPipelineStage$OFFSET = Layouts.offsetOf(LAYOUT, "FaultedPipelineStage");

        /** Getter for {@code DXGK_RENDER_PIPELINE_STAGE FaultedPipelineStage}. */
        public static int FaultedPipelineStage(MemorySegment struct) {
            return struct.get(JAVA_INT, FaultedPipelineStage$OFFSET);
        }

        /** Setter for {@code DXGK_RENDER_PIPELINE_STAGE FaultedPipelineStage}. */
        public static void FaultedPipelineStage(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, FaultedPipelineStage$OFFSET, fieldValue);
        }

        /** Byte offset of {@code FaultedBindTableEntry}. */
        public static final long FaultedBindTableEntry$OFFSET = Layouts.offsetOf(LAYOUT, "FaultedBindTableEntry");

        /** Getter for {@code UINT FaultedBindTableEntry}. */
        public static int FaultedBindTableEntry(MemorySegment struct) {
            return struct.get(JAVA_INT, FaultedBindTableEntry$OFFSET);
        }

        /** Setter for {@code UINT FaultedBindTableEntry}. */
        public static void FaultedBindTableEntry(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, FaultedBindTableEntry$OFFSET, fieldValue);
        }

        /** Byte offset of {@code PageFaultFlags}. */
        public static final long PageFaultFlags$OFFSET = Layouts.offsetOf(LAYOUT, "PageFaultFlags");

        /** Getter for {@code DXGK_PAGE_FAULT_FLAGS PageFaultFlags}. */
        public static int PageFaultFlags(MemorySegment struct) {
            return struct.get(JAVA_INT, PageFaultFlags$OFFSET);
        }

        /** Setter for {@code DXGK_PAGE_FAULT_FLAGS PageFaultFlags}. */
        public static void PageFaultFlags(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, PageFaultFlags$OFFSET, fieldValue);
        }

        /** Byte offset of {@code FaultedVirtualAddress}. */
        public static final long FaultedVirtualAddress$OFFSET = Layouts.offsetOf(LAYOUT, "FaultedVirtualAddress");

        /** Getter for {@code D3DGPU_VIRTUAL_ADDRESS FaultedVirtualAddress}. */
        public static long FaultedVirtualAddress(MemorySegment struct) {
            return struct.get(JAVA_LONG, FaultedVirtualAddress$OFFSET);
        }

        /** Setter for {@code D3DGPU_VIRTUAL_ADDRESS FaultedVirtualAddress}. */
        public static void FaultedVirtualAddress(MemorySegment struct, long fieldValue) {
            struct.set(JAVA_LONG, FaultedVirtualAddress$OFFSET, fieldValue);
        }

        /** Byte offset of {@code NodeOrdinal}. */
        public static final long NodeOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "NodeOrdinal");

        /** Getter for {@code UINT NodeOrdinal}. */
        public static int NodeOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, NodeOrdinal$OFFSET);
        }

        /** Setter for {@code UINT NodeOrdinal}. */
        public static void NodeOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, NodeOrdinal$OFFSET, fieldValue);
        }

        /** Byte offset of {@code EngineOrdinal}. */
        public static final long EngineOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "EngineOrdinal");

        /** Getter for {@code UINT EngineOrdinal}. */
        public static int EngineOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, EngineOrdinal$OFFSET);
        }

        /** Setter for {@code UINT EngineOrdinal}. */
        public static void EngineOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, EngineOrdinal$OFFSET, fieldValue);
        }

        /** Byte offset of {@code PageTableLevel}. */
        public static final long PageTableLevel$OFFSET = Layouts.offsetOf(LAYOUT, "PageTableLevel");

        /** Getter for {@code UINT PageTableLevel}. */
        public static int PageTableLevel(MemorySegment struct) {
            return struct.get(JAVA_INT, PageTableLevel$OFFSET);
        }

        /** Setter for {@code UINT PageTableLevel}. */
        public static void PageTableLevel(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, PageTableLevel$OFFSET, fieldValue);
        }

        /** Byte offset of {@code FaultErrorCode}. */
        public static final long FaultErrorCode$OFFSET = Layouts.offsetOf(LAYOUT, "FaultErrorCode");

        /** Slice of {@code DXGK_FAULT_ERROR_CODE FaultErrorCode}. */
        public static MemorySegment FaultErrorCode(MemorySegment struct) {
            return struct.asSlice(FaultErrorCode$OFFSET, DXGK_FAULT_ERROR_CODE.sizeof());
        }

        /** Byte offset of {@code FaultedProcessHandle}. */
        public static final long FaultedProcessHandle$OFFSET = Layouts.offsetOf(LAYOUT, "FaultedProcessHandle");

        /** Getter for {@code HANDLE FaultedProcessHandle}. */
        public static MemorySegment FaultedProcessHandle(MemorySegment struct) {
            return struct.get(ADDRESS, FaultedProcessHandle$OFFSET);
        }

        /** Setter for {@code HANDLE FaultedProcessHandle}. */
        public static void FaultedProcessHandle(MemorySegment struct, MemorySegment fieldValue) {
            struct.set(ADDRESS, FaultedProcessHandle$OFFSET, fieldValue);
        }
    }

    /** {@snippet lang=c : struct { ... } CrtcVsyncWithMultiPlaneOverlay2 } */
    public static final class CrtcVsyncWithMultiPlaneOverlay2 {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("CrtcVsyncWithMultiPlaneOverlay2",
                JAVA_INT.withName("VidPnTargetId"),
                JAVA_INT.withName("PhysicalAdapterMask"),
                JAVA_INT.withName("MultiPlaneOverlayVsyncInfoCount"),
                Layouts.pad("Padding0", 4),
                ADDRESS.withName("pMultiPlaneOverlayVsyncInfo"),
                JAVA_LONG.withName("GpuFrequency"),
                JAVA_LONG.withName("GpuClockCounter"));

        private CrtcVsyncWithMultiPlaneOverlay2() {
        }

        /** Byte offset of {@code VidPnTargetId}. */
        public static final long VidPnTargetId$OFFSET = Layouts.offsetOf(LAYOUT, "VidPnTargetId");

        /** Getter for {@code D3DDDI_VIDEO_PRESENT_TARGET_ID VidPnTargetId}. */
        public static int VidPnTargetId(MemorySegment struct) {
            return struct.get(JAVA_INT, VidPnTargetId$OFFSET);
        }

        /** Setter for {@code D3DDDI_VIDEO_PRESENT_TARGET_ID VidPnTargetId}. */
        public static void VidPnTargetId(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, VidPnTargetId$OFFSET, fieldValue);
        }

        /** Byte offset of {@code PhysicalAdapterMask}. */
        public static final long PhysicalAdapterMask$OFFSET = Layouts.offsetOf(LAYOUT, "PhysicalAdapterMask");

        /** Getter for {@code UINT PhysicalAdapterMask}. */
        public static int PhysicalAdapterMask(MemorySegment struct) {
            return struct.get(JAVA_INT, PhysicalAdapterMask$OFFSET);
        }

        /** Setter for {@code UINT PhysicalAdapterMask}. */
        public static void PhysicalAdapterMask(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, PhysicalAdapterMask$OFFSET, fieldValue);
        }

        /** Byte offset of {@code MultiPlaneOverlayVsyncInfoCount}. */
        public static final long MultiPlaneOverlayVsyncInfoCount$OFFSET = Layouts.offsetOf(LAYOUT, "MultiPlaneOverlayVsyncInfoCount");

        /** Getter for {@code UINT MultiPlaneOverlayVsyncInfoCount}. */
        public static int MultiPlaneOverlayVsyncInfoCount(MemorySegment struct) {
            return struct.get(JAVA_INT, MultiPlaneOverlayVsyncInfoCount$OFFSET);
        }

        /** Setter for {@code UINT MultiPlaneOverlayVsyncInfoCount}. */
        public static void MultiPlaneOverlayVsyncInfoCount(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, MultiPlaneOverlayVsyncInfoCount$OFFSET, fieldValue);
        }

        /** Byte offset of {@code pMultiPlaneOverlayVsyncInfo}. */
        public static final long pMultiPlaneOverlayVsyncInfo$OFFSET = Layouts.offsetOf(LAYOUT, "pMultiPlaneOverlayVsyncInfo");

        /** Getter for {@code DXGK_MULTIPLANE_OVERLAY_VSYNC_INFO2 * pMultiPlaneOverlayVsyncInfo}. */
        public static MemorySegment pMultiPlaneOverlayVsyncInfo(MemorySegment struct) {
            return struct.get(ADDRESS, pMultiPlaneOverlayVsyncInfo$OFFSET);
        }

        /** Setter for {@code DXGK_MULTIPLANE_OVERLAY_VSYNC_INFO2 * pMultiPlaneOverlayVsyncInfo}. */
        public static void pMultiPlaneOverlayVsyncInfo(MemorySegment struct, MemorySegment fieldValue) {
            struct.set(ADDRESS, pMultiPlaneOverlayVsyncInfo$OFFSET, fieldValue);
        }

        /** Byte offset of {@code GpuFrequency}. */
        public static final long GpuFrequency$OFFSET = Layouts.offsetOf(LAYOUT, "GpuFrequency");

        /** Getter for {@code ULONGLONG GpuFrequency}. */
        public static long GpuFrequency(MemorySegment struct) {
            return struct.get(JAVA_LONG, GpuFrequency$OFFSET);
        }

        /** Setter for {@code ULONGLONG GpuFrequency}. */
        public static void GpuFrequency(MemorySegment struct, long fieldValue) {
            struct.set(JAVA_LONG, GpuFrequency$OFFSET, fieldValue);
        }

        /** Byte offset of {@code GpuClockCounter}. */
        public static final long GpuClockCounter$OFFSET = Layouts.offsetOf(LAYOUT, "GpuClockCounter");

        /** Getter for {@code ULONGLONG GpuClockCounter}. */
        public static long GpuClockCounter(MemorySegment struct) {
            return struct.get(JAVA_LONG, GpuClockCounter$OFFSET);
        }

        /** Setter for {@code ULONGLONG GpuClockCounter}. */
        public static void GpuClockCounter(MemorySegment struct, long fieldValue) {
            struct.set(JAVA_LONG, GpuClockCounter$OFFSET, fieldValue);
        }
    }

    /** {@snippet lang=c : struct { ... } MonitoredFenceSignaled } */
    public static final class MonitoredFenceSignaled {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("MonitoredFenceSignaled",
                JAVA_INT.withName("NodeOrdinal"),
                JAVA_INT.withName("EngineOrdinal"));

        private MonitoredFenceSignaled() {
        }

        /** Byte offset of {@code NodeOrdinal}. */
        public static final long NodeOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "NodeOrdinal");

        /** Getter for {@code UINT NodeOrdinal}. */
        public static int NodeOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, NodeOrdinal$OFFSET);
        }

        /** Setter for {@code UINT NodeOrdinal}. */
        public static void NodeOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, NodeOrdinal$OFFSET, fieldValue);
        }

        /** Byte offset of {@code EngineOrdinal}. */
        public static final long EngineOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "EngineOrdinal");

        /** Getter for {@code UINT EngineOrdinal}. */
        public static int EngineOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, EngineOrdinal$OFFSET);
        }

        /** Setter for {@code UINT EngineOrdinal}. */
        public static void EngineOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, EngineOrdinal$OFFSET, fieldValue);
        }
    }

    /** {@snippet lang=c : struct { ... } HwContextListSwitchCompleted } */
    public static final class HwContextListSwitchCompleted {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("HwContextListSwitchCompleted",
                JAVA_INT.withName("NodeOrdinal"),
                JAVA_INT.withName("EngineOrdinal"),
                JAVA_LONG.withName("ContextSwitchFence"));

        private HwContextListSwitchCompleted() {
        }

        /** Byte offset of {@code NodeOrdinal}. */
        public static final long NodeOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "NodeOrdinal");

        /** Getter for {@code UINT NodeOrdinal}. */
        public static int NodeOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, NodeOrdinal$OFFSET);
        }

        /** Setter for {@code UINT NodeOrdinal}. */
        public static void NodeOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, NodeOrdinal$OFFSET, fieldValue);
        }

        /** Byte offset of {@code EngineOrdinal}. */
        public static final long EngineOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "EngineOrdinal");

        /** Getter for {@code UINT EngineOrdinal}. */
        public static int EngineOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, EngineOrdinal$OFFSET);
        }

        /** Setter for {@code UINT EngineOrdinal}. */
        public static void EngineOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, EngineOrdinal$OFFSET, fieldValue);
        }

        /** Byte offset of {@code ContextSwitchFence}. */
        public static final long ContextSwitchFence$OFFSET = Layouts.offsetOf(LAYOUT, "ContextSwitchFence");

        /** Getter for {@code UINT64 ContextSwitchFence}. */
        public static long ContextSwitchFence(MemorySegment struct) {
            return struct.get(JAVA_LONG, ContextSwitchFence$OFFSET);
        }

        /** Setter for {@code UINT64 ContextSwitchFence}. */
        public static void ContextSwitchFence(MemorySegment struct, long fieldValue) {
            struct.set(JAVA_LONG, ContextSwitchFence$OFFSET, fieldValue);
        }
    }

    /** {@snippet lang=c : struct { ... } HwQueuePageFaulted } */
    public static final class HwQueuePageFaulted {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("HwQueuePageFaulted",
                JAVA_LONG.withName("FaultedFenceId"),
                JAVA_LONG.withName("FaultedVirtualAddress"),
                JAVA_LONG.withName("FaultedPrimitiveAPISequenceNumber"),
                Layouts.anonUnion(0,
                        ADDRESS.withName("FaultedHwQueue"),
                        ADDRESS.withName("FaultedHwContext"),
                        ADDRESS.withName("FaultedProcessHandle")),
                JAVA_INT.withName("NodeOrdinal"),
                JAVA_INT.withName("EngineOrdinal"),
                JAVA_INT.withName("FaultedPipelineStage"),
                JAVA_INT.withName("FaultedBindTableEntry"),
                JAVA_INT.withName("PageFaultFlags"),
                JAVA_INT.withName("PageTableLevel"),
                DXGK_FAULT_ERROR_CODE.layout().withName("FaultErrorCode"),
                Layouts.pad("Padding0", 4));

        private HwQueuePageFaulted() {
        }

        /** Byte offset of {@code FaultedFenceId}. */
        public static final long FaultedFenceId$OFFSET = Layouts.offsetOf(LAYOUT, "FaultedFenceId");

        /** Getter for {@code UINT64 FaultedFenceId}. */
        public static long FaultedFenceId(MemorySegment struct) {
            return struct.get(JAVA_LONG, FaultedFenceId$OFFSET);
        }

        /** Setter for {@code UINT64 FaultedFenceId}. */
        public static void FaultedFenceId(MemorySegment struct, long fieldValue) {
            struct.set(JAVA_LONG, FaultedFenceId$OFFSET, fieldValue);
        }

        /** Byte offset of {@code FaultedVirtualAddress}. */
        public static final long FaultedVirtualAddress$OFFSET = Layouts.offsetOf(LAYOUT, "FaultedVirtualAddress");

        /** Getter for {@code D3DGPU_VIRTUAL_ADDRESS FaultedVirtualAddress}. */
        public static long FaultedVirtualAddress(MemorySegment struct) {
            return struct.get(JAVA_LONG, FaultedVirtualAddress$OFFSET);
        }

        /** Setter for {@code D3DGPU_VIRTUAL_ADDRESS FaultedVirtualAddress}. */
        public static void FaultedVirtualAddress(MemorySegment struct, long fieldValue) {
            struct.set(JAVA_LONG, FaultedVirtualAddress$OFFSET, fieldValue);
        }

        /** Byte offset of {@code FaultedPrimitiveAPISequenceNumber}. */
        public static final long FaultedPrimitiveAPISequenceNumber$OFFSET = Layouts.offsetOf(LAYOUT, "FaultedPrimitiveAPISequenceNumber");

        /** Getter for {@code UINT64 FaultedPrimitiveAPISequenceNumber}. */
        public static long FaultedPrimitiveAPISequenceNumber(MemorySegment struct) {
            return struct.get(JAVA_LONG, FaultedPrimitiveAPISequenceNumber$OFFSET);
        }

        /** Setter for {@code UINT64 FaultedPrimitiveAPISequenceNumber}. */
        public static void FaultedPrimitiveAPISequenceNumber(MemorySegment struct, long fieldValue) {
            struct.set(JAVA_LONG, FaultedPrimitiveAPISequenceNumber$OFFSET, fieldValue);
        }

        /** Byte offset of {@code FaultedHwQueue}. */
        public static final long FaultedHwQueue$OFFSET = Layouts.offsetOf(LAYOUT, "FaultedHwQueue");

        /** Getter for {@code HANDLE FaultedHwQueue}. */
        public static MemorySegment FaultedHwQueue(MemorySegment struct) {
            return struct.get(ADDRESS, FaultedHwQueue$OFFSET);
        }

        /** Setter for {@code HANDLE FaultedHwQueue}. */
        public static void FaultedHwQueue(MemorySegment struct, MemorySegment fieldValue) {
            struct.set(ADDRESS, FaultedHwQueue$OFFSET, fieldValue);
        }

        /** Byte offset of {@code FaultedHwContext}. */
        public static final long FaultedHwContext$OFFSET = Layouts.offsetOf(LAYOUT, "FaultedHwContext");

        /** Getter for {@code HANDLE FaultedHwContext}. */
        public static MemorySegment FaultedHwContext(MemorySegment struct) {
            return struct.get(ADDRESS, FaultedHwContext$OFFSET);
        }

        /** Setter for {@code HANDLE FaultedHwContext}. */
        public static void FaultedHwContext(MemorySegment struct, MemorySegment fieldValue) {
            struct.set(ADDRESS, FaultedHwContext$OFFSET, fieldValue);
        }

        /** Byte offset of {@code FaultedProcessHandle}. */
        public static final long FaultedProcessHandle$OFFSET = Layouts.offsetOf(LAYOUT, "FaultedProcessHandle");

        /** Getter for {@code HANDLE FaultedProcessHandle}. */
        public static MemorySegment FaultedProcessHandle(MemorySegment struct) {
            return struct.get(ADDRESS, FaultedProcessHandle$OFFSET);
        }

        /** Setter for {@code HANDLE FaultedProcessHandle}. */
        public static void FaultedProcessHandle(MemorySegment struct, MemorySegment fieldValue) {
            struct.set(ADDRESS, FaultedProcessHandle$OFFSET, fieldValue);
        }

        /** Byte offset of {@code NodeOrdinal}. */
        public static final long NodeOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "NodeOrdinal");

        /** Getter for {@code UINT NodeOrdinal}. */
        public static int NodeOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, NodeOrdinal$OFFSET);
        }

        /** Setter for {@code UINT NodeOrdinal}. */
        public static void NodeOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, NodeOrdinal$OFFSET, fieldValue);
        }

        /** Byte offset of {@code EngineOrdinal}. */
        public static final long EngineOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "EngineOrdinal");

        /** Getter for {@code UINT EngineOrdinal}. */
        public static int EngineOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, EngineOrdinal$OFFSET);
        }

        /** Setter for {@code UINT EngineOrdinal}. */
        public static void EngineOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, EngineOrdinal$OFFSET, fieldValue);
        }

        /** Byte offset of {@code FaultedPipelineStage}. */
        public static final long FaultedPipelineStage$OFFSET = Layouts.offsetOf(LAYOUT, "FaultedPipelineStage");

        /** Getter for {@code DXGK_RENDER_PIPELINE_STAGE FaultedPipelineStage}. */
        public static int FaultedPipelineStage(MemorySegment struct) {
            return struct.get(JAVA_INT, FaultedPipelineStage$OFFSET);
        }

        /** Setter for {@code DXGK_RENDER_PIPELINE_STAGE FaultedPipelineStage}. */
        public static void FaultedPipelineStage(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, FaultedPipelineStage$OFFSET, fieldValue);
        }

        /** Byte offset of {@code FaultedBindTableEntry}. */
        public static final long FaultedBindTableEntry$OFFSET = Layouts.offsetOf(LAYOUT, "FaultedBindTableEntry");

        /** Getter for {@code UINT FaultedBindTableEntry}. */
        public static int FaultedBindTableEntry(MemorySegment struct) {
            return struct.get(JAVA_INT, FaultedBindTableEntry$OFFSET);
        }

        /** Setter for {@code UINT FaultedBindTableEntry}. */
        public static void FaultedBindTableEntry(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, FaultedBindTableEntry$OFFSET, fieldValue);
        }

        /** Byte offset of {@code PageFaultFlags}. */
        public static final long PageFaultFlags$OFFSET = Layouts.offsetOf(LAYOUT, "PageFaultFlags");

        /** Getter for {@code DXGK_PAGE_FAULT_FLAGS PageFaultFlags}. */
        public static int PageFaultFlags(MemorySegment struct) {
            return struct.get(JAVA_INT, PageFaultFlags$OFFSET);
        }

        /** Setter for {@code DXGK_PAGE_FAULT_FLAGS PageFaultFlags}. */
        public static void PageFaultFlags(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, PageFaultFlags$OFFSET, fieldValue);
        }

        /** Byte offset of {@code PageTableLevel}. */
        public static final long PageTableLevel$OFFSET = Layouts.offsetOf(LAYOUT, "PageTableLevel");

        /** Getter for {@code UINT PageTableLevel}. */
        public static int PageTableLevel(MemorySegment struct) {
            return struct.get(JAVA_INT, PageTableLevel$OFFSET);
        }

        /** Setter for {@code UINT PageTableLevel}. */
        public static void PageTableLevel(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, PageTableLevel$OFFSET, fieldValue);
        }

        /** Byte offset of {@code FaultErrorCode}. */
        public static final long FaultErrorCode$OFFSET = Layouts.offsetOf(LAYOUT, "FaultErrorCode");

        /** Slice of {@code DXGK_FAULT_ERROR_CODE FaultErrorCode}. */
        public static MemorySegment FaultErrorCode(MemorySegment struct) {
            return struct.asSlice(FaultErrorCode$OFFSET, DXGK_FAULT_ERROR_CODE.sizeof());
        }
    }

    /** {@snippet lang=c : struct { ... } PeriodicMonitoredFenceSignaled } */
    public static final class PeriodicMonitoredFenceSignaled {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("PeriodicMonitoredFenceSignaled",
                JAVA_INT.withName("VidPnTargetId"),
                JAVA_INT.withName("NotificationID"));

        private PeriodicMonitoredFenceSignaled() {
        }

        /** Byte offset of {@code VidPnTargetId}. */
        public static final long VidPnTargetId$OFFSET = Layouts.offsetOf(LAYOUT, "VidPnTargetId");

        /** Getter for {@code D3DDDI_VIDEO_PRESENT_TARGET_ID VidPnTargetId}. */
        public static int VidPnTargetId(MemorySegment struct) {
            return struct.get(JAVA_INT, VidPnTargetId$OFFSET);
        }

        /** Setter for {@code D3DDDI_VIDEO_PRESENT_TARGET_ID VidPnTargetId}. */
        public static void VidPnTargetId(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, VidPnTargetId$OFFSET, fieldValue);
        }

        /** Byte offset of {@code NotificationID}. */
        public static final long NotificationID$OFFSET = Layouts.offsetOf(LAYOUT, "NotificationID");

        /** Getter for {@code UINT NotificationID}. */
        public static int NotificationID(MemorySegment struct) {
            return struct.get(JAVA_INT, NotificationID$OFFSET);
        }

        /** Setter for {@code UINT NotificationID}. */
        public static void NotificationID(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, NotificationID$OFFSET, fieldValue);
        }
    }

    /** {@snippet lang=c : struct { ... } SchedulingLogInterrupt } */
    public static final class SchedulingLogInterrupt {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("SchedulingLogInterrupt",
                JAVA_INT.withName("NodeOrdinal"),
                JAVA_INT.withName("EngineOrdinal"));

        private SchedulingLogInterrupt() {
        }

        /** Byte offset of {@code NodeOrdinal}. */
        public static final long NodeOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "NodeOrdinal");

        /** Getter for {@code UINT NodeOrdinal}. */
        public static int NodeOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, NodeOrdinal$OFFSET);
        }

        /** Setter for {@code UINT NodeOrdinal}. */
        public static void NodeOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, NodeOrdinal$OFFSET, fieldValue);
        }

        /** Byte offset of {@code EngineOrdinal}. */
        public static final long EngineOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "EngineOrdinal");

        /** Getter for {@code UINT EngineOrdinal}. */
        public static int EngineOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, EngineOrdinal$OFFSET);
        }

        /** Setter for {@code UINT EngineOrdinal}. */
        public static void EngineOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, EngineOrdinal$OFFSET, fieldValue);
        }
    }

    /** {@snippet lang=c : struct { ... } GpuEngineTimeout } */
    public static final class GpuEngineTimeout {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("GpuEngineTimeout",
                JAVA_INT.withName("NodeOrdinal"),
                JAVA_INT.withName("EngineOrdinal"));

        private GpuEngineTimeout() {
        }

        /** Byte offset of {@code NodeOrdinal}. */
        public static final long NodeOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "NodeOrdinal");

        /** Getter for {@code UINT NodeOrdinal}. */
        public static int NodeOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, NodeOrdinal$OFFSET);
        }

        /** Setter for {@code UINT NodeOrdinal}. */
        public static void NodeOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, NodeOrdinal$OFFSET, fieldValue);
        }

        /** Byte offset of {@code EngineOrdinal}. */
        public static final long EngineOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "EngineOrdinal");

        /** Getter for {@code UINT EngineOrdinal}. */
        public static int EngineOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, EngineOrdinal$OFFSET);
        }

        /** Setter for {@code UINT EngineOrdinal}. */
        public static void EngineOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, EngineOrdinal$OFFSET, fieldValue);
        }
    }

    /** {@snippet lang=c : struct { ... } SuspendContextCompleted } */
    public static final class SuspendContextCompleted {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("SuspendContextCompleted",
                ADDRESS.withName("hContext"),
                JAVA_LONG.withName("ContextSuspendFence"));

        private SuspendContextCompleted() {
        }

        /** Byte offset of {@code hContext}. */
        public static final long hContext$OFFSET = Layouts.offsetOf(LAYOUT, "hContext");

        /** Getter for {@code HANDLE hContext}. */
        public static MemorySegment hContext(MemorySegment struct) {
            return struct.get(ADDRESS, hContext$OFFSET);
        }

        /** Setter for {@code HANDLE hContext}. */
        public static void hContext(MemorySegment struct, MemorySegment fieldValue) {
            struct.set(ADDRESS, hContext$OFFSET, fieldValue);
        }

        /** Byte offset of {@code ContextSuspendFence}. */
        public static final long ContextSuspendFence$OFFSET = Layouts.offsetOf(LAYOUT, "ContextSuspendFence");

        /** Getter for {@code UINT64 ContextSuspendFence}. */
        public static long ContextSuspendFence(MemorySegment struct) {
            return struct.get(JAVA_LONG, ContextSuspendFence$OFFSET);
        }

        /** Setter for {@code UINT64 ContextSuspendFence}. */
        public static void ContextSuspendFence(MemorySegment struct, long fieldValue) {
            struct.set(JAVA_LONG, ContextSuspendFence$OFFSET, fieldValue);
        }
    }

    /** {@snippet lang=c : struct { ... } CrtcVsyncWithMultiPlaneOverlay3 } */
    public static final class CrtcVsyncWithMultiPlaneOverlay3 {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("CrtcVsyncWithMultiPlaneOverlay3",
                JAVA_INT.withName("VidPnTargetId"),
                JAVA_INT.withName("PhysicalAdapterMask"),
                JAVA_INT.withName("MultiPlaneOverlayVsyncInfoCount"),
                Layouts.pad("Padding0", 4),
                ADDRESS.withName("pMultiPlaneOverlayVsyncInfo"),
                JAVA_LONG.withName("GpuFrequency"),
                JAVA_LONG.withName("GpuClockCounter"));

        private CrtcVsyncWithMultiPlaneOverlay3() {
        }

        /** Byte offset of {@code VidPnTargetId}. */
        public static final long VidPnTargetId$OFFSET = Layouts.offsetOf(LAYOUT, "VidPnTargetId");

        /** Getter for {@code D3DDDI_VIDEO_PRESENT_TARGET_ID VidPnTargetId}. */
        public static int VidPnTargetId(MemorySegment struct) {
            return struct.get(JAVA_INT, VidPnTargetId$OFFSET);
        }

        /** Setter for {@code D3DDDI_VIDEO_PRESENT_TARGET_ID VidPnTargetId}. */
        public static void VidPnTargetId(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, VidPnTargetId$OFFSET, fieldValue);
        }

        /** Byte offset of {@code PhysicalAdapterMask}. */
        public static final long PhysicalAdapterMask$OFFSET = Layouts.offsetOf(LAYOUT, "PhysicalAdapterMask");

        /** Getter for {@code UINT PhysicalAdapterMask}. */
        public static int PhysicalAdapterMask(MemorySegment struct) {
            return struct.get(JAVA_INT, PhysicalAdapterMask$OFFSET);
        }

        /** Setter for {@code UINT PhysicalAdapterMask}. */
        public static void PhysicalAdapterMask(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, PhysicalAdapterMask$OFFSET, fieldValue);
        }

        /** Byte offset of {@code MultiPlaneOverlayVsyncInfoCount}. */
        public static final long MultiPlaneOverlayVsyncInfoCount$OFFSET = Layouts.offsetOf(LAYOUT, "MultiPlaneOverlayVsyncInfoCount");

        /** Getter for {@code UINT MultiPlaneOverlayVsyncInfoCount}. */
        public static int MultiPlaneOverlayVsyncInfoCount(MemorySegment struct) {
            return struct.get(JAVA_INT, MultiPlaneOverlayVsyncInfoCount$OFFSET);
        }

        /** Setter for {@code UINT MultiPlaneOverlayVsyncInfoCount}. */
        public static void MultiPlaneOverlayVsyncInfoCount(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, MultiPlaneOverlayVsyncInfoCount$OFFSET, fieldValue);
        }

        /** Byte offset of {@code pMultiPlaneOverlayVsyncInfo}. */
        public static final long pMultiPlaneOverlayVsyncInfo$OFFSET = Layouts.offsetOf(LAYOUT, "pMultiPlaneOverlayVsyncInfo");

        /** Getter for {@code DXGK_MULTIPLANE_OVERLAY_VSYNC_INFO3 * pMultiPlaneOverlayVsyncInfo}. */
        public static MemorySegment pMultiPlaneOverlayVsyncInfo(MemorySegment struct) {
            return struct.get(ADDRESS, pMultiPlaneOverlayVsyncInfo$OFFSET);
        }

        /** Setter for {@code DXGK_MULTIPLANE_OVERLAY_VSYNC_INFO3 * pMultiPlaneOverlayVsyncInfo}. */
        public static void pMultiPlaneOverlayVsyncInfo(MemorySegment struct, MemorySegment fieldValue) {
            struct.set(ADDRESS, pMultiPlaneOverlayVsyncInfo$OFFSET, fieldValue);
        }

        /** Byte offset of {@code GpuFrequency}. */
        public static final long GpuFrequency$OFFSET = Layouts.offsetOf(LAYOUT, "GpuFrequency");

        /** Getter for {@code ULONGLONG GpuFrequency}. */
        public static long GpuFrequency(MemorySegment struct) {
            return struct.get(JAVA_LONG, GpuFrequency$OFFSET);
        }

        /** Setter for {@code ULONGLONG GpuFrequency}. */
        public static void GpuFrequency(MemorySegment struct, long fieldValue) {
            struct.set(JAVA_LONG, GpuFrequency$OFFSET, fieldValue);
        }

        /** Byte offset of {@code GpuClockCounter}. */
        public static final long GpuClockCounter$OFFSET = Layouts.offsetOf(LAYOUT, "GpuClockCounter");

        /** Getter for {@code ULONGLONG GpuClockCounter}. */
        public static long GpuClockCounter(MemorySegment struct) {
            return struct.get(JAVA_LONG, GpuClockCounter$OFFSET);
        }

        /** Setter for {@code ULONGLONG GpuClockCounter}. */
        public static void GpuClockCounter(MemorySegment struct, long fieldValue) {
            struct.set(JAVA_LONG, GpuClockCounter$OFFSET, fieldValue);
        }
    }

    /** {@snippet lang=c : struct { ... } NativeFenceSignaled } */
    public static final class NativeFenceSignaled {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("NativeFenceSignaled",
                JAVA_INT.withName("NodeOrdinal"),
                JAVA_INT.withName("EngineOrdinal"),
                JAVA_INT.withName("SignaledNativeFenceCount"),
                Layouts.pad("Padding0", 4),
                ADDRESS.withName("pSignaledNativeFenceArray"),
                ADDRESS.withName("hHWQueue"));

        private NativeFenceSignaled() {
        }

        /** Byte offset of {@code NodeOrdinal}. */
        public static final long NodeOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "NodeOrdinal");

        /** Getter for {@code UINT NodeOrdinal}. */
        public static int NodeOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, NodeOrdinal$OFFSET);
        }

        /** Setter for {@code UINT NodeOrdinal}. */
        public static void NodeOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, NodeOrdinal$OFFSET, fieldValue);
        }

        /** Byte offset of {@code EngineOrdinal}. */
        public static final long EngineOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "EngineOrdinal");

        /** Getter for {@code UINT EngineOrdinal}. */
        public static int EngineOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, EngineOrdinal$OFFSET);
        }

        /** Setter for {@code UINT EngineOrdinal}. */
        public static void EngineOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, EngineOrdinal$OFFSET, fieldValue);
        }

        /** Byte offset of {@code SignaledNativeFenceCount}. */
        public static final long SignaledNativeFenceCount$OFFSET = Layouts.offsetOf(LAYOUT, "SignaledNativeFenceCount");

        /** Getter for {@code UINT SignaledNativeFenceCount}. */
        public static int SignaledNativeFenceCount(MemorySegment struct) {
            return struct.get(JAVA_INT, SignaledNativeFenceCount$OFFSET);
        }

        /** Setter for {@code UINT SignaledNativeFenceCount}. */
        public static void SignaledNativeFenceCount(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, SignaledNativeFenceCount$OFFSET, fieldValue);
        }

        /** Byte offset of {@code pSignaledNativeFenceArray}. */
        public static final long pSignaledNativeFenceArray$OFFSET = Layouts.offsetOf(LAYOUT, "pSignaledNativeFenceArray");

        /** Getter for {@code HANDLE * pSignaledNativeFenceArray}. */
        public static MemorySegment pSignaledNativeFenceArray(MemorySegment struct) {
            return struct.get(ADDRESS, pSignaledNativeFenceArray$OFFSET);
        }

        /** Setter for {@code HANDLE * pSignaledNativeFenceArray}. */
        public static void pSignaledNativeFenceArray(MemorySegment struct, MemorySegment fieldValue) {
            struct.set(ADDRESS, pSignaledNativeFenceArray$OFFSET, fieldValue);
        }

        /** Byte offset of {@code hHWQueue}. */
        public static final long hHWQueue$OFFSET = Layouts.offsetOf(LAYOUT, "hHWQueue");

        /** Getter for {@code HANDLE hHWQueue}. */
        public static MemorySegment hHWQueue(MemorySegment struct) {
            return struct.get(ADDRESS, hHWQueue$OFFSET);
        }

        /** Setter for {@code HANDLE hHWQueue}. */
        public static void hHWQueue(MemorySegment struct, MemorySegment fieldValue) {
            struct.set(ADDRESS, hHWQueue$OFFSET, fieldValue);
        }
    }

    /** {@snippet lang=c : struct { ... } EngineStateChange } */
    public static final class EngineStateChange {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("EngineStateChange",
                JAVA_INT.withName("NodeOrdinal"),
                JAVA_INT.withName("EngineOrdinal"),
                JAVA_INT.withName("NewState"));

        private EngineStateChange() {
        }

        /** Byte offset of {@code NodeOrdinal}. */
        public static final long NodeOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "NodeOrdinal");

        /** Getter for {@code UINT NodeOrdinal}. */
        public static int NodeOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, NodeOrdinal$OFFSET);
        }

        /** Setter for {@code UINT NodeOrdinal}. */
        public static void NodeOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, NodeOrdinal$OFFSET, fieldValue);
        }

        /** Byte offset of {@code EngineOrdinal}. */
        public static final long EngineOrdinal$OFFSET = Layouts.offsetOf(LAYOUT, "EngineOrdinal");

        /** Getter for {@code UINT EngineOrdinal}. */
        public static int EngineOrdinal(MemorySegment struct) {
            return struct.get(JAVA_INT, EngineOrdinal$OFFSET);
        }

        /** Setter for {@code UINT EngineOrdinal}. */
        public static void EngineOrdinal(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, EngineOrdinal$OFFSET, fieldValue);
        }

        /** Byte offset of {@code NewState}. */
        public static final long NewState$OFFSET = Layouts.offsetOf(LAYOUT, "NewState");

        /** Getter for {@code DXGK_ENGINE_STATE NewState}. */
        public static int NewState(MemorySegment struct) {
            return struct.get(JAVA_INT, NewState$OFFSET);
        }

        /** Setter for {@code DXGK_ENGINE_STATE NewState}. */
        public static void NewState(MemorySegment struct, int fieldValue) {
            struct.set(JAVA_INT, NewState$OFFSET, fieldValue);
        }
    }

    /** {@snippet lang=c : struct { ... } Reserved } */
    public static final class Reserved {
        /** The layout of this member, named as the member. */
        public static final GroupLayout LAYOUT = Layouts.struct("Reserved",
                MemoryLayout.sequenceLayout(16, JAVA_INT).withName("Reserved"));

        private Reserved() {
        }

        /** Byte offset of {@code Reserved}. */
        public static final long Reserved$OFFSET = Layouts.offsetOf(LAYOUT, "Reserved");

        /** Slice of {@code UINT Reserved[16]}. */
        public static MemorySegment Reserved(MemorySegment struct) {
            return struct.asSlice(Reserved$OFFSET, LAYOUT.select(MemoryLayout.PathElement.groupElement("Reserved")).byteSize());
        }
    }
}
