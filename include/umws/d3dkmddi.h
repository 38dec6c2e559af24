/*
 * d3dkmddi.h (umws mirror) - the kernel-mode driver side of user-mode work submission:
 * doorbell DDI arguments, capabilities, hardware-queue creation and the interrupt path
 * (DXGKARGCB_NOTIFY_INTERRUPT_DATA and its helper types from d3dkmdt.h/d3dukmdt.h).
 *
 * Source: docs/structures.md (the definitions per generation, their public sources S1..S12
 * and the x64 offset tables); helper enums from the WSL copy of the WDK headers
 * (microsoft/libdxg d3dkmdt.h/d3dukmdt.h) and the Learn pages.
 * G2 (S3a) and G3 (S3b) differ in the DXGKARG doorbell structures. No G1 (22621) header
 * text for these kernel structures is public. Windows 11 23H2 (build 22631) uses the G1 thunk
 * structures, and G1 here follows what its kernel reads and writes, as observed in the 22631
 * binary (dxgkrnl.sys, build 22631.4169): DXGKARGCB_DISCONNECTDOORBELL has no hDoorbell,
 * DXGK_NODEMETADATA_FLAGS reserves bits 4..31 and DXGKARG_CREATEDOORBELL_FLAGS carries the
 * D3DKMT flag bits. The other G1 kernel structures take the G2 shapes; every offset and size
 * the binary shows for them agrees.
 *
 * Kernel handles are HANDLE (8 bytes); user-mode D3DKMT_HANDLEs are 4. Padding the Windows
 * header leaves implicit is named (PaddingN) here and in the Java layouts.
 */
#ifndef UMWS_D3DKMDDI_H
#define UMWS_D3DKMDDI_H

#include "d3dukmdt.h"

#if !defined(APIENTRY)
#if defined(_WIN32)
#define APIENTRY __stdcall
#else
#define APIENTRY
#endif
#endif

/* ---- Doorbell DDI flags ------------------------------------------------------------- */

/*
 * G2/G3: the Learn syntax (S3a, S3b). G1: the 22621 DDI union is not public; the 22631 binary
 * copies the D3DKMT_CREATE_DOORBELL_FLAGS value verbatim into this word (observed in the 22631
 * binary (dxgkrnl.sys, build 22631.4169)), so G1 is inferred to have the D3DKMT bit layout.
 */
typedef struct _DXGKARG_CREATEDOORBELL_FLAGS
{
    union
    {
        struct
        {
#if UMWS_GENERATION == 1
            UINT RequireSecondaryCpuVA : 1;
            UINT ResizeRingBufferOperation : 1;
            UINT Reserved : 30;
#else
            UINT ResizeRingBufferOperation : 1;
            UINT Reserved : 31;
#endif
        };
        UINT Value;
    };
} DXGKARG_CREATEDOORBELL_FLAGS;

typedef struct _DXGKARG_CONNECTDOORBELL_FLAGS
{
    union
    {
        struct
        {
            UINT RequireSecondaryAddress : 1;   /* set by the OS from RequireSecondaryCpuVA */
            UINT Reserved : 31;
        };
        UINT Value;
    };
} DXGKARG_CONNECTDOORBELL_FLAGS;

typedef struct _DXGKARG_DISCONNECTDOORBELL_FLAGS
{
    union
    {
        struct
        {
            UINT Reserved : 32;
        };
        UINT Value;
    };
} DXGKARG_DISCONNECTDOORBELL_FLAGS;

typedef struct _DXGKARGCB_DISCONNECTDOORBELL_FLAGS
{
    union
    {
        struct
        {
            UINT Reserved : 32;
        };
        UINT Value;
    };
} DXGKARGCB_DISCONNECTDOORBELL_FLAGS;

typedef struct _DXGKARG_NOTIFYWORKSUBMISSION_FLAGS
{
    union
    {
        struct
        {
            UINT Reserved : 32;
        };
        UINT Value;
    };
} DXGKARG_NOTIFYWORKSUBMISSION_FLAGS;

/*
 * The members of this union are not public: no Learn page for it was found, and the C# that
 * smourier/DirectN generates from the SDK's d3dkmddi.h has only a 32-bit Reserved bit-field
 * and Value, which is what is mirrored.
 */
typedef struct _DXGKARG_FLUSHHWQUEUE_FLAGS
{
    union
    {
        struct
        {
            UINT Reserved : 32;
        };
        UINT Value;
    };
} DXGKARG_FLUSHHWQUEUE_FLAGS;

/* ---- Doorbell DDI arguments --------------------------------------------------------- */

typedef struct _DXGKARG_CREATEDOORBELL
{
    HANDLE hHwQueue;                    /* in: KMD HW queue handle */
#if UMWS_GENERATION <= 2
    HANDLE hDoorbell;                   /* in: OS handle; out: KMD handle */
#endif
    UINT PrivateDriverDataSize;
    UINT Padding0;                      /* implicit in the Windows header */
    void *PrivateDriverData;
    HANDLE hRingBuffer;                 /* ring buffer allocation (GPU-visible, resident) */
    HANDLE hRingBufferControl;
    DXGKARG_CREATEDOORBELL_FLAGS Flags;
    UINT Padding1;                      /* implicit in the Windows header */
} DXGKARG_CREATEDOORBELL;

typedef struct _DXGKARG_CONNECTDOORBELL
{
#if UMWS_GENERATION <= 2
    HANDLE hDoorbell;                   /* in: KMD doorbell handle */
#else
    HANDLE hHwQueue;
#endif
    DXGKARG_CONNECTDOORBELL_FLAGS Flags;
    UINT Padding0;                      /* implicit in the Windows header */
#if UMWS_GENERATION <= 2
    void *KernelCpuVirtualAddress;      /* out: kernel VA of the physical doorbell */
    void *SecondaryKernelCpuVirtualAddress; /* out opt */
#else
    PHYSICAL_ADDRESS PhysicalAddress;   /* out: physical address of the doorbell */
    PHYSICAL_ADDRESS SecondaryPhysicalAddress;
#endif
    D3DDDI_DOORBELLSTATUS Status;       /* out: CONNECTED or CONNECTED_NOTIFY_KMD only */
    UINT Padding1;                      /* implicit in the Windows header */
} DXGKARG_CONNECTDOORBELL;

typedef struct _DXGKARG_DISCONNECTDOORBELL
{
#if UMWS_GENERATION <= 2
    HANDLE hDoorbell;
#else
    HANDLE hHwQueue;
#endif
    DXGKARG_DISCONNECTDOORBELL_FLAGS Flags;
    UINT Padding0;                      /* implicit in the Windows header */
} DXGKARG_DISCONNECTDOORBELL;

typedef struct _DXGKARG_DESTROYDOORBELL
{
#if UMWS_GENERATION <= 2
    HANDLE hDoorbell;
#else
    HANDLE hHwQueue;
#endif
} DXGKARG_DESTROYDOORBELL;

/*
 * G2: 24 bytes with hDoorbell at 8 (S3a). G1 and G3: 16 bytes, no hDoorbell (G3: S3b; G1:
 * the callback reads the reason at +12 and the queue at +0, and nothing at +16 or beyond,
 * observed in the 22631 binary (dxgkrnl.sys, build 22631.4169)).
 */
typedef struct _DXGKARGCB_DISCONNECTDOORBELL
{
    HANDLE hHwQueue;
#if UMWS_GENERATION == 2
    HANDLE hDoorbell;
#endif
    DXGKARGCB_DISCONNECTDOORBELL_FLAGS Flags;
    D3DDDI_DOORBELLSTATUS DisconnectReason;
} DXGKARGCB_DISCONNECTDOORBELL;

typedef struct _DXGKARG_NOTIFYWORKSUBMISSION
{
    HANDLE hHwQueue;
    DXGKARG_NOTIFYWORKSUBMISSION_FLAGS Flags;
#if UMWS_GENERATION >= 3
    BYTE pPrivateDriverData[D3DDDI_UMS_PDD_SIZE];
#endif
    UINT Padding0;                      /* implicit in the Windows header */
} DXGKARG_NOTIFYWORKSUBMISSION;

/*
 * The argument of DxgkDdiFlushHwQueue, the DDI that DRIVER_INITIALIZATION_DATA lists right
 * after DxgkDdiNotifyWorkSubmission under DXGKDDI_INTERFACE_VERSION >= WDDM3_1 (Learn:
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/dispmprt/ns-dispmprt-_driver_initialization_data).
 * Members from the C# that smourier/DirectN generates from the SDK's d3dkmddi.h
 * (DirectN/Generated/_DXGKARG_FLUSHHWQUEUE.cs); no Learn page for the structure was found.
 * The 22631 kernel refuses a UMS adapter whose DDI table lacks the pointer (observed in the
 * 22631 binary (dxgkrnl.sys, build 22631.4169)).
 *
 *   0             8             16      20      24
 *   +-------------+-------------+-------+-------+
 *   | hHwQueue    | Event       | Flags | pad   |
 *   +-------------+-------------+-------+-------+
 */
typedef struct _DXGKARG_FLUSHHWQUEUE
{
    HANDLE hHwQueue;                    /* in: KMD HW queue handle */
    HANDLE Event;
    DXGKARG_FLUSHHWQUEUE_FLAGS Flags;
    UINT Padding0;                      /* implicit in the Windows header */
} DXGKARG_FLUSHHWQUEUE;

typedef NTSTATUS (APIENTRY *PDXGKDDI_CREATEDOORBELL)(DXGKARG_CREATEDOORBELL *pArgs);
typedef NTSTATUS (APIENTRY *PDXGKDDI_CONNECTDOORBELL)(DXGKARG_CONNECTDOORBELL *pArgs);
typedef NTSTATUS (APIENTRY *PDXGKDDI_DISCONNECTDOORBELL)(DXGKARG_DISCONNECTDOORBELL *pArgs);
typedef NTSTATUS (APIENTRY *PDXGKDDI_DESTROYDOORBELL)(DXGKARG_DESTROYDOORBELL *pArgs);
typedef NTSTATUS (APIENTRY *PDXGKDDI_NOTIFYWORKSUBMISSION)(DXGKARG_NOTIFYWORKSUBMISSION *pArgs);
typedef NTSTATUS (APIENTRY *PDXGKDDI_FLUSHHWQUEUE)(DXGKARG_FLUSHHWQUEUE *pArgs);
/* DXGKRNL_INTERFACE.DxgkCbDisconnectDoorbell: one argument, no adapter handle (Learn). */
typedef NTSTATUS (APIENTRY *DXGKCB_DISCONNECTDOORBELL)(DXGKARGCB_DISCONNECTDOORBELL *pArgs);
typedef DXGKCB_DISCONNECTDOORBELL PDXGKCB_DISCONNECTDOORBELL;

/* ---- Capabilities and discovery ----------------------------------------------------- */

/* DXGK_QUERYADAPTERINFOTYPE values around user-mode submission (Learn enum page). */
#define DXGKQAITYPE_HARDWARERESERVEDRANGES2 36
#define DXGKQAITYPE_NATIVE_FENCE_CAPS 37
#define DXGKQAITYPE_USERMODESUBMISSION_CAPS 38
#define DXGKQAITYPE_DIRTYBITTRACKINGCAPS 39

typedef struct _DXGK_USERMODESUBMISSION_CAPS
{
    union
    {
        struct
        {
            UINT SecondaryDoorbellSupported : 1;
            UINT Reserved : 31;
        };
        UINT Value;
    } Flags;
    UINT DoorbellSizeInBytes;           /* required: sizes the dummy page and the mapping */
    UINT SecondaryDoorbellSizeInBytes;
    UCHAR Reserved[16];
} DXGK_USERMODESUBMISSION_CAPS;

/*
 * d3dkmdt.h. G3 adds SupportFaultAndStall. G1 has no SupportBuildTestCommandBuffer: the 22631
 * kernel refuses a node that sets any of bits 4..15 as reserved (observed in the 22631 binary
 * (dxgkrnl.sys, build 22631.4169)); it does not look at bits 16..31.
 */
typedef struct _DXGK_NODEMETADATA_FLAGS
{
    union
    {
        struct
        {
            UINT ContextSchedulingSupported : 1;
            UINT RingBufferFenceRelease : 1;
            UINT SupportTrackedWorkload : 1;
            UINT UserModeSubmission : 1;
#if UMWS_GENERATION == 1
            UINT Reserved : 28;
#else
            UINT SupportBuildTestCommandBuffer : 1;
#if UMWS_GENERATION >= 3
            UINT SupportFaultAndStall : 1;
            UINT Reserved : 26;
#else
            UINT Reserved : 27;
#endif
#endif
        };
        UINT32 Value;
    };
} DXGK_NODEMETADATA_FLAGS;

typedef struct _DXGK_VIDSCHCAPS
{
    union
    {
        struct
        {
            UINT MultiEngineAware : 1;
            UINT VSyncPowerSaveAware : 1;
            UINT PreemptionAware : 1;
            UINT NoDmaPatching : 1;
            UINT CancelCommandAware : 1;
            UINT No64BitAtomics : 1;
            UINT LowIrqlPreemptCommand : 1;
            UINT HwQueuePacketCap : 4;
            UINT NativeGpuFence : 1;
            UINT OptimizedNativeFenceSignaledInterrupt : 1;
            UINT Reserved : 19;
        };
        UINT Value;
    };
} DXGK_VIDSCHCAPS;

/* ---- Hardware queues ---------------------------------------------------------------- */

typedef struct _DXGKARG_CREATEHWQUEUE
{
    HANDLE hHwQueue;                            /* in: runtime handle; out: driver handle */
    D3DDDI_CREATEHWQUEUEFLAGS Flags;            /* in */
    UINT PrivateDriverDataSize;                 /* in, bytes */
    VOID *pPrivateDriverData;                   /* in/out */
    D3DKMT_HANDLE hHwQueueProgressFence;        /* in */
    UINT Padding0;                              /* implicit in the Windows header */
    VOID *HwQueueProgressFenceCPUVirtualAddress;            /* in: read-only CPU mapping */
    D3DGPU_VIRTUAL_ADDRESS HwQueueProgressFenceGPUVirtualAddress; /* in: read/write GPU mapping */
} DXGKARG_CREATEHWQUEUE;

typedef NTSTATUS (APIENTRY *PDXGKDDI_CREATEHWQUEUE)(HANDLE hHwContext, DXGKARG_CREATEHWQUEUE *pCreateHwQueue);

/* ---- Interrupt path ----------------------------------------------------------------- */

typedef enum _DXGK_INTERRUPT_TYPE
{
    DXGK_INTERRUPT_DMA_COMPLETED = 1,
    DXGK_INTERRUPT_DMA_PREEMPTED = 2,
    DXGK_INTERRUPT_CRTC_VSYNC = 3,
    DXGK_INTERRUPT_DMA_FAULTED = 4,
    DXGK_INTERRUPT_DISPLAYONLY_VSYNC = 5,
    DXGK_INTERRUPT_DISPLAYONLY_PRESENT_PROGRESS = 6,
    DXGK_INTERRUPT_CRTC_VSYNC_WITH_MULTIPLANE_OVERLAY = 7,
    DXGK_INTERRUPT_MICACAST_CHUNK_PROCESSING_COMPLETE = 8,   /* sic, "MICACAST" */
    DXGK_INTERRUPT_DMA_PAGE_FAULTED = 9,
    DXGK_INTERRUPT_CRTC_VSYNC_WITH_MULTIPLANE_OVERLAY2 = 10,
    DXGK_INTERRUPT_MONITORED_FENCE_SIGNALED = 11,
    DXGK_INTERRUPT_HWQUEUE_PAGE_FAULTED = 12,
    DXGK_INTERRUPT_HWCONTEXTLIST_SWITCH_COMPLETED = 13,
    DXGK_INTERRUPT_PERIODIC_MONITORED_FENCE_SIGNALED = 14,
    DXGK_INTERRUPT_SCHEDULING_LOG_INTERRUPT = 15,
    DXGK_INTERRUPT_GPU_ENGINE_TIMEOUT = 16,
    DXGK_INTERRUPT_SUSPEND_CONTEXT_COMPLETED = 17,
    DXGK_INTERRUPT_CRTC_VSYNC_WITH_MULTIPLANE_OVERLAY3 = 18,
    DXGK_INTERRUPT_NATIVE_FENCE_SIGNALED = 19,
    DXGK_INTERRUPT_GPU_ENGINE_STATE_CHANGE = 20,
} DXGK_INTERRUPT_TYPE;

/* Learn names; values 0/1/2 by C rules (ReactOS agrees on the numbers). */
typedef enum _DXGK_ENGINE_STATE
{
    DXGK_ENGINE_STATE_ACTIVE = 0,
    DXGK_ENGINE_STATE_TRANSITION_TO_F1 = 1,
    DXGK_ENGINE_STATE_HUNG = 2,
} DXGK_ENGINE_STATE;

typedef enum _DXGK_PAGE_FAULT_FLAGS
{
    DXGK_PAGE_FAULT_WRITE = 0x1,
    DXGK_PAGE_FAULT_FENCE_INVALID = 0x2,
    DXGK_PAGE_FAULT_ADAPTER_RESET_REQUIRED = 0x4,
    DXGK_PAGE_FAULT_ENGINE_RESET_REQUIRED = 0x8,
    DXGK_PAGE_FAULT_FATAL_HARDWARE_ERROR = 0x10,
    DXGK_PAGE_FAULT_IOMMU = 0x20,
    DXGK_PAGE_FAULT_HW_CONTEXT_VALID = 0x40,
    DXGK_PAGE_FAULT_PROCESS_HANDLE_VALID = 0x80,
} DXGK_PAGE_FAULT_FLAGS;

typedef enum _DXGK_RENDER_PIPELINE_STAGE
{
    DXGK_RENDER_PIPELINE_STAGE_UNKNOWN = 0,
    DXGK_RENDER_PIPELINE_STAGE_INPUT_ASSEMBLER = 1,
    DXGK_RENDER_PIPELINE_STAGE_VERTEX_SHADER = 2,
    DXGK_RENDER_PIPELINE_STAGE_GEOMETRY_SHADER = 3,
    DXGK_RENDER_PIPELINE_STAGE_STREAM_OUTPUT = 4,
    DXGK_RENDER_PIPELINE_STAGE_RASTERIZER = 5,
    DXGK_RENDER_PIPELINE_STAGE_PIXEL_SHADER = 6,
    DXGK_RENDER_PIPELINE_STAGE_OUTPUT_MERGER = 7,
} DXGK_RENDER_PIPELINE_STAGE;

typedef enum _DXGK_GENERAL_ERROR_CODE
{
    DXGK_GENERAL_ERROR_PAGE_FAULT = 0,
    DXGK_GENERAL_ERROR_INVALID_INSTRUCTION = 1,
} DXGK_GENERAL_ERROR_CODE;

typedef struct _DXGK_FAULT_ERROR_CODE
{
    union
    {
        struct
        {
            UINT IsDeviceSpecificCode : 1;
            DXGK_GENERAL_ERROR_CODE GeneralErrorCode : 31;
        };
        struct
        {
            UINT IsDeviceSpecificCodeReservedBit : 1;
            UINT DeviceSpecificCode : 31;
        };
    };
} DXGK_FAULT_ERROR_CODE;

typedef union
{
    struct
    {
        UINT64 FrameNumber : 40;
        UINT64 PartNumber : 24;
    };
    UINT64 Value;
} DXGK_MIRACAST_CHUNK_ID;

/*
 * The two driver-defined values are 0x80000000 and 0x80000001 in the header; written here
 * as the int values MSVC stores (C11 wants enumerators representable as int).
 */
typedef enum _DXGK_MIRACAST_CHUNK_TYPE
{
    DXGK_MIRACAST_CHUNK_TYPE_UNKNOWN = 0,
    DXGK_MIRACAST_CHUNK_TYPE_COLOR_CONVERT_COMPLETE = 1,
    DXGK_MIRACAST_CHUNK_TYPE_ENCODE_COMPLETE = 2,
    DXGK_MIRACAST_CHUNK_TYPE_FRAME_START = 3,
    DXGK_MIRACAST_CHUNK_TYPE_FRAME_DROPPED = 4,
    DXGK_MIRACAST_CHUNK_TYPE_ENCODE_DRIVER_DEFINED_1 = -2147483647 - 1,   /* 0x80000000 */
    DXGK_MIRACAST_CHUNK_TYPE_ENCODE_DRIVER_DEFINED_2 = -2147483647,       /* 0x80000001 */
} DXGK_MIRACAST_CHUNK_TYPE;

typedef struct
{
    DXGK_MIRACAST_CHUNK_TYPE ChunkType;
    UINT Padding0;                      /* implicit in the Windows header */
    DXGK_MIRACAST_CHUNK_ID ChunkId;
    UINT ProcessingTime;
    UINT EncodeRate;
} DXGK_MIRACAST_CHUNK_INFO;

typedef enum _DXGK_PRESENT_DISPLAY_ONLY_PROGRESS_ID
{
    DXGK_PRESENT_DISPLAYONLY_PROGRESS_ID_COMPLETE = 0,
    DXGK_PRESENT_DISPLAYONLY_PROGRESS_ID_FAILED = 1,
} DXGK_PRESENT_DISPLAY_ONLY_PROGRESS_ID;

typedef struct _DXGKARGCB_PRESENT_DISPLAYONLY_PROGRESS
{
    D3DDDI_VIDEO_PRESENT_SOURCE_ID VidPnSourceId;
    DXGK_PRESENT_DISPLAY_ONLY_PROGRESS_ID ProgressId;
} DXGKARGCB_PRESENT_DISPLAYONLY_PROGRESS;

/* Only pointed to from the interrupt data; their contents are display-side and not mirrored. */
typedef struct _DXGK_MULTIPLANE_OVERLAY_VSYNC_INFO DXGK_MULTIPLANE_OVERLAY_VSYNC_INFO;
typedef struct _DXGK_MULTIPLANE_OVERLAY_VSYNC_INFO2 DXGK_MULTIPLANE_OVERLAY_VSYNC_INFO2;
typedef struct _DXGK_MULTIPLANE_OVERLAY_VSYNC_INFO3 DXGK_MULTIPLANE_OVERLAY_VSYNC_INFO3;

typedef struct _DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS
{
    union
    {
        struct
        {
            UINT ValidPhysicalAdapterMask : 1;
            UINT HsyncFlipCompletion : 1;
            UINT EvaluateLegacyMonitoredFences : 1;
            UINT Reserved : 29;
        };
        UINT Value;
    };
} DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS;

/*
 * Byte map (x64, all generations):
 *
 *   0        4        8                                              72       76   80
 *   +--------+--------+----------------------------------------------+--------+----+
 *   | Type   | pad    | union: one member per interrupt type (64 B)  | Flags  |pad |
 *   +--------+--------+----------------------------------------------+--------+----+
 */
typedef struct _DXGKARGCB_NOTIFY_INTERRUPT_DATA
{
    DXGK_INTERRUPT_TYPE InterruptType;
    UINT Padding0;                      /* implicit in the Windows header */
    union
    {
        struct
        {
            UINT SubmissionFenceId;     /* latest completed DMA buffer; only moves forward */
            UINT NodeOrdinal;
            UINT EngineOrdinal;
        } DmaCompleted;
        struct
        {
            UINT PreemptionFenceId;
            UINT LastCompletedFenceId;
            UINT NodeOrdinal;
            UINT EngineOrdinal;
        } DmaPreempted;
        struct
        {
            UINT FaultedFenceId;
            NTSTATUS Status;
            UINT NodeOrdinal;
            UINT EngineOrdinal;
        } DmaFaulted;
        struct
        {
            D3DDDI_VIDEO_PRESENT_TARGET_ID VidPnTargetId;
            UINT Padding0;
            PHYSICAL_ADDRESS PhysicalAddress;
            UINT PhysicalAdapterMask;
            UINT Padding1;
        } CrtcVsync;
        struct
        {
            D3DDDI_VIDEO_PRESENT_TARGET_ID VidPnTargetId;
        } DisplayOnlyVsync;
        struct
        {
            D3DDDI_VIDEO_PRESENT_TARGET_ID VidPnTargetId;
            UINT PhysicalAdapterMask;
            UINT MultiPlaneOverlayVsyncInfoCount;
            UINT Padding0;
            DXGK_MULTIPLANE_OVERLAY_VSYNC_INFO *pMultiPlaneOverlayVsyncInfo;
        } CrtcVsyncWithMultiPlaneOverlay;
        DXGKARGCB_PRESENT_DISPLAYONLY_PROGRESS DisplayOnlyPresentProgress;
        struct
        {
            D3DDDI_VIDEO_PRESENT_TARGET_ID VidPnTargetId;
            UINT Padding0;
            DXGK_MIRACAST_CHUNK_INFO ChunkInfo;
            PVOID pPrivateDriverData;
            UINT PrivateDataDriverSize;
            NTSTATUS Status;
        } MiracastEncodeChunkCompleted;
        struct
        {
            UINT FaultedFenceId;
            UINT Padding0;
            UINT64 FaultedPrimitiveAPISequenceNumber;
            DXGK_RENDER_PIPELINE_STAGE FaultedPipelineStage;
            UINT FaultedBindTableEntry;
            DXGK_PAGE_FAULT_FLAGS PageFaultFlags;
            UINT Padding1;
            D3DGPU_VIRTUAL_ADDRESS FaultedVirtualAddress;
            UINT NodeOrdinal;
            UINT EngineOrdinal;
            UINT PageTableLevel;
            DXGK_FAULT_ERROR_CODE FaultErrorCode;
            HANDLE FaultedProcessHandle;
        } DmaPageFaulted;
        struct
        {
            D3DDDI_VIDEO_PRESENT_TARGET_ID VidPnTargetId;
            UINT PhysicalAdapterMask;
            UINT MultiPlaneOverlayVsyncInfoCount;
            UINT Padding0;
            DXGK_MULTIPLANE_OVERLAY_VSYNC_INFO2 *pMultiPlaneOverlayVsyncInfo;
            ULONGLONG GpuFrequency;
            ULONGLONG GpuClockCounter;
        } CrtcVsyncWithMultiPlaneOverlay2;
        struct
        {
            UINT NodeOrdinal;
            UINT EngineOrdinal;
        } MonitoredFenceSignaled;
        struct
        {
            UINT NodeOrdinal;
            UINT EngineOrdinal;
            UINT64 ContextSwitchFence;
        } HwContextListSwitchCompleted;
        struct
        {
            UINT64 FaultedFenceId;
            D3DGPU_VIRTUAL_ADDRESS FaultedVirtualAddress;
            UINT64 FaultedPrimitiveAPISequenceNumber;
            union
            {
                HANDLE FaultedHwQueue;
                HANDLE FaultedHwContext;
                HANDLE FaultedProcessHandle;
            };
            UINT NodeOrdinal;
            UINT EngineOrdinal;
            DXGK_RENDER_PIPELINE_STAGE FaultedPipelineStage;
            UINT FaultedBindTableEntry;
            DXGK_PAGE_FAULT_FLAGS PageFaultFlags;
            UINT PageTableLevel;
            DXGK_FAULT_ERROR_CODE FaultErrorCode;
            UINT Padding0;
        } HwQueuePageFaulted;
        struct
        {
            D3DDDI_VIDEO_PRESENT_TARGET_ID VidPnTargetId;
            UINT NotificationID;
        } PeriodicMonitoredFenceSignaled;
        struct
        {
            UINT NodeOrdinal;
            UINT EngineOrdinal;
        } SchedulingLogInterrupt;
        struct
        {
            UINT NodeOrdinal;
            UINT EngineOrdinal;
        } GpuEngineTimeout;
        struct
        {
            HANDLE hContext;
            UINT64 ContextSuspendFence;
        } SuspendContextCompleted;
        struct
        {
            D3DDDI_VIDEO_PRESENT_TARGET_ID VidPnTargetId;
            UINT PhysicalAdapterMask;
            UINT MultiPlaneOverlayVsyncInfoCount;
            UINT Padding0;
            DXGK_MULTIPLANE_OVERLAY_VSYNC_INFO3 *pMultiPlaneOverlayVsyncInfo;
            ULONGLONG GpuFrequency;
            ULONGLONG GpuClockCounter;
        } CrtcVsyncWithMultiPlaneOverlay3;
        struct
        {
            UINT NodeOrdinal;
            UINT EngineOrdinal;
            UINT SignaledNativeFenceCount;
            UINT Padding0;
            HANDLE *pSignaledNativeFenceArray;
            HANDLE hHWQueue;
        } NativeFenceSignaled;
        struct
        {
            UINT NodeOrdinal;
            UINT EngineOrdinal;
            DXGK_ENGINE_STATE NewState;
        } EngineStateChange;
        struct
        {
            UINT Reserved[16];
        } Reserved;
    };
    DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS Flags;
    UINT Padding1;                      /* implicit in the Windows header */
} DXGKARGCB_NOTIFY_INTERRUPT_DATA;

/*
 * The interrupt-path callbacks that d3dkmddi.h declares; DXGKCB_QUEUE_DPC and the ISR and DPC
 * entry points are dispmprt.h's and live in umws/dispmprt.h. The WDK spells the data pointer
 * IN_CONST_PDXGKARGCB_NOTIFY_INTERRUPT_DATA but defines it without const (WDDM 2.3
 * d3dkmddi.h), which is what is mirrored.
 */
typedef VOID (APIENTRY *DXGKCB_NOTIFY_INTERRUPT)(HANDLE hAdapter, DXGKARGCB_NOTIFY_INTERRUPT_DATA *pData);
typedef VOID (APIENTRY *DXGKCB_NOTIFY_DPC)(HANDLE hAdapter);

/* ==== Adapter, device, process, allocation and context DDIs ============================== */
/*
 * The argument structures of the DDIs a loaded KMD implements besides the doorbell ones (the
 * DRIVER_INITIALIZATION_DATA members of umws/dispmprt.h). Every generation is at least WDDM 3.1,
 * so each member the WDK guards with an older DXGKDDI_INTERFACE_VERSION is present in G1..G3;
 * the few that differ between generations say so. Sources: docs/structures.md, "Adapter,
 * device, process, allocation and context DDIs".
 */

/* ---- DxgkDdiQueryAdapterInfo --------------------------------------------------------- */

/*
 * A C enum in the WDK (DXGKQAITYPE_*, 0..39 and on); held here as its 4-byte int so that the
 * DXGKQAITYPE_* values the mirror needs can stay the macros above.
 */
typedef LONG DXGK_QUERYADAPTERINFOTYPE;

typedef struct _DXGK_QUERYADAPTERINFOFLAGS
{
    union
    {
        struct
        {
            UINT VirtualMachineData   : 1;  /* 0x00000001 */
            UINT SecureVirtualMachine : 1;  /* 0x00000002 */
            UINT Reserved             : 30; /* 0xFFFFFFFC */
        };
        UINT Value;
    };
} DXGK_QUERYADAPTERINFOFLAGS;

/*
 *   0      4      8             16     20     24             32     36     40             48
 *   +------+------+-------------+------+------+--------------+------+------+--------------+
 *   | Type | pad  | pInputData  |InSize| pad  | pOutputData  |OutSz |Flags |hKmdProcess   |
 *   +------+------+-------------+------+------+--------------+------+------+--------------+
 */
typedef struct _DXGKARG_QUERYADAPTERINFO
{
    DXGK_QUERYADAPTERINFOTYPE Type;     /* in: which DXGKQAITYPE_* */
    UINT Padding0;                      /* implicit in the Windows header */
    VOID *pInputData;                   /* in */
    UINT InputDataSize;                 /* in, bytes */
    UINT Padding1;                      /* implicit in the Windows header */
    VOID *pOutputData;                  /* out: the KMD fills OutputDataSize bytes */
    UINT OutputDataSize;                /* in, bytes */
    DXGK_QUERYADAPTERINFOFLAGS Flags;   /* in */
    HANDLE hKmdProcessHandle;           /* in: the KMD's process handle, or NULL */
} DXGKARG_QUERYADAPTERINFO;

typedef NTSTATUS (APIENTRY *PDXGKDDI_QUERYADAPTERINFO)(HANDLE hAdapter,
                                                       const DXGKARG_QUERYADAPTERINFO *pQueryAdapterInfo);

/* ---- DxgkDdiGetNodeMetadata (d3dkmdt.h) ---------------------------------------------- */

/* Length of DXGK_NODEMETADATA.FriendlyName, in WCHARs, terminator included. */
#define DXGK_MAX_METADATA_NAME_LENGTH 32

typedef enum _DXGK_ENGINE_TYPE
{
    DXGK_ENGINE_TYPE_OTHER = 0,
    DXGK_ENGINE_TYPE_3D = 1,
    DXGK_ENGINE_TYPE_VIDEO_DECODE = 2,
    DXGK_ENGINE_TYPE_VIDEO_ENCODE = 3,
    DXGK_ENGINE_TYPE_VIDEO_PROCESSING = 4,
    DXGK_ENGINE_TYPE_SCENE_ASSEMBLY = 5,
    DXGK_ENGINE_TYPE_COPY = 6,
    DXGK_ENGINE_TYPE_OVERLAY = 7,
    DXGK_ENGINE_TYPE_CRYPTO = 8,
    DXGK_ENGINE_TYPE_VIDEO_CODEC = 9,
    DXGK_ENGINE_TYPE_MAX = 10,
} DXGK_ENGINE_TYPE;

/*
 * Learn's syntax block also shows a UINT32 Reserved after Flags: that is the #else branch of
 * the WDDM 2.2 guard around Flags (WDK d3dkmdt.h), not a member of WDDM 3.x.
 *
 *   0            4                                   68      72  73  74  76
 *   +------------+-----------------------------------+-------+---+---+---+
 *   | EngineType | FriendlyName[32] (WCHAR, 64 B)    | Flags |Gpu|IoM|pad|
 *   +------------+-----------------------------------+-------+---+---+---+
 */
typedef struct _DXGK_NODEMETADATA
{
    DXGK_ENGINE_TYPE EngineType;
    WCHAR FriendlyName[DXGK_MAX_METADATA_NAME_LENGTH];  /* UTF-16, NUL-terminated; may be empty */
    DXGK_NODEMETADATA_FLAGS Flags;
    BOOLEAN GpuMmuSupported;
    BOOLEAN IoMmuSupported;
    BYTE Padding0[2];                   /* implicit in the Windows header */
} DXGK_NODEMETADATA;

typedef DXGK_NODEMETADATA DXGKARG_GETNODEMETADATA;

/* NodeOrdinalAndAdapterIndex: node ordinal in the low 16 bits, physical adapter in the high 16. */
typedef NTSTATUS (APIENTRY *PDXGKDDI_GETNODEMETADATA)(HANDLE hAdapter, UINT NodeOrdinalAndAdapterIndex,
                                                      DXGKARG_GETNODEMETADATA *pGetNodeMetadata);

/* ---- DxgkDdiCreateProcess, DxgkDdiDestroyProcess ----------------------------------- */

typedef struct _DXGK_CREATEPROCESSFLAGS
{
    union
    {
        struct
        {
            UINT SystemProcess               : 1;   /* 0x00000001 */
            UINT GdiProcess                  : 1;   /* 0x00000002 */
            UINT VirtualMachineProcess       : 1;   /* 0x00000004 */
            UINT VirtualMachineWorkerProcess : 1;   /* 0x00000008 */
            UINT SessionIsolatedContainer    : 1;   /* 0x00000010 */
            UINT Reserved                    : 27;  /* 0xFFFFFFE0 */
        };
        UINT Value;
    };
} DXGK_CREATEPROCESSFLAGS;

typedef struct _DXGKARG_CREATEPROCESS
{
    HANDLE hDxgkProcess;                /* in: the OS's process handle (for DXGKCB_* calls) */
    HANDLE hKmdProcess;                 /* out: the KMD's process handle */
    DXGK_CREATEPROCESSFLAGS Flags;      /* in */
    UINT NumPasid;                      /* in: entries of pPasid, one per physical GPU */
    ULONG *pPasid;                      /* in */
    HANDLE hKmdVmWorkerProcess;         /* in: valid with VirtualMachineProcess */
    UINT ProcessNameLength;             /* in: WCHARs, terminator excluded */
    UINT Padding0;                      /* implicit in the Windows header */
    WCHAR *pProcessName;                /* in, may be NULL */
} DXGKARG_CREATEPROCESS;

typedef NTSTATUS (APIENTRY *PDXGKDDI_CREATEPROCESS)(HANDLE hAdapter, DXGKARG_CREATEPROCESS *pArgs);
typedef NTSTATUS (APIENTRY *PDXGKDDI_DESTROYPROCESS)(HANDLE hAdapter, HANDLE hKmdProcess);

/* ---- DxgkDdiCreateDevice, DxgkDdiDestroyDevice ------------------------------------- */

/*
 * The WDK names these reserved bits through macros (DXGK_ALLOC_RESERVEDn, DXGK_DEVICE_RESERVED0)
 * that expand to the member names Reservedn unless the including code says otherwise; the same
 * here, so a driver may use either spelling.
 */
#ifndef DXGK_ALLOCATIONINFOFLAGS_EXT
#define DXGK_ALLOCATIONINFOFLAGS_EXT
#define DXGK_ALLOC_RESERVED0 Reserved0
#define DXGK_ALLOC_RESERVED1 Reserved1
#define DXGK_ALLOC_RESERVED2 Reserved2
#define DXGK_ALLOC_RESERVED3 Reserved3
#define DXGK_ALLOC_RESERVED4 Reserved4
#define DXGK_ALLOC_RESERVED9 Reserved9
#define DXGK_ALLOC_RESERVED10 Reserved10
#define DXGK_ALLOC_RESERVED11 Reserved11
#define DXGK_ALLOC_RESERVED12 Reserved12
#define DXGK_ALLOC_RESERVED13 Reserved13
#define DXGK_ALLOC_RESERVED14 Reserved14
#define DXGK_ALLOC_RESERVED15 Reserved15
#define DXGK_ALLOC_RESERVED16 Reserved16
#define DXGK_ALLOC_RESERVED17 Reserved17
#endif
#ifndef DXGK_DEVICEFLAGS_EXT
#define DXGK_DEVICEFLAGS_EXT
#define DXGK_DEVICE_RESERVED0 Reserved0
#endif

typedef struct _DXGK_CREATEDEVICEFLAGS
{
    union
    {
        struct
        {
            UINT SystemDevice          : 1;     /* 0x00000001 */
            UINT GdiDevice             : 1;     /* 0x00000002 */
            UINT Reserved              : 29;    /* 0x7FFFFFFC */
            UINT DXGK_DEVICE_RESERVED0 : 1;     /* 0x80000000 */
        };
        UINT Value;
    };
} DXGK_CREATEDEVICEFLAGS;

typedef struct _DXGK_DEVICEINFOFLAGS
{
    union
    {
        struct
        {
            UINT GuaranteedDmaBufferContract : 1;   /* 0x00000001 */
            UINT Reserved                    : 31;  /* 0xFFFFFFFE */
        };
        UINT Value;
    };
} DXGK_DEVICEINFOFLAGS;

/* Pre-WDDM 2 device information; the header keeps it for compatibility only. */
typedef struct _DXGK_DEVICEINFO
{
    UINT DmaBufferSize;                 /* bytes */
    UINT DmaBufferSegmentSet;
    UINT DmaBufferPrivateDataSize;      /* bytes */
    UINT AllocationListSize;            /* entries */
    UINT PatchLocationListSize;         /* entries */
    DXGK_DEVICEINFOFLAGS Flags;
} DXGK_DEVICEINFO;

/*
 * Flags (in) and pInfo (out, obsolete) share the 8 bytes after hDevice.
 *
 *   0             8                   16      20      24             32
 *   +-------------+-------------------+-------+-------+--------------+
 *   | hDevice     | Flags | / pInfo   | Pasid | pad   | hKmdProcess  |
 *   +-------------+-------------------+-------+-------+--------------+
 */
typedef struct _DXGKARG_CREATEDEVICE
{
    HANDLE hDevice;                     /* in: OS handle; out: KMD handle */
    union
    {
        DXGK_CREATEDEVICEFLAGS Flags;   /* in */
        DXGK_DEVICEINFO *pInfo;         /* out: backward compatibility only */
    };
    ULONG Pasid;                        /* in: owner process PASID */
    UINT Padding0;                      /* implicit in the Windows header */
    HANDLE hKmdProcess;                 /* in: from DxgkDdiCreateProcess */
} DXGKARG_CREATEDEVICE;

typedef NTSTATUS (APIENTRY *PDXGKDDI_CREATEDEVICE)(HANDLE hAdapter, DXGKARG_CREATEDEVICE *pCreateDevice);
typedef NTSTATUS (APIENTRY *PDXGKDDI_DESTROYDEVICE)(HANDLE hDevice);

/* ---- DxgkDdiCreateAllocation, DxgkDdiDestroyAllocation ----------------------------- */

typedef D3DDDI_SEGMENTPREFERENCE DXGK_SEGMENTPREFERENCE;

/* Four bank preferences, each a 7-bit bank and a direction bit. */
typedef struct _DXGK_SEGMENTBANKPREFERENCE
{
    union
    {
        struct
        {
            UINT Bank0      : 7;    /* 0x0000007F */
            UINT Direction0 : 1;    /* 0x00000080 */
            UINT Bank1      : 7;    /* 0x00007F00 */
            UINT Direction1 : 1;    /* 0x00008000 */
            UINT Bank2      : 7;    /* 0x007F0000 */
            UINT Direction2 : 1;    /* 0x00800000 */
            UINT Bank3      : 7;    /* 0x7F000000 */
            UINT Direction3 : 1;    /* 0x80000000 */
        };
        UINT Value;
    };
} DXGK_SEGMENTBANKPREFERENCE;

/* The pre-WDDM 2 view of DXGK_ALLOCATIONINFO.Flags (bits 15..18 as WDDM 2.x defines them). */
typedef struct _DXGK_ALLOCATIONINFOFLAGS
{
    union
    {
        struct
        {
            UINT CpuVisible                    : 1; /* 0x00000001 */
            UINT PermanentSysMem               : 1; /* 0x00000002 */
            UINT Cached                        : 1; /* 0x00000004 */
            UINT Protected                     : 1; /* 0x00000008 */
            UINT ExistingSysMem                : 1; /* 0x00000010 */
            UINT ExistingKernelSysMem          : 1; /* 0x00000020 */
            UINT FromEndOfSegment              : 1; /* 0x00000040 */
            UINT Swizzled                      : 1; /* 0x00000080 */
            UINT Overlay                       : 1; /* 0x00000100 */
            UINT Capture                       : 1; /* 0x00000200 */
            UINT UseAlternateVA                : 1; /* 0x00000400 */
            UINT SynchronousPaging             : 1; /* 0x00000800 */
            UINT LinkMirrored                  : 1; /* 0x00001000 */
            UINT LinkInstanced                 : 1; /* 0x00002000 */
            UINT HistoryBuffer                 : 1; /* 0x00004000 */
            UINT AccessedPhysically            : 1; /* 0x00008000 */
            UINT ExplicitResidencyNotification : 1; /* 0x00010000 */
            UINT HardwareProtected             : 1; /* 0x00020000 */
            UINT CpuVisibleOnDemand            : 1; /* 0x00040000 */
            UINT DXGK_ALLOC_RESERVED16         : 1; /* 0x00080000 */
            UINT DXGK_ALLOC_RESERVED15         : 1;
            UINT DXGK_ALLOC_RESERVED14         : 1;
            UINT DXGK_ALLOC_RESERVED13         : 1;
            UINT DXGK_ALLOC_RESERVED12         : 1;
            UINT DXGK_ALLOC_RESERVED11         : 1;
            UINT DXGK_ALLOC_RESERVED10         : 1;
            UINT DXGK_ALLOC_RESERVED9          : 1; /* 0x04000000 */
            UINT DXGK_ALLOC_RESERVED4          : 1; /* 0x08000000 */
            UINT DXGK_ALLOC_RESERVED3          : 1;
            UINT DXGK_ALLOC_RESERVED2          : 1;
            UINT DXGK_ALLOC_RESERVED1          : 1;
            UINT DXGK_ALLOC_RESERVED0          : 1; /* 0x80000000 */
        };
        UINT Value;
    };
} DXGK_ALLOCATIONINFOFLAGS;

/* The WDDM 2 view of the same word (CreateInVpr from WDDM 2.1, MapApertureCpuVisible from 2.9). */
typedef struct _DXGK_ALLOCATIONINFOFLAGS_WDDM2_0
{
    union
    {
        struct
        {
            UINT CpuVisible                    : 1; /* 0x00000001 */
            UINT PermanentSysMem               : 1; /* 0x00000002 */
            UINT Cached                        : 1; /* 0x00000004 */
            UINT Protected                     : 1; /* 0x00000008 */
            UINT ExistingSysMem                : 1; /* 0x00000010 */
            UINT ExistingKernelSysMem          : 1; /* 0x00000020 */
            UINT FromEndOfSegment              : 1; /* 0x00000040 */
            UINT DisableLargePageMapping       : 1; /* 0x00000080 */
            UINT Overlay                       : 1; /* 0x00000100 */
            UINT Capture                       : 1; /* 0x00000200 */
            UINT CreateInVpr                   : 1; /* 0x00000400 */
            UINT DXGK_ALLOC_RESERVED17         : 1; /* 0x00000800 */
            UINT Reserved02                    : 1; /* 0x00001000 */
            UINT MapApertureCpuVisible         : 1; /* 0x00002000 */
            UINT HistoryBuffer                 : 1; /* 0x00004000 */
            UINT AccessedPhysically            : 1; /* 0x00008000 */
            UINT ExplicitResidencyNotification : 1; /* 0x00010000 */
            UINT HardwareProtected             : 1; /* 0x00020000 */
            UINT CpuVisibleOnDemand            : 1; /* 0x00040000 */
            UINT DXGK_ALLOC_RESERVED16         : 1; /* 0x00080000 */
            UINT DXGK_ALLOC_RESERVED15         : 1;
            UINT DXGK_ALLOC_RESERVED14         : 1;
            UINT DXGK_ALLOC_RESERVED13         : 1;
            UINT DXGK_ALLOC_RESERVED12         : 1;
            UINT DXGK_ALLOC_RESERVED11         : 1;
            UINT DXGK_ALLOC_RESERVED10         : 1;
            UINT DXGK_ALLOC_RESERVED9          : 1; /* 0x04000000 */
            UINT DXGK_ALLOC_RESERVED4          : 1; /* 0x08000000 */
            UINT DXGK_ALLOC_RESERVED3          : 1;
            UINT DXGK_ALLOC_RESERVED2          : 1;
            UINT DXGK_ALLOC_RESERVED1          : 1;
            UINT DXGK_ALLOC_RESERVED0          : 1; /* 0x80000000 */
        };
        UINT Value;
    };
} DXGK_ALLOCATIONINFOFLAGS_WDDM2_0;

/*
 * WDDM 3.0 and on. G1 (WDDM 3.1): only ShareBackingStoreWithKmd (the pre-3.2 branch of Learn's
 * syntax). G2: bits 1..5 as S3a. G3: S3b renames bits 4 and 5 and adds FaultAndStall.
 */
typedef struct _DXGK_ALLOCATIONINFOFLAGS2
{
    union
    {
        struct
        {
            UINT ShareBackingStoreWithKmd            : 1;   /* 0x00000001 */
#if UMWS_GENERATION == 1
            UINT Reserved                            : 31;
#else
            UINT NoImplicitSynchronization           : 1;   /* 0x00000002 */
            UINT DisablePartialResidency             : 1;   /* 0x00000004 */
            UINT RestrictedToSingleSegment           : 1;   /* 0x00000008 */
#if UMWS_GENERATION == 2
            UINT NotifyEviction                      : 1;   /* 0x00000010 */
            UINT NotifyIoMmuUnmap                    : 1;   /* 0x00000020 */
            UINT Reserved                            : 26;
#else
            UINT NeedPagingVaAtResidencyNotification : 1;   /* 0x00000010 */
            UINT Reserved01                          : 1;   /* 0x00000020 */
            UINT FaultAndStall                       : 1;   /* 0x00000040 */
            UINT Reserved                            : 25;
#endif
#endif
        };
        UINT Value;
    };
} DXGK_ALLOCATIONINFOFLAGS2;

/* Only pointed to from DXGK_ALLOCATIONINFO; not mirrored. */
typedef struct _DXGK_ALLOCATIONUSAGEHINT DXGK_ALLOCATIONUSAGEHINT;

/*
 * One allocation the KMD describes in DxgkDdiCreateAllocation (out, except the private data).
 *
 *   0          8      12        16      24         32   36   40   44   48   52   56         64    68  72        80   84   88
 *   +----------+------+---------+-------+----------+----+----+----+----+----+----+----------+-----+---+---------+----+----+
 *   | pPrivDD  |PDDSz |Alignment| Size  |PitchSize |Bank|Pref|Read|Wrt |Evct|Ren |hAlloc    |Flags|pad|pUsage   |Prio|Fl2 |
 *   +----------+------+---------+-------+----------+----+----+----+----+----+----+----------+-----+---+---------+----+----+
 */
typedef struct _DXGK_ALLOCATIONINFO
{
    VOID *pPrivateDriverData;           /* in: from the UMD */
    UINT PrivateDriverDataSize;         /* in, bytes */
    union
    {
        UINT Alignment;                 /* bytes */
        struct
        {
            UINT16 MinimumPageSize;
            UINT16 RecommendedPageSize;
        };
    };
    SIZE_T Size;                        /* bytes */
    SIZE_T PitchAlignedSize;            /* bytes */
    DXGK_SEGMENTBANKPREFERENCE HintedBank;
    DXGK_SEGMENTPREFERENCE PreferredSegment;
    union
    {
        UINT SupportedReadSegmentSet;
        UINT MmuSet;
    };
    UINT SupportedWriteSegmentSet;
    UINT EvictionSegmentSet;
    union
    {
        UINT MaximumRenamingListLength;
        UINT PhysicalAdapterIndex;
    };
    HANDLE hAllocation;                 /* out: the KMD's handle */
    union
    {
        DXGK_ALLOCATIONINFOFLAGS Flags;
        DXGK_ALLOCATIONINFOFLAGS_WDDM2_0 FlagsWddm2;
    };
    UINT Padding0;                      /* implicit in the Windows header */
    DXGK_ALLOCATIONUSAGEHINT *pAllocationUsageHint;
    UINT AllocationPriority;
    DXGK_ALLOCATIONINFOFLAGS2 Flags2;
} DXGK_ALLOCATIONINFO;

typedef struct _DXGK_CREATEALLOCATIONFLAGS
{
    union
    {
        struct
        {
            UINT Resource : 1;          /* 0x00000001 */
            UINT Reserved : 31;         /* 0xFFFFFFFE */
        };
        UINT Value;
    };
} DXGK_CREATEALLOCATIONFLAGS;

typedef struct _DXGKARG_CREATEALLOCATION
{
    const VOID *pPrivateDriverData;     /* in: the resource's private data */
    UINT PrivateDriverDataSize;         /* in, bytes */
    UINT NumAllocations;                /* in: entries of pAllocationInfo */
    DXGK_ALLOCATIONINFO *pAllocationInfo;   /* in/out */
    HANDLE hResource;                   /* in/out */
    DXGK_CREATEALLOCATIONFLAGS Flags;   /* in */
    UINT Padding0;                      /* implicit in the Windows header */
} DXGKARG_CREATEALLOCATION;

typedef NTSTATUS (APIENTRY *PDXGKDDI_CREATEALLOCATION)(HANDLE hAdapter, DXGKARG_CREATEALLOCATION *pCreateAllocation);

typedef struct _DXGK_DESTROYALLOCATIONFLAGS
{
    union
    {
        struct
        {
            UINT DestroyResource : 1;   /* 0x00000001 */
            UINT Reserved        : 31;  /* 0xFFFFFFFE */
        };
        UINT Value;
    };
} DXGK_DESTROYALLOCATIONFLAGS;

typedef struct _DXGKARG_DESTROYALLOCATION
{
    UINT NumAllocations;                /* in: entries of pAllocationList */
    UINT Padding0;                      /* implicit in the Windows header */
    const HANDLE *pAllocationList;      /* in: the KMD's allocation handles */
    HANDLE hResource;                   /* in/out */
    DXGK_DESTROYALLOCATIONFLAGS Flags;  /* in */
    UINT Padding1;                      /* implicit in the Windows header */
} DXGKARG_DESTROYALLOCATION;

typedef NTSTATUS (APIENTRY *PDXGKDDI_DESTROYALLOCATION)(HANDLE hAdapter,
                                                        const DXGKARG_DESTROYALLOCATION *pDestroyAllocation);

/* ---- DxgkDdiCreateContext, DxgkDdiDestroyContext ----------------------------------- */

/* TestContext is newer than WDDM 2.3; taken as present in G1 like D3DDDI_CREATEHWQUEUEFLAGS.TestQueue. */
typedef struct _DXGK_CREATECONTEXTFLAGS
{
    union
    {
        struct
        {
            UINT SystemContext          : 1;    /* 0x00000001 */
            UINT GdiContext             : 1;    /* 0x00000002 */
            UINT VirtualAddressing      : 1;    /* 0x00000004 */
            UINT SystemProtectedContext : 1;    /* 0x00000008 */
            UINT HwQueueSupported       : 1;    /* 0x00000010 */
            UINT TestContext            : 1;    /* 0x00000020 */
            UINT Reserved               : 26;   /* 0xFFFFFFC0 */
        };
        UINT Value;
    };
} DXGK_CREATECONTEXTFLAGS;

typedef struct _DXGK_CONTEXTINFO_CAPS
{
    union
    {
        struct
        {
            UINT NoPatchingRequired     : 1;    /* 0x00000001 */
            UINT DriverManagesResidency : 1;    /* 0x00000002 */
            UINT UseIoMmu               : 1;    /* 0x00000004 */
            UINT Reserved               : 29;   /* 0xFFFFFFF8 */
        };
        UINT Value;
    };
} DXGK_CONTEXTINFO_CAPS;

typedef struct _DXGK_CONTEXTINFO
{
    UINT DmaBufferSize;                 /* bytes */
    UINT DmaBufferSegmentSet;
    UINT DmaBufferPrivateDataSize;      /* bytes */
    UINT AllocationListSize;            /* entries */
    UINT PatchLocationListSize;         /* entries */
    UINT Reserved;
    DXGK_CONTEXTINFO_CAPS Caps;
    ULONG PagingCompanionNodeId;        /* node index for this context's paging */
} DXGK_CONTEXTINFO;

/*
 *   0             8      12     16     20     24             32     36                 68     72
 *   +-------------+------+------+------+------+--------------+------+------------------+------+
 *   | hContext    | Node | Aff  | Flags| pad  | pPrivDD      | PDDSz| ContextInfo (32) | pad  |
 *   +-------------+------+------+------+------+--------------+------+------------------+------+
 */
typedef struct _DXGKARG_CREATECONTEXT
{
    HANDLE hContext;                    /* in: OS handle; out: KMD handle */
    UINT NodeOrdinal;                   /* in */
    UINT EngineAffinity;                /* in */
    DXGK_CREATECONTEXTFLAGS Flags;      /* in */
    UINT Padding0;                      /* implicit in the Windows header */
    VOID *pPrivateDriverData;           /* in */
    UINT PrivateDriverDataSize;         /* in, bytes */
    DXGK_CONTEXTINFO ContextInfo;       /* out */
    UINT Padding1;                      /* implicit in the Windows header */
} DXGKARG_CREATECONTEXT;

typedef NTSTATUS (APIENTRY *PDXGKDDI_CREATECONTEXT)(HANDLE hDevice, DXGKARG_CREATECONTEXT *pCreateContext);
typedef NTSTATUS (APIENTRY *PDXGKDDI_DESTROYCONTEXT)(HANDLE hContext);

/* ---- Hardware queues, suspend, resume, engine reset -------------------------------- */

typedef NTSTATUS (APIENTRY *PDXGKDDI_DESTROYHWQUEUE)(HANDLE hHwQueue);

typedef struct _DXGKARG_SUSPENDCONTEXT
{
    HANDLE hContext;                    /* in: the KMD's context handle */
    UINT64 contextSuspendFence;         /* in: reported back in SUSPEND_CONTEXT_COMPLETED */
} DXGKARG_SUSPENDCONTEXT;

typedef struct _DXGKARG_RESUMECONTEXT
{
    HANDLE hContext;                    /* in: the KMD's context handle */
} DXGKARG_RESUMECONTEXT;

typedef NTSTATUS (APIENTRY *PDXGKDDI_SUSPENDCONTEXT)(HANDLE hAdapter, const DXGKARG_SUSPENDCONTEXT *pSuspendContext);
typedef NTSTATUS (APIENTRY *PDXGKDDI_RESUMECONTEXT)(HANDLE hAdapter, const DXGKARG_RESUMECONTEXT *pResumeContext);

typedef struct _DXGKARG_RESETENGINE
{
    UINT NodeOrdinal;                   /* in */
    UINT EngineOrdinal;                 /* in */
    UINT LastAbortedFenceId;            /* out */
} DXGKARG_RESETENGINE;

typedef NTSTATUS (APIENTRY *PDXGKDDI_RESETENGINE)(HANDLE hAdapter, DXGKARG_RESETENGINE *pResetEngine);

#endif /* UMWS_D3DKMDDI_H */
