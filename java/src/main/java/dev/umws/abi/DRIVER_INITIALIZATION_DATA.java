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
 * {@snippet lang=c :
 * typedef struct _DRIVER_INITIALIZATION_DATA {
 *     ULONG                      Version;       // DXGKDDI_INTERFACE_VERSION
 *     PDXGKDDI_ADD_DEVICE        DxgkDdiAddDevice;                     // slot 0, at 8
 *     ...                                                              // slot n at 8 + 8n
 *     PDXGKDDI_CREATEDOORBELL    DxgkDdiCreateDoorbell;                // slot 165, at 1328
 *     ...
 *     PDXGKDDI_FLUSHHWQUEUE      DxgkDdiFlushHwQueue;                  // slot 170, at 1368 (G1)
 * } DRIVER_INITIALIZATION_DATA;                // 1376 bytes here, align 8
 * }
 * The DDI table a KMD's {@code DriverEntry} hands to {@code DxgkInitialize} ({@code include/umws/dispmprt.h}).
 * Every member is an 8-byte function pointer with its WDK name, in the WDK's order, up to the end of the
 * WDDM 3.1 block; the C header types the ones the emulated OS calls, and this class has accessors for
 * exactly those. The WDDM 3.2 members that follow slot 170 in G2 and G3 are not mirrored.
 *
 * <p>By generation, at unchanged offsets: slot 164 (1320) is {@code DxgkDdiNotifyCurrentValueUpdates} in G1
 * and {@code DxgkDdiUpdateCurrentValuesFromCpu} in G2 and G3; slot 170 (1368) is {@code DxgkDdiFlushHwQueue}
 * in G1 and {@code void *Reserved4} in G2 and G3.
 */
public final class DRIVER_INITIALIZATION_DATA {

    /** Number of 8-byte DDI slots after {@code Version}. */
    public static final int SLOTS = 171;

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        List<MemoryLayout> m = new ArrayList<>();
        m.add(JAVA_INT.withName("Version"));
        m.add(Layouts.pad("Padding0", 4));
        m.add(ADDRESS.withName("DxgkDdiAddDevice"));
        m.add(ADDRESS.withName("DxgkDdiStartDevice"));
        m.add(ADDRESS.withName("DxgkDdiStopDevice"));
        m.add(ADDRESS.withName("DxgkDdiRemoveDevice"));
        m.add(ADDRESS.withName("DxgkDdiDispatchIoRequest"));
        m.add(ADDRESS.withName("DxgkDdiInterruptRoutine"));
        m.add(ADDRESS.withName("DxgkDdiDpcRoutine"));
        m.add(ADDRESS.withName("DxgkDdiQueryChildRelations"));
        m.add(ADDRESS.withName("DxgkDdiQueryChildStatus"));
        m.add(ADDRESS.withName("DxgkDdiQueryDeviceDescriptor"));
        m.add(ADDRESS.withName("DxgkDdiSetPowerState"));
        m.add(ADDRESS.withName("DxgkDdiNotifyAcpiEvent"));
        m.add(ADDRESS.withName("DxgkDdiResetDevice"));
        m.add(ADDRESS.withName("DxgkDdiUnload"));
        m.add(ADDRESS.withName("DxgkDdiQueryInterface"));
        m.add(ADDRESS.withName("DxgkDdiControlEtwLogging"));
        m.add(ADDRESS.withName("DxgkDdiQueryAdapterInfo"));
        m.add(ADDRESS.withName("DxgkDdiCreateDevice"));
        m.add(ADDRESS.withName("DxgkDdiCreateAllocation"));
        m.add(ADDRESS.withName("DxgkDdiDestroyAllocation"));
        m.add(ADDRESS.withName("DxgkDdiDescribeAllocation"));
        m.add(ADDRESS.withName("DxgkDdiGetStandardAllocationDriverData"));
        m.add(ADDRESS.withName("DxgkDdiAcquireSwizzlingRange"));
        m.add(ADDRESS.withName("DxgkDdiReleaseSwizzlingRange"));
        m.add(ADDRESS.withName("DxgkDdiPatch"));
        m.add(ADDRESS.withName("DxgkDdiSubmitCommand"));
        m.add(ADDRESS.withName("DxgkDdiPreemptCommand"));
        m.add(ADDRESS.withName("DxgkDdiBuildPagingBuffer"));
        m.add(ADDRESS.withName("DxgkDdiSetPalette"));
        m.add(ADDRESS.withName("DxgkDdiSetPointerPosition"));
        m.add(ADDRESS.withName("DxgkDdiSetPointerShape"));
        m.add(ADDRESS.withName("DxgkDdiResetFromTimeout"));
        m.add(ADDRESS.withName("DxgkDdiRestartFromTimeout"));
        m.add(ADDRESS.withName("DxgkDdiEscape"));
        m.add(ADDRESS.withName("DxgkDdiCollectDbgInfo"));
        m.add(ADDRESS.withName("DxgkDdiQueryCurrentFence"));
        m.add(ADDRESS.withName("DxgkDdiIsSupportedVidPn"));
        m.add(ADDRESS.withName("DxgkDdiRecommendFunctionalVidPn"));
        m.add(ADDRESS.withName("DxgkDdiEnumVidPnCofuncModality"));
        m.add(ADDRESS.withName("DxgkDdiSetVidPnSourceAddress"));
        m.add(ADDRESS.withName("DxgkDdiSetVidPnSourceVisibility"));
        m.add(ADDRESS.withName("DxgkDdiCommitVidPn"));
        m.add(ADDRESS.withName("DxgkDdiUpdateActiveVidPnPresentPath"));
        m.add(ADDRESS.withName("DxgkDdiRecommendMonitorModes"));
        m.add(ADDRESS.withName("DxgkDdiRecommendVidPnTopology"));
        m.add(ADDRESS.withName("DxgkDdiGetScanLine"));
        m.add(ADDRESS.withName("DxgkDdiStopCapture"));
        m.add(ADDRESS.withName("DxgkDdiControlInterrupt"));
        m.add(ADDRESS.withName("DxgkDdiCreateOverlay"));
        m.add(ADDRESS.withName("DxgkDdiDestroyDevice"));
        m.add(ADDRESS.withName("DxgkDdiOpenAllocation"));
        m.add(ADDRESS.withName("DxgkDdiCloseAllocation"));
        m.add(ADDRESS.withName("DxgkDdiRender"));
        m.add(ADDRESS.withName("DxgkDdiPresent"));
        m.add(ADDRESS.withName("DxgkDdiUpdateOverlay"));
        m.add(ADDRESS.withName("DxgkDdiFlipOverlay"));
        m.add(ADDRESS.withName("DxgkDdiDestroyOverlay"));
        m.add(ADDRESS.withName("DxgkDdiCreateContext"));
        m.add(ADDRESS.withName("DxgkDdiDestroyContext"));
        m.add(ADDRESS.withName("DxgkDdiLinkDevice"));
        m.add(ADDRESS.withName("DxgkDdiSetDisplayPrivateDriverFormat"));
        m.add(ADDRESS.withName("DxgkDdiDescribePageTable"));
        m.add(ADDRESS.withName("DxgkDdiUpdatePageTable"));
        m.add(ADDRESS.withName("DxgkDdiUpdatePageDirectory"));
        m.add(ADDRESS.withName("DxgkDdiMovePageDirectory"));
        m.add(ADDRESS.withName("DxgkDdiSubmitRender"));
        m.add(ADDRESS.withName("DxgkDdiCreateAllocation2"));
        m.add(ADDRESS.withName("DxgkDdiRenderKm"));
        m.add(ADDRESS.withName("Reserved"));
        m.add(ADDRESS.withName("DxgkDdiQueryVidPnHWCapability"));
        m.add(ADDRESS.withName("DxgkDdiSetPowerComponentFState"));
        m.add(ADDRESS.withName("DxgkDdiQueryDependentEngineGroup"));
        m.add(ADDRESS.withName("DxgkDdiQueryEngineStatus"));
        m.add(ADDRESS.withName("DxgkDdiResetEngine"));
        m.add(ADDRESS.withName("DxgkDdiStopDeviceAndReleasePostDisplayOwnership"));
        m.add(ADDRESS.withName("DxgkDdiSystemDisplayEnable"));
        m.add(ADDRESS.withName("DxgkDdiSystemDisplayWrite"));
        m.add(ADDRESS.withName("DxgkDdiCancelCommand"));
        m.add(ADDRESS.withName("DxgkDdiGetChildContainerId"));
        m.add(ADDRESS.withName("DxgkDdiPowerRuntimeControlRequest"));
        m.add(ADDRESS.withName("DxgkDdiSetVidPnSourceAddressWithMultiPlaneOverlay"));
        m.add(ADDRESS.withName("DxgkDdiNotifySurpriseRemoval"));
        m.add(ADDRESS.withName("DxgkDdiGetNodeMetadata"));
        m.add(ADDRESS.withName("DxgkDdiSetPowerPState"));
        m.add(ADDRESS.withName("DxgkDdiControlInterrupt2"));
        m.add(ADDRESS.withName("DxgkDdiCheckMultiPlaneOverlaySupport"));
        m.add(ADDRESS.withName("DxgkDdiCalibrateGpuClock"));
        m.add(ADDRESS.withName("DxgkDdiFormatHistoryBuffer"));
        m.add(ADDRESS.withName("DxgkDdiRenderGdi"));
        m.add(ADDRESS.withName("DxgkDdiSubmitCommandVirtual"));
        m.add(ADDRESS.withName("DxgkDdiSetRootPageTable"));
        m.add(ADDRESS.withName("DxgkDdiGetRootPageTableSize"));
        m.add(ADDRESS.withName("DxgkDdiMapCpuHostAperture"));
        m.add(ADDRESS.withName("DxgkDdiUnmapCpuHostAperture"));
        m.add(ADDRESS.withName("DxgkDdiCheckMultiPlaneOverlaySupport2"));
        m.add(ADDRESS.withName("DxgkDdiCreateProcess"));
        m.add(ADDRESS.withName("DxgkDdiDestroyProcess"));
        m.add(ADDRESS.withName("DxgkDdiSetVidPnSourceAddressWithMultiPlaneOverlay2"));
        m.add(ADDRESS.withName("Reserved1"));
        m.add(ADDRESS.withName("Reserved2"));
        m.add(ADDRESS.withName("DxgkDdiPowerRuntimeSetDeviceHandle"));
        m.add(ADDRESS.withName("DxgkDdiSetStablePowerState"));
        m.add(ADDRESS.withName("DxgkDdiSetVideoProtectedRegion"));
        m.add(ADDRESS.withName("DxgkDdiCheckMultiPlaneOverlaySupport3"));
        m.add(ADDRESS.withName("DxgkDdiSetVidPnSourceAddressWithMultiPlaneOverlay3"));
        m.add(ADDRESS.withName("DxgkDdiPostMultiPlaneOverlayPresent"));
        m.add(ADDRESS.withName("DxgkDdiValidateUpdateAllocationProperty"));
        m.add(ADDRESS.withName("DxgkDdiControlModeBehavior"));
        m.add(ADDRESS.withName("DxgkDdiUpdateMonitorLinkInfo"));
        m.add(ADDRESS.withName("DxgkDdiCreateHwContext"));
        m.add(ADDRESS.withName("DxgkDdiDestroyHwContext"));
        m.add(ADDRESS.withName("DxgkDdiCreateHwQueue"));
        m.add(ADDRESS.withName("DxgkDdiDestroyHwQueue"));
        m.add(ADDRESS.withName("DxgkDdiSubmitCommandToHwQueue"));
        m.add(ADDRESS.withName("DxgkDdiSwitchToHwContextList"));
        m.add(ADDRESS.withName("DxgkDdiResetHwEngine"));
        m.add(ADDRESS.withName("DxgkDdiCreatePeriodicFrameNotification"));
        m.add(ADDRESS.withName("DxgkDdiDestroyPeriodicFrameNotification"));
        m.add(ADDRESS.withName("DxgkDdiSetTimingsFromVidPn"));
        m.add(ADDRESS.withName("DxgkDdiSetTargetGamma"));
        m.add(ADDRESS.withName("DxgkDdiSetTargetContentType"));
        m.add(ADDRESS.withName("DxgkDdiSetTargetAnalogCopyProtection"));
        m.add(ADDRESS.withName("DxgkDdiSetTargetAdjustedColorimetry"));
        m.add(ADDRESS.withName("DxgkDdiDisplayDetectControl"));
        m.add(ADDRESS.withName("DxgkDdiQueryConnectionChange"));
        m.add(ADDRESS.withName("DxgkDdiExchangePreStartInfo"));
        m.add(ADDRESS.withName("DxgkDdiGetMultiPlaneOverlayCaps"));
        m.add(ADDRESS.withName("DxgkDdiGetPostCompositionCaps"));
        m.add(ADDRESS.withName("DxgkDdiUpdateHwContextState"));
        m.add(ADDRESS.withName("DxgkDdiCreateProtectedSession"));
        m.add(ADDRESS.withName("DxgkDdiDestroyProtectedSession"));
        m.add(ADDRESS.withName("DxgkDdiSetSchedulingLogBuffer"));
        m.add(ADDRESS.withName("DxgkDdiSetupPriorityBands"));
        m.add(ADDRESS.withName("DxgkDdiNotifyFocusPresent"));
        m.add(ADDRESS.withName("DxgkDdiSetContextSchedulingProperties"));
        m.add(ADDRESS.withName("DxgkDdiSuspendContext"));
        m.add(ADDRESS.withName("DxgkDdiResumeContext"));
        m.add(ADDRESS.withName("DxgkDdiSetVirtualMachineData"));
        m.add(ADDRESS.withName("DxgkDdiBeginExclusiveAccess"));
        m.add(ADDRESS.withName("DxgkDdiEndExclusiveAccess"));
        m.add(ADDRESS.withName("DxgkDdiQueryDiagnosticTypesSupport"));
        m.add(ADDRESS.withName("DxgkDdiControlDiagnosticReporting"));
        m.add(ADDRESS.withName("DxgkDdiResumeHwEngine"));
        m.add(ADDRESS.withName("DxgkDdiSignalMonitoredFence"));
        m.add(ADDRESS.withName("DxgkDdiPresentToHwQueue"));
        m.add(ADDRESS.withName("DxgkDdiValidateSubmitCommand"));
        m.add(ADDRESS.withName("DxgkDdiSetTargetAdjustedColorimetry2"));
        m.add(ADDRESS.withName("DxgkDdiSetTrackedWorkloadPowerLevel"));
        m.add(ADDRESS.withName("DxgkDdiSaveMemoryForHotUpdate"));
        m.add(ADDRESS.withName("DxgkDdiRestoreMemoryForHotUpdate"));
        m.add(ADDRESS.withName("DxgkDdiCollectDiagnosticInfo"));
        m.add(ADDRESS.withName("Reserved3"));
        m.add(ADDRESS.withName("DxgkDdiControlInterrupt3"));
        m.add(ADDRESS.withName("DxgkDdiSetFlipQueueLogBuffer"));
        m.add(ADDRESS.withName("DxgkDdiUpdateFlipQueueLog"));
        m.add(ADDRESS.withName("DxgkDdiCancelQueuedFlips"));
        m.add(ADDRESS.withName("DxgkDdiSetInterruptTargetPresentId"));
        m.add(ADDRESS.withName("DxgkDdiSetAllocationBackingStore"));
        m.add(ADDRESS.withName("DxgkDdiCreateCpuEvent"));
        m.add(ADDRESS.withName("DxgkDdiDestroyCpuEvent"));
        m.add(ADDRESS.withName("DxgkDdiCancelFlips"));
        m.add(ADDRESS.withName("DxgkDdiCreateNativeFence"));
        m.add(ADDRESS.withName("DxgkDdiDestroyNativeFence"));
        m.add(ADDRESS.withName("DxgkDdiUpdateMonitoredValues"));
        m.add(ADDRESS.withName(g == Generation.G1 ? "DxgkDdiNotifyCurrentValueUpdates" : "DxgkDdiUpdateCurrentValuesFromCpu"));
        m.add(ADDRESS.withName("DxgkDdiCreateDoorbell"));
        m.add(ADDRESS.withName("DxgkDdiConnectDoorbell"));
        m.add(ADDRESS.withName("DxgkDdiDisconnectDoorbell"));
        m.add(ADDRESS.withName("DxgkDdiDestroyDoorbell"));
        m.add(ADDRESS.withName("DxgkDdiNotifyWorkSubmission"));
        m.add(ADDRESS.withName(g == Generation.G1 ? "DxgkDdiFlushHwQueue" : "Reserved4"));
        return Layouts.struct("DRIVER_INITIALIZATION_DATA", m.toArray(MemoryLayout[]::new));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DRIVER_INITIALIZATION_DATA() {
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

    /** Byte offset of the member {@code name} in the selected generation, or -1. */
    public static long offsetOf(String name) {
        return Layouts.offsetOf($LAYOUT, name);
    }

    /** Byte offset of {@code Version}. */
    public static final long Version$OFFSET = Layouts.offsetOf($LAYOUT, "Version");

    /** Getter for {@code ULONG Version}. */
    public static int Version(MemorySegment struct) {
        return struct.get(JAVA_INT, Version$OFFSET);
    }

    /** Setter for {@code ULONG Version}. */
    public static void Version(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Version$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiAddDevice}. */
    public static final long DxgkDdiAddDevice$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiAddDevice");

    /** Getter for {@code PDXGKDDI_ADD_DEVICE DxgkDdiAddDevice}. */
    public static MemorySegment DxgkDdiAddDevice(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiAddDevice$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_ADD_DEVICE DxgkDdiAddDevice}. */
    public static void DxgkDdiAddDevice(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiAddDevice$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiStartDevice}. */
    public static final long DxgkDdiStartDevice$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiStartDevice");

    /** Getter for {@code PDXGKDDI_START_DEVICE DxgkDdiStartDevice}. */
    public static MemorySegment DxgkDdiStartDevice(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiStartDevice$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_START_DEVICE DxgkDdiStartDevice}. */
    public static void DxgkDdiStartDevice(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiStartDevice$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiStopDevice}. */
    public static final long DxgkDdiStopDevice$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiStopDevice");

    /** Getter for {@code PDXGKDDI_STOP_DEVICE DxgkDdiStopDevice}. */
    public static MemorySegment DxgkDdiStopDevice(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiStopDevice$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_STOP_DEVICE DxgkDdiStopDevice}. */
    public static void DxgkDdiStopDevice(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiStopDevice$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiRemoveDevice}. */
    public static final long DxgkDdiRemoveDevice$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiRemoveDevice");

    /** Getter for {@code PDXGKDDI_REMOVE_DEVICE DxgkDdiRemoveDevice}. */
    public static MemorySegment DxgkDdiRemoveDevice(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiRemoveDevice$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_REMOVE_DEVICE DxgkDdiRemoveDevice}. */
    public static void DxgkDdiRemoveDevice(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiRemoveDevice$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiInterruptRoutine}. */
    public static final long DxgkDdiInterruptRoutine$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiInterruptRoutine");

    /** Getter for {@code PDXGKDDI_INTERRUPT_ROUTINE DxgkDdiInterruptRoutine}. */
    public static MemorySegment DxgkDdiInterruptRoutine(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiInterruptRoutine$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_INTERRUPT_ROUTINE DxgkDdiInterruptRoutine}. */
    public static void DxgkDdiInterruptRoutine(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiInterruptRoutine$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiDpcRoutine}. */
    public static final long DxgkDdiDpcRoutine$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiDpcRoutine");

    /** Getter for {@code PDXGKDDI_DPC_ROUTINE DxgkDdiDpcRoutine}. */
    public static MemorySegment DxgkDdiDpcRoutine(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiDpcRoutine$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_DPC_ROUTINE DxgkDdiDpcRoutine}. */
    public static void DxgkDdiDpcRoutine(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiDpcRoutine$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiQueryAdapterInfo}. */
    public static final long DxgkDdiQueryAdapterInfo$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiQueryAdapterInfo");

    /** Getter for {@code PDXGKDDI_QUERYADAPTERINFO DxgkDdiQueryAdapterInfo}. */
    public static MemorySegment DxgkDdiQueryAdapterInfo(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiQueryAdapterInfo$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_QUERYADAPTERINFO DxgkDdiQueryAdapterInfo}. */
    public static void DxgkDdiQueryAdapterInfo(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiQueryAdapterInfo$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiCreateDevice}. */
    public static final long DxgkDdiCreateDevice$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiCreateDevice");

    /** Getter for {@code PDXGKDDI_CREATEDEVICE DxgkDdiCreateDevice}. */
    public static MemorySegment DxgkDdiCreateDevice(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiCreateDevice$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_CREATEDEVICE DxgkDdiCreateDevice}. */
    public static void DxgkDdiCreateDevice(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiCreateDevice$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiCreateAllocation}. */
    public static final long DxgkDdiCreateAllocation$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiCreateAllocation");

    /** Getter for {@code PDXGKDDI_CREATEALLOCATION DxgkDdiCreateAllocation}. */
    public static MemorySegment DxgkDdiCreateAllocation(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiCreateAllocation$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_CREATEALLOCATION DxgkDdiCreateAllocation}. */
    public static void DxgkDdiCreateAllocation(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiCreateAllocation$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiDestroyAllocation}. */
    public static final long DxgkDdiDestroyAllocation$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiDestroyAllocation");

    /** Getter for {@code PDXGKDDI_DESTROYALLOCATION DxgkDdiDestroyAllocation}. */
    public static MemorySegment DxgkDdiDestroyAllocation(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiDestroyAllocation$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_DESTROYALLOCATION DxgkDdiDestroyAllocation}. */
    public static void DxgkDdiDestroyAllocation(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiDestroyAllocation$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiDestroyDevice}. */
    public static final long DxgkDdiDestroyDevice$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiDestroyDevice");

    /** Getter for {@code PDXGKDDI_DESTROYDEVICE DxgkDdiDestroyDevice}. */
    public static MemorySegment DxgkDdiDestroyDevice(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiDestroyDevice$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_DESTROYDEVICE DxgkDdiDestroyDevice}. */
    public static void DxgkDdiDestroyDevice(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiDestroyDevice$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiCreateContext}. */
    public static final long DxgkDdiCreateContext$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiCreateContext");

    /** Getter for {@code PDXGKDDI_CREATECONTEXT DxgkDdiCreateContext}. */
    public static MemorySegment DxgkDdiCreateContext(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiCreateContext$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_CREATECONTEXT DxgkDdiCreateContext}. */
    public static void DxgkDdiCreateContext(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiCreateContext$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiDestroyContext}. */
    public static final long DxgkDdiDestroyContext$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiDestroyContext");

    /** Getter for {@code PDXGKDDI_DESTROYCONTEXT DxgkDdiDestroyContext}. */
    public static MemorySegment DxgkDdiDestroyContext(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiDestroyContext$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_DESTROYCONTEXT DxgkDdiDestroyContext}. */
    public static void DxgkDdiDestroyContext(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiDestroyContext$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiResetEngine}. */
    public static final long DxgkDdiResetEngine$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiResetEngine");

    /** Getter for {@code PDXGKDDI_RESETENGINE DxgkDdiResetEngine}. */
    public static MemorySegment DxgkDdiResetEngine(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiResetEngine$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_RESETENGINE DxgkDdiResetEngine}. */
    public static void DxgkDdiResetEngine(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiResetEngine$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiGetNodeMetadata}. */
    public static final long DxgkDdiGetNodeMetadata$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiGetNodeMetadata");

    /** Getter for {@code PDXGKDDI_GETNODEMETADATA DxgkDdiGetNodeMetadata}. */
    public static MemorySegment DxgkDdiGetNodeMetadata(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiGetNodeMetadata$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_GETNODEMETADATA DxgkDdiGetNodeMetadata}. */
    public static void DxgkDdiGetNodeMetadata(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiGetNodeMetadata$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiCreateProcess}. */
    public static final long DxgkDdiCreateProcess$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiCreateProcess");

    /** Getter for {@code PDXGKDDI_CREATEPROCESS DxgkDdiCreateProcess}. */
    public static MemorySegment DxgkDdiCreateProcess(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiCreateProcess$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_CREATEPROCESS DxgkDdiCreateProcess}. */
    public static void DxgkDdiCreateProcess(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiCreateProcess$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiDestroyProcess}. */
    public static final long DxgkDdiDestroyProcess$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiDestroyProcess");

    /** Getter for {@code PDXGKDDI_DESTROYPROCESS DxgkDdiDestroyProcess}. */
    public static MemorySegment DxgkDdiDestroyProcess(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiDestroyProcess$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_DESTROYPROCESS DxgkDdiDestroyProcess}. */
    public static void DxgkDdiDestroyProcess(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiDestroyProcess$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiCreateHwQueue}. */
    public static final long DxgkDdiCreateHwQueue$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiCreateHwQueue");

    /** Getter for {@code PDXGKDDI_CREATEHWQUEUE DxgkDdiCreateHwQueue}. */
    public static MemorySegment DxgkDdiCreateHwQueue(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiCreateHwQueue$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_CREATEHWQUEUE DxgkDdiCreateHwQueue}. */
    public static void DxgkDdiCreateHwQueue(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiCreateHwQueue$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiDestroyHwQueue}. */
    public static final long DxgkDdiDestroyHwQueue$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiDestroyHwQueue");

    /** Getter for {@code PDXGKDDI_DESTROYHWQUEUE DxgkDdiDestroyHwQueue}. */
    public static MemorySegment DxgkDdiDestroyHwQueue(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiDestroyHwQueue$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_DESTROYHWQUEUE DxgkDdiDestroyHwQueue}. */
    public static void DxgkDdiDestroyHwQueue(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiDestroyHwQueue$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiSuspendContext}. */
    public static final long DxgkDdiSuspendContext$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiSuspendContext");

    /** Getter for {@code PDXGKDDI_SUSPENDCONTEXT DxgkDdiSuspendContext}. */
    public static MemorySegment DxgkDdiSuspendContext(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiSuspendContext$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_SUSPENDCONTEXT DxgkDdiSuspendContext}. */
    public static void DxgkDdiSuspendContext(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiSuspendContext$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiResumeContext}. */
    public static final long DxgkDdiResumeContext$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiResumeContext");

    /** Getter for {@code PDXGKDDI_RESUMECONTEXT DxgkDdiResumeContext}. */
    public static MemorySegment DxgkDdiResumeContext(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiResumeContext$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_RESUMECONTEXT DxgkDdiResumeContext}. */
    public static void DxgkDdiResumeContext(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiResumeContext$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiCreateDoorbell}. */
    public static final long DxgkDdiCreateDoorbell$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiCreateDoorbell");

    /** Getter for {@code PDXGKDDI_CREATEDOORBELL DxgkDdiCreateDoorbell}. */
    public static MemorySegment DxgkDdiCreateDoorbell(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiCreateDoorbell$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_CREATEDOORBELL DxgkDdiCreateDoorbell}. */
    public static void DxgkDdiCreateDoorbell(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiCreateDoorbell$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiConnectDoorbell}. */
    public static final long DxgkDdiConnectDoorbell$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiConnectDoorbell");

    /** Getter for {@code PDXGKDDI_CONNECTDOORBELL DxgkDdiConnectDoorbell}. */
    public static MemorySegment DxgkDdiConnectDoorbell(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiConnectDoorbell$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_CONNECTDOORBELL DxgkDdiConnectDoorbell}. */
    public static void DxgkDdiConnectDoorbell(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiConnectDoorbell$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiDisconnectDoorbell}. */
    public static final long DxgkDdiDisconnectDoorbell$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiDisconnectDoorbell");

    /** Getter for {@code PDXGKDDI_DISCONNECTDOORBELL DxgkDdiDisconnectDoorbell}. */
    public static MemorySegment DxgkDdiDisconnectDoorbell(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiDisconnectDoorbell$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_DISCONNECTDOORBELL DxgkDdiDisconnectDoorbell}. */
    public static void DxgkDdiDisconnectDoorbell(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiDisconnectDoorbell$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiDestroyDoorbell}. */
    public static final long DxgkDdiDestroyDoorbell$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiDestroyDoorbell");

    /** Getter for {@code PDXGKDDI_DESTROYDOORBELL DxgkDdiDestroyDoorbell}. */
    public static MemorySegment DxgkDdiDestroyDoorbell(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiDestroyDoorbell$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_DESTROYDOORBELL DxgkDdiDestroyDoorbell}. */
    public static void DxgkDdiDestroyDoorbell(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiDestroyDoorbell$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiNotifyWorkSubmission}. */
    public static final long DxgkDdiNotifyWorkSubmission$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiNotifyWorkSubmission");

    /** Getter for {@code PDXGKDDI_NOTIFYWORKSUBMISSION DxgkDdiNotifyWorkSubmission}. */
    public static MemorySegment DxgkDdiNotifyWorkSubmission(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkDdiNotifyWorkSubmission$OFFSET);
    }

    /** Setter for {@code PDXGKDDI_NOTIFYWORKSUBMISSION DxgkDdiNotifyWorkSubmission}. */
    public static void DxgkDdiNotifyWorkSubmission(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkDdiNotifyWorkSubmission$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkDdiFlushHwQueue} (G1); -1 in the other generations. */
    public static final long DxgkDdiFlushHwQueue$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkDdiFlushHwQueue");

    /** Getter for {@code PDXGKDDI_FLUSHHWQUEUE DxgkDdiFlushHwQueue}. */
    public static MemorySegment DxgkDdiFlushHwQueue(MemorySegment struct) {
        return struct.get(ADDRESS, Layouts.require(DxgkDdiFlushHwQueue$OFFSET, "DRIVER_INITIALIZATION_DATA", "DxgkDdiFlushHwQueue"));
    }

    /** Setter for {@code PDXGKDDI_FLUSHHWQUEUE DxgkDdiFlushHwQueue}. */
    public static void DxgkDdiFlushHwQueue(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, Layouts.require(DxgkDdiFlushHwQueue$OFFSET, "DRIVER_INITIALIZATION_DATA", "DxgkDdiFlushHwQueue"), fieldValue);
    }
}
