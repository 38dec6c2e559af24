/*
 * bench_api.c - the C baselines of the experiment runner (include/umws/umws_bench.h).
 */
#include <stdlib.h>
#include <string.h>

#include "gpu/gpu_internal.h"
#include "umws/umws_bench.h"

/* The bounced value and the two threads' view of it, on its own cache line. */
typedef struct umws_pingpong
{
    _Alignas(64) uint64_t ball; /* odd: the ponger's turn; even: the pinger's (seq_cst both ways) */
    uint8_t pad[56];
    uint64_t iterations;
} umws_pingpong;

static void umws_ponger(void *arg)
{
    umws_pingpong *p = arg;
    for (uint64_t i = 0; i < p->iterations; i++) {
        while ((umws_load_acquire_u64(&p->ball) & 1) == 0) {
            umws_plat_cpu_relax();
        }
        umws_store_release_u64(&p->ball, umws_load_acquire_u64(&p->ball) + 1);
    }
}

UMWS_API int32_t umws_bench_pingpong(uint64_t iterations, uint64_t *rtt_ns)
{
    if (iterations == 0 || rtt_ns == NULL) {
        return -1;
    }
    umws_pingpong *p = umws_plat_pages_alloc(sizeof *p);
    if (p == NULL) {
        return -1;
    }
    p->iterations = iterations;
    umws_plat_thread t;
    if (umws_plat_thread_start(&t, umws_ponger, p) != 0) {
        umws_plat_pages_free(p, sizeof *p);
        return -1;
    }
    for (uint64_t i = 0; i < iterations; i++) {
        uint64_t t0 = umws_plat_now_ns();
        umws_store_release_u64(&p->ball, 2 * i + 1); /* serve */
        while (umws_load_acquire_u64(&p->ball) != 2 * i + 2) {
            umws_plat_cpu_relax();
        }
        rtt_ns[i] = umws_plat_now_ns() - t0;
    }
    umws_plat_thread_join(&t);
    umws_plat_pages_free(p, sizeof *p);
    return 0;
}

#define B_RING_VA 0x100000u
#define B_CONTROL_VA 0x200000u
#define B_DATA_VA 0x300000u
#define B_RING_BYTES 4096u

UMWS_API int32_t umws_bench_c_ring(uint32_t detect_mode, uint64_t warmup, uint64_t iterations,
                                   uint64_t *one_way_ns, uint64_t *round_trip_ns)
{
    if (detect_mode > UMWS_GPU_DETECT_NOTIFY || iterations == 0 || one_way_ns == NULL || round_trip_ns == NULL) {
        return -1;
    }
    UMWS_GPU_CONFIG cfg;
    umws_gpu_config_default(&cfg);
    cfg.DetectMode = detect_mode;
    cfg.EngineTimeoutNs = 0;
    umws_gpu *gpu = NULL;
    umws_gpu_vaspace *space = NULL;
    umws_gpu_queue *q = NULL;
    void *va = NULL;
    uint8_t *ring = umws_plat_pages_alloc(B_RING_BYTES);
    UMWS_GPU_RING_CONTROL *control = umws_plat_pages_alloc(UMWS_GPU_PAGE_SIZE);
    uint64_t *data = umws_plat_pages_alloc(UMWS_GPU_PAGE_SIZE);
    int32_t rc = -1;
    UMWS_GPU_QUEUE_DESC d = {B_RING_VA, B_RING_BYTES, B_CONTROL_VA, B_DATA_VA, 0, 0, 1};
    if (ring == NULL || control == NULL || data == NULL || umws_gpu_create(&cfg, &gpu) != 0 ||
        umws_gpu_vaspace_create(gpu, &space) != 0 || umws_gpu_map(space, B_RING_VA, ring, B_RING_BYTES, 0) != 0 ||
        umws_gpu_map(space, B_CONTROL_VA, control, UMWS_GPU_PAGE_SIZE, UMWS_GPU_MAP_WRITABLE) != 0 ||
        umws_gpu_map(space, B_DATA_VA, data, UMWS_GPU_PAGE_SIZE, UMWS_GPU_MAP_WRITABLE) != 0 ||
        umws_gpu_queue_create(gpu, space, &d, &q) != 0 || umws_gpu_dbva_reserve(gpu, &va) != 0 ||
        umws_gpu_queue_bind(q, 0) != 0 || umws_gpu_dbva_connect(gpu, va, 0, 0) != 0) {
        goto out;
    }
    uint64_t *doorbell = va;
    uint64_t wp = 0;
    for (uint64_t i = 0; i < warmup + iterations; i++) {
        while (wp + 64 - umws_load_acquire_u64(&control->ReadPointer) > B_RING_BYTES) {
            umws_plat_cpu_relax();
        }
        UMWS_GPU_PACKET_TIMESTAMP ts = {{UMWS_GPU_OP_TIMESTAMP, 0, sizeof ts}, B_DATA_VA + 64};
        UMWS_GPU_PACKET_WRITE_FENCE f = {{UMWS_GPU_OP_WRITE_FENCE, 0, sizeof f}, B_DATA_VA, i + 1};
        if (wp % B_RING_BYTES + sizeof ts + sizeof f > B_RING_BYTES) {
            UMWS_GPU_PACKET_HEADER nop = {UMWS_GPU_OP_NOP, 0, (uint32_t)(B_RING_BYTES - wp % B_RING_BYTES)};
            memcpy(ring + wp % B_RING_BYTES, &nop, sizeof nop);
            wp += nop.Length;
        }
        memcpy(ring + wp % B_RING_BYTES, &ts, sizeof ts);
        memcpy(ring + wp % B_RING_BYTES + sizeof ts, &f, sizeof f);
        wp += sizeof ts + sizeof f;
        umws_store_release_u64(&control->WritePointer, wp);
        uint64_t t0 = umws_plat_now_ns();
        umws_store_release_u64(doorbell, wp);
        if (detect_mode == UMWS_GPU_DETECT_NOTIFY) {
            umws_gpu_engine_notify(gpu, 0);
        }
        while (umws_load_acquire_u64(&data[0]) != i + 1) {
            umws_plat_cpu_relax();
        }
        uint64_t t1 = umws_plat_now_ns();
        if (i >= warmup) {
            one_way_ns[i - warmup] = umws_load_acquire_u64(&data[8]) - t0;
            round_trip_ns[i - warmup] = t1 - t0;
        }
    }
    rc = 0;
out:
    umws_gpu_destroy(gpu); /* frees the queue, the VA space and the doorbell VA */
    umws_plat_pages_free(ring, B_RING_BYTES);
    umws_plat_pages_free(control, UMWS_GPU_PAGE_SIZE);
    umws_plat_pages_free(data, UMWS_GPU_PAGE_SIZE);
    return rc;
}
