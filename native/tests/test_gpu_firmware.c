/*
 * test_gpu_firmware.c - rings are noticed in every detection mode and placement, packets run
 * in order, suspended work runs on resume, and unbinding is safe while the queue runs.
 */
#include "gpu_test_util.h"

static void a_ring_makes_the_fence_visible(uint32_t detect, uint32_t placement)
{
    UMWS_GPU_CONFIG c = t_config(detect);
    c.Placement = placement;
    if (placement == UMWS_GPU_PLACEMENT_GLOBAL) {
        c.DoorbellCount = 1;
    }
    umws_gpu *gpu;
    UMWS_CHECK(umws_gpu_create(&c, &gpu) == UMWS_GPU_OK);
    t_queue a, b;
    UMWS_CHECK(t_queue_open(&a, gpu, 0, 0, 1) == 0);
    UMWS_CHECK(t_queue_open(&b, gpu, 0, placement == UMWS_GPU_PLACEMENT_GLOBAL ? 0 : 1, 2) == 0);
    for (uint64_t n = 1; n <= 100; n++) {
        t_fence(&a, 0, n, 0);
        t_ring(&a);
        t_fence(&b, 0, 1000 + n, 0);
        t_ring(&b);
        if (detect == UMWS_GPU_DETECT_NOTIFY) {
            umws_gpu_engine_notify(gpu, 0);
        }
        T_CHECK_SOON(t_data_u64(&a, 0) == n && t_data_u64(&b, 0) == 1000 + n, 5);
    }
    /* The firmware stores ReadPointer after the fence packet has written its value: wait for it. */
    T_CHECK_SOON(umws_load_acquire_u64(&a.control->ReadPointer) == a.wp, 5);
    UMWS_GPU_ENGINE_STATS st;
    umws_gpu_engine_stats(gpu, 0, &st);
    UMWS_CHECK(st.Packets >= 200);
    t_queue_close(&a);
    t_queue_close(&b);
    umws_gpu_destroy(gpu);
}

static void notify_mode_waits_for_the_notification(void)
{
    UMWS_GPU_CONFIG c = t_config(UMWS_GPU_DETECT_NOTIFY);
    umws_gpu *gpu;
    umws_gpu_create(&c, &gpu);
    t_queue a;
    UMWS_CHECK(t_queue_open(&a, gpu, 0, 3, 1) == 0);
    t_fence(&a, 0, 7, 0);
    t_ring(&a);
    umws_plat_sleep_ns(20000000); /* 20 ms: nothing may run without a notify */
    UMWS_CHECK_EQ(t_data_u64(&a, 0), 0);
    umws_gpu_engine_notify(gpu, 0);
    T_CHECK_SOON(t_data_u64(&a, 0) == 7, 5);
    t_queue_close(&a);
    umws_gpu_destroy(gpu);
}

static void copy_fill_and_timestamp_run_in_order(void)
{
    UMWS_GPU_CONFIG c = t_config(UMWS_GPU_DETECT_SPIN);
    umws_gpu *gpu;
    umws_gpu_create(&c, &gpu);
    t_queue a;
    t_queue_open(&a, gpu, 0, 0, 1);
    UMWS_GPU_PACKET_FILL fill = {{UMWS_GPU_OP_FILL, 0, sizeof fill}, T_DATA_VA + 1024, 64, 0xA5A5A5A5u, 0};
    UMWS_GPU_PACKET_COPY copy = {{UMWS_GPU_OP_COPY, 0, sizeof copy}, T_DATA_VA + 2048, T_DATA_VA + 1024, 64};
    UMWS_GPU_PACKET_TIMESTAMP ts = {{UMWS_GPU_OP_TIMESTAMP, 0, sizeof ts}, T_DATA_VA + 16};
    UMWS_GPU_PACKET_DELAY delay = {{UMWS_GPU_OP_DELAY, 0, sizeof delay}, 1000000}; /* 1 ms */
    uint64_t before = umws_plat_now_ns();
    t_emit(&a, &fill, sizeof fill);
    t_emit(&a, &copy, sizeof copy);
    t_emit(&a, &delay, sizeof delay);
    t_emit(&a, &ts, sizeof ts);
    t_fence(&a, 0, 1, 0);
    t_ring(&a);
    T_CHECK_SOON(t_data_u64(&a, 0) == 1, 5);
    uint32_t word;
    memcpy(&word, a.data + 2048 + 60, 4);
    UMWS_CHECK_EQ(word, 0xA5A5A5A5u);
    UMWS_CHECK(t_data_u64(&a, 16) >= before + 1000000);
    t_queue_close(&a);
    umws_gpu_destroy(gpu);
}

static void wraps_around_the_ring(void)
{
    UMWS_GPU_CONFIG c = t_config(UMWS_GPU_DETECT_BACKOFF);
    umws_gpu *gpu;
    umws_gpu_create(&c, &gpu);
    t_queue a;
    t_queue_open(&a, gpu, 0, 0, 1);
    for (uint64_t n = 1; n <= 1000; n++) { /* 24 KB of fences through a 4 KB ring */
        while (a.wp + 48 - umws_load_acquire_u64(&a.control->ReadPointer) > T_RING_BYTES) {
            umws_plat_cpu_relax();
        }
        t_fence(&a, 0, n, 0);
        t_ring(&a);
    }
    T_CHECK_SOON(t_data_u64(&a, 0) == 1000, 5);
    UMWS_CHECK_EQ(umws_gpu_queue_state(a.queue), UMWS_GPU_QUEUE_BOUND);
    t_queue_close(&a);
    umws_gpu_destroy(gpu);
}

static void suspended_work_runs_on_resume(void)
{
    UMWS_GPU_CONFIG c = t_config(UMWS_GPU_DETECT_BACKOFF);
    umws_gpu *gpu;
    umws_gpu_create(&c, &gpu);
    t_queue a;
    t_queue_open(&a, gpu, 0, 0, 1);
    umws_gpu_queue_suspend(a.queue, 1);
    t_fence(&a, 0, 5, 0);
    t_ring(&a);
    umws_plat_sleep_ns(20000000);
    UMWS_CHECK_EQ(t_data_u64(&a, 0), 0);
    umws_gpu_queue_suspend(a.queue, 0);
    T_CHECK_SOON(t_data_u64(&a, 0) == 5, 5);

    umws_gpu_engine_suspend(gpu, 0, 1);
    t_fence(&a, 0, 6, 0);
    t_ring(&a);
    umws_plat_sleep_ns(20000000);
    UMWS_CHECK_EQ(t_data_u64(&a, 0), 5);
    umws_gpu_engine_suspend(gpu, 0, 0);
    T_CHECK_SOON(t_data_u64(&a, 0) == 6, 5);
    t_queue_close(&a);
    umws_gpu_destroy(gpu);
}

static void unbind_is_prompt_while_the_queue_runs_and_later_rings_are_dropped(void)
{
    UMWS_GPU_CONFIG c = t_config(UMWS_GPU_DETECT_SPIN);
    umws_gpu *gpu;
    umws_gpu_create(&c, &gpu);
    t_queue a;
    t_queue_open(&a, gpu, 0, 0, 1);
    UMWS_GPU_PACKET_DELAY delay = {{UMWS_GPU_OP_DELAY, 0, sizeof delay}, 10000000000ull}; /* 10 s */
    t_emit(&a, &delay, sizeof delay);
    t_ring(&a);
    umws_plat_sleep_ns(10000000);
    uint64_t t0 = umws_plat_now_ns();
    UMWS_CHECK(umws_gpu_queue_unbind(a.queue) == UMWS_GPU_OK);
    UMWS_CHECK(umws_plat_now_ns() - t0 < 1000000000u); /* not the 10 s of the packet */
    UMWS_CHECK_EQ(umws_gpu_queue_state(a.queue), UMWS_GPU_QUEUE_IDLE);
    UMWS_CHECK(umws_gpu_queue_unbind(a.queue) == UMWS_GPU_ESTATE);
    /* The OS moves the VA to the dummy page; a late ring lands nowhere. */
    umws_gpu_dbva_disconnect(gpu, a.doorbell_va);
    t_fence(&a, 0, 9, 0);
    t_ring(&a);
    umws_plat_sleep_ns(20000000);
    UMWS_CHECK_EQ(t_data_u64(&a, 0), 0);
    t_queue_close(&a);
    umws_gpu_destroy(gpu);
}

int main(void)
{
    uint32_t modes[] = {UMWS_GPU_DETECT_SPIN, UMWS_GPU_DETECT_BACKOFF, UMWS_GPU_DETECT_NOTIFY};
    uint32_t placements[] = {UMWS_GPU_PLACEMENT_DEDICATED_PAGE, UMWS_GPU_PLACEMENT_SHARED_PAGE,
                             UMWS_GPU_PLACEMENT_GLOBAL};
    for (int m = 0; m < 3; m++) {
        for (int p = 0; p < 3; p++) {
            if (placements[p] == UMWS_GPU_PLACEMENT_GLOBAL && umws_plat_va_watch_connected()) {
                continue; /* not offered with the Win32 doorbell VA scheme */
            }
            a_ring_makes_the_fence_visible(modes[m], placements[p]);
        }
    }
    notify_mode_waits_for_the_notification();
    copy_fill_and_timestamp_run_in_order();
    wraps_around_the_ring();
    suspended_work_runs_on_resume();
    unbind_is_prompt_while_the_queue_runs_and_later_rings_are_dropped();
    return umws_test_finish("test_gpu_firmware");
}
