/*
 * firmware.c - the firmware scheduler: one thread per engine that notices rings on the
 * doorbells of its bound queues and runs their packets in order.
 *
 * Noticing a ring: a doorbell's value changed since the firmware last looked (acquire load,
 * pairing with the UMD's release store), on the queue's primary doorbell or, when the GPU has
 * them, its secondary. With the GLOBAL placement one doorbell covers the engine and a ring makes
 * the firmware look at every bound queue's WritePointer. A kick (umws_gpu_queue_kick) counts as a
 * ring of its queue without any doorbell store.
 *
 * Letting go of queues: scan_seq is odd while a scan holds queue pointers. Unbind empties the
 * slot's scan entry, then waits (umws_engine_quiesce) until the scan that might hold it has
 * ended, and only then frees the slot for another bind.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gpu_internal.h"

void umws_engine_post(umws_engine *e, umws_gpu_queue *q, uint32_t type, uint64_t fence, uint64_t va,
                      uint64_t payload)
{
    UMWS_GPU_IRQ_RECORD r;
    memset(&r, 0, sizeof r);
    r.Type = type;
    r.Engine = e->index;
    r.QueueId = q == NULL ? 0 : q->desc.QueueId;
    r.FenceValue = fence;
    r.GpuVa = va;
    r.Payload = payload;
    uint32_t trace_queue = q == NULL ? 0 : q->trace_id;
    UMWS_TRACE(UMWS_TRACE_IRQ_RAISED, type, trace_queue, fence, payload);
    umws_intc_post(&e->gpu->intc, &r, trace_queue);
}

/* The last value the queue's progress fence shows, for fault records; 0 when it has none. */
static uint64_t umws_last_completed(umws_gpu_queue *q)
{
    uint64_t value = 0;
    if (q->desc.ProgressFenceGpuVa != 0) {
        umws_plat_mutex_lock(&q->space->lock);
        uint64_t *p = (uint64_t *)umws_mmu_translate_locked(q->space, q->desc.ProgressFenceGpuVa, 8, 0);
        if (p != NULL) {
            value = umws_load_acquire_u64(p);
        }
        umws_plat_mutex_unlock(&q->space->lock);
    }
    return value;
}

void umws_queue_fault(umws_engine *e, umws_gpu_queue *q, uint32_t fault, uint64_t va)
{
    umws_store_release_u32(&q->state, UMWS_GPU_QUEUE_FAULTED);
    umws_inc_relaxed_u64(&e->stats.Faults);
    uint32_t type = fault == UMWS_GPU_FAULT_PAGE ? DXGK_INTERRUPT_HWQUEUE_PAGE_FAULTED : DXGK_INTERRUPT_DMA_FAULTED;
    uint64_t completed = umws_last_completed(q);
    UMWS_TRACE(UMWS_TRACE_FW_FAULT, fault, q->trace_id, completed, va);
    umws_engine_post(e, q, type, completed, va, fault);
}

void umws_queue_run(umws_engine *e, umws_gpu_queue *q)
{
    const uint64_t size = q->desc.RingSizeInBytes;
    uint64_t rp = q->read_pointer;
    /* Pairs with the UMD's release store of WritePointer: the packets before it are visible. */
    uint64_t wp = umws_load_acquire_u64(&q->control->WritePointer);
    if (wp < rp || wp - rp > size || wp % 8 != 0) {
        umws_queue_fault(e, q, UMWS_GPU_FAULT_BAD_WRITE_POINTER, 0);
        return;
    }
    while (rp < wp) {
        if (umws_load_acquire_u32(&q->stop) || umws_load_acquire_u32(&e->abort_packet) ||
            umws_load_acquire_u32(&q->state) != UMWS_GPU_QUEUE_BOUND) {
            return;
        }
        uint64_t offset = rp & (size - 1);
        UMWS_GPU_PACKET_HEADER h;
        memcpy(&h, q->ring + offset, sizeof h);
        if (h.Length < sizeof h || h.Length % 8 != 0 || offset + h.Length > size || rp + h.Length > wp) {
            umws_queue_fault(e, q, UMWS_GPU_FAULT_BAD_LENGTH, 0);
            return;
        }
        uint64_t fault_va = 0;
        if (UMWS_TRACING()) {
            /* The value a WRITE_FENCE will write names the submission the packet ends. */
            uint64_t value = 0;
            if (h.Opcode == UMWS_GPU_OP_WRITE_FENCE && h.Length == sizeof(UMWS_GPU_PACKET_WRITE_FENCE)) {
                memcpy(&value, q->ring + offset + offsetof(UMWS_GPU_PACKET_WRITE_FENCE, Value), sizeof value);
            }
            umws_trace_emit(UMWS_TRACE_FW_PACKET_BEGIN, h.Opcode, q->trace_id, value, rp);
        }
        uint32_t fault = umws_packet_execute(e, q, q->ring + offset, h.Length, &fault_va);
        UMWS_TRACE(UMWS_TRACE_FW_PACKET_END, h.Opcode, q->trace_id, 0, fault);
        if (fault != UMWS_GPU_FAULT_NONE) {
            umws_queue_fault(e, q, fault, fault_va);
            return;
        }
        rp += h.Length;
        q->read_pointer = rp;
        /* Pairs with the UMD's acquire load: the ring space before rp may be reused. */
        umws_store_release_u64(&q->control->ReadPointer, rp);
        umws_inc_relaxed_u64(&e->stats.Packets);
    }
}

/*
 * A scan looks at slot i's queue: its doorbell changed ('rang'), or this is a slow pass. Returns
 * 1 when the queue ran; adds 1 to *still_pending when it is left with a remembered ring.
 */
static int umws_engine_visit(umws_engine *e, uint32_t i, uint32_t rang, uint32_t *still_pending)
{
    umws_gpu_queue *q = umws_load_acquire_ptr(&e->bound[i]);
    if (q == NULL || umws_load_acquire_u32(&q->state) != UMWS_GPU_QUEUE_BOUND) {
        return 0;
    }
    /* A kick: a load first, so that a slow pass writes no queue line that was not kicked. The
       exchange's acquire pairs with the kick's release store of the flag. */
    if (umws_load_acquire_u32(&q->kicked) && umws_exchange_acquire_u32(&q->kicked, 0)) {
        rang = 1;
    }
    q->pending |= rang;
    if (rang) {
        /* Off the idle path: a slot gets here only when its doorbell changed (or on a slow pass). */
        UMWS_TRACE(UMWS_TRACE_FW_NOTICE, e->index, q->trace_id, 0, umws_load_relaxed_u64(&q->control->WritePointer));
    }
    int ran = 0;
    /* Both flags after the doorbell's acquire: a ring made after a suspend sees the suspend. */
    if (q->pending && !umws_load_acquire_u32(&e->suspended) && !umws_load_acquire_u32(&q->suspended)) {
        q->pending = 0;
        umws_queue_run(e, q);
        ran = 1;
    }
    *still_pending += q->pending;
    return ran;
}

/* 1 when slot s's doorbell changed since the firmware last looked; remembers the new value. */
static UMWS_ALWAYS_INLINE uint32_t umws_slot_rang(umws_engine *e, umws_scan_slot *s, uint64_t *src)
{
    /* Pairs with the UMD's release store of the doorbell: its WritePointer is visible. */
    uint64_t v = umws_load_acquire_u64(src);
    if (v == s->last_seen) {
        return 0;
    }
    s->last_seen = v;
    umws_inc_relaxed_u64(&e->stats.RingsSeen);
    return 1;
}

/* The same for the slot's secondary, read only once its primary src was found non-NULL. */
static UMWS_ALWAYS_INLINE uint32_t umws_slot2_rang(umws_engine *e, umws_scan_slot *s2)
{
    /* Acquire: a Win32 connect may move it (seq_cst store). The value pairs with the UMD's release
       store, as the primary's does. */
    return umws_slot_rang(e, s2, (uint64_t *)umws_load_acquire_ptr(&s2->src));
}

/*
 * A slow pass: every bound slot's queue is looked at (a remembered ring, a kick, a GLOBAL ring).
 * Rare next to idle passes, so one loop serves every placement.
 */
static int umws_engine_scan_all(umws_engine *e, const int global, const uint32_t global_rang)
{
    umws_scan_slot *slots = e->scan;
    umws_scan_slot *slots2 = e->scan2;
    uint32_t still_pending = 0;
    int ran = 0;
    uint32_t high = umws_load_acquire_u32(&e->bound_high);
    for (uint32_t i = 0; i < high; i++) {
        /* Pairs with bind's release: last_seen, bound[i] and the scan2 entry are set before src. */
        uint64_t *src = umws_load_acquire_ptr(&slots[i].src);
        if (src == NULL) {
            continue;
        }
        uint32_t rang = global_rang;
        if (!global) {
            rang = umws_slot_rang(e, &slots[i], src);
            if (slots2 != NULL) {
                rang |= umws_slot2_rang(e, &slots2[i]);
            }
        }
        ran |= umws_engine_visit(e, i, rang, &still_pending);
    }
    /* Exact: a slow pass saw every slot. */
    e->pending_queues = still_pending;
    return ran;
}

/* Slots an idle pass folds into one test with the fold tuning (umws_block_stirred spells out 4). */
#define UMWS_SCAN_BLOCK 4u

/* Slot i in an idle pass: its doorbell(s) read, its queue looked at if one changed. 1 when it ran. */
static UMWS_ALWAYS_INLINE int umws_engine_idle_slot(umws_engine *e, uint32_t i, const int secondaries,
                                                    uint32_t *still_pending)
{
    /* Pairs with bind's release: last_seen, bound[i] and the scan2 entry are set before src. */
    uint64_t *src = umws_load_acquire_ptr(&e->scan[i].src);
    if (src == NULL) {
        return 0;
    }
    uint32_t rang = umws_slot_rang(e, &e->scan[i], src);
    if (secondaries) {
        rang |= umws_slot2_rang(e, &e->scan2[i]);
    }
    return rang ? umws_engine_visit(e, i, rang, still_pending) : 0;
}

/* Nonzero when slot s may need a look: empty (src NULL), or its doorbell changed. */
static UMWS_ALWAYS_INLINE uint64_t umws_slot_stirred(const umws_scan_slot *s)
{
    /* Acquire pairs as in umws_engine_idle_slot. A filter only: a stirred block is read again
       slot by slot, and what that second read finds is what the scan acts on. */
    uint64_t *src = umws_load_acquire_ptr(&s->src);
    return src == NULL ? 1u : umws_load_acquire_u64(src) ^ s->last_seen;
}

/* The same for four slots from s, with two branches in all (an empty slot; a change). */
static UMWS_ALWAYS_INLINE uint64_t umws_slot4_stirred(const umws_scan_slot *s)
{
    uint64_t *p0 = umws_load_acquire_ptr(&s[0].src);
    uint64_t *p1 = umws_load_acquire_ptr(&s[1].src);
    uint64_t *p2 = umws_load_acquire_ptr(&s[2].src);
    uint64_t *p3 = umws_load_acquire_ptr(&s[3].src);
    if (UMWS_UNLIKELY((p0 == NULL) | (p1 == NULL) | (p2 == NULL) | (p3 == NULL))) {
        return 1;
    }
    return (umws_load_acquire_u64(p0) ^ s[0].last_seen) | (umws_load_acquire_u64(p1) ^ s[1].last_seen) |
           (umws_load_acquire_u64(p2) ^ s[2].last_seen) | (umws_load_acquire_u64(p3) ^ s[3].last_seen);
}

/* Nonzero when any of the 'block' slots from s (s2: their secondaries) may need a look. */
static UMWS_ALWAYS_INLINE uint64_t umws_block_stirred(const umws_scan_slot *s, const umws_scan_slot *s2,
                                                      const int secondaries, const uint32_t block)
{
    uint64_t x = block == UMWS_SCAN_BLOCK ? umws_slot4_stirred(s) : umws_slot_stirred(s);
    if (secondaries && x == 0) {
        x = block == UMWS_SCAN_BLOCK ? umws_slot4_stirred(s2) : umws_slot_stirred(s2);
    }
    return x;
}

/* Asks for the doorbells of the 'block' slots from s ahead of their loads. */
static UMWS_ALWAYS_INLINE void umws_block_prefetch(const umws_scan_slot *s, const uint32_t block)
{
    for (uint32_t k = 0; k < block; k++) {
        /* A hint only: a stale or NULL source costs a useless prefetch, never a fault. */
        uint64_t *p = umws_load_relaxed_ptr(&s[k].src);
        if (p != NULL) {
            umws_plat_prefetch(p);
        }
    }
}

/*
 * An idle pass (dedicated and shared placements, nothing remembered or kicked): per slot, the
 * doorbell load and one compare (two of each with secondaries); only a slot whose doorbell
 * changed goes on to its queue. Inlined once per combination of the constant arguments, so
 * that each loop carries only what its tuning asks for (umws_engine_idle).
 *
 * fold ('block' UMWS_SCAN_BLOCK, else 1): the compares of a block of slots are folded into one
 * test, one branch instead of one per slot; only a block where something changed is read again
 * slot by slot.
 * alternate: every other pass walks the blocks from the top down, so that a pass starts with the
 * doorbells the last one ended with, whose lines and TLB entries are still held; walking the same
 * way each time, a scan of more doorbells than the caches or the TLB hold evicts each one (least
 * recently used) just before it is needed again.
 * prefetch: the doorbells UMWS_SCAN_PREFETCH_SLOTS slots ahead are asked for early, so that their
 * misses overlap those of the slots in between.
 */
static UMWS_ALWAYS_INLINE int umws_engine_scan_idle(umws_engine *e, const int secondaries, const int prefetch,
                                                    const uint32_t block)
{
    umws_scan_slot *slots = e->scan;
    umws_scan_slot *slots2 = e->scan2;
    uint32_t still_pending = 0;
    int ran = 0;
    uint32_t high = umws_load_acquire_u32(&e->bound_high);
    uint32_t blocks = high / block;
    int backwards = 0;
    if (e->gpu->tuning.alternate) {
        e->backwards ^= 1;
        backwards = (int)e->backwards;
    }
    /* The slots past the last whole block: last going up, first coming down. */
    for (uint32_t i = high; backwards && i-- > blocks * block;) {
        ran |= umws_engine_idle_slot(e, i, secondaries, &still_pending);
    }
    /* Signed block steps, so that walking down never forms an address below the array. */
    const intptr_t step = backwards ? -(intptr_t)block : (intptr_t)block;
    const intptr_t ahead = prefetch ? step * (intptr_t)(UMWS_SCAN_PREFETCH_SLOTS / block) : 0;
    const intptr_t end = (intptr_t)blocks * block;
    intptr_t first = backwards ? end - (intptr_t)block : 0;
    for (uint32_t n = blocks; n != 0; n--, first += step) {
        if (prefetch && first + ahead >= 0 && first + ahead < end) {
            umws_block_prefetch(&slots[first + ahead], block);
        }
        if (UMWS_UNLIKELY(umws_block_stirred(&slots[first], secondaries ? &slots2[first] : NULL, secondaries,
                                             block) != 0)) {
            for (uint32_t i = (uint32_t)first; i < (uint32_t)first + block; i++) {
                ran |= umws_engine_idle_slot(e, i, secondaries, &still_pending);
            }
        }
    }
    for (uint32_t i = blocks * block; !backwards && i < high; i++) {
        ran |= umws_engine_idle_slot(e, i, secondaries, &still_pending);
    }
    /* Exact: the pass started with no queue pending (or it would be slow) and saw each ring. */
    e->pending_queues = still_pending;
    return ran;
}

/* Which idle pass the engine's tuning asks for: bit 0 fold, bit 1 prefetch, bit 2 secondaries. */
static uint32_t umws_idle_kind(const umws_gpu *gpu)
{
    return (umws_gpu_scan_folds(gpu) ? 1u : 0u) | (gpu->tuning.prefetch != 0 ? 2u : 0u) |
           (gpu->config.SecondaryDoorbells != 0 ? 4u : 0u);
}

/* A switch of direct calls rather than a function pointer, so that each pass inlines into the scan. */
static int umws_engine_idle(umws_engine *e)
{
    switch (e->idle_kind) {
    case 0:
        return umws_engine_scan_idle(e, 0, 0, 1);
    case 1:
        return umws_engine_scan_idle(e, 0, 0, UMWS_SCAN_BLOCK);
    case 2:
        return umws_engine_scan_idle(e, 0, 1, 1);
    case 3:
        return umws_engine_scan_idle(e, 0, 1, UMWS_SCAN_BLOCK);
    case 4:
        return umws_engine_scan_idle(e, 1, 0, 1);
    case 5:
        return umws_engine_scan_idle(e, 1, 0, UMWS_SCAN_BLOCK);
    case 6:
        return umws_engine_scan_idle(e, 1, 1, 1);
    default:
        return umws_engine_scan_idle(e, 1, 1, UMWS_SCAN_BLOCK);
    }
}

/* Reads a GLOBAL doorbell (primary or secondary); 1 when it changed since *last. */
static uint32_t umws_engine_global_rang(umws_engine *e, uint64_t **where, uint64_t *last)
{
    uint64_t v = umws_load_acquire_u64((uint64_t *)umws_load_acquire_ptr(&where[0]));
    if (v == *last) {
        return 0;
    }
    *last = v;
    umws_inc_relaxed_u64(&e->stats.RingsSeen);
    return 1;
}

/*
 * One pass over the engine's bound slots; returns 1 when any queue ran.
 *
 * Dedicated and shared placements: each slot's doorbell is read from the dense scan[] array, and
 * an idle queue (doorbell unchanged, nothing remembered) costs that load and one compare (two of
 * each with secondary doorbells); its queue structure is not touched (umws_engine_scan_idle). A
 * slot whose doorbell changed goes on to its queue through bound[]; while some queue holds a
 * remembered ring (pending_queues) or after a kick, every slot does (umws_engine_scan_all).
 * GLOBAL: the one doorbell decides; while it is unchanged and nothing is remembered or kicked,
 * the scan reads nothing else, whatever the number of bound queues.
 * Kicks: one load of the engine's kick count and one compare per scan, whatever the queues.
 */
static int umws_engine_scan(umws_engine *e)
{
    umws_gpu *gpu = e->gpu;
    const int global = gpu->config.Placement == UMWS_GPU_PLACEMENT_GLOBAL;
    const int secondaries = gpu->config.SecondaryDoorbells != 0;
    uint32_t global_rang = 0;
    if (global) {
        global_rang = umws_engine_global_rang(e, gpu->doorbell_src, &e->global_last);
        if (secondaries) {
            global_rang |= umws_engine_global_rang(e, gpu->doorbell_src2, &e->global_last2);
        }
    }
    /* Pairs with the release add of umws_gpu_queue_kick: the kicked flags set before it are
       visible to this scan's slow pass. */
    uint32_t kicks = umws_load_acquire_u32(&e->kicks);
    const int kicked = kicks != e->kicks_seen;
    e->kicks_seen = kicks;
    const int slow = global_rang || kicked || e->pending_queues != 0;
    if (slow) {
        return umws_engine_scan_all(e, global, global_rang);
    }
    return global ? 0 : umws_engine_idle(e);
}

static void umws_engine_sleep(umws_engine *e, uint64_t timeout_ns)
{
    umws_plat_mutex_lock(&e->lock);
    if (timeout_ns == 0) {
        /* NOTIFY: only a notification (or shutdown) ends the sleep, not a spurious wake-up. */
        while (!umws_load_acquire_u32(&e->notified) && !umws_load_acquire_u32(&e->stopping)) {
            umws_plat_cond_wait(&e->wake, &e->lock);
        }
    } else if (!umws_load_acquire_u32(&e->notified) && !umws_load_acquire_u32(&e->stopping)) {
        umws_plat_cond_wait_ns(&e->wake, &e->lock, timeout_ns);
    }
    umws_store_release_u32(&e->notified, 0);
    umws_plat_mutex_unlock(&e->lock);
    umws_inc_relaxed_u64(&e->stats.Wakeups);
}

static void umws_engine_main(void *arg)
{
    umws_engine *e = arg;
    const UMWS_GPU_CONFIG *cfg = &e->gpu->config;
    char name[UMWS_TRACE_NAME_BYTES];
    snprintf(name, sizeof name, "firmware engine %u", e->index);
    umws_trace_thread_name(UMWS_TRACE_PID_GPU, name);
    uint64_t idle_since = umws_plat_now_ns();
    uint64_t sleep_ns = 1000;
    int ran = 0;
    while (!umws_load_acquire_u32(&e->stopping)) {
        if (cfg->DetectMode == UMWS_GPU_DETECT_NOTIFY && !ran) {
            umws_engine_sleep(e, 0); /* scan only when notified, the first time too */
            if (umws_load_acquire_u32(&e->stopping)) {
                break;
            }
        }
        umws_add_seqcst_u64(&e->scan_seq, 1); /* odd: holding queue pointers */
        ran = umws_engine_scan(e);
        umws_add_seqcst_u64(&e->scan_seq, 1); /* even: holding none */
        umws_inc_relaxed_u64(&e->stats.Scans);
        if (umws_load_seqcst_u64(&e->waiters) != 0) {
            umws_plat_mutex_lock(&e->lock);
            umws_plat_cond_broadcast(&e->idle);
            umws_plat_mutex_unlock(&e->lock);
        }
        switch (cfg->DetectMode) {
        case UMWS_GPU_DETECT_SPIN:
            umws_plat_cpu_relax();
            break;
        case UMWS_GPU_DETECT_BACKOFF:
            if (ran || umws_load_acquire_u32(&e->notified)) {
                idle_since = umws_plat_now_ns();
                sleep_ns = 1000;
                umws_store_release_u32(&e->notified, 0);
            } else if (umws_plat_now_ns() - idle_since > cfg->BackoffSpinNs) {
                umws_engine_sleep(e, sleep_ns);
                sleep_ns = sleep_ns * 2 > cfg->BackoffMaxSleepNs ? cfg->BackoffMaxSleepNs : sleep_ns * 2;
            } else {
                umws_plat_cpu_relax();
            }
            break;
        default: /* NOTIFY: sleeps at the top of the loop once a scan found nothing to run */
            break;
        }
    }
}

int umws_engine_start(umws_gpu *gpu, umws_engine *e, uint32_t index)
{
    memset(e, 0, sizeof *e);
    e->gpu = gpu;
    e->index = index;
    e->bound = calloc(gpu->config.MaxQueuesPerEngine, sizeof *e->bound);
    e->scan = calloc(gpu->config.MaxQueuesPerEngine, sizeof *e->scan);
    e->idle_kind = umws_idle_kind(gpu);
    if (gpu->config.SecondaryDoorbells) {
        e->scan2 = calloc(gpu->config.MaxQueuesPerEngine, sizeof *e->scan2);
    }
    if (e->bound == NULL || e->scan == NULL || (gpu->config.SecondaryDoorbells && e->scan2 == NULL)) {
        return -1;
    }
    if (umws_plat_mutex_init(&e->lock) != 0 || umws_plat_cond_init(&e->wake) != 0 ||
        umws_plat_cond_init(&e->idle) != 0) {
        return -1;
    }
    return umws_plat_thread_start(&e->thread, umws_engine_main, e);
}

void umws_engine_stop(umws_engine *e)
{
    if (e->gpu == NULL) {
        return;
    }
    umws_plat_mutex_lock(&e->lock);
    umws_store_release_u32(&e->stopping, 1);
    umws_store_release_u32(&e->abort_packet, 1);
    umws_plat_cond_broadcast(&e->wake);
    umws_plat_mutex_unlock(&e->lock);
    umws_plat_thread_join(&e->thread);
    umws_plat_cond_destroy(&e->idle);
    umws_plat_cond_destroy(&e->wake);
    umws_plat_mutex_destroy(&e->lock);
    free(e->bound);
    free(e->scan);
    free(e->scan2);
    e->bound = NULL;
    e->scan = NULL;
    e->scan2 = NULL;
    e->gpu = NULL;
}

/*
 * How long umws_engine_quiesce polls scan_seq before it sleeps, ns. A scan of idle queues takes
 * from tens of ns to tens of us (4096 dedicated doorbells); a futex wake across vCPUs costs
 * 20-80 us on a VM, which a reconnect (unbind, then bind) would otherwise pay nearly every time.
 */
#define UMWS_QUIESCE_SPIN_NS 200000u

void umws_engine_quiesce(umws_engine *e)
{
    uint64_t seq = umws_load_seqcst_u64(&e->scan_seq);
    if (seq % 2 == 0) {
        return; /* between scans: the next one sees the cleared slot */
    }
    uint64_t until = umws_plat_now_ns() + UMWS_QUIESCE_SPIN_NS;
    for (uint32_t i = 1;; i++) {
        if (umws_load_seqcst_u64(&e->scan_seq) != seq) {
            return; /* that scan ended */
        }
        if (i % 64 == 0 && umws_plat_now_ns() > until) {
            break;
        }
        umws_plat_cpu_relax();
    }
    umws_plat_mutex_lock(&e->lock);
    umws_add_seqcst_u64(&e->waiters, 1);
    while (umws_load_seqcst_u64(&e->scan_seq) == seq && !umws_load_acquire_u32(&e->stopping)) {
        umws_plat_cond_wait_ns(&e->idle, &e->lock, 1000000u); /* 1 ms: a missed broadcast costs little */
    }
    umws_add_seqcst_u64(&e->waiters, (uint64_t)-1);
    umws_plat_mutex_unlock(&e->lock);
}

int32_t umws_gpu_engine_notify(umws_gpu *gpu, uint32_t engine)
{
    if (gpu == NULL || engine >= gpu->config.EngineCount) {
        return UMWS_GPU_EINVAL;
    }
    umws_engine *e = &gpu->engines[engine];
    umws_plat_mutex_lock(&e->lock);
    umws_store_release_u32(&e->notified, 1);
    umws_plat_cond_signal(&e->wake);
    umws_plat_mutex_unlock(&e->lock);
    return UMWS_GPU_OK;
}

int32_t umws_gpu_engine_suspend(umws_gpu *gpu, uint32_t engine, uint32_t suspended)
{
    if (gpu == NULL || engine >= gpu->config.EngineCount || suspended > 1) {
        return UMWS_GPU_EINVAL;
    }
    umws_store_release_u32(&gpu->engines[engine].suspended, suspended);
    return suspended ? UMWS_GPU_OK : umws_gpu_engine_notify(gpu, engine);
}

int32_t umws_gpu_engine_stats(umws_gpu *gpu, uint32_t engine, UMWS_GPU_ENGINE_STATS *out)
{
    if (gpu == NULL || out == NULL || engine >= gpu->config.EngineCount) {
        return UMWS_GPU_EINVAL;
    }
    /* Counters are written by the firmware thread only; a torn read of a counter is harmless. */
    umws_engine *e = &gpu->engines[engine];
    out->Scans = umws_load_relaxed_u64(&e->stats.Scans);
    out->RingsSeen = umws_load_relaxed_u64(&e->stats.RingsSeen);
    out->Packets = umws_load_relaxed_u64(&e->stats.Packets);
    out->Faults = umws_load_relaxed_u64(&e->stats.Faults);
    out->Timeouts = umws_load_relaxed_u64(&e->stats.Timeouts);
    out->Wakeups = umws_load_relaxed_u64(&e->stats.Wakeups);
    return UMWS_GPU_OK;
}
