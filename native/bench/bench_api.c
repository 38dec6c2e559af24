/*
 * bench_api.c - C producers on a GPU and pages of their own (include/umws/umws_bench.h), for the
 * standalone tool (bench_ring.c). The runner's C producers ring the lanes its Java rig builds
 * (bench_lane.c), so that both languages use the same memory.
 */
#include <stdlib.h>
#include <string.h>

#include "bench/bench_rig.h"
#include "gpu/gpu_internal.h"
#include "umws/umws_bench.h"

UMWS_API int32_t umws_bench_c_ring(uint32_t detect_mode, uint64_t warmup, uint64_t iterations,
                                   uint64_t *one_way_ns, uint64_t *round_trip_ns)
{
    umws_bench_rig r;
    if (detect_mode > UMWS_GPU_DETECT_NOTIFY || iterations == 0 || one_way_ns == NULL || round_trip_ns == NULL ||
        umws_bench_rig_open(&r, detect_mode, 1) != 0) {
        return -1;
    }
    umws_gpu *gpu = r.gpu;
    umws_bench_lane *lane = &r.lane[0];
    UMWS_GPU_RING_CONTROL *control = r.lane[0].control;
    uint64_t *data = r.lane[0].data;
    uint64_t *doorbell = r.lane[0].doorbell;
    uint64_t wp = 0;
    for (uint64_t i = 0; i < warmup + iterations; i++) {
        while (wp + 64 - umws_load_acquire_u64(&control->ReadPointer) > B_RING_BYTES) {
            umws_plat_cpu_relax();
        }
        UMWS_GPU_PACKET_TIMESTAMP ts = {{UMWS_GPU_OP_TIMESTAMP, 0, sizeof ts}, B_DATA_VA + 64};
        UMWS_GPU_PACKET_WRITE_FENCE f = {{UMWS_GPU_OP_WRITE_FENCE, 0, sizeof f}, B_DATA_VA, i + 1};
        umws_bench_emit(lane, &wp, &ts, sizeof ts);
        umws_bench_emit(lane, &wp, &f, sizeof f);
        uint64_t t0 = umws_plat_now_ns(); /* the Java producers take it at the same point */
        umws_store_release_u64(&control->WritePointer, wp);
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

/* One producer thread of the throughput measurement. */
typedef struct umws_bench_producer
{
    umws_bench_rig *rig;
    umws_bench_lane *lane;
    uint32_t detect_mode;
    uint32_t batch;
    uint64_t start_ns;
    uint64_t end_ns;
    uint64_t packets;  /* out: fences written (and seen) */
    uint64_t done_ns;  /* out: when the last fence was visible */
} umws_bench_producer;

static void umws_bench_produce(void *arg)
{
    umws_bench_producer *p = arg;
    umws_bench_lane *l = p->lane;
    const uint64_t fence = sizeof(UMWS_GPU_PACKET_WRITE_FENCE);
    const uint32_t batch = p->batch;
    uint64_t wp = 0, n = 0;
    /* The rig's queues have no progress fence: the GPU names them by their ring control. */
    const uint32_t trace_queue = UMWS_TRACING() ? umws_trace_queue_id(l->control, 0) : 0;
    umws_trace_thread_name(UMWS_TRACE_PID_HOST, "bench producer");
    while (umws_plat_now_ns() < p->end_ns) {
        while (wp + (batch + 1) * fence - umws_load_acquire_u64(&l->control->ReadPointer) > B_RING_BYTES) {
            umws_plat_cpu_relax();
        }
        for (uint32_t i = 0; i < batch; i++) {
            UMWS_GPU_PACKET_WRITE_FENCE f = {{UMWS_GPU_OP_WRITE_FENCE, 0, sizeof f}, B_DATA_VA, ++n};
            umws_bench_emit(l, &wp, &f, sizeof f);
        }
        UMWS_TRACE(UMWS_TRACE_UMD_RING, 0, trace_queue, n, wp);
        umws_store_release_u64(&l->control->WritePointer, wp);
        umws_store_release_u64(l->doorbell, wp);
        if (p->detect_mode == UMWS_GPU_DETECT_NOTIFY) {
            umws_gpu_engine_notify(p->rig->gpu, 0);
        }
    }
    while (umws_load_acquire_u64(&l->data[0]) != n) {
        umws_plat_cpu_relax();
    }
    p->done_ns = umws_plat_now_ns();
    p->packets = n;
}

UMWS_API int32_t umws_bench_c_throughput(uint32_t detect_mode, uint64_t duration_ns, uint32_t batch,
                                         uint32_t producers, uint64_t *packets, uint64_t *elapsed_ns)
{
    umws_bench_rig r;
    if (detect_mode > UMWS_GPU_DETECT_NOTIFY || batch == 0 || batch > 64 || producers == 0 ||
        producers > B_MAX_PRODUCERS || packets == NULL || elapsed_ns == NULL ||
        umws_bench_rig_open(&r, detect_mode, producers) != 0) {
        return -1;
    }
    umws_bench_producer p[B_MAX_PRODUCERS];
    umws_plat_thread t[B_MAX_PRODUCERS];
    uint64_t start = umws_plat_now_ns();
    uint32_t started = 0;
    for (uint32_t i = 0; i < producers; i++) {
        p[i] = (umws_bench_producer){&r, &r.lane[i], detect_mode, batch, start, start + duration_ns, 0, 0};
        if (umws_plat_thread_start(&t[i], umws_bench_produce, &p[i]) != 0) {
            break;
        }
        started++;
    }
    uint64_t total = 0, last = start;
    for (uint32_t i = 0; i < started; i++) {
        umws_plat_thread_join(&t[i]);
        total += p[i].packets;
        last = p[i].done_ns > last ? p[i].done_ns : last;
    }
    umws_bench_rig_close(&r);
    if (started != producers) {
        return -1;
    }
    *packets = total;
    *elapsed_ns = last - start;
    return 0;
}
