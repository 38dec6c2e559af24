/*
 * test_gpu_faults.c - misuse faults the offending queue only: bad opcodes, lengths, write
 * pointers and GPU VAs become interrupt records, and every other queue keeps running. An
 * engine busy past its limit reports GPU_ENGINE_TIMEOUT; a reset stops it.
 */
#include "gpu_test_util.h"

typedef struct collected
{
    umws_gpu *gpu;
    UMWS_GPU_IRQ_RECORD records[256];
    uint32_t count; /* written by the ISR thread, read after umws_gpu_set_isr(NULL) or by polling */
} collected;

static uint8_t collect_isr(void *context, uint32_t message)
{
    collected *c = context;
    (void)message;
    UMWS_GPU_IRQ_RECORD r;
    while (umws_gpu_irq_pop(c->gpu, &r) == 1) {
        uint32_t n = umws_load_acquire_u32(&c->count);
        if (n < 256) {
            c->records[n] = r;
            umws_store_release_u32(&c->count, n + 1);
        }
    }
    return 1;
}

static const UMWS_GPU_IRQ_RECORD *find(collected *c, uint32_t type, uint32_t queue_id)
{
    uint32_t n = umws_load_acquire_u32(&c->count);
    for (uint32_t i = 0; i < n; i++) {
        if (c->records[i].Type == type && c->records[i].QueueId == queue_id) {
            return &c->records[i];
        }
    }
    return NULL;
}

/* Runs one bad submission on queue 'bad' while queue 'good' keeps submitting. */
static void faults_only_the_offending_queue(const char *what, const void *packet, uint32_t length,
                                            uint64_t bad_write_pointer, uint32_t type, uint32_t fault,
                                            uint64_t fault_va)
{
    UMWS_GPU_CONFIG cfg = t_config(UMWS_GPU_DETECT_BACKOFF);
    umws_gpu *gpu;
    umws_gpu_create(&cfg, &gpu);
    collected c = {gpu, {{0}}, 0};
    umws_gpu_set_isr(gpu, collect_isr, &c, 7);
    t_queue good, bad;
    t_queue_open(&good, gpu, 0, 0, 100);
    t_queue_open(&bad, gpu, 0, 1, 200);
    t_fence(&bad, 0, 41, 0);
    t_ring(&bad);
    T_CHECK_SOON(t_data_u64(&bad, 0) == 41, 5);
    if (packet != NULL) {
        t_emit(&bad, packet, length);
    }
    if (bad_write_pointer != 0) {
        bad.wp = bad_write_pointer;
    }
    t_fence(&bad, 0, 42, 0);
    t_ring(&bad);
    T_CHECK_SOON(find(&c, type, 200) != NULL, 5);
    const UMWS_GPU_IRQ_RECORD *r = find(&c, type, 200);
    if (r != NULL) {
        UMWS_CHECK_EQ(r->Payload, fault);
        UMWS_CHECK_EQ(r->GpuVa, fault_va);
        UMWS_CHECK_EQ(r->FenceValue, 41); /* the last completed progress value */
        UMWS_CHECK_EQ(r->Engine, 0);
    } else {
        fprintf(stderr, "  (case: %s)\n", what);
    }
    UMWS_CHECK_EQ(umws_gpu_queue_state(bad.queue), UMWS_GPU_QUEUE_FAULTED);
    UMWS_CHECK_EQ(t_data_u64(&bad, 0), 41);
    for (uint64_t n = 1; n <= 50; n++) {
        t_fence(&good, 0, n, 0);
        t_ring(&good);
    }
    T_CHECK_SOON(t_data_u64(&good, 0) == 50, 5);
    UMWS_CHECK(umws_gpu_queue_bind(bad.queue, 1) == UMWS_GPU_ESTATE);
    umws_gpu_set_isr(gpu, NULL, NULL, 0);
    t_queue_close(&good);
    t_queue_close(&bad);
    umws_gpu_destroy(gpu);
}

static void every_kind_of_bad_submission_faults_cleanly(void)
{
    UMWS_GPU_PACKET_HEADER unknown = {99, 0, 8};
    faults_only_the_offending_queue("unknown opcode", &unknown, 8, 0, DXGK_INTERRUPT_DMA_FAULTED,
                                    UMWS_GPU_FAULT_BAD_OPCODE, 0);
    UMWS_GPU_PACKET_HEADER zero = {UMWS_GPU_OP_NOP, 0, 0};
    faults_only_the_offending_queue("zero length", &zero, 8, 0, DXGK_INTERRUPT_DMA_FAULTED,
                                    UMWS_GPU_FAULT_BAD_LENGTH, 0);
    UMWS_GPU_PACKET_HEADER huge = {UMWS_GPU_OP_NOP, 0, 1u << 20};
    faults_only_the_offending_queue("length beyond the ring", &huge, 8, 0, DXGK_INTERRUPT_DMA_FAULTED,
                                    UMWS_GPU_FAULT_BAD_LENGTH, 0);
    UMWS_GPU_PACKET_HEADER shortfence = {UMWS_GPU_OP_WRITE_FENCE, 0, 16};
    uint8_t sixteen[16] = {0};
    memcpy(sixteen, &shortfence, 8);
    faults_only_the_offending_queue("fence of the wrong length", sixteen, 16, 0, DXGK_INTERRUPT_DMA_FAULTED,
                                    UMWS_GPU_FAULT_BAD_LENGTH, 0);
    UMWS_GPU_PACKET_WRITE_FENCE outside = {{UMWS_GPU_OP_WRITE_FENCE, 0, sizeof outside}, 0xDEAD0000ull, 1};
    faults_only_the_offending_queue("fence outside the VA space", &outside, sizeof outside, 0,
                                    DXGK_INTERRUPT_HWQUEUE_PAGE_FAULTED, UMWS_GPU_FAULT_PAGE, 0xDEAD0000ull);
    UMWS_GPU_PACKET_WRITE_FENCE readonly = {{UMWS_GPU_OP_WRITE_FENCE, 0, sizeof readonly}, T_RING_VA + 64, 1};
    faults_only_the_offending_queue("fence into the read-only ring", &readonly, sizeof readonly, 0,
                                    DXGK_INTERRUPT_HWQUEUE_PAGE_FAULTED, UMWS_GPU_FAULT_PAGE, T_RING_VA + 64);
    UMWS_GPU_PACKET_COPY copy = {{UMWS_GPU_OP_COPY, 0, sizeof copy}, T_DATA_VA, T_DATA_VA + T_DATA_BYTES - 8, 64};
    faults_only_the_offending_queue("copy past the end of a mapping", &copy, sizeof copy, 0,
                                    DXGK_INTERRUPT_HWQUEUE_PAGE_FAULTED, UMWS_GPU_FAULT_PAGE,
                                    T_DATA_VA + T_DATA_BYTES - 8);
    UMWS_GPU_PACKET_WRITE_FENCE odd = {{UMWS_GPU_OP_WRITE_FENCE, 0, sizeof odd}, T_DATA_VA + 4, 1};
    faults_only_the_offending_queue("misaligned fence", &odd, sizeof odd, 0, DXGK_INTERRUPT_DMA_FAULTED,
                                    UMWS_GPU_FAULT_MISALIGNED, T_DATA_VA + 4);
    UMWS_GPU_PACKET_INTERRUPT irq = {{UMWS_GPU_OP_INTERRUPT, 0, sizeof irq}, 0, 0, 0};
    faults_only_the_offending_queue("interrupt type 0", &irq, sizeof irq, 0, DXGK_INTERRUPT_DMA_FAULTED,
                                    UMWS_GPU_FAULT_BAD_ARGUMENT, 0);
    faults_only_the_offending_queue("write pointer beyond the ring", NULL, 0, 1u << 20, DXGK_INTERRUPT_DMA_FAULTED,
                                    UMWS_GPU_FAULT_BAD_WRITE_POINTER, 0);
}

static void a_long_packet_reports_an_engine_timeout_and_a_reset_stops_it(void)
{
    UMWS_GPU_CONFIG cfg = t_config(UMWS_GPU_DETECT_SPIN);
    cfg.EngineTimeoutNs = 20000000; /* 20 ms */
    umws_gpu *gpu;
    umws_gpu_create(&cfg, &gpu);
    collected c = {gpu, {{0}}, 0};
    umws_gpu_set_isr(gpu, collect_isr, &c, 0);
    t_queue a;
    t_queue_open(&a, gpu, 0, 0, 5);
    UMWS_GPU_PACKET_DELAY hang = {{UMWS_GPU_OP_DELAY, 0, sizeof hang}, 60000000000ull}; /* 60 s */
    t_emit(&a, &hang, sizeof hang);
    t_fence(&a, 0, 1, 0);
    t_ring(&a);
    T_CHECK_SOON(find(&c, DXGK_INTERRUPT_GPU_ENGINE_TIMEOUT, 0) != NULL, 5);
    const UMWS_GPU_IRQ_RECORD *r = find(&c, DXGK_INTERRUPT_GPU_ENGINE_TIMEOUT, 0);
    UMWS_CHECK(r != NULL && r->Payload == 5);
    uint64_t t0 = umws_plat_now_ns();
    UMWS_CHECK(umws_gpu_engine_reset(gpu, 0) == UMWS_GPU_OK);
    UMWS_CHECK(umws_plat_now_ns() - t0 < 1000000000u);
    UMWS_CHECK_EQ(umws_gpu_queue_state(a.queue), UMWS_GPU_QUEUE_RESET);
    UMWS_CHECK_EQ(t_data_u64(&a, 0), 0); /* the fence after the hung packet never ran */
    umws_gpu_set_isr(gpu, NULL, NULL, 0);
    t_queue_close(&a);
    umws_gpu_destroy(gpu);
}

static void bad_arguments_get_errors_not_crashes(void)
{
    UMWS_GPU_CONFIG cfg = t_config(UMWS_GPU_DETECT_NOTIFY);
    umws_gpu *gpu = NULL;
    UMWS_CHECK(umws_gpu_create(NULL, &gpu) == UMWS_GPU_EINVAL);
    cfg.DoorbellSizeInBytes = 12;
    UMWS_CHECK(umws_gpu_create(&cfg, &gpu) == UMWS_GPU_EINVAL);
    cfg = t_config(UMWS_GPU_DETECT_NOTIFY);
    cfg.Placement = UMWS_GPU_PLACEMENT_GLOBAL; /* with 16 doorbells */
    UMWS_CHECK(umws_gpu_create(&cfg, &gpu) == UMWS_GPU_EINVAL);
    cfg = t_config(UMWS_GPU_DETECT_NOTIFY);
    UMWS_CHECK(umws_gpu_create(&cfg, &gpu) == UMWS_GPU_OK);
    umws_gpu_vaspace *s;
    umws_gpu_vaspace_create(gpu, &s);
    uint8_t *mem = umws_plat_pages_alloc(8192);
    UMWS_CHECK(umws_gpu_map(s, 0, mem, 4096, 0) == UMWS_GPU_EINVAL);
    UMWS_CHECK(umws_gpu_map(s, 0x1000, NULL, 4096, 0) == UMWS_GPU_EINVAL);
    UMWS_CHECK(umws_gpu_map(s, 0x1000, mem, 4096, 0x80) == UMWS_GPU_EINVAL);
    UMWS_CHECK(umws_gpu_map(s, UINT64_MAX - 10, mem, 4096, 0) == UMWS_GPU_EINVAL);
    UMWS_CHECK(umws_gpu_map(s, 0x1000, mem, 4096, UMWS_GPU_MAP_WRITABLE) == UMWS_GPU_OK);
    UMWS_CHECK(umws_gpu_map(s, 0x1800, mem, 4096, 0) == UMWS_GPU_EBUSY);
    UMWS_CHECK(umws_gpu_map(s, 0x2000, mem + 4096, 4096, UMWS_GPU_MAP_WRITABLE) == UMWS_GPU_OK);
    UMWS_GPU_QUEUE_DESC d = {0x1000, 4096, 0x2000, 0, 0, 0, 1};
    umws_gpu_queue *q = NULL;
    UMWS_GPU_QUEUE_DESC bad = d;
    bad.RingSizeInBytes = 3000;
    UMWS_CHECK(umws_gpu_queue_create(gpu, s, &bad, &q) == UMWS_GPU_EINVAL);
    bad = d;
    bad.RingGpuVa = 0x5000; /* not mapped: not resident */
    UMWS_CHECK(umws_gpu_queue_create(gpu, s, &bad, &q) == UMWS_GPU_ENOENT);
    bad = d;
    bad.Engine = 3;
    UMWS_CHECK(umws_gpu_queue_create(gpu, s, &bad, &q) == UMWS_GPU_EINVAL);
    UMWS_CHECK(umws_gpu_queue_create(gpu, s, &d, &q) == UMWS_GPU_OK);
    UMWS_CHECK(umws_gpu_unmap(s, 0x1000) == UMWS_GPU_EBUSY); /* the ring is pinned */
    UMWS_CHECK(umws_gpu_vaspace_destroy(s) == UMWS_GPU_EBUSY);
    UMWS_CHECK(umws_gpu_queue_bind(q, 16) == UMWS_GPU_EINVAL);
    UMWS_CHECK(umws_gpu_queue_bind(q, 2) == UMWS_GPU_OK);
    UMWS_CHECK(umws_gpu_queue_bind(q, 3) == UMWS_GPU_ESTATE);
    UMWS_CHECK(umws_gpu_queue_unbind(NULL) == UMWS_GPU_EINVAL);
    UMWS_CHECK(umws_gpu_dbva_connect(gpu, (void *)0x1234, 0, 0) == UMWS_GPU_ENOENT);
    UMWS_CHECK(umws_gpu_doorbell_offset(gpu, 0, 1) == UINT64_MAX); /* no secondary doorbells configured */
    UMWS_CHECK(umws_gpu_engine_notify(gpu, 9) == UMWS_GPU_EINVAL);
    UMWS_CHECK(umws_gpu_irq_pop(gpu, NULL) == UMWS_GPU_EINVAL);
    umws_gpu_queue_destroy(q);
    UMWS_CHECK(umws_gpu_unmap(s, 0x1000) == UMWS_GPU_OK);
    UMWS_CHECK(umws_gpu_unmap(s, 0x1000) == UMWS_GPU_ENOENT);
    UMWS_CHECK(umws_gpu_vaspace_destroy(s) == UMWS_GPU_OK);
    umws_plat_pages_free(mem, 8192);
    umws_gpu_destroy(gpu);
    umws_gpu_destroy(NULL);
    umws_gpu_queue_destroy(NULL);
}

int main(void)
{
    every_kind_of_bad_submission_faults_cleanly();
    a_long_packet_reports_an_engine_timeout_and_a_reset_stops_it();
    bad_arguments_get_errors_not_crashes();
    return umws_test_finish("test_gpu_faults");
}
