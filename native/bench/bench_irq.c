/*
 * bench_irq.c - the C-only ISR, baseline of the interrupt-path matrix (include/umws/umws_bench.h).
 * It does what each Java handler of the matrix does, in C: pop every cause record, write the time
 * the record was handled into the sink, then publish the ack the producer waits on.
 */
#include <stdlib.h>
#include <string.h>

#include "bench/bench_rig.h"
#include "gpu/gpu_internal.h"
#include "umws/umws_bench.h"

UMWS_API uint8_t umws_bench_c_isr(void *sink, uint32_t message_number)
{
    (void)message_number;
    uint64_t *w = sink;
    if (w == NULL) {
        return 0;
    }
    umws_gpu *gpu = (umws_gpu *)(uintptr_t)w[UMWS_BENCH_SINK_GPU];
    uint64_t capacity = w[UMWS_BENCH_SINK_CAPACITY];
    UMWS_GPU_IRQ_RECORD r;
    uint8_t claimed = 0;
    while (umws_gpu_irq_pop(gpu, &r) == 1) {
        claimed = 1;
        if (r.Payload < capacity) {
            w[UMWS_BENCH_SINK_TIMES + r.Payload] = umws_plat_now_ns();
        }
        /* Pairs with the producer's acquire load of the ack: the time above is visible first. */
        umws_store_release_u64(&w[UMWS_BENCH_SINK_ACK], r.Payload + 1);
    }
    return claimed;
}

/* ---- ring -> interrupt -> waiter woken, in C ------------------------------------------------ */

/* The waiter's side: the ISR signals it; it records when it woke. */
typedef struct umws_bench_waiter
{
    umws_gpu *gpu;
    umws_plat_mutex lock;
    umws_plat_cond cond;
    uint64_t signaled; /* under lock: the highest fence value the ISR has seen */
    uint64_t waiting;  /* under lock: the value the waiter sleeps for (set before it waits) */
    uint64_t total;
    uint64_t *woken_ns; /* [total]: release-stored by the waiter, acquire-loaded by the producer */
} umws_bench_waiter;

static uint8_t umws_bench_waiter_isr(void *context, uint32_t message_number)
{
    (void)message_number;
    umws_bench_waiter *w = context;
    UMWS_GPU_IRQ_RECORD r;
    uint8_t claimed = 0;
    while (umws_gpu_irq_pop(w->gpu, &r) == 1) {
        claimed = 1;
        umws_plat_mutex_lock(&w->lock);
        w->signaled = r.FenceValue > w->signaled ? r.FenceValue : w->signaled;
        umws_plat_cond_broadcast(&w->cond);
        umws_plat_mutex_unlock(&w->lock);
    }
    return claimed;
}

static void umws_bench_waiter_main(void *arg)
{
    umws_bench_waiter *w = arg;
    for (uint64_t i = 0; i < w->total; i++) {
        umws_plat_mutex_lock(&w->lock);
        w->waiting = i + 1;
        while (w->signaled < i + 1) {
            umws_plat_cond_wait(&w->cond, &w->lock);
        }
        umws_plat_mutex_unlock(&w->lock);
        umws_store_release_u64(&w->woken_ns[i], umws_plat_now_ns());
    }
}

UMWS_API int32_t umws_bench_c_irq_wait(uint64_t warmup, uint64_t iterations, uint64_t *ring_to_woken_ns)
{
    umws_bench_rig r;
    if (iterations == 0 || ring_to_woken_ns == NULL || warmup > UINT32_MAX || iterations > UINT32_MAX) {
        return -1;
    }
    uint64_t total = warmup + iterations;
    uint64_t *woken = calloc(total, sizeof *woken);
    uint64_t *rung = calloc(total, sizeof *rung);
    umws_bench_waiter w;
    memset(&w, 0, sizeof w);
    if (woken == NULL || rung == NULL || umws_plat_mutex_init(&w.lock) != 0 || umws_plat_cond_init(&w.cond) != 0) {
        free(woken);
        free(rung);
        return -1;
    }
    if (umws_bench_rig_open(&r, UMWS_GPU_DETECT_SPIN, 1) != 0) {
        umws_plat_cond_destroy(&w.cond);
        umws_plat_mutex_destroy(&w.lock);
        free(woken);
        free(rung);
        return -1;
    }
    w.gpu = r.gpu;
    w.total = total;
    w.woken_ns = woken;
    umws_bench_lane *l = &r.lane[0];
    umws_plat_thread waiter;
    int started = umws_gpu_set_isr(r.gpu, umws_bench_waiter_isr, &w, 0) == UMWS_GPU_OK &&
                  umws_plat_thread_start(&waiter, umws_bench_waiter_main, &w) == 0;
    int32_t rc = started ? 0 : -1;
    uint64_t wp = 0;
    for (uint64_t i = 0; rc == 0 && i < total; i++) {
        uint64_t deadline = umws_plat_now_ns() + 5000000000u;
        /* Ring only once the waiter sleeps: it set 'waiting' under the lock, and holding the lock
           here means it has reached the condition wait, which released it. */
        for (;;) {
            umws_plat_mutex_lock(&w.lock);
            uint64_t waiting = w.waiting;
            umws_plat_mutex_unlock(&w.lock);
            if (waiting == i + 1 || umws_plat_now_ns() > deadline) {
                break;
            }
            umws_plat_cpu_relax(); /* spin, as the Java producer does: a sleep here would idle the vCPUs */
        }
        while (wp + 64 - umws_load_acquire_u64(&l->control->ReadPointer) > B_RING_BYTES) {
            umws_plat_cpu_relax();
        }
        UMWS_GPU_PACKET_WRITE_FENCE f = {{UMWS_GPU_OP_WRITE_FENCE, UMWS_GPU_FENCE_FLAG_INTERRUPT, sizeof f},
                                         B_DATA_VA, i + 1};
        umws_bench_emit(l, &wp, &f, sizeof f);
        rung[i] = umws_plat_now_ns();
        umws_store_release_u64(&l->control->WritePointer, wp);
        umws_store_release_u64(l->doorbell, wp);
        while (umws_load_acquire_u64(&woken[i]) == 0) {
            if (umws_plat_now_ns() > deadline) {
                rc = -1; /* never woken: released below */
                break;
            }
            umws_plat_sleep_ns(20000); /* like the Java producer: leave the cores to the path */
        }
    }
    umws_plat_mutex_lock(&w.lock);
    w.signaled = UINT64_MAX; /* after a failure, a waiter still waiting runs out of its loop */
    umws_plat_cond_broadcast(&w.cond);
    umws_plat_mutex_unlock(&w.lock);
    umws_gpu_set_isr(r.gpu, NULL, NULL, 0);
    if (started) {
        umws_plat_thread_join(&waiter);
    }
    umws_bench_rig_close(&r);
    for (uint64_t i = 0; rc == 0 && i < iterations; i++) {
        ring_to_woken_ns[i] = woken[warmup + i] - rung[warmup + i];
    }
    umws_plat_cond_destroy(&w.cond);
    umws_plat_mutex_destroy(&w.lock);
    free(woken);
    free(rung);
    return rc;
}
