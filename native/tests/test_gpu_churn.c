/*
 * test_gpu_churn.c - a KMD's doorbell pool under churn, the C twin of the Java ChurnStressTest.
 *
 * Six threads, each like one process's context, share three physical doorbells on a GPU with two
 * engines (DEDICATED_PAGE placement). Each thread, round after round, opens a queue (its own VA
 * space, ring, control and data page, a stable doorbell VA, no doorbell yet), submits fence
 * packets in random batches, and rings; a queue that holds no doorbell takes one from the pool,
 * and when none is free the pool victimizes the least recently rung queue of another thread as
 * Windows orders it: the victim's doorbell VA moves to the dummy page, its "connected" flag
 * drops, the KMD kicks it (umws_gpu_queue_kick) and drains it outside the pool's lock, and only
 * then unbinds it and binds the doorbell to the taker. The victim notices the flag, reconnects
 * and rings again. At the end of each round the thread waits for its fence to reach the last
 * value it submitted, gives its doorbell back and destroys the queue. All in each detection
 * mode (SPIN, BACKOFF, NOTIFY: the firmware looks only when told, umws_gpu_engine_notify).
 *
 * Why: the single-threaded kick tests show each step; only many threads at once show that no
 * submitted fence is ever stranded (a ring that lands in the dummy page between the VA move and
 * the flag change is run by the kick, or rung again after the reconnect), that no queue faults,
 * that every doorbell comes back (none bound at the end), and that the shim stays free of data
 * races (the _tsan twin) while binds, unbinds, kicks, remaps and rings interleave at random.
 *
 * The interleavings come from a seeded PRNG (batch sizes, emulated work, pauses); the seed is
 * printed, and UMWS_CHURN_SEED=<seed> replays the same choices (thread timing still varies).
 * Waits poll to a deadline (C_DEADLINE_NS); nothing asserts on timing.
 */
#include <stdlib.h>

#include "gpu_test_util.h"

#define C_THREADS 6u
#define C_DOORBELLS 3u
#define C_ENGINES 2u
#define C_NONE UINT32_MAX          /* no doorbell */
#define C_BATCH_MAX 8u             /* fences per ring, 1..C_BATCH_MAX */
#define C_DEADLINE_NS 10000000000ull /* 10 s: how long any one wait may take before it fails */
#define C_POLL_SPINS 64u           /* polls with a pause before a wait starts to sleep */
#define C_POLL_SLEEP_NS 20000u     /* 20 us between later polls (1 ms on Windows, which sleeps whole ms) */

/*
 * Rounds per thread and fences per round (C_SUBMITS fences of 24 bytes overrun the 4 KiB ring
 * several times a round, so waits for ring space run too). Natively a mode takes 0.5-1.5 s on
 * 2 cores, SPIN the longest (its two firmware threads keep both cores busy). The test mostly
 * waits, so TSan slows it little on this machine, but a CPU-bound TSan run is 5-15x slower than a
 * native one: its twin runs fewer rounds to stay within a few seconds a mode anywhere.
 */
#if defined(__SANITIZE_THREAD__)
#define C_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define C_TSAN 1
#endif
#endif
#define C_SUBMITS 300u
#if defined(C_TSAN)
#define C_ROUNDS 40u
#else
#define C_ROUNDS 64u
#endif

/* ---- The pool: the KMD's physical doorbells ------------------------------------------------ */

typedef struct c_pool c_pool;

/* One process's queue with what the pool keeps about it. */
typedef struct c_queue
{
    t_queue t;             /* VA space, ring, control, data page (progress fence at offset 0), the
                              stable doorbell VA; t.doorbell and t.ring_at are the owner's alone */
    c_pool *pool;
    uint32_t engine;
    uint32_t doorbell;     /* under pool->lock: the doorbell it holds (or that is being taken from
                              it), C_NONE when none */
    uint32_t connected;    /* 1: bound with its VA connected. Release store by the pool (1 after
                              connect, 0 after the VA moved to the dummy page); acquire load by the
                              owner before and after each ring */
    uint64_t rung_ns;      /* when it last rang or took its doorbell, ns: release store by the
                              owner, acquire load by a victimizer choosing the least recently used
                              (a stale stamp only picks another victim) */
} c_queue;

struct c_pool
{
    umws_gpu *gpu;
    umws_plat_mutex lock;          /* guards everything below and each c_queue's doorbell; never
                                      held across a drain */
    umws_plat_cond changed;        /* broadcast when a doorbell stops leaving */
    c_queue *owner[C_DOORBELLS];   /* the queue bound to each doorbell, NULL when free */
    uint32_t leaving[C_DOORBELLS]; /* 1 while its owner is drained and unbound: not free, no victim */
    uint64_t victimizations;
    uint64_t busy_victims;         /* victims with published work still to run at the kick */
    uint32_t failures;             /* refused calls and drains past the deadline */
};

static int c_pool_init(c_pool *p, umws_gpu *gpu)
{
    memset(p, 0, sizeof *p);
    p->gpu = gpu;
    return umws_plat_mutex_init(&p->lock) == 0 && umws_plat_cond_init(&p->changed) == 0 ? 0 : -1;
}

static void c_pool_destroy(c_pool *p)
{
    umws_plat_cond_destroy(&p->changed);
    umws_plat_mutex_destroy(&p->lock);
}

/* A shim call that must succeed; a failure is counted (under the pool's lock) and printed. */
static void c_expect_locked(c_pool *p, int32_t rc, const char *what)
{
    if (rc != UMWS_GPU_OK) {
        p->failures++;
        fprintf(stderr, "test_gpu_churn: %s returned %d\n", what, (int)rc);
    }
}

static int c_notify_mode(const c_pool *p)
{
    return p->gpu->config.DetectMode == UMWS_GPU_DETECT_NOTIFY;
}

/*
 * The UMD's doorbell store. It races the pool's remap of the VA by design (a victim may ring
 * while its VA moves to the dummy page); TSan models mmap(MAP_FIXED) as a write to the page and
 * would report that race, so this store is not instrumented (as in test_gpu_bar). The release
 * fence orders it after the WritePointer's release store, as the firmware expects: a ring it sees
 * shows the packets it announces.
 */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((no_sanitize("thread")))
#endif
static void c_doorbell_store(uint64_t *at, uint64_t value)
{
    __atomic_thread_fence(__ATOMIC_RELEASE);
    *(volatile uint64_t *)at = value;
}

/* Rings with the published WritePointer; in NOTIFY mode the KMD is told (NotifyWorkSubmission). */
static void c_ring(c_queue *q)
{
    umws_store_release_u64(&q->rung_ns, umws_plat_now_ns());
    c_doorbell_store(q->t.ring_at, q->t.wp);
    if (c_notify_mode(q->pool)) {
        umws_gpu_engine_notify(q->pool->gpu, q->engine);
    }
}

/* Binds q to the free doorbell d and connects q's VA to it (pool lock held, called by q's owner). */
static void c_bind_locked(c_pool *p, c_queue *q, uint32_t d)
{
    c_expect_locked(p, umws_gpu_queue_bind(q->t.queue, d), "umws_gpu_queue_bind");
    c_expect_locked(p, umws_gpu_dbva_connect(p->gpu, q->t.doorbell_va, d, 0), "umws_gpu_dbva_connect");
    q->t.doorbell = d;
    q->t.ring_at = (uint64_t *)((uint8_t *)q->t.doorbell_va + umws_gpu_doorbell_offset(p->gpu, d, 0) % UMWS_GPU_PAGE_SIZE);
    q->doorbell = d;
    p->owner[d] = q;
    umws_store_release_u64(&q->rung_ns, umws_plat_now_ns()); /* just taken: not the next victim */
    umws_store_release_u32(&q->connected, 1); /* after connect: a ring the owner makes now counts */
}

static uint32_t c_free_doorbell_locked(const c_pool *p)
{
    for (uint32_t d = 0; d < C_DOORBELLS; d++) {
        if (p->owner[d] == NULL && !p->leaving[d]) {
            return d;
        }
    }
    return C_NONE;
}

/* The doorbell of the least recently rung queue that is not the taker's and not leaving already. */
static uint32_t c_victim_locked(const c_pool *p, const c_queue *taker)
{
    uint32_t best = C_NONE;
    uint64_t oldest = UINT64_MAX;
    for (uint32_t d = 0; d < C_DOORBELLS; d++) {
        c_queue *v = p->owner[d];
        if (v != NULL && v != taker && !p->leaving[d]) {
            uint64_t rung = umws_load_acquire_u64(&v->rung_ns);
            if (rung < oldest) {
                oldest = rung;
                best = d;
            }
        }
    }
    return best;
}

/*
 * The KMD's drain, outside the pool's lock: waits until the firmware has run the victim up to
 * 'published', the WritePointer read before the kick. The kick promises no more (work published
 * after it is the victim's to ring again once reconnected), so this does not wait for
 * umws_gpu_queue_idle, which such work would keep false. NOTIFY firmware is told each poll.
 */
static int c_drain(c_pool *p, c_queue *v, uint64_t published)
{
    uint64_t until = umws_plat_now_ns() + C_DEADLINE_NS;
    for (uint32_t i = 0;; i++) {
        if (umws_load_acquire_u64(&v->t.control->ReadPointer) >= published) {
            return 1;
        }
        if (umws_gpu_queue_state(v->t.queue) != UMWS_GPU_QUEUE_BOUND || umws_plat_now_ns() > until) {
            return 0; /* faulted: it will never run; or stuck */
        }
        if (c_notify_mode(p)) {
            umws_gpu_engine_notify(p->gpu, v->engine);
        }
        if (i < C_POLL_SPINS) {
            umws_plat_cpu_relax();
        } else {
            umws_plat_sleep_ns(C_POLL_SLEEP_NS);
        }
    }
}

/*
 * Victimization of the owner of doorbell d for 'taker' (pool lock held on entry and on return;
 * released across the drain and the unbind, which wait for the firmware). Windows' order: the
 * VA moves to the dummy page before the status changes, so a ring made in between lands nowhere;
 * the kick after both runs it, and a ring after the flag change is followed by a reconnect.
 */
static void c_take_locked(c_pool *p, c_queue *taker, uint32_t d)
{
    c_queue *v = p->owner[d];
    p->leaving[d] = 1;
    c_expect_locked(p, umws_gpu_dbva_disconnect(p->gpu, v->t.doorbell_va), "umws_gpu_dbva_disconnect");
    umws_store_release_u32(&v->connected, 0);
    /* Acquire: pairs with the victim's release of WritePointer; the kick runs at least this far. */
    uint64_t published = umws_load_acquire_u64(&v->t.control->WritePointer);
    p->busy_victims += umws_load_acquire_u64(&v->t.control->ReadPointer) < published;
    c_expect_locked(p, umws_gpu_queue_kick(v->t.queue), "umws_gpu_queue_kick");
    umws_plat_mutex_unlock(&p->lock);

    int drained = c_drain(p, v, published);
    int32_t unbound = umws_gpu_queue_unbind(v->t.queue);

    umws_plat_mutex_lock(&p->lock);
    if (!drained) {
        p->failures++;
        fprintf(stderr, "test_gpu_churn: queue %u not drained to %llu (read pointer %llu, state %d)\n",
                (unsigned)v->t.queue->desc.QueueId, (unsigned long long)published,
                (unsigned long long)umws_load_acquire_u64(&v->t.control->ReadPointer),
                (int)umws_gpu_queue_state(v->t.queue));
    }
    c_expect_locked(p, unbound, "umws_gpu_queue_unbind (victim)");
    v->doorbell = C_NONE;
    p->owner[d] = NULL;
    p->leaving[d] = 0;
    p->victimizations++;
    c_bind_locked(p, taker, d);
    umws_plat_cond_broadcast(&p->changed); /* the victim may wait for its doorbell to be gone */
}

/* Waits while a doorbell q holds is being taken from it (pool lock held). */
static void c_wait_taken_locked(c_pool *p, c_queue *q)
{
    while (q->doorbell != C_NONE && p->leaving[q->doorbell]) {
        umws_plat_cond_wait(&p->changed, &p->lock);
    }
}

/* Gives q a doorbell: a free one, or one taken from a victim; waits while every one is leaving. */
static void c_pool_acquire(c_pool *p, c_queue *q)
{
    umws_plat_mutex_lock(&p->lock);
    c_wait_taken_locked(p, q);
    while (q->doorbell == C_NONE) {
        uint32_t d = c_free_doorbell_locked(p);
        if (d != C_NONE) {
            c_bind_locked(p, q, d);
        } else if ((d = c_victim_locked(p, q)) != C_NONE) {
            c_take_locked(p, q, d);
        } else {
            umws_plat_cond_wait(&p->changed, &p->lock);
        }
    }
    umws_plat_mutex_unlock(&p->lock);
}

/* Gives q's doorbell back (its work is done): the VA to the dummy page, then unbind. */
static void c_pool_release(c_pool *p, c_queue *q)
{
    umws_plat_mutex_lock(&p->lock);
    c_wait_taken_locked(p, q);
    uint32_t d = q->doorbell;
    if (d != C_NONE) {
        p->leaving[d] = 1;
        umws_store_release_u32(&q->connected, 0);
        c_expect_locked(p, umws_gpu_dbva_disconnect(p->gpu, q->t.doorbell_va), "umws_gpu_dbva_disconnect");
        umws_plat_mutex_unlock(&p->lock);
        int32_t unbound = umws_gpu_queue_unbind(q->t.queue); /* waits for the firmware to let go */
        umws_plat_mutex_lock(&p->lock);
        c_expect_locked(p, unbound, "umws_gpu_queue_unbind (release)");
        q->doorbell = C_NONE;
        p->owner[d] = NULL;
        p->leaving[d] = 0;
        umws_plat_cond_broadcast(&p->changed);
    }
    umws_plat_mutex_unlock(&p->lock);
}

/* ---- A worker: one process's context ------------------------------------------------------- */

typedef struct c_worker
{
    c_pool *pool;
    uint32_t index;
    uint64_t rng;          /* splitmix64 state */
    c_queue q;
    int had_doorbell;      /* this round's queue has held a doorbell: a later take is a reconnect */
    umws_plat_thread thread;
    /* Written by the worker, read by the main thread after the join. */
    uint32_t rounds_done;  /* rounds whose fence reached its last value */
    uint64_t fences;       /* fences completed */
    uint64_t reconnects;   /* doorbells taken again after a victimization */
    uint32_t failures;
} c_worker;

static uint64_t c_splitmix64(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static uint32_t c_rand_below(c_worker *w, uint32_t n)
{
    return (uint32_t)(c_splitmix64(&w->rng) % n);
}

/* Counts a failure of this round's (open) queue and prints where it stands. */
static void c_fail(c_worker *w, uint32_t round, const char *what)
{
    w->failures++;
    fprintf(stderr, "test_gpu_churn: worker %u round %u: %s (fence %llu, write pointer %llu, read pointer %llu, "
            "state %d, connected %u)\n", (unsigned)w->index, (unsigned)round, what,
            (unsigned long long)t_data_u64(&w->q.t, 0), (unsigned long long)w->q.t.wp,
            (unsigned long long)umws_load_acquire_u64(&w->q.t.control->ReadPointer),
            (int)umws_gpu_queue_state(w->q.t.queue), (unsigned)umws_load_acquire_u32(&w->q.connected));
}

/* Opens the process memory and the queue as t_queue_open does, but binds nothing: the pool will. */
static int c_open(c_queue *q, c_pool *p, uint32_t engine, uint32_t queue_id)
{
    t_queue *t = &q->t;
    memset(q, 0, sizeof *q);
    q->pool = p;
    q->engine = engine;
    q->doorbell = C_NONE;
    t->gpu = p->gpu;
    t->ring = umws_plat_pages_alloc(T_RING_BYTES);
    t->control = umws_plat_pages_alloc(UMWS_GPU_PAGE_SIZE);
    t->data = umws_plat_pages_alloc(T_DATA_BYTES);
    if (t->ring == NULL || t->control == NULL || t->data == NULL || umws_gpu_vaspace_create(p->gpu, &t->space) != 0 ||
        umws_gpu_map(t->space, T_RING_VA, t->ring, T_RING_BYTES, 0) != 0 ||
        umws_gpu_map(t->space, T_CONTROL_VA, t->control, UMWS_GPU_PAGE_SIZE, UMWS_GPU_MAP_WRITABLE) != 0 ||
        umws_gpu_map(t->space, T_DATA_VA, t->data, T_DATA_BYTES, UMWS_GPU_MAP_WRITABLE) != 0) {
        return -1;
    }
    UMWS_GPU_QUEUE_DESC d = {T_RING_VA, T_RING_BYTES, T_CONTROL_VA, T_DATA_VA, T_DATA_VA + 8, engine, queue_id};
    if (umws_gpu_queue_create(p->gpu, t->space, &d, &t->queue) != 0 ||
        umws_gpu_dbva_reserve(p->gpu, t_va_pages(p->gpu), &t->doorbell_va) != 0) {
        return -1;
    }
    return 0;
}

/* Takes a doorbell when q has none (first ring, or victimized) and rings on it. */
static void c_reconnect_and_ring(c_worker *w)
{
    w->reconnects += w->had_doorbell;
    w->had_doorbell = 1;
    c_pool_acquire(w->pool, &w->q);
    c_ring(&w->q);
}

/*
 * Polls until done(w), to the deadline. While waiting, a queue found disconnected reconnects and
 * rings again: its published work runs only on a connected doorbell, or by the victimizer's kick,
 * which covers only the WritePointer it read. The checks around each ring (c_submit_batch) catch
 * nearly every victimization; this one catches the rest: the victim's WritePointer store still in
 * its store buffer when the victimizer read the old one, while the victim's load of the flag read
 * the old 1 (release/acquire does not order a store before a later load). Without it such a wait
 * could never end.
 */
static int c_wait(c_worker *w, int (*done)(c_worker *, uint64_t), uint64_t arg)
{
    uint64_t until = umws_plat_now_ns() + C_DEADLINE_NS;
    for (uint32_t i = 0;; i++) {
        if (done(w, arg)) {
            return 1;
        }
        if (!umws_load_acquire_u32(&w->q.connected)) {
            c_reconnect_and_ring(w);
        }
        if (umws_plat_now_ns() > until) {
            return 0;
        }
        if (i < C_POLL_SPINS) {
            umws_plat_cpu_relax();
        } else {
            umws_plat_sleep_ns(C_POLL_SLEEP_NS);
        }
    }
}

/* The ring has 'bytes' free: the firmware's ReadPointer (acquire) is close enough behind. */
static int c_ring_has_room(c_worker *w, uint64_t bytes)
{
    return w->q.t.wp + bytes - umws_load_acquire_u64(&w->q.t.control->ReadPointer) <= T_RING_BYTES;
}

static int c_fence_reached(c_worker *w, uint64_t value)
{
    return t_data_u64(&w->q.t, 0) >= value;
}

/*
 * One batch: 'count' fences (values next, next + 1, ...), sometimes after 10-50 us of emulated
 * work so that victims are caught busy. Publish, then ring; a queue without a doorbell takes one
 * first, and one that lost it around the ring (its flag dropped) reconnects and rings again.
 */
static int c_submit_batch(c_worker *w, uint32_t round, uint64_t next, uint32_t count)
{
    int work = c_rand_below(w, 8) == 0;
    /* Bytes the batch may need: its packets and at most one NOP pad (< one packet) at the ring's end. */
    uint64_t bytes = (uint64_t)count * sizeof(UMWS_GPU_PACKET_WRITE_FENCE) + (work ? sizeof(UMWS_GPU_PACKET_DELAY) : 0) +
                     sizeof(UMWS_GPU_PACKET_WRITE_FENCE);
    if (!c_wait(w, c_ring_has_room, bytes)) {
        c_fail(w, round, "no ring space within the deadline");
        return 0;
    }
    if (work) {
        UMWS_GPU_PACKET_DELAY delay = {{UMWS_GPU_OP_DELAY, 0, sizeof delay}, 10000u + 10000u * c_rand_below(w, 5)};
        t_emit(&w->q.t, &delay, sizeof delay);
    }
    for (uint32_t i = 0; i < count; i++) {
        t_fence(&w->q.t, 0, next + i, 0);
    }
    /* Release: the packets are visible to the firmware run that reads this WritePointer. */
    umws_store_release_u64(&w->q.t.control->WritePointer, w->q.t.wp);
    if (!umws_load_acquire_u32(&w->q.connected)) {
        c_reconnect_and_ring(w);
    } else {
        c_ring(&w->q);
    }
    if (!umws_load_acquire_u32(&w->q.connected)) {
        c_reconnect_and_ring(w); /* victimized around the ring: it may have hit the dummy page */
    }
    return 1;
}

/* A short random pause between batches, so that threads drift against each other. */
static void c_pause(c_worker *w)
{
    uint32_t spins = c_rand_below(w, 4) == 0 ? c_rand_below(w, 2000) : 0;
    for (uint32_t i = 0; i < spins; i++) {
        umws_plat_cpu_relax();
    }
}

static void c_round(c_worker *w, uint32_t round)
{
    c_pool *p = w->pool;
    if (c_open(&w->q, p, w->index % C_ENGINES, w->index * 1000u + round + 1) != 0) {
        w->failures++; /* not c_fail: its pages may not exist */
        fprintf(stderr, "test_gpu_churn: worker %u round %u: queue open failed\n", (unsigned)w->index, (unsigned)round);
        t_queue_close(&w->q.t);
        return;
    }
    w->had_doorbell = 0;
    uint64_t next = 1;
    int ok = 1;
    while (ok && next <= C_SUBMITS) {
        uint32_t count = 1 + c_rand_below(w, C_BATCH_MAX);
        count = next + count - 1 > C_SUBMITS ? (uint32_t)(C_SUBMITS - next + 1) : count;
        ok = c_submit_batch(w, round, next, count);
        next += count;
        c_pause(w);
    }
    if (ok && !c_wait(w, c_fence_reached, C_SUBMITS)) {
        c_fail(w, round, "fence not reached within the deadline");
        ok = 0;
    }
    if (ok && t_data_u64(&w->q.t, 0) != C_SUBMITS) {
        c_fail(w, round, "fence past the last value submitted");
        ok = 0;
    }
    int32_t state = umws_gpu_queue_state(w->q.t.queue);
    if (state != UMWS_GPU_QUEUE_BOUND && state != UMWS_GPU_QUEUE_IDLE) {
        c_fail(w, round, "queue faulted or reset");
        ok = 0;
    }
    if (ok) {
        w->rounds_done++;
        w->fences += C_SUBMITS;
    }
    c_pool_release(p, &w->q);
    t_queue_close(&w->q.t);
}

static void c_worker_main(void *arg)
{
    c_worker *w = arg;
    for (uint32_t round = 0; round < C_ROUNDS; round++) {
        c_round(w, round);
    }
}

/* ---- One mode ----------------------------------------------------------------------------- */

static const char *c_mode_name(uint32_t detect)
{
    return detect == UMWS_GPU_DETECT_SPIN ? "SPIN" : detect == UMWS_GPU_DETECT_BACKOFF ? "BACKOFF" : "NOTIFY";
}

static void every_fence_completes_while_threads_churn_three_doorbells(uint32_t detect, uint64_t seed)
{
    UMWS_GPU_CONFIG c = t_config(detect);
    c.DoorbellCount = C_DOORBELLS;
    c.EngineCount = C_ENGINES;
    c.Placement = UMWS_GPU_PLACEMENT_DEDICATED_PAGE;
    umws_gpu *gpu = NULL;
    c_pool pool;
    c_worker *ws = calloc(C_THREADS, sizeof *ws);
    int ready = ws != NULL && umws_gpu_create(&c, &gpu) == UMWS_GPU_OK && c_pool_init(&pool, gpu) == 0;
    UMWS_CHECK(ready);
    if (!ready) {
        free(ws);
        umws_gpu_destroy(gpu);
        return;
    }
    uint64_t start = umws_plat_now_ns();
    for (uint32_t i = 0; i < C_THREADS; i++) {
        ws[i].pool = &pool;
        ws[i].index = i;
        ws[i].rng = seed ^ ((uint64_t)detect << 32) ^ (i * 0x2545F4914F6CDD1Dull);
        UMWS_CHECK(umws_plat_thread_start(&ws[i].thread, c_worker_main, &ws[i]) == 0);
    }
    uint64_t fences = 0, reconnects = 0;
    for (uint32_t i = 0; i < C_THREADS; i++) {
        umws_plat_thread_join(&ws[i].thread); /* after it, the worker's counters are visible */
        UMWS_CHECK_EQ(ws[i].failures, 0);
        UMWS_CHECK_EQ(ws[i].rounds_done, C_ROUNDS);
        fences += ws[i].fences;
        reconnects += ws[i].reconnects;
    }
    double seconds = (double)(umws_plat_now_ns() - start) / 1e9;
    UMWS_CHECK_EQ(fences, (uint64_t)C_THREADS * C_ROUNDS * C_SUBMITS);
    UMWS_CHECK_EQ(pool.failures, 0);
    UMWS_CHECK_EQ(umws_gpu_doorbells_bound(gpu), 0);
    UMWS_CHECK(pool.victimizations > 0); /* the victim path really ran */
    for (uint32_t e = 0; e < C_ENGINES; e++) {
        UMWS_GPU_ENGINE_STATS s;
        UMWS_CHECK(umws_gpu_engine_stats(gpu, e, &s) == UMWS_GPU_OK);
        UMWS_CHECK_EQ(s.Faults, 0);
    }
    printf("test_gpu_churn: %-7s %u threads x %u rounds, %llu fences, %llu victimizations (%llu busy), %llu reconnects, "
           "%.2f s\n", c_mode_name(detect), C_THREADS, C_ROUNDS, (unsigned long long)fences,
           (unsigned long long)pool.victimizations, (unsigned long long)pool.busy_victims,
           (unsigned long long)reconnects, seconds);
    fflush(stdout);
    c_pool_destroy(&pool);
    umws_gpu_destroy(gpu);
    free(ws);
}

/* The seed: UMWS_CHURN_SEED when set (decimal or 0x hex), else from the clock. */
static uint64_t c_seed(void)
{
    const char *env = getenv("UMWS_CHURN_SEED");
    if (env != NULL && *env != '\0') {
        return (uint64_t)strtoull(env, NULL, 0);
    }
    uint64_t clock = umws_plat_now_ns();
    return c_splitmix64(&clock);
}

int main(void)
{
    uint64_t seed = c_seed();
    printf("test_gpu_churn: seed 0x%016llx (rerun with UMWS_CHURN_SEED=0x%016llx)\n", (unsigned long long)seed,
           (unsigned long long)seed);
    fflush(stdout);
    uint32_t modes[] = {UMWS_GPU_DETECT_SPIN, UMWS_GPU_DETECT_BACKOFF, UMWS_GPU_DETECT_NOTIFY};
    for (int m = 0; m < 3; m++) {
        every_fence_completes_while_threads_churn_three_doorbells(modes[m], seed);
    }
    return umws_test_finish("test_gpu_churn");
}
