/*
 * test_gpu_bar.c - doorbell placement in the BAR, and the stable doorbell VA: connect shows
 * the physical doorbell, disconnect the dummy page, the VA never changes, and a thread
 * storing to the VA (one page, or every page of a four-page VA) while it is remapped thousands
 * of times never faults.
 */
#include "gpu_test_util.h"

static void places_doorbells_by_the_placement_model(void)
{
    UMWS_GPU_CONFIG cfg = t_config(UMWS_GPU_DETECT_NOTIFY);
    cfg.DoorbellCount = 100;
    cfg.SecondaryDoorbells = 1;
    umws_gpu *gpu;
    UMWS_CHECK(umws_gpu_create(&cfg, &gpu) == UMWS_GPU_OK);
    /* G3 spreads dedicated doorbells over their pages' lines by default (see below). */
    uint64_t line = UMWS_GENERATION >= 3 ? 5 * 64 : 0;
    UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, 5, 0), 5 * 4096 + line);
    UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, 5, 1), (100 + 5) * 4096 + line);
    UMWS_CHECK_EQ(umws_gpu_bar_size(gpu), 200 * 4096);
    UMWS_CHECK(umws_gpu_doorbell_offset(gpu, 100, 0) == UINT64_MAX);
    umws_gpu_destroy(gpu);

    cfg.DoorbellSizeInBytes = 16384; /* four pages per doorbell, secondaries after all primaries */
    UMWS_CHECK(umws_gpu_create(&cfg, &gpu) == UMWS_GPU_OK);
    UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, 5, 0), 5 * 4 * 4096);
    UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, 5, 1), (100 + 5) * 4 * 4096);
    UMWS_CHECK_EQ(umws_gpu_bar_size(gpu), 200 * 4 * 4096);
    umws_gpu_destroy(gpu);
    cfg.DoorbellSizeInBytes = 8;

    cfg.Placement = UMWS_GPU_PLACEMENT_SHARED_PAGE;
    cfg.DoorbellSizeInBytes = 8; /* stride rounds up to a 64-byte line */
    cfg.SecondaryDoorbells = 0;
    UMWS_CHECK(umws_gpu_create(&cfg, &gpu) == UMWS_GPU_OK);
    UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, 0, 0), 0);
    UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, 1, 0), 64);
    UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, 64, 0), 4096);
    UMWS_CHECK_EQ(umws_gpu_bar_size(gpu), 2 * 4096);
    umws_gpu_destroy(gpu);
}

/* The line spread: still one doorbell per page (one per page group above 4 KiB), but page i's at
   its line i % lines, lines of the doorbell's size rounded up to 64 bytes. */
static void line_spread_puts_each_page_s_doorbell_at_another_line(void)
{
    UMWS_GPU_CONFIG cfg = t_config(UMWS_GPU_DETECT_NOTIFY);
    cfg.DoorbellCount = 100;
    cfg.SecondaryDoorbells = 1;
    umws_gpu_tuning tuning = umws_gpu_tuning_default();
    tuning.line_spread = 1;
    umws_gpu *gpu;
    UMWS_CHECK(umws_gpu_create_tuned(&cfg, &tuning, &gpu) == UMWS_GPU_OK);
    UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, 0, 0), 0);
    UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, 1, 0), 4096 + 64);
    UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, 63, 0), 63 * 4096 + 63 * 64);
    UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, 64, 0), 64 * 4096);
    UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, 5, 1), (100 + 5) * 4096 + 5 * 64);
    UMWS_CHECK_EQ(umws_gpu_bar_size(gpu), 200 * 4096); /* no page more */
    for (uint32_t i = 0; i < 100; i++) {
        UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, i, 0) / 4096, i);
    }
    umws_gpu_destroy(gpu);

    cfg.DoorbellSizeInBytes = 1024; /* four lines of 1 KiB in a page */
    UMWS_CHECK(umws_gpu_create_tuned(&cfg, &tuning, &gpu) == UMWS_GPU_OK);
    UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, 5, 0), 5 * 4096 + 1024);
    UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, 7, 0), 7 * 4096 + 3 * 1024);
    umws_gpu_destroy(gpu);

    uint32_t whole_page[] = {4096, 16384}; /* no room to move in: at the start, as without */
    for (int k = 0; k < 2; k++) {
        cfg.DoorbellSizeInBytes = whole_page[k];
        UMWS_CHECK(umws_gpu_create_tuned(&cfg, &tuning, &gpu) == UMWS_GPU_OK);
        UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, 5, 0), 5ull * whole_page[k]);
        umws_gpu_destroy(gpu);
    }

    cfg.DoorbellSizeInBytes = 8;
    cfg.Placement = UMWS_GPU_PLACEMENT_SHARED_PAGE; /* already spread: unchanged */
    UMWS_CHECK(umws_gpu_create_tuned(&cfg, &tuning, &gpu) == UMWS_GPU_OK);
    UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, 1, 0), 64);
    UMWS_CHECK_EQ(umws_gpu_doorbell_offset(gpu, 64, 0), 4096);
    umws_gpu_destroy(gpu);
}

/*
 * Huge pages under the GPU's view of a 4 MiB BAR: asked for, used where the OS grants them for
 * shared memory (it says which), and the doorbells work the same either way.
 */
static void a_huge_view_is_asked_for_and_the_doorbells_work_either_way(void)
{
    UMWS_GPU_CONFIG cfg = t_config(UMWS_GPU_DETECT_SPIN);
    cfg.DoorbellCount = 1024;
    umws_gpu_tuning tuning = umws_gpu_tuning_default();
    for (uint32_t huge = 0; huge <= 1; huge++) {
        tuning.huge_view = huge;
        umws_gpu *gpu;
        UMWS_CHECK(umws_gpu_create_tuned(&cfg, &tuning, &gpu) == UMWS_GPU_OK);
        UMWS_CHECK(gpu->bar_huge_bytes <= umws_gpu_bar_size(gpu));
        UMWS_CHECK_EQ(gpu->bar_huge_bytes % UMWS_PLAT_HUGE_BYTES, 0);
        if (!huge) {
            UMWS_CHECK_EQ(gpu->bar_huge_bytes, 0);
        }
#if defined(__linux__)
        if (huge) {
            UMWS_CHECK_EQ((uintptr_t)umws_gpu_bar_base(gpu) % UMWS_PLAT_HUGE_BYTES, 0); /* where a PMD can map */
            printf("test_gpu_bar: huge pages under a 4 MiB view: %" PRIu64 " bytes\n", gpu->bar_huge_bytes);
        }
#endif
        t_queue a;
        UMWS_CHECK(t_queue_open(&a, gpu, 0, 777, 1) == 0);
        for (uint64_t n = 1; n <= 3; n++) {
            t_fence(&a, 0, n, 0);
            t_ring(&a);
            T_CHECK_SOON(t_data_u64(&a, 0) == n, 5);
        }
        t_queue_close(&a);
        umws_gpu_destroy(gpu);
    }
}

static void connect_and_disconnect_move_the_page_not_the_va(void)
{
    UMWS_GPU_CONFIG cfg = t_config(UMWS_GPU_DETECT_NOTIFY);
    cfg.Placement = UMWS_GPU_PLACEMENT_SHARED_PAGE;
    umws_gpu *gpu;
    umws_gpu_create(&cfg, &gpu);
    void *va;
    UMWS_CHECK(umws_gpu_dbva_reserve(gpu, 1, &va) == UMWS_GPU_OK);
    uint64_t off = umws_gpu_doorbell_offset(gpu, 3, 0);
    volatile uint64_t *slot = (volatile uint64_t *)((uint8_t *)va + off % 4096);
    volatile uint64_t *bar = (volatile uint64_t *)((uint8_t *)umws_gpu_bar_base(gpu) + off);
    *slot = 11; /* on the dummy page: the BAR does not see it */
    UMWS_CHECK_EQ(*bar, 0);
    UMWS_CHECK(umws_gpu_dbva_connect(gpu, va, 3, 0) == UMWS_GPU_OK);
    *slot = 22;
    if (!umws_plat_va_watch_connected()) {
        UMWS_CHECK_EQ(*bar, 22); /* POSIX: the VA now is the BAR page */
    }
    UMWS_CHECK(umws_gpu_dbva_disconnect(gpu, va) == UMWS_GPU_OK);
    *slot = 33;
    UMWS_CHECK(*bar != 33);
    UMWS_CHECK(umws_gpu_dbva_release(gpu, va) == UMWS_GPU_OK);
    UMWS_CHECK(umws_gpu_dbva_release(gpu, va) == UMWS_GPU_ENOENT);
    umws_gpu_destroy(gpu);
}

typedef struct racer
{
    volatile uint8_t *va;
    uint32_t pages;  /* stores go to each page of the VA in turn */
    uint32_t stop;
    uint64_t stores;
} racer;

/* The race with mmap(MAP_FIXED) is the point of this test; TSan models the remap as a write
 * to the page and would report it, so the storing loop is not instrumented. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((no_sanitize("thread")))
#endif
static void store_forever(void *arg)
{
    racer *r = arg;
    while (!umws_load_acquire_u32(&r->stop)) {
        uint32_t page = (uint32_t)(r->stores % r->pages);
        *(volatile uint64_t *)(r->va + page * 4096u) = r->stores; /* a UMD ringing: a plain 64-bit store */
        umws_store_release_u64(&r->stores, r->stores + 1);
    }
}

/* 'size'-byte doorbells, a VA of as many pages as Windows gives them, remapped under a storing thread. */
static void a_store_racing_the_remap_never_faults(uint32_t size)
{
    UMWS_GPU_CONFIG cfg = t_config(UMWS_GPU_DETECT_NOTIFY);
    cfg.DoorbellSizeInBytes = size;
    umws_gpu *gpu;
    UMWS_CHECK(umws_gpu_create(&cfg, &gpu) == UMWS_GPU_OK);
    void *va;
    UMWS_CHECK(umws_gpu_dbva_reserve(gpu, t_va_pages(gpu), &va) == UMWS_GPU_OK);
    racer r = {(volatile uint8_t *)va, t_va_pages(gpu), 0, 0};
    umws_plat_thread t;
    UMWS_CHECK(umws_plat_thread_start(&t, store_forever, &r) == 0);
    int storing;
    T_WAIT(storing, umws_load_acquire_u64(&r.stores) > 0, 5);
    UMWS_CHECK(storing);
    int remapped = 0;
    for (int i = 0; i < 5000; i++) {
        remapped += umws_gpu_dbva_connect(gpu, va, (uint32_t)i % 16, 0) == UMWS_GPU_OK &&
                    umws_gpu_dbva_disconnect(gpu, va) == UMWS_GPU_OK;
    }
    UMWS_CHECK_EQ(remapped, 5000);
    umws_store_release_u32(&r.stop, 1);
    umws_plat_thread_join(&t);
    UMWS_CHECK(umws_load_acquire_u64(&r.stores) > 0);
    umws_gpu_dbva_release(gpu, va);
    umws_gpu_destroy(gpu);
}

static void thousands_of_vas_are_each_found_and_released(void)
{
    UMWS_GPU_CONFIG cfg = t_config(UMWS_GPU_DETECT_NOTIFY);
    cfg.DoorbellCount = 8;
    umws_gpu *gpu;
    UMWS_CHECK(umws_gpu_create(&cfg, &gpu) == UMWS_GPU_OK);
    enum { N = 1500 }; /* the VA table grows several times */
    static void *vas[N];
    int reserved = 0;
    for (int i = 0; i < N; i++) {
        reserved += umws_gpu_dbva_reserve(gpu, 1, &vas[i]) == UMWS_GPU_OK;
    }
    UMWS_CHECK_EQ(reserved, N);
    int connected = 0;
    for (int i = 0; i < N; i += 7) {
        connected += umws_gpu_dbva_connect(gpu, vas[i], (uint32_t)i % 8, 0) == UMWS_GPU_OK &&
                     umws_gpu_dbva_disconnect(gpu, vas[i]) == UMWS_GPU_OK;
    }
    UMWS_CHECK_EQ(connected, (N + 6) / 7);
    int released = 0;
    for (int i = 0; i < N; i += 2) { /* every other one, then the rest */
        released += umws_gpu_dbva_release(gpu, vas[i]) == UMWS_GPU_OK;
    }
    UMWS_CHECK(umws_gpu_dbva_release(gpu, vas[0]) == UMWS_GPU_ENOENT);
    UMWS_CHECK(umws_gpu_dbva_connect(gpu, vas[2], 0, 0) == UMWS_GPU_ENOENT);
    for (int i = 1; i < N; i += 2) {
        released += umws_gpu_dbva_connect(gpu, vas[i], 1, 0) == UMWS_GPU_OK &&
                    umws_gpu_dbva_release(gpu, vas[i]) == UMWS_GPU_OK;
    }
    UMWS_CHECK_EQ(released, N);
    for (int i = 0; i < 10; i++) { /* left for umws_gpu_destroy to release */
        UMWS_CHECK(umws_gpu_dbva_reserve(gpu, 1, &vas[i]) == UMWS_GPU_OK);
    }
    umws_gpu_destroy(gpu);
}

int main(void)
{
    places_doorbells_by_the_placement_model();
    line_spread_puts_each_page_s_doorbell_at_another_line();
    a_huge_view_is_asked_for_and_the_doorbells_work_either_way();
    connect_and_disconnect_move_the_page_not_the_va();
    a_store_racing_the_remap_never_faults(8);
    a_store_racing_the_remap_never_faults(16384);
    thousands_of_vas_are_each_found_and_released();
    return umws_test_finish("test_gpu_bar");
}
