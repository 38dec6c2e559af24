/*
 * test_gpu_shutdown.c - destroying the GPU with queues mid-flight in every detection mode
 * hangs nothing and leaks nothing (the ASan twin checks leaks).
 */
#include "gpu_test_util.h"

static void destroys_with_work_in_flight(uint32_t detect)
{
    UMWS_GPU_CONFIG cfg = t_config(detect);
    cfg.EngineCount = 2;
    umws_gpu *gpu;
    umws_gpu_create(&cfg, &gpu);
    t_queue a, b;
    t_queue_open(&a, gpu, 0, 0, 1);
    t_queue_open(&b, gpu, 1, 1, 2);
    UMWS_GPU_PACKET_DELAY hang = {{UMWS_GPU_OP_DELAY, 0, sizeof hang}, 60000000000ull};
    t_emit(&a, &hang, sizeof hang);
    t_ring(&a);
    for (uint64_t i = 1; i < 100; i++) {
        t_fence(&b, 0, i, UMWS_GPU_FENCE_FLAG_INTERRUPT);
    }
    t_ring(&b);
    umws_gpu_engine_notify(gpu, 0);
    umws_gpu_engine_notify(gpu, 1);
    umws_plat_sleep_ns(5000000);
    uint64_t t0 = umws_plat_now_ns();
    /* The process memory outlives the GPU here; the GPU frees its queues and VA spaces. */
    uint8_t *mem[6] = {a.ring, (uint8_t *)a.control, a.data, b.ring, (uint8_t *)b.control, b.data};
    size_t sizes[6] = {T_RING_BYTES, 4096, T_DATA_BYTES, T_RING_BYTES, 4096, T_DATA_BYTES};
    umws_gpu_destroy(gpu);
    UMWS_CHECK(umws_plat_now_ns() - t0 < 2000000000u);
    for (int i = 0; i < 6; i++) {
        umws_plat_pages_free(mem[i], sizes[i]);
    }
}

int main(void)
{
    destroys_with_work_in_flight(UMWS_GPU_DETECT_SPIN);
    destroys_with_work_in_flight(UMWS_GPU_DETECT_BACKOFF);
    destroys_with_work_in_flight(UMWS_GPU_DETECT_NOTIFY);
    return umws_test_finish("test_gpu_shutdown");
}
