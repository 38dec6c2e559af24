/*
 * test_gpu_scan.c - the firmware's dense scan of many bound queues: a ring on any one of them
 * is noticed and runs that queue only, in every placement; a ring remembered while suspended runs
 * on resume; slots freed by unbind are reused; and rings keep completing while other queues are
 * unbound and rebound all the time. Each in the plain scan, the default one, and with every
 * mechanism of the tuning on (folded blocks, alternating order, prefetch, spread doorbells, a
 * huge view); slot counts that end in a partial block are rung at every slot, from both ends.
 * No timing asserts: waits poll to a deadline.
 */
#include <stdlib.h>
#include <string.h>

#include "gpu_test_util.h"

#define S_QUEUES 96u

/* The tuning the GPUs of the running scenario get. */
static umws_gpu_tuning s_tuning;

static umws_gpu *s_gpu(uint32_t placement, uint32_t detect)
{
    UMWS_GPU_CONFIG c = t_config(detect);
    c.Placement = placement;
    c.DoorbellCount = placement == UMWS_GPU_PLACEMENT_GLOBAL ? 1 : 128;
    c.MaxQueuesPerEngine = 128;
    umws_gpu *gpu = NULL;
    UMWS_CHECK(umws_gpu_create_tuned(&c, &s_tuning, &gpu) == UMWS_GPU_OK);
    return gpu;
}

static uint32_t s_doorbell(umws_gpu *gpu, uint32_t i)
{
    return gpu->config.Placement == UMWS_GPU_PLACEMENT_GLOBAL ? 0 : i;
}

/* Opens n queues, queue i on doorbell i (GLOBAL: all on 0), ids 1..n. */
static t_queue *s_open(umws_gpu *gpu, uint32_t n)
{
    t_queue *qs = calloc(n, sizeof *qs);
    for (uint32_t i = 0; i < n; i++) {
        UMWS_CHECK(t_queue_open(&qs[i], gpu, 0, s_doorbell(gpu, i), i + 1) == 0);
    }
    return qs;
}

static void s_close(umws_gpu *gpu, t_queue *qs, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        t_queue_close(&qs[i]);
    }
    free(qs);
    umws_gpu_destroy(gpu);
}

static void a_ring_in_the_middle_runs_that_queue_only(uint32_t placement)
{
    umws_gpu *gpu = s_gpu(placement, UMWS_GPU_DETECT_SPIN);
    t_queue *qs = s_open(gpu, S_QUEUES);
    UMWS_CHECK_EQ(umws_gpu_engine_bound(gpu, 0), S_QUEUES);
    uint32_t picks[] = {S_QUEUES / 2, 0, S_QUEUES - 1, 17};
    for (uint32_t k = 0; k < 4; k++) {
        t_queue *a = &qs[picks[k]];
        t_fence(a, 0, 100 + k, 0);
        t_ring(a);
        T_CHECK_SOON(t_data_u64(a, 0) == 100 + k, 5);
    }
    for (uint32_t i = 0; i < S_QUEUES; i++) {
        if (i != picks[0] && i != picks[1] && i != picks[2] && i != picks[3]) {
            UMWS_CHECK_EQ(t_data_u64(&qs[i], 0), 0); /* never rung, never run */
            UMWS_CHECK_EQ(umws_load_acquire_u64(&qs[i].control->ReadPointer), 0);
        }
    }
    s_close(gpu, qs, S_QUEUES);
}

static void a_ring_remembered_while_suspended_runs_on_resume(uint32_t placement)
{
    umws_gpu *gpu = s_gpu(placement, UMWS_GPU_DETECT_SPIN);
    t_queue *qs = s_open(gpu, S_QUEUES);
    t_queue *a = &qs[40];
    t_queue *b = &qs[41];
    umws_gpu_queue_suspend(a->queue, 1);
    t_fence(a, 0, 7, 0);
    t_ring(a);
    t_fence(b, 0, 8, 0); /* a neighbour keeps running while a's ring waits */
    t_ring(b);
    T_CHECK_SOON(t_data_u64(b, 0) == 8, 5);
    umws_plat_sleep_ns(10000000);
    UMWS_CHECK_EQ(t_data_u64(a, 0), 0);
    umws_gpu_queue_suspend(a->queue, 0);
    T_CHECK_SOON(t_data_u64(a, 0) == 7, 5);

    umws_gpu_engine_suspend(gpu, 0, 1);
    t_fence(b, 0, 9, 0);
    t_ring(b);
    umws_plat_sleep_ns(10000000);
    UMWS_CHECK_EQ(t_data_u64(b, 0), 8);
    umws_gpu_engine_suspend(gpu, 0, 0);
    T_CHECK_SOON(t_data_u64(b, 0) == 9, 5);
    s_close(gpu, qs, S_QUEUES);
}

static void a_freed_slot_is_reused_and_the_top_slot_can_go(uint32_t placement)
{
    umws_gpu *gpu = s_gpu(placement, UMWS_GPU_DETECT_SPIN);
    t_queue *qs = s_open(gpu, 8);
    /* Free a slot in the middle and the top one; a rebind takes the lowest free slot. */
    UMWS_CHECK(umws_gpu_queue_unbind(qs[3].queue) == UMWS_GPU_OK);
    UMWS_CHECK(umws_gpu_queue_unbind(qs[7].queue) == UMWS_GPU_OK);
    UMWS_CHECK_EQ(gpu->engines[0].bound_high, 7);
    UMWS_CHECK(umws_gpu_queue_bind(qs[7].queue, s_doorbell(gpu, 7)) == UMWS_GPU_OK);
    UMWS_CHECK_EQ(qs[7].queue->slot, 3);
    for (uint32_t i = 0; i < 8; i++) {
        if (i == 3) {
            continue;
        }
        t_fence(&qs[i], 0, 50 + i, 0);
        t_ring(&qs[i]);
    }
    for (uint32_t i = 0; i < 8; i++) {
        if (i != 3) {
            T_CHECK_SOON(t_data_u64(&qs[i], 0) == 50 + i, 5);
        }
    }
    UMWS_CHECK(umws_gpu_queue_bind(qs[3].queue, s_doorbell(gpu, 3)) == UMWS_GPU_OK);
    UMWS_CHECK_EQ(qs[3].queue->slot, 7);
    t_fence(&qs[3], 0, 53, 0);
    t_ring(&qs[3]);
    T_CHECK_SOON(t_data_u64(&qs[3], 0) == 53, 5);
    s_close(gpu, qs, 8);
}

/*
 * n queues, n not a multiple of the fold's block: each rung alone, then all at once, many times
 * over, so that passes walking up and walking down both meet rings in whole blocks and in the
 * partial one.
 */
static void every_slot_is_noticed_in_whole_and_partial_blocks(uint32_t placement, uint32_t n)
{
    umws_gpu *gpu = s_gpu(placement, UMWS_GPU_DETECT_SPIN);
    t_queue *qs = s_open(gpu, n);
    uint64_t value = 0;
    for (uint32_t round = 0; round < 8; round++) {
        for (uint32_t i = 0; i < n; i++) {
            t_fence(&qs[i], 0, ++value, 0);
            t_ring(&qs[i]);
            T_CHECK_SOON(t_data_u64(&qs[i], 0) == value, 5);
        }
        uint64_t first = value + 1;
        for (uint32_t i = 0; i < n; i++) {
            t_fence(&qs[i], 0, ++value, 0);
            t_ring(&qs[i]);
        }
        for (uint32_t i = 0; i < n; i++) {
            T_CHECK_SOON(t_data_u64(&qs[i], 0) == first + i, 5);
        }
    }
    s_close(gpu, qs, n);
}

/* Unbinds and rebinds queues [first, first + count) over and over until told to stop. */
typedef struct s_churn
{
    t_queue *qs;
    uint32_t first;
    uint32_t count;
    uint32_t stop;   /* release by the main thread, acquire here */
    uint64_t rounds; /* release here, acquire by the main thread */
    int failures;
} s_churn;

static void s_churn_main(void *arg)
{
    s_churn *c = arg;
    while (!umws_load_acquire_u32(&c->stop)) {
        for (uint32_t i = c->first; i < c->first + c->count; i++) {
            t_queue *t = &c->qs[i];
            if (umws_gpu_queue_unbind(t->queue) != UMWS_GPU_OK || umws_gpu_dbva_disconnect(t->gpu, t->doorbell_va) != 0 ||
                umws_gpu_queue_bind(t->queue, t->doorbell) != UMWS_GPU_OK ||
                umws_gpu_dbva_connect(t->gpu, t->doorbell_va, t->doorbell, 0) != 0) {
                c->failures++;
            }
        }
        umws_store_release_u64(&c->rounds, c->rounds + 1);
    }
}

static void rings_complete_while_other_queues_churn(uint32_t placement, uint32_t detect)
{
    umws_gpu *gpu = s_gpu(placement, detect);
    t_queue *qs = s_open(gpu, S_QUEUES);
    /* Rung: every third queue; churned: the 32 queues from 8 on that are not rung. */
    s_churn c = {qs, 0, 0, 0, 0, 0};
    t_queue *churned = calloc(S_QUEUES, sizeof *churned);
    uint32_t n_churned = 0;
    for (uint32_t i = 8; i < 72; i++) {
        if (i % 3 != 0) {
            churned[n_churned++] = qs[i];
        }
    }
    c.qs = churned;
    c.count = n_churned;
    umws_plat_thread th;
    UMWS_CHECK(umws_plat_thread_start(&th, s_churn_main, &c) == 0);
    /* At least 50 rounds of rings, and on until the churn has gone round a few times. */
    uint64_t until = umws_plat_now_ns() + 10000000000ull;
    for (uint64_t n = 1; n <= 50 || (umws_load_acquire_u64(&c.rounds) < 3 && umws_plat_now_ns() < until); n++) {
        for (uint32_t i = 0; i < S_QUEUES; i += 3) {
            t_fence(&qs[i], 0, n, 0);
            t_ring(&qs[i]);
        }
        if (detect == UMWS_GPU_DETECT_NOTIFY) {
            umws_gpu_engine_notify(gpu, 0);
        }
        for (uint32_t i = 0; i < S_QUEUES; i += 3) {
            T_CHECK_SOON(t_data_u64(&qs[i], 0) == n, 5);
        }
    }
    umws_store_release_u32(&c.stop, 1);
    umws_plat_thread_join(&th);
    UMWS_CHECK_EQ(c.failures, 0);
    UMWS_CHECK(c.rounds >= 3);
    UMWS_CHECK_EQ(umws_gpu_engine_bound(gpu, 0), S_QUEUES);
    /* A churned queue, bound again, runs what it is rung for. */
    t_queue *back = &churned[n_churned / 2];
    t_fence(back, 0, 77, 0);
    t_ring(back);
    if (detect == UMWS_GPU_DETECT_NOTIFY) {
        umws_gpu_engine_notify(gpu, 0);
    }
    T_CHECK_SOON(t_data_u64(back, 0) == 77, 5);
    free(churned); /* copies: the queues themselves close with qs */
    s_close(gpu, qs, S_QUEUES);
}

int main(void)
{
    umws_gpu_tuning tunings[3];
    memset(&tunings[0], 0, sizeof tunings[0]); /* the plain scan */
    tunings[1] = umws_gpu_tuning_default();
    tunings[2] = umws_gpu_tuning_default();
    tunings[2].fold = 1;
    tunings[2].alternate = 1;
    tunings[2].prefetch = 1;
    tunings[2].huge_view = 1;
    tunings[2].line_spread = 1;
    uint32_t placements[] = {UMWS_GPU_PLACEMENT_DEDICATED_PAGE, UMWS_GPU_PLACEMENT_SHARED_PAGE,
                             UMWS_GPU_PLACEMENT_GLOBAL};
    for (int t = 0; t < 3; t++) {
        s_tuning = tunings[t];
        for (int p = 0; p < 3; p++) {
            if (placements[p] == UMWS_GPU_PLACEMENT_GLOBAL && umws_plat_va_watch_connected()) {
                continue; /* not offered with the Win32 doorbell VA scheme */
            }
            a_ring_in_the_middle_runs_that_queue_only(placements[p]);
            a_ring_remembered_while_suspended_runs_on_resume(placements[p]);
            a_freed_slot_is_reused_and_the_top_slot_can_go(placements[p]);
            every_slot_is_noticed_in_whole_and_partial_blocks(placements[p], 7);
            every_slot_is_noticed_in_whole_and_partial_blocks(placements[p], 13);
            rings_complete_while_other_queues_churn(placements[p], UMWS_GPU_DETECT_SPIN);
            if (t != 0) {
                continue; /* NOTIFY scans only when told: once is enough */
            }
            rings_complete_while_other_queues_churn(placements[p], UMWS_GPU_DETECT_NOTIFY);
        }
    }
    return umws_test_finish("test_gpu_scan");
}
