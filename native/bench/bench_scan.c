/*
 * bench_scan.c - the firmware's cost per scan against the number of idle bound queues, and the
 * floor of such a scan on the machine it runs on (include/umws/umws_bench.h, the scaling
 * experiment).
 *
 * The rig: one GPU in SPIN with 'bound_queues' queues bound and never rung, each on its own
 * physical doorbell (GLOBAL: all on the one doorbell). The queues share one VA space, one ring
 * and one ring control: an idle queue's scan never reads either, so sharing them changes
 * nothing the firmware does, and a 4096-queue rig stays cheap to build. No doorbell VA is
 * connected: with the POSIX scheme the firmware reads the BAR, which is where a connected VA's
 * stores land anyway.
 *
 * The floor: the same doorbells' words, laid out by a GPU of the same placement and tuning, read
 * by a loop that does nothing else, once in memory with huge pages (no page walks: what loading
 * the lines costs from the cache level they fit in) and once in 4 KiB pages (the page walks
 * added where the pages exceed the TLB's reach).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "gpu/gpu_internal.h"
#include "umws/umws_bench.h"

#define S_RING_VA 0x100000u
#define S_CONTROL_VA 0x200000u
#define S_RING_BYTES 4096u
#define S_WARMUP_NS 20000000u /* 20 ms: the firmware thread is running and its data is cached */
/* Doorbell loads per timed batch of the floor: about 0.3-3 ms at 1-8 ns a load, long enough for
   the clock, short enough that most batches run without being preempted (the best one counts). */
#define S_FLOOR_LOADS_PER_BATCH 262144u

static umws_gpu_tuning umws_scan_tuning(uint32_t mechanisms)
{
    umws_gpu_tuning t;
    memset(&t, 0, sizeof t);
    t.fold = (mechanisms & UMWS_BENCH_SCAN_FOLD) != 0;
    t.alternate = (mechanisms & UMWS_BENCH_SCAN_ALTERNATE) != 0;
    t.prefetch = (mechanisms & UMWS_BENCH_SCAN_PREFETCH) != 0;
    t.huge_view = (mechanisms & UMWS_BENCH_SCAN_HUGE_VIEW) != 0;
    t.line_spread = (mechanisms & UMWS_BENCH_SCAN_LINE_SPREAD) != 0;
    return t;
}

UMWS_API uint32_t umws_bench_scan_defaults(void)
{
    umws_gpu_tuning t = umws_gpu_tuning_default();
    return (t.fold ? UMWS_BENCH_SCAN_FOLD : 0u) | (t.alternate ? UMWS_BENCH_SCAN_ALTERNATE : 0u) |
           (t.prefetch != 0 ? UMWS_BENCH_SCAN_PREFETCH : 0u) | (t.huge_view ? UMWS_BENCH_SCAN_HUGE_VIEW : 0u) |
           (t.line_spread ? UMWS_BENCH_SCAN_LINE_SPREAD : 0u);
}

/* What of the tuning acts on this GPU's idle scans (see umws_bench_scan_tuned). */
static uint32_t umws_scan_in_force(const umws_gpu *gpu)
{
    if (gpu->config.Placement == UMWS_GPU_PLACEMENT_GLOBAL) {
        return 0;
    }
    return (umws_gpu_scan_folds(gpu) ? UMWS_BENCH_SCAN_FOLD : 0u) |
           (gpu->tuning.alternate ? UMWS_BENCH_SCAN_ALTERNATE : 0u) |
           (gpu->tuning.prefetch != 0 ? UMWS_BENCH_SCAN_PREFETCH : 0u) |
           (gpu->bar_huge_bytes != 0 && gpu->bar_huge_bytes >= gpu->bar_size ? UMWS_BENCH_SCAN_HUGE_VIEW : 0u) |
           (gpu->doorbell_lines > 1 ? UMWS_BENCH_SCAN_LINE_SPREAD : 0u);
}

UMWS_API int32_t umws_bench_scan_tuned(uint32_t placement, uint32_t bound_queues, uint32_t mechanisms,
                                       uint64_t duration_ns, uint64_t *scans, uint64_t *elapsed_ns,
                                       uint64_t *firmware_cpu_ns, uint32_t *in_force)
{
    return umws_bench_scan_pinned(placement, bound_queues, mechanisms, duration_ns, -1, scans, elapsed_ns,
                                  firmware_cpu_ns, in_force);
}

UMWS_API int32_t umws_bench_scan_pinned(uint32_t placement, uint32_t bound_queues, uint32_t mechanisms,
                                        uint64_t duration_ns, int32_t firmware_cpu, uint64_t *scans,
                                        uint64_t *elapsed_ns, uint64_t *firmware_cpu_ns, uint32_t *in_force)
{
    if (placement > UMWS_GPU_PLACEMENT_GLOBAL || bound_queues < 1 || bound_queues > 4096 || duration_ns == 0 ||
        scans == NULL || elapsed_ns == NULL || firmware_cpu_ns == NULL || in_force == NULL) {
        return -1;
    }
    UMWS_GPU_CONFIG cfg;
    umws_gpu_config_default(&cfg);
    cfg.Placement = placement;
    cfg.DoorbellCount = placement == UMWS_GPU_PLACEMENT_GLOBAL ? 1 : bound_queues;
    cfg.MaxQueuesPerEngine = bound_queues;
    cfg.DetectMode = UMWS_GPU_DETECT_SPIN;
    cfg.EngineTimeoutNs = 0;
    umws_gpu_tuning tuning = umws_scan_tuning(mechanisms);
    uint8_t *ring = umws_plat_pages_alloc(S_RING_BYTES);
    uint8_t *control = umws_plat_pages_alloc(UMWS_GPU_PAGE_SIZE);
    umws_gpu *gpu = NULL;
    umws_gpu_vaspace *space = NULL;
    int32_t rc = -1;
    if (ring == NULL || control == NULL || umws_gpu_create_tuned(&cfg, &tuning, &gpu) != UMWS_GPU_OK ||
        umws_gpu_vaspace_create(gpu, &space) != UMWS_GPU_OK ||
        umws_gpu_map(space, S_RING_VA, ring, S_RING_BYTES, 0) != UMWS_GPU_OK ||
        umws_gpu_map(space, S_CONTROL_VA, control, UMWS_GPU_PAGE_SIZE, UMWS_GPU_MAP_WRITABLE) != UMWS_GPU_OK) {
        goto out;
    }
    for (uint32_t i = 0; i < bound_queues; i++) {
        UMWS_GPU_QUEUE_DESC d = {S_RING_VA, S_RING_BYTES, S_CONTROL_VA, 0, 0, 0, i + 1};
        umws_gpu_queue *q;
        if (umws_gpu_queue_create(gpu, space, &d, &q) != UMWS_GPU_OK ||
            umws_gpu_queue_bind(q, placement == UMWS_GPU_PLACEMENT_GLOBAL ? 0 : i) != UMWS_GPU_OK) {
            goto out;
        }
    }
    if (firmware_cpu >= 0 && umws_gpu_pin_threads(gpu, firmware_cpu, -1) != UMWS_GPU_OK) {
        goto out;
    }
    umws_plat_sleep_ns(S_WARMUP_NS);
    umws_plat_thread *firmware = &gpu->engines[0].thread;
    UMWS_GPU_ENGINE_STATS before, after;
    uint64_t cpu0 = 0, cpu1 = 0;
    int cpu_ok = umws_plat_thread_cpu_ns(firmware, &cpu0) == 0;
    umws_gpu_engine_stats(gpu, 0, &before);
    uint64_t t0 = umws_plat_now_ns();
    umws_plat_sleep_ns(duration_ns); /* the caller's core is free: the firmware spins on the other one */
    umws_gpu_engine_stats(gpu, 0, &after);
    uint64_t t1 = umws_plat_now_ns();
    cpu_ok = cpu_ok && umws_plat_thread_cpu_ns(firmware, &cpu1) == 0;
    *scans = after.Scans - before.Scans;
    *elapsed_ns = t1 - t0;
    *firmware_cpu_ns = cpu_ok ? cpu1 - cpu0 : UINT64_MAX;
    *in_force = umws_scan_in_force(gpu);
    rc = 0;
out:
    umws_gpu_destroy(gpu); /* frees the queues and the VA space; NULL is a no-op */
    umws_plat_pages_free(ring, S_RING_BYTES);
    umws_plat_pages_free(control, UMWS_GPU_PAGE_SIZE);
    return rc;
}

UMWS_API int32_t umws_bench_scan_cost(uint32_t placement, uint32_t bound_queues, uint64_t duration_ns,
                                      uint64_t *scans, uint64_t *elapsed_ns)
{
    uint64_t cpu;
    uint32_t in_force;
    return umws_bench_scan_tuned(placement, bound_queues, umws_bench_scan_defaults(), duration_ns, scans, elapsed_ns,
                                 &cpu, &in_force);
}

/* ---- The floor ------------------------------------------------------------------------------ */

/* The thread's CPU time where the OS keeps it finely, else the monotonic clock (the best batch
   then is one that was not preempted). */
static uint64_t umws_floor_clock(void)
{
    uint64_t ns;
    return umws_plat_self_cpu_ns(&ns) == 0 ? ns : umws_plat_now_ns();
}

/* One pass of the floor: loads only (volatile: each one made), none depending on another. */
static void umws_floor_pass(const uint8_t *base, const uint32_t *offsets, uint32_t n, int backwards)
{
    if (backwards) {
        for (uint32_t i = n; i-- > 0;) {
            (void)*(const volatile uint64_t *)(base + offsets[i]);
        }
    } else {
        for (uint32_t i = 0; i < n; i++) {
            (void)*(const volatile uint64_t *)(base + offsets[i]);
        }
    }
}

/*
 * ns per doorbell of the best of 'repeats' batches over 'base'; each order (forward every pass;
 * forward and backward in turn) gets its own batches and the better one counts.
 */
static double umws_floor_time(const uint8_t *base, const uint32_t *offsets, uint32_t n, uint32_t repeats)
{
    uint32_t passes = S_FLOOR_LOADS_PER_BATCH / n + 1;
    double best = NAN;
    for (uint32_t r = 0; r <= repeats; r++) {
        for (int alternate = 0; alternate <= 1; alternate++) {
            umws_floor_pass(base, offsets, n, 0); /* warm: the previous batch walked elsewhere */
            uint64_t t0 = umws_floor_clock();
            for (uint32_t k = 0; k < passes; k++) {
                umws_floor_pass(base, offsets, n, alternate && k % 2 == 1);
            }
            double ns = (double)(umws_floor_clock() - t0) / ((double)passes * n);
            if (r > 0 && !(ns >= best)) { /* round 0 warms the code and the page tables */
                best = ns;
            }
        }
    }
    return best;
}

/* Each doorbell's word gets a store: a first read would map a shared zero page instead. */
static void umws_floor_touch(uint8_t *base, const uint32_t *offsets, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        *(volatile uint64_t *)(base + offsets[i]) = i;
    }
}

/* The doorbells' words in memory with huge pages: NaN when the OS gives none (or not all). */
static double umws_floor_huge(uint64_t bytes, const uint32_t *offsets, uint32_t n, uint32_t repeats)
{
    size_t size = (size_t)((bytes + UMWS_PLAT_HUGE_BYTES - 1) / UMWS_PLAT_HUGE_BYTES * UMWS_PLAT_HUGE_BYTES);
    uint8_t *base = umws_plat_pages_alloc_sized(size, 1);
    if (base == NULL) {
        return NAN;
    }
    umws_floor_touch(base, offsets, n);
    double ns = umws_plat_huge_bytes(base) >= size ? umws_floor_time(base, offsets, n, repeats) : NAN;
    umws_plat_pages_free(base, size);
    return ns;
}

/* The doorbells' words in a BAR of their own, small pages, as the GPU's view has them by default. */
static double umws_floor_paged(uint64_t bytes, const uint32_t *offsets, uint32_t n, uint32_t repeats)
{
    umws_plat_bar *bar;
    uint8_t *view;
    if (umws_plat_bar_create(bytes, 0, &bar, &view) != 0) {
        return NAN;
    }
    umws_floor_touch(view, offsets, n);
    double ns = umws_floor_time(view, offsets, n, repeats);
    umws_plat_bar_destroy(bar);
    return ns;
}

UMWS_API int32_t umws_bench_scan_floor(uint32_t placement, uint32_t doorbells, uint32_t mechanisms, uint32_t repeats,
                                       double *cache_ns, double *paged_ns)
{
    if (placement > UMWS_GPU_PLACEMENT_GLOBAL || doorbells < 1 || doorbells > 4096 || repeats < 1 ||
        cache_ns == NULL || paged_ns == NULL) {
        return -1;
    }
    if (placement == UMWS_GPU_PLACEMENT_GLOBAL) {
        *cache_ns = 0.0;
        *paged_ns = 0.0;
        return 0;
    }
    /* The layout from a GPU itself (its firmware sleeps: NOTIFY), so that it cannot drift. */
    UMWS_GPU_CONFIG cfg;
    umws_gpu_config_default(&cfg);
    cfg.Placement = placement;
    cfg.DoorbellCount = doorbells;
    cfg.DetectMode = UMWS_GPU_DETECT_NOTIFY;
    umws_gpu_tuning tuning = umws_scan_tuning(mechanisms & UMWS_BENCH_SCAN_LINE_SPREAD);
    umws_gpu *gpu = NULL;
    uint32_t *offsets = malloc((size_t)doorbells * sizeof *offsets);
    if (offsets == NULL || umws_gpu_create_tuned(&cfg, &tuning, &gpu) != UMWS_GPU_OK) {
        free(offsets);
        return -1;
    }
    uint64_t bytes = gpu->primary_bytes;
    for (uint32_t i = 0; i < doorbells; i++) {
        offsets[i] = (uint32_t)umws_gpu_doorbell_offset(gpu, i, 0); /* < 4096 doorbells x 16 KiB */
    }
    umws_gpu_destroy(gpu);
    *cache_ns = umws_floor_huge(bytes, offsets, doorbells, repeats);
    *paged_ns = umws_floor_paged(bytes, offsets, doorbells, repeats);
    free(offsets);
    return isnan(*paged_ns) ? -1 : 0;
}
