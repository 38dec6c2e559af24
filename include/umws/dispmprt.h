/*
 * dispmprt.h (umws mirror) - what a display miniport (the KMD) hands the OS at load time and
 * what it gets back: DRIVER_INITIALIZATION_DATA (the DDI table that DriverEntry passes to
 * DxgkInitialize), DXGKRNL_INTERFACE (the callbacks DxgkDdiStartDevice receives), DXGK_START_INFO
 * and the function types of the DDIs and callbacks the emulated OS calls.
 *
 * A KMD written in C against include/umws builds its table with these types exactly as on
 * Windows. Members the emulated OS calls have their real function-pointer types; every other
 * member keeps its real name and is a PUMWS_DDI_UNUSED, a pointer slot of the same size, so that
 * every offset is the real one. Comments give x64 byte offsets.
 *
 * Sources (docs/structures.md, "dispmprt.h: the DDI table and the callback interface"): the
 * member order of both tables is the WDK dispmprt.h's: its WDDM 2.3 text (WDK 10.0.16299 era) up
 * to WDDM 2.3, then the DRIVER_INITIALIZATION_DATA and DXGKRNL_INTERFACE reference pages on Learn,
 * whose member lists and version notes agree with the WDK 22621-derived ReactOS header wherever
 * that one keeps a member.
 */
#ifndef UMWS_DISPMPRT_H
#define UMWS_DISPMPRT_H

#include "d3dkmddi.h"

/* Kernel objects a KMD only passes through: opaque here, as for a miniport on Windows. */
typedef struct _DRIVER_OBJECT DRIVER_OBJECT, *PDRIVER_OBJECT;
typedef struct _DEVICE_OBJECT DEVICE_OBJECT, *PDEVICE_OBJECT;

/* A table slot for a DDI or callback that this mirror does not type: 8 bytes, like any function pointer. */
typedef void *PUMWS_DDI_UNUSED;

/* ---- DxgkDdiStartDevice's inputs ------------------------------------------------------ */

/*
 *   0        4                     20                28
 *   +--------+---------------------+-----------------+
 *   | DmaQ   | AdapterGuid (16 B)  | AdapterLuid (8) |
 *   +--------+---------------------+-----------------+
 * 28 bytes, 4-byte aligned (GUID and LUID hold 32-bit words only).
 */
typedef struct _DXGK_START_INFO
{
    ULONG RequiredDmaQueueEntry;        /* entries */
    GUID AdapterGuid;
    LUID AdapterLuid;                   /* WIN8 and on */
} DXGK_START_INFO, *PDXGK_START_INFO;

/* ---- Callbacks the OS provides (DXGKRNL_INTERFACE) ------------------------------------ */

/* Nonzero when the DPC was queued (also when it already was). */
typedef BOOLEAN (APIENTRY *DXGKCB_QUEUE_DPC)(HANDLE DeviceHandle);

/*
 * The callbacks in the order of the WDK. Size is sizeof(DXGKRNL_INTERFACE) as the OS fills it and
 * Version the DDI version it serves; DeviceHandle is the hAdapter/DeviceHandle argument of every
 * callback. 576 bytes, DxgkCbDisconnectDoorbell the 72nd 8-byte slot at 568, in every generation:
 * the WDDM 3.2 and newer headers add no callback after it.
 */
typedef struct _DXGKRNL_INTERFACE
{
    ULONG                                   Size;  /* 0: bytes */
    ULONG                                   Version;  /* 4: DXGKDDI_INTERFACE_VERSION_* */
    HANDLE                                  DeviceHandle;  /* 8 */
    PUMWS_DDI_UNUSED                        DxgkCbEvalAcpiMethod;  /* 16 */
    PUMWS_DDI_UNUSED                        DxgkCbGetDeviceInformation;
    PUMWS_DDI_UNUSED                        DxgkCbIndicateChildStatus;
    PUMWS_DDI_UNUSED                        DxgkCbMapMemory;
    DXGKCB_QUEUE_DPC                        DxgkCbQueueDpc;  /* 48 */
    PUMWS_DDI_UNUSED                        DxgkCbQueryServices;
    PUMWS_DDI_UNUSED                        DxgkCbReadDeviceSpace;
    PUMWS_DDI_UNUSED                        DxgkCbSynchronizeExecution;
    PUMWS_DDI_UNUSED                        DxgkCbUnmapMemory;  /* 80 */
    PUMWS_DDI_UNUSED                        DxgkCbWriteDeviceSpace;
    PUMWS_DDI_UNUSED                        DxgkCbIsDevicePresent;
    PUMWS_DDI_UNUSED                        DxgkCbGetHandleData;
    PUMWS_DDI_UNUSED                        DxgkCbGetHandleParent;
    PUMWS_DDI_UNUSED                        DxgkCbEnumHandleChildren;
    DXGKCB_NOTIFY_INTERRUPT                 DxgkCbNotifyInterrupt;  /* 128 */
    DXGKCB_NOTIFY_DPC                       DxgkCbNotifyDpc;  /* 136 */
    PUMWS_DDI_UNUSED                        DxgkCbQueryVidPnInterface;  /* 144 */
    PUMWS_DDI_UNUSED                        DxgkCbQueryMonitorInterface;
    PUMWS_DDI_UNUSED                        DxgkCbGetCaptureAddress;
    PUMWS_DDI_UNUSED                        DxgkCbLogEtwEvent;
    PUMWS_DDI_UNUSED                        DxgkCbExcludeAdapterAccess;
    /* DXGKDDI_INTERFACE_VERSION >= WIN8 */
    PUMWS_DDI_UNUSED                        DxgkCbCreateContextAllocation;
    PUMWS_DDI_UNUSED                        DxgkCbDestroyContextAllocation;
    PUMWS_DDI_UNUSED                        DxgkCbSetPowerComponentActive;
    PUMWS_DDI_UNUSED                        DxgkCbSetPowerComponentIdle;  /* 208 */
    PUMWS_DDI_UNUSED                        DxgkCbAcquirePostDisplayOwnership;
    PUMWS_DDI_UNUSED                        DxgkCbPowerRuntimeControlRequest;
    PUMWS_DDI_UNUSED                        DxgkCbSetPowerComponentLatency;
    PUMWS_DDI_UNUSED                        DxgkCbSetPowerComponentResidency;
    PUMWS_DDI_UNUSED                        DxgkCbCompleteFStateTransition;
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 1.3 */
    PUMWS_DDI_UNUSED                        DxgkCbCompletePStateTransition;
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 2.0 */
    PUMWS_DDI_UNUSED                        DxgkCbMapContextAllocation;
    PUMWS_DDI_UNUSED                        DxgkCbUpdateContextAllocation;  /* 272 */
    PUMWS_DDI_UNUSED                        DxgkCbReserveGpuVirtualAddressRange;
    PUMWS_DDI_UNUSED                        DxgkCbAcquireHandleData;
    PUMWS_DDI_UNUSED                        DxgkCbReleaseHandleData;
    PUMWS_DDI_UNUSED                        DxgkCbHardwareContentProtectionTeardown;
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 2.1 */
    PUMWS_DDI_UNUSED                        DxgkCbMultiPlaneOverlayDisabled;
    PUMWS_DDI_UNUSED                        DxgkCbMitigatedRangeUpdate;
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 2.2 */
    PUMWS_DDI_UNUSED                        DxgkCbInvalidateHwContext;
    PUMWS_DDI_UNUSED                        DxgkCbIndicateConnectorChange;  /* 336 */
    PUMWS_DDI_UNUSED                        DxgkCbUnblockUEFIFrameBufferRanges;
    PUMWS_DDI_UNUSED                        DxgkCbAcquirePostDisplayOwnership2;
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 2.3 */
    PUMWS_DDI_UNUSED                        DxgkCbSetProtectedSessionStatus;
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 2.4 */
    PUMWS_DDI_UNUSED                        DxgkCbAllocateContiguousMemory;
    PUMWS_DDI_UNUSED                        DxgkCbFreeContiguousMemory;
    PUMWS_DDI_UNUSED                        DxgkCbAllocatePagesForMdl;
    PUMWS_DDI_UNUSED                        DxgkCbFreePagesFromMdl;
    PUMWS_DDI_UNUSED                        DxgkCbPinFrameBufferForSave;  /* 400 */
    PUMWS_DDI_UNUSED                        DxgkCbUnpinFrameBufferForSave;
    PUMWS_DDI_UNUSED                        DxgkCbMapFrameBufferPointer;
    PUMWS_DDI_UNUSED                        DxgkCbUnmapFrameBufferPointer;
    PUMWS_DDI_UNUSED                        DxgkCbMapMdlToIoMmu;
    PUMWS_DDI_UNUSED                        DxgkCbUnmapMdlFromIoMmu;
    PUMWS_DDI_UNUSED                        DxgkCbReportDiagnostic;
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 2.5 */
    PUMWS_DDI_UNUSED                        DxgkCbSignalEvent;
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 2.6 */
    PUMWS_DDI_UNUSED                        DxgkCbIsFeatureEnabled;  /* 464 */
    PUMWS_DDI_UNUSED                        DxgkCbSaveMemoryForHotUpdate;
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 2.8 */
    PUMWS_DDI_UNUSED                        DxgkCbNotifyCursorSupportChange;
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 2.9 */
    PUMWS_DDI_UNUSED                        DxgkCbQueryFeatureSupport;
    PUMWS_DDI_UNUSED                        DxgkCbCreatePhysicalMemoryObject;
    PUMWS_DDI_UNUSED                        DxgkCbDestroyPhysicalMemoryObject;
    PUMWS_DDI_UNUSED                        DxgkCbMapPhysicalMemory;
    PUMWS_DDI_UNUSED                        DxgkCbUnmapPhysicalMemory;
    PUMWS_DDI_UNUSED                        DxgkCbAllocateAdl;  /* 528 */
    PUMWS_DDI_UNUSED                        DxgkCbFreeAdl;
    PUMWS_DDI_UNUSED                        DxgkCbOpenPhysicalMemoryObject;
    PUMWS_DDI_UNUSED                        DxgkCbClosePhysicalMemoryObject;
    PUMWS_DDI_UNUSED                        DxgkCbPinFrameBufferForSave2;
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 3.1 */
    DXGKCB_DISCONNECTDOORBELL               DxgkCbDisconnectDoorbell;  /* 568 */
} DXGKRNL_INTERFACE, *PDXGKRNL_INTERFACE;

/* ---- DDIs of the adapter's life (dispmprt.h) ------------------------------------------ */

/*
 * Unlike the d3dkmddi.h DDIs these carry no APIENTRY in the WDK (x64 has one calling convention
 * anyway). MiniportDeviceContext is the context DxgkDdiAddDevice returned.
 */
typedef NTSTATUS DXGKDDI_ADD_DEVICE(const PDEVICE_OBJECT PhysicalDeviceObject, PVOID *MiniportDeviceContext);
typedef NTSTATUS DXGKDDI_START_DEVICE(const PVOID MiniportDeviceContext, PDXGK_START_INFO DxgkStartInfo,
                                      PDXGKRNL_INTERFACE DxgkInterface, PULONG NumberOfVideoPresentSources,
                                      PULONG NumberOfChildren);
typedef NTSTATUS DXGKDDI_STOP_DEVICE(const PVOID MiniportDeviceContext);
typedef NTSTATUS DXGKDDI_REMOVE_DEVICE(const PVOID MiniportDeviceContext);
/* Called at DIRQL; TRUE when the interrupt was this adapter's. */
typedef BOOLEAN DXGKDDI_INTERRUPT_ROUTINE(const PVOID MiniportDeviceContext, ULONG MessageNumber);
typedef VOID DXGKDDI_DPC_ROUTINE(const PVOID MiniportDeviceContext);

typedef DXGKDDI_ADD_DEVICE *PDXGKDDI_ADD_DEVICE;
typedef DXGKDDI_START_DEVICE *PDXGKDDI_START_DEVICE;
typedef DXGKDDI_STOP_DEVICE *PDXGKDDI_STOP_DEVICE;
typedef DXGKDDI_REMOVE_DEVICE *PDXGKDDI_REMOVE_DEVICE;
typedef DXGKDDI_INTERRUPT_ROUTINE *PDXGKDDI_INTERRUPT_ROUTINE;
typedef DXGKDDI_DPC_ROUTINE *PDXGKDDI_DPC_ROUTINE;

/* ---- The DDI table ------------------------------------------------------------------- */

/*
 * Version (DXGKDDI_INTERFACE_VERSION) and 171 DDI slots, slot n at 8 + 8n; 1376 bytes. The
 * mirror ends with the WDDM 3.1 block, which is the whole structure in G1: dxgkrnl copies 1376
 * bytes for a driver of version 0x10004 up to 0x11000 (its version-to-size table, in a public
 * decompilation of a 24H2-era build). G2 and G3 add WDDM 3.2 members after slot 170
 * (DxgkDdiCreateMemoryBasis and on; that kernel copies 1544 bytes for them) which this mirror
 * leaves out, so there sizeof is smaller than the WDK's; the OS reads no slot past 170.
 *
 * What differs by generation, all at unchanged offsets: G1 (WDK 22621) has
 * DxgkDdiNotifyCurrentValueUpdates at 1320 and DxgkDdiFlushHwQueue at 1368; the 24H2 syntax (G2,
 * S3a) renames the first DxgkDdiUpdateCurrentValuesFromCpu and turns the second into Reserved4,
 * and no newer source differs, so G3 follows G2.
 */
typedef struct _DRIVER_INITIALIZATION_DATA
{
    ULONG                                   Version;  /* 0 */
    ULONG                                   Padding0;  /* 4: implicit in the Windows header */
    PDXGKDDI_ADD_DEVICE                     DxgkDdiAddDevice;  /* 8 */
    PDXGKDDI_START_DEVICE                   DxgkDdiStartDevice;  /* 16 */
    PDXGKDDI_STOP_DEVICE                    DxgkDdiStopDevice;  /* 24 */
    PDXGKDDI_REMOVE_DEVICE                  DxgkDdiRemoveDevice;  /* 32 */
    PUMWS_DDI_UNUSED                        DxgkDdiDispatchIoRequest;
    PDXGKDDI_INTERRUPT_ROUTINE              DxgkDdiInterruptRoutine;  /* 48 */
    PDXGKDDI_DPC_ROUTINE                    DxgkDdiDpcRoutine;  /* 56 */
    PUMWS_DDI_UNUSED                        DxgkDdiQueryChildRelations;
    PUMWS_DDI_UNUSED                        DxgkDdiQueryChildStatus;  /* 72 */
    PUMWS_DDI_UNUSED                        DxgkDdiQueryDeviceDescriptor;
    PUMWS_DDI_UNUSED                        DxgkDdiSetPowerState;
    PUMWS_DDI_UNUSED                        DxgkDdiNotifyAcpiEvent;
    PUMWS_DDI_UNUSED                        DxgkDdiResetDevice;
    PUMWS_DDI_UNUSED                        DxgkDdiUnload;
    PUMWS_DDI_UNUSED                        DxgkDdiQueryInterface;
    PUMWS_DDI_UNUSED                        DxgkDdiControlEtwLogging;
    PDXGKDDI_QUERYADAPTERINFO               DxgkDdiQueryAdapterInfo;  /* 136 */
    PDXGKDDI_CREATEDEVICE                   DxgkDdiCreateDevice;  /* 144 */
    PDXGKDDI_CREATEALLOCATION               DxgkDdiCreateAllocation;  /* 152 */
    PDXGKDDI_DESTROYALLOCATION              DxgkDdiDestroyAllocation;  /* 160 */
    PUMWS_DDI_UNUSED                        DxgkDdiDescribeAllocation;
    PUMWS_DDI_UNUSED                        DxgkDdiGetStandardAllocationDriverData;
    PUMWS_DDI_UNUSED                        DxgkDdiAcquireSwizzlingRange;
    PUMWS_DDI_UNUSED                        DxgkDdiReleaseSwizzlingRange;
    PUMWS_DDI_UNUSED                        DxgkDdiPatch;  /* 200 */
    PUMWS_DDI_UNUSED                        DxgkDdiSubmitCommand;
    PUMWS_DDI_UNUSED                        DxgkDdiPreemptCommand;
    PUMWS_DDI_UNUSED                        DxgkDdiBuildPagingBuffer;
    PUMWS_DDI_UNUSED                        DxgkDdiSetPalette;
    PUMWS_DDI_UNUSED                        DxgkDdiSetPointerPosition;
    PUMWS_DDI_UNUSED                        DxgkDdiSetPointerShape;
    PUMWS_DDI_UNUSED                        DxgkDdiResetFromTimeout;
    PUMWS_DDI_UNUSED                        DxgkDdiRestartFromTimeout;  /* 264 */
    PUMWS_DDI_UNUSED                        DxgkDdiEscape;
    PUMWS_DDI_UNUSED                        DxgkDdiCollectDbgInfo;
    PUMWS_DDI_UNUSED                        DxgkDdiQueryCurrentFence;
    PUMWS_DDI_UNUSED                        DxgkDdiIsSupportedVidPn;
    PUMWS_DDI_UNUSED                        DxgkDdiRecommendFunctionalVidPn;
    PUMWS_DDI_UNUSED                        DxgkDdiEnumVidPnCofuncModality;
    PUMWS_DDI_UNUSED                        DxgkDdiSetVidPnSourceAddress;
    PUMWS_DDI_UNUSED                        DxgkDdiSetVidPnSourceVisibility;  /* 328 */
    PUMWS_DDI_UNUSED                        DxgkDdiCommitVidPn;
    PUMWS_DDI_UNUSED                        DxgkDdiUpdateActiveVidPnPresentPath;
    PUMWS_DDI_UNUSED                        DxgkDdiRecommendMonitorModes;
    PUMWS_DDI_UNUSED                        DxgkDdiRecommendVidPnTopology;
    PUMWS_DDI_UNUSED                        DxgkDdiGetScanLine;
    PUMWS_DDI_UNUSED                        DxgkDdiStopCapture;
    PUMWS_DDI_UNUSED                        DxgkDdiControlInterrupt;
    PUMWS_DDI_UNUSED                        DxgkDdiCreateOverlay;  /* 392 */
    PDXGKDDI_DESTROYDEVICE                  DxgkDdiDestroyDevice;  /* 400 */
    PUMWS_DDI_UNUSED                        DxgkDdiOpenAllocation;
    PUMWS_DDI_UNUSED                        DxgkDdiCloseAllocation;
    PUMWS_DDI_UNUSED                        DxgkDdiRender;
    PUMWS_DDI_UNUSED                        DxgkDdiPresent;
    PUMWS_DDI_UNUSED                        DxgkDdiUpdateOverlay;
    PUMWS_DDI_UNUSED                        DxgkDdiFlipOverlay;
    PUMWS_DDI_UNUSED                        DxgkDdiDestroyOverlay;  /* 456 */
    PDXGKDDI_CREATECONTEXT                  DxgkDdiCreateContext;  /* 464 */
    PDXGKDDI_DESTROYCONTEXT                 DxgkDdiDestroyContext;  /* 472 */
    PUMWS_DDI_UNUSED                        DxgkDdiLinkDevice;
    PUMWS_DDI_UNUSED                        DxgkDdiSetDisplayPrivateDriverFormat;
    /* DXGKDDI_INTERFACE_VERSION >= WIN7 */
    PVOID                                   DxgkDdiDescribePageTable;  /* 496 */
    PVOID                                   DxgkDdiUpdatePageTable;  /* 504 */
    PVOID                                   DxgkDdiUpdatePageDirectory;  /* 512 */
    PVOID                                   DxgkDdiMovePageDirectory;  /* 520 */
    PVOID                                   DxgkDdiSubmitRender;  /* 528 */
    PVOID                                   DxgkDdiCreateAllocation2;  /* 536 */
    PUMWS_DDI_UNUSED                        DxgkDdiRenderKm;
    VOID                                    *Reserved;  /* 552 */
    PUMWS_DDI_UNUSED                        DxgkDdiQueryVidPnHWCapability;
    /* DXGKDDI_INTERFACE_VERSION >= WIN8 */
    PUMWS_DDI_UNUSED                        DxgkDdiSetPowerComponentFState;
    PUMWS_DDI_UNUSED                        DxgkDdiQueryDependentEngineGroup;
    PUMWS_DDI_UNUSED                        DxgkDdiQueryEngineStatus;  /* 584 */
    PDXGKDDI_RESETENGINE                    DxgkDdiResetEngine;  /* 592 */
    PUMWS_DDI_UNUSED                        DxgkDdiStopDeviceAndReleasePostDisplayOwnership;
    PUMWS_DDI_UNUSED                        DxgkDdiSystemDisplayEnable;
    PUMWS_DDI_UNUSED                        DxgkDdiSystemDisplayWrite;
    PUMWS_DDI_UNUSED                        DxgkDdiCancelCommand;
    PUMWS_DDI_UNUSED                        DxgkDdiGetChildContainerId;
    PUMWS_DDI_UNUSED                        DxgkDdiPowerRuntimeControlRequest;
    PUMWS_DDI_UNUSED                        DxgkDdiSetVidPnSourceAddressWithMultiPlaneOverlay;  /* 648 */
    PUMWS_DDI_UNUSED                        DxgkDdiNotifySurpriseRemoval;
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 1.3 */
    PDXGKDDI_GETNODEMETADATA                DxgkDdiGetNodeMetadata;  /* 664 */
    PUMWS_DDI_UNUSED                        DxgkDdiSetPowerPState;
    PUMWS_DDI_UNUSED                        DxgkDdiControlInterrupt2;
    PUMWS_DDI_UNUSED                        DxgkDdiCheckMultiPlaneOverlaySupport;
    PUMWS_DDI_UNUSED                        DxgkDdiCalibrateGpuClock;
    PUMWS_DDI_UNUSED                        DxgkDdiFormatHistoryBuffer;
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 2.0 */
    PUMWS_DDI_UNUSED                        DxgkDdiRenderGdi;  /* 712 */
    PUMWS_DDI_UNUSED                        DxgkDdiSubmitCommandVirtual;
    PUMWS_DDI_UNUSED                        DxgkDdiSetRootPageTable;
    PUMWS_DDI_UNUSED                        DxgkDdiGetRootPageTableSize;
    PUMWS_DDI_UNUSED                        DxgkDdiMapCpuHostAperture;
    PUMWS_DDI_UNUSED                        DxgkDdiUnmapCpuHostAperture;
    PUMWS_DDI_UNUSED                        DxgkDdiCheckMultiPlaneOverlaySupport2;
    PDXGKDDI_CREATEPROCESS                  DxgkDdiCreateProcess;  /* 768 */
    PDXGKDDI_DESTROYPROCESS                 DxgkDdiDestroyProcess;  /* 776 */
    PUMWS_DDI_UNUSED                        DxgkDdiSetVidPnSourceAddressWithMultiPlaneOverlay2;
    void                                    *Reserved1;  /* 792 */
    void                                    *Reserved2;  /* 800 */
    PUMWS_DDI_UNUSED                        DxgkDdiPowerRuntimeSetDeviceHandle;
    PUMWS_DDI_UNUSED                        DxgkDdiSetStablePowerState;
    PUMWS_DDI_UNUSED                        DxgkDdiSetVideoProtectedRegion;
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 2.1 */
    PUMWS_DDI_UNUSED                        DxgkDdiCheckMultiPlaneOverlaySupport3;
    PUMWS_DDI_UNUSED                        DxgkDdiSetVidPnSourceAddressWithMultiPlaneOverlay3;  /* 840 */
    PUMWS_DDI_UNUSED                        DxgkDdiPostMultiPlaneOverlayPresent;
    PUMWS_DDI_UNUSED                        DxgkDdiValidateUpdateAllocationProperty;
    PUMWS_DDI_UNUSED                        DxgkDdiControlModeBehavior;
    PUMWS_DDI_UNUSED                        DxgkDdiUpdateMonitorLinkInfo;
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 2.2 */
    PUMWS_DDI_UNUSED                        DxgkDdiCreateHwContext;
    PUMWS_DDI_UNUSED                        DxgkDdiDestroyHwContext;
    PDXGKDDI_CREATEHWQUEUE                  DxgkDdiCreateHwQueue;  /* 896 */
    PDXGKDDI_DESTROYHWQUEUE                 DxgkDdiDestroyHwQueue;  /* 904 */
    PUMWS_DDI_UNUSED                        DxgkDdiSubmitCommandToHwQueue;
    PUMWS_DDI_UNUSED                        DxgkDdiSwitchToHwContextList;
    PUMWS_DDI_UNUSED                        DxgkDdiResetHwEngine;
    PUMWS_DDI_UNUSED                        DxgkDdiCreatePeriodicFrameNotification;
    PUMWS_DDI_UNUSED                        DxgkDdiDestroyPeriodicFrameNotification;
    PUMWS_DDI_UNUSED                        DxgkDdiSetTimingsFromVidPn;
    PUMWS_DDI_UNUSED                        DxgkDdiSetTargetGamma;
    PUMWS_DDI_UNUSED                        DxgkDdiSetTargetContentType;  /* 968 */
    PUMWS_DDI_UNUSED                        DxgkDdiSetTargetAnalogCopyProtection;
    PUMWS_DDI_UNUSED                        DxgkDdiSetTargetAdjustedColorimetry;
    PUMWS_DDI_UNUSED                        DxgkDdiDisplayDetectControl;
    PUMWS_DDI_UNUSED                        DxgkDdiQueryConnectionChange;
    PUMWS_DDI_UNUSED                        DxgkDdiExchangePreStartInfo;
    PUMWS_DDI_UNUSED                        DxgkDdiGetMultiPlaneOverlayCaps;
    PUMWS_DDI_UNUSED                        DxgkDdiGetPostCompositionCaps;
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 2.3 */
    PUMWS_DDI_UNUSED                        DxgkDdiUpdateHwContextState;  /* 1032 */
    PUMWS_DDI_UNUSED                        DxgkDdiCreateProtectedSession;
    PUMWS_DDI_UNUSED                        DxgkDdiDestroyProtectedSession;
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 2.4 */
    PUMWS_DDI_UNUSED                        DxgkDdiSetSchedulingLogBuffer;
    PUMWS_DDI_UNUSED                        DxgkDdiSetupPriorityBands;
    PUMWS_DDI_UNUSED                        DxgkDdiNotifyFocusPresent;
    PUMWS_DDI_UNUSED                        DxgkDdiSetContextSchedulingProperties;
    PDXGKDDI_SUSPENDCONTEXT                 DxgkDdiSuspendContext;  /* 1088 */
    PDXGKDDI_RESUMECONTEXT                  DxgkDdiResumeContext;  /* 1096 */
    PUMWS_DDI_UNUSED                        DxgkDdiSetVirtualMachineData;
    PUMWS_DDI_UNUSED                        DxgkDdiBeginExclusiveAccess;
    PUMWS_DDI_UNUSED                        DxgkDdiEndExclusiveAccess;
    PUMWS_DDI_UNUSED                        DxgkDdiQueryDiagnosticTypesSupport;
    PUMWS_DDI_UNUSED                        DxgkDdiControlDiagnosticReporting;
    PUMWS_DDI_UNUSED                        DxgkDdiResumeHwEngine;
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 2.5 */
    PUMWS_DDI_UNUSED                        DxgkDdiSignalMonitoredFence;
    PUMWS_DDI_UNUSED                        DxgkDdiPresentToHwQueue;  /* 1160 */
    PUMWS_DDI_UNUSED                        DxgkDdiValidateSubmitCommand;
    PUMWS_DDI_UNUSED                        DxgkDdiSetTargetAdjustedColorimetry2;
    PUMWS_DDI_UNUSED                        DxgkDdiSetTrackedWorkloadPowerLevel;
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 2.6 */
    PUMWS_DDI_UNUSED                        DxgkDdiSaveMemoryForHotUpdate;
    PUMWS_DDI_UNUSED                        DxgkDdiRestoreMemoryForHotUpdate;
    PUMWS_DDI_UNUSED                        DxgkDdiCollectDiagnosticInfo;
    void                                    *Reserved3;  /* 1216 */
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 2.7 */
    PUMWS_DDI_UNUSED                        DxgkDdiControlInterrupt3;  /* 1224 */
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 2.9 */
    PUMWS_DDI_UNUSED                        DxgkDdiSetFlipQueueLogBuffer;
    PUMWS_DDI_UNUSED                        DxgkDdiUpdateFlipQueueLog;
    PUMWS_DDI_UNUSED                        DxgkDdiCancelQueuedFlips;
    PUMWS_DDI_UNUSED                        DxgkDdiSetInterruptTargetPresentId;
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 3.0 */
    PUMWS_DDI_UNUSED                        DxgkDdiSetAllocationBackingStore;
    PUMWS_DDI_UNUSED                        DxgkDdiCreateCpuEvent;
    PUMWS_DDI_UNUSED                        DxgkDdiDestroyCpuEvent;
    PUMWS_DDI_UNUSED                        DxgkDdiCancelFlips;  /* 1288 */
    /* DXGKDDI_INTERFACE_VERSION >= WDDM 3.1 */
    PUMWS_DDI_UNUSED                        DxgkDdiCreateNativeFence;
    PUMWS_DDI_UNUSED                        DxgkDdiDestroyNativeFence;
    PUMWS_DDI_UNUSED                        DxgkDdiUpdateMonitoredValues;
#if UMWS_GENERATION == 1
    PUMWS_DDI_UNUSED                        DxgkDdiNotifyCurrentValueUpdates;  /* 1320 */
#else
    PUMWS_DDI_UNUSED                        DxgkDdiUpdateCurrentValuesFromCpu;  /* 1320 */
#endif
    PDXGKDDI_CREATEDOORBELL                 DxgkDdiCreateDoorbell;  /* 1328 */
    PDXGKDDI_CONNECTDOORBELL                DxgkDdiConnectDoorbell;  /* 1336 */
    PDXGKDDI_DISCONNECTDOORBELL             DxgkDdiDisconnectDoorbell;  /* 1344 */
    PDXGKDDI_DESTROYDOORBELL                DxgkDdiDestroyDoorbell;  /* 1352 */
    PDXGKDDI_NOTIFYWORKSUBMISSION           DxgkDdiNotifyWorkSubmission;  /* 1360 */
#if UMWS_GENERATION == 1
    PDXGKDDI_FLUSHHWQUEUE                   DxgkDdiFlushHwQueue;  /* 1368 */
#else
    void                                    *Reserved4;  /* 1368 */
#endif
} DRIVER_INITIALIZATION_DATA, *PDRIVER_INITIALIZATION_DATA;

/* ---- Loading ------------------------------------------------------------------------- */

/*
 * DriverEntry (wdm.h's DRIVER_INITIALIZE): RegistryPath names the driver's service key. A
 * display miniport fills a DRIVER_INITIALIZATION_DATA and returns what DxgkInitialize returns.
 */
typedef NTSTATUS DRIVER_INITIALIZE(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath);
typedef DRIVER_INITIALIZE *PDRIVER_INITIALIZE;

/*
 * DxgkInitialize(DriverObject, RegistryPath, DriverInitializationData): on Windows an inline of
 * dispmprt.h that finds dxgkrnl's entry point; here the loader passes the KMD a function of this
 * type. The WDK has no typedef for it; the name is the mirror's.
 */
typedef NTSTATUS (*PFN_DXGK_INITIALIZE)(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath,
                                        PDRIVER_INITIALIZATION_DATA DriverInitializationData);

#endif /* UMWS_DISPMPRT_H */
