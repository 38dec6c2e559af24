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

/* A GPU with one queue bound to doorbell 0 and its doorbell VA connected: the bench's producer side. */
typedef struct umws_bench_rig
{
    umws_gpu *gpu;
    uint8_t *ring;
    UMWS_GPU_RING_CONTROL *control;
    uint64_t *data;
    uint64_t *doorbell;
} umws_bench_rig;

static void umws_bench_rig_close(umws_bench_rig *r)
{
    umws_gpu_destroy(r->gpu); /* frees the queue, the VA space and the doorbell VA */
    umws_plat_pages_free(r->ring, B_RING_BYTES);
    umws_plat_pages_free(r->control, UMWS_GPU_PAGE_SIZE);
    umws_plat_pages_free(r->data, UMWS_GPU_PAGE_SIZE);
}

static int umws_bench_rig_open(umws_bench_rig *r, uint32_t detect_mode)
{
    UMWS_GPU_CONFIG cfg;
    umws_gpu_config_default(&cfg);
    cfg.DetectMode = detect_mode;
    cfg.EngineTimeoutNs = 0;
    memset(r, 0, sizeof *r);
    umws_gpu_vaspace *space = NULL;
    umws_gpu_queue *q = NULL;
    void *va = NULL;
    r->ring = umws_plat_pages_alloc(B_RING_BYTES);
    r->control = umws_plat_pages_alloc(UMWS_GPU_PAGE_SIZE);
    r->data = umws_plat_pages_alloc(UMWS_GPU_PAGE_SIZE);
    uint8_t *ring = r->ring;
    UMWS_GPU_RING_CONTROL *control = r->control;
    uint64_t *data = r->data;
    UMWS_GPU_QUEUE_DESC d = {B_RING_VA, B_RING_BYTES, B_CONTROL_VA, B_DATA_VA, 0, 0, 1};
    if (ring == NULL || control == NULL || data == NULL || umws_gpu_create(&cfg, &r->gpu) != 0 ||
        umws_gpu_vaspace_create(r->gpu, &space) != 0 || umws_gpu_map(space, B_RING_VA, ring, B_RING_BYTES, 0) != 0 ||
        umws_gpu_map(space, B_CONTROL_VA, control, UMWS_GPU_PAGE_SIZE, UMWS_GPU_MAP_WRITABLE) != 0 ||
        umws_gpu_map(space, B_DATA_VA, data, UMWS_GPU_PAGE_SIZE, UMWS_GPU_MAP_WRITABLE) != 0 ||
        umws_gpu_queue_create(r->gpu, space, &d, &q) != 0 || umws_gpu_dbva_reserve(r->gpu, &va) != 0 ||
        umws_gpu_queue_bind(q, 0) != 0 || umws_gpu_dbva_connect(r->gpu, va, 0, 0) != 0) {
        umws_bench_rig_close(r);
        return -1;
    }
    r->doorbell = va;
    return 0;
}

UMWS_API int32_t umws_bench_c_ring(uint32_t detect_mode, uint64_t warmup, uint64_t iterations,
                                   uint64_t *one_way_ns, uint64_t *round_trip_ns)
{
    umws_bench_rig r;
    if (detect_mode > UMWS_GPU_DETECT_NOTIFY || iterations == 0 || one_way_ns == NULL || round_trip_ns == NULL ||
        umws_bench_rig_open(&r, detect_mode) != 0) {
        return -1;
    }
    umws_gpu *gpu = r.gpu;
    uint8_t *ring = r.ring;
    UMWS_GPU_RING_CONTROL *control = r.control;
    uint64_t *data = r.data;
    uint64_t *doorbell = r.doorbell;
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
    umws_bench_rig_close(&r);
    return 0;
}

UMWS_API int32_t umws_bench_c_throughput(uint32_t detect_mode, uint64_t duration_ns, uint32_t batch,
                                         uint64_t *packets, uint64_t *elapsed_ns)
{
    umws_bench_rig r;
    if (detect_mode > UMWS_GPU_DETECT_NOTIFY || batch == 0 || batch > 64 || packets == NULL || elapsed_ns == NULL ||
        umws_bench_rig_open(&r, detect_mode) != 0) {
        return -1;
    }
    const uint64_t fence = sizeof(UMWS_GPU_PACKET_WRITE_FENCE);
    uint64_t wp = 0, n = 0;
    uint64_t start = umws_plat_now_ns(), end = start + duration_ns;
    while (umws_plat_now_ns() < end) {
        while (wp + (batch + 1) * fence - umws_load_acquire_u64(&r.control->ReadPointer) > B_RING_BYTES) {
            umws_plat_cpu_relax();
        }
        for (uint32_t i = 0; i < batch; i++) {
            if (wp % B_RING_BYTES + fence > B_RING_BYTES) {
                UMWS_GPU_PACKET_HEADER nop = {UMWS_GPU_OP_NOP, 0, (uint32_t)(B_RING_BYTES - wp % B_RING_BYTES)};
                memcpy(r.ring + wp % B_RING_BYTES, &nop, sizeof nop);
                wp += nop.Length;
            }
            UMWS_GPU_PACKET_WRITE_FENCE f = {{UMWS_GPU_OP_WRITE_FENCE, 0, sizeof f}, B_DATA_VA, ++n};
            memcpy(r.ring + wp % B_RING_BYTES, &f, sizeof f);
            wp += fence;
        }
        umws_store_release_u64(&r.control->WritePointer, wp);
        umws_store_release_u64(r.doorbell, wp);
        if (detect_mode == UMWS_GPU_DETECT_NOTIFY) {
            umws_gpu_engine_notify(r.gpu, 0);
        }
    }
    while (umws_load_acquire_u64(&r.data[0]) != n) {
        umws_plat_cpu_relax();
    }
    *elapsed_ns = umws_plat_now_ns() - start;
    *packets = n;
    umws_bench_rig_close(&r);
    return 0;
}
