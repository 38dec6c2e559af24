/*
 * umd_example_internal.h - what the example UMD's two files share (native/umd_example): its queue
 * and run state, and the steps umws_umd_example_run and umws_umd_example_time are made of. Not
 * exported: the library builds with hidden visibility, and only the two entry points of
 * include/umws/umws_umd_example.h leave it.
 */
#ifndef UMWS_UMD_EXAMPLE_INTERNAL_H
#define UMWS_UMD_EXAMPLE_INTERNAL_H

#include "umws/d3dkmthk.h"
#include "umws/umws_gpu_packets.h"
#include "umws/umws_umd_example.h"

#if !defined(__GNUC__)
#error "umd_example uses the GNU C atomic builtins: build it with gcc or clang (MinGW-w64 on Windows)"
#endif

/* One fence packet: WRITE_FENCE is 24 bytes, and a NOP padding the ring's tail is shorter. */
#define FENCE_BYTES ((uint64_t)sizeof(UMWS_GPU_PACKET_WRITE_FENCE))

typedef struct example_queue
{
    D3DKMT_HANDLE hRing;                /* allocations: ring buffer and ring control */
    D3DKMT_HANDLE hControl;
    D3DKMT_HANDLE hQueue;
    D3DKMT_HANDLE hDoorbell;            /* G2 only: what connect, notify and destroy name */
    D3DKMT_HANDLE hFence;               /* the queue's progress fence, for the CPU wait */
    uint32_t Index;
    uint8_t *Ring;                      /* the ring allocation's CPU view */
    uint64_t RingSizeInBytes;           /* a power of two */
    UMWS_GPU_RING_CONTROL *Control;     /* the control allocation's CPU view */
    uint64_t *Doorbell;                 /* the 64-bit slot at the doorbell VA (G3: from the last connect) */
    const uint64_t *Status;             /* the status page, read-only: low 32 bits D3DDDI_DOORBELLSTATUS */
    uint64_t *LastQueued;               /* the last-queued value (G2/G3); NULL in G1, which has none */
    const uint64_t *ProgressFence;      /* the progress fence's CPU view, read-only */
    uint64_t ProgressFenceGpuVa;        /* where the WRITE_FENCE packets store */
    uint64_t WritePointer;              /* bytes written since creation; only this thread writes it */
    uint64_t LastSubmitted;             /* the last fence value queued */
} example_queue;

typedef struct example_run
{
    UMWS_UMD_EXAMPLE_ARGS Args;         /* the caller's arguments, read once */
    UMWS_UMD_EXAMPLE_RESULT *Result;
    D3DKMT_HANDLE hAdapter;
    D3DKMT_HANDLE hDevice;
    D3DKMT_HANDLE hContext;
    example_queue *Queues;
} example_run;

static inline void example_cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

/* Records the run's first failure (later ones follow from it) and returns 'status'. */
NTSTATUS example_fail(example_run *run, NTSTATUS status, uint32_t call, uint32_t queue);

/*
 * Clears *result, checks *args, then opens the adapter, creates the device and context and every
 * queue, each connected once. Anything other than STATUS_SUCCESS is in *result already; either
 * way example_finish follows.
 */
NTSTATUS example_start(example_run *run, const UMWS_UMD_EXAMPLE_ARGS *args, UMWS_UMD_EXAMPLE_RESULT *result);

/* One batch of 'count' fences on one queue, from packets to the status read that ends it. */
NTSTATUS example_submit_batch(example_run *run, example_queue *q, uint32_t count);

/*
 * After a successful start and submissions ('status' STATUS_SUCCESS): the CPU waits for every
 * queue's last fence; then, whatever happened, the teardown. Returns the run's first failure.
 */
NTSTATUS example_finish(example_run *run, NTSTATUS status);

#endif /* UMWS_UMD_EXAMPLE_INTERNAL_H */
