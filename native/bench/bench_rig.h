/*
 * bench_rig.h - the C producers' side of the bench baselines: a fresh GPU with one queue per
 * producer ("lane") on engine 0, each with its own VA space, ring, control and data pages, bound
 * to its own doorbell with the doorbell VA connected. Internal to native/bench.
 */
#ifndef UMWS_BENCH_RIG_H
#define UMWS_BENCH_RIG_H

#include <string.h>

#include "gpu/gpu_internal.h"

#define B_RING_VA 0x100000u
#define B_CONTROL_VA 0x200000u
#define B_DATA_VA 0x300000u
#define B_RING_BYTES 4096u
#define B_MAX_PRODUCERS 8u

/* One producer's queue. */
typedef struct umws_bench_lane
{
    uint8_t *ring;
    UMWS_GPU_RING_CONTROL *control;
    uint64_t *data;
    uint64_t *doorbell;
} umws_bench_lane;

/* A GPU with 'lanes' queues on engine 0, each bound to doorbell i with its VA connected. */
typedef struct umws_bench_rig
{
    umws_gpu *gpu;
    uint32_t lanes;
    umws_bench_lane lane[B_MAX_PRODUCERS];
} umws_bench_rig;

/* Returns 0, or -1 (everything freed) when the GPU or a lane cannot be built. */
int umws_bench_rig_open(umws_bench_rig *r, uint32_t detect_mode, uint32_t lanes);
void umws_bench_rig_close(umws_bench_rig *r);

/*
 * Appends a packet to a lane's ring at *wp, with a NOP before it when it would straddle the end
 * (the producers' hot loop: inline).
 */
static inline void umws_bench_emit(umws_bench_lane *l, uint64_t *wp, const void *packet, uint32_t length)
{
    if (*wp % B_RING_BYTES + length > B_RING_BYTES) {
        UMWS_GPU_PACKET_HEADER nop = {UMWS_GPU_OP_NOP, 0, (uint32_t)(B_RING_BYTES - *wp % B_RING_BYTES)};
        memcpy(l->ring + *wp % B_RING_BYTES, &nop, sizeof nop);
        *wp += nop.Length;
    }
    memcpy(l->ring + *wp % B_RING_BYTES, packet, length);
    *wp += length;
}

#endif /* UMWS_BENCH_RIG_H */
