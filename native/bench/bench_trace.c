/*
 * bench_trace.c - what the recorder costs (umws_bench_trace): ns per event and events per second
 * on one writing thread and on two at once, and a traced site's cost while tracing is off.
 * Usage: umws_bench_trace [events per thread]. 'umws trace-bench' prints the same beside Java's.
 */
#include <stdio.h>
#include <stdlib.h>

#include "umws/umws_trace.h"

int main(int argc, char **argv)
{
    uint64_t events = argc > 1 ? strtoull(argv[1], NULL, 10) : 2000000u;
    int64_t off = umws_trace_bench_off(events * 10);
    printf("off: %.2f ns per traced site (loop included)\n", (double)off / (double)(events * 10));
    for (int rep = 0; rep < 3; rep++) {
        for (uint32_t threads = 1; threads <= 2; threads++) {
            uint64_t kept = 0, dropped = 0;
            int64_t ns = umws_trace_bench(events, threads, &kept, &dropped);
            if (ns <= 0) {
                fprintf(stderr, "umws_bench_trace: the recorder refused\n");
                return 1;
            }
            printf("on, %u thread(s): %.1f ns/event, %.1f M events/s in all (%llu kept, %llu dropped)\n", threads,
                   (double)ns / (double)events, (double)(threads * events) / ((double)ns / 1e9) / 1e6,
                   (unsigned long long)kept, (unsigned long long)dropped);
        }
    }
    return 0;
}
