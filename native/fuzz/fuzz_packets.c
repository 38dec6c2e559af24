/*
 * fuzz_packets.c - libFuzzer target for the packet decoder and executor: the input becomes a
 * queue's ring contents and write pointer, and the firmware's run loop executes it on this
 * thread (the engine is in NOTIFY mode and never notified, so its own thread stays asleep).
 * Any input must end in a completed run or a clean queue fault: no crash, no sanitizer report.
 *
 * By hand: see README ("Fuzzing"); in CTest it runs for a short bounded time.
 */
#include <string.h>

#include "gpu/gpu_internal.h"

#define F_RING_VA 0x100000u
#define F_CONTROL_VA 0x200000u
#define F_DATA_VA 0x300000u
#define F_RING_BYTES 4096u
#define F_DATA_BYTES 16384u

static umws_gpu *f_gpu;
static umws_gpu_vaspace *f_space;
static uint8_t *f_ring;
static UMWS_GPU_RING_CONTROL *f_control;
static uint8_t *f_data;

static void f_setup(void)
{
    UMWS_GPU_CONFIG cfg;
    umws_gpu_config_default(&cfg);
    cfg.DetectMode = UMWS_GPU_DETECT_NOTIFY;
    cfg.InterruptRingEntries = 16; /* records overflow harmlessly: nobody pops them */
    umws_gpu_create(&cfg, &f_gpu);
    umws_gpu_vaspace_create(f_gpu, &f_space);
    f_ring = umws_plat_pages_alloc(F_RING_BYTES);
    f_control = umws_plat_pages_alloc(UMWS_GPU_PAGE_SIZE);
    f_data = umws_plat_pages_alloc(F_DATA_BYTES);
    umws_gpu_map(f_space, F_RING_VA, f_ring, F_RING_BYTES, 0);
    umws_gpu_map(f_space, F_CONTROL_VA, f_control, UMWS_GPU_PAGE_SIZE, UMWS_GPU_MAP_WRITABLE);
    umws_gpu_map(f_space, F_DATA_VA, f_data, F_DATA_BYTES, UMWS_GPU_MAP_WRITABLE);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (f_gpu == NULL) {
        f_setup();
    }
    if (size < 8) {
        return 0;
    }
    /* The first 8 bytes choose the write pointer; the rest is the ring. */
    uint64_t wp;
    memcpy(&wp, data, 8);
    wp %= 2 * F_RING_BYTES;
    memset(f_ring, 0, F_RING_BYTES);
    memcpy(f_ring, data + 8, size - 8 > F_RING_BYTES ? F_RING_BYTES : size - 8);
    memset(f_control, 0, sizeof *f_control);
    f_control->WritePointer = wp;

    UMWS_GPU_QUEUE_DESC d = {F_RING_VA, F_RING_BYTES, F_CONTROL_VA, F_DATA_VA, 0, 0, 1};
    umws_gpu_queue *q;
    if (umws_gpu_queue_create(f_gpu, f_space, &d, &q) != UMWS_GPU_OK || umws_gpu_queue_bind(q, 0) != UMWS_GPU_OK) {
        __builtin_trap();
    }
    umws_queue_run(&f_gpu->engines[0], q);
    int32_t state = umws_gpu_queue_state(q);
    if (state != UMWS_GPU_QUEUE_BOUND && state != UMWS_GPU_QUEUE_FAULTED) {
        __builtin_trap();
    }
    if (state == UMWS_GPU_QUEUE_BOUND && umws_load_acquire_u64(&f_control->ReadPointer) != wp) {
        __builtin_trap(); /* a run that did not fault consumed everything up to the write pointer */
    }
    umws_gpu_queue_destroy(q);
    UMWS_GPU_IRQ_RECORD r;
    while (umws_gpu_irq_pop(f_gpu, &r) == 1) {
    }
    return 0;
}
