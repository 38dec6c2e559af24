/*
 * trace.c - the recorder (umws_trace.h): the switch, the registry of writing threads and their
 * per-session buffers, the emit path and the trace queue ids. Writers never take a lock to write an
 * event; the registry lock (a spin lock: every holder is on a cold path, a few hundred ns) guards
 * registration, the lists, start/discard and the queue-id table.
 */
#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "trace/trace.h"

uint32_t umws_trace_on;

static uint32_t registry_lock;          /* spin lock: exchange acquire / store release */
static uint64_t session;                /* session number: written under the lock, release; read acquire */
static uint64_t capacity;               /* events per buffer of the current session (under the lock) */
static UMWS_TRACE_THREAD *threads;      /* every record ever made (under the lock; never freed) */
static UMWS_TRACE_BUFFER *buffers;      /* this session's buffers, newest first (under the lock) */
static UMWS_TRACE_BUFFER **buffers_tail = &buffers; /* where the next buffer is linked: registration order */
static uint32_t next_tid;               /* under the lock */

/* Queue ids: open addressing on host addresses, under the lock; grows at half full. */
typedef struct umws_trace_qslot
{
    uint64_t key;
    uint32_t id;
    uint32_t padding0;
} umws_trace_qslot;
static umws_trace_qslot *qtable;
static uint32_t qtable_size; /* a power of two, or 0 */
static uint32_t qtable_used;
static uint32_t next_queue_id;

/* The calling C thread's record and the name it gives its buffers. */
static UMWS_THREAD_LOCAL UMWS_TRACE_THREAD *tls_thread;
static UMWS_THREAD_LOCAL uint32_t tls_pid;
static UMWS_THREAD_LOCAL char tls_name[UMWS_TRACE_NAME_BYTES];

static void umws_trace_lock(void)
{
    while (umws_exchange_acquire_u32(&registry_lock, 1) != 0) {
        umws_plat_cpu_relax();
    }
}

static void umws_trace_unlock(void)
{
    umws_store_release_u32(&registry_lock, 0);
}

/* Bytes mapped for a buffer of 'events': whole huge pages (only the pages written are committed). */
static size_t umws_trace_bytes(uint64_t events)
{
    uint64_t bytes = events * sizeof(UMWS_TRACE_EVENT);
    return (size_t)((bytes + UMWS_PLAT_HUGE_BYTES - 1) / UMWS_PLAT_HUGE_BYTES * UMWS_PLAT_HUGE_BYTES);
}

static void umws_trace_copy_name(char *dst, const char *src)
{
    size_t n = src == NULL ? 0 : strlen(src);
    if (n >= UMWS_TRACE_NAME_BYTES) {
        n = UMWS_TRACE_NAME_BYTES - 1;
    }
    memcpy(dst, src == NULL ? "" : src, n);
    dst[n] = '\0';
}

/* Frees every buffer of the session (lock held, tracing off, no writer inside). */
static void umws_trace_free_buffers_locked(void)
{
    for (UMWS_TRACE_THREAD *t = threads; t != NULL; t = t->Next) {
        umws_store_release_ptr(&t->Buffer, NULL); /* its owner reads it without the lock */
    }
    UMWS_TRACE_BUFFER *b = buffers;
    while (b != NULL) {
        UMWS_TRACE_BUFFER *next = b->Next;
        umws_plat_pages_free(b->Events, umws_trace_bytes(b->Capacity));
        free(b);
        b = next;
    }
    buffers = NULL;
    buffers_tail = &buffers;
}

/* Waits until no writer is inside the emit path (tracing already off, seq_cst). Lock held. */
static void umws_trace_wait_writers_locked(void)
{
    for (UMWS_TRACE_THREAD *t = threads; t != NULL; t = t->Next) {
        /* seq_cst: the other half of the writer's Dekker pair; its 0 is a release store after its
           last buffer access. */
        while (umws_load_seqcst_u32(&t->Writing) != 0) {
            umws_plat_cpu_relax();
        }
    }
}

int32_t umws_trace_start(uint64_t events_per_thread)
{
    if (events_per_thread == 0) {
        events_per_thread = UMWS_TRACE_DEFAULT_EVENTS;
    }
    umws_trace_lock();
    if (umws_load_relaxed_u32(&umws_trace_on)) {
        umws_trace_unlock();
        return -5;
    }
    umws_trace_wait_writers_locked();
    umws_trace_free_buffers_locked();
    capacity = events_per_thread;
    next_tid = 0;
    umws_store_release_u64(&session, session + 1);
    umws_trace_unlock();
    /* seq_cst after the session: a writer that sees On sees the new session (it loads it acquire). */
    umws_store_seqcst_u32(&umws_trace_on, 1);
    return 0;
}

void umws_trace_stop(void)
{
    umws_store_seqcst_u32(&umws_trace_on, 0);
}

void umws_trace_discard(void)
{
    /* The discard's half of the Dekker pair: seq_cst store of Off, then seq_cst loads of Writing. */
    umws_store_seqcst_u32(&umws_trace_on, 0);
    umws_trace_lock();
    umws_trace_wait_writers_locked();
    umws_trace_free_buffers_locked();
    umws_trace_unlock();
}

uint32_t umws_trace_enabled(void)
{
    return umws_load_acquire_u32(&umws_trace_on);
}

uint32_t umws_trace_buffers(UMWS_TRACE_BUFFER **out, uint32_t max)
{
    uint32_t n = 0;
    umws_trace_lock();
    for (UMWS_TRACE_BUFFER *b = buffers; b != NULL; b = b->Next, n++) {
        if (out != NULL && n < max) {
            out[n] = b;
        }
    }
    umws_trace_unlock();
    return n;
}

static UMWS_TRACE_THREAD *umws_trace_record(uint32_t pid, const char *name)
{
    UMWS_TRACE_THREAD *t = calloc(1, sizeof *t);
    if (t == NULL) {
        return NULL;
    }
    t->Pid = pid == UMWS_TRACE_PID_GPU ? UMWS_TRACE_PID_GPU : UMWS_TRACE_PID_HOST;
    umws_trace_copy_name(t->Name, name);
    umws_trace_lock();
    t->Next = threads;
    threads = t;
    umws_trace_unlock();
    return t;
}

UMWS_TRACE_THREAD *umws_trace_thread_new(uint32_t pid, const char *name)
{
    return umws_trace_record(pid, name);
}

UMWS_TRACE_BUFFER *umws_trace_thread_buffer(UMWS_TRACE_THREAD *t)
{
    if (t == NULL) {
        return NULL;
    }
    umws_trace_lock();
    uint64_t s = umws_load_acquire_u64(&session);
    if (umws_load_acquire_ptr(&t->Buffer) != NULL && umws_load_acquire_u64(&t->Session) == s) {
        UMWS_TRACE_BUFFER *b = t->Buffer;
        umws_trace_unlock();
        return b;
    }
    UMWS_TRACE_BUFFER *b = NULL;
    if (umws_load_relaxed_u32(&umws_trace_on)) {
        b = calloc(1, sizeof *b);
        if (b != NULL) {
            /* Huge pages where the OS gives them: a fresh 4 KiB page costs its writer a fault every
               128 events (about 5 us each on this VM, 40 ns an event); a 2 MiB one every 65536. */
            b->Events = umws_plat_pages_alloc_sized(umws_trace_bytes(capacity), 1);
            if (b->Events == NULL) {
                free(b);
                b = NULL;
            }
        }
        if (b != NULL) {
            b->Capacity = capacity;
            b->Pid = t->Pid;
            b->Tid = ++next_tid;
            memcpy(b->Name, t->Name, sizeof b->Name);
            *buffers_tail = b;
            buffers_tail = &b->Next;
            umws_store_release_u64(&t->Session, s);
            umws_store_release_ptr(&t->Buffer, b);
        }
    }
    umws_trace_unlock();
    return b;
}

void umws_trace_thread_name(uint32_t pid, const char *name)
{
    tls_pid = pid;
    umws_trace_copy_name(tls_name, name);
    if (tls_thread != NULL) {
        /* Under the lock: the next registration copies the name out of the record. */
        umws_trace_lock();
        tls_thread->Pid = pid == UMWS_TRACE_PID_GPU ? UMWS_TRACE_PID_GPU : UMWS_TRACE_PID_HOST;
        umws_trace_copy_name(tls_thread->Name, name);
        umws_trace_unlock();
    }
}

UMWS_TRACE_THREAD *umws_trace_thread_current(uint32_t pid, const char *name)
{
    if (tls_thread == NULL) {
        int named = tls_name[0] != '\0';
        tls_thread = umws_trace_record(named ? tls_pid : pid, named ? tls_name : name);
    }
    return tls_thread;
}

const uint32_t *umws_trace_switch(void)
{
    return &umws_trace_on;
}

void umws_trace_emit(uint16_t type, uint16_t aux, uint32_t queue, uint64_t fence, uint64_t arg)
{
    uint64_t now = umws_plat_now_ns(); /* when it happened, before the bookkeeping below */
    UMWS_TRACE_THREAD *t = tls_thread;
    if (t == NULL) {
        char fallback[UMWS_TRACE_NAME_BYTES];
        if (tls_name[0] == '\0') {
            snprintf(fallback, sizeof fallback, "thread %" PRIu64, umws_plat_thread_self());
        }
        t = umws_trace_record(tls_pid == 0 ? UMWS_TRACE_PID_HOST : tls_pid,
                              tls_name[0] == '\0' ? fallback : tls_name);
        if (t == NULL) {
            return;
        }
        tls_thread = t;
    }
    /* Registration takes the registry lock, which discard holds while it waits for Writing to
       fall: so it happens before this thread raises Writing, never inside. */
    uint64_t s = umws_load_acquire_u64(&session);
    if (umws_load_acquire_ptr(&t->Buffer) == NULL || umws_load_acquire_u64(&t->Session) != s) {
        if (umws_trace_thread_buffer(t) == NULL) {
            return;
        }
    }
    /* The writer's half of the Dekker pair: seq_cst store of Writing, then seq_cst load of On. */
    umws_store_seqcst_u32(&t->Writing, 1);
    if (umws_load_seqcst_u32(&umws_trace_on)) {
        /* Read again under Writing: a discard in between cleared it; a new session made it stale. */
        UMWS_TRACE_BUFFER *b = umws_load_acquire_ptr(&t->Buffer);
        if (b != NULL && umws_load_acquire_u64(&t->Session) == umws_load_acquire_u64(&session)) {
            uint64_t n = b->Count; /* owner only */
            if (n < b->Capacity) {
                UMWS_TRACE_EVENT *e = &b->Events[n];
                e->Time = now;
                e->Type = type;
                e->Aux = aux;
                e->Queue = queue;
                e->Fence = fence;
                e->Arg = arg;
                /* Pairs with the exporter's acquire load: the event is complete below Count. */
                umws_store_release_u64(&b->Count, n + 1);
            } else {
                umws_store_relaxed_u64(&b->Dropped, b->Dropped + 1);
            }
        }
    }
    /* Pairs with discard's acquire wait: every buffer access above happens before it frees. */
    umws_store_release_u32(&t->Writing, 0);
}

static uint32_t umws_trace_hash(uint64_t key, uint32_t size)
{
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdull; /* a 64-bit finaliser's multiplier: spreads page-aligned addresses */
    key ^= key >> 33;
    return (uint32_t)key & (size - 1);
}

/* Grows the table to twice its size (lock held). 0, or -1 without memory. */
static int umws_trace_qtable_grow_locked(void)
{
    uint32_t size = qtable_size == 0 ? 256u : qtable_size * 2u;
    umws_trace_qslot *t = calloc(size, sizeof *t);
    if (t == NULL) {
        return -1;
    }
    for (uint32_t i = 0; i < qtable_size; i++) {
        if (qtable[i].key != 0) {
            uint32_t h = umws_trace_hash(qtable[i].key, size);
            while (t[h].key != 0) {
                h = (h + 1) & (size - 1);
            }
            t[h] = qtable[i];
        }
    }
    free(qtable);
    qtable = t;
    qtable_size = size;
    return 0;
}

uint32_t umws_trace_queue_id(const void *key, uint32_t fresh)
{
    uint64_t k = (uint64_t)(uintptr_t)key;
    if (k == 0) {
        return 0;
    }
    uint32_t id = 0;
    umws_trace_lock();
    if ((qtable_used + 1) * 2 > qtable_size && umws_trace_qtable_grow_locked() != 0) {
        umws_trace_unlock();
        return 0;
    }
    uint32_t h = umws_trace_hash(k, qtable_size);
    while (qtable[h].key != 0 && qtable[h].key != k) {
        h = (h + 1) & (qtable_size - 1);
    }
    if (qtable[h].key == k && !fresh) {
        id = qtable[h].id;
    } else {
        if (qtable[h].key == 0) {
            qtable_used++;
        }
        id = ++next_queue_id;
        qtable[h].key = k;
        qtable[h].id = id;
    }
    umws_trace_unlock();
    return id;
}

/* The order the Java side reads: sizes, then offsets of every field it touches, bytes. */
uint32_t umws_trace_layout(uint64_t *out, uint32_t n)
{
    const uint64_t v[] = {
        sizeof(UMWS_TRACE_EVENT),
        offsetof(UMWS_TRACE_EVENT, Time),
        offsetof(UMWS_TRACE_EVENT, Type),
        offsetof(UMWS_TRACE_EVENT, Aux),
        offsetof(UMWS_TRACE_EVENT, Queue),
        offsetof(UMWS_TRACE_EVENT, Fence),
        offsetof(UMWS_TRACE_EVENT, Arg),
        sizeof(UMWS_TRACE_BUFFER),
        offsetof(UMWS_TRACE_BUFFER, Count),
        offsetof(UMWS_TRACE_BUFFER, Dropped),
        offsetof(UMWS_TRACE_BUFFER, Capacity),
        offsetof(UMWS_TRACE_BUFFER, Pid),
        offsetof(UMWS_TRACE_BUFFER, Tid),
        offsetof(UMWS_TRACE_BUFFER, Name),
        offsetof(UMWS_TRACE_BUFFER, Events),
        sizeof(UMWS_TRACE_THREAD),
        offsetof(UMWS_TRACE_THREAD, Writing),
        offsetof(UMWS_TRACE_THREAD, Buffer),
        offsetof(UMWS_TRACE_THREAD, Session),
    };
    const uint32_t count = (uint32_t)(sizeof v / sizeof v[0]);
    for (uint32_t i = 0; out != NULL && i < n && i < count; i++) {
        out[i] = v[i];
    }
    return count;
}
