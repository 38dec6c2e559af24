package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * {@snippet lang=c :
 * typedef struct _DXGKRNL_INTERFACE {
 *     ULONG  Size;                              // bytes, as the OS fills it
 *     ULONG  Version;                           // DXGKDDI_INTERFACE_VERSION_*
 *     HANDLE DeviceHandle;                      // hAdapter / DeviceHandle of every callback
 *     DXGKCB_EVAL_ACPI_METHOD DxgkCbEvalAcpiMethod;                    // at 16
 *     ...                                                              // 70 callbacks, 8 bytes each
 *     DXGKCB_PINFRAMEBUFFERFORSAVE2 DxgkCbPinFrameBufferForSave2;      // at 560
 *     DXGKCB_DISCONNECTDOORBELL DxgkCbDisconnectDoorbell;              // at 568, the 72nd 8-byte slot
 * } DXGKRNL_INTERFACE;                         // 576 bytes, align 8, in every generation
 * }
 * The callbacks {@code DxgkDdiStartDevice} receives ({@code include/umws/dispmprt.h}), in the WDK's order.
 * Every callback is an 8-byte pointer with its WDK name; this class has accessors for the ones the emulated
 * OS provides. No generation adds a callback after {@code DxgkCbDisconnectDoorbell}.
 */
public final class DXGKRNL_INTERFACE {

    /** Number of 8-byte callback slots after {@code DeviceHandle}. */
    public static final int CALLBACKS = 70;

    /** The layout in header generation {@code g}. */
    public static GroupLayout layout(Generation g) {
        return Layouts.struct("DXGKRNL_INTERFACE",
                JAVA_INT.withName("Size"),
                JAVA_INT.withName("Version"),
                ADDRESS.withName("DeviceHandle"),
                ADDRESS.withName("DxgkCbEvalAcpiMethod"),
                ADDRESS.withName("DxgkCbGetDeviceInformation"),
                ADDRESS.withName("DxgkCbIndicateChildStatus"),
                ADDRESS.withName("DxgkCbMapMemory"),
                ADDRESS.withName("DxgkCbQueueDpc"),
                ADDRESS.withName("DxgkCbQueryServices"),
                ADDRESS.withName("DxgkCbReadDeviceSpace"),
                ADDRESS.withName("DxgkCbSynchronizeExecution"),
                ADDRESS.withName("DxgkCbUnmapMemory"),
                ADDRESS.withName("DxgkCbWriteDeviceSpace"),
                ADDRESS.withName("DxgkCbIsDevicePresent"),
                ADDRESS.withName("DxgkCbGetHandleData"),
                ADDRESS.withName("DxgkCbGetHandleParent"),
                ADDRESS.withName("DxgkCbEnumHandleChildren"),
                ADDRESS.withName("DxgkCbNotifyInterrupt"),
                ADDRESS.withName("DxgkCbNotifyDpc"),
                ADDRESS.withName("DxgkCbQueryVidPnInterface"),
                ADDRESS.withName("DxgkCbQueryMonitorInterface"),
                ADDRESS.withName("DxgkCbGetCaptureAddress"),
                ADDRESS.withName("DxgkCbLogEtwEvent"),
                ADDRESS.withName("DxgkCbExcludeAdapterAccess"),
                ADDRESS.withName("DxgkCbCreateContextAllocation"),
                ADDRESS.withName("DxgkCbDestroyContextAllocation"),
                ADDRESS.withName("DxgkCbSetPowerComponentActive"),
                ADDRESS.withName("DxgkCbSetPowerComponentIdle"),
                ADDRESS.withName("DxgkCbAcquirePostDisplayOwnership"),
                ADDRESS.withName("DxgkCbPowerRuntimeControlRequest"),
                ADDRESS.withName("DxgkCbSetPowerComponentLatency"),
                ADDRESS.withName("DxgkCbSetPowerComponentResidency"),
                ADDRESS.withName("DxgkCbCompleteFStateTransition"),
                ADDRESS.withName("DxgkCbCompletePStateTransition"),
                ADDRESS.withName("DxgkCbMapContextAllocation"),
                ADDRESS.withName("DxgkCbUpdateContextAllocation"),
                ADDRESS.withName("DxgkCbReserveGpuVirtualAddressRange"),
                ADDRESS.withName("DxgkCbAcquireHandleData"),
                ADDRESS.withName("DxgkCbReleaseHandleData"),
                ADDRESS.withName("DxgkCbHardwareContentProtectionTeardown"),
                ADDRESS.withName("DxgkCbMultiPlaneOverlayDisabled"),
                ADDRESS.withName("DxgkCbMitigatedRangeUpdate"),
                ADDRESS.withName("DxgkCbInvalidateHwContext"),
                ADDRESS.withName("DxgkCbIndicateConnectorChange"),
                ADDRESS.withName("DxgkCbUnblockUEFIFrameBufferRanges"),
                ADDRESS.withName("DxgkCbAcquirePostDisplayOwnership2"),
                ADDRESS.withName("DxgkCbSetProtectedSessionStatus"),
                ADDRESS.withName("DxgkCbAllocateContiguousMemory"),
                ADDRESS.withName("DxgkCbFreeContiguousMemory"),
                ADDRESS.withName("DxgkCbAllocatePagesForMdl"),
                ADDRESS.withName("DxgkCbFreePagesFromMdl"),
                ADDRESS.withName("DxgkCbPinFrameBufferForSave"),
                ADDRESS.withName("DxgkCbUnpinFrameBufferForSave"),
                ADDRESS.withName("DxgkCbMapFrameBufferPointer"),
                ADDRESS.withName("DxgkCbUnmapFrameBufferPointer"),
                ADDRESS.withName("DxgkCbMapMdlToIoMmu"),
                ADDRESS.withName("DxgkCbUnmapMdlFromIoMmu"),
                ADDRESS.withName("DxgkCbReportDiagnostic"),
                ADDRESS.withName("DxgkCbSignalEvent"),
                ADDRESS.withName("DxgkCbIsFeatureEnabled"),
                ADDRESS.withName("DxgkCbSaveMemoryForHotUpdate"),
                ADDRESS.withName("DxgkCbNotifyCursorSupportChange"),
                ADDRESS.withName("DxgkCbQueryFeatureSupport"),
                ADDRESS.withName("DxgkCbCreatePhysicalMemoryObject"),
                ADDRESS.withName("DxgkCbDestroyPhysicalMemoryObject"),
                ADDRESS.withName("DxgkCbMapPhysicalMemory"),
                ADDRESS.withName("DxgkCbUnmapPhysicalMemory"),
                ADDRESS.withName("DxgkCbAllocateAdl"),
                ADDRESS.withName("DxgkCbFreeAdl"),
                ADDRESS.withName("DxgkCbOpenPhysicalMemoryObject"),
                ADDRESS.withName("DxgkCbClosePhysicalMemoryObject"),
                ADDRESS.withName("DxgkCbPinFrameBufferForSave2"),
                ADDRESS.withName("DxgkCbDisconnectDoorbell"));
    }

    private static final GroupLayout $LAYOUT = layout(Generation.SELECTED);

    private DXGKRNL_INTERFACE() {
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

    /** Byte offset of the member {@code name}, or -1. */
    public static long offsetOf(String name) {
        return Layouts.offsetOf($LAYOUT, name);
    }

    /** Byte offset of {@code Size}. */
    public static final long Size$OFFSET = Layouts.offsetOf($LAYOUT, "Size");

    /** Getter for {@code ULONG Size}. */
    public static int Size(MemorySegment struct) {
        return struct.get(JAVA_INT, Size$OFFSET);
    }

    /** Setter for {@code ULONG Size}. */
    public static void Size(MemorySegment struct, int fieldValue) {
        struct.set(JAVA_INT, Size$OFFSET, fieldValue);
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

    /** Byte offset of {@code DeviceHandle}. */
    public static final long DeviceHandle$OFFSET = Layouts.offsetOf($LAYOUT, "DeviceHandle");

    /** Getter for {@code HANDLE DeviceHandle}. */
    public static MemorySegment DeviceHandle(MemorySegment struct) {
        return struct.get(ADDRESS, DeviceHandle$OFFSET);
    }

    /** Setter for {@code HANDLE DeviceHandle}. */
    public static void DeviceHandle(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DeviceHandle$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkCbQueueDpc}. */
    public static final long DxgkCbQueueDpc$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkCbQueueDpc");

    /** Getter for {@code DXGKCB_QUEUE_DPC DxgkCbQueueDpc}. */
    public static MemorySegment DxgkCbQueueDpc(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkCbQueueDpc$OFFSET);
    }

    /** Setter for {@code DXGKCB_QUEUE_DPC DxgkCbQueueDpc}. */
    public static void DxgkCbQueueDpc(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkCbQueueDpc$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkCbNotifyInterrupt}. */
    public static final long DxgkCbNotifyInterrupt$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkCbNotifyInterrupt");

    /** Getter for {@code DXGKCB_NOTIFY_INTERRUPT DxgkCbNotifyInterrupt}. */
    public static MemorySegment DxgkCbNotifyInterrupt(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkCbNotifyInterrupt$OFFSET);
    }

    /** Setter for {@code DXGKCB_NOTIFY_INTERRUPT DxgkCbNotifyInterrupt}. */
    public static void DxgkCbNotifyInterrupt(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkCbNotifyInterrupt$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkCbNotifyDpc}. */
    public static final long DxgkCbNotifyDpc$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkCbNotifyDpc");

    /** Getter for {@code DXGKCB_NOTIFY_DPC DxgkCbNotifyDpc}. */
    public static MemorySegment DxgkCbNotifyDpc(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkCbNotifyDpc$OFFSET);
    }

    /** Setter for {@code DXGKCB_NOTIFY_DPC DxgkCbNotifyDpc}. */
    public static void DxgkCbNotifyDpc(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkCbNotifyDpc$OFFSET, fieldValue);
    }

    /** Byte offset of {@code DxgkCbDisconnectDoorbell}. */
    public static final long DxgkCbDisconnectDoorbell$OFFSET = Layouts.offsetOf($LAYOUT, "DxgkCbDisconnectDoorbell");

    /** Getter for {@code DXGKCB_DISCONNECTDOORBELL DxgkCbDisconnectDoorbell}. */
    public static MemorySegment DxgkCbDisconnectDoorbell(MemorySegment struct) {
        return struct.get(ADDRESS, DxgkCbDisconnectDoorbell$OFFSET);
    }

    /** Setter for {@code DXGKCB_DISCONNECTDOORBELL DxgkCbDisconnectDoorbell}. */
    public static void DxgkCbDisconnectDoorbell(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ADDRESS, DxgkCbDisconnectDoorbell$OFFSET, fieldValue);
    }
}
