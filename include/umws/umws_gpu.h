/*
 * umws_gpu.h - the emulated GPU: a doorbell BAR, firmware schedulers, a GPU MMU and an
 * interrupt controller. It knows nothing of Windows objects; the emulated OS and KMD drive it.
 *
 *   doorbell BAR  ---- rings ---->  firmware scheduler (one thread per engine)
 *                                      | executes packets from ring buffers through the GPU MMU
 *                                      v
 *                                   interrupt ring --> interrupt thread --> ISR (registered)
 *
 * Every function checks its arguments and returns UMWS_GPU_OK or a negative UMWS_GPU_E*;
 * nothing a caller passes may crash the process. Memory formats: umws_gpu_packets.h.
 */
#ifndef UMWS_GPU_H
#define UMWS_GPU_H

#include <stdint.h>

#include "umws_abi.h"
#include "umws_gpu_packets.h"

enum
{
    UMWS_GPU_OK = 0,
    UMWS_GPU_EINVAL = -1,   /* a bad argument */
    UMWS_GPU_ENOMEM = -2,   /* out of memory, doorbells, queues or address space */
    UMWS_GPU_EBUSY = -3,    /* in use: a mapping pinned by a queue, a doorbell bound */
    UMWS_GPU_ENOENT = -4,   /* no such mapping or doorbell VA */
    UMWS_GPU_ESTATE = -5,   /* not in a state that allows it (not bound, already bound, a kick of an unbound queue) */
    UMWS_GPU_EPLATFORM = -6 /* the operating system refused (mmap, thread creation, ...) */
};

/* Where physical doorbells sit in the BAR (feeds DXGK_USERMODESUBMISSION_CAPS). */
enum
{
    UMWS_GPU_PLACEMENT_DEDICATED_PAGE = 0, /* each doorbell on its own page(s): ceil(size / 4 KiB) of them */
    UMWS_GPU_PLACEMENT_SHARED_PAGE = 1,    /* several per page, 64-byte aligned slots; size <= 2048 */
    UMWS_GPU_PLACEMENT_GLOBAL = 2          /* one doorbell for the engine (ceil(size / 4 KiB) pages);
                                              firmware scans all queues */
};

/* How the firmware notices a ring. */
enum
{
    UMWS_GPU_DETECT_SPIN = 0,    /* polls doorbells without pause (a dedicated core) */
    UMWS_GPU_DETECT_BACKOFF = 1, /* polls for BackoffSpinNs, then sleeps 1 us doubling to BackoffMaxSleepNs */
    UMWS_GPU_DETECT_NOTIFY = 2   /* sleeps until umws_gpu_engine_notify (DxgkDdiNotifyWorkSubmission) */
};

/* Queue states (umws_gpu_queue_state). */
enum
{
    UMWS_GPU_QUEUE_IDLE = 0,     /* created, not bound to a doorbell */
    UMWS_GPU_QUEUE_BOUND = 1,    /* bound: rings on its doorbell run its packets */
    UMWS_GPU_QUEUE_FAULTED = 2,  /* a fault stopped it; only destroy helps */
    UMWS_GPU_QUEUE_RESET = 3     /* its engine was reset; only destroy helps */
};

/* umws_gpu_map flags */
#define UMWS_GPU_MAP_WRITABLE 0x1

#define UMWS_GPU_PAGE_SIZE 4096u /* bytes: doorbell pages, VA reservations */
#define UMWS_GPU_MAX_ENGINES 8
/* The largest DoorbellSizeInBytes, bytes: what DXGK_USERMODESUBMISSION_CAPS may report (16 KiB). */
#define UMWS_GPU_DOORBELL_MAX_BYTES 16384u
/* The largest doorbell CPU VA, pages: UMWS_GPU_DOORBELL_MAX_BYTES rounded up to whole pages. */
#define UMWS_GPU_DBVA_MAX_PAGES 4u

/*
 *   0      4      8      12     16     20     24     28     32         40         48         56
 *   |DbCnt |DbSize|Second|Place |EngCnt|Detect|MaxQ  |IrqEnt|TimeoutNs |BackoffSpin|BackoffMax|
 */
typedef struct UMWS_GPU_CONFIG
{
    uint32_t DoorbellCount;        /* physical doorbells, 1..4096 (GLOBAL: 1) */
    uint32_t DoorbellSizeInBytes;  /* 8..UMWS_GPU_DOORBELL_MAX_BYTES, a power of two; above 4096 a
                                      doorbell spans size / 4096 consecutive BAR pages; SHARED_PAGE
                                      allows at most 2048 (umws_gpu_create: UMWS_GPU_EINVAL) */
    uint32_t SecondaryDoorbells;   /* 1: each doorbell has a secondary address as well, laid out after
                                      all primaries; a ring on either runs the bound queue */
    uint32_t Placement;            /* UMWS_GPU_PLACEMENT_* */
    uint32_t EngineCount;          /* 1..UMWS_GPU_MAX_ENGINES */
    uint32_t DetectMode;           /* UMWS_GPU_DETECT_* */
    uint32_t MaxQueuesPerEngine;   /* bound queues per engine, 1..65536 */
    uint32_t InterruptRingEntries; /* a power of two, 16..65536 */
    uint64_t EngineTimeoutNs;      /* one packet busier than this: GPU_ENGINE_TIMEOUT; 0 = never */
    uint64_t BackoffSpinNs;        /* BACKOFF: how long to poll before sleeping */
    uint64_t BackoffMaxSleepNs;    /* BACKOFF: the longest sleep */
} UMWS_GPU_CONFIG;

/*
 * What a queue runs on. Every VA is in the queue's GPU VA space; ring and control are pinned
 * (cannot be unmapped) while the queue exists.
 *   0          8            16         24               32              40      44
 *   | RingVa   | RingBytes  | ControlVa| ProgressFenceVa| LastQueuedVa  |Engine |QueueId|
 */
typedef struct UMWS_GPU_QUEUE_DESC
{
    uint64_t RingGpuVa;          /* 8-byte aligned */
    uint64_t RingSizeInBytes;    /* a power of two, UMWS_GPU_RING_MIN_BYTES..UMWS_GPU_RING_MAX_BYTES */
    uint64_t ControlGpuVa;       /* UMWS_GPU_RING_CONTROL, 64-byte aligned, writable */
    uint64_t ProgressFenceGpuVa; /* 0, or where fault records take the last completed value from */
    uint64_t LastQueuedGpuVa;    /* 0, or the UMD's last-queued value: checked to be mapped at create;
                                    the firmware never reads it (the OS does, for idle and TDR) */
    uint32_t Engine;
    uint32_t QueueId;            /* the driver's id, echoed in interrupt records */
} UMWS_GPU_QUEUE_DESC;

/* Counters of one engine (umws_gpu_engine_stats), all since creation. */
typedef struct UMWS_GPU_ENGINE_STATS
{
    uint64_t Scans;          /* doorbell scans */
    uint64_t RingsSeen;      /* doorbell changes noticed */
    uint64_t Packets;        /* packets executed */
    uint64_t Faults;         /* queues faulted */
    uint64_t Timeouts;       /* GPU_ENGINE_TIMEOUT raised */
    uint64_t Wakeups;        /* sleeps ended (BACKOFF, NOTIFY) */
} UMWS_GPU_ENGINE_STATS;

typedef struct umws_gpu umws_gpu;
typedef struct umws_gpu_vaspace umws_gpu_vaspace;
typedef struct umws_gpu_queue umws_gpu_queue;

/*
 * The ISR, called on the interrupt thread with the message number it was registered with.
 * Never re-entered. Returns 1 when it claimed the interrupt. It pops records with
 * umws_gpu_irq_pop; records it leaves make the thread call it again.
 */
typedef uint8_t (*umws_gpu_isr_fn)(void *context, uint32_t message_number);

/* ---- Device ------------------------------------------------------------------------------ */
UMWS_API int32_t umws_gpu_config_default(UMWS_GPU_CONFIG *config);
UMWS_API int32_t umws_gpu_create(const UMWS_GPU_CONFIG *config, umws_gpu **out);
/* The configuration the GPU was created with (what a driver reads its doorbell count and placement from). */
UMWS_API int32_t umws_gpu_config_get(umws_gpu *gpu, UMWS_GPU_CONFIG *out);
/* Stops every thread and frees everything, queues and VA spaces included. NULL is a no-op. */
UMWS_API void umws_gpu_destroy(umws_gpu *gpu);

/* ---- Doorbell BAR ------------------------------------------------------------------------ */
UMWS_API void *umws_gpu_bar_base(umws_gpu *gpu);
UMWS_API uint64_t umws_gpu_bar_size(umws_gpu *gpu);
/*
 * Byte offset of a physical doorbell in the BAR, or UINT64_MAX for a bad index. With P pages per
 * doorbell (ceil(DoorbellSizeInBytes / 4096)) and N primary pages in all:
 *   DEDICATED_PAGE: primary i at i * P * 4096, secondary i at N * 4096 + i * P * 4096
 *   SHARED_PAGE:    primary i at (i / n) * 4096 + (i % n) * stride, n = 4096 / stride,
 *                   stride = max(DoorbellSizeInBytes, 64); secondary i N * 4096 after it
 *   GLOBAL:         the primary at 0, the secondary at P * 4096
 */
UMWS_API uint64_t umws_gpu_doorbell_offset(umws_gpu *gpu, uint32_t index, uint32_t secondary);

/* Queues bound to physical doorbells now (a global doorbell counts each of its queues). */
UMWS_API uint32_t umws_gpu_doorbells_bound(umws_gpu *gpu);
/* The same, for the queues of one engine. */
UMWS_API uint32_t umws_gpu_engine_bound(umws_gpu *gpu, uint32_t engine);

/*
 * Doorbell CPU VAs, stable from reserve to release: the OS's remap. reserve takes 'pages'
 * (1..UMWS_GPU_DBVA_MAX_PAGES; Windows sizes a doorbell VA as DoorbellSizeInBytes rounded up to
 * whole pages) and maps dummy pages there; connect maps, at the same VA, the BAR page that holds
 * physical doorbell 'index' (its secondary when 'secondary' is 1) and the pages after it, 'pages'
 * in all (ring at va + doorbell_offset % UMWS_GPU_PAGE_SIZE; UMWS_GPU_EINVAL when they would run
 * past the BAR's end); disconnect maps dummy pages over the whole VA, so a late ring lands
 * nowhere; release unmaps it all. A store racing a remap never faults (see README: Windows scheme).
 * Errors: EINVAL (bad argument or range), ENOENT (no such VA), EPLATFORM (the OS refused).
 */
UMWS_API int32_t umws_gpu_dbva_reserve(umws_gpu *gpu, uint32_t pages, void **va);
UMWS_API int32_t umws_gpu_dbva_connect(umws_gpu *gpu, void *va, uint32_t index, uint32_t secondary);
UMWS_API int32_t umws_gpu_dbva_disconnect(umws_gpu *gpu, void *va);
UMWS_API int32_t umws_gpu_dbva_release(umws_gpu *gpu, void *va);

/* ---- GPU MMU: one VA space per emulated process ------------------------------------------ */
UMWS_API int32_t umws_gpu_vaspace_create(umws_gpu *gpu, umws_gpu_vaspace **out);
/* EBUSY while a queue uses it. */
UMWS_API int32_t umws_gpu_vaspace_destroy(umws_gpu_vaspace *space);
/* Maps [gpu_va, gpu_va + size) onto host memory; ranges may not overlap; VA 0 is never mapped. */
UMWS_API int32_t umws_gpu_map(umws_gpu_vaspace *space, uint64_t gpu_va, void *host, uint64_t size, uint32_t flags);
/* EBUSY while the mapping is pinned by a queue's ring or control. */
UMWS_API int32_t umws_gpu_unmap(umws_gpu_vaspace *space, uint64_t gpu_va);

/* ---- Queues -------------------------------------------------------------------------------- */
UMWS_API int32_t umws_gpu_queue_create(umws_gpu *gpu, umws_gpu_vaspace *space, const UMWS_GPU_QUEUE_DESC *desc,
                                       umws_gpu_queue **out);
/* Binds the queue to a free physical doorbell of its engine (resets the doorbell, and its
 * secondary when configured, to 0). */
UMWS_API int32_t umws_gpu_queue_bind(umws_gpu_queue *queue, uint32_t doorbell_index);
/* Unbinds; safe while the firmware runs the queue: returns after it has let go. */
UMWS_API int32_t umws_gpu_queue_unbind(umws_gpu_queue *queue);
/* Suspended queues keep their doorbell; rings are remembered and run on resume. */
UMWS_API int32_t umws_gpu_queue_suspend(umws_gpu_queue *queue, uint32_t suspended);
/*
 * The KMD's kick: the engine's firmware runs the queue up to its current WritePointer at its next
 * scan, exactly as if its doorbell had rung, with no doorbell store, and is woken (as by
 * umws_gpu_engine_notify). Why: a KMD taking a doorbell from a queue (victimization) first has the
 * UMD's doorbell VA moved to the dummy page and only then writes DISCONNECTED_RETRY, so a UMD may
 * ring into the dummy page while still reading CONNECTED; kicking the victim before draining it
 * strands none of that work. A suspended queue (or engine) keeps the kick as a remembered ring.
 * The kick pairs with the UMD's release of WritePointer through the caller: a WritePointer
 * published before the call (happens-before) is run. UMWS_GPU_ESTATE, doing nothing, when the
 * queue is not BOUND (never bound, unbound, faulted, reset); UMWS_GPU_EINVAL for NULL.
 */
UMWS_API int32_t umws_gpu_queue_kick(umws_gpu_queue *queue);
UMWS_API int32_t umws_gpu_queue_state(umws_gpu_queue *queue);
/* 1 when the firmware has run everything published (ReadPointer == WritePointer), 0 when not. */
UMWS_API int32_t umws_gpu_queue_idle(umws_gpu_queue *queue);
/* Unbinds if needed and frees. NULL is a no-op. */
UMWS_API void umws_gpu_queue_destroy(umws_gpu_queue *queue);

/* ---- Engines ------------------------------------------------------------------------------- */
UMWS_API int32_t umws_gpu_engine_suspend(umws_gpu *gpu, uint32_t engine, uint32_t suspended);
/* Wakes a NOTIFY (or sleeping BACKOFF) firmware to scan its doorbells. */
UMWS_API int32_t umws_gpu_engine_notify(umws_gpu *gpu, uint32_t engine);
/* Stops the packet in flight and moves every queue on the engine to UMWS_GPU_QUEUE_RESET. */
UMWS_API int32_t umws_gpu_engine_reset(umws_gpu *gpu, uint32_t engine);
UMWS_API int32_t umws_gpu_engine_stats(umws_gpu *gpu, uint32_t engine, UMWS_GPU_ENGINE_STATS *out);

/* ---- Interrupts ----------------------------------------------------------------------------- */
/* Registers (or with isr NULL, removes) the ISR; returns once no call of the old one runs. */
UMWS_API int32_t umws_gpu_set_isr(umws_gpu *gpu, umws_gpu_isr_fn isr, void *context, uint32_t message_number);
/*
 * Makes the GPU's interrupt thread poll for spin_ns after each delivery (and before its first
 * sleep) instead of sleeping on its condition variable at once; 0 (the default) sleeps at once.
 * Models an interrupt line serviced by a polling core; the interrupt-path matrix uses it so that
 * a futex wake (20-80 us on a VM) does not hide the ISR's own cost.
 */
UMWS_API int32_t umws_gpu_set_interrupt_spin(umws_gpu *gpu, uint64_t spin_ns);
/* Pops the oldest cause record: 1 popped, 0 none left, negative on a bad argument. */
UMWS_API int32_t umws_gpu_irq_pop(umws_gpu *gpu, UMWS_GPU_IRQ_RECORD *out);
/*
 * 1 when cause records wait to be popped, 0 when none, negative on a bad argument. Takes no lock:
 * the cheap check of a thread that polls the interrupt ring instead of registering an ISR.
 */
UMWS_API int32_t umws_gpu_irq_pending(umws_gpu *gpu);
/* Records lost because the interrupt ring was full (the ISR fell behind). */
UMWS_API uint64_t umws_gpu_irq_overflows(umws_gpu *gpu);
/* Calls of the registered ISR so far (deliveries coalesce: one call may take many records). */
UMWS_API uint64_t umws_gpu_isr_calls(umws_gpu *gpu);
/* Pins the GPU's firmware threads (one per engine) to CPU firmware_cpu and its interrupt thread
   to CPU interrupt_cpu (0-based; -1 leaves that thread unpinned), so that a measurement's threads
   neither migrate nor share a CPU. 0 when every asked pin took; UMWS_GPU_EPLATFORM where the
   OS cannot pin (macOS) or refuses a CPU. */
UMWS_API int32_t umws_gpu_pin_threads(umws_gpu *gpu, int32_t firmware_cpu, int32_t interrupt_cpu);

#endif /* UMWS_GPU_H */
