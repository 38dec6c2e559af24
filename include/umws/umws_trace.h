/*
 * umws_trace.h - the recorder: fixed-size events on the one monotonic clock (umws_plat_now_ns,
 * CLOCK_MONOTONIC on POSIX, which System.nanoTime also reads on Linux), written without locks into
 * per-thread buffers of native memory by the C side (firmware, interrupt thread, C UMD, bench rigs)
 * and the Java side (dev.umws.trace.Trace: UMD, OS, KMD DDIs, DPC thread). Off by default; off, a
 * traced site costs one relaxed load of a global flag and one predictable branch, no call, no store.
 *
 * One event, 32 bytes, little-endian as the machine is:
 *
 *   0        8      10     12       16               24               32
 *   +--------+------+------+--------+----------------+----------------+
 *   | Time   | Type | Aux  | Queue  | Fence          | Arg            |
 *   | u64 ns | u16  | u16  | u32    | u64            | u64            |
 *   +--------+------+------+--------+----------------+----------------+
 *
 * Time: umws_plat_now_ns when the event happened. Queue: the trace queue id (umws_trace_queue_id),
 * 0 for none. Aux/Fence/Arg: what each UMWS_TRACE_* type says below.
 *
 * Threads: each writing thread owns a UMWS_TRACE_THREAD record (allocated on its first event while
 * tracing is on, kept for the life of the process so that a late writer never touches freed
 * memory: 128 bytes per thread that ever wrote) and, per session, one UMWS_TRACE_BUFFER with room
 * for the session's events per thread. A full buffer counts what it could not keep (Dropped).
 *
 * Memory ordering, writer against umws_trace_discard (a Dekker pair):
 *   writer:  Writing = 1 (seq_cst); load On (seq_cst); if on: event, Count (release); Writing = 0 (release)
 *   discard: On = 0 (seq_cst); for each thread record: wait until Writing == 0 (seq_cst load); free buffers
 * Either the writer sees On == 0 and touches no buffer, or discard sees Writing == 1 and waits.
 * Readers (the exporter) load Count with acquire: the events below it are complete.
 */
#ifndef UMWS_TRACE_H
#define UMWS_TRACE_H

#include <stdint.h>

#include "umws_abi.h"

typedef struct UMWS_TRACE_EVENT
{
    uint64_t Time;  /* ns, monotonic */
    uint16_t Type;  /* UMWS_TRACE_* */
    uint16_t Aux;   /* small argument: opcode, interrupt type, name id, engine, reason */
    uint32_t Queue; /* trace queue id, 0 for none */
    uint64_t Fence; /* fence value, or a first argument */
    uint64_t Arg;   /* a second argument */
} UMWS_TRACE_EVENT;

/* Which track a buffer is drawn on (the trace-event format's pid). */
enum
{
    UMWS_TRACE_PID_HOST = 1, /* CPU threads: UMD, OS thunks, DPC thread, OS worker, KMD */
    UMWS_TRACE_PID_GPU = 2   /* firmware engines and the interrupt thread */
};

#define UMWS_TRACE_NAME_BYTES 48u

/*
 * One session's events of one thread. Count, Dropped: owner only (Count release-stored after its
 * event, so a reader's acquire load of it sees complete events). Capacity, Pid, Tid, Name: set at
 * registration, before the owner sees the buffer; constant after.
 */
typedef struct UMWS_TRACE_BUFFER
{
    uint64_t Count;    /* events written */
    uint64_t Dropped;  /* events lost to a full buffer */
    uint64_t Capacity; /* events that fit */
    uint32_t Pid;      /* UMWS_TRACE_PID_* */
    uint32_t Tid;      /* 1, 2, ... in order of registration within the session */
    char Name[UMWS_TRACE_NAME_BYTES];
    UMWS_TRACE_EVENT *Events;        /* [Capacity] */
    struct UMWS_TRACE_BUFFER *Next;  /* in the session's list (registry lock) */
} UMWS_TRACE_BUFFER;

/*
 * A writing thread: Writing is the owner's half of the Dekker pair above (seq_cst store of 1,
 * release store of 0); Buffer and Session: owner's, set under the registry lock; cleared by
 * discard only while Writing is 0 and tracing is off.
 */
typedef struct UMWS_TRACE_THREAD
{
    uint32_t Writing;
    uint32_t Pid;
    UMWS_TRACE_BUFFER *Buffer;
    uint64_t Session;
    char Name[UMWS_TRACE_NAME_BYTES];
    struct UMWS_TRACE_THREAD *Next; /* in the list of every record (registry lock) */
    uint64_t Padding0[6];           /* to 128 bytes: two records never share a cache line pair */
} UMWS_TRACE_THREAD;

/* Event types. Aux / Queue / Fence / Arg per type. */
enum
{
    /* firmware (engine threads, pid GPU) */
    UMWS_TRACE_FW_NOTICE = 1,        /* a ring (or kick) noticed: Aux engine; Queue; Arg the write pointer then, bytes */
    UMWS_TRACE_FW_PACKET_BEGIN = 2,  /* Aux opcode; Queue; Fence the value of a WRITE_FENCE, else 0; Arg read pointer, bytes */
    UMWS_TRACE_FW_PACKET_END = 3,    /* Aux opcode; Queue; Arg UMWS_GPU_FAULT_* */
    UMWS_TRACE_FW_FENCE_WRITTEN = 4, /* Queue; Fence value; Arg fence GPU VA */
    UMWS_TRACE_FW_FAULT = 5,         /* Aux UMWS_GPU_FAULT_*; Queue; Fence last completed; Arg faulting VA */
    UMWS_TRACE_IRQ_RAISED = 6,       /* Aux DXGK_INTERRUPT_TYPE; Queue; Fence; Arg payload */
    /* interrupt thread (pid GPU) */
    UMWS_TRACE_ISR_ENTER = 7,        /* Arg message number */
    UMWS_TRACE_ISR_LEAVE = 8,        /* Arg 1 when the ISR returned TRUE (unknown here: 0) */
    UMWS_TRACE_IRQ_TAKEN = 9,        /* the ISR popped a record: Aux type; Queue; Fence */
    /* identities and counters (any thread) */
    UMWS_TRACE_GPU_QUEUE = 10,       /* a GPU queue created: Aux engine; Queue; Fence the driver's QueueId; Arg progress fence GPU VA */
    UMWS_TRACE_COUNTER = 11,         /* Aux UMWS_TRACE_COUNTER_*; Queue (ring fill); Arg value */
    /* UMD (its thread, pid host) */
    UMWS_TRACE_UMD_RING = 12,        /* the write pointer published: Queue; Fence the submission's value; Arg write pointer, bytes */
    UMWS_TRACE_UMD_DOORBELL = 13,    /* the doorbell store: Queue; Fence last submitted; Arg value stored */
    UMWS_TRACE_UMD_STATUS = 14,      /* the status read after a ring: Queue; Fence last submitted; Arg status */
    /* Java: thunks, DDIs, callbacks (Aux: a name id of dev.umws.trace.Names) */
    UMWS_TRACE_CALL_ENTER = 15,      /* Aux name; Queue; Fence */
    UMWS_TRACE_CALL_LEAVE = 16,      /* Aux name; Queue; Arg NTSTATUS (0 for void calls) */
    UMWS_TRACE_DPC_QUEUED = 17,      /* Arg 1 queued, 0 one was already pending */
    UMWS_TRACE_DPC_BEGIN = 18,
    UMWS_TRACE_DPC_END = 19,
    UMWS_TRACE_WAITER_WOKEN = 20,    /* Queue; Fence the value waited for; Arg the value seen */
    UMWS_TRACE_OS_STATUS = 21,       /* the OS wrote a status slot: Queue; Arg D3DDDI_DOORBELLSTATUS */
    UMWS_TRACE_OS_VA_ROTATED = 22,   /* a doorbell VA remapped: Queue; Arg physical doorbell, or 0xFFFFFFFF for the dummy page */
    UMWS_TRACE_OS_VICTIM = 23,       /* a victimization: Aux reason; Queue the victim; Arg the new owner's queue (0 unknown) */
    UMWS_TRACE_OS_F_STATE = 24,      /* Aux engine; Arg 0 (F0) or 1 (F1) */
    UMWS_TRACE_OS_D_STATE = 25,      /* Arg 0 (D0) or 3 (D3) */
    UMWS_TRACE_OS_TDR = 26,          /* Aux engine */
    UMWS_TRACE_TYPE_COUNT = 27
};

/* UMWS_TRACE_COUNTER kinds. */
enum
{
    UMWS_TRACE_COUNTER_BOUND_QUEUES = 1,   /* queues bound to a physical doorbell, GPU-wide */
    UMWS_TRACE_COUNTER_FREE_DOORBELLS = 2, /* physical doorbells with no queue bound */
    UMWS_TRACE_COUNTER_RING_FILL = 3       /* bytes queued and not yet read by the GPU, per queue */
};

/* Events per thread a session keeps when the caller asks for 0: 2^20 (32 MiB of address space per
   thread, committed page by page as it fills). */
#define UMWS_TRACE_DEFAULT_EVENTS (1u << 20)

/* Starts a session (discarding a stopped earlier one): 0, or UMWS_GPU_ESTATE-like -5 while one runs. */
UMWS_API int32_t umws_trace_start(uint64_t events_per_thread);
/* Stops writing (On = 0). The buffers stay readable until umws_trace_discard. */
UMWS_API void umws_trace_stop(void);
/* Frees the stopped session's buffers, after every writer in flight has left. */
UMWS_API void umws_trace_discard(void);
/* 1 while a session records. */
UMWS_API uint32_t umws_trace_enabled(void);
/* The session's buffers in order of registration: copies up to max pointers, returns how many exist. */
UMWS_API uint32_t umws_trace_buffers(UMWS_TRACE_BUFFER **out, uint32_t max);

/* The calling C thread's track: pid and name for the buffers it registers from now on. */
UMWS_API void umws_trace_thread_name(uint32_t pid, const char *name);
/* Records an event on the calling thread (no-op when off). Hot C paths use UMWS_TRACE (trace.h). */
UMWS_API void umws_trace_emit(uint16_t type, uint16_t aux, uint32_t queue, uint64_t fence, uint64_t arg);

/* The calling OS thread's own record (the one umws_trace_emit uses), made with pid and name if the
   thread has none yet (a name given by umws_trace_thread_name wins): a Java platform thread shares
   it with the C code it calls, so that both draw on one track. NULL without memory. */
UMWS_API UMWS_TRACE_THREAD *umws_trace_thread_current(uint32_t pid, const char *name);
/* The switch itself, for a writer in another language (Java reads it seq_cst for the Dekker pair). */
UMWS_API const uint32_t *umws_trace_switch(void);
/* A record for a writer that is not tied to the calling OS thread (a Java virtual thread): NULL without memory. */
UMWS_API UMWS_TRACE_THREAD *umws_trace_thread_new(uint32_t pid, const char *name);
/* The record's buffer for the current session, registering one: NULL when off or without memory. */
UMWS_API UMWS_TRACE_BUFFER *umws_trace_thread_buffer(UMWS_TRACE_THREAD *t);

/*
 * The trace queue id of the queue whose progress fence (or, for a queue without one, ring
 * control) lives at host address 'key': small numbers from 1, one per queue. fresh 1 (the OS
 * creating the fence) always hands out a new id for the address, since memory is reused after a
 * queue is destroyed; fresh 0 looks it up, handing out one when the address is unknown.
 */
UMWS_API uint32_t umws_trace_queue_id(const void *key, uint32_t fresh);

/* The recorder's cost (trace_bench.c): 'threads' (1..8) C threads record 'events' each; returns the
   slowest thread's ns (-1 when refused, or while a session records), with the events kept and
   dropped. umws_trace_bench_off: ns for 'sites' traced sites while tracing is off. */
UMWS_API int64_t umws_trace_bench(uint64_t events, uint32_t threads, uint64_t *kept, uint64_t *dropped);
UMWS_API int64_t umws_trace_bench_off(uint64_t sites);

/* sizeof and offsetof of the recorder's structures for the Java side's check: writes up to n values
   (see trace.c for the order), returns how many there are. */
UMWS_API uint32_t umws_trace_layout(uint64_t *out, uint32_t n);

#endif /* UMWS_TRACE_H */
