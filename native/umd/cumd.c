/*
 * cumd.c - the C UMD's submission loop (include/umws/umws_cumd.h).
 */
#include <string.h>

#include "platform/platform.h"
#include "trace/trace.h"
#include "umws/ntstatus.h"
#include "umws/umws_cumd.h"

static void umws_cumd_fence(UMWS_CUMD_QUEUE *q, uint64_t value)
{
    const uint64_t size = q->RingSizeInBytes;
    uint64_t wp = q->Control->WritePointer; /* only this thread writes it */
    uint64_t offset = wp & (size - 1);
    UMWS_GPU_PACKET_WRITE_FENCE p = {{UMWS_GPU_OP_WRITE_FENCE, UMWS_GPU_FENCE_FLAG_INTERRUPT, sizeof p},
                                     q->ProgressFenceGpuVa, value};
    if (offset + sizeof p > size) { /* pad the tail: a packet never straddles the end */
        UMWS_GPU_PACKET_HEADER nop = {UMWS_GPU_OP_NOP, 0, (uint32_t)(size - offset)};
        memcpy(q->Ring + offset, &nop, sizeof nop);
        wp += size - offset;
        offset = 0;
    }
    memcpy(q->Ring + offset, &p, sizeof p);
    /* published by the caller's release store of WritePointer */
    q->Control->WritePointer = wp + sizeof p;
}

#if defined(__SANITIZE_THREAD__)
#define UMWS_CUMD_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define UMWS_CUMD_TSAN 1
#endif
#endif

/* The ring, a full fence, then the status load (seq_cst): the StoreLoad order guarantees that a
 * ring the OS dropped is followed by a status that says so. The doorbell store is a release store
 * followed by a seq_cst fence, as the Java UMD's (a plain store, then a locked instruction on the
 * stack with GCC on x86), not a seq_cst store: that is an xchg, a locked read-modify-write of the
 * very line the spinning firmware polls, which the bench measured at about 1.4x the submit time.
 * ThreadSanitizer does not model fences (GCC refuses them under it): there the store is seq_cst,
 * which orders the same. */
static void umws_cumd_ring(UMWS_CUMD_QUEUE *q, uint64_t wp)
{
    if (q->GlobalDoorbell) {
        __atomic_fetch_add(q->Doorbell, 1, __ATOMIC_SEQ_CST); /* an RMW: already a full fence */
    } else {
#if defined(UMWS_CUMD_TSAN)
        __atomic_store_n(q->Doorbell, wp, __ATOMIC_SEQ_CST);
#else
        __atomic_store_n(q->Doorbell, wp, __ATOMIC_RELEASE);
        __atomic_thread_fence(__ATOMIC_SEQ_CST);
#endif
    }
}

/* Ring, then react to the status until the ring is known to count. */
static NTSTATUS umws_cumd_ring_and_react(UMWS_CUMD_QUEUE *q, uint64_t wp, uint32_t trace_queue)
{
    for (;;) {
        UMWS_TRACE(UMWS_TRACE_UMD_DOORBELL, 0, trace_queue, q->LastSubmitted, wp);
        umws_cumd_ring(q, wp);
        uint32_t status = (uint32_t)umws_load_seqcst_u64(q->Status);
        UMWS_TRACE(UMWS_TRACE_UMD_STATUS, 0, trace_queue, q->LastSubmitted, status);
        if (status == D3DDDI_DOORBELLSTATUS_CONNECTED) {
            return STATUS_SUCCESS;
        }
        if (status == D3DDDI_DOORBELLSTATUS_CONNECTED_NOTIFY_KMD) {
            D3DKMT_NOTIFY_WORK_SUBMISSION n;
            memset(&n, 0, sizeof n);
#if UMWS_GENERATION != 2
            n.hHwQueue = q->hDoorbell;
#else
            n.hDoorbell = q->hDoorbell;
#endif
            NTSTATUS s = q->Thunks->D3DKMTNotifyWorkSubmission(&n);
            if (s != STATUS_INVALID_PARAMETER) {
                q->Notifies += NT_SUCCESS(s);
                return s;
            }
            /* The OS refuses a notify once the status no longer reads CONNECTED_NOTIFY_KMD: a
               disconnect won the race. Ring and read the status again. */
            q->NotifyRaces++;
            continue;
        }
        if (status != D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY) {
            return STATUS_DEVICE_REMOVED;
        }
        D3DKMT_CONNECT_DOORBELL c;
        memset(&c, 0, sizeof c);
#if UMWS_GENERATION != 2
        c.hHwQueue = q->hDoorbell;
#else
        c.hDoorbell = q->hDoorbell;
#endif
        if (!NT_SUCCESS(q->Thunks->D3DKMTConnectDoorbell(&c))) {
            return STATUS_DEVICE_REMOVED;
        }
#if UMWS_GENERATION >= 3
        q->Doorbell = (uint64_t *)c.DoorbellMapping.CpuVa; /* G3 says where the doorbell is at each connect */
#endif
        q->Reconnects++;
    }
}

UMWS_API NTSTATUS umws_cumd_submit(UMWS_CUMD_QUEUE *q, uint32_t count, uint32_t batch)
{
    if (q == NULL || q->Ring == NULL || q->Control == NULL || q->Doorbell == NULL || q->Status == NULL ||
        (UMWS_GENERATION >= 2 && q->LastQueued == NULL) || q->Thunks == NULL || q->Thunks->D3DKMTConnectDoorbell == NULL ||
        q->Thunks->D3DKMTNotifyWorkSubmission == NULL || q->RingSizeInBytes < UMWS_GPU_RING_MIN_BYTES ||
        (q->RingSizeInBytes & (q->RingSizeInBytes - 1)) != 0 || batch == 0 || batch > 1024 ||
        (uint64_t)batch * 2 * sizeof(UMWS_GPU_PACKET_WRITE_FENCE) > q->RingSizeInBytes) {
        return STATUS_INVALID_PARAMETER;
    }
    const uint64_t room = (uint64_t)batch * 2 * sizeof(UMWS_GPU_PACKET_WRITE_FENCE); /* packets plus padding */
    /* Once per call, and only while tracing: the queue as the recorder names it (by its fence). */
    const uint32_t trace_queue = UMWS_TRACING() ? umws_trace_queue_id(q->ProgressFence, 0) : 0;
    for (uint32_t done = 0; done < count;) {
        uint32_t n = count - done < batch ? count - done : batch;
        while (q->Control->WritePointer + room - umws_load_acquire_u64(&q->Control->ReadPointer) > q->RingSizeInBytes) {
            /* Work already queued runs only on a connected doorbell: after a victimization, reconnect
               and ring again, or this wait for space would never end; after a TDR (ABORT) it never
               runs: the device is lost. */
            uint32_t status = (uint32_t)umws_load_seqcst_u64(q->Status);
            if (status == D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT) {
                return STATUS_DEVICE_REMOVED;
            }
            if (status == D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY) {
                NTSTATUS s = umws_cumd_ring_and_react(q, q->Control->WritePointer, trace_queue);
                if (!NT_SUCCESS(s)) {
                    return s;
                }
            }
            umws_plat_cpu_relax();
        }
        for (uint32_t i = 0; i < n; i++) {
            umws_cumd_fence(q, ++q->LastSubmitted);
        }
        if (q->LastQueued != NULL) { /* G1 has no last-queued value */
            umws_store_release_u64(q->LastQueued, q->LastSubmitted);
        }
        uint64_t wp = q->Control->WritePointer;
        /* The batch's last value: the submissions since the previous ring event all ride on it. */
        UMWS_TRACE(UMWS_TRACE_UMD_RING, 0, trace_queue, q->LastSubmitted, wp);
        umws_store_release_u64(&q->Control->WritePointer, wp);
        NTSTATUS s = umws_cumd_ring_and_react(q, wp, trace_queue);
        if (!NT_SUCCESS(s)) {
            return s;
        }
        done += n;
    }
    return STATUS_SUCCESS;
}
