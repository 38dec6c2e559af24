/*
 * bench_umd.c - the C UMD's side of the native-UMD comparison (include/umws/umws_bench.h): turns of
 * umws_cumd_submit over queues the Java side made, each turn timed from just before the submit
 * to its last fence seen. The native UMD's side (umws_umd_example_time) runs the same loop on
 * queues it made itself through the exported entry points, on the same clock.
 */
#include "platform/platform.h"
#include "umws/ntstatus.h"
#include "umws/umws_bench.h"

/* A fence not written after this long is a failure, not a slow sample (ns). */
#define BENCH_UMD_FENCE_TIMEOUT_NS 10000000000ull
/* Spins between two looks at the clock while waiting for a fence: the deadline costs nothing per spin. */
#define BENCH_UMD_SPINS_PER_CLOCK 1024u

UMWS_API uint64_t umws_bench_now_ns(void)
{
    return umws_plat_now_ns();
}

UMWS_API int32_t umws_bench_pin_self(int32_t cpu)
{
    return umws_plat_pin_self(cpu);
}

UMWS_API int32_t umws_bench_unpin_self(void)
{
    return umws_plat_unpin_self();
}

UMWS_API NTSTATUS umws_bench_cumd_ring_to_fence(UMWS_CUMD_QUEUE *const *queues, uint32_t queue_count, uint64_t turns,
                                                uint32_t batch, uint64_t *ring_to_fence_ns)
{
    if (queues == NULL || queue_count == 0 || batch == 0 || ring_to_fence_ns == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    for (uint32_t i = 0; i < queue_count; i++) {
        if (queues[i] == NULL || queues[i]->ProgressFence == NULL) {
            return STATUS_INVALID_PARAMETER;
        }
    }
    for (uint64_t t = 0; t < turns; t++) {
        for (uint32_t i = 0; i < queue_count; i++) {
            UMWS_CUMD_QUEUE *q = queues[i];
            uint64_t t0 = umws_plat_now_ns();
            NTSTATUS s = umws_cumd_submit(q, batch, batch);
            if (s != STATUS_SUCCESS) {
                return s;
            }
            const uint64_t *fence = q->ProgressFence;
            const uint64_t last = q->LastSubmitted;
            /* Acquire: pairs with the firmware's release store of the fence. */
            uint32_t spins = 0;
            while (umws_load_acquire_u64(fence) < last) {
                umws_plat_cpu_relax();
                if (++spins % BENCH_UMD_SPINS_PER_CLOCK == 0 && umws_plat_now_ns() - t0 > BENCH_UMD_FENCE_TIMEOUT_NS) {
                    return STATUS_TIMEOUT;
                }
            }
            ring_to_fence_ns[t * queue_count + i] = umws_plat_now_ns() - t0;
        }
    }
    return STATUS_SUCCESS;
}
