/*
 * test_umd_example.c - the example UMD (umws_umd_example) against an OS this test plays itself:
 * a dispatcher installed with umws_os_set_dispatch answers the entry points, hands out memory for
 * the ring, control, doorbell, status and fence, and runs the ring like a firmware whenever the UMD
 * notifies (the status reads CONNECTED_NOTIFY_KMD after every connect). What it checks: the calls
 * in their order and with the handles of the generation, the packets in the ring, the orderings'
 * results (last-queued and doorbell values), the reactions to a lost notify race and to a
 * victimization, the teardown after a failure, and the answers before any OS is reached.
 *
 * The plain build links the two libraries as made (DLLs under Wine in mingw_wine), so it also shows
 * that the example's imports reach the shim it was linked with.
 */
#include <string.h>

#include "umws/d3dkmthk.h"
#include "umws/ntstatus.h"
#include "umws/umws_gpu_packets.h"
#include "umws/umws_os.h"
#include "umws/umws_umd_example.h"
#include "umws_test.h"

#define PROCESS 7
enum
{
    H_ADAPTER = 0x40,
    H_DEVICE,
    H_CONTEXT,
    H_RING,
    H_CONTROL,
    H_QUEUE,
    H_FENCE,
    H_DOORBELL,
};
#define FENCE_GPU_VA 0x100000000ull
#define RING_BYTES 256u /* small: 10 fence packets, then a 16-byte NOP pads the end */

static struct
{
    uint32_t fail_thunk;      /* answer STATUS_INVALID_PARAMETER to this entry point (0: none) */
    uint32_t calls[256];      /* the entry points reached, in order */
    uint32_t ncalls;
    uint64_t process;         /* the process the last call came from */
    uint32_t allocations;
    uint64_t status;          /* the status page */
    uint64_t doorbell;        /* the doorbell slot */
    uint64_t fence;           /* the progress fence */
    uint64_t last_queued;
    uint32_t notify_calls;
    uint32_t race_at;         /* refuse this notify call (1-based) as lost to a disconnect */
    uint32_t retry_after;     /* disconnect (RETRY) after running the work of this notify call */
    uint32_t abort_after;     /* lose the device (ABORT) after running the work of this notify call */
    uint32_t bad;             /* anything the UMD did wrong, counted where it is seen */
} os;

static _Alignas(64) uint8_t ring_mem[RING_BYTES];
static _Alignas(64) UMWS_GPU_RING_CONTROL control_mem;

static void reset_os(void)
{
    memset(&os, 0, sizeof os);
    memset(ring_mem, 0, sizeof ring_mem);
    memset(&control_mem, 0, sizeof control_mem);
}

/* The "firmware": runs the ring from ReadPointer to WritePointer, checking every packet. */
static void run_ring(void)
{
    uint64_t wp = __atomic_load_n(&control_mem.WritePointer, __ATOMIC_ACQUIRE);
    uint64_t rp = control_mem.ReadPointer;
    if (os.doorbell != wp) {
        os.bad++; /* the ring stores the new write pointer */
    }
    while (rp < wp) {
        uint64_t offset = rp % RING_BYTES;
        UMWS_GPU_PACKET_HEADER h;
        memcpy(&h, ring_mem + offset, sizeof h);
        if (h.Opcode == UMWS_GPU_OP_NOP && h.Length > 0 && offset + h.Length == RING_BYTES) {
            rp += h.Length;
            continue;
        }
        UMWS_GPU_PACKET_WRITE_FENCE p;
        memcpy(&p, ring_mem + offset, sizeof p);
        if (h.Opcode != UMWS_GPU_OP_WRITE_FENCE || h.Flags != UMWS_GPU_FENCE_FLAG_INTERRUPT || h.Length != sizeof p ||
            p.FenceGpuVa != FENCE_GPU_VA || p.Value != os.fence + 1) {
            os.bad++;
            break;
        }
        os.fence = p.Value;
        rp += sizeof p;
    }
    __atomic_store_n(&control_mem.ReadPointer, rp, __ATOMIC_RELEASE);
}

/* What connect, notify and destroy name in this generation. */
static int names_doorbell(D3DKMT_HANDLE h)
{
    return h == (UMWS_GENERATION == 2 ? (D3DKMT_HANDLE)H_DOORBELL : (D3DKMT_HANDLE)H_QUEUE);
}

static NTSTATUS fake_os(uint32_t thunk, uint64_t process, void *args)
{
    os.calls[os.ncalls++ % 256] = thunk;
    os.process = process;
    if (thunk == os.fail_thunk) {
        return STATUS_INVALID_PARAMETER;
    }
    switch (thunk) {
    case UMWS_THUNK_OPENADAPTER:
        *(D3DKMT_HANDLE *)args = H_ADAPTER;
        return STATUS_SUCCESS;
    case UMWS_THUNK_CLOSEADAPTER:
        return *(const D3DKMT_HANDLE *)args == H_ADAPTER ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
    case UMWS_THUNK_CREATEDEVICE: {
        D3DKMT_CREATEDEVICE *d = args;
        d->hDevice = H_DEVICE;
        return d->hAdapter == H_ADAPTER ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
    }
    case UMWS_THUNK_CREATECONTEXTVIRTUAL: {
        D3DKMT_CREATECONTEXTVIRTUAL *c = args;
        c->hContext = H_CONTEXT;
        return c->hDevice == H_DEVICE && c->NodeOrdinal == 1 ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
    }
    case UMWS_THUNK_CREATEALLOCATION: {
        UMWS_CREATEALLOCATION *a = args;
        int ring = os.allocations++ == 0;
        if (a->hDevice != H_DEVICE || a->SizeInBytes != (ring ? RING_BYTES : sizeof control_mem)) {
            return STATUS_INVALID_PARAMETER;
        }
        a->hAllocation = ring ? H_RING : H_CONTROL;
        a->CpuVirtualAddress = ring ? (void *)ring_mem : (void *)&control_mem;
        a->GpuVirtualAddress = ring ? 0x200000000ull : 0x300000000ull;
        return STATUS_SUCCESS;
    }
    case UMWS_THUNK_MAKERESIDENT: {
        D3DKMT_HANDLE h = *(const D3DKMT_HANDLE *)args;
        return h == H_RING || h == H_CONTROL ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
    }
#if UMWS_GENERATION >= 3
    case UMWS_THUNK_CREATEHWQUEUEFORUSERMODESUBMISSION: {
        D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION *q = args;
        if (q->hHwContext != H_CONTEXT || q->hRingBuffer != H_RING || q->hRingBufferControl != H_CONTROL) {
            return STATUS_INVALID_PARAMETER;
        }
        q->hHwQueue = H_QUEUE;
        q->hProgressFence = H_FENCE;
        q->DoorbellStatusCpuVa = &os.status;
        q->ProgressFenceMapping.CurrentValueCpuVa = &os.fence;
        q->ProgressFenceMapping.CurrentValueGpuVa = FENCE_GPU_VA;
        q->ProgressFenceLastQueuedValueCpuVa = &os.last_queued;
        os.status = D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY;
        return STATUS_SUCCESS;
    }
#else
    case UMWS_THUNK_CREATEHWQUEUE: {
        D3DKMT_CREATEHWQUEUE *q = args;
        if (q->hHwContext != H_CONTEXT || q->Flags.Value != 0x10) { /* UserModeSubmission only */
            return STATUS_INVALID_PARAMETER;
        }
        q->hHwQueue = H_QUEUE;
        q->hHwQueueProgressFence = H_FENCE;
        q->HwQueueProgressFenceCPUVirtualAddress = &os.fence;
        q->HwQueueProgressFenceGPUVirtualAddress = FENCE_GPU_VA;
        return STATUS_SUCCESS;
    }
    case UMWS_THUNK_CREATEDOORBELL: {
        D3DKMT_CREATE_DOORBELL *d = args;
        if (d->hHwQueue != H_QUEUE || d->hRingBuffer != H_RING || d->hRingBufferControl != H_CONTROL) {
            return STATUS_INVALID_PARAMETER;
        }
        d->DoorbellCPUVirtualAddress = &os.doorbell;
        d->DoorbellStatusCPUVirtualAddress = &os.status;
#if UMWS_GENERATION == 2
        d->HwQueueProgressFenceLastQueuedValueCPUVirtualAddress = &os.last_queued;
        d->hDoorbell = H_DOORBELL;
#endif
        os.status = D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY;
        return STATUS_SUCCESS;
    }
#endif
    case UMWS_THUNK_CONNECTDOORBELL: {
        D3DKMT_CONNECT_DOORBELL *c = args;
#if UMWS_GENERATION == 2
        D3DKMT_HANDLE h = c->hDoorbell;
#else
        D3DKMT_HANDLE h = c->hHwQueue;
#endif
        if (!names_doorbell(h)) {
            return STATUS_INVALID_PARAMETER;
        }
#if UMWS_GENERATION >= 3
        c->DoorbellMapping.CpuVa = &os.doorbell;
#endif
        os.doorbell = 0; /* a newly bound doorbell reads 0, so any ring is a change */
        os.status = D3DDDI_DOORBELLSTATUS_CONNECTED_NOTIFY_KMD;
        return STATUS_SUCCESS;
    }
    case UMWS_THUNK_NOTIFYWORKSUBMISSION: {
        D3DKMT_NOTIFY_WORK_SUBMISSION *n = args;
#if UMWS_GENERATION == 2
        D3DKMT_HANDLE h = n->hDoorbell;
#else
        D3DKMT_HANDLE h = n->hHwQueue;
#endif
        if (!names_doorbell(h) || os.status != D3DDDI_DOORBELLSTATUS_CONNECTED_NOTIFY_KMD) {
            os.bad++;
            return STATUS_INVALID_PARAMETER;
        }
        os.notify_calls++;
        if (os.notify_calls == os.race_at) { /* a victimization came between the status read and here */
            os.status = D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY;
            return STATUS_INVALID_PARAMETER;
        }
        run_ring();
        if (UMWS_GENERATION >= 2 && os.last_queued != os.fence) {
            os.bad++; /* last-queued names the newest work before the ring */
        }
        if (os.notify_calls == os.retry_after) { /* victimized after its work ran */
            os.status = D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY;
        }
        if (os.notify_calls == os.abort_after) {
            os.status = D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT;
        }
        return STATUS_SUCCESS;
    }
    case UMWS_THUNK_WAITFORSYNCHRONIZATIONOBJECTFROMCPU: {
        const D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU *w = args;
        if (w->hDevice != H_DEVICE || w->ObjectCount != 1 || w->ObjectHandleArray[0] != H_FENCE || w->hAsyncEvent != NULL) {
            return STATUS_INVALID_PARAMETER;
        }
        return os.fence >= w->FenceValueArray[0] ? STATUS_SUCCESS : STATUS_TIMEOUT;
    }
    case UMWS_THUNK_DESTROYDOORBELL: {
        const D3DKMT_DESTROY_DOORBELL *d = args;
#if UMWS_GENERATION == 2
        return names_doorbell(d->hDoorbell) ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
#elif UMWS_GENERATION == 1
        return names_doorbell(d->hHwQueue) ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
#else
        (void)d; /* G3 hands out no doorbell handle: its doorbell goes with its queue */
        os.bad++;
        return STATUS_INVALID_PARAMETER;
#endif
    }
    case UMWS_THUNK_DESTROYHWQUEUE:
        return ((const D3DKMT_DESTROYHWQUEUE *)args)->hHwQueue == H_QUEUE ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
    case UMWS_THUNK_DESTROYALLOCATION: {
        D3DKMT_HANDLE h = *(const D3DKMT_HANDLE *)args;
        return h == H_RING || h == H_CONTROL ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
    }
    case UMWS_THUNK_DESTROYCONTEXT:
        return ((const D3DKMT_DESTROYCONTEXT *)args)->hContext == H_CONTEXT ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
    case UMWS_THUNK_DESTROYDEVICE:
        return ((const D3DKMT_DESTROYDEVICE *)args)->hDevice == H_DEVICE ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
    default:
        os.bad++;
        return STATUS_NOT_SUPPORTED;
    }
}

static UMWS_UMD_EXAMPLE_ARGS one_queue(uint32_t submissions, uint32_t batch)
{
    UMWS_UMD_EXAMPLE_ARGS a;
    memset(&a, 0, sizeof a);
    a.Engine = 1;
    a.Queues = 1;
    a.SubmissionsPerQueue = submissions;
    a.BatchSize = batch;
    a.RingSizeInBytes = RING_BYTES;
    return a;
}

/* Before any OS: no dispatcher, then a thread bound to no process. Neither reaches an OS. */
static void test_answers_without_an_os(void)
{
    UMWS_UMD_EXAMPLE_ARGS a = one_queue(4, 1);
    UMWS_UMD_EXAMPLE_RESULT r;
    reset_os();
    umws_os_set_dispatch(NULL);
    umws_thread_bind_process(PROCESS);
    UMWS_CHECK_EQ(umws_umd_example_run(&a, &r), STATUS_DEVICE_NOT_READY);
    UMWS_CHECK_EQ(r.FailedCall, UMWS_UMD_EXAMPLE_CALL_OPEN_ADAPTER);
    UMWS_CHECK_EQ(r.FailedQueue, UMWS_UMD_EXAMPLE_NO_QUEUE);

    umws_os_set_dispatch(fake_os);
    umws_thread_bind_process(0);
    UMWS_CHECK_EQ(umws_umd_example_run(&a, &r), STATUS_ACCESS_DENIED);
    UMWS_CHECK_EQ(r.FirstFailure, STATUS_ACCESS_DENIED);
    UMWS_CHECK_EQ(r.FailedCall, UMWS_UMD_EXAMPLE_CALL_OPEN_ADAPTER);
    UMWS_CHECK_EQ(os.ncalls, 0);
}

static void test_bad_arguments_reach_nothing(void)
{
    UMWS_UMD_EXAMPLE_RESULT r;
    reset_os();
    umws_os_set_dispatch(fake_os);
    umws_thread_bind_process(PROCESS);
    UMWS_UMD_EXAMPLE_ARGS bad[6];
    for (int i = 0; i < 6; i++) {
        bad[i] = one_queue(4, 2);
    }
    bad[0].Queues = 0;
    bad[1].BatchSize = 0;
    bad[2].RingSizeInBytes = 384;           /* not a power of two */
    bad[3].RingSizeInBytes = 32;            /* below UMWS_GPU_RING_MIN_BYTES */
    bad[4].BatchSize = RING_BYTES / 24;     /* the batch and a NOP would not fit */
    bad[5].Flags = 0x2;                     /* no such flag */
    for (int i = 0; i < 6; i++) {
        UMWS_CHECK_EQ(umws_umd_example_run(&bad[i], &r), STATUS_INVALID_PARAMETER);
        UMWS_CHECK_EQ(r.FailedCall, UMWS_UMD_EXAMPLE_CALL_SETUP);
    }
    UMWS_CHECK_EQ(umws_umd_example_run(NULL, &r), STATUS_INVALID_PARAMETER);
    UMWS_CHECK_EQ(umws_umd_example_run(&bad[0], NULL), STATUS_INVALID_PARAMETER);
    UMWS_CHECK_EQ(os.ncalls, 0);
    umws_thread_bind_process(0);
}

/* A failure stops the run where it happens and the teardown destroys what was made, in reverse. */
static void test_a_failed_call_is_reported_and_what_was_made_destroyed(void)
{
    UMWS_UMD_EXAMPLE_ARGS a = one_queue(4, 1);
    UMWS_UMD_EXAMPLE_RESULT r;
    reset_os();
    os.fail_thunk = UMWS_THUNK_CREATECONTEXTVIRTUAL;
    umws_os_set_dispatch(fake_os);
    umws_thread_bind_process(PROCESS);
    UMWS_CHECK_EQ(umws_umd_example_run(&a, &r), STATUS_INVALID_PARAMETER);
    UMWS_CHECK_EQ(r.FailedCall, UMWS_UMD_EXAMPLE_CALL_CREATE_CONTEXT);
    UMWS_CHECK_EQ(r.FailedQueue, UMWS_UMD_EXAMPLE_NO_QUEUE);
    static const uint32_t expected[] = {UMWS_THUNK_OPENADAPTER, UMWS_THUNK_CREATEDEVICE, UMWS_THUNK_CREATECONTEXTVIRTUAL,
                                        UMWS_THUNK_DESTROYDEVICE, UMWS_THUNK_CLOSEADAPTER};
    UMWS_CHECK_EQ(os.ncalls, 5);
    for (uint32_t i = 0; i < 5 && i < os.ncalls; i++) {
        UMWS_CHECK_EQ(os.calls[i], expected[i]);
    }
    UMWS_CHECK_EQ(os.process, PROCESS);

    reset_os();
    os.fail_thunk = UMWS_THUNK_MAKERESIDENT;
    UMWS_CHECK_EQ(umws_umd_example_run(&a, &r), STATUS_INVALID_PARAMETER);
    UMWS_CHECK_EQ(r.FailedCall, UMWS_UMD_EXAMPLE_CALL_MAKE_RESIDENT);
    UMWS_CHECK_EQ(r.FailedQueue, 0);
    UMWS_CHECK_EQ(os.calls[os.ncalls - 4], UMWS_THUNK_DESTROYALLOCATION); /* the ring, made before */
    UMWS_CHECK_EQ(os.calls[os.ncalls - 3], UMWS_THUNK_DESTROYCONTEXT);
    umws_thread_bind_process(0);
}

/*
 * 40 fences, 3 per ring, through a 256-byte ring (it wraps, with NOP padding). Every ring reads
 * CONNECTED_NOTIFY_KMD; notify call 5 is lost to a disconnect (ring, RETRY, connect, ring,
 * notify), and after notify call 9 the doorbell is taken away (the next ring reconnects).
 */
static void test_the_protocol_runs_every_fence(void)
{
    UMWS_UMD_EXAMPLE_ARGS a = one_queue(40, 3);
    UMWS_UMD_EXAMPLE_RESULT r;
    reset_os();
    os.race_at = 5;
    os.retry_after = 9;
    umws_os_set_dispatch(fake_os);
    umws_thread_bind_process(PROCESS);
    UMWS_CHECK_EQ(umws_umd_example_run(&a, &r), STATUS_SUCCESS);
    UMWS_CHECK_EQ(r.FailedCall, UMWS_UMD_EXAMPLE_CALL_NONE);
    UMWS_CHECK_EQ(os.bad, 0);
    UMWS_CHECK_EQ(os.fence, 40);
    UMWS_CHECK_EQ(r.FencesCompleted, 40);
    UMWS_CHECK_EQ(r.Notifies, 14);          /* one per batch: ceil(40 / 3) */
    UMWS_CHECK_EQ(r.NotifyRaces, 1);
    UMWS_CHECK_EQ(r.Reconnects, 2);         /* after the lost race and after the victimization */
    UMWS_CHECK_EQ(r.Rings, 14 + 2 + 1);     /* the race's batch rang three times, the victim's twice */
    UMWS_CHECK_EQ(r.Aborts, 0);
    UMWS_CHECK(control_mem.WritePointer > RING_BYTES); /* the ring wrapped */
    UMWS_CHECK_EQ(os.last_queued, UMWS_GENERATION >= 2 ? 40 : 0);
    /* the end, newest first: close, device, context, the allocations, the queue (and G1/G2's doorbell) */
    UMWS_CHECK_EQ(os.calls[os.ncalls - 1], UMWS_THUNK_CLOSEADAPTER);
    UMWS_CHECK_EQ(os.calls[os.ncalls - 2], UMWS_THUNK_DESTROYDEVICE);
    UMWS_CHECK_EQ(os.calls[os.ncalls - 3], UMWS_THUNK_DESTROYCONTEXT);
    UMWS_CHECK_EQ(os.calls[os.ncalls - 6], UMWS_THUNK_DESTROYHWQUEUE);
    UMWS_CHECK_EQ(os.calls[os.ncalls - 7],
                  UMWS_GENERATION <= 2 ? UMWS_THUNK_DESTROYDOORBELL : UMWS_THUNK_WAITFORSYNCHRONIZATIONOBJECTFROMCPU);
    umws_thread_bind_process(0);
}

/* DISCONNECTED_ABORT after a ring: counted, reported as the doorbell status; nothing is waited
   for, and what was made is destroyed. */
static void test_an_abort_stops_the_run(void)
{
    UMWS_UMD_EXAMPLE_ARGS a = one_queue(10, 2);
    UMWS_UMD_EXAMPLE_RESULT r;
    reset_os();
    os.abort_after = 2;
    umws_os_set_dispatch(fake_os);
    umws_thread_bind_process(PROCESS);
    UMWS_CHECK_EQ(umws_umd_example_run(&a, &r), STATUS_DEVICE_REMOVED);
    UMWS_CHECK_EQ(r.FailedCall, UMWS_UMD_EXAMPLE_CALL_DOORBELL_STATUS);
    UMWS_CHECK_EQ(r.FailedQueue, 0);
    UMWS_CHECK_EQ(r.Aborts, 1);
    UMWS_CHECK_EQ(r.Notifies, 2);
    UMWS_CHECK_EQ(r.FencesCompleted, 0); /* not counted: the run never waited */
    UMWS_CHECK_EQ(os.fence, 4);
    int waited = 0;
    for (uint32_t i = 0; i < os.ncalls; i++) {
        waited |= os.calls[i] == UMWS_THUNK_WAITFORSYNCHRONIZATIONOBJECTFROMCPU;
    }
    UMWS_CHECK(!waited);
    UMWS_CHECK_EQ(os.calls[os.ncalls - 1], UMWS_THUNK_CLOSEADAPTER);
    UMWS_CHECK_EQ(os.calls[os.ncalls - 6], UMWS_THUNK_DESTROYHWQUEUE);
    UMWS_CHECK_EQ(os.bad, 0);
    umws_thread_bind_process(0);
}

/*
 * The timed run: 10 fences, 3 per ring, so four batches and four times, each taken once the
 * batch's fence is written (here in the notify, where this OS runs the ring); after notify call 2
 * the doorbell is taken away and the third batch reconnects. Without a sample array nothing is
 * called.
 */
static void test_the_timed_run_times_every_batch(void)
{
    UMWS_UMD_EXAMPLE_ARGS a = one_queue(10, 3);
    UMWS_UMD_EXAMPLE_RESULT r;
    uint64_t ns[5];
    for (int i = 0; i < 5; i++) {
        ns[i] = UINT64_MAX;
    }
    reset_os();
    os.retry_after = 2;
    umws_os_set_dispatch(fake_os);
    umws_thread_bind_process(PROCESS);
    UMWS_CHECK_EQ(umws_umd_example_time(&a, &r, ns), STATUS_SUCCESS);
    UMWS_CHECK_EQ(r.FailedCall, UMWS_UMD_EXAMPLE_CALL_NONE);
    UMWS_CHECK_EQ(os.bad, 0);
    UMWS_CHECK_EQ(r.FencesCompleted, 10);
    UMWS_CHECK_EQ(r.Notifies, 4);
    UMWS_CHECK_EQ(r.Reconnects, 1);
    for (int i = 0; i < 4; i++) {
        UMWS_CHECK(ns[i] < 10000000000ull); /* written, and below the run's 10 s fence timeout */
    }
    UMWS_CHECK_EQ(ns[4], UINT64_MAX); /* one time per batch, no more */
    UMWS_CHECK_EQ(os.calls[os.ncalls - 1], UMWS_THUNK_CLOSEADAPTER);

    reset_os();
    UMWS_CHECK_EQ(umws_umd_example_time(&a, &r, NULL), STATUS_INVALID_PARAMETER);
    UMWS_CHECK_EQ(r.FailedCall, UMWS_UMD_EXAMPLE_CALL_SETUP);
    UMWS_CHECK_EQ(umws_umd_example_time(&a, NULL, ns), STATUS_INVALID_PARAMETER);
    UMWS_CHECK_EQ(os.ncalls, 0);
    umws_thread_bind_process(0);
}

int main(void)
{
    test_answers_without_an_os();
    test_bad_arguments_reach_nothing();
    test_a_failed_call_is_reported_and_what_was_made_destroyed();
    test_the_protocol_runs_every_fence();
    test_an_abort_stops_the_run();
    test_the_timed_run_times_every_batch();
    umws_os_set_dispatch(NULL);
    return umws_test_finish("test_umd_example");
}
