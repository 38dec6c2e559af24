/*
 * bench_submit.c - the C side of the submit experiment (include/umws/umws_bench.h): the C UMD's
 * umws_cumd_submit timed on a queue the Java side made, the same queue the Java UMD's
 * UmdQueue.submit is timed on. The Java loops (dev.umws.bench.SubmitLoops) are these loops line
 * for line: the same clock points, the same spin on the progress fence, the same deadline check.
 */
#include "platform/platform.h"
#include "umws/ntstatus.h"
#include "umws/umws_bench.h"

/* Spins between two looks at the clock while waiting for a fence: the deadline costs nothing per spin. */
#define BENCH_SUBMIT_SPINS_PER_CLOCK 1024u
/* Submissions between two looks at the clock in the rate loop (a clock read is ~20 ns, a
   submission ~100 ns: reading it at every one would be a fifth of what is measured). */
#define BENCH_SUBMIT_PER_CLOCK 16u

/* Spins until the queue's progress fence reaches 'value': 0, or -1 when 'deadline' passes first. */
static int bench_submit_await(const UMWS_CUMD_QUEUE *q, uint64_t value, uint64_t deadline)
{
    uint32_t spins = 0;
    /* Acquire: pairs with the firmware's release store of the fence. */
    while (umws_load_acquire_u64(q->ProgressFence) < value) {
        umws_plat_cpu_relax();
        if (++spins % BENCH_SUBMIT_SPINS_PER_CLOCK == 0 && umws_plat_now_ns() > deadline) {
            return -1;
        }
    }
    return 0;
}

UMWS_API NTSTATUS umws_bench_submit_latency(UMWS_CUMD_QUEUE *q, uint64_t iterations, uint64_t timeout_ns,
                                            uint64_t *submit_to_fence_ns, uint64_t *recorded)
{
    if (q == NULL || q->ProgressFence == NULL || submit_to_fence_ns == NULL || recorded == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    *recorded = 0;
    for (uint64_t i = 0; i < iterations; i++) {
        uint64_t t0 = umws_plat_now_ns();
        NTSTATUS s = umws_cumd_submit(q, 1, 1);
        if (s != STATUS_SUCCESS) {
            return s;
        }
        if (bench_submit_await(q, q->LastSubmitted, t0 + timeout_ns) != 0) {
            return STATUS_TIMEOUT;
        }
        submit_to_fence_ns[i] = umws_plat_now_ns() - t0;
        *recorded = i + 1;
    }
    return STATUS_SUCCESS;
}

UMWS_API NTSTATUS umws_bench_submit_rate(UMWS_CUMD_QUEUE *q, uint32_t batch, uint64_t duration_ns,
                                         uint64_t timeout_ns, uint64_t *submissions, uint64_t *elapsed_ns)
{
    if (q == NULL || q->ProgressFence == NULL || batch == 0 || submissions == NULL || elapsed_ns == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    *submissions = 0;
    *elapsed_ns = 0;
    uint64_t n = 0;
    const uint64_t start = umws_plat_now_ns();
    for (;;) {
        NTSTATUS s = umws_cumd_submit(q, batch, batch);
        if (s != STATUS_SUCCESS) {
            return s;
        }
        if (++n % BENCH_SUBMIT_PER_CLOCK == 0 && umws_plat_now_ns() - start >= duration_ns) {
            break;
        }
    }
    /* The count stops when the last fence is visible: what was queued is what was done. */
    if (bench_submit_await(q, q->LastSubmitted, umws_plat_now_ns() + timeout_ns) != 0) {
        return STATUS_TIMEOUT;
    }
    *elapsed_ns = umws_plat_now_ns() - start;
    *submissions = n;
    return STATUS_SUCCESS;
}
