/*
 * bench_rig.c - the C producers' rig of the bench baselines (bench_rig.h).
 */
#include <string.h>

#include "bench/bench_rig.h"

void umws_bench_rig_close(umws_bench_rig *r)
{
    umws_gpu_destroy(r->gpu); /* frees the queues, the VA spaces and the doorbell VAs */
    for (uint32_t i = 0; i < B_MAX_PRODUCERS; i++) {
        umws_plat_pages_free(r->lane[i].ring, B_RING_BYTES);
        umws_plat_pages_free(r->lane[i].control, UMWS_GPU_PAGE_SIZE);
        umws_plat_pages_free(r->lane[i].data, UMWS_GPU_PAGE_SIZE);
    }
}

static int umws_bench_lane_open(umws_bench_rig *r, uint32_t i)
{
    umws_bench_lane *l = &r->lane[i];
    umws_gpu_vaspace *space = NULL;
    umws_gpu_queue *q = NULL;
    void *va = NULL;
    l->ring = umws_plat_pages_alloc(B_RING_BYTES);
    l->control = umws_plat_pages_alloc(UMWS_GPU_PAGE_SIZE);
    l->data = umws_plat_pages_alloc(UMWS_GPU_PAGE_SIZE);
    UMWS_GPU_QUEUE_DESC d = {B_RING_VA, B_RING_BYTES, B_CONTROL_VA, B_DATA_VA, 0, 0, i + 1};
    if (l->ring == NULL || l->control == NULL || l->data == NULL || umws_gpu_vaspace_create(r->gpu, &space) != 0 ||
        umws_gpu_map(space, B_RING_VA, l->ring, B_RING_BYTES, 0) != 0 ||
        umws_gpu_map(space, B_CONTROL_VA, l->control, UMWS_GPU_PAGE_SIZE, UMWS_GPU_MAP_WRITABLE) != 0 ||
        umws_gpu_map(space, B_DATA_VA, l->data, UMWS_GPU_PAGE_SIZE, UMWS_GPU_MAP_WRITABLE) != 0 ||
        umws_gpu_queue_create(r->gpu, space, &d, &q) != 0 || umws_gpu_dbva_reserve(r->gpu, 1, &va) != 0 ||
        umws_gpu_queue_bind(q, i) != 0 || umws_gpu_dbva_connect(r->gpu, va, i, 0) != 0) {
        return -1;
    }
    l->doorbell = va;
    return 0;
}

int umws_bench_rig_open(umws_bench_rig *r, uint32_t detect_mode, uint32_t lanes)
{
    UMWS_GPU_CONFIG cfg;
    umws_gpu_config_default(&cfg);
    cfg.DetectMode = detect_mode;
    cfg.EngineTimeoutNs = 0;
    if (cfg.DoorbellCount < lanes) {
        cfg.DoorbellCount = lanes;
    }
    memset(r, 0, sizeof *r);
    r->lanes = lanes;
    if (umws_gpu_create(&cfg, &r->gpu) != 0) {
        return -1;
    }
    for (uint32_t i = 0; i < lanes; i++) {
        if (umws_bench_lane_open(r, i) != 0) {
            umws_bench_rig_close(r);
            return -1;
        }
    }
    return 0;
}
