/*
 * trace_bench.c - the recorder's cost from C (umws_trace_bench): 'threads' threads (1..8) each
 * record 'events' events as fast as they can into a fresh session sized to keep them all.
 * Used by umws_bench_trace and by 'umws trace-bench', which puts the Java writer beside it.
 */
#include "platform/platform.h"
#include "trace/trace.h"

typedef struct umws_trace_bench_run
{
    uint64_t events;
    uint64_t ns;
    uint32_t *go; /* release by the caller, acquire by the writers */
} umws_trace_bench_run;

static void umws_trace_bench_write(void *arg)
{
    umws_trace_bench_run *r = arg;
    umws_trace_thread_name(UMWS_TRACE_PID_HOST, "trace bench writer");
    while (!umws_load_acquire_u32(r->go)) {
        umws_plat_cpu_relax();
    }
    uint64_t t0 = umws_plat_now_ns();
    for (uint64_t i = 0; i < r->events; i++) {
        UMWS_TRACE(UMWS_TRACE_FW_PACKET_BEGIN, 1, 7, i, i * 8);
    }
    r->ns = umws_plat_now_ns() - t0;
}

UMWS_API int64_t umws_trace_bench(uint64_t events, uint32_t threads, uint64_t *kept, uint64_t *dropped)
{
    if (threads == 0 || threads > 8 || events == 0 || umws_trace_start(events) != 0) {
        return -1;
    }
    uint32_t go = 0;
    umws_trace_bench_run r[8];
    umws_plat_thread t[8];
    uint32_t started = 0;
    for (; started < threads; started++) {
        r[started] = (umws_trace_bench_run){events, 0, &go};
        if (umws_plat_thread_start(&t[started], umws_trace_bench_write, &r[started]) != 0) {
            break;
        }
    }
    umws_plat_sleep_ns(1000000); /* 1 ms: every writer is waiting at the start line */
    umws_store_release_u32(&go, 1);
    uint64_t slowest = 0;
    for (uint32_t i = 0; i < started; i++) {
        umws_plat_thread_join(&t[i]);
        slowest = r[i].ns > slowest ? r[i].ns : slowest;
    }
    umws_trace_stop();
    UMWS_TRACE_BUFFER *b[8];
    uint32_t n = umws_trace_buffers(b, 8);
    uint64_t k = 0, d = 0;
    for (uint32_t i = 0; i < n && i < 8; i++) {
        k += umws_load_acquire_u64(&b[i]->Count);
        d += b[i]->Dropped;
    }
    if (kept != NULL) {
        *kept = k;
    }
    if (dropped != NULL) {
        *dropped = d;
    }
    umws_trace_discard();
    return started == threads ? (int64_t)slowest : -1;
}

UMWS_API int64_t umws_trace_bench_off(uint64_t sites)
{
    if (umws_trace_enabled()) {
        return -1;
    }
    uint32_t go = 1;
    umws_trace_bench_run r = {sites, 0, &go};
    umws_trace_bench_write(&r);
    return (int64_t)r.ns;
}
