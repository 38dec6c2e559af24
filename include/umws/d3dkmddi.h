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
typedef NTSTATUS (APIENTRY *PDXGKCB_DISCONNECTDOORBELL)(DXGKARGCB_DISCONNECTDOORBELL *pArgs);

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

/* Callbacks (d3dkmddi.h / dispmprt.h) and the ISR/DPC entry points. */
typedef VOID (APIENTRY *DXGKCB_NOTIFY_INTERRUPT)(HANDLE hAdapter, DXGKARGCB_NOTIFY_INTERRUPT_DATA *pData);
typedef VOID (APIENTRY *DXGKCB_NOTIFY_DPC)(HANDLE hAdapter);
typedef BOOLEAN (APIENTRY *DXGKCB_QUEUE_DPC)(HANDLE DeviceHandle);
typedef BOOLEAN (*PDXGKDDI_INTERRUPT_ROUTINE)(const PVOID MiniportDeviceContext, ULONG MessageNumber);
typedef VOID (*PDXGKDDI_DPC_ROUTINE)(const PVOID MiniportDeviceContext);

#endif /* UMWS_D3DKMDDI_H */
