/*
 * d3dkmthk.h (umws mirror) - the D3DKMT thunk structures of user-mode work submission:
 * doorbells and hardware queues, as a user-mode driver passes them to the OS.
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
#if UMWS_GENERATION >= 3
UMWS_D3DKMT_API NTSTATUS APIENTRY D3DKMTCreateHwQueueForUserModeSubmission(
    D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION *pData);
#endif
#ifdef __cplusplus
}
#endif

#endif /* UMWS_D3DKMTHK_H */
