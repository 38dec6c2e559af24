/*
 * bench_irq.c - the C-only ISR, baseline of the interrupt-path matrix (include/umws/umws_bench.h).
 * It does what each Java handler of the matrix does, in C: pop every cause record, write the time
 * the record was handled into the sink, then publish the ack the producer waits on.
 */
#include "gpu/gpu_internal.h"
#include "umws/umws_bench.h"

UMWS_API uint8_t umws_bench_c_isr(void *sink, uint32_t message_number)
{
    (void)message_number;
    uint64_t *w = sink;
    if (w == NULL) {
        return 0;
    }
    umws_gpu *gpu = (umws_gpu *)(uintptr_t)w[UMWS_BENCH_SINK_GPU];
    uint64_t capacity = w[UMWS_BENCH_SINK_CAPACITY];
    UMWS_GPU_IRQ_RECORD r;
    uint8_t claimed = 0;
    while (umws_gpu_irq_pop(gpu, &r) == 1) {
        claimed = 1;
        if (r.Payload < capacity) {
            w[UMWS_BENCH_SINK_TIMES + r.Payload] = umws_plat_now_ns();
        }
        /* Pairs with the producer's acquire load of the ack: the time above is visible first. */
        umws_store_release_u64(&w[UMWS_BENCH_SINK_ACK], r.Payload + 1);
    }
    return claimed;
}
