/*
 * d3dkmthk.h (umws mirror) - the D3DKMT thunk structures of user-mode work submission:
 * doorbells and hardware queues, and the devices, contexts, allocations and waits a
 * user-mode driver needs around them, as it passes them to the OS.
 *
 * Source: docs/structures.md (definitions per generation with their public sources S1..S12
 * and the computed x64 offsets). G1/G2/G3 differ in the handle CONNECT, DESTROY and NOTIFY
 * take and in the tail of CREATE_DOORBELL; G3 adds RESIZERINGBUFFER and
 * CREATEHWQUEUEFORUSERMODESUBMISSION. The G1 shapes agree with every offset and size of
 * these structures observed in the 22631 binary (dxgkrnl.sys, build 22631.4169).
 *
 * Padding that the Windows header leaves implicit is named here (PaddingN) and in the
 * Java layouts, so both sides state every byte.
 */
#ifndef UMWS_D3DKMTHK_H
#define UMWS_D3DKMTHK_H

#include "d3dukmdt.h"

/* ---- Doorbells ---------------------------------------------------------------------- */

typedef struct _D3DKMT_CREATE_DOORBELL_FLAGS
{
    union
    {
        struct
        {
            UINT RequireSecondaryCpuVA : 1;
            UINT ResizeRingBufferOperation : 1;
            UINT Reserved : 30;
        };
        UINT Value;
    };
} D3DKMT_CREATE_DOORBELL_FLAGS;

typedef struct _D3DKMT_CREATE_DOORBELL
{
    D3DKMT_HANDLE hHwQueue;                 /* in:      HW queue that needs the doorbell */
    D3DKMT_HANDLE hRingBuffer;              /* in:      ring buffer allocation */
    D3DKMT_HANDLE hRingBufferControl;       /* in opt:  ring buffer control allocation */
    D3DKMT_CREATE_DOORBELL_FLAGS Flags;     /* in opt */
    UINT PrivateDriverDataSize;             /* in: 0..D3DDDI_DOORBELL_PRIVATEDATA_MAX_BYTES_WDDM3_1 */
    UINT Padding0;                          /* implicit in the Windows header */
    D3DKMT_PTR(VOID *, PrivateDriverData);                  /* in/out */
    D3DKMT_PTR(VOID *, DoorbellCPUVirtualAddress);          /* out: stable for the doorbell's life */
    D3DKMT_PTR(VOID *, DoorbellSecondaryCPUVirtualAddress); /* out opt */
    D3DKMT_PTR(VOID *, DoorbellStatusCPUVirtualAddress);    /* out: 64-bit status page, read-only */
#if UMWS_GENERATION >= 2
    D3DKMT_PTR(VOID *, HwQueueProgressFenceLastQueuedValueCPUVirtualAddress); /* out: UMD writes
                                                   the newly queued progress value here before ringing */
    D3DKMT_HANDLE hDoorbell;                /* out: runtime handle of the new doorbell */
    UINT Padding1;                          /* implicit in the Windows header */
#endif
} D3DKMT_CREATE_DOORBELL;

typedef struct _D3DKMT_CONNECT_DOORBELL_FLAGS
{
    union
    {
        struct
        {
            UINT Reserved : 32;
        };
        UINT Value;
    };
} D3DKMT_CONNECT_DOORBELL_FLAGS;

typedef struct _D3DKMT_CONNECT_DOORBELL
{
#if UMWS_GENERATION == 2
    D3DKMT_HANDLE hDoorbell;                /* in: handle from D3DKMTCreateDoorbell */
#else
    D3DKMT_HANDLE hHwQueue;                 /* in: HW queue whose doorbell is connected */
#endif
    D3DKMT_CONNECT_DOORBELL_FLAGS Flags;
#if UMWS_GENERATION >= 3
    D3DDDI_DOORBELLMAPPING DoorbellMapping; /* out: VA mappings of the connected doorbell */
    BYTE Reserved[64];
#endif
} D3DKMT_CONNECT_DOORBELL;

typedef struct _D3DKMT_DESTROY_DOORBELL
{
#if UMWS_GENERATION >= 2
    D3DKMT_HANDLE hDoorbell;                /* in: doorbell to destroy */
#else
    D3DKMT_HANDLE hHwQueue;
#endif
} D3DKMT_DESTROY_DOORBELL;

typedef struct _D3DKMT_NOTIFY_WORK_SUBMISSION_FLAGS
{
    union
    {
        struct
        {
            UINT Reserved : 32;
        };
        UINT Value;
    };
} D3DKMT_NOTIFY_WORK_SUBMISSION_FLAGS;

typedef struct _D3DKMT_NOTIFY_WORK_SUBMISSION
{
#if UMWS_GENERATION == 2
    D3DKMT_HANDLE hDoorbell;
#else
    D3DKMT_HANDLE hHwQueue;
#endif
    D3DKMT_NOTIFY_WORK_SUBMISSION_FLAGS Flags;
#if UMWS_GENERATION >= 3
    BYTE PrivateDriverData[D3DDDI_UMS_PDD_SIZE]; /* in/out: passed to DxgkDdiNotifyWorkSubmission */
#endif
} D3DKMT_NOTIFY_WORK_SUBMISSION;

#if UMWS_GENERATION >= 3
typedef struct _D3DKMT_RESIZERINGBUFFER_FLAGS
{
    union
    {
        struct
        {
            UINT Reserved : 32;
        };
        UINT Value;
    };
} D3DKMT_RESIZERINGBUFFER_FLAGS;

typedef struct _D3DKMT_RESIZERINGBUFFER
{
    D3DKMT_HANDLE hHwQueue;                      /* in */
    D3DKMT_HANDLE hRingBuffer;                   /* in: the new ring buffer allocation */
    D3DKMT_HANDLE hRingBufferControl;            /* in opt */
    D3DKMT_RESIZERINGBUFFER_FLAGS Flags;         /* in opt */
    BYTE PrivateDriverData[D3DDDI_UMS_PDD_SIZE]; /* in/out */
    BYTE Reserved[64];
} D3DKMT_RESIZERINGBUFFER;

typedef struct _D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION
{
    D3DKMT_HANDLE hHwContext;                               /* in */
    D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS Flags;  /* in */
    D3DKMT_HANDLE hRingBuffer;                              /* in */
    D3DKMT_HANDLE hRingBufferControl;                       /* in opt */
    BYTE PrivateDriverData[D3DDDI_UMS_PDD_SIZE];            /* in/out */
    D3DKMT_HANDLE hHwQueue;                                 /* out */
    UINT Padding0;                                          /* implicit in the Windows header */
    D3DKMT_PTR(VOID *, DoorbellStatusCpuVa);                /* out */
    D3DKMT_HANDLE hProgressFence;                           /* out: native fence */
    UINT Padding1;                                          /* implicit in the Windows header */
    D3DDDI_NATIVEFENCEMAPPING ProgressFenceMapping;         /* out */
    D3DKMT_PTR(VOID *, ProgressFenceLastQueuedValueCpuVa);  /* out */
    D3DDDI_NATIVEFENCELOGDETAIL LogBufferInfo;              /* out */
    BYTE Reserved[64];
} D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION;
#endif /* UMWS_GENERATION >= 3 */

/* ---- Hardware queues ---------------------------------------------------------------- */

typedef struct _D3DKMT_CREATEHWQUEUE
{
    D3DKMT_HANDLE hHwContext;                       /* in */
    D3DDDI_CREATEHWQUEUEFLAGS Flags;                /* in */
    UINT PrivateDriverDataSize;                     /* in, bytes */
    UINT Padding0;                                  /* implicit in the Windows header */
    D3DKMT_PTR(VOID *, pPrivateDriverData);         /* in/out */
    D3DKMT_HANDLE hHwQueue;                         /* out */
    D3DKMT_HANDLE hHwQueueProgressFence;            /* out: monitored fence of queue progress */
    D3DKMT_PTR(VOID *, HwQueueProgressFenceCPUVirtualAddress);          /* out: read-only */
    D3DKMT_ALIGN64 D3DGPU_VIRTUAL_ADDRESS HwQueueProgressFenceGPUVirtualAddress; /* out: GPU r/w */
} D3DKMT_CREATEHWQUEUE;

typedef struct _D3DKMT_DESTROYHWQUEUE
{
    D3DKMT_HANDLE hHwQueue;                         /* in */
} D3DKMT_DESTROYHWQUEUE;

typedef struct _D3DKMT_SUBMITCOMMANDTOHWQUEUE
{
    D3DKMT_HANDLE hHwQueue;
    UINT Padding0;                                  /* implicit in the Windows header */
    D3DKMT_ALIGN64 UINT64 HwQueueProgressFenceId;   /* signalled when the command finishes */
    D3DKMT_ALIGN64 D3DGPU_VIRTUAL_ADDRESS CommandBuffer;
    UINT CommandLength;                             /* bytes */
    UINT PrivateDriverDataSize;                     /* bytes */
    D3DKMT_PTR(VOID *, pPrivateDriverData);
    UINT NumPrimaries;
    UINT Padding1;                                  /* implicit in the Windows header */
    D3DKMT_PTR(const D3DKMT_HANDLE *, WrittenPrimaries);
} D3DKMT_SUBMITCOMMANDTOHWQUEUE;

/* ---- Devices, contexts, allocations, CPU waits -------------------------------------------- */
/*
 * The thunks a UMD calls besides doorbells and hardware queues (docs/structures.md, "Devices,
 * contexts, allocations"). Only D3DKMT_CREATEALLOCATIONFLAGS and D3DKMT_CLIENTHINT differ
 * between the generations.
 */

/* Declared, not mirrored: D3DKMT_CREATEALLOCATION only points at it. */
typedef struct _D3DKMT_CREATESTANDARDALLOCATION D3DKMT_CREATESTANDARDALLOCATION;

/* A plain bit-field word: the header gives it no Value member. */
typedef struct _D3DKMT_CREATEDEVICEFLAGS
{
    UINT LegacyMode        : 1;     /* 0x00000001 */
    UINT RequestVSync      : 1;     /* 0x00000002 */
    UINT DisableGpuTimeout : 1;     /* 0x00000004 */
    UINT TestDevice        : 1;     /* 0x00000008: created by a test; needs test signing */
    UINT Reserved          : 28;    /* 0xFFFFFFF0 */
} D3DKMT_CREATEDEVICEFLAGS;

typedef struct _D3DKMT_CREATEDEVICE
{
    union
    {
        D3DKMT_HANDLE hAdapter;                 /* in: the adapter, for a user-mode caller */
        VOID *pAdapter;                         /* in: the adapter, for a kernel-mode caller */
    };
    D3DKMT_CREATEDEVICEFLAGS Flags;             /* in */
    D3DKMT_HANDLE hDevice;                      /* out */
    /* The command buffer and lists below are D3D10-era outputs (for the legacy render path). */
    D3DKMT_PTR(VOID *, pCommandBuffer);         /* out */
    UINT CommandBufferSize;                     /* out, bytes */
    UINT Padding0;                              /* implicit in the Windows header */
    D3DKMT_PTR(D3DDDI_ALLOCATIONLIST *, pAllocationList);          /* out */
    UINT AllocationListSize;                    /* out, entries */
    UINT Padding1;                              /* implicit in the Windows header */
    D3DKMT_PTR(D3DDDI_PATCHLOCATIONLIST *, pPatchLocationList);    /* out */
    UINT PatchLocationListSize;                 /* out, entries */
    UINT Padding2;                              /* implicit in the Windows header */
} D3DKMT_CREATEDEVICE;

typedef struct _D3DKMT_DESTROYDEVICE
{
    D3DKMT_HANDLE hDevice;                      /* in */
} D3DKMT_DESTROYDEVICE;

/*
 * Who creates a context. G1 ends at DML_PYTORCH; G3 adds 21..28, so _MAX moves from 21 to 29.
 * G2 takes the G1 values (unconfirmed: docs/structures.md, D3DKMT_CLIENTHINT).
 */
typedef enum _D3DKMT_CLIENTHINT
{
    D3DKMT_CLIENTHINT_UNKNOWN = 0,
    D3DKMT_CLIENTHINT_OPENGL = 1,
    D3DKMT_CLIENTHINT_CDD = 2,
    D3DKMT_CLIENTHINT_OPENCL = 3,
    D3DKMT_CLIENTHINT_VULKAN = 4,
    D3DKMT_CLIENTHINT_CUDA = 5,
    D3DKMT_CLIENTHINT_RESERVED = 6,
    D3DKMT_CLIENTHINT_DX7 = 7,
    D3DKMT_CLIENTHINT_DX8 = 8,
    D3DKMT_CLIENTHINT_DX9 = 9,
    D3DKMT_CLIENTHINT_DX10 = 10,
    D3DKMT_CLIENTHINT_DX11 = 11,
    D3DKMT_CLIENTHINT_DX12 = 12,
    D3DKMT_CLIENTHINT_9ON12 = 13,
    D3DKMT_CLIENTHINT_11ON12 = 14,
    D3DKMT_CLIENTHINT_MFT_ENCODE = 15,
    D3DKMT_CLIENTHINT_GLON12 = 16,
    D3DKMT_CLIENTHINT_CLON12 = 17,
    D3DKMT_CLIENTHINT_DML_TENSORFLOW = 18,
    D3DKMT_CLIENTHINT_ONEAPI_LEVEL0 = 19,
    D3DKMT_CLIENTHINT_DML_PYTORCH = 20,
#if UMWS_GENERATION >= 3
    D3DKMT_CLIENTHINT_VKON12 = 21,
    D3DKMT_CLIENTHINT_FASTRPC = 22,
    D3DKMT_CLIENTHINT_SNPE = 23,
    D3DKMT_CLIENTHINT_QNN = 24,
    D3DKMT_CLIENTHINT_VITIS = 25,
    D3DKMT_CLIENTHINT_FFMPEG = 26,
    D3DKMT_CLIENTHINT_OPEN_VINO = 27,
    D3DKMT_CLIENTHINT_DML_WEBNN = 28,
#endif
    D3DKMT_CLIENTHINT_MAX
} D3DKMT_CLIENTHINT;

typedef struct _D3DKMT_CREATECONTEXTVIRTUAL
{
    D3DKMT_HANDLE hDevice;                      /* in */
    UINT NodeOrdinal;                           /* in: node (engine type) the context runs on */
    UINT EngineAffinity;                        /* in: engine within the node */
    D3DDDI_CREATECONTEXTFLAGS Flags;            /* in */
    D3DKMT_PTR(VOID *, pPrivateDriverData);     /* in: handed to the KMD */
    UINT PrivateDriverDataSize;                 /* in, bytes */
    D3DKMT_CLIENTHINT ClientHint;               /* in */
    D3DKMT_HANDLE hContext;                     /* out */
    UINT Padding0;                              /* implicit in the Windows header */
} D3DKMT_CREATECONTEXTVIRTUAL;

typedef struct _D3DKMT_DESTROYCONTEXT
{
    D3DKMT_HANDLE hContext;                     /* in */
} D3DKMT_DESTROYCONTEXT;

/* A plain bit-field word: the header gives it no Value member. */
typedef struct _D3DKMT_CREATEALLOCATIONFLAGS
{
    UINT CreateResource            : 1;     /* 0x00000001 */
    UINT CreateShared              : 1;     /* 0x00000002 */
    UINT NonSecure                 : 1;     /* 0x00000004 */
    UINT CreateProtected           : 1;     /* 0x00000008: kernel-mode callers only */
    UINT RestrictSharedAccess      : 1;     /* 0x00000010 */
    UINT ExistingSysMem            : 1;     /* 0x00000020: kernel-mode callers only */
    UINT NtSecuritySharing         : 1;     /* 0x00000040 */
    UINT ReadOnly                  : 1;     /* 0x00000080 */
    UINT CreateWriteCombined       : 1;     /* 0x00000100: kernel-mode callers only */
    UINT CreateCached              : 1;     /* 0x00000200: kernel-mode callers only */
    UINT SwapChainBackBuffer       : 1;     /* 0x00000400 */
    UINT CrossAdapter              : 1;     /* 0x00000800 */
    UINT OpenCrossAdapter          : 1;     /* 0x00001000: kernel-mode callers only */
    UINT PartialSharedCreation     : 1;     /* 0x00002000 */
    UINT Zeroed                    : 1;     /* 0x00004000: out, the pages came zeroed */
    UINT WriteWatch                : 1;     /* 0x00008000 */
    UINT StandardAllocation        : 1;     /* 0x00010000: pStandardAllocation is valid */
    UINT ExistingSection           : 1;     /* 0x00020000: hSection in D3DDDI_ALLOCATIONINFO2 */
    UINT AllowNotZeroed            : 1;     /* 0x00040000 */
    UINT PhysicallyContiguous      : 1;     /* 0x00080000 */
    UINT NoKmdAccess               : 1;     /* 0x00100000: the KMD is not told of it */
    UINT SharedDisplayable         : 1;     /* 0x00200000 */
#if UMWS_GENERATION >= 2
    UINT NoImplicitSynchronization : 1;     /* 0x00400000: WDDM 3.2 */
    UINT Reserved                  : 9;     /* 0xFF800000 */
#else
    UINT Reserved                  : 10;    /* 0xFFC00000 */
#endif
} D3DKMT_CREATEALLOCATIONFLAGS;

/* The argument of D3DKMTCreateAllocation and D3DKMTCreateAllocation2. */
typedef struct _D3DKMT_CREATEALLOCATION
{
    D3DKMT_HANDLE hDevice;                              /* in */
    D3DKMT_HANDLE hResource;                            /* in/out: resource handle, within the device */
    D3DKMT_HANDLE hGlobalShare;                         /* out: with CreateShared and no NtSecuritySharing */
    UINT Padding0;                                      /* implicit in the Windows header */
    D3DKMT_PTR(const VOID *, pPrivateRuntimeData);      /* in */
    UINT PrivateRuntimeDataSize;                        /* in, bytes */
    UINT Padding1;                                      /* implicit in the Windows header */
    union
    {
        D3DKMT_CREATESTANDARDALLOCATION *pStandardAllocation;  /* in, with StandardAllocation */
        const VOID *pPrivateDriverData;                 /* in: the resource's private data */
    };
    UINT PrivateDriverDataSize;                         /* in, bytes */
    UINT NumAllocations;                                /* in: entries in the array below */
    union
    {
        D3DDDI_ALLOCATIONINFO *pAllocationInfo;         /* D3DKMTCreateAllocation */
        D3DDDI_ALLOCATIONINFO2 *pAllocationInfo2;       /* D3DKMTCreateAllocation2: the one we use */
    };
    D3DKMT_CREATEALLOCATIONFLAGS Flags;                 /* in */
    UINT Padding2;                                      /* implicit in the Windows header */
    D3DKMT_PTR(HANDLE, hPrivateRuntimeResourceHandle);  /* in: opaque, for event tracing */
} D3DKMT_CREATEALLOCATION;

typedef struct _D3DKMT_DESTROYALLOCATION2
{
    D3DKMT_HANDLE hDevice;                              /* in */
    D3DKMT_HANDLE hResource;                            /* in opt */
    D3DKMT_PTR(const D3DKMT_HANDLE *, phAllocationList);    /* in */
    UINT AllocationCount;                               /* in: entries in phAllocationList */
    D3DDDICB_DESTROYALLOCATION2FLAGS Flags;             /* in */
} D3DKMT_DESTROYALLOCATION2;

/* Blocks the calling thread, or signals hAsyncEvent, once the fences reach the values. */
typedef struct _D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU
{
    D3DKMT_HANDLE hDevice;                              /* in */
    UINT ObjectCount;                                   /* in: entries in both arrays */
    D3DKMT_PTR(const D3DKMT_HANDLE *, ObjectHandleArray);   /* in: monitored fences */
    D3DKMT_PTR(const UINT64 *, FenceValueArray);        /* in: the value to wait for, per fence */
    D3DKMT_PTR(HANDLE, hAsyncEvent);                    /* in opt: NULL blocks the caller */
    D3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMCPU_FLAGS Flags;     /* in */
    UINT Padding0;                                      /* implicit in the Windows header */
} D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU;

/* ---- Thunk prototypes as function-pointer types (the testbed's OS implements them) --- */

#if !defined(APIENTRY)
#if defined(_WIN32)
#define APIENTRY __stdcall
#else
#define APIENTRY
#endif
#endif

typedef NTSTATUS (APIENTRY *PFND3DKMT_CREATEDOORBELL)(D3DKMT_CREATE_DOORBELL *);
typedef NTSTATUS (APIENTRY *PFND3DKMT_CONNECTDOORBELL)(D3DKMT_CONNECT_DOORBELL *);
typedef NTSTATUS (APIENTRY *PFND3DKMT_DESTROYDOORBELL)(D3DKMT_DESTROY_DOORBELL *);
typedef NTSTATUS (APIENTRY *PFND3DKMT_NOTIFYWORKSUBMISSION)(D3DKMT_NOTIFY_WORK_SUBMISSION *);
typedef NTSTATUS (APIENTRY *PFND3DKMT_CREATEHWQUEUE)(D3DKMT_CREATEHWQUEUE *);
typedef NTSTATUS (APIENTRY *PFND3DKMT_DESTROYHWQUEUE)(const D3DKMT_DESTROYHWQUEUE *);
typedef NTSTATUS (APIENTRY *PFND3DKMT_SUBMITCOMMANDTOHWQUEUE)(const D3DKMT_SUBMITCOMMANDTOHWQUEUE *);
/* Devices, contexts, allocations, residency, GPU VA, CPU waits: constness as in the SDK header. */
typedef NTSTATUS (APIENTRY *PFND3DKMT_CREATEDEVICE)(D3DKMT_CREATEDEVICE *);
typedef NTSTATUS (APIENTRY *PFND3DKMT_DESTROYDEVICE)(const D3DKMT_DESTROYDEVICE *);
typedef NTSTATUS (APIENTRY *PFND3DKMT_CREATECONTEXTVIRTUAL)(D3DKMT_CREATECONTEXTVIRTUAL *);
typedef NTSTATUS (APIENTRY *PFND3DKMT_DESTROYCONTEXT)(const D3DKMT_DESTROYCONTEXT *);
typedef NTSTATUS (APIENTRY *PFND3DKMT_CREATEALLOCATION2)(D3DKMT_CREATEALLOCATION *);
typedef NTSTATUS (APIENTRY *PFND3DKMT_DESTROYALLOCATION2)(const D3DKMT_DESTROYALLOCATION2 *);
typedef NTSTATUS (APIENTRY *PFND3DKMT_MAKERESIDENT)(D3DDDI_MAKERESIDENT *);
typedef NTSTATUS (APIENTRY *PFND3DKMT_MAPGPUVIRTUALADDRESS)(D3DDDI_MAPGPUVIRTUALADDRESS *);
typedef NTSTATUS (APIENTRY *PFND3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU)(
    const D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU *);
#if UMWS_GENERATION >= 3
typedef NTSTATUS (APIENTRY *PFND3DKMT_RESIZERINGBUFFER)(D3DKMT_RESIZERINGBUFFER *);
typedef NTSTATUS (APIENTRY *PFND3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION)(
    D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION *);
#endif

/* ---- The entry points ----------------------------------------------------------------- */

/*
 * Exported by the shim with their Windows names and signatures, as gdi32.dll exports them on
 * Windows; a native UMD links against the shim and calls them on a thread bound to an emulated
 * process (umws_os.h). Each forwards to the emulated OS, which captures the argument through a
 * guarded copy. A library that calls them defines UMWS_SHIM_CLIENT on Windows (dllimport).
 */
#if defined(_WIN32) && defined(UMWS_SHIM_CLIENT)
#define UMWS_D3DKMT_API __declspec(dllimport)
#elif defined(_WIN32)
#define UMWS_D3DKMT_API __declspec(dllexport)
#else
#define UMWS_D3DKMT_API __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
extern "C" {
#endif
UMWS_D3DKMT_API NTSTATUS APIENTRY D3DKMTCreateHwQueue(D3DKMT_CREATEHWQUEUE *pData);
UMWS_D3DKMT_API NTSTATUS APIENTRY D3DKMTDestroyHwQueue(const D3DKMT_DESTROYHWQUEUE *pData);
UMWS_D3DKMT_API NTSTATUS APIENTRY D3DKMTSubmitCommandToHwQueue(const D3DKMT_SUBMITCOMMANDTOHWQUEUE *pData);
UMWS_D3DKMT_API NTSTATUS APIENTRY D3DKMTCreateDoorbell(D3DKMT_CREATE_DOORBELL *pData);
UMWS_D3DKMT_API NTSTATUS APIENTRY D3DKMTConnectDoorbell(D3DKMT_CONNECT_DOORBELL *pData);
UMWS_D3DKMT_API NTSTATUS APIENTRY D3DKMTDestroyDoorbell(D3DKMT_DESTROY_DOORBELL *pData);
UMWS_D3DKMT_API NTSTATUS APIENTRY D3DKMTNotifyWorkSubmission(D3DKMT_NOTIFY_WORK_SUBMISSION *pData);
UMWS_D3DKMT_API NTSTATUS APIENTRY D3DKMTCreateDevice(D3DKMT_CREATEDEVICE *pData);
UMWS_D3DKMT_API NTSTATUS APIENTRY D3DKMTDestroyDevice(const D3DKMT_DESTROYDEVICE *pData);
UMWS_D3DKMT_API NTSTATUS APIENTRY D3DKMTCreateContextVirtual(D3DKMT_CREATECONTEXTVIRTUAL *pData);
UMWS_D3DKMT_API NTSTATUS APIENTRY D3DKMTDestroyContext(const D3DKMT_DESTROYCONTEXT *pData);
UMWS_D3DKMT_API NTSTATUS APIENTRY D3DKMTWaitForSynchronizationObjectFromCpu(
    const D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU *pData);
#if UMWS_GENERATION >= 3
UMWS_D3DKMT_API NTSTATUS APIENTRY D3DKMTCreateHwQueueForUserModeSubmission(
    D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION *pData);
#endif
#ifdef __cplusplus
}
#endif

#endif /* UMWS_D3DKMTHK_H */
