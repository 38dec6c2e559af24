/*
 * kmd_doorbells.c - the reference KMD's doorbell DDIs: create (the GPU queue, no physical
 * doorbell), connect (a physical doorbell from the pool, which may victimize), disconnect,
 * destroy, notify and (G1) flush. The twin of the same DDIs of dev.umws.kmd.ReferenceKmd.
 */
#include <stdlib.h>
#include <string.h>

#include "reference_kmd.h"

/* ---- Doorbells ------------------------------------------------------------------------------ */

/*
 * G1 and G2 give the UMD the start of its doorbell's page (the kernel drops the offset in the
 * page) and no other way to learn where its doorbell is; with several doorbells in a page it
 * would ring its neighbour's. So this driver does not offer doorbells of a shared-page GPU there.
 */
static int shared_page_without_mapping(const kmd_adapter *a)
{
    return !KMD_G3 && a->config.Placement == UMWS_GPU_PLACEMENT_SHARED_PAGE;
}

NTSTATUS APIENTRY kmd_create_doorbell(DXGKARG_CREATEDOORBELL *pArgs)
{
    kmd_queue *q = pArgs == NULL ? NULL : kmd_object_of(pArgs->hHwQueue, KMD_MAGIC_QUEUE);
    if (q == NULL) {
        return STATUS_NO_MEMORY; /* not this driver's queue: no ring can be put on the GPU */
    }
    kmd_adapter *a = q->o.adapter;
    kmd_lock_acquire(&a->lock);
    kmd_allocation *ring = kmd_object_of(pArgs->hRingBuffer, KMD_MAGIC_ALLOCATION);
    kmd_allocation *control = kmd_object_of(pArgs->hRingBufferControl, KMD_MAGIC_ALLOCATION);
    UMWS_GPU_QUEUE_DESC desc;
    memset(&desc, 0, sizeof desc);
    if (ring == NULL || control == NULL || q->doorbell != NULL ||
        umws_kmd_allocation(a->device_handle, ring, &desc.RingGpuVa, &desc.RingSizeInBytes) != STATUS_SUCCESS) {
        /* Not resident (the OS knows no KMD handle for it yet) or not this driver's: the ring
           cannot be put on the GPU. Windows takes NO_MEMORY from this DDI silently. */
        kmd_lock_release(&a->lock);
        return STATUS_NO_MEMORY;
    }
    UINT64 control_bytes;
    if (umws_kmd_allocation(a->device_handle, control, &desc.ControlGpuVa, &control_bytes) != STATUS_SUCCESS) {
        kmd_lock_release(&a->lock);
        return STATUS_NO_MEMORY;
    }
    if (shared_page_without_mapping(a)) {
        kmd_lock_release(&a->lock);
        return STATUS_NOT_IMPLEMENTED;
    }
    desc.ProgressFenceGpuVa = q->progress_fence_va;
    desc.Engine = q->context->engine;
    desc.QueueId = q->id;
    umws_gpu_queue *gq = NULL;
    kmd_doorbell *d = NULL;
    if (q->context->space == NULL || umws_gpu_queue_create(a->gpu, q->context->space, &desc, &gq) != UMWS_GPU_OK ||
        (d = kmd_object_new(a, sizeof *d, KMD_MAGIC_DOORBELL, &a->doorbells)) == NULL) {
        umws_gpu_queue_destroy(gq); /* NULL is a no-op */
        kmd_lock_release(&a->lock);
        return STATUS_NO_MEMORY; /* the ring is not a power of two or not mapped on the GPU */
    }
    kmd_list_init(&d->lru);
    d->queue = q;
    d->gpu_queue = gq;
    d->context = q->context;
    d->engine = q->context->engine;
    d->os_queue_handle = q->os_handle;
#if KMD_G3
    d->os_handle = q->os_handle;
#else
    d->os_handle = pArgs->hDoorbell;
    pArgs->hDoorbell = d;
#endif
    d->physical = -1;
    q->doorbell = d;
    kmd_lock_release(&a->lock);
    if (KMD_FAULT(a, KMD_FAULT_BIND_AT_CREATE)) {
        /* rule 1, broken on purpose: eager, binds a physical doorbell now */
        DXGKARG_CONNECTDOORBELL eager;
        memset(&eager, 0, sizeof eager);
        kmd_connect(a, d, &eager);
    }
    return STATUS_SUCCESS;
}

/* The addresses and status of a connected doorbell on slot 'slot' (the lock is held). */
static void fill_connect(kmd_adapter *a, DXGKARG_CONNECTDOORBELL *args, int32_t slot)
{
    uintptr_t bar = (uintptr_t)umws_gpu_bar_base(a->gpu);
    uint32_t index = kmd_pool_bar_index(a, slot);
    uintptr_t primary = bar + (uintptr_t)umws_gpu_doorbell_offset(a->gpu, index, 0);
    int secondary = args->Flags.RequireSecondaryAddress && a->config.SecondaryDoorbells;
    uintptr_t second = secondary ? bar + (uintptr_t)umws_gpu_doorbell_offset(a->gpu, index, 1) : 0;
    if (KMD_FAULT(a, KMD_FAULT_NULL_CONNECT_ADDRESS)) {
        primary = 0; /* rule 14, broken on purpose */
    }
#if KMD_G3
    /* An emulated GPU has no bus addresses: the BAR address stands for the physical one. */
    args->PhysicalAddress.QuadPart = (LONGLONG)primary;
    args->SecondaryPhysicalAddress.QuadPart = (LONGLONG)second;
#else
    args->KernelCpuVirtualAddress = (void *)primary;
    args->SecondaryKernelCpuVirtualAddress = (void *)second;
#endif
    /* A firmware that only looks when told needs DxgkDdiNotifyWorkSubmission after each ring. */
    args->Status = a->config.DetectMode == UMWS_GPU_DETECT_NOTIFY ? D3DDDI_DOORBELLSTATUS_CONNECTED_NOTIFY_KMD
                                                                   : D3DDDI_DOORBELLSTATUS_CONNECTED;
}

NTSTATUS kmd_connect(kmd_adapter *a, kmd_doorbell *d, DXGKARG_CONNECTDOORBELL *args)
{
    kmd_lock_acquire(&a->lock);
    kmd_context *c = d->context;
    c->connecting++; /* its context's doorbells are no victims of other contexts meanwhile */
    kmd_lock_release(&a->lock);
    int32_t slot = kmd_pool_acquire(a, d); /* without the lock: it may victimize another context */
    kmd_lock_acquire(&a->lock);
    if (slot >= 0) {
        fill_connect(a, args, slot);
    }
    c->connecting--;
    kmd_lock_wake_all(&a->lock); /* a connect waiting for a victim may now take one of this context's */
    kmd_lock_release(&a->lock);
    return slot >= 0 ? STATUS_SUCCESS : STATUS_NO_MEMORY; /* no doorbell to be had */
}

#if defined(UMWS_KMD_BROKEN)
/*
 * The naive design (rule 15, broken on purpose): one lock of the driver's own around the whole
 * connect, victimization included. The first connect that must victimize waits, holding it, until
 * another connect contends for it, so that a test provokes the deadlock for certain: the other
 * connect holds its context lock and waits here, while this one waits in the callback for it.
 */
static NTSTATUS naive_connect(kmd_adapter *a, kmd_doorbell *d, DXGKARG_CONNECTDOORBELL *args)
{
    atomic_fetch_add_explicit(&a->naive_contenders, 1, memory_order_relaxed);
    kmd_lock_acquire(&a->naive);
    atomic_fetch_sub_explicit(&a->naive_contenders, 1, memory_order_relaxed);
    kmd_lock_acquire(&a->lock);
    int must_victimize = a->pool.free_count == 0 && d->physical < 0;
    kmd_lock_release(&a->lock);
    if (must_victimize && atomic_exchange_explicit(&a->naive_armed, 0, memory_order_relaxed)) {
        uint64_t deadline = kmd_now_ns() + 5000000000ull;
        while (atomic_load_explicit(&a->naive_contenders, memory_order_relaxed) == 0 &&
               (int64_t)(kmd_now_ns() - deadline) < 0) {
            kmd_sleep_ms(1);
        }
        kmd_sleep_ms(20); /* the contender is inside kmd_lock_acquire now */
    }
    NTSTATUS s = kmd_connect(a, d, args); /* the callback runs with 'naive' held */
    kmd_lock_release(&a->naive);
    return s;
}
#endif

NTSTATUS APIENTRY kmd_connect_doorbell(DXGKARG_CONNECTDOORBELL *pArgs)
{
#if KMD_G3
    kmd_doorbell *d = pArgs == NULL ? NULL : kmd_doorbell_named(pArgs->hHwQueue);
#else
    kmd_doorbell *d = pArgs == NULL ? NULL : kmd_doorbell_named(pArgs->hDoorbell);
#endif
    if (d == NULL) {
        return STATUS_NO_MEMORY; /* not a doorbell of this driver: nothing to map */
    }
    kmd_adapter *a = d->o.adapter;
    if (KMD_FAULT(a, KMD_FAULT_BAD_CALLBACK_POINTER)) {
        /* rule 16, broken on purpose: a wild argument pointer (the OS answers ACCESS_VIOLATION) */
        a->dxgkrnl.DxgkCbDisconnectDoorbell((DXGKARGCB_DISCONNECTDOORBELL *)(uintptr_t)0x10);
    }
#if defined(UMWS_KMD_BROKEN)
    if (KMD_FAULT(a, KMD_FAULT_LOCK_ACROSS_CALLBACK)) {
        return naive_connect(a, d, pArgs);
    }
    if (KMD_FAULT(a, KMD_FAULT_CRASH_IN_CONNECT)) {
        /* A driver bug no OS can catch: the store faults (SIGSEGV, or an access violation on
           Windows) and the process dies inside this DDI. Both volatiles are needed: the pointer's
           keeps the compiler from proving it NULL (and trapping instead), the target's keeps it
           from dropping a store nothing reads. */
        volatile UINT *volatile nowhere = NULL;
        *nowhere = KMD_MAGIC_DOORBELL;
        return STATUS_UNSUCCESSFUL;
    }
#endif
    return kmd_connect(a, d, pArgs);
}

/* The doorbell a disconnect or destroy names: by its queue in G3, by its own handle before. */
#if KMD_G3
#define KMD_NAMED_DOORBELL(pArgs) kmd_doorbell_named((pArgs) == NULL ? NULL : (pArgs)->hHwQueue)
#else
#define KMD_NAMED_DOORBELL(pArgs) kmd_doorbell_named((pArgs) == NULL ? NULL : (pArgs)->hDoorbell)
#endif

/* Lets a doorbell go (releases its physical doorbell, and with destroy the doorbell itself). */
static NTSTATUS kmd_let_go(kmd_doorbell *d, int destroy)
{
    if (d == NULL) {
        return STATUS_SUCCESS;
    }
    kmd_adapter *a = d->o.adapter;
    kmd_lock_acquire(&a->lock);
    if (destroy) {
        kmd_destroy_doorbell_locked(a, d);
    } else {
        kmd_pool_release(a, d);
    }
    kmd_lock_release(&a->lock);
    if (KMD_FAULT(a, KMD_FAULT_MUST_SUCCEED_FAILS)) {
        return STATUS_UNSUCCESSFUL; /* rules 4 and 13, broken on purpose */
    }
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY kmd_disconnect_doorbell(DXGKARG_DISCONNECTDOORBELL *pArgs)
{
    return kmd_let_go(KMD_NAMED_DOORBELL(pArgs), 0);
}

NTSTATUS APIENTRY kmd_destroy_doorbell(DXGKARG_DESTROYDOORBELL *pArgs)
{
    return kmd_let_go(KMD_NAMED_DOORBELL(pArgs), 1);
}

NTSTATUS APIENTRY kmd_notify_work_submission(DXGKARG_NOTIFYWORKSUBMISSION *pArgs)
{
    kmd_queue *q = pArgs == NULL ? NULL : kmd_object_of(pArgs->hHwQueue, KMD_MAGIC_QUEUE);
    if (q != NULL) {
        kmd_adapter *a = q->o.adapter;
        kmd_lock_acquire(&a->lock);
        uint32_t engine = q->context->engine;
        kmd_lock_release(&a->lock);
        umws_gpu_engine_notify(a->gpu, engine); /* the firmware scans its doorbells now */
    }
    return STATUS_SUCCESS;
}

#if UMWS_GENERATION == 1
/*
 * The queue's work leaves the hardware: its GPU queue, if it still has one (the OS destroys the
 * doorbell first, and with it this driver's GPU queue), stops running and lets go. Only G1's
 * table has the member (DRIVER_INITIALIZATION_DATA at 1368; G2 and G3 call it Reserved4).
 */
NTSTATUS APIENTRY kmd_flush_hw_queue(DXGKARG_FLUSHHWQUEUE *pArgs)
{
    kmd_queue *q = pArgs == NULL ? NULL : kmd_object_of(pArgs->hHwQueue, KMD_MAGIC_QUEUE);
    if (q != NULL) {
        kmd_adapter *a = q->o.adapter;
        kmd_lock_acquire(&a->lock);
        if (q->doorbell != NULL) {
            kmd_pool_release(a, q->doorbell);
        }
        kmd_lock_release(&a->lock);
    }
    return STATUS_SUCCESS;
}
#endif

