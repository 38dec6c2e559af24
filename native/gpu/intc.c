/*
 * intc.c - the interrupt controller and the interrupt thread. Engines append cause records
 * (UMWS_GPU_IRQ_RECORD) to a ring and assert the line; the one interrupt thread calls the ISR
 * with the registered message number. Deliveries are serialized (the ISR is never re-entered)
 * and coalesced: records that arrive while the ISR runs are taken by its next call.
 *
 * Waiting: with spin_ns set (umws_gpu_set_interrupt_spin) the thread polls wake_seq for that long
 * after each wake or delivery before it sleeps on the condition variable, as a polling core would;
 * every waker bumps wake_seq under the lock, so a poll sees the same changes a sleep would.
 */
#include <stdlib.h>
#include <string.h>

#include "gpu_internal.h"

/* Until when to poll before sleeping (lock held); 0 without polling, so the default sleeping
   line reads no clock on the delivery path. */
static uint64_t umws_intc_spin_deadline(const umws_intc *c)
{
    return c->spin_ns == 0 ? 0 : umws_plat_now_ns() + c->spin_ns;
}

static void umws_intc_main(void *arg)
{
    umws_intc *c = arg;
    umws_trace_thread_name(UMWS_TRACE_PID_GPU, "interrupt");
    umws_plat_mutex_lock(&c->lock);
    c->thread_id = umws_plat_thread_self();
    uint64_t spin_until = 0;
    for (;;) {
        while (!c->stopping && (c->changing || !(c->asserted && c->isr != NULL))) {
            if (c->spin_ns != 0 && umws_plat_now_ns() < spin_until) {
                uint32_t seen = umws_load_acquire_u32(&c->wake_seq);
                umws_plat_mutex_unlock(&c->lock);
                while (umws_load_acquire_u32(&c->wake_seq) == seen && umws_plat_now_ns() < spin_until) {
                    umws_plat_cpu_relax();
                }
                umws_plat_mutex_lock(&c->lock);
                continue;
            }
            umws_plat_cond_wait(&c->cond, &c->lock);
            spin_until = umws_intc_spin_deadline(c);
        }
        if (c->stopping) {
            break;
        }
        c->asserted = 0;
        umws_gpu_isr_fn isr = c->isr;
        void *context = c->isr_context;
        uint32_t message = c->message_number;
        c->in_isr = 1;
        c->isr_calls++;
        umws_plat_mutex_unlock(&c->lock);
        UMWS_TRACE(UMWS_TRACE_ISR_ENTER, 0, 0, 0, message);
        isr(context, message); /* pops records through umws_gpu_irq_pop */
        UMWS_TRACE(UMWS_TRACE_ISR_LEAVE, 0, 0, 0, 0);
        umws_plat_mutex_lock(&c->lock);
        c->in_isr = 0;
        spin_until = umws_intc_spin_deadline(c);
        if (c->head != c->tail) {
            c->asserted = 1; /* level-triggered: records left keep the line asserted */
        }
        umws_plat_cond_broadcast(&c->cond); /* for umws_gpu_set_isr waiting on in_isr */
    }
    umws_plat_mutex_unlock(&c->lock);
}

int umws_intc_start(umws_intc *c, uint32_t entries)
{
    memset(c, 0, sizeof *c);
    c->ring = calloc(entries, sizeof *c->ring);
    c->trace_queue = calloc(entries, sizeof *c->trace_queue);
    if (c->ring == NULL || c->trace_queue == NULL || umws_plat_mutex_init(&c->lock) != 0 || umws_plat_cond_init(&c->cond) != 0) {
        return -1;
    }
    c->mask = entries - 1;
    return umws_plat_thread_start(&c->thread, umws_intc_main, c);
}

void umws_intc_stop(umws_intc *c)
{
    if (c->ring == NULL) {
        return;
    }
    umws_plat_mutex_lock(&c->lock);
    c->stopping = 1;
    umws_add_seqcst_u32(&c->wake_seq, 1);
    umws_plat_cond_broadcast(&c->cond);
    umws_plat_mutex_unlock(&c->lock);
    umws_plat_thread_join(&c->thread);
    umws_plat_cond_destroy(&c->cond);
    umws_plat_mutex_destroy(&c->lock);
    free(c->ring);
    free(c->trace_queue);
    c->ring = NULL;
    c->trace_queue = NULL;
}

void umws_intc_post(umws_intc *c, const UMWS_GPU_IRQ_RECORD *record, uint32_t trace_queue)
{
    umws_plat_mutex_lock(&c->lock);
    if (c->tail - c->head > c->mask) {
        c->overflows++; /* the ISR fell behind by a whole ring */
    } else {
        c->ring[c->tail & c->mask] = *record;
        if (UMWS_TRACING()) {
            c->trace_queue[c->tail & c->mask] = trace_queue; /* read by the pop, under the same lock */
        }
        /* Release: umws_gpu_irq_pending reads tail without the lock (a poller's cheap check). */
        umws_store_release_u64(&c->tail, c->tail + 1);
    }
    c->asserted = 1;
    if (c->isr != NULL) {
        /* With no ISR the thread has nothing to deliver (a driver polls with umws_gpu_irq_pending):
           waking it per record would only take a core from the poller. umws_gpu_set_isr wakes it. */
        umws_add_seqcst_u32(&c->wake_seq, 1);
        umws_plat_cond_broadcast(&c->cond);
    }
    umws_plat_mutex_unlock(&c->lock);
}

int32_t umws_gpu_irq_pop(umws_gpu *gpu, UMWS_GPU_IRQ_RECORD *out)
{
    if (gpu == NULL || out == NULL) {
        return UMWS_GPU_EINVAL;
    }
    umws_intc *c = &gpu->intc;
    int32_t popped = 0;
    umws_plat_mutex_lock(&c->lock);
    if (c->head != c->tail) {
        *out = c->ring[c->head & c->mask];
        /* A record posted before tracing began carries a stale id here: the exporter then finds no
           submission for it, which the trace shows as an unmatched take. */
        UMWS_TRACE(UMWS_TRACE_IRQ_TAKEN, out->Type, c->trace_queue[c->head & c->mask], out->FenceValue, 0);
        umws_store_release_u64(&c->head, c->head + 1);
        popped = 1;
    }
    umws_plat_mutex_unlock(&c->lock);
    return popped;
}

int32_t umws_gpu_irq_pending(umws_gpu *gpu)
{
    if (gpu == NULL) {
        return UMWS_GPU_EINVAL;
    }
    /* No lock: a poller checks this in a loop and must not contend with the engines' posts.
       A record posted after the loads is seen by the next check. */
    umws_intc *c = &gpu->intc;
    return umws_load_acquire_u64(&c->tail) != umws_load_acquire_u64(&c->head);
}

uint64_t umws_gpu_irq_overflows(umws_gpu *gpu)
{
    if (gpu == NULL) {
        return 0;
    }
    umws_plat_mutex_lock(&gpu->intc.lock);
    uint64_t n = gpu->intc.overflows;
    umws_plat_mutex_unlock(&gpu->intc.lock);
    return n;
}

uint64_t umws_gpu_isr_calls(umws_gpu *gpu)
{
    if (gpu == NULL) {
        return 0;
    }
    umws_plat_mutex_lock(&gpu->intc.lock);
    uint64_t n = gpu->intc.isr_calls;
    umws_plat_mutex_unlock(&gpu->intc.lock);
    return n;
}

int32_t umws_gpu_set_isr(umws_gpu *gpu, umws_gpu_isr_fn isr, void *context, uint32_t message_number)
{
    if (gpu == NULL) {
        return UMWS_GPU_EINVAL;
    }
    umws_intc *c = &gpu->intc;
    umws_plat_mutex_lock(&c->lock);
    if (c->in_isr && c->thread_id == umws_plat_thread_self()) {
        umws_plat_mutex_unlock(&c->lock);
        return UMWS_GPU_ESTATE; /* from inside the ISR: waiting for it would never end */
    }
    /* Announce the change so that an ISR that leaves records (the line stays asserted) cannot
       keep the thread in back-to-back calls and starve this caller. */
    c->changing++;
    while (c->in_isr) {
        umws_plat_cond_wait(&c->cond, &c->lock);
    }
    c->changing--;
    c->isr = isr;
    c->isr_context = context;
    c->message_number = message_number;
    if (isr != NULL && c->head != c->tail) {
        c->asserted = 1;
    }
    umws_add_seqcst_u32(&c->wake_seq, 1);
    umws_plat_cond_broadcast(&c->cond);
    umws_plat_mutex_unlock(&c->lock);
    return UMWS_GPU_OK;
}

int32_t umws_gpu_set_interrupt_spin(umws_gpu *gpu, uint64_t spin_ns)
{
    if (gpu == NULL || spin_ns > 1000000000u) {
        return UMWS_GPU_EINVAL; /* more than a second of polling is a mistake, not a model */
    }
    umws_intc *c = &gpu->intc;
    umws_plat_mutex_lock(&c->lock);
    c->spin_ns = spin_ns;
    umws_add_seqcst_u32(&c->wake_seq, 1);
    umws_plat_cond_broadcast(&c->cond);
    umws_plat_mutex_unlock(&c->lock);
    return UMWS_GPU_OK;
}
