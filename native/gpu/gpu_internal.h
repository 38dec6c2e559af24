/*
 * gpu_internal.h - the emulated GPU's state, shared by its blocks: bar.c (doorbells and
 * doorbell VAs), mmu.c (GPU VA spaces), queue.c (queues and binding), firmware.c (one
 * scheduler thread per engine), packets.c (packet execution) and intc.c (interrupt ring and
 * interrupt thread). gpu.c creates and destroys the whole device.
 */
#ifndef UMWS_GPU_INTERNAL_H
#define UMWS_GPU_INTERNAL_H

#include "platform/platform.h"
#include "trace/trace.h"
#include "umws/d3dkmddi.h"
#include "umws/umws_gpu.h"

/* ---- GPU MMU --------------------------------------------------------------------------------- */
typedef struct umws_mapping
{
    uint64_t va;     /* first GPU VA */
    uint64_t size;   /* bytes */
    uint8_t *host;
    uint32_t flags;  /* UMWS_GPU_MAP_* */
    uint32_t pins;   /* queues whose ring or control lives here */
} umws_mapping;

struct umws_gpu_vaspace
{
    umws_gpu *gpu;
    umws_plat_mutex lock;   /* guards maps, count, queues; held across every access */
    umws_mapping *maps;     /* sorted by va, non-overlapping */
    uint32_t count;
    uint32_t capacity;
    uint32_t queues;        /* queues created on this space */
    umws_gpu_vaspace *next; /* in gpu->spaces */
};

/* Translates [va, va + size) to host memory in one mapping; NULL when it is not mapped (or not
 * writable when write). Call with space->lock held. */
uint8_t *umws_mmu_translate_locked(umws_gpu_vaspace *space, uint64_t va, uint64_t size, int write);
umws_mapping *umws_mmu_find_locked(umws_gpu_vaspace *space, uint64_t va, uint64_t size);

/* ---- Queues ---------------------------------------------------------------------------------- */
struct umws_gpu_queue
{
    umws_gpu *gpu;
    umws_gpu_vaspace *space;
    UMWS_GPU_QUEUE_DESC desc;
    uint8_t *ring;                      /* pinned host view of the ring */
    UMWS_GPU_RING_CONTROL *control;     /* pinned host view of ring control */
    uint64_t read_pointer;              /* firmware's copy; published to control->ReadPointer */
    uint32_t state;                     /* UMWS_GPU_QUEUE_*: release by its writer, acquire by readers */
    uint32_t doorbell;                  /* bound physical doorbell (valid when BOUND) */
    uint32_t slot;                      /* index in its engine's bound[] and scan[] */
    uint32_t suspended;                 /* 1: rings are remembered, not run */
    uint32_t pending;                   /* firmware only: a ring arrived while suspended */
    uint32_t kicked;                    /* 1: kicked, not yet taken; release store by kick (and 0 by
                                           bind), acquire exchange by the firmware */
    uint32_t stop;                      /* set by unbind/reset: leave the queue at the next packet */
    uint32_t in_slot;                   /* under gpu->lock: bound, its scan[] slot published */
    uint32_t trace_id;                  /* trace queue id (umws_trace_queue_id), set at creation */
    umws_gpu_queue *next;               /* in gpu->queues */
};

/* ---- Engines (firmware.c) ------------------------------------------------------------------- */
/*
 * What the firmware reads of one bound slot on every scan, kept dense so that an idle queue
 * costs one load from its doorbell and one compare (firmware.c explains the scan):
 *
 *   scan[] (16 bytes per slot, 4 per cache line)   scan2[] (secondaries only)    bound[]
 *   +-------------+-------------+                   +-------------+-----------+  +---------+
 *   | src         | last_seen   |  slot 0           | src2        | last_seen |  | queue * |
 *   | src         | last_seen   |  slot 1           | src2        | last_seen |  | queue * |
 *   | NULL        | (stale)     |  slot 2: empty    | (stale)     | (stale)   |  | NULL    |
 *
 * src: where the slot's doorbell is read (the BAR slot; the connected VA with the Win32 scheme),
 * NULL while the slot is empty. Written under gpu->lock: release by bind (after bound[slot],
 * last_seen and the slot's scan2 entry), seq_cst NULL by unbind (before umws_engine_quiesce),
 * seq_cst by a Win32 connect or disconnect that moves it; acquire by the firmware.
 * last_seen: firmware only, except that bind resets it while the slot is empty and quiesced.
 * scan2[] exists only when the GPU has secondary doorbells: the same pair for the slot's
 * secondary, read by the firmware only after it found the slot's src non-NULL (so bind's
 * release of src publishes it); a scan of a GPU without secondaries never touches it.
 */
typedef struct umws_scan_slot
{
    uint64_t *src;
    uint64_t last_seen;
} umws_scan_slot;

typedef struct umws_engine
{
    umws_gpu *gpu;
    uint32_t index;
    umws_plat_thread thread;
    umws_plat_mutex lock;          /* guards sleeping, binding changes, and unbind waits */
    umws_plat_cond wake;           /* firmware sleeps on it (BACKOFF, NOTIFY) */
    umws_plat_cond idle;           /* unbind waits on it for scan_seq to move */
    uint32_t stopping;             /* release by destroy, acquire by firmware */
    uint32_t notified;             /* release by notify, acquire by firmware */
    uint32_t kicks;                /* kicks so far: release add by umws_gpu_queue_kick (after the
                                      queue's kicked flag), acquire load by the firmware once a scan */
    uint32_t kicks_seen;           /* firmware only: kicks at the last scan; a change forces a slow pass */
    uint32_t suspended;
    uint32_t abort_packet;         /* release by reset, acquire inside DELAY */
    uint64_t scan_seq;             /* seq_cst: odd while the firmware holds queue pointers */
    uint64_t waiters;              /* threads in umws_engine_quiesce (atomic) */
    uint64_t global_last;          /* firmware only: GLOBAL doorbell value last noticed */
    uint64_t global_last2;         /* firmware only: the same, for the GLOBAL secondary doorbell */
    umws_gpu_queue **bound;        /* [MaxQueuesPerEngine]; non-NULL from bind until unbind has quiesced
                                      (the slot is not reused before); release by bind/unbind, acquire
                                      by firmware */
    umws_scan_slot *scan;          /* [MaxQueuesPerEngine], see umws_scan_slot */
    umws_scan_slot *scan2;         /* [MaxQueuesPerEngine] with secondary doorbells, else NULL */
    uint32_t bound_high;           /* slots in use are below this; release by bind/unbind */
    uint32_t pending_queues;       /* firmware only: bound queues left with a remembered ring */
    uint32_t backwards;            /* firmware only: the last idle pass walked the slots top down */
    uint32_t idle_kind;            /* the idle pass this GPU's tuning asks for (firmware.c) */
    UMWS_GPU_ENGINE_STATS stats;   /* written by the firmware only */
} umws_engine;

int umws_engine_start(umws_gpu *gpu, umws_engine *e, uint32_t index);
void umws_engine_stop(umws_engine *e);
/* Waits until the firmware of e holds no queue pointer it loaded before this call. */
void umws_engine_quiesce(umws_engine *e);

/* Runs a bound queue's packets up to its WritePointer (firmware thread, or a test/fuzz driver
 * while the firmware sleeps). */
void umws_queue_run(umws_engine *e, umws_gpu_queue *q);

/* ---- Packets (packets.c) --------------------------------------------------------------------- */
/* Executes one packet; returns UMWS_GPU_FAULT_NONE or the fault, with *fault_va for page faults. */
uint32_t umws_packet_execute(umws_engine *e, umws_gpu_queue *q, const uint8_t *packet, uint32_t length,
                             uint64_t *fault_va);

/* ---- Interrupt controller (intc.c) ------------------------------------------------------------ */
typedef struct umws_intc
{
    umws_plat_mutex lock;         /* guards everything below */
    umws_plat_cond cond;
    UMWS_GPU_IRQ_RECORD *ring;
    uint32_t mask;                /* entries - 1 */
    uint64_t head;                /* next record to pop */
    uint64_t tail;                /* next record to push */
    uint64_t overflows;
    uint64_t isr_calls;           /* ISR calls made (a call may take many records) */
    uint32_t asserted;            /* the line is asserted: call the ISR */
    uint32_t in_isr;
    uint32_t changing;            /* umws_gpu_set_isr callers waiting: they go before the next call */
    uint32_t stopping;
    umws_gpu_isr_fn isr;
    void *isr_context;
    uint32_t message_number;
    uint64_t spin_ns;             /* poll this long after a wake or a delivery before sleeping */
    uint32_t wake_seq;            /* atomic: bumped (under lock) by everything that wakes the thread */
    uint64_t thread_id;
    umws_plat_thread thread;
    uint32_t *trace_queue;        /* [entries]: the trace queue id of ring[i], stored only while tracing */
} umws_intc;

int umws_intc_start(umws_intc *intc, uint32_t entries);
void umws_intc_stop(umws_intc *intc);
/* trace_queue: the record's queue as the recorder names it (0 for none), kept beside the record
   while tracing so that the ISR's pop can be traced with it. */
void umws_intc_post(umws_intc *intc, const UMWS_GPU_IRQ_RECORD *record, uint32_t trace_queue);

/* ---- Tuning ----------------------------------------------------------------------------------- */
/*
 * How the device lays out and scans its doorbells, fixed at creation. umws_gpu_create takes
 * umws_gpu_tuning_default(); the scan-cost rig (bench_scan.c) and the tests create GPUs with
 * others, so that each mechanism can be measured against the plain scan in the same run.
 */
typedef struct umws_gpu_tuning
{
    uint32_t fold;        /* 1: an idle scan tests blocks of slots with one branch (firmware.c), where
                             the doorbells spread over the caches (umws_gpu_scan_folds) */
    uint32_t alternate;   /* 1: every other idle scan walks the bound slots from the top down */
    uint32_t prefetch;    /* nonzero: an idle scan prefetches the doorbells UMWS_SCAN_PREFETCH_SLOTS
                             slots ahead of its loads */
    uint32_t huge_view;   /* 1: ask the OS for huge pages under the GPU's view of the BAR */
    uint32_t line_spread; /* 1: DEDICATED_PAGE doorbell i at in-page line i % lines (bar.c) */
} umws_gpu_tuning;

/* How far ahead of its loads a prefetching scan asks for doorbells, slots. */
#define UMWS_SCAN_PREFETCH_SLOTS 64u

/* The tuning umws_gpu_create uses: see gpu.c for why each is on or off. */
umws_gpu_tuning umws_gpu_tuning_default(void);
/* umws_gpu_create with a tuning of the caller's choice (the rig, the tests). */
int32_t umws_gpu_create_tuned(const UMWS_GPU_CONFIG *config, const umws_gpu_tuning *tuning, umws_gpu **out);

/* ---- The device -------------------------------------------------------------------------------- */
struct umws_gpu
{
    UMWS_GPU_CONFIG config;
    umws_gpu_tuning tuning;
    umws_plat_bar *bar;
    uint8_t *bar_view;
    uint64_t bar_size;
    uint64_t bar_huge_bytes;           /* of bar_view, mapped by huge pages at creation */
    uint32_t doorbells_per_page;       /* SHARED_PAGE: 4096 / stride; otherwise 1 */
    uint32_t doorbell_pages;           /* pages one doorbell spans: ceil(DoorbellSizeInBytes / 4096) */
    uint32_t doorbell_stride;          /* bytes between doorbells in a shared page; with line_spread,
                                          between the in-page positions of dedicated doorbells */
    uint32_t doorbell_lines;           /* DEDICATED_PAGE with line_spread: in-page positions doorbells
                                          take in turn (4096 / stride); otherwise 1 */
    uint64_t primary_bytes;            /* the primaries' part of the BAR; the secondaries follow */
    uint64_t **doorbell_src;           /* [DoorbellCount]: where the firmware reads each doorbell */
    uint64_t **doorbell_src2;          /* [DoorbellCount]: the same for secondaries, NULL without them */
    umws_gpu_queue **doorbell_owner;   /* [DoorbellCount]: bound queue or NULL (under lock) */
    uint32_t bound_queues;             /* queues bound now (under lock): the recorder's counter */
    umws_plat_mutex lock;              /* guards queues, spaces, doorbell VAs, doorbell_owner */
    umws_gpu_queue *queues;
    umws_gpu_vaspace *spaces;
    struct umws_dbva **dbva_buckets;   /* doorbell VAs by address (bar.c), under lock */
    uint32_t dbva_bucket_count;        /* a power of two; 0 before the first reserve */
    uint32_t dbva_count;
    umws_engine engines[UMWS_GPU_MAX_ENGINES];
    umws_intc intc;
};

/*
 * Whether the idle scan folds its compares (tuning.fold) on this GPU: not over doorbells that all
 * sit at the start of their pages. Every cache indexes a 64-byte line by address bits that are 0
 * in a page-aligned one, so such doorbells share 1/64 of each cache's sets and a scan of many of
 * them waits on memory, not on instructions; there folding saves nothing, and its order within
 * a block (slot by slot upwards even on a pass that walks down) measured slower than the plain
 * walk's strictly monotonic one.
 */
static inline int umws_gpu_scan_folds(const struct umws_gpu *gpu)
{
    return gpu->tuning.fold &&
           !(gpu->config.Placement == UMWS_GPU_PLACEMENT_DEDICATED_PAGE && gpu->doorbell_lines == 1);
}

/* The doorbell 'index' (its secondary when 'secondary') is now read at gpu->doorbell_src[index]
 * (doorbell_src2): its bound slot follows (gpu->lock held). */
void umws_queue_doorbell_moved_locked(umws_gpu *gpu, uint32_t index, uint32_t secondary);
/* Posts a fault record for q and stops it (firmware thread). */
void umws_queue_fault(umws_engine *e, umws_gpu_queue *q, uint32_t fault, uint64_t va);
/* Posts a record about q (or the engine when q is NULL). */
void umws_engine_post(umws_engine *e, umws_gpu_queue *q, uint32_t type, uint64_t fence, uint64_t va,
                      uint64_t payload);
/* Frees what bar.c holds (gpu.c, on destroy). */
void umws_bar_release_all(umws_gpu *gpu);
/* Frees a queue that no thread can see any more (gpu.c, on destroy). */
void umws_queue_free(umws_gpu_queue *q);

#endif /* UMWS_GPU_INTERNAL_H */
