/*
 * test_gpu_intc.c - the interrupt thread calls the ISR with its message number, never
 * re-enters it under a storm from two engines, loses no record, and coalesces deliveries.
 */
#include "gpu_test_util.h"
#include "umws/umws_bench.h"

typedef struct storm
{
    umws_gpu *gpu;
    uint32_t inside;     /* 1 while the ISR runs */
    uint32_t reentered;  /* set if the ISR ever found itself running twice */
    uint64_t calls;
    uint64_t records;
    uint64_t by_queue[3];
    uint32_t message;
    uint64_t thread;
} storm;

static uint8_t storm_isr(void *context, uint32_t message)
{
    storm *s = context;
    if (__atomic_exchange_n(&s->inside, 1, __ATOMIC_ACQ_REL) != 0) {
        __atomic_store_n(&s->reentered, 1, __ATOMIC_RELEASE);
    }
    s->message = message;
    s->thread = umws_plat_thread_self();
    UMWS_GPU_IRQ_RECORD r;
    while (umws_gpu_irq_pop(s->gpu, &r) == 1) {
        if (r.Type == DXGK_INTERRUPT_MONITORED_FENCE_SIGNALED && r.QueueId < 3) {
            __atomic_fetch_add(&s->by_queue[r.QueueId], 1, __ATOMIC_RELAXED);
        }
        __atomic_fetch_add(&s->records, 1, __ATOMIC_RELEASE);
    }
    __atomic_fetch_add(&s->calls, 1, __ATOMIC_RELAXED);
    umws_plat_sleep_ns(50000); /* a slow ISR: interrupts pile up and must coalesce */
    __atomic_store_n(&s->inside, 0, __ATOMIC_RELEASE);
    return 1;
}

static void a_storm_from_two_engines_is_delivered_serially_and_completely(void)
{
    UMWS_GPU_CONFIG cfg = t_config(UMWS_GPU_DETECT_SPIN);
    cfg.EngineCount = 2;
    cfg.InterruptRingEntries = 4096;
    umws_gpu *gpu;
    UMWS_CHECK(umws_gpu_create(&cfg, &gpu) == UMWS_GPU_OK);
    storm s;
    memset(&s, 0, sizeof s);
    s.gpu = gpu;
    UMWS_CHECK(umws_gpu_set_isr(gpu, storm_isr, &s, 42) == UMWS_GPU_OK);
    t_queue a, b;
    t_queue_open(&a, gpu, 0, 0, 1);
    t_queue_open(&b, gpu, 1, 1, 2);
    const uint64_t n = 1000;
    for (uint64_t i = 1; i <= n; i++) {
        while (a.wp + 64 - umws_load_acquire_u64(&a.control->ReadPointer) > T_RING_BYTES ||
               b.wp + 64 - umws_load_acquire_u64(&b.control->ReadPointer) > T_RING_BYTES) {
            umws_plat_cpu_relax();
        }
        t_fence(&a, 0, i, UMWS_GPU_FENCE_FLAG_INTERRUPT);
        t_ring(&a);
        t_fence(&b, 0, i, UMWS_GPU_FENCE_FLAG_INTERRUPT);
        t_ring(&b);
    }
    T_CHECK_SOON(__atomic_load_n(&s.records, __ATOMIC_ACQUIRE) == 2 * n, 10);
    umws_gpu_set_isr(gpu, NULL, NULL, 0);
    UMWS_CHECK_EQ(s.by_queue[1], n);
    UMWS_CHECK_EQ(s.by_queue[2], n);
    UMWS_CHECK_EQ(s.reentered, 0);
    UMWS_CHECK_EQ(s.message, 42);
    UMWS_CHECK(s.thread != umws_plat_thread_self());
    UMWS_CHECK(s.calls < 2 * n); /* deliveries coalesced */
    UMWS_CHECK_EQ(umws_gpu_isr_calls(gpu), s.calls); /* the GPU counts what the ISR saw */
    UMWS_CHECK_EQ(umws_gpu_isr_calls(NULL), 0);
    UMWS_CHECK_EQ(umws_gpu_irq_overflows(gpu), 0);
    printf("storm: %llu records in %llu ISR calls\n", (unsigned long long)s.records, (unsigned long long)s.calls);
    t_queue_close(&a);
    t_queue_close(&b);
    umws_gpu_destroy(gpu);
}

static uint8_t reentrant_isr(void *context, uint32_t message)
{
    umws_gpu *gpu = context;
    (void)message;
    UMWS_GPU_IRQ_RECORD r;
    while (umws_gpu_irq_pop(gpu, &r) == 1) {
    }
    /* Removing the ISR from inside itself would wait for itself: refused. */
    return umws_gpu_set_isr(gpu, NULL, NULL, 0) == UMWS_GPU_ESTATE;
}

static void records_wait_for_an_isr_and_the_isr_cannot_remove_itself(void)
{
    UMWS_GPU_CONFIG cfg = t_config(UMWS_GPU_DETECT_SPIN);
    cfg.InterruptRingEntries = 16;
    umws_gpu *gpu;
    umws_gpu_create(&cfg, &gpu);
    t_queue a;
    t_queue_open(&a, gpu, 0, 0, 1);
    for (uint64_t i = 1; i <= 20; i++) {
        t_fence(&a, 0, i, UMWS_GPU_FENCE_FLAG_INTERRUPT);
    }
    t_ring(&a);
    T_CHECK_SOON(t_data_u64(&a, 0) == 20, 5);
    UMWS_CHECK_EQ(umws_gpu_irq_overflows(gpu), 4); /* 20 records, 16 entries, no ISR yet */
    UMWS_GPU_IRQ_RECORD r;
    UMWS_CHECK(umws_gpu_irq_pending(NULL) == UMWS_GPU_EINVAL);
    UMWS_CHECK(umws_gpu_irq_pending(gpu) == 1); /* what a polling driver checks before popping */
    UMWS_CHECK(umws_gpu_irq_pop(gpu, &r) == 1);
    UMWS_CHECK_EQ(r.FenceValue, 1);
    UMWS_CHECK(umws_gpu_set_isr(gpu, reentrant_isr, gpu, 0) == UMWS_GPU_OK);
    int drained;
    T_WAIT(drained, umws_gpu_irq_pop(gpu, &r) == 0, 5);
    UMWS_CHECK(drained);
    UMWS_CHECK(umws_gpu_irq_pending(gpu) == 0);
    umws_gpu_set_isr(gpu, NULL, NULL, 0);
    t_queue_close(&a);
    umws_gpu_destroy(gpu);
}

static uint8_t lazy_isr(void *context, uint32_t message)
{
    (void)message;
    __atomic_fetch_add((uint64_t *)context, 1, __ATOMIC_RELAXED);
    return 1; /* claims but pops nothing: the line stays asserted */
}

static void an_isr_that_never_pops_cannot_starve_its_removal(void)
{
    UMWS_GPU_CONFIG cfg = t_config(UMWS_GPU_DETECT_SPIN);
    umws_gpu *gpu;
    umws_gpu_create(&cfg, &gpu);
    t_queue a;
    t_queue_open(&a, gpu, 0, 0, 1);
    uint64_t calls = 0;
    umws_gpu_set_isr(gpu, lazy_isr, &calls, 0);
    t_fence(&a, 0, 1, UMWS_GPU_FENCE_FLAG_INTERRUPT);
    t_ring(&a);
    T_CHECK_SOON(__atomic_load_n(&calls, __ATOMIC_RELAXED) > 100, 5);
    uint64_t t0 = umws_plat_now_ns();
    UMWS_CHECK(umws_gpu_set_isr(gpu, NULL, NULL, 0) == UMWS_GPU_OK);
    UMWS_CHECK(umws_plat_now_ns() - t0 < 1000000000u);
    t_queue_close(&a);
    umws_gpu_destroy(gpu);
}

/* An INTERRUPT packet with Payload i, rung; returns 1 once the C ISR's sink acknowledged it. */
static int raise_and_wait(t_queue *q, uint64_t *sink, uint64_t i)
{
    UMWS_GPU_PACKET_INTERRUPT p;
    memset(&p, 0, sizeof p);
    p.Header.Opcode = UMWS_GPU_OP_INTERRUPT;
    p.Header.Length = sizeof p;
    p.InterruptType = DXGK_INTERRUPT_MONITORED_FENCE_SIGNALED;
    p.Payload = i;
    t_emit(q, &p, sizeof p);
    t_ring(q);
    int ok;
    T_WAIT(ok, umws_load_acquire_u64(&sink[UMWS_BENCH_SINK_ACK]) == i + 1, 5);
    return ok;
}

static void a_polling_interrupt_thread_delivers_every_record_and_still_sleeps_and_stops(void)
{
    UMWS_GPU_CONFIG cfg = t_config(UMWS_GPU_DETECT_SPIN);
    umws_gpu *gpu;
    UMWS_CHECK(umws_gpu_create(&cfg, &gpu) == UMWS_GPU_OK);
    UMWS_CHECK(umws_gpu_set_interrupt_spin(NULL, 1000) == UMWS_GPU_EINVAL);
    UMWS_CHECK(umws_gpu_set_interrupt_spin(gpu, 2000000000u) == UMWS_GPU_EINVAL);
    UMWS_CHECK(umws_bench_c_isr(NULL, 0) == 0);
    enum { N = 200 };
    uint64_t sink[UMWS_BENCH_SINK_TIMES + N];
    memset(sink, 0, sizeof sink);
    sink[UMWS_BENCH_SINK_GPU] = (uint64_t)(uintptr_t)gpu;
    sink[UMWS_BENCH_SINK_CAPACITY] = N;
    UMWS_CHECK(umws_gpu_set_isr(gpu, umws_bench_c_isr, sink, 0) == UMWS_GPU_OK);
    t_queue q;
    UMWS_CHECK(t_queue_open(&q, gpu, 0, 0, 1) == 0);
    UMWS_CHECK(umws_gpu_set_interrupt_spin(gpu, 2000000u) == UMWS_GPU_OK); /* 2 ms of polling */
    int delivered = 1;
    for (uint64_t i = 0; i < N / 2; i++) {
        delivered &= raise_and_wait(&q, sink, i);
    }
    UMWS_CHECK(delivered);
    UMWS_CHECK(umws_gpu_set_interrupt_spin(gpu, 0) == UMWS_GPU_OK); /* back to sleeping at once */
    for (uint64_t i = N / 2; i < N; i++) {
        delivered &= raise_and_wait(&q, sink, i);
    }
    UMWS_CHECK(delivered);
    int timed = 1;
    for (uint64_t i = 0; i < N; i++) {
        timed &= sink[UMWS_BENCH_SINK_TIMES + i] != 0;
    }
    UMWS_CHECK(timed);
    UMWS_CHECK(umws_gpu_set_interrupt_spin(gpu, 1000000000u) == UMWS_GPU_OK); /* polling when destroyed */
    t_queue_close(&q);
    uint64_t t0 = umws_plat_now_ns();
    umws_gpu_destroy(gpu);
    UMWS_CHECK(umws_plat_now_ns() - t0 < 900000000u); /* shutdown does not wait out the poll */
}

static void the_c_waiter_baseline_wakes_a_sleeping_waiter_per_interrupt(void)
{
    uint64_t out[50];
    memset(out, 0, sizeof out);
    UMWS_CHECK(umws_bench_c_irq_wait(0, 0, out) == -1);
    UMWS_CHECK(umws_bench_c_irq_wait(5, 50, NULL) == -1);
    UMWS_CHECK(umws_bench_c_irq_wait(5, 50, out) == 0);
    int all = 1;
    for (int i = 0; i < 50; i++) {
        all &= out[i] > 0 && out[i] < 5000000000u;
    }
    UMWS_CHECK(all);
}

int main(void)
{
    the_c_waiter_baseline_wakes_a_sleeping_waiter_per_interrupt();
    a_polling_interrupt_thread_delivers_every_record_and_still_sleeps_and_stops();
    an_isr_that_never_pops_cannot_starve_its_removal();
    a_storm_from_two_engines_is_delivered_serially_and_completely();
    records_wait_for_an_isr_and_the_isr_cannot_remove_itself();
    return umws_test_finish("test_gpu_intc");
}
