/*
 * bench_ring.c - a C producer against the emulated GPU, for figures (not a test), through the
 * same baselines `umws bench` uses (bench_api.c): one-way and round-trip ring latency, and
 * packets per second with one ring per packet and per 32 packets, in each detection mode.
 * Usage: umws_bench_ring [samples] [seconds]
 */
#include <stdio.h>
#include <stdlib.h>

#include "umws/umws_bench.h"

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static unsigned long long pct(uint64_t *v, size_t n, double p)
{
    return (unsigned long long)v[(size_t)(p * (double)(n - 1))];
}

int main(int argc, char **argv)
{
    size_t samples = argc > 1 ? (size_t)atol(argv[1]) : 100000;
    double seconds = argc > 2 ? atof(argv[2]) : 2.0;
    const char *names[] = {"spin", "backoff", "notify"};
    uint64_t *one = calloc(samples, sizeof *one), *rtt = calloc(samples, sizeof *rtt);
    if (samples == 0 || one == NULL || rtt == NULL) {
        return 1;
    }
    for (uint32_t m = 0; m < 3; m++) {
        if (umws_bench_c_ring(m, samples / 10, samples, one, rtt) != 0) {
            fprintf(stderr, "umws_bench_c_ring failed\n");
            return 1;
        }
        qsort(one, samples, sizeof *one, cmp_u64);
        qsort(rtt, samples, sizeof *rtt, cmp_u64);
        printf("%-8s one-way ns p50 %6llu p90 %6llu p99 %7llu max %8llu | round trip ns p50 %6llu p99 %7llu\n",
               names[m], pct(one, samples, 0.5), pct(one, samples, 0.9), pct(one, samples, 0.99),
               (unsigned long long)one[samples - 1], pct(rtt, samples, 0.5), pct(rtt, samples, 0.99));
    }
    for (uint32_t m = 0; m < 3; m++) {
        for (uint32_t batch = 1; batch <= 32; batch += 31) {
            uint64_t packets = 0, elapsed = 1;
            if (umws_bench_c_throughput(m, (uint64_t)(seconds * 1e9), batch, 1, &packets, &elapsed) != 0) {
                fprintf(stderr, "umws_bench_c_throughput failed\n");
                return 1;
            }
            printf("%-8s batch %3u: %10.0f packets/s\n", names[m], batch, (double)packets * 1e9 / (double)elapsed);
        }
    }
    free(one);
    free(rtt);
    return 0;
}
