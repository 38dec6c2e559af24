/*
 * umws_umd_example.h - a native user-mode driver built as a library of its own
 * (umws_umd_example), written only against what a Windows UMD has: the D3DKMT entry points that
 * the shim exports with their Windows signatures (d3dkmthk.h), the testbed's calls that stand in
 * for Windows' memory management (umws_os.h) and the GPU's packet format (umws_gpu_packets.h).
 * It links the shim as a Windows UMD links gdi32.dll, and nothing of the shim's internals.
 *
 * umws_umd_example_run does, on the calling thread (which must be bound to an emulated process,
 * umws_os.h): umws_open_adapter, D3DKMTCreateDevice, D3DKMTCreateContextVirtual on node Engine;
 * per queue a ring and a ring-control allocation made resident, the queue and doorbell the way
 * the generation makes them (G1/G2: D3DKMTCreateHwQueue with UserModeSubmission, then
 * D3DKMTCreateDoorbell; G3: D3DKMTCreateHwQueueForUserModeSubmission) and D3DKMTConnectDoorbell;
 * then SubmissionsPerQueue fences per queue, BatchSize per ring, the queues taking turns batch by
 * batch (so that with fewer physical doorbells than queues they victimize each other), each ring
 * following the protocol of docs/umws-model.md; then D3DKMTWaitForSynchronizationObjectFromCpu
 * on each queue's progress fence for its last value; then it destroys everything it made.
 *
 * umws_umd_example_time does the same with each batch timed, for the experiment runner.
 */
#ifndef UMWS_UMD_EXAMPLE_H
#define UMWS_UMD_EXAMPLE_H

#include "wddm_base.h"

/* The library exports these two functions; the shim, which only lists the structures, imports nothing. */
#if defined(_WIN32) && defined(UMWS_UMD_EXAMPLE_BUILD)
#define UMWS_UMD_EXAMPLE_API __declspec(dllexport)
#elif defined(_WIN32)
#define UMWS_UMD_EXAMPLE_API __declspec(dllimport)
#else
#define UMWS_UMD_EXAMPLE_API __attribute__((visibility("default")))
#endif

/* UMWS_UMD_EXAMPLE_ARGS.Flags */
#define UMWS_UMD_EXAMPLE_FLAG_GLOBAL_DOORBELL 0x1   /* the engine has one global doorbell: ring by adding 1 */

#define UMWS_UMD_EXAMPLE_MAX_QUEUES 1024
#define UMWS_UMD_EXAMPLE_MAX_BATCH 1024             /* fences per ring */
#define UMWS_UMD_EXAMPLE_NO_QUEUE 0xFFFFFFFFu       /* FailedQueue of a failure that concerns no queue */

/*
 * Which call returned UMWS_UMD_EXAMPLE_RESULT.FirstFailure. Values are stable: the Java runner
 * names them (dev.umws.abi.umws_umd_example_h).
 */
enum
{
    UMWS_UMD_EXAMPLE_CALL_NONE = 0,
    UMWS_UMD_EXAMPLE_CALL_SETUP = 1,            /* the example itself: bad arguments (STATUS_INVALID_PARAMETER)
                                                   or no memory for its queue table (STATUS_NO_MEMORY) */
    UMWS_UMD_EXAMPLE_CALL_OPEN_ADAPTER = 2,     /* umws_open_adapter */
    UMWS_UMD_EXAMPLE_CALL_CREATE_DEVICE = 3,    /* D3DKMTCreateDevice */
    UMWS_UMD_EXAMPLE_CALL_CREATE_CONTEXT = 4,   /* D3DKMTCreateContextVirtual */
    UMWS_UMD_EXAMPLE_CALL_CREATE_ALLOCATION = 5, /* umws_create_allocation */
    UMWS_UMD_EXAMPLE_CALL_MAKE_RESIDENT = 6,    /* umws_make_resident */
    UMWS_UMD_EXAMPLE_CALL_CREATE_HWQUEUE = 7,   /* D3DKMTCreateHwQueue (G1/G2) */
    UMWS_UMD_EXAMPLE_CALL_CREATE_DOORBELL = 8,  /* D3DKMTCreateDoorbell (G1/G2) */
    UMWS_UMD_EXAMPLE_CALL_CREATE_HWQUEUE_FOR_UMS = 9, /* D3DKMTCreateHwQueueForUserModeSubmission (G3) */
    UMWS_UMD_EXAMPLE_CALL_CONNECT_DOORBELL = 10, /* D3DKMTConnectDoorbell */
    UMWS_UMD_EXAMPLE_CALL_NOTIFY_WORK_SUBMISSION = 11, /* D3DKMTNotifyWorkSubmission (other than the race) */
    UMWS_UMD_EXAMPLE_CALL_DOORBELL_STATUS = 12, /* the status read after a ring said DISCONNECTED_ABORT
                                                   (or no status a UMD knows): STATUS_DEVICE_REMOVED */
    UMWS_UMD_EXAMPLE_CALL_WAIT = 13,            /* D3DKMTWaitForSynchronizationObjectFromCpu, or
                                                   umws_umd_example_time's spin on a progress fence
                                                   (STATUS_TIMEOUT after 10 s) */
    UMWS_UMD_EXAMPLE_CALL_DESTROY_DOORBELL = 14, /* D3DKMTDestroyDoorbell (G1/G2) */
    UMWS_UMD_EXAMPLE_CALL_DESTROY_HWQUEUE = 15, /* D3DKMTDestroyHwQueue */
    UMWS_UMD_EXAMPLE_CALL_DESTROY_ALLOCATION = 16, /* umws_destroy_allocation */
    UMWS_UMD_EXAMPLE_CALL_DESTROY_CONTEXT = 17, /* D3DKMTDestroyContext */
    UMWS_UMD_EXAMPLE_CALL_DESTROY_DEVICE = 18,  /* D3DKMTDestroyDevice */
    UMWS_UMD_EXAMPLE_CALL_CLOSE_ADAPTER = 19,   /* umws_close_adapter */
};

/*
 *   0 Engine  4 Queues  8 SubmissionsPerQueue  12 BatchSize  16 RingSizeInBytes  24 Flags  28 Padding0
 *   (32 bytes)
 */
typedef struct UMWS_UMD_EXAMPLE_ARGS
{
    uint32_t Engine;                /* node ordinal of the context (D3DKMT_CREATECONTEXTVIRTUAL.NodeOrdinal) */
    uint32_t Queues;                /* 1..UMWS_UMD_EXAMPLE_MAX_QUEUES, one context for all */
    uint32_t SubmissionsPerQueue;   /* fences per queue (0: create, connect and destroy only) */
    uint32_t BatchSize;             /* fences per ring, 1..UMWS_UMD_EXAMPLE_MAX_BATCH */
    uint64_t RingSizeInBytes;       /* a power of two, UMWS_GPU_RING_MIN_BYTES..UMWS_GPU_RING_MAX_BYTES,
                                       holding at least BatchSize + 1 fence packets (24 bytes each) */
    uint32_t Flags;                 /* UMWS_UMD_EXAMPLE_FLAG_* */
    uint32_t Padding0;
} UMWS_UMD_EXAMPLE_ARGS;

/*
 *   0 FencesCompleted  8 Rings  16 Reconnects  24 Notifies  32 NotifyRaces  40 Aborts
 *  48 FirstFailure  52 FailedCall  56 FailedQueue  60 Padding0  (64 bytes)
 */
typedef struct UMWS_UMD_EXAMPLE_RESULT
{
    uint64_t FencesCompleted;       /* the progress fences' values after the waits, summed over the queues */
    uint64_t Rings;                 /* doorbell stores, rings again after a reconnect or a lost notify race included */
    uint64_t Reconnects;            /* DISCONNECTED_RETRY read after a ring: D3DKMTConnectDoorbell, ring again */
    uint64_t Notifies;              /* CONNECTED_NOTIFY_KMD read after a ring: D3DKMTNotifyWorkSubmission succeeded */
    uint64_t NotifyRaces;           /* notifies refused with STATUS_INVALID_PARAMETER: a disconnect came
                                       first; the UMD rang and read its status again */
    uint64_t Aborts;                /* DISCONNECTED_ABORT read after a ring (the run stops there) */
    NTSTATUS FirstFailure;          /* STATUS_SUCCESS, or what the first failing call returned */
    uint32_t FailedCall;            /* UMWS_UMD_EXAMPLE_CALL_* of FirstFailure */
    uint32_t FailedQueue;           /* the queue (0-based) that call was for, or UMWS_UMD_EXAMPLE_NO_QUEUE */
    uint32_t Padding0;
} UMWS_UMD_EXAMPLE_RESULT;

#ifdef __cplusplus
extern "C" {
#endif
/*
 * Runs the example on the calling thread (see the top of this file); fills *result whatever
 * happens and returns result->FirstFailure (STATUS_INVALID_PARAMETER when result is NULL).
 * After a failure it submits and waits no more, but still destroys what it made; a failure of
 * that teardown is reported only when nothing failed before it.
 */
UMWS_UMD_EXAMPLE_API NTSTATUS umws_umd_example_run(const UMWS_UMD_EXAMPLE_ARGS *args, UMWS_UMD_EXAMPLE_RESULT *result);

/*
 * The run above with its submissions timed, for the experiment runner (umws bench): after each
 * batch's status read the calling thread spins on that queue's progress fence until the batch's
 * last fence is written, before the next queue's turn. ring_to_fence_ns[i], for the i-th batch
 * of the run (Queues x ceil(SubmissionsPerQueue / BatchSize) of them, the queues taking turns),
 * is the time from just before its packets are written to its fence seen, in ns on the shim's
 * clock (umws_bench_now_ns, the clock of the C UMD's umws_bench_cumd_ring_to_fence). With more
 * queues than physical doorbells each batch finds its doorbell taken by the queue before it, and
 * its time includes the reconnect through D3DKMTConnectDoorbell. The creation before and the CPU
 * waits and teardown after are not timed. A NULL ring_to_fence_ns is refused as bad arguments are.
 */
UMWS_UMD_EXAMPLE_API NTSTATUS umws_umd_example_time(const UMWS_UMD_EXAMPLE_ARGS *args, UMWS_UMD_EXAMPLE_RESULT *result,
                                                    uint64_t *ring_to_fence_ns);
#ifdef __cplusplus
}
#endif

#endif /* UMWS_UMD_EXAMPLE_H */
