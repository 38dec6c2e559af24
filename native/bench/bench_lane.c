/*
 * bench_lane.c - the C bench producers on a lane the caller built (include/umws/umws_bench.h):
 * the runner's Java rig builds the GPU, the queue and its memory, and the C producer rings that
 * very lane, so that the C and the Java producer use the same pages (same allocator, same
 * alignment) on the same GPU in the same round. Also the machine's floor: a cache-line ping-pong
 * timed over blocks of round trips, and a one-way hand-off timed by a timestamp carried in the
 * line.
 */
#include <stdlib.h>
#include <string.h>

#include "gpu/gpu_internal.h"
#include "platform/platform.h"
#include "umws/umws_bench.h"

/* A store whose only ordering is the release store after it (the carried timestamp). */
#if defined(_MSC_VER) && !defined(__clang__)
#define bench_store_relaxed_u64(p, v) (*(volatile uint64_t *)(p) = (uint64_t)(v))
#else
#define bench_store_relaxed_u64(p, v) __atomic_store_n((p), (uint64_t)(v), __ATOMIC_RELAXED)
#endif

/* A fence not visible after this long is a failure of the run, not a slow sample (ns). */
#define BENCH_LANE_TIMEOUT_NS 10000000000ull
/* Spins between two looks at the clock while waiting: the deadline costs nothing per spin. */
#define BENCH_LANE_SPINS_PER_CLOCK 4096u

/* One lane as the producer maps it (the words of UMWS_BENCH_LANE_*). */
typedef struct bench_lane
{
    uint8_t *ring;
    uint64_t ring_bytes;
    UMWS_GPU_RING_CONTROL *control;
    uint64_t *data;
    uint64_t data_va;
    uint64_t *doorbell;
} bench_lane;

static int bench_lane_of(const uint64_t *words, bench_lane *l)
{
    l->ring = (uint8_t *)(uintptr_t)words[UMWS_BENCH_LANE_RING];
    l->ring_bytes = words[UMWS_BENCH_LANE_RING_BYTES];
    l->control = (UMWS_GPU_RING_CONTROL *)(uintptr_t)words[UMWS_BENCH_LANE_CONTROL];
    l->data = (uint64_t *)(uintptr_t)words[UMWS_BENCH_LANE_DATA];
    l->data_va = words[UMWS_BENCH_LANE_DATA_VA];
    l->doorbell = (uint64_t *)(uintptr_t)words[UMWS_BENCH_LANE_DOORBELL];
    int pow2 = l->ring_bytes >= 64 && (l->ring_bytes & (l->ring_bytes - 1)) == 0;
    return l->ring != NULL && pow2 && l->control != NULL && l->data != NULL && l->doorbell != NULL ? 0 : -1;
}

/* Appends a packet at *wp, with a NOP before it when it would straddle the end (as RingWriter does). */
static inline void bench_lane_emit(const bench_lane *l, uint64_t *wp, const void *packet, uint32_t length)
{
    uint64_t offset = *wp & (l->ring_bytes - 1);
    if (offset + length > l->ring_bytes) {
        UMWS_GPU_PACKET_HEADER nop = {UMWS_GPU_OP_NOP, 0, (uint32_t)(l->ring_bytes - offset)};
        memcpy(l->ring + offset, &nop, sizeof nop);
        *wp += nop.Length;
        offset = 0;
    }
    memcpy(l->ring + offset, packet, length);
    *wp += length;
}

/* Spins until data[0] == value; -1 when the deadline passes first. */
static inline int bench_lane_await(const bench_lane *l, uint64_t value)
{
    uint32_t spins = 0;
    uint64_t deadline = 0;
    while (umws_load_acquire_u64(&l->data[0]) != value) {
        umws_plat_cpu_relax();
        if (++spins % BENCH_LANE_SPINS_PER_CLOCK == 0) {
            uint64_t now = umws_plat_now_ns();
            if (deadline == 0) {
                deadline = now + BENCH_LANE_TIMEOUT_NS;
            } else if (now > deadline) {
                return -1;
            }
        }
    }
    return 0;
}

/* Spins until 'room' bytes are free in the ring at wp; -1 when the deadline passes first. */
static inline int bench_lane_room(const bench_lane *l, uint64_t wp, uint64_t room)
{
    uint32_t spins = 0;
    uint64_t deadline = 0;
    while (wp + room - umws_load_acquire_u64(&l->control->ReadPointer) > l->ring_bytes) {
        umws_plat_cpu_relax();
        if (++spins % BENCH_LANE_SPINS_PER_CLOCK == 0) {
            uint64_t now = umws_plat_now_ns();
            if (deadline == 0) {
                deadline = now + BENCH_LANE_TIMEOUT_NS;
            } else if (now > deadline) {
                return -1;
            }
        }
    }
    return 0;
}

/* Publishes WritePointer, then rings: the two release stores of every bench producer. */
static inline void bench_lane_ring(const bench_lane *l, uint64_t wp)
{
    /* Pairs with the firmware's acquire load of WritePointer: the packets are visible first. */
    umws_store_release_u64(&l->control->WritePointer, wp);
    /* Pairs with the firmware's acquire load of the doorbell: the WritePointer is visible first. */
    umws_store_release_u64(l->doorbell, wp);
}

UMWS_API int32_t umws_bench_c_ring_on(umws_gpu *gpu, uint32_t detect_mode, const uint64_t *lane_words,
                                      uint64_t warmup, uint64_t iterations, uint64_t *one_way_ns,
                                      uint64_t *round_trip_ns)
{
    bench_lane l;
    if (gpu == NULL || detect_mode > UMWS_GPU_DETECT_NOTIFY || lane_words == NULL || iterations == 0 ||
        one_way_ns == NULL || round_trip_ns == NULL || bench_lane_of(lane_words, &l) != 0) {
        return -1;
    }
    /* Continue where the lane's last producer left it: its write pointer, its last fence value. */
    uint64_t wp = umws_load_acquire_u64(&l.control->WritePointer);
    uint64_t base = umws_load_acquire_u64(&l.data[0]);
    for (uint64_t i = 0; i < warmup + iterations; i++) {
        if (bench_lane_room(&l, wp, 64) != 0) {
            return -2;
        }
        UMWS_GPU_PACKET_TIMESTAMP ts = {{UMWS_GPU_OP_TIMESTAMP, 0, sizeof ts}, l.data_va + 64};
        UMWS_GPU_PACKET_WRITE_FENCE f = {{UMWS_GPU_OP_WRITE_FENCE, 0, sizeof f}, l.data_va, base + i + 1};
        bench_lane_emit(&l, &wp, &ts, sizeof ts);
        bench_lane_emit(&l, &wp, &f, sizeof f);
        uint64_t t0 = umws_plat_now_ns(); /* the Java producers take it at the same point */
        bench_lane_ring(&l, wp);
        if (detect_mode == UMWS_GPU_DETECT_NOTIFY) {
            umws_gpu_engine_notify(gpu, 0);
        }
        if (bench_lane_await(&l, base + i + 1) != 0) {
            return -2;
        }
        uint64_t t1 = umws_plat_now_ns();
        if (i >= warmup) {
            /* Unsigned differences: a TIMESTAMP before t0 reads as a negative int64 (an error). */
            one_way_ns[i - warmup] = umws_load_acquire_u64(&l.data[8]) - t0;
            round_trip_ns[i - warmup] = t1 - t0;
        }
    }
    return 0;
}

/* One producer of the throughput measurement on a caller's lane. */
typedef struct bench_lane_producer
{
    umws_gpu *gpu;
    bench_lane lane;
    uint32_t detect_mode;
    uint32_t batch;
    int32_t cpu;       /* pinned there first, -1: left where it is */
    uint64_t end_ns;   /* stop writing batches then */
    uint64_t packets;  /* out: fences written (and seen) */
    uint64_t done_ns;  /* out: when the last fence was visible */
    uint64_t cpu_ns;   /* out: the thread's CPU time in the loop, UINT64_MAX where unknown */
    int32_t status;    /* out: 0, or -2 for a fence or ring space that never came */
} bench_lane_producer;

static void bench_lane_produce(void *arg)
{
    bench_lane_producer *p = arg;
    const bench_lane *l = &p->lane;
    const uint64_t fence = sizeof(UMWS_GPU_PACKET_WRITE_FENCE);
    const uint32_t batch = p->batch;
    if (p->cpu >= 0) {
        (void)umws_plat_pin_self(p->cpu); /* a refusal leaves it unpinned, as the report says */
    }
    uint64_t cpu0 = 0, cpu1 = 0;
    int cpu_known = umws_plat_self_cpu_ns(&cpu0) == 0;
    uint64_t wp = umws_load_acquire_u64(&l->control->WritePointer);
    uint64_t n = umws_load_acquire_u64(&l->data[0]);
    const uint64_t first = n;
    p->status = 0;
    do { /* one batch at least, even when the thread first runs after the deadline (a loaded machine) */
        if (bench_lane_room(l, wp, (batch + 1) * fence) != 0) {
            p->status = -2;
            break;
        }
        for (uint32_t i = 0; i < batch; i++) {
            UMWS_GPU_PACKET_WRITE_FENCE f = {{UMWS_GPU_OP_WRITE_FENCE, 0, sizeof f}, l->data_va, ++n};
            bench_lane_emit(l, &wp, &f, sizeof f);
        }
        bench_lane_ring(l, wp);
        if (p->detect_mode == UMWS_GPU_DETECT_NOTIFY) {
            umws_gpu_engine_notify(p->gpu, 0);
        }
    } while (umws_plat_now_ns() < p->end_ns);
    if (p->status == 0 && bench_lane_await(l, n) != 0) {
        p->status = -2;
    }
    p->done_ns = umws_plat_now_ns();
    cpu_known = cpu_known && umws_plat_self_cpu_ns(&cpu1) == 0;
    p->cpu_ns = cpu_known ? cpu1 - cpu0 : UINT64_MAX;
    p->packets = n - first;
}

UMWS_API int32_t umws_bench_c_throughput_on(umws_gpu *gpu, uint32_t detect_mode, const uint64_t *lane_words,
                                            uint32_t producers, const int32_t *cpus, uint64_t duration_ns,
                                            uint32_t batch, uint64_t *packets, uint64_t *elapsed_ns,
                                            uint64_t *cpu_ns)
{
    if (gpu == NULL || detect_mode > UMWS_GPU_DETECT_NOTIFY || lane_words == NULL || producers == 0 ||
        producers > UMWS_BENCH_MAX_PRODUCERS || cpus == NULL || batch == 0 || batch > 64 || packets == NULL ||
        elapsed_ns == NULL || cpu_ns == NULL) {
        return -1;
    }
    bench_lane_producer *p = calloc(producers, sizeof *p);
    umws_plat_thread *t = calloc(producers, sizeof *t);
    if (p == NULL || t == NULL) {
        free(p);
        free(t);
        return -1;
    }
    for (uint32_t i = 0; i < producers; i++) {
        if (bench_lane_of(lane_words + (size_t)i * UMWS_BENCH_LANE_WORDS, &p[i].lane) != 0) {
            free(p);
            free(t);
            return -1;
        }
    }
    uint64_t start = umws_plat_now_ns();
    uint32_t started = 1;
    for (uint32_t i = 0; i < producers; i++) {
        p[i].gpu = gpu;
        p[i].detect_mode = detect_mode;
        p[i].batch = batch;
        p[i].cpu = i == 0 ? -1 : cpus[i]; /* producer 0 is the calling thread, already where it runs */
        p[i].end_ns = start + duration_ns;
    }
    /* Producers 1.. on threads of their own, producer 0 on the calling thread. */
    for (uint32_t i = 1; i < producers; i++) {
        if (umws_plat_thread_start(&t[i], bench_lane_produce, &p[i]) != 0) {
            p[0].end_ns = start; /* stop at once: the cell cannot be measured */
            break;
        }
        started++;
    }
    bench_lane_produce(&p[0]);
    uint64_t total = 0, last = start, cpu = 0;
    int32_t status = started == producers ? 0 : -1;
    for (uint32_t i = 0; i < started; i++) {
        if (i > 0) {
            umws_plat_thread_join(&t[i]);
        }
        total += p[i].packets;
        last = p[i].done_ns > last ? p[i].done_ns : last;
        cpu = cpu == UINT64_MAX || p[i].cpu_ns == UINT64_MAX ? UINT64_MAX : cpu + p[i].cpu_ns;
        status = status != 0 ? status : p[i].status;
    }
    free(p);
    free(t);
    *packets = total;
    *elapsed_ns = last - start;
    *cpu_ns = cpu;
    return status;
}

UMWS_API uint64_t umws_bench_thread_cpu_ns(void)
{
    uint64_t ns = 0;
    return umws_plat_self_cpu_ns(&ns) == 0 ? ns : UINT64_MAX;
}

/*
 * The bounced line: 'ball' odd is the receiver's turn, even the sender's (PINGPONG_STOP: the
 * sender has stopped); 'stamp' is the sender's clock carried with the ball in the one-way phase,
 * which starts at the receiver's turn 'one_way_from'. All three on one line, so that one transfer
 * carries them; 128-byte aligned and alone in its pair of lines, so that no adjacent-line
 * prefetch pairs it with anything else.
 */
#define PINGPONG_STOP UINT64_MAX
/* Spins of a wait before it looks at the clock: only a wait whose other side was descheduled. */
#define PINGPONG_SPINS_PER_CLOCK 4096u

typedef struct bench_pingpong
{
    _Alignas(128) uint64_t ball;
    uint64_t stamp;
    uint64_t one_way_from;
    uint8_t pad[104];
    _Alignas(128) uint64_t *one_way_ns; /* read-mostly, on lines of their own */
    uint32_t one_way;
    int32_t cpu;
    int32_t pinned;
    uint32_t ready;
} bench_pingpong;

static void bench_ponger(void *arg)
{
    bench_pingpong *p = arg;
    p->pinned = p->cpu >= 0 && umws_plat_pin_self(p->cpu) == 0;
    umws_store_release_u32(&p->ready, 1);
    for (uint64_t i = 0;; i++) {
        uint64_t b;
        /* Inline spin, no pause hint: the line is seen the moment it arrives. */
        while ((b = umws_load_acquire_u64(&p->ball)) != 2 * i + 1 && b != PINGPONG_STOP) {
        }
        if (b == PINGPONG_STOP) {
            return;
        }
        /* Pairs with the sender's release store of the ball: its stamp and phase are visible. */
        uint64_t from = umws_load_relaxed_u64(&p->one_way_from);
        if (i >= from && i - from < p->one_way) {
            p->one_way_ns[i - from] = umws_plat_now_ns() - umws_load_relaxed_u64(&p->stamp);
        }
        umws_store_release_u64(&p->ball, 2 * i + 2);
    }
}

/* Serves turn i and spins for the return; -1 when the budget ran out while the other side was away. */
static inline int bench_pingpong_serve(bench_pingpong *p, uint64_t i, uint64_t deadline)
{
    umws_store_release_u64(&p->ball, 2 * i + 1);
    uint32_t spins = 0;
    while (umws_load_acquire_u64(&p->ball) != 2 * i + 2) {
        if (++spins == PINGPONG_SPINS_PER_CLOCK) {
            spins = 0;
            if (umws_plat_now_ns() > deadline) {
                return -1;
            }
        }
    }
    return 0;
}

UMWS_API int32_t umws_bench_pingpong_blocks(int32_t cpu, uint32_t blocks, uint32_t per_block, uint32_t one_way,
                                            uint64_t budget_ns, uint64_t *block_ns, uint64_t *one_way_ns,
                                            uint32_t *done, int32_t *pinned)
{
    if (blocks == 0 || per_block == 0 || one_way == 0 || block_ns == NULL || one_way_ns == NULL || done == NULL ||
        pinned == NULL) {
        return -1;
    }
    bench_pingpong *p = umws_plat_pages_alloc(sizeof *p);
    if (p == NULL) {
        return -1;
    }
    p->one_way_from = PINGPONG_STOP;
    p->one_way_ns = one_way_ns;
    p->one_way = one_way;
    p->cpu = cpu;
    umws_plat_thread t;
    if (umws_plat_thread_start(&t, bench_ponger, p) != 0) {
        umws_plat_pages_free(p, sizeof *p);
        return -1;
    }
    while (!umws_load_acquire_u32(&p->ready)) {
        umws_plat_cpu_relax();
    }
    /* Each phase gets half the budget, so that a slow first phase leaves the second its share. */
    uint64_t deadline = umws_plat_now_ns() + budget_ns / 2;
    uint64_t i = 0;
    uint32_t b = 0, k = 0;
    int out = 0;
    /* One block first that is not kept: both caches' and the ponger's warm-up. */
    for (int32_t warm = 1; !out && b < blocks; warm = 0) {
        uint64_t t0 = umws_plat_now_ns();
        for (uint32_t j = 0; j < per_block && !out; j++) {
            out = bench_pingpong_serve(p, i++, deadline);
        }
        uint64_t t1 = umws_plat_now_ns();
        if (!out && !warm) {
            block_ns[b++] = t1 - t0;
        }
        out = out || t1 > deadline;
    }
    /* The stamp goes out with the ball, on the same line: one transfer carries both. */
    bench_store_relaxed_u64(&p->one_way_from, i);
    deadline = umws_plat_now_ns() + budget_ns / 2;
    out = 0;
    /* A round trip the first phase gave up on must come back before the next serve. */
    while (umws_load_acquire_u64(&p->ball) != 2 * i && !out) {
        out = umws_plat_now_ns() > deadline;
    }
    for (; !out && k < one_way; k++) {
        uint64_t now = umws_plat_now_ns();
        bench_store_relaxed_u64(&p->stamp, now);
        out = now > deadline || bench_pingpong_serve(p, i++, deadline) != 0;
    }
    umws_store_release_u64(&p->ball, PINGPONG_STOP);
    umws_plat_thread_join(&t);
    done[0] = b;
    done[1] = out && k > 0 ? k - 1 : k; /* a hand-off cut short is not a sample */
    *pinned = p->pinned;
    umws_plat_pages_free(p, sizeof *p);
    return 0;
}
