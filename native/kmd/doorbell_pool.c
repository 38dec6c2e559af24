/*
 * doorbell_pool.c - the reference KMD's physical doorbells, safe under Windows' locks: the C
 * twin of dev.umws.kmd.DoorbellPool and DoorbellAllocator, with the same rules and decisions.
 *
 * Windows runs doorbell DDIs of different hardware contexts at once, each with its own context
 * locked, and DxgkCbDisconnectDoorbell takes the victim's context lock. A connect that victimizes
 * another context's doorbell therefore waits for that context, and must never be waited for by it:
 *   1. the driver's lock is never held across the callback, a kick or a drain;
 *   2. a victim is chosen among the connected doorbells of contexts with no connect in flight (or
 *      of the connecting context itself, whose lock the caller holds: the callback re-enters it),
 *      so a victimizer only ever waits for contexts whose connects started after its choice;
 *   3. a connect never waits for a victimization of one of its own context's doorbells (that
 *      victimizer may wait for the very context lock the connect holds): it finishes it itself;
 *   4. a connect that finds nothing to take waits, with the lock released, until a doorbell is
 *      freed or a connect ends, at most KMD_WAIT_NS in all, then answers STATUS_NO_MEMORY;
 *   5. a victim that reconnects before it is released keeps its doorbell: a victimizer frees a slot
 *      only if the doorbell still has the slot and the connect count it had when chosen.
 * The waits-for relation between connects then only points from earlier choices to later ones,
 * and no cycle can form.
 *
 * Memory ordering: every field here is read and written under the adapter's lock (acquire on
 * taking it, release on letting go), except what a victimizer reads of its victim without the
 * lock, which never changes after creation (os handles, engine). The GPU calls order themselves
 * (umws_gpu.h: a kick pairs with the UMD's release of its WritePointer through the caller).
 */
#include <stdlib.h>
#include <string.h>

#include "reference_kmd.h"

/* ---- The allocator: free slots and the LRU list --------------------------------------------- */

int kmd_pool_init(kmd_adapter *a)
{
    kmd_pool *p = &a->pool;
    p->global = a->config.Placement == UMWS_GPU_PLACEMENT_GLOBAL;
    /* GLOBAL: every queue rings the engine's one doorbell, so what runs out is the queues the
       firmware keeps bound, not doorbells; each slot stands for doorbell 0. */
    p->count = p->global ? a->config.MaxQueuesPerEngine : a->config.DoorbellCount;
    p->free = calloc(p->count == 0 ? 1 : p->count, sizeof *p->free);
    if (p->free == NULL) {
        return -1;
    }
    for (uint32_t i = 0; i < p->count; i++) {
        p->free[i] = i;
    }
    p->free_head = 0;
    p->free_count = p->count;
    kmd_list_init(&p->lru);
    return 0;
}

void kmd_pool_fini(kmd_adapter *a)
{
    free(a->pool.free);
    a->pool.free = NULL;
}

uint32_t kmd_pool_bar_index(const kmd_adapter *a, int32_t slot)
{
    return a->pool.global ? 0 : (uint32_t)slot;
}

/* A free slot, or -1 when all are taken; the owner becomes the most recently used. */
static int32_t allocate(kmd_pool *p, kmd_doorbell *owner)
{
    if (p->free_count == 0) {
        return -1;
    }
    uint32_t slot = p->free[p->free_head];
    p->free_head = (p->free_head + 1) % p->count;
    p->free_count--;
    kmd_list_add_tail(&p->lru, &owner->lru);
    return (int32_t)slot;
}

static void touch(kmd_pool *p, kmd_doorbell *owner)
{
    kmd_list_remove(&owner->lru);
    kmd_list_add_tail(&p->lru, &owner->lru);
}

static void give_back(kmd_pool *p, kmd_doorbell *owner, int32_t slot)
{
    kmd_list_remove(&owner->lru);
    p->free[(p->free_head + p->free_count) % p->count] = (uint32_t)slot;
    p->free_count++;
}

/* Which connected doorbells a victimizer may take (see the rules above). */
enum
{
    ELIGIBLE_IDLE,      /* rule 2, and nothing to drain */
    ELIGIBLE_ANY,       /* rule 2 */
    ELIGIBLE_OWN_LEFT   /* rule 3: a victimization of the caller's own context in progress */
};

static int eligible(kmd_doorbell *v, const kmd_doorbell *d, int kind)
{
    if (kind == ELIGIBLE_OWN_LEFT) {
        return v->leaving > 0 && v->context == d->context;
    }
    if (v == d || v->leaving != 0 || (v->context != d->context && v->context->connecting != 0)) {
        return 0;
    }
    return kind == ELIGIBLE_ANY || umws_gpu_queue_idle(v->gpu_queue) == 1;
}

/* The least recently used connected doorbell of that kind, or NULL. */
static kmd_doorbell *victim(kmd_pool *p, const kmd_doorbell *d, int kind)
{
    for (kmd_link *n = p->lru.next; n != &p->lru; n = n->next) {
        kmd_doorbell *v = KMD_CONTAINER(n, kmd_doorbell, lru);
        if (eligible(v, d, kind)) {
            return v;
        }
    }
    return NULL;
}

/* ---- Victimization ------------------------------------------------------------------------ */

/*
 * One victimization: the doorbell, and the slot and connect count it had when chosen. Another
 * victimizer (rule 3), a reconnect, a disconnect or a destroy may overtake it; it frees the slot
 * only if none did, so the victim's reconnect always wins.
 */
typedef struct taking
{
    kmd_doorbell *victim;
    int32_t slot;
    uint64_t connects;
} taking;

/* Nothing overtook it (the lock is held). */
static int still_ours(const taking *t)
{
    return !t->victim->destroyed && t->victim->physical == t->slot && t->victim->connects == t->connects;
}

/*
 * Lets a victim's rung work run out, at most KMD_DRAIN_NS, or until something overtakes the
 * victimization. Work still queued after that (a suspended or long queue, a ring no kick caught)
 * waits, unbound, for the UMD's next submission, which reads RETRY and reconnects.
 */
static void drain(kmd_adapter *a, const taking *t)
{
    uint64_t deadline = kmd_now_ns() + KMD_DRAIN_NS;
    int notify = a->config.DetectMode == UMWS_GPU_DETECT_NOTIFY;
    for (;;) {
        kmd_lock_acquire(&a->lock);
        /* the GPU queue exists while the doorbell is not destroyed, which still_ours checks */
        int done = !still_ours(t) || umws_gpu_queue_state(t->victim->gpu_queue) != UMWS_GPU_QUEUE_BOUND ||
                   umws_gpu_queue_idle(t->victim->gpu_queue) == 1;
        kmd_lock_release(&a->lock);
        if (done || (int64_t)(kmd_now_ns() - deadline) > 0) {
            return;
        }
        if (notify) { /* a NOTIFY firmware only looks when told */
            umws_gpu_engine_notify(a->gpu, t->victim->engine);
        }
        kmd_yield(); /* the firmware thread needs the processor to drain it */
    }
}

/*
 * Takes a physical doorbell back, without the lock: the OS disconnects the victim first (its VA
 * moves to the dummy page, then its status reads RETRY, so no new ring arrives), the victim is
 * kicked, the work it already rang runs out, and only then is the doorbell free.
 *
 * The kick closes the window of Windows' disconnect order: a UMD that rang between the VA move
 * and the status write rang the dummy page yet read CONNECTED. Its WritePointer was published
 * before that ring, so the firmware, told to look at the queue after the callback returned, runs
 * it. The kick is due even when the victim reconnected before the callback ran (the callback then
 * disconnected it again, with the same window) and keeps its doorbell.
 */
static NTSTATUS take_back(kmd_adapter *a, const taking *t)
{
    kmd_doorbell *v = t->victim;
    DXGKARGCB_DISCONNECTDOORBELL cb;
    memset(&cb, 0, sizeof cb);
    cb.hHwQueue = v->os_queue_handle;
#if UMWS_GENERATION == 2 /* G1 (as the 22631 kernel reads it) and G3 name the queue only */
    cb.hDoorbell = v->os_handle;
#endif
    cb.DisconnectReason = D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY;
    NTSTATUS s = a->dxgkrnl.DxgkCbDisconnectDoorbell(&cb); /* may wait for the victim's context lock */
    if (s == STATUS_SUCCESS) {
        kmd_lock_acquire(&a->lock);
        if (!v->destroyed && v->physical >= 0 && umws_gpu_queue_state(v->gpu_queue) == UMWS_GPU_QUEUE_BOUND) {
            umws_gpu_queue_kick(v->gpu_queue);
        }
        kmd_lock_release(&a->lock);
        drain(a, t);
        kmd_lock_acquire(&a->lock);
        /* only now: the OS has moved the victim's VA and written RETRY, its work ran out, and
           nothing (a reconnect after the callback above all) overtook this */
        if (still_ours(t)) {
            kmd_pool_release(a, v);
        }
        kmd_lock_release(&a->lock);
    }
    kmd_lock_acquire(&a->lock);
    v->leaving--;
    kmd_doorbell_free_if_unused(v); /* the last hold on a doorbell destroyed meanwhile */
    kmd_lock_wake_all(&a->lock);
    kmd_lock_release(&a->lock);
    return s; /* INVALID_PARAMETER: the victim was destroyed meanwhile; another one may be taken */
}

int32_t kmd_pool_acquire(kmd_adapter *a, kmd_doorbell *d)
{
    kmd_pool *p = &a->pool;
    uint64_t deadline = kmd_now_ns() + KMD_WAIT_NS;
    for (;;) {
        taking t;
        kmd_lock_acquire(&a->lock);
        if (d->destroyed) {
            kmd_lock_release(&a->lock);
            return -1;
        }
        if (d->physical >= 0) { /* a victim reconnecting before it was released keeps its doorbell */
            d->connects++;
            touch(p, d);
            int32_t slot = d->physical;
            kmd_lock_release(&a->lock);
            return slot;
        }
        int32_t slot = allocate(p, d);
        if (slot >= 0) {
            if (umws_gpu_queue_bind(d->gpu_queue, kmd_pool_bar_index(a, slot)) != UMWS_GPU_OK) {
                give_back(p, d, slot);
                kmd_lock_release(&a->lock);
                return -1; /* the queue faulted or its engine was reset */
            }
            d->physical = slot;
            d->connects++;
            kmd_lock_release(&a->lock);
            return slot;
        }
        if ((int64_t)(kmd_now_ns() - deadline) > 0) {
            kmd_lock_release(&a->lock);
            return -1; /* victims kept reconnecting, or none could be had */
        }
        kmd_doorbell *v = victim(p, d, ELIGIBLE_IDLE); /* an idle victim first: nothing to drain */
        if (v == NULL) {
            v = victim(p, d, ELIGIBLE_ANY);
        }
        if (v == NULL) { /* rule 3: finish what waits for this context ourselves */
            v = victim(p, d, ELIGIBLE_OWN_LEFT);
        }
        if (v == NULL) {
            uint64_t now = kmd_now_ns();
            if ((int64_t)(deadline - now) <= 0) {
                kmd_lock_release(&a->lock);
                return -1;
            }
            kmd_lock_wait(&a->lock, deadline - now); /* a release or the end of a connect wakes it */
            kmd_lock_release(&a->lock);
            continue;
        }
        v->leaving++;
        t.victim = v;
        t.slot = v->physical;
        t.connects = v->connects;
        kmd_lock_release(&a->lock);
        NTSTATUS s = take_back(a, &t);
        if (s != STATUS_SUCCESS && s != STATUS_INVALID_PARAMETER) {
            return -1; /* the OS refused (a broken deadlock, a bad argument): do not try again */
        }
    }
}

void kmd_pool_release(kmd_adapter *a, kmd_doorbell *d)
{
    if (d->physical >= 0) {
        umws_gpu_queue_unbind(d->gpu_queue);
        give_back(&a->pool, d, d->physical);
        d->physical = -1;
    }
    kmd_lock_wake_all(&a->lock);
}

void kmd_doorbell_free_if_unused(kmd_doorbell *d)
{
    if (d->destroyed && d->leaving == 0) {
        free(d);
    }
}
