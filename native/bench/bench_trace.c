/*
 * bench_trace.c - what the recorder costs (umws_bench_trace): ns per event and events per second
 * on one writing thread and on two at once, and the cost of a traced site while tracing is off.
 * Prints one line per figure; docs/tracing.md quotes them. Usage: umws_bench_trace [events]
 */
#include <stdio.h>
#include <stdlib.h>

#include "platform/platform.h"
#include "trace/trace.h"

typedef struct run
{
    uint64_t events;
    uint64_t ns;
    uint32_t *go;
} run;

static void write_n(void *arg)
{
    run *r = arg;
    umws_trace_thread_name(UMWS_TRACE_PID_HOST, "bench writer");
    while (!umws_load_acquire_u32(r->go)) {
        umws_plat_cpu_relax();
    }
    uint64_t t0 = umws_plat_now_ns();
    for (uint64_t i = 0; i < r->events; i++) {
        UMWS_TRACE(UMWS_TRACE_FW_PACKET_BEGIN, 1, 7, i, i * 8);
    }
    r->ns = umws_plat_now_ns() - t0;
}

/* threads writers of 'events' each; prints ns/event per thread and the total rate. */
static void measure(uint32_t threads, uint64_t events)
{
    umws_trace_start(events);
    uint32_t go = 0;
    run r[2];
    umws_plat_thread t[2];
    for (uint32_t i = 0; i < threads; i++) {
        r[i] = (run){events, 0, &go};
        umws_plat_thread_start(&t[i], write_n, &r[i]);
    }
    umws_plat_sleep_ns(1000000);
    umws_store_release_u32(&go, 1);
    uint64_t slowest = 0;
    for (uint32_t i = 0; i < threads; i++) {
        umws_plat_thread_join(&t[i]);
        slowest = r[i].ns > slowest ? r[i].ns : slowest;
    }
    umws_trace_stop();
    UMWS_TRACE_BUFFER *b[4];
    uint32_t n = umws_trace_buffers(b, 4);
    uint64_t kept = 0, dropped = 0;
    for (uint32_t i = 0; i < n && i < 4; i++) {
        kept += b[i]->Count;
        dropped += b[i]->Dropped;
    }
    printf("on, %u thread(s): %.1f ns/event, %.1f M events/s in all (%llu kept, %llu dropped)\n", threads,
           (double)slowest / (double)events, (double)(threads * events) / ((double)slowest / 1e9) / 1e6,
           (unsigned long long)kept, (unsigned long long)dropped);
    umws_trace_discard();
}

int main(int argc, char **argv)
{
    uint64_t events = argc > 1 ? strtoull(argv[1], NULL, 10) : 4000000u;
    /* Off: the site is one relaxed load and a branch; the loop's own cost is included. */
    uint32_t go = 1;
    run off = {events * 10, 0, &go};
    write_n(&off);
    printf("off: %.2f ns per traced site (loop included)\n", (double)off.ns / (double)off.events);
    for (int rep = 0; rep < 3; rep++) {
        measure(1, events);
        measure(2, events);
    }
    return 0;
}
