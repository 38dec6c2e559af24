/*
 * bench_irq_poll.c - the C twin of the runner's Java interrupt poller, and the cost of a read of
 * the C clock (include/umws/umws_bench.h). The poller does what the Java poller does, in the same
 * order: the lock-free pending check, then the C ISR's pop-time-ack loop over the sink; a spin-loop
 * hint when there was nothing. No ISR is registered, so no interrupt thread takes part.
 */
#include "gpu/gpu_internal.h"
#include "umws/umws_bench.h"

UMWS_API int32_t umws_bench_c_irq_poll(void *sink, uint32_t *stop)
{
    uint64_t *w = sink;
    if (w == NULL || stop == NULL || w[UMWS_BENCH_SINK_GPU] == 0) {
        return -1;
    }
    umws_gpu *gpu = (umws_gpu *)(uintptr_t)w[UMWS_BENCH_SINK_GPU];
    /* Acquire: pairs with the runner's release store of the stop flag (nothing else rides on it). */
    while (umws_load_acquire_u32(stop) == 0) {
        if (umws_gpu_irq_pending(gpu) != 1 || !umws_bench_c_isr(sink, 0)) {
            umws_plat_cpu_relax();
        }
    }
    return 0;
}

UMWS_API double umws_bench_clock_read_ns(uint64_t reads)
{
    if (reads == 0) {
        return 0.0;
    }
    uint64_t sink = 0;
    uint64_t start = umws_plat_now_ns();
    for (uint64_t i = 0; i < reads; i++) {
        sink += umws_plat_now_ns(); /* summed, so that no read can be dropped */
    }
    uint64_t end = umws_plat_now_ns();
    return sink == 0 ? -1.0 : (double)(end - start) / (double)reads;
}
