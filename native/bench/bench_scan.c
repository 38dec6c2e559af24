/*
 * bench_scan.c - the firmware's cost per scan against the number of idle bound queues
 * (include/umws/umws_bench.h, the scaling experiment).
 *
 * The rig: one GPU in SPIN with 'bound_queues' queues bound and never rung, each on its own
 * physical doorbell (GLOBAL: all on the one doorbell). The queues share one VA space, one ring
 * and one ring control: an idle queue's scan never reads either, so sharing them changes
 * nothing the firmware does, and a 4096-queue rig stays cheap to build. No doorbell VA is
 * connected: with the POSIX scheme the firmware reads the BAR, which is where a connected VA's
 * stores land anyway.
 */
#include <string.h>

#include "gpu/gpu_internal.h"
#include "umws/umws_bench.h"

#define S_RING_VA 0x100000u
#define S_CONTROL_VA 0x200000u
#define S_RING_BYTES 4096u
#define S_WARMUP_NS 20000000u /* 20 ms: the firmware thread is running and its data is cached */

UMWS_API int32_t umws_bench_scan_cost(uint32_t placement, uint32_t bound_queues, uint64_t duration_ns,
                                      uint64_t *scans, uint64_t *elapsed_ns)
{
    if (placement > UMWS_GPU_PLACEMENT_GLOBAL || bound_queues < 1 || bound_queues > 4096 || duration_ns == 0 ||
        scans == NULL || elapsed_ns == NULL) {
        return -1;
    }
    UMWS_GPU_CONFIG cfg;
    umws_gpu_config_default(&cfg);
    cfg.Placement = placement;
    cfg.DoorbellCount = placement == UMWS_GPU_PLACEMENT_GLOBAL ? 1 : bound_queues;
    cfg.MaxQueuesPerEngine = bound_queues;
    cfg.DetectMode = UMWS_GPU_DETECT_SPIN;
    cfg.EngineTimeoutNs = 0;
    uint8_t *ring = umws_plat_pages_alloc(S_RING_BYTES);
    uint8_t *control = umws_plat_pages_alloc(UMWS_GPU_PAGE_SIZE);
    umws_gpu *gpu = NULL;
    umws_gpu_vaspace *space = NULL;
    int32_t rc = -1;
    if (ring == NULL || control == NULL || umws_gpu_create(&cfg, &gpu) != UMWS_GPU_OK ||
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
    umws_plat_sleep_ns(S_WARMUP_NS);
    UMWS_GPU_ENGINE_STATS before, after;
    umws_gpu_engine_stats(gpu, 0, &before);
    uint64_t t0 = umws_plat_now_ns();
    umws_plat_sleep_ns(duration_ns); /* the caller's core is free: the firmware spins on the other one */
    umws_gpu_engine_stats(gpu, 0, &after);
    uint64_t t1 = umws_plat_now_ns();
    *scans = after.Scans - before.Scans;
    *elapsed_ns = t1 - t0;
    rc = 0;
out:
    umws_gpu_destroy(gpu); /* frees the queues and the VA space; NULL is a no-op */
    umws_plat_pages_free(ring, S_RING_BYTES);
    umws_plat_pages_free(control, UMWS_GPU_PAGE_SIZE);
    return rc;
}
