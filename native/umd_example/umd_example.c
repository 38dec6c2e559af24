/*
 * umd_example.c - a native UMD written as one is written for Windows, against the exported
 * D3DKMT entry points only (include/umws/umws_umd_example.h says what it does and reports).
 *
 * It includes the public headers and nothing else of the testbed: no shim internals, no platform
 * layer (umd_example_internal.h is its own, shared with umd_example_time.c). The orderings it needs are the compiler's atomic builtins (gcc, clang, MinGW-w64), each
 * named where it is used, with the side of the GPU or OS it pairs with (umws_gpu_packets.h).
 *
 * Which handle the doorbell calls take follows the generation exactly as dev.umws.umd.UmdQueue
 * does: G2 names the doorbell (hDoorbell from D3DKMTCreateDoorbell) in connect, notify and
 * destroy; G1 names the queue in all three; G3 names the queue in connect and notify, returns the
 * doorbell's CPU VA from each connect (DoorbellMapping), and has no doorbell to destroy apart
 * from its queue.
 */
#include <stdlib.h>
#include <string.h>

#include "umws/d3dkmthk.h"
#include "umws/ntstatus.h"
#include "umws/umws_gpu_packets.h"
#include "umws/umws_os.h"
#include "umws/umws_umd_example.h"
#include "umd_example_internal.h"

/* Keeps the first failure only: what fails after it (the teardown of a half-made run) follows from it. */
NTSTATUS example_fail(example_run *run, NTSTATUS status, uint32_t call, uint32_t queue)
{
    if (run->Result->FailedCall == UMWS_UMD_EXAMPLE_CALL_NONE) {
        run->Result->FirstFailure = status;
        run->Result->FailedCall = call;
        run->Result->FailedQueue = queue;
    }
    return status;
}

/* Every call here answers STATUS_SUCCESS when it did its work; anything else (STATUS_TIMEOUT from a
   wait included, although NT_SUCCESS calls it a success) is a failure of the run. */
static NTSTATUS check(example_run *run, NTSTATUS status, uint32_t call, uint32_t queue)
{
    return status == STATUS_SUCCESS ? status : example_fail(run, status, call, queue);
}

/* Acquire: pairs with the OS's release store of the status, so whatever the OS did before it
   (the doorbell VA moved, the physical doorbell bound) is seen with it. */
static uint32_t read_status(const example_queue *q)
{
    return (uint32_t)__atomic_load_n(q->Status, __ATOMIC_ACQUIRE);
}

/* ---- Setup ------------------------------------------------------------------------------- */

static NTSTATUS open_device(example_run *run)
{
    NTSTATUS s = check(run, umws_open_adapter(&run->hAdapter), UMWS_UMD_EXAMPLE_CALL_OPEN_ADAPTER,
                       UMWS_UMD_EXAMPLE_NO_QUEUE);
    if (s != STATUS_SUCCESS) {
        return s;
    }
    D3DKMT_CREATEDEVICE cd;
    memset(&cd, 0, sizeof cd);
    cd.hAdapter = run->hAdapter;
    s = check(run, D3DKMTCreateDevice(&cd), UMWS_UMD_EXAMPLE_CALL_CREATE_DEVICE, UMWS_UMD_EXAMPLE_NO_QUEUE);
    if (s != STATUS_SUCCESS) {
        return s;
    }
    run->hDevice = cd.hDevice;

    D3DKMT_CREATECONTEXTVIRTUAL cc;
    memset(&cc, 0, sizeof cc);
    cc.hDevice = run->hDevice;
    cc.NodeOrdinal = run->Args.Engine;
    cc.EngineAffinity = 1; /* bit 0: the node's first (here its only) engine */
    cc.ClientHint = D3DKMT_CLIENTHINT_UNKNOWN;
    s = check(run, D3DKMTCreateContextVirtual(&cc), UMWS_UMD_EXAMPLE_CALL_CREATE_CONTEXT, UMWS_UMD_EXAMPLE_NO_QUEUE);
    if (s == STATUS_SUCCESS) {
        run->hContext = cc.hContext;
    }
    return s;
}

/* An allocation of 'bytes' made resident: memory the UMD writes and the GPU reads. */
static NTSTATUS resident_allocation(example_run *run, example_queue *q, uint64_t bytes, D3DKMT_HANDLE *handle,
                                    void **cpu)
{
    UMWS_CREATEALLOCATION ca;
    memset(&ca, 0, sizeof ca);
    ca.hDevice = run->hDevice;
    ca.SizeInBytes = bytes;
    NTSTATUS s = check(run, umws_create_allocation(&ca), UMWS_UMD_EXAMPLE_CALL_CREATE_ALLOCATION, q->Index);
    if (s != STATUS_SUCCESS) {
        return s;
    }
    *handle = ca.hAllocation;
    *cpu = ca.CpuVirtualAddress;
    /* Resident before the doorbell is made: the OS refuses a doorbell whose rings the GPU cannot reach. */
    return check(run, umws_make_resident(ca.hAllocation), UMWS_UMD_EXAMPLE_CALL_MAKE_RESIDENT, q->Index);
}

/* D3DKMTConnectDoorbell. G3 says at each connect where the doorbell is now. */
static NTSTATUS connect_doorbell(example_run *run, example_queue *q)
{
    D3DKMT_CONNECT_DOORBELL c;
    memset(&c, 0, sizeof c);
#if UMWS_GENERATION == 2
    c.hDoorbell = q->hDoorbell;
#else
    c.hHwQueue = q->hQueue;
#endif
    NTSTATUS s = check(run, D3DKMTConnectDoorbell(&c), UMWS_UMD_EXAMPLE_CALL_CONNECT_DOORBELL, q->Index);
#if UMWS_GENERATION >= 3
    if (s == STATUS_SUCCESS) {
        q->Doorbell = (uint64_t *)c.DoorbellMapping.CpuVa;
    }
#endif
    return s;
}

/* The ring and its control, the queue and its doorbell the generation's way, then a connect. */
static NTSTATUS create_queue(example_run *run, example_queue *q)
{
    void *ring = NULL;
    void *control = NULL;
    NTSTATUS s = resident_allocation(run, q, run->Args.RingSizeInBytes, &q->hRing, &ring);
    if (s == STATUS_SUCCESS) {
        s = resident_allocation(run, q, sizeof(UMWS_GPU_RING_CONTROL), &q->hControl, &control);
    }
    if (s != STATUS_SUCCESS) {
        return s;
    }
    q->Ring = ring;
    q->RingSizeInBytes = run->Args.RingSizeInBytes;
    q->Control = control;
    q->WritePointer = 0; /* a new control allocation reads zero, as the GPU expects of a new ring */

#if UMWS_GENERATION >= 3
    D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION cq;
    memset(&cq, 0, sizeof cq);
    cq.hHwContext = run->hContext;
    cq.hRingBuffer = q->hRing;
    cq.hRingBufferControl = q->hControl;
    s = check(run, D3DKMTCreateHwQueueForUserModeSubmission(&cq), UMWS_UMD_EXAMPLE_CALL_CREATE_HWQUEUE_FOR_UMS,
              q->Index);
    if (s != STATUS_SUCCESS) {
        return s;
    }
    q->hQueue = cq.hHwQueue;
    q->hFence = cq.hProgressFence;
    q->Status = (const uint64_t *)cq.DoorbellStatusCpuVa;
    q->ProgressFence = (const uint64_t *)cq.ProgressFenceMapping.CurrentValueCpuVa;
    q->ProgressFenceGpuVa = cq.ProgressFenceMapping.CurrentValueGpuVa;
    q->LastQueued = (uint64_t *)cq.ProgressFenceLastQueuedValueCpuVa;
#else
    D3DKMT_CREATEHWQUEUE cq;
    memset(&cq, 0, sizeof cq);
    cq.hHwContext = run->hContext;
    cq.Flags.UserModeSubmission = 1;
    s = check(run, D3DKMTCreateHwQueue(&cq), UMWS_UMD_EXAMPLE_CALL_CREATE_HWQUEUE, q->Index);
    if (s != STATUS_SUCCESS) {
        return s;
    }
    q->hQueue = cq.hHwQueue;
    q->hFence = cq.hHwQueueProgressFence;
    q->ProgressFence = (const uint64_t *)cq.HwQueueProgressFenceCPUVirtualAddress;
    q->ProgressFenceGpuVa = cq.HwQueueProgressFenceGPUVirtualAddress;

    D3DKMT_CREATE_DOORBELL cd;
    memset(&cd, 0, sizeof cd);
    cd.hHwQueue = q->hQueue;
    cd.hRingBuffer = q->hRing;
    cd.hRingBufferControl = q->hControl;
    s = check(run, D3DKMTCreateDoorbell(&cd), UMWS_UMD_EXAMPLE_CALL_CREATE_DOORBELL, q->Index);
    if (s != STATUS_SUCCESS) {
        return s;
    }
    q->Doorbell = (uint64_t *)cd.DoorbellCPUVirtualAddress; /* stable for the doorbell's life */
    q->Status = (const uint64_t *)cd.DoorbellStatusCPUVirtualAddress;
#if UMWS_GENERATION == 2
    q->hDoorbell = cd.hDoorbell;
    q->LastQueued = (uint64_t *)cd.HwQueueProgressFenceLastQueuedValueCPUVirtualAddress;
#endif
#endif
    /* A new doorbell reads DISCONNECTED_RETRY: connect now rather than at the first ring (G3 must,
       to learn where its doorbell is). Later connects are reconnects after a victimization. */
    return connect_doorbell(run, q);
}

/* ---- The submission protocol --------------------------------------------------------------- */

/* WRITE_FENCE(value, INTERRUPT) at the write pointer, after a NOP padding the ring's tail when the
   packet would straddle the end. Plain stores: the release store of WritePointer publishes them. */
static void write_fence(example_queue *q, uint64_t value)
{
    uint64_t offset = q->WritePointer & (q->RingSizeInBytes - 1);
    if (offset + FENCE_BYTES > q->RingSizeInBytes) {
        UMWS_GPU_PACKET_HEADER nop = {UMWS_GPU_OP_NOP, 0, (uint32_t)(q->RingSizeInBytes - offset)};
        memcpy(q->Ring + offset, &nop, sizeof nop);
        q->WritePointer += q->RingSizeInBytes - offset;
        offset = 0;
    }
    UMWS_GPU_PACKET_WRITE_FENCE p;
    memset(&p, 0, sizeof p);
    p.Header.Opcode = UMWS_GPU_OP_WRITE_FENCE;
    p.Header.Flags = UMWS_GPU_FENCE_FLAG_INTERRUPT; /* MONITORED_FENCE_SIGNALED wakes the OS's waiters */
    p.Header.Length = (uint32_t)FENCE_BYTES;
    p.FenceGpuVa = q->ProgressFenceGpuVa;
    p.Value = value;
    memcpy(q->Ring + offset, &p, sizeof p);
    q->WritePointer += FENCE_BYTES;
}

/*
 * The doorbell: the new write pointer, or +1 on the engine's global doorbell, where queues may
 * write equal pointers. Seq_cst, which is a release (pairing with the firmware's acquire load of
 * the doorbell, so the WritePointer stored before is seen with the ring) and, with the seq_cst
 * status load after it, the full fence between the two (see ring_and_react). A separate
 * __atomic_thread_fence would say the same, but TSan cannot check a fence.
 */
static void ring_doorbell(example_run *run, example_queue *q)
{
    if (run->Args.Flags & UMWS_UMD_EXAMPLE_FLAG_GLOBAL_DOORBELL) {
        __atomic_fetch_add(q->Doorbell, 1, __ATOMIC_SEQ_CST);
    } else {
        __atomic_store_n(q->Doorbell, q->WritePointer, __ATOMIC_SEQ_CST);
    }
    run->Result->Rings++;
}

/* D3DKMTNotifyWorkSubmission for the work just rung. */
static NTSTATUS notify(example_queue *q)
{
    D3DKMT_NOTIFY_WORK_SUBMISSION n;
    memset(&n, 0, sizeof n); /* G3: 64 bytes of private data for the KMD, none here */
#if UMWS_GENERATION == 2
    n.hDoorbell = q->hDoorbell;
#else
    n.hHwQueue = q->hQueue;
#endif
    return D3DKMTNotifyWorkSubmission(&n);
}

/*
 * Ring, then read the status until the ring is known to count. The ring's store and the status
 * load are both seq_cst: release, acquire, and the full fence between them (x86-64: the store is
 * an XCHG; ARM64: STLR then LDAR, which do not pass each other). That StoreLoad order is what the
 * protocol rests on: the OS moves the doorbell VA to the dummy page before it writes a
 * disconnected status, so a ring that landed there is always followed by a status that says so,
 * never by a stale CONNECTED.
 */
static NTSTATUS ring_and_react(example_run *run, example_queue *q)
{
    for (;;) {
        ring_doorbell(run, q);
        uint32_t status = (uint32_t)__atomic_load_n(q->Status, __ATOMIC_SEQ_CST); /* acquire, after the ring */
        if (status == D3DDDI_DOORBELLSTATUS_CONNECTED) {
            return STATUS_SUCCESS;
        }
        if (status == D3DDDI_DOORBELLSTATUS_CONNECTED_NOTIFY_KMD) {
            NTSTATUS s = notify(q);
            if (s == STATUS_SUCCESS) {
                run->Result->Notifies++;
                return s;
            }
            if (s != STATUS_INVALID_PARAMETER) {
                return example_fail(run, s, UMWS_UMD_EXAMPLE_CALL_NOTIFY_WORK_SUBMISSION, q->Index);
            }
            /* The OS refuses a notify once the status no longer reads CONNECTED_NOTIFY_KMD: a
               disconnect came between the read and the notify. Ring and read again. */
            run->Result->NotifyRaces++;
            continue;
        }
        if (status == D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY) {
            /* The ring went to the dummy page; the work is still in the ring. */
            NTSTATUS s = connect_doorbell(run, q);
            if (s != STATUS_SUCCESS) {
                return s;
            }
            run->Result->Reconnects++;
            continue;
        }
        if (status == D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT) {
            run->Result->Aborts++; /* the device is lost: a UMD re-creates everything or gives up */
        }
        return example_fail(run, STATUS_DEVICE_REMOVED, UMWS_UMD_EXAMPLE_CALL_DOORBELL_STATUS, q->Index);
    }
}

/* Waits until 'room' bytes fit, polling ReadPointer (acquire: pairs with the firmware's release
   store after it ran the packets before it, so their ring space is free to overwrite). */
static NTSTATUS wait_for_space(example_run *run, example_queue *q, uint64_t room)
{
    while (q->WritePointer + room - __atomic_load_n(&q->Control->ReadPointer, __ATOMIC_ACQUIRE) > q->RingSizeInBytes) {
        /* Queued work runs only on a connected doorbell: after a victimization nothing moves
           ReadPointer until this UMD reconnects and rings again, so the wait would never end. */
        uint32_t status = read_status(q);
        if (status != D3DDDI_DOORBELLSTATUS_CONNECTED && status != D3DDDI_DOORBELLSTATUS_CONNECTED_NOTIFY_KMD) {
            NTSTATUS s = ring_and_react(run, q);
            if (s != STATUS_SUCCESS) {
                return s;
            }
        }
        example_cpu_relax();
    }
    return STATUS_SUCCESS;
}

/* One batch of 'count' fences on one queue, from packets to the status read. */
NTSTATUS example_submit_batch(example_run *run, example_queue *q, uint32_t count)
{
    /* the packets plus at most one NOP at the ring's end (shorter than a packet) */
    NTSTATUS s = wait_for_space(run, q, (uint64_t)(count + 1) * FENCE_BYTES);
    if (s != STATUS_SUCCESS) {
        return s;
    }
    for (uint32_t i = 0; i < count; i++) {
        write_fence(q, ++q->LastSubmitted);
    }
    if (q->LastQueued != NULL) {
        /* Release, before the ring: the OS's idle test (progress fence >= last queued) must never
           see the fence pass a value it was not told of. */
        __atomic_store_n(q->LastQueued, q->LastSubmitted, __ATOMIC_RELEASE);
    }
    /* Release: pairs with the firmware's acquire load of WritePointer, so it sees the packets. */
    __atomic_store_n(&q->Control->WritePointer, q->WritePointer, __ATOMIC_RELEASE);
    return ring_and_react(run, q);
}

/* The queues take turns, a batch each, so that they take physical doorbells from each other. */
static NTSTATUS submit_all(example_run *run)
{
    const UMWS_UMD_EXAMPLE_ARGS *a = &run->Args;
    for (uint32_t done = 0; done < a->SubmissionsPerQueue;) {
        uint32_t n = a->SubmissionsPerQueue - done < a->BatchSize ? a->SubmissionsPerQueue - done : a->BatchSize;
        for (uint32_t i = 0; i < a->Queues; i++) {
            NTSTATUS s = example_submit_batch(run, &run->Queues[i], n);
            if (s != STATUS_SUCCESS) {
                return s;
            }
        }
        done += n;
    }
    return STATUS_SUCCESS;
}

/* Blocks in the OS until each queue's progress fence reaches its last value, then counts. */
static NTSTATUS wait_all(example_run *run)
{
    for (uint32_t i = 0; i < run->Args.Queues; i++) {
        example_queue *q = &run->Queues[i];
        /* Work rung into a doorbell taken away after its last ring runs when the KMD drains the
           victim; should the status say the doorbell went with work still queued, reconnect and
           ring once more rather than wait for nothing. */
        if (__atomic_load_n(q->ProgressFence, __ATOMIC_ACQUIRE) < q->LastSubmitted &&
            read_status(q) == D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY) {
            NTSTATUS s = ring_and_react(run, q);
            if (s != STATUS_SUCCESS) {
                return s;
            }
        }
        D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU w;
        memset(&w, 0, sizeof w);
        w.hDevice = run->hDevice;
        w.ObjectCount = 1;
        w.ObjectHandleArray = &q->hFence;
        w.FenceValueArray = &q->LastSubmitted;
        w.hAsyncEvent = NULL; /* block this thread */
        NTSTATUS s = check(run, D3DKMTWaitForSynchronizationObjectFromCpu(&w), UMWS_UMD_EXAMPLE_CALL_WAIT, i);
        if (s != STATUS_SUCCESS) {
            return s;
        }
        /* Acquire: pairs with the GPU's release store of the fence. */
        run->Result->FencesCompleted += __atomic_load_n(q->ProgressFence, __ATOMIC_ACQUIRE);
    }
    return STATUS_SUCCESS;
}

/* ---- Teardown -------------------------------------------------------------------------------- */

/* Destroys what exists, in the reverse order of creation; every failure is kept if it is the first. */
static void teardown(example_run *run)
{
    for (uint32_t i = 0; run->Queues != NULL && i < run->Args.Queues; i++) {
        example_queue *q = &run->Queues[i];
#if UMWS_GENERATION <= 2
        if (q->Status != NULL) { /* a doorbell was made */
            D3DKMT_DESTROY_DOORBELL d;
            memset(&d, 0, sizeof d);
#if UMWS_GENERATION == 2
            d.hDoorbell = q->hDoorbell;
#else
            d.hHwQueue = q->hQueue;
#endif
            check(run, D3DKMTDestroyDoorbell(&d), UMWS_UMD_EXAMPLE_CALL_DESTROY_DOORBELL, i);
        }
#endif
        if (q->hQueue != 0) { /* G3: its doorbell goes with it */
            D3DKMT_DESTROYHWQUEUE d;
            memset(&d, 0, sizeof d);
            d.hHwQueue = q->hQueue;
            check(run, D3DKMTDestroyHwQueue(&d), UMWS_UMD_EXAMPLE_CALL_DESTROY_HWQUEUE, i);
        }
        /* after the doorbell: the OS refuses to destroy an allocation a doorbell still uses */
        if (q->hControl != 0) {
            check(run, umws_destroy_allocation(q->hControl), UMWS_UMD_EXAMPLE_CALL_DESTROY_ALLOCATION, i);
        }
        if (q->hRing != 0) {
            check(run, umws_destroy_allocation(q->hRing), UMWS_UMD_EXAMPLE_CALL_DESTROY_ALLOCATION, i);
        }
    }
    if (run->hContext != 0) {
        D3DKMT_DESTROYCONTEXT d;
        memset(&d, 0, sizeof d);
        d.hContext = run->hContext;
        check(run, D3DKMTDestroyContext(&d), UMWS_UMD_EXAMPLE_CALL_DESTROY_CONTEXT, UMWS_UMD_EXAMPLE_NO_QUEUE);
    }
    if (run->hDevice != 0) {
        D3DKMT_DESTROYDEVICE d;
        memset(&d, 0, sizeof d);
        d.hDevice = run->hDevice;
        check(run, D3DKMTDestroyDevice(&d), UMWS_UMD_EXAMPLE_CALL_DESTROY_DEVICE, UMWS_UMD_EXAMPLE_NO_QUEUE);
    }
    if (run->hAdapter != 0) {
        check(run, umws_close_adapter(run->hAdapter), UMWS_UMD_EXAMPLE_CALL_CLOSE_ADAPTER, UMWS_UMD_EXAMPLE_NO_QUEUE);
    }
}

/* ---- The entry point ----------------------------------------------------------------------- */

static int args_valid(const UMWS_UMD_EXAMPLE_ARGS *a)
{
    uint64_t ring = a->RingSizeInBytes;
    return a->Queues >= 1 && a->Queues <= UMWS_UMD_EXAMPLE_MAX_QUEUES && a->BatchSize >= 1 &&
           a->BatchSize <= UMWS_UMD_EXAMPLE_MAX_BATCH && ring >= UMWS_GPU_RING_MIN_BYTES &&
           ring <= UMWS_GPU_RING_MAX_BYTES && (ring & (ring - 1)) == 0 &&
           (uint64_t)(a->BatchSize + 1) * FENCE_BYTES <= ring &&
           (a->Flags & ~(uint32_t)UMWS_UMD_EXAMPLE_FLAG_GLOBAL_DOORBELL) == 0;
}

NTSTATUS example_start(example_run *run, const UMWS_UMD_EXAMPLE_ARGS *args, UMWS_UMD_EXAMPLE_RESULT *result)
{
    memset(result, 0, sizeof *result);
    result->FirstFailure = STATUS_SUCCESS;
    result->FailedCall = UMWS_UMD_EXAMPLE_CALL_NONE;
    result->FailedQueue = UMWS_UMD_EXAMPLE_NO_QUEUE;

    memset(run, 0, sizeof *run);
    run->Result = result;
    if (args == NULL || !args_valid(args)) {
        return example_fail(run, STATUS_INVALID_PARAMETER, UMWS_UMD_EXAMPLE_CALL_SETUP, UMWS_UMD_EXAMPLE_NO_QUEUE);
    }
    run->Args = *args;
    run->Queues = calloc(run->Args.Queues, sizeof *run->Queues);
    if (run->Queues == NULL) {
        return example_fail(run, STATUS_NO_MEMORY, UMWS_UMD_EXAMPLE_CALL_SETUP, UMWS_UMD_EXAMPLE_NO_QUEUE);
    }

    NTSTATUS s = open_device(run);
    for (uint32_t i = 0; s == STATUS_SUCCESS && i < run->Args.Queues; i++) {
        run->Queues[i].Index = i;
        s = create_queue(run, &run->Queues[i]);
    }
    return s;
}

NTSTATUS example_finish(example_run *run, NTSTATUS status)
{
    if (status == STATUS_SUCCESS) {
        wait_all(run);
    }
    teardown(run);
    free(run->Queues);
    run->Queues = NULL;
    return run->Result->FirstFailure;
}

UMWS_UMD_EXAMPLE_API NTSTATUS umws_umd_example_run(const UMWS_UMD_EXAMPLE_ARGS *args, UMWS_UMD_EXAMPLE_RESULT *result)
{
    if (result == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    example_run run;
    NTSTATUS s = example_start(&run, args, result);
    if (s == STATUS_SUCCESS) {
        s = submit_all(&run);
    }
    return example_finish(&run, s);
}
