/*
 * test_gpu_doorbells.c - what a doorbell is, end to end: a ring on a bound queue's secondary
 * doorbell runs it as a ring on its primary does, in every detection mode and placement (with the
 * POSIX remap and with the Win32 scheme, where the firmware watches the connected VA); bind resets
 * both; a 16 KiB doorbell is rung through a four-page VA; sizes and placements that cannot be laid
 * out are refused. Waits poll to a deadline.
 */
#include "gpu_test_util.h"

static umws_gpu *d_gpu(uint32_t detect, uint32_t placement, uint32_t size, uint32_t secondaries)
{
    UMWS_GPU_CONFIG c = t_config(detect);
    c.Placement = placement;
    c.DoorbellSizeInBytes = size;
    c.SecondaryDoorbells = secondaries;
    c.DoorbellCount = placement == UMWS_GPU_PLACEMENT_GLOBAL ? 1 : 8;
    umws_gpu *gpu = NULL;
    UMWS_CHECK(umws_gpu_create(&c, &gpu) == UMWS_GPU_OK);
    return gpu;
}

/* A second doorbell VA of the queue, connected to its secondary doorbell. */
typedef struct d_secondary
{
    void *va;
    uint64_t *ring_at;
} d_secondary;

static void d_secondary_open(d_secondary *s, t_queue *t)
{
    UMWS_CHECK(umws_gpu_dbva_reserve(t->gpu, t_va_pages(t->gpu), &s->va) == UMWS_GPU_OK);
    UMWS_CHECK(umws_gpu_dbva_connect(t->gpu, s->va, t->doorbell, 1) == UMWS_GPU_OK);
    s->ring_at = (uint64_t *)((uint8_t *)s->va + umws_gpu_doorbell_offset(t->gpu, t->doorbell, 1) % UMWS_GPU_PAGE_SIZE);
}

/* Publishes and rings the secondary: the new write pointer, or +1 on a global doorbell. */
static void d_ring_secondary(t_queue *t, d_secondary *s)
{
    umws_store_release_u64(&t->control->WritePointer, t->wp);
    if (t->gpu->config.Placement == UMWS_GPU_PLACEMENT_GLOBAL) {
        __atomic_fetch_add(s->ring_at, 1, __ATOMIC_RELEASE);
    } else {
        umws_store_release_u64(s->ring_at, t->wp);
    }
    if (t->gpu->config.DetectMode == UMWS_GPU_DETECT_NOTIFY) {
        umws_gpu_engine_notify(t->gpu, 0);
    }
}

static void d_ring_primary(t_queue *t)
{
    t_ring(t);
    if (t->gpu->config.DetectMode == UMWS_GPU_DETECT_NOTIFY) {
        umws_gpu_engine_notify(t->gpu, 0);
    }
}

static void a_ring_on_either_doorbell_runs_the_queue(uint32_t detect, uint32_t placement)
{
    umws_gpu *gpu = d_gpu(detect, placement, 8, 1);
    uint32_t other = placement == UMWS_GPU_PLACEMENT_GLOBAL ? 0 : 5;
    t_queue a, b;
    UMWS_CHECK(t_queue_open(&a, gpu, 0, 0, 1) == 0);
    UMWS_CHECK(t_queue_open(&b, gpu, 0, other, 2) == 0);
    d_secondary s;
    d_secondary_open(&s, &a);
    for (uint64_t n = 1; n <= 40; n++) {
        t_fence(&a, 0, n, 0);
        if (n % 2 == 1) {
            d_ring_secondary(&a, &s);
        } else {
            d_ring_primary(&a);
        }
        T_CHECK_SOON(t_data_u64(&a, 0) == n, 5);
    }
    /* The firmware stores ReadPointer after the fence packet has written its value: wait for it. */
    T_CHECK_SOON(umws_load_acquire_u64(&a.control->ReadPointer) == a.wp, 5);
    UMWS_CHECK_EQ(t_data_u64(&b, 0), 0); /* a's secondary is a's alone */
    UMWS_CHECK(umws_gpu_dbva_release(gpu, s.va) == UMWS_GPU_OK);
    t_queue_close(&a);
    t_queue_close(&b);
    umws_gpu_destroy(gpu);
}

static void bind_resets_both_doorbells_so_any_later_ring_is_a_change(void)
{
    umws_gpu *gpu = d_gpu(UMWS_GPU_DETECT_SPIN, UMWS_GPU_PLACEMENT_DEDICATED_PAGE, 8, 1);
    t_queue a;
    UMWS_CHECK(t_queue_open(&a, gpu, 0, 3, 1) == 0);
    d_secondary s;
    d_secondary_open(&s, &a);
    t_fence(&a, 0, 1, 0);
    d_ring_secondary(&a, &s);
    T_CHECK_SOON(t_data_u64(&a, 0) == 1, 5);
    UMWS_CHECK(umws_gpu_queue_unbind(a.queue) == UMWS_GPU_OK);
    UMWS_CHECK(umws_load_acquire_u64(gpu->doorbell_src2[3]) != 0); /* what the secondary last showed */
    UMWS_CHECK(umws_gpu_queue_bind(a.queue, 3) == UMWS_GPU_OK);
    UMWS_CHECK_EQ(umws_load_acquire_u64(gpu->doorbell_src[3]), 0);
    UMWS_CHECK_EQ(umws_load_acquire_u64(gpu->doorbell_src2[3]), 0);
    t_fence(&a, 0, 2, 0);
    d_ring_secondary(&a, &s);
    T_CHECK_SOON(t_data_u64(&a, 0) == 2, 5);
    umws_gpu_dbva_release(gpu, s.va);
    t_queue_close(&a);
    umws_gpu_destroy(gpu);
}

static void a_ring_on_the_secondary_while_suspended_runs_on_resume(void)
{
    umws_gpu *gpu = d_gpu(UMWS_GPU_DETECT_SPIN, UMWS_GPU_PLACEMENT_SHARED_PAGE, 8, 1);
    t_queue a;
    UMWS_CHECK(t_queue_open(&a, gpu, 0, 6, 1) == 0);
    d_secondary s;
    d_secondary_open(&s, &a);
    umws_gpu_queue_suspend(a.queue, 1);
    t_fence(&a, 0, 4, 0);
    d_ring_secondary(&a, &s);
    umws_plat_sleep_ns(10000000);
    UMWS_CHECK_EQ(t_data_u64(&a, 0), 0);
    umws_gpu_queue_suspend(a.queue, 0);
    T_CHECK_SOON(t_data_u64(&a, 0) == 4, 5);
    umws_gpu_dbva_release(gpu, s.va);
    t_queue_close(&a);
    umws_gpu_destroy(gpu);
}

/* A secondary VA disconnected (the dummy pages): its late ring does not reach the queue. */
static void a_ring_through_a_disconnected_secondary_va_is_dropped(void)
{
    umws_gpu *gpu = d_gpu(UMWS_GPU_DETECT_SPIN, UMWS_GPU_PLACEMENT_DEDICATED_PAGE, 8, 1);
    t_queue a;
    UMWS_CHECK(t_queue_open(&a, gpu, 0, 1, 1) == 0);
    d_secondary s;
    d_secondary_open(&s, &a);
    UMWS_CHECK(umws_gpu_dbva_disconnect(gpu, s.va) == UMWS_GPU_OK);
    t_fence(&a, 0, 5, 0);
    d_ring_secondary(&a, &s);
    umws_plat_sleep_ns(10000000);
    UMWS_CHECK_EQ(t_data_u64(&a, 0), 0);
    d_ring_primary(&a); /* the primary still rings */
    T_CHECK_SOON(t_data_u64(&a, 0) == 5, 5);
    umws_gpu_dbva_release(gpu, s.va);
    t_queue_close(&a);
    umws_gpu_destroy(gpu);
}

/* 16 KiB doorbells: four BAR pages each, rung through a four-page VA at the doorbell's offset. */
static void a_16_kib_doorbell_is_rung_through_its_four_page_va(uint32_t detect, uint32_t placement)
{
    umws_gpu *gpu = d_gpu(detect, placement, 16384, 1);
    uint32_t count = gpu->config.DoorbellCount;
    UMWS_CHECK_EQ(t_va_pages(gpu), 4);
    UMWS_CHECK_EQ(umws_gpu_bar_size(gpu), 2ull * count * 16384);
    uint32_t index = count - 1; /* the last primary: its four pages end where the secondaries start */
    UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, index, 0), (uint64_t)index * 16384);
    UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, index, 1), (uint64_t)(count + index) * 16384);
    t_queue a;
    UMWS_CHECK(t_queue_open(&a, gpu, 0, index, 1) == 0);
    uint64_t *bar = (uint64_t *)((uint8_t *)umws_gpu_bar_base(gpu) + umws_gpu_doorbell_offset(gpu, index, 0));
    for (uint64_t n = 1; n <= 10; n++) {
        t_fence(&a, 0, n, 0);
        d_ring_primary(&a);
        T_CHECK_SOON(t_data_u64(&a, 0) == n, 5);
    }
    if (!umws_plat_va_watch_connected()) {
        /* POSIX: the VA is the BAR's four pages; a store at the doorbell's offset is the BAR's. */
        UMWS_CHECK_EQ(umws_load_acquire_u64(bar), umws_load_acquire_u64(a.ring_at));
        volatile uint64_t *last_page = (volatile uint64_t *)((uint8_t *)a.doorbell_va + 3 * 4096 + 64);
        *last_page = 0x5151;
        UMWS_CHECK_EQ(*(volatile uint64_t *)((uint8_t *)bar + 3 * 4096 + 64), 0x5151);
    }
    d_secondary s;
    d_secondary_open(&s, &a); /* the last secondary's four pages end at the BAR's end */
    t_fence(&a, 0, 11, 0);
    d_ring_secondary(&a, &s);
    T_CHECK_SOON(t_data_u64(&a, 0) == 11, 5);
    UMWS_CHECK(umws_gpu_dbva_disconnect(gpu, a.doorbell_va) == UMWS_GPU_OK);
    if (!umws_plat_va_watch_connected()) {
        /* Disconnected: dummy pages over all four, so a store to the last page misses the BAR. */
        volatile uint64_t *last_page = (volatile uint64_t *)((uint8_t *)a.doorbell_va + 3 * 4096 + 64);
        *last_page = 0x6262;
        UMWS_CHECK_EQ(*(volatile uint64_t *)((uint8_t *)bar + 3 * 4096 + 64), 0x5151);
    }
    umws_gpu_dbva_release(gpu, s.va);
    t_queue_close(&a);
    umws_gpu_destroy(gpu);
}

static void sizes_that_cannot_be_laid_out_are_refused(void)
{
    UMWS_GPU_CONFIG c = t_config(UMWS_GPU_DETECT_NOTIFY);
    umws_gpu *gpu = NULL;
    uint32_t refused[] = {4, 12, 32768, 65536};
    for (int i = 0; i < 4; i++) {
        c.DoorbellSizeInBytes = refused[i];
        UMWS_CHECK(umws_gpu_create(&c, &gpu) == UMWS_GPU_EINVAL);
    }
    c.Placement = UMWS_GPU_PLACEMENT_SHARED_PAGE;
    uint32_t shared_refused[] = {4096, 8192, 16384};
    for (int i = 0; i < 3; i++) {
        c.DoorbellSizeInBytes = shared_refused[i];
        UMWS_CHECK(umws_gpu_create(&c, &gpu) == UMWS_GPU_EINVAL); /* one per page would not share */
    }
    c.DoorbellSizeInBytes = 2048; /* two per page */
    c.DoorbellCount = 5;
    UMWS_CHECK(umws_gpu_create(&c, &gpu) == UMWS_GPU_OK);
    UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, 3, 0), 4096 + 2048);
    UMWS_CHECK_EQ(umws_gpu_bar_size(gpu), 3 * 4096);
    umws_gpu_destroy(gpu);
    c.Placement = UMWS_GPU_PLACEMENT_DEDICATED_PAGE;
    c.DoorbellSizeInBytes = 8192; /* two pages each */
    UMWS_CHECK(umws_gpu_create(&c, &gpu) == UMWS_GPU_OK);
    UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, 3, 0), 3 * 8192);
    UMWS_CHECK_EQ(umws_gpu_bar_size(gpu), 5 * 8192);
    umws_gpu_destroy(gpu);
}

static void a_va_is_reserved_with_one_to_four_pages_and_connects_only_inside_the_bar(void)
{
    umws_gpu *gpu = d_gpu(UMWS_GPU_DETECT_NOTIFY, UMWS_GPU_PLACEMENT_DEDICATED_PAGE, 8, 0); /* 8 pages */
    void *va = NULL;
    UMWS_CHECK(umws_gpu_dbva_reserve(gpu, 0, &va) == UMWS_GPU_EINVAL);
    UMWS_CHECK(umws_gpu_dbva_reserve(gpu, UMWS_GPU_DBVA_MAX_PAGES + 1, &va) == UMWS_GPU_EINVAL);
    UMWS_CHECK(umws_gpu_dbva_reserve(gpu, 4, &va) == UMWS_GPU_OK);
    UMWS_CHECK(umws_gpu_dbva_connect(gpu, va, 4, 0) == UMWS_GPU_OK);  /* pages 4..7: the BAR's last */
    UMWS_CHECK(umws_gpu_dbva_connect(gpu, va, 5, 0) == UMWS_GPU_EINVAL); /* pages 5..8: past the end */
    UMWS_CHECK(umws_gpu_dbva_disconnect(gpu, va) == UMWS_GPU_OK);
    UMWS_CHECK(umws_gpu_dbva_release(gpu, va) == UMWS_GPU_OK);
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
            a_ring_on_either_doorbell_runs_the_queue(modes[m], placements[p]);
        }
    }
    bind_resets_both_doorbells_so_any_later_ring_is_a_change();
    a_ring_on_the_secondary_while_suspended_runs_on_resume();
    a_ring_through_a_disconnected_secondary_va_is_dropped();
    for (int m = 0; m < 3; m++) {
        a_16_kib_doorbell_is_rung_through_its_four_page_va(modes[m], UMWS_GPU_PLACEMENT_DEDICATED_PAGE);
    }
    if (!umws_plat_va_watch_connected()) {
        a_16_kib_doorbell_is_rung_through_its_four_page_va(UMWS_GPU_DETECT_SPIN, UMWS_GPU_PLACEMENT_GLOBAL);
    }
    sizes_that_cannot_be_laid_out_are_refused();
    a_va_is_reserved_with_one_to_four_pages_and_connects_only_inside_the_bar();
    return umws_test_finish("test_gpu_doorbells");
}
