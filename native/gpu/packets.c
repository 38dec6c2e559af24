/*
 * packets.c - executes one command packet (formats in umws_gpu_packets.h). The fixed part of
 * a packet is copied out of the ring before it is checked, so a UMD that rewrites the ring
 * while the GPU reads it cannot make a checked packet unchecked. Every GPU VA goes through the
 * queue's VA space; anything wrong is a fault code, never a crash.
 */
#include <string.h>

#include "gpu_internal.h"

/* Granularity at which DELAY looks at stop/abort and the engine timeout, ns. */
#define UMWS_DELAY_SLICE_NS 200000u
/* Below this a DELAY slice spins; above it sleeps (sleeping is coarse, ~60 us here), ns. */
#define UMWS_DELAY_SPIN_NS 50000u

static uint32_t umws_write_u64(umws_gpu_queue *q, uint64_t va, uint64_t value, uint64_t *fault_va)
{
    if (va % 8 != 0) {
        *fault_va = va;
        return UMWS_GPU_FAULT_MISALIGNED;
    }
    uint32_t fault = UMWS_GPU_FAULT_NONE;
    umws_plat_mutex_lock(&q->space->lock);
    uint64_t *host = (uint64_t *)umws_mmu_translate_locked(q->space, va, 8, 1);
    if (host == NULL) {
        *fault_va = va;
        fault = UMWS_GPU_FAULT_PAGE;
    } else {
        /* Pairs with the CPU's acquire load of the fence: the packets before are visible. */
        umws_store_release_u64(host, value);
    }
    umws_plat_mutex_unlock(&q->space->lock);
    return fault;
}

static uint32_t umws_copy(umws_gpu_queue *q, const UMWS_GPU_PACKET_COPY *p, uint64_t *fault_va)
{
    if (p->SizeInBytes == 0) {
        return UMWS_GPU_FAULT_NONE;
    }
    uint32_t fault = UMWS_GPU_FAULT_NONE;
    umws_plat_mutex_lock(&q->space->lock);
    uint8_t *dst = umws_mmu_translate_locked(q->space, p->DstGpuVa, p->SizeInBytes, 1);
    uint8_t *src = umws_mmu_translate_locked(q->space, p->SrcGpuVa, p->SizeInBytes, 0);
    if (dst == NULL || src == NULL) {
        *fault_va = dst == NULL ? p->DstGpuVa : p->SrcGpuVa;
        fault = UMWS_GPU_FAULT_PAGE;
    } else {
        memmove(dst, src, p->SizeInBytes);
    }
    umws_plat_mutex_unlock(&q->space->lock);
    return fault;
}

static uint32_t umws_fill(umws_gpu_queue *q, const UMWS_GPU_PACKET_FILL *p, uint64_t *fault_va)
{
    if (p->SizeInBytes % 4 != 0 || p->Padding0 != 0) {
        return UMWS_GPU_FAULT_BAD_ARGUMENT;
    }
    if (p->SizeInBytes == 0) {
        return UMWS_GPU_FAULT_NONE;
    }
    uint32_t fault = UMWS_GPU_FAULT_NONE;
    umws_plat_mutex_lock(&q->space->lock);
    uint8_t *dst = umws_mmu_translate_locked(q->space, p->DstGpuVa, p->SizeInBytes, 1);
    if (dst == NULL) {
        *fault_va = p->DstGpuVa;
        fault = UMWS_GPU_FAULT_PAGE;
    } else {
        for (uint64_t i = 0; i < p->SizeInBytes; i += 4) {
            memcpy(dst + i, &p->Pattern, 4);
        }
    }
    umws_plat_mutex_unlock(&q->space->lock);
    return fault;
}

/* Emulated work. Leaves early when the queue is told to stop or the engine is reset. */
static void umws_delay(umws_engine *e, umws_gpu_queue *q, uint64_t ns)
{
#if defined(UMWS_FUZZ_DELAY_CAP_NS)
    ns = ns > UMWS_FUZZ_DELAY_CAP_NS ? UMWS_FUZZ_DELAY_CAP_NS : ns; /* the fuzzer must not sleep for minutes */
#endif
    uint64_t start = umws_plat_now_ns();
    uint64_t timeout = e->gpu->config.EngineTimeoutNs;
    int reported = 0;
    for (;;) {
        uint64_t now = umws_plat_now_ns();
        uint64_t elapsed = now - start;
        if (elapsed >= ns || umws_load_acquire_u32(&q->stop) || umws_load_acquire_u32(&e->abort_packet)) {
            return;
        }
        if (timeout != 0 && elapsed > timeout && !reported) {
            reported = 1;
            umws_inc_relaxed_u64(&e->stats.Timeouts);
            umws_engine_post(e, NULL, DXGK_INTERRUPT_GPU_ENGINE_TIMEOUT, 0, 0, q->desc.QueueId);
        }
        uint64_t slice = ns - elapsed < UMWS_DELAY_SLICE_NS ? ns - elapsed : UMWS_DELAY_SLICE_NS;
        if (slice > UMWS_DELAY_SPIN_NS) {
            umws_plat_sleep_ns(slice);
        } else {
            uint64_t until = now + slice;
            while (umws_plat_now_ns() < until) {
                umws_plat_cpu_relax();
            }
        }
    }
}

/* Copies the fixed-size packet T out of the ring, checking its exact length. */
#define UMWS_TAKE(T, var)                       \
    T var;                                      \
    if (length != sizeof(T)) {                  \
        return UMWS_GPU_FAULT_BAD_LENGTH;       \
    }                                           \
    memcpy(&var, packet, sizeof(T))

uint32_t umws_packet_execute(umws_engine *e, umws_gpu_queue *q, const uint8_t *packet, uint32_t length,
                             uint64_t *fault_va)
{
    UMWS_GPU_PACKET_HEADER h;
    memcpy(&h, packet, sizeof h);
    switch (h.Opcode) {
    case UMWS_GPU_OP_NOP:
        return h.Flags == 0 ? UMWS_GPU_FAULT_NONE : UMWS_GPU_FAULT_BAD_ARGUMENT;
    case UMWS_GPU_OP_WRITE_FENCE: {
        UMWS_TAKE(UMWS_GPU_PACKET_WRITE_FENCE, p);
        if ((p.Header.Flags & ~UMWS_GPU_FENCE_FLAG_INTERRUPT) != 0) {
            return UMWS_GPU_FAULT_BAD_ARGUMENT;
        }
        uint32_t f = umws_write_u64(q, p.FenceGpuVa, p.Value, fault_va);
        if (f == UMWS_GPU_FAULT_NONE) {
            UMWS_TRACE(UMWS_TRACE_FW_FENCE_WRITTEN, 0, q->trace_id, p.Value, p.FenceGpuVa);
        }
        if (f == UMWS_GPU_FAULT_NONE && (p.Header.Flags & UMWS_GPU_FENCE_FLAG_INTERRUPT)) {
            umws_engine_post(e, q, DXGK_INTERRUPT_MONITORED_FENCE_SIGNALED, p.Value, 0, 0);
        }
        return f;
    }
    case UMWS_GPU_OP_TIMESTAMP: {
        UMWS_TAKE(UMWS_GPU_PACKET_TIMESTAMP, p);
        return p.Header.Flags != 0 ? UMWS_GPU_FAULT_BAD_ARGUMENT
                                   : umws_write_u64(q, p.GpuVa, umws_plat_now_ns(), fault_va);
    }
    case UMWS_GPU_OP_COPY: {
        UMWS_TAKE(UMWS_GPU_PACKET_COPY, p);
        return p.Header.Flags != 0 ? UMWS_GPU_FAULT_BAD_ARGUMENT : umws_copy(q, &p, fault_va);
    }
    case UMWS_GPU_OP_FILL: {
        UMWS_TAKE(UMWS_GPU_PACKET_FILL, p);
        return p.Header.Flags != 0 ? UMWS_GPU_FAULT_BAD_ARGUMENT : umws_fill(q, &p, fault_va);
    }
    case UMWS_GPU_OP_DELAY: {
        UMWS_TAKE(UMWS_GPU_PACKET_DELAY, p);
        if (p.Header.Flags != 0) {
            return UMWS_GPU_FAULT_BAD_ARGUMENT;
        }
        umws_delay(e, q, p.Nanoseconds);
        return UMWS_GPU_FAULT_NONE;
    }
    case UMWS_GPU_OP_INTERRUPT: {
        UMWS_TAKE(UMWS_GPU_PACKET_INTERRUPT, p);
        if (p.Header.Flags != 0 || p.Padding0 != 0 || p.InterruptType < DXGK_INTERRUPT_DMA_COMPLETED ||
            p.InterruptType > DXGK_INTERRUPT_GPU_ENGINE_STATE_CHANGE) {
            return UMWS_GPU_FAULT_BAD_ARGUMENT;
        }
        umws_engine_post(e, q, p.InterruptType, 0, 0, p.Payload);
        return UMWS_GPU_FAULT_NONE;
    }
    default:
        return UMWS_GPU_FAULT_BAD_OPCODE;
    }
}
