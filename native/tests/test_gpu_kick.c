/*
 * test_gpu_kick.c - the KMD's kick (umws_gpu_queue_kick): a queue whose WritePointer moved with no
 * doorbell change runs after a kick, in every detection mode and placement; a ring into the dummy
 * page is not stranded when the KMD kicks before draining; a kick of a queue that is not bound is
 * refused and leaves nothing behind; a kicked suspended queue runs on resume; and kicks racing
 * rings, binds and unbinds break nothing. Waits poll to a deadline.
 */
#include "gpu_test_util.h"

static umws_gpu *k_gpu(uint32_t detect, uint32_t placement)
{
    UMWS_GPU_CONFIG c = t_config(detect);
    c.Placement = placement;
    if (placement == UMWS_GPU_PLACEMENT_GLOBAL) {
        c.DoorbellCount = 1;
    }
    umws_gpu *gpu = NULL;
    UMWS_CHECK(umws_gpu_create(&c, &gpu) == UMWS_GPU_OK);
    return gpu;
}

/* Publishes the packets written so far (release) without touching the doorbell. */
static void k_publish_only(t_queue *t)
{
    umws_store_release_u64(&t->control->WritePointer, t->wp);
}

/*
 * Lets the firmware look and find nothing: a few scans where it polls, 20 ms where it only scans
 * when told (NOTIFY: no scan may run at all then).
 */
static void k_let_the_firmware_look(umws_gpu *gpu)
{
    if (gpu->config.DetectMode == UMWS_GPU_DETECT_NOTIFY) {
        umws_plat_sleep_ns(20000000);
        return;
    }
    UMWS_GPU_ENGINE_STATS before, now;
    umws_gpu_engine_stats(gpu, 0, &before);
    int scanned;
    T_WAIT(scanned, (umws_gpu_engine_stats(gpu, 0, &now), now.Scans > before.Scans + 3), 5);
    UMWS_CHECK(scanned);
}

static void a_queue_whose_write_pointer_moved_without_a_ring_runs_after_a_kick(uint32_t detect, uint32_t placement)
{
    umws_gpu *gpu = k_gpu(detect, placement);
    t_queue a, b;
    UMWS_CHECK(t_queue_open(&a, gpu, 0, 0, 1) == 0);
    UMWS_CHECK(t_queue_open(&b, gpu, 0, placement == UMWS_GPU_PLACEMENT_GLOBAL ? 0 : 1, 2) == 0);
    for (uint64_t n = 1; n <= 20; n++) {
        t_fence(&a, 0, n, 0);
        k_publish_only(&a);
        if (n == 1) {
            k_let_the_firmware_look(gpu);
            UMWS_CHECK_EQ(t_data_u64(&a, 0), 0); /* published, never rung: not run */
        }
        UMWS_CHECK(umws_gpu_queue_kick(a.queue) == UMWS_GPU_OK); /* wakes a NOTIFY firmware itself */
        T_CHECK_SOON(t_data_u64(&a, 0) == n, 5);
    }
    /* The firmware stores ReadPointer after the fence packet has written its value: wait for it. */
    T_CHECK_SOON(umws_load_acquire_u64(&a.control->ReadPointer) == a.wp, 5);
    /* The neighbour was not run by a's kicks: nothing of it was published. */
    UMWS_CHECK_EQ(t_data_u64(&b, 0), 0);
    t_fence(&b, 0, 5, 0);
    t_ring(&b);
    if (detect == UMWS_GPU_DETECT_NOTIFY) {
        umws_gpu_engine_notify(gpu, 0);
    }
    T_CHECK_SOON(t_data_u64(&b, 0) == 5, 5); /* rings still work after kicks */
    t_queue_close(&a);
    t_queue_close(&b);
    umws_gpu_destroy(gpu);
}

/*
 * Victimization as Windows orders it: the OS moves the victim's VA to the dummy page, the UMD
 * (still reading CONNECTED) rings into it, then the KMD kicks and drains before unbinding.
 */
static void a_ring_into_the_dummy_page_is_not_stranded_when_the_kmd_kicks_before_draining(void)
{
    umws_gpu *gpu = k_gpu(UMWS_GPU_DETECT_BACKOFF, UMWS_GPU_PLACEMENT_DEDICATED_PAGE);
    t_queue a;
    UMWS_CHECK(t_queue_open(&a, gpu, 0, 2, 1) == 0);
    t_fence(&a, 0, 1, 0);
    t_ring(&a);
    T_CHECK_SOON(t_data_u64(&a, 0) == 1, 5);
    UMWS_CHECK(umws_gpu_dbva_disconnect(gpu, a.doorbell_va) == UMWS_GPU_OK);
    t_fence(&a, 0, 2, 0);
    t_ring(&a); /* lands on the dummy page */
    k_let_the_firmware_look(gpu);
    UMWS_CHECK_EQ(t_data_u64(&a, 0), 1);
    UMWS_CHECK(umws_gpu_queue_kick(a.queue) == UMWS_GPU_OK);
    T_CHECK_SOON(umws_gpu_queue_idle(a.queue) == 1, 5); /* the KMD's drain */
    UMWS_CHECK_EQ(t_data_u64(&a, 0), 2);
    UMWS_CHECK(umws_gpu_queue_unbind(a.queue) == UMWS_GPU_OK);
    t_queue_close(&a);
    umws_gpu_destroy(gpu);
}

static void a_kick_of_a_queue_that_is_not_bound_is_refused_and_leaves_nothing_behind(void)
{
    umws_gpu *gpu = k_gpu(UMWS_GPU_DETECT_SPIN, UMWS_GPU_PLACEMENT_DEDICATED_PAGE);
    UMWS_CHECK(umws_gpu_queue_kick(NULL) == UMWS_GPU_EINVAL);
    t_queue a;
    UMWS_CHECK(t_queue_open(&a, gpu, 0, 0, 1) == 0);
    UMWS_CHECK(umws_gpu_queue_unbind(a.queue) == UMWS_GPU_OK);
    t_fence(&a, 0, 3, 0);
    k_publish_only(&a);
    UMWS_CHECK(umws_gpu_queue_kick(a.queue) == UMWS_GPU_ESTATE); /* unbound */
    UMWS_CHECK(umws_gpu_queue_bind(a.queue, 0) == UMWS_GPU_OK);
    k_let_the_firmware_look(gpu);
    UMWS_CHECK_EQ(t_data_u64(&a, 0), 0); /* the refused kick was not remembered for the new binding */
    UMWS_CHECK(umws_gpu_queue_kick(a.queue) == UMWS_GPU_OK);
    T_CHECK_SOON(t_data_u64(&a, 0) == 3, 5);

    /* A faulted queue is not BOUND either. */
    UMWS_GPU_PACKET_HEADER bad = {0x7777, 0, sizeof bad};
    t_emit(&a, &bad, sizeof bad);
    t_ring(&a);
    T_CHECK_SOON(umws_gpu_queue_state(a.queue) == UMWS_GPU_QUEUE_FAULTED, 5);
    UMWS_CHECK(umws_gpu_queue_kick(a.queue) == UMWS_GPU_ESTATE);
    t_queue_close(&a);

    /* Nor is a queue that was never bound. */
    t_queue b;
    UMWS_CHECK(t_queue_open(&b, gpu, 0, 1, 2) == 0);
    UMWS_CHECK(umws_gpu_queue_unbind(b.queue) == UMWS_GPU_OK);
    umws_gpu_queue *fresh = NULL;
    UMWS_GPU_QUEUE_DESC d = b.queue->desc;
    d.QueueId = 3;
    UMWS_CHECK(umws_gpu_queue_create(gpu, b.space, &d, &fresh) == UMWS_GPU_OK);
    UMWS_CHECK(umws_gpu_queue_kick(fresh) == UMWS_GPU_ESTATE);
    umws_gpu_queue_destroy(fresh);
    t_queue_close(&b);
    umws_gpu_destroy(gpu);
}

static void a_kicked_suspended_queue_keeps_the_kick_and_runs_on_resume(uint32_t placement)
{
    umws_gpu *gpu = k_gpu(UMWS_GPU_DETECT_SPIN, placement);
    t_queue a;
    UMWS_CHECK(t_queue_open(&a, gpu, 0, 0, 1) == 0);
    umws_gpu_queue_suspend(a.queue, 1);
    t_fence(&a, 0, 7, 0);
    k_publish_only(&a);
    UMWS_CHECK(umws_gpu_queue_kick(a.queue) == UMWS_GPU_OK);
    k_let_the_firmware_look(gpu);
    UMWS_CHECK_EQ(t_data_u64(&a, 0), 0);
    umws_gpu_queue_suspend(a.queue, 0);
    T_CHECK_SOON(t_data_u64(&a, 0) == 7, 5);

    umws_gpu_engine_suspend(gpu, 0, 1);
    t_fence(&a, 0, 8, 0);
    k_publish_only(&a);
    UMWS_CHECK(umws_gpu_queue_kick(a.queue) == UMWS_GPU_OK);
    k_let_the_firmware_look(gpu);
    UMWS_CHECK_EQ(t_data_u64(&a, 0), 7);
    umws_gpu_engine_suspend(gpu, 0, 0);
    T_CHECK_SOON(t_data_u64(&a, 0) == 8, 5);
    t_queue_close(&a);
    umws_gpu_destroy(gpu);
}

/* Kicks every queue over and over, counting what each kick returned. */
typedef struct k_kicker
{
    t_queue *qs;
    uint32_t count;
    uint32_t stop;       /* release by the main thread, acquire here */
    uint64_t ok;         /* kicks of a bound queue; release here, acquire by the main thread */
    uint64_t refused;    /* ESTATE: the queue was between unbind and bind */
    int unexpected;      /* any other return */
} k_kicker;

static void k_kicker_main(void *arg)
{
    k_kicker *k = arg;
    while (!umws_load_acquire_u32(&k->stop)) {
        for (uint32_t i = 0; i < k->count; i++) {
            int32_t rc = umws_gpu_queue_kick(k->qs[i].queue);
            if (rc == UMWS_GPU_OK) {
                umws_store_release_u64(&k->ok, k->ok + 1);
            } else if (rc == UMWS_GPU_ESTATE) {
                k->refused++;
            } else {
                k->unexpected++;
            }
        }
        umws_plat_cpu_relax();
    }
}

/* Unbinds and rebinds one queue (with its VA) until told to stop. */
typedef struct k_churn
{
    t_queue *t;
    uint32_t stop;       /* release by the main thread, acquire here */
    uint64_t rounds;     /* release here, acquire by the main thread */
    int failures;
} k_churn;

static void k_churn_main(void *arg)
{
    k_churn *c = arg;
    t_queue *t = c->t;
    while (!umws_load_acquire_u32(&c->stop)) {
        if (umws_gpu_queue_unbind(t->queue) != UMWS_GPU_OK || umws_gpu_dbva_disconnect(t->gpu, t->doorbell_va) != 0 ||
            umws_gpu_queue_bind(t->queue, t->doorbell) != UMWS_GPU_OK ||
            umws_gpu_dbva_connect(t->gpu, t->doorbell_va, t->doorbell, 0) != 0) {
            c->failures++;
        }
        umws_store_release_u64(&c->rounds, c->rounds + 1);
    }
}

static void kicks_racing_rings_binds_and_unbinds_break_nothing(uint32_t detect)
{
    umws_gpu *gpu = k_gpu(detect, UMWS_GPU_PLACEMENT_DEDICATED_PAGE);
    enum { QUEUES = 4 };
    t_queue qs[QUEUES];
    for (uint32_t i = 0; i < QUEUES; i++) {
        UMWS_CHECK(t_queue_open(&qs[i], gpu, 0, i, i + 1) == 0);
    }
    /* qs[0] is rung, qs[1] only published (kicks alone run it), qs[2] churned, qs[3] idle. */
    k_kicker k = {qs, QUEUES, 0, 0, 0, 0};
    k_churn c = {&qs[2], 0, 0, 0};
    umws_plat_thread kt, ct;
    UMWS_CHECK(umws_plat_thread_start(&kt, k_kicker_main, &k) == 0);
    UMWS_CHECK(umws_plat_thread_start(&ct, k_churn_main, &c) == 0);
    uint64_t until = umws_plat_now_ns() + 10000000000ull;
    uint64_t n = 1;
    for (; n <= 200 || (umws_load_acquire_u64(&c.rounds) < 20 && umws_plat_now_ns() < until); n++) {
        t_fence(&qs[0], 0, n, 0);
        t_ring(&qs[0]);
        t_fence(&qs[1], 0, n, 0);
        k_publish_only(&qs[1]);
        if (detect == UMWS_GPU_DETECT_NOTIFY) {
            umws_gpu_engine_notify(gpu, 0);
        }
        T_CHECK_SOON(t_data_u64(&qs[0], 0) == n && t_data_u64(&qs[1], 0) == n, 5);
    }
    umws_store_release_u32(&k.stop, 1);
    umws_store_release_u32(&c.stop, 1);
    umws_plat_thread_join(&kt);
    umws_plat_thread_join(&ct);
    UMWS_CHECK_EQ(k.unexpected, 0);
    UMWS_CHECK_EQ(c.failures, 0);
    UMWS_CHECK(k.ok > 0);
    UMWS_CHECK(c.rounds >= 20);
    UMWS_CHECK_EQ(t_data_u64(&qs[3], 0), 0); /* kicked thousands of times with nothing published */
    /* The churned queue, bound again, runs a kick and a ring. */
    t_fence(&qs[2], 0, 9, 0);
    k_publish_only(&qs[2]);
    UMWS_CHECK(umws_gpu_queue_kick(qs[2].queue) == UMWS_GPU_OK);
    T_CHECK_SOON(t_data_u64(&qs[2], 0) == 9, 5);
    t_fence(&qs[2], 0, 10, 0);
    t_ring(&qs[2]);
    if (detect == UMWS_GPU_DETECT_NOTIFY) {
        umws_gpu_engine_notify(gpu, 0);
    }
    T_CHECK_SOON(t_data_u64(&qs[2], 0) == 10, 5);
    for (uint32_t i = 0; i < QUEUES; i++) {
        t_queue_close(&qs[i]);
    }
    umws_gpu_destroy(gpu);
}

int main(void)
{
    uint32_t modes[] = {UMWS_GPU_DETECT_SPIN, UMWS_GPU_DETECT_BACKOFF, UMWS_GPU_DETECT_NOTIFY};
    uint32_t placements[] = {UMWS_GPU_PLACEMENT_DEDICATED_PAGE, UMWS_GPU_PLACEMENT_SHARED_PAGE,
                             UMWS_GPU_PLACEMENT_GLOBAL};
    for (int p = 0; p < 3; p++) {
        if (placements[p] == UMWS_GPU_PLACEMENT_GLOBAL && umws_plat_va_watch_connected()) {
            continue; /* not offered with the Win32 doorbell VA scheme */
        }
        for (int m = 0; m < 3; m++) {
            a_queue_whose_write_pointer_moved_without_a_ring_runs_after_a_kick(modes[m], placements[p]);
        }
        a_kicked_suspended_queue_keeps_the_kick_and_runs_on_resume(placements[p]);
    }
    a_ring_into_the_dummy_page_is_not_stranded_when_the_kmd_kicks_before_draining();
    a_kick_of_a_queue_that_is_not_bound_is_refused_and_leaves_nothing_behind();
    for (int m = 0; m < 3; m++) {
        kicks_racing_rings_binds_and_unbinds_break_nothing(modes[m]);
    }
    return umws_test_finish("test_gpu_kick");
}
