/*
 * queue.c - hardware queues: creation (ring and control pinned in the queue's VA space),
 * binding to a physical doorbell (what the KMD does in DxgkDdiConnectDoorbell), unbinding
 * (safe while the firmware runs the queue), suspension.
 */
#include <stdlib.h>
#include <string.h>

#include "gpu_internal.h"

static int umws_is_pow2(uint64_t v)
{
    return v != 0 && (v & (v - 1)) == 0;
}

/* Pins or unpins the mappings of ring and control (space->lock held). */
static void umws_queue_pin_locked(umws_gpu_queue *q, int delta)
{
    umws_mapping *ring = umws_mmu_find_locked(q->space, q->desc.RingGpuVa, q->desc.RingSizeInBytes);
    umws_mapping *control = umws_mmu_find_locked(q->space, q->desc.ControlGpuVa, sizeof(UMWS_GPU_RING_CONTROL));
    ring->pins = (uint32_t)((int)ring->pins + delta);
    control->pins = (uint32_t)((int)control->pins + delta);
}

int32_t umws_gpu_queue_create(umws_gpu *gpu, umws_gpu_vaspace *space, const UMWS_GPU_QUEUE_DESC *desc,
                              umws_gpu_queue **out)
{
    if (gpu == NULL || space == NULL || desc == NULL || out == NULL || space->gpu != gpu ||
        desc->Engine >= gpu->config.EngineCount || !umws_is_pow2(desc->RingSizeInBytes) ||
        desc->RingSizeInBytes < UMWS_GPU_RING_MIN_BYTES || desc->RingSizeInBytes > UMWS_GPU_RING_MAX_BYTES ||
        desc->RingGpuVa % 8 != 0 || desc->ControlGpuVa % UMWS_GPU_RING_CONTROL_ALIGN != 0 ||
        desc->ProgressFenceGpuVa % 8 != 0 || desc->LastQueuedGpuVa % 8 != 0) {
        return UMWS_GPU_EINVAL;
    }
    umws_gpu_queue *q = calloc(1, sizeof *q);
    if (q == NULL) {
        return UMWS_GPU_ENOMEM;
    }
    q->gpu = gpu;
    q->space = space;
    q->desc = *desc;
    q->state = UMWS_GPU_QUEUE_IDLE;

    int32_t rc = UMWS_GPU_OK;
    void *fence_host = NULL;
    umws_plat_mutex_lock(&space->lock);
    q->ring = umws_mmu_translate_locked(space, desc->RingGpuVa, desc->RingSizeInBytes, 0);
    if (desc->ProgressFenceGpuVa != 0) {
        fence_host = umws_mmu_translate_locked(space, desc->ProgressFenceGpuVa, 8, 1);
    }
    q->control = (UMWS_GPU_RING_CONTROL *)umws_mmu_translate_locked(space, desc->ControlGpuVa,
                                                                      sizeof(UMWS_GPU_RING_CONTROL), 1);
    if (q->ring == NULL || q->control == NULL ||
        (desc->ProgressFenceGpuVa != 0 && umws_mmu_translate_locked(space, desc->ProgressFenceGpuVa, 8, 1) == NULL) ||
        (desc->LastQueuedGpuVa != 0 && umws_mmu_translate_locked(space, desc->LastQueuedGpuVa, 8, 0) == NULL)) {
        rc = UMWS_GPU_ENOENT; /* not mapped (not resident, not GPU-visible) */
    } else {
        umws_queue_pin_locked(q, +1);
        space->queues++;
        q->read_pointer = umws_load_acquire_u64(&q->control->ReadPointer);
    }
    umws_plat_mutex_unlock(&space->lock);
    if (rc != UMWS_GPU_OK) {
        free(q);
        return rc;
    }
    /* The recorder names a queue by the memory every party shares: its progress fence, which the OS
       allocated and the UMD reads (or, for a queue without one, its ring control). Once per queue. */
    q->trace_id = umws_trace_queue_id(fence_host != NULL ? fence_host : (void *)q->control, 0);
    UMWS_TRACE(UMWS_TRACE_GPU_QUEUE, desc->Engine, q->trace_id, desc->QueueId, desc->ProgressFenceGpuVa);
    umws_plat_mutex_lock(&gpu->lock);
    q->next = gpu->queues;
    gpu->queues = q;
    umws_plat_mutex_unlock(&gpu->lock);
    *out = q;
    return UMWS_GPU_OK;
}

/* The recorder's doorbell counters after a bind or unbind (gpu->lock held). */
static void umws_queue_trace_counters_locked(umws_gpu *gpu)
{
    if (UMWS_TRACING()) {
        uint32_t doorbells = gpu->config.Placement == UMWS_GPU_PLACEMENT_GLOBAL ? 1u : gpu->config.DoorbellCount;
        uint32_t used = gpu->config.Placement == UMWS_GPU_PLACEMENT_GLOBAL ? (gpu->bound_queues != 0) : gpu->bound_queues;
        umws_trace_emit(UMWS_TRACE_COUNTER, UMWS_TRACE_COUNTER_BOUND_QUEUES, 0, 0, gpu->bound_queues);
        umws_trace_emit(UMWS_TRACE_COUNTER, UMWS_TRACE_COUNTER_FREE_DOORBELLS, 0, 0, doorbells - used);
    }
}

int32_t umws_gpu_queue_bind(umws_gpu_queue *q, uint32_t doorbell_index)
{
    if (q == NULL || doorbell_index >= q->gpu->config.DoorbellCount) {
        return UMWS_GPU_EINVAL;
    }
    umws_gpu *gpu = q->gpu;
    umws_engine *e = &gpu->engines[q->desc.Engine];
    int global = gpu->config.Placement == UMWS_GPU_PLACEMENT_GLOBAL;
    int32_t rc = UMWS_GPU_OK;
    umws_plat_mutex_lock(&gpu->lock);
    if (q->in_slot || umws_load_acquire_u32(&q->state) != UMWS_GPU_QUEUE_IDLE) {
        rc = UMWS_GPU_ESTATE;
    } else if (!global && gpu->doorbell_owner[doorbell_index] != NULL) {
        rc = UMWS_GPU_EBUSY;
    } else {
        /* The lowest free slot: slots stay dense, so an unbound queue leaves few holes to skip. */
        uint32_t slot = 0;
        while (slot < gpu->config.MaxQueuesPerEngine && e->bound[slot] != NULL) {
            slot++;
        }
        if (slot == gpu->config.MaxQueuesPerEngine) {
            rc = UMWS_GPU_ENOMEM;
        } else {
            uint64_t *src = umws_load_acquire_ptr(&gpu->doorbell_src[doorbell_index]);
            uint64_t *src2 = gpu->doorbell_src2 == NULL ? NULL : umws_load_acquire_ptr(&gpu->doorbell_src2[doorbell_index]);
            if (!global) {
                /* A fresh doorbell: any ring from now on (WritePointer > 0) is a change, on either address. */
                umws_store_release_u64(src, 0);
                if (src2 != NULL) {
                    umws_store_release_u64(src2, 0);
                }
                gpu->doorbell_owner[doorbell_index] = q;
            }
            q->pending = 0;
            umws_store_release_u32(&q->kicked, 0); /* a kick before an unbind is not one of this binding */
            q->doorbell = doorbell_index;
            q->slot = slot;
            q->in_slot = 1;
            gpu->bound_queues++;
            umws_queue_trace_counters_locked(gpu);
            umws_store_release_u32(&q->stop, 0);
            umws_store_release_u32(&q->state, UMWS_GPU_QUEUE_BOUND);
            umws_store_release_ptr(&e->bound[slot], q);
            /* The slot is empty and quiesced (unbind frees it only then): the firmware is not reading it,
               nor its scan2 entry, which it reads only after finding src non-NULL. */
            if (e->scan2 != NULL) {
                e->scan2[slot].last_seen = 0;
                umws_store_release_ptr(&e->scan2[slot].src, src2);
            }
            e->scan[slot].last_seen = 0;
            umws_store_release_ptr(&e->scan[slot].src, src); /* the firmware may see it from now on */
            if (slot >= e->bound_high) {
                umws_store_release_u32(&e->bound_high, slot + 1);
            }
        }
    }
    umws_plat_mutex_unlock(&gpu->lock);
    return rc;
}

int32_t umws_gpu_queue_unbind(umws_gpu_queue *q)
{
    if (q == NULL) {
        return UMWS_GPU_EINVAL;
    }
    umws_gpu *gpu = q->gpu;
    umws_engine *e = &gpu->engines[q->desc.Engine];
    umws_plat_mutex_lock(&gpu->lock);
    if (!q->in_slot) {
        umws_plat_mutex_unlock(&gpu->lock);
        return UMWS_GPU_ESTATE;
    }
    umws_store_release_u32(&q->stop, 1); /* leave the queue at the next packet */
    /* seq_cst: must be visible before quiesce reads scan_seq, or a scan starting now could
       still load the slot after we return. */
    umws_store_seqcst_ptr(&e->scan[q->slot].src, NULL);
    if (gpu->config.Placement != UMWS_GPU_PLACEMENT_GLOBAL) {
        gpu->doorbell_owner[q->doorbell] = NULL;
    }
    q->in_slot = 0;
    gpu->bound_queues--;
    umws_queue_trace_counters_locked(gpu);
    umws_plat_mutex_unlock(&gpu->lock);
    umws_engine_quiesce(e); /* after this the firmware holds no pointer to q and reads nothing of its slot */
    umws_plat_mutex_lock(&gpu->lock);
    umws_store_release_ptr(&e->bound[q->slot], NULL); /* only now may bind reuse the slot */
    uint32_t high = e->bound_high;
    while (high > 0 && e->bound[high - 1] == NULL) {
        high--;
    }
    umws_store_release_u32(&e->bound_high, high); /* the slots above are empty: scans stop earlier */
    if (umws_load_acquire_u32(&q->state) == UMWS_GPU_QUEUE_BOUND) {
        umws_store_release_u32(&q->state, UMWS_GPU_QUEUE_IDLE);
    }
    umws_store_release_u32(&q->stop, 0);
    umws_plat_mutex_unlock(&gpu->lock);
    return UMWS_GPU_OK;
}

void umws_queue_doorbell_moved_locked(umws_gpu *gpu, uint32_t index, uint32_t secondary)
{
    umws_gpu_queue *q = gpu->doorbell_owner[index];
    if (q != NULL && q->in_slot) {
        umws_engine *e = &gpu->engines[q->desc.Engine];
        umws_scan_slot *slot = secondary ? &e->scan2[q->slot] : &e->scan[q->slot];
        uint64_t **where = secondary ? gpu->doorbell_src2 : gpu->doorbell_src;
        /* seq_cst: a release of the old VA quiesces the engine after this (bar.c), and a scan that
           starts after that quiesce must load the new source. */
        umws_store_seqcst_ptr(&slot->src, umws_load_acquire_ptr(&where[index]));
    }
}

int32_t umws_gpu_queue_suspend(umws_gpu_queue *q, uint32_t suspended)
{
    if (q == NULL || suspended > 1) {
        return UMWS_GPU_EINVAL;
    }
    umws_store_release_u32(&q->suspended, suspended);
    /* On resume the scheduler re-reads its runlist: rings remembered while suspended run now. */
    return suspended ? UMWS_GPU_OK : umws_gpu_engine_notify(q->gpu, q->desc.Engine);
}

int32_t umws_gpu_queue_kick(umws_gpu_queue *q)
{
    if (q == NULL) {
        return UMWS_GPU_EINVAL;
    }
    umws_gpu *gpu = q->gpu;
    umws_engine *e = &gpu->engines[q->desc.Engine];
    /* Under gpu->lock: bind and unbind cannot come between the state check and the flag, so a
       refused kick sets nothing, and a flag set here belongs to the binding just checked (the
       next bind clears it under the same lock). */
    umws_plat_mutex_lock(&gpu->lock);
    int bound = q->in_slot && umws_load_acquire_u32(&q->state) == UMWS_GPU_QUEUE_BOUND;
    if (bound) {
        /* Pairs with the firmware's acquire exchange: a WritePointer the caller saw published
           before this call is visible to the run that takes the flag. */
        umws_store_release_u32(&q->kicked, 1);
    }
    umws_plat_mutex_unlock(&gpu->lock);
    if (!bound) {
        return UMWS_GPU_ESTATE;
    }
    /* After the flag, release: the scan whose acquire load sees this count makes a slow pass,
       which reaches the queue and sees the flag. One counter per engine keeps the idle scan at one
       load and compare per scan, not one per queue. */
    umws_add_release_u32(&e->kicks, 1);
    return umws_gpu_engine_notify(gpu, q->desc.Engine); /* NOTIFY and sleeping BACKOFF firmware scan now */
}

int32_t umws_gpu_queue_state(umws_gpu_queue *q)
{
    return q == NULL ? UMWS_GPU_EINVAL : (int32_t)umws_load_acquire_u32(&q->state);
}

int32_t umws_gpu_queue_idle(umws_gpu_queue *q)
{
    if (q == NULL) {
        return UMWS_GPU_EINVAL;
    }
    /* Both pointers live in ring control: WritePointer released by the UMD, ReadPointer by the firmware. */
    return umws_load_acquire_u64(&q->control->ReadPointer) == umws_load_acquire_u64(&q->control->WritePointer);
}

int32_t umws_gpu_engine_reset(umws_gpu *gpu, uint32_t engine)
{
    if (gpu == NULL || engine >= gpu->config.EngineCount) {
        return UMWS_GPU_EINVAL;
    }
    umws_engine *e = &gpu->engines[engine];
    umws_plat_mutex_lock(&gpu->lock);
    umws_store_seqcst_u32(&e->abort_packet, 1);
    for (umws_gpu_queue *q = gpu->queues; q != NULL; q = q->next) {
        if (q->desc.Engine == engine && q->in_slot) {
            umws_store_seqcst_u32(&q->state, UMWS_GPU_QUEUE_RESET);
        }
    }
    umws_plat_mutex_unlock(&gpu->lock);
    umws_engine_quiesce(e);
    umws_store_release_u32(&e->abort_packet, 0);
    return UMWS_GPU_OK;
}

void umws_queue_free(umws_gpu_queue *q)
{
    umws_plat_mutex_lock(&q->space->lock);
    umws_queue_pin_locked(q, -1);
    q->space->queues--;
    umws_plat_mutex_unlock(&q->space->lock);
    free(q);
}

void umws_gpu_queue_destroy(umws_gpu_queue *q)
{
    if (q == NULL) {
        return;
    }
    umws_gpu *gpu = q->gpu;
    umws_gpu_queue_unbind(q); /* ESTATE when not bound: nothing to do */
    umws_plat_mutex_lock(&gpu->lock);
    for (umws_gpu_queue **p = &gpu->queues; *p != NULL; p = &(*p)->next) {
        if (*p == q) {
            *p = q->next;
            break;
        }
    }
    umws_plat_mutex_unlock(&gpu->lock);
    umws_queue_free(q);
}

uint32_t umws_gpu_doorbells_bound(umws_gpu *gpu)
{
    if (gpu == NULL) {
        return 0;
    }
    uint32_t n = 0;
    umws_plat_mutex_lock(&gpu->lock);
    for (umws_gpu_queue *q = gpu->queues; q != NULL; q = q->next) {
        n += q->in_slot;
    }
    umws_plat_mutex_unlock(&gpu->lock);
    return n;
}

uint32_t umws_gpu_engine_bound(umws_gpu *gpu, uint32_t engine)
{
    if (gpu == NULL) {
        return 0;
    }
    uint32_t n = 0;
    umws_plat_mutex_lock(&gpu->lock);
    for (umws_gpu_queue *q = gpu->queues; q != NULL; q = q->next) {
        n += q->in_slot && q->desc.Engine == engine;
    }
    umws_plat_mutex_unlock(&gpu->lock);
    return n;
}
