/*
 * bench_ring.c - a C producer against the emulated GPU, for figures (not a test):
 *   one-way:    producer clock just before the ring -> TIMESTAMP packet executed (ns)
 *   round trip: ring -> the fence the GPU writes is visible to the producer (ns)
 *   throughput: packets per second with one ring per batch, producer limited by ReadPointer
 * in each detection mode. Usage: umws_bench_ring [samples] [seconds]
 * Both clocks are CLOCK_MONOTONIC (QueryPerformanceCounter on Windows) in one process.
 */
#include <stdio.h>
#include <stdlib.h>

#include "../tests/gpu_test_util.h"

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static uint64_t pct(uint64_t *v, size_t n, double p)
{
    return v[(size_t)(p * (double)(n - 1))];
}

static void wait_space(t_queue *t, uint64_t bytes)
{
    while (t->wp + bytes + 64 - umws_load_acquire_u64(&t->control->ReadPointer) > T_RING_BYTES) {
        umws_plat_cpu_relax();
    }
}

static void latency(uint32_t mode, const char *name, size_t samples)
{
    UMWS_GPU_CONFIG cfg = t_config(mode);
    cfg.BackoffSpinNs = 50000;
    umws_gpu *gpu;
    if (umws_gpu_create(&cfg, &gpu) != 0) {
        fprintf(stderr, "create failed\n");
        exit(1);
    }
    t_queue t;
    t_queue_open(&t, gpu, 0, 0, 1);
    uint64_t *one = calloc(samples, sizeof *one), *rtt = calloc(samples, sizeof *rtt);
    size_t warm = samples / 10;
    for (size_t i = 0; i < samples + warm; i++) {
        wait_space(&t, 48);
        UMWS_GPU_PACKET_TIMESTAMP ts = {{UMWS_GPU_OP_TIMESTAMP, 0, sizeof ts}, T_DATA_VA + 64};
        t_emit(&t, &ts, sizeof ts);
        t_fence(&t, 0, i + 1, 0);
        uint64_t t0 = umws_plat_now_ns();
        t_ring(&t);
        if (mode == UMWS_GPU_DETECT_NOTIFY) {
            umws_gpu_engine_notify(gpu, 0);
        }
        while (t_data_u64(&t, 0) != i + 1) {
            umws_plat_cpu_relax();
        }
        uint64_t t1 = umws_plat_now_ns();
        if (i >= warm) {
            one[i - warm] = t_data_u64(&t, 64) - t0;
            rtt[i - warm] = t1 - t0;
        }
        /* a short pause so that BACKOFF reaches its sleeping state sometimes, as a real UMD would */
        if (mode == UMWS_GPU_DETECT_BACKOFF && i % 100 == 0) {
            umws_plat_sleep_ns(200000);
        }
    }
    qsort(one, samples, sizeof *one, cmp_u64);
    qsort(rtt, samples, sizeof *rtt, cmp_u64);
    printf("%-8s one-way ns p50 %6llu p90 %6llu p99 %7llu max %8llu | round trip ns p50 %6llu p99 %7llu\n", name,
           (unsigned long long)pct(one, samples, 0.5), (unsigned long long)pct(one, samples, 0.9),
           (unsigned long long)pct(one, samples, 0.99), (unsigned long long)one[samples - 1],
           (unsigned long long)pct(rtt, samples, 0.5), (unsigned long long)pct(rtt, samples, 0.99));
    free(one);
    free(rtt);
    t_queue_close(&t);
    umws_gpu_destroy(gpu);
}

static void throughput(uint32_t mode, const char *name, double seconds, uint32_t batch)
{
    UMWS_GPU_CONFIG cfg = t_config(mode);
    umws_gpu *gpu;
    umws_gpu_create(&cfg, &gpu);
    t_queue t;
    t_queue_open(&t, gpu, 0, 0, 1);
    uint64_t start = umws_plat_now_ns(), end = start + (uint64_t)(seconds * 1e9), packets = 0;
    while (umws_plat_now_ns() < end) {
        wait_space(&t, 24ull * batch);
        for (uint32_t i = 0; i < batch; i++) {
            t_fence(&t, 0, ++packets, 0);
        }
        t_ring(&t);
        if (mode == UMWS_GPU_DETECT_NOTIFY) {
            umws_gpu_engine_notify(gpu, 0);
        }
    }
    while (t_data_u64(&t, 0) != packets) {
        umws_plat_cpu_relax();
    }
    double s = (double)(umws_plat_now_ns() - start) / 1e9;
    printf("%-8s batch %3u: %10.0f packets/s\n", name, batch, (double)packets / s);
    t_queue_close(&t);
    umws_gpu_destroy(gpu);
}

int main(int argc, char **argv)
{
    size_t samples = argc > 1 ? (size_t)atol(argv[1]) : 100000;
    double seconds = argc > 2 ? atof(argv[2]) : 2.0;
    const char *names[] = {"spin", "backoff", "notify"};
    for (uint32_t m = 0; m < 3; m++) {
        latency(m, names[m], samples);
    }
    for (uint32_t m = 0; m < 3; m++) {
        throughput(m, names[m], seconds, 1);
        throughput(m, names[m], seconds, 32);
    }
    return 0;
}
