/*
 * bench_calls.c - the C ends of the per-operation measurements (include/umws/umws_bench.h):
 * the ring function called by downcall and JNI, a no-op downcall target, and a loop that
 * calls a callback (a Panama upcall stub, or a C function for the baseline).
 */
#include "gpu/gpu_internal.h"
#include "umws/umws_bench.h"

UMWS_API void umws_bench_ring_doorbell(UMWS_GPU_RING_CONTROL *control, uint64_t *doorbell, uint64_t write_pointer)
{
    /* Pairs with the firmware's acquire load of WritePointer: the packets are visible first. */
    umws_store_release_u64(&control->WritePointer, write_pointer);
    /* Pairs with the firmware's acquire load of the doorbell: the WritePointer is visible first. */
    umws_store_release_u64(doorbell, write_pointer);
}

UMWS_API int64_t umws_bench_noop(int64_t value)
{
    return value + 1;
}

UMWS_API int64_t umws_bench_call_loop(umws_bench_callback_fn fn, uint64_t count)
{
    if (fn == NULL) {
        return -1;
    }
    int64_t sum = 0;
    for (uint64_t i = 0; i < count; i++) {
        sum += fn((int64_t)i);
    }
    return sum;
}
