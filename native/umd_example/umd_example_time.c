/*
 * umd_example_time.c - umws_umd_example_time (include/umws/umws_umd_example.h): the example UMD's
 * own submissions, timed one batch at a time, for the experiment runner's comparison with the C
 * UMD (umws_bench_cumd_ring_to_fence runs the same loop over umws_cumd_submit). The clock is the
 * shim's (umws_bench_now_ns), so that both sides of the comparison read the same one.
 */
#include "umws/ntstatus.h"
#include "umws/umws_bench.h"
#include "umws/umws_umd_example.h"
#include "umd_example_internal.h"

/* A fence not written after this long ends the run (ns): it is a failure, not a slow sample. */
#define EXAMPLE_FENCE_TIMEOUT_NS 10000000000ull
/* Spins between two looks at the clock while waiting for a fence: the deadline costs nothing per spin. */
#define EXAMPLE_SPINS_PER_CLOCK 1024u

/* Spins until the queue's progress fence reaches its last value, or the deadline after t0 passes. */
static NTSTATUS spin_for_fence(example_run *run, example_queue *q, uint64_t t0)
{
    const uint64_t *fence = q->ProgressFence;
    const uint64_t last = q->LastSubmitted;
    uint32_t spins = 0;
    /* Acquire: pairs with the GPU's release store of the fence. */
    while (__atomic_load_n(fence, __ATOMIC_ACQUIRE) < last) {
        example_cpu_relax();
        if (++spins % EXAMPLE_SPINS_PER_CLOCK == 0 && umws_bench_now_ns() - t0 > EXAMPLE_FENCE_TIMEOUT_NS) {
            return example_fail(run, STATUS_TIMEOUT, UMWS_UMD_EXAMPLE_CALL_WAIT, q->Index);
        }
    }
    return STATUS_SUCCESS;
}

UMWS_UMD_EXAMPLE_API NTSTATUS umws_umd_example_time(const UMWS_UMD_EXAMPLE_ARGS *args, UMWS_UMD_EXAMPLE_RESULT *result,
                                                    uint64_t *ring_to_fence_ns)
{
    if (result == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    example_run run;
    /* No sample array: refused as bad arguments are, before anything is made. */
    NTSTATUS s = example_start(&run, ring_to_fence_ns == NULL ? NULL : args, result);
    uint64_t sample = 0;
    for (uint32_t done = 0; s == STATUS_SUCCESS && done < run.Args.SubmissionsPerQueue;) {
        uint32_t left = run.Args.SubmissionsPerQueue - done;
        uint32_t n = left < run.Args.BatchSize ? left : run.Args.BatchSize;
        /* The queues take turns, a batch each, as in umws_umd_example_run, each waited for. */
        for (uint32_t i = 0; s == STATUS_SUCCESS && i < run.Args.Queues; i++) {
            example_queue *q = &run.Queues[i];
            uint64_t t0 = umws_bench_now_ns();
            s = example_submit_batch(&run, q, n);
            if (s == STATUS_SUCCESS) {
                s = spin_for_fence(&run, q, t0);
            }
            if (s == STATUS_SUCCESS) {
                ring_to_fence_ns[sample++] = umws_bench_now_ns() - t0;
            }
        }
        done += n;
    }
    return example_finish(&run, s);
}
