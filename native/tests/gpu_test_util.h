/*
 * gpu_test_util.h - a C "UMD" for the GPU tests: one process's ring, control and data pages
 * mapped into a VA space, a packet writer, and ringing a doorbell by its CPU VA.
 */
#ifndef UMWS_GPU_TEST_UTIL_H
#define UMWS_GPU_TEST_UTIL_H

#include <string.h>

#include "gpu/gpu_internal.h"
#include "umws_test.h"

#define T_RING_VA 0x100000u
#define T_CONTROL_VA 0x200000u
#define T_DATA_VA 0x300000u
#define T_RING_BYTES 4096u
#define T_DATA_BYTES 65536u

typedef struct t_queue
{
    umws_gpu *gpu;
    umws_gpu_vaspace *space;
    umws_gpu_queue *queue;
    uint8_t *ring;
    UMWS_GPU_RING_CONTROL *control;
    uint8_t *data;
    uint64_t wp;          /* producer's write pointer */
    void *doorbell_va;    /* stable doorbell VA (reserved, connected at bind) */
    uint32_t doorbell;    /* physical doorbell */
    uint64_t *ring_at;    /* where the UMD stores the doorbell value */
} t_queue;

static inline UMWS_GPU_CONFIG t_config(uint32_t detect)
{
    UMWS_GPU_CONFIG c;
    umws_gpu_config_default(&c);
    c.DetectMode = detect;
    c.EngineTimeoutNs = 0;
    return c;
}

/* Pages of a doorbell VA as Windows sizes it: DoorbellSizeInBytes rounded up to whole pages. */
static inline uint32_t t_va_pages(const umws_gpu *gpu)
{
    return (gpu->config.DoorbellSizeInBytes + UMWS_GPU_PAGE_SIZE - 1) / UMWS_GPU_PAGE_SIZE;
}

/* Creates the process memory and the queue (own VA space), bound to 'doorbell' with its VA connected. */
static inline int t_queue_open(t_queue *t, umws_gpu *gpu, uint32_t engine, uint32_t doorbell, uint32_t queue_id)
{
    memset(t, 0, sizeof *t);
    t->gpu = gpu;
    t->ring = umws_plat_pages_alloc(T_RING_BYTES);
    t->control = umws_plat_pages_alloc(UMWS_GPU_PAGE_SIZE);
    t->data = umws_plat_pages_alloc(T_DATA_BYTES);
    if (t->ring == NULL || t->control == NULL || t->data == NULL || umws_gpu_vaspace_create(gpu, &t->space) != 0 ||
        umws_gpu_map(t->space, T_RING_VA, t->ring, T_RING_BYTES, 0) != 0 ||
        umws_gpu_map(t->space, T_CONTROL_VA, t->control, UMWS_GPU_PAGE_SIZE, UMWS_GPU_MAP_WRITABLE) != 0 ||
        umws_gpu_map(t->space, T_DATA_VA, t->data, T_DATA_BYTES, UMWS_GPU_MAP_WRITABLE) != 0) {
        return -1;
    }
    UMWS_GPU_QUEUE_DESC d = {T_RING_VA, T_RING_BYTES, T_CONTROL_VA, T_DATA_VA, T_DATA_VA + 8, engine, queue_id};
    if (umws_gpu_queue_create(gpu, t->space, &d, &t->queue) != 0 || umws_gpu_dbva_reserve(gpu, t_va_pages(gpu), &t->doorbell_va) != 0) {
        return -1;
    }
    t->doorbell = doorbell;
    if (umws_gpu_queue_bind(t->queue, doorbell) != 0 || umws_gpu_dbva_connect(gpu, t->doorbell_va, doorbell, 0) != 0) {
        return -1;
    }
    t->ring_at = (uint64_t *)((uint8_t *)t->doorbell_va + umws_gpu_doorbell_offset(gpu, doorbell, 0) % UMWS_GPU_PAGE_SIZE);
    return 0;
}

static inline void t_queue_close(t_queue *t)
{
    umws_gpu_queue_destroy(t->queue);
    if (t->doorbell_va != NULL) {
        umws_gpu_dbva_release(t->gpu, t->doorbell_va);
    }
    if (t->space != NULL) {
        umws_gpu_vaspace_destroy(t->space);
    }
    umws_plat_pages_free(t->ring, T_RING_BYTES);
    umws_plat_pages_free(t->control, UMWS_GPU_PAGE_SIZE);
    umws_plat_pages_free(t->data, T_DATA_BYTES);
}

/* Appends a packet (pads the ring tail with a NOP when it would straddle the end). */
static inline void t_emit(t_queue *t, const void *packet, uint32_t length)
{
    uint64_t off = t->wp % T_RING_BYTES;
    if (off + length > T_RING_BYTES) {
        UMWS_GPU_PACKET_HEADER nop = {UMWS_GPU_OP_NOP, 0, (uint32_t)(T_RING_BYTES - off)};
        memcpy(t->ring + off, &nop, sizeof nop);
        t->wp += T_RING_BYTES - off;
        off = 0;
    }
    memcpy(t->ring + off, packet, length);
    t->wp += length;
}

static inline void t_fence(t_queue *t, uint64_t data_offset, uint64_t value, uint16_t flags)
{
    UMWS_GPU_PACKET_WRITE_FENCE p = {{UMWS_GPU_OP_WRITE_FENCE, flags, sizeof p}, T_DATA_VA + data_offset, value};
    t_emit(t, &p, sizeof p);
}

/* Publishes the packets (release) and rings: the new write pointer, or +1 on a global doorbell. */
static inline void t_ring(t_queue *t)
{
    umws_store_release_u64(&t->control->WritePointer, t->wp);
    if (t->gpu->config.Placement == UMWS_GPU_PLACEMENT_GLOBAL) {
        __atomic_fetch_add(t->ring_at, 1, __ATOMIC_RELEASE);
    } else {
        umws_store_release_u64(t->ring_at, t->wp);
    }
}

static inline uint64_t t_data_u64(t_queue *t, uint64_t offset)
{
    return umws_load_acquire_u64((uint64_t *)(t->data + offset));
}

/* Polls cond for up to s seconds; ok is 1 when it came true. */
#define T_WAIT(ok, cond, s)                                                          \
    do {                                                                             \
        uint64_t until_ = umws_plat_now_ns() + (uint64_t)((s) * 1e9);                \
        while (!((ok) = (cond)) && umws_plat_now_ns() < until_) {                    \
            umws_plat_sleep_ns(100000);                                              \
        }                                                                            \
    } while (0)

/* Checks that cond comes true within s seconds. */
#define T_CHECK_SOON(cond, s)                                                        \
    do {                                                                             \
        int soon_;                                                                   \
        T_WAIT(soon_, cond, s);                                                      \
        if (soon_) {                                                                 \
            umws_test_passed++;                                                      \
        } else {                                                                     \
            umws_test_failed++;                                                      \
            fprintf(stderr, "%s:%d: not within %gs: %s\n", __FILE__, __LINE__, (double)(s), #cond); \
        }                                                                            \
    } while (0)

#endif /* UMWS_GPU_TEST_UTIL_H */
