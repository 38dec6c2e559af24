/*
 * test_trace.c - the recorder (umws_trace.h): nothing is recorded while off; several threads
 * write at once, each into its own buffer, in order; a full buffer counts its drops; a discard
 * while writers run waits for them; queue ids; a firmware run leaves its events. Run also under
 * ASan+UBSan and TSan (CMake's twins), which is where the lock-free protocol is checked.
 */
#include <string.h>

#include "platform/platform.h"
#include "trace/trace.h"
#include "umws_test.h"

#define WRITERS 4u
#define PER_WRITER 20000u

typedef struct writer
{
    uint32_t index;
    uint32_t count;
    uint32_t *go; /* release by the main thread, acquire by writers */
    uint32_t *stop; /* for the discard test: write until told */
} writer;

static void write_events(void *arg)
{
    writer *w = arg;
    char name[32];
    snprintf(name, sizeof name, "writer %u", w->index);
    umws_trace_thread_name(UMWS_TRACE_PID_HOST, name);
    while (!umws_load_acquire_u32(w->go)) {
        umws_plat_cpu_relax();
    }
    for (uint32_t i = 0; i < w->count; i++) {
        UMWS_TRACE(UMWS_TRACE_UMD_RING, 0, w->index + 1, i + 1, i * 8u);
    }
    while (w->stop != NULL && !umws_load_acquire_u32(w->stop)) {
        UMWS_TRACE(UMWS_TRACE_UMD_DOORBELL, 0, w->index + 1, 0, 0);
    }
}

static UMWS_TRACE_BUFFER *find(const char *name)
{
    UMWS_TRACE_BUFFER *all[64];
    uint32_t n = umws_trace_buffers(all, 64);
    for (uint32_t i = 0; i < n && i < 64; i++) {
        if (strcmp(all[i]->Name, name) == 0) {
            return all[i];
        }
    }
    return NULL;
}

static void test_off_records_nothing(void)
{
    UMWS_CHECK_EQ(umws_trace_enabled(), 0);
    UMWS_TRACE(UMWS_TRACE_UMD_RING, 0, 1, 1, 0);
    umws_trace_emit(UMWS_TRACE_UMD_RING, 0, 1, 1, 0); /* the call itself checks the switch too */
    UMWS_CHECK_EQ(umws_trace_buffers(NULL, 0), 0);
}

/* Writers run at once; each buffer holds exactly its writer's events, in order, with rising times. */
static void test_writers_in_parallel(uint64_t capacity, uint64_t expect_kept)
{
    UMWS_CHECK_EQ(umws_trace_start(capacity), 0);
    uint32_t go = 0;
    writer w[WRITERS];
    umws_plat_thread t[WRITERS];
    for (uint32_t i = 0; i < WRITERS; i++) {
        w[i] = (writer){i, PER_WRITER, &go, NULL};
        UMWS_CHECK_EQ(umws_plat_thread_start(&t[i], write_events, &w[i]), 0);
    }
    umws_store_release_u32(&go, 1);
    for (uint32_t i = 0; i < WRITERS; i++) {
        umws_plat_thread_join(&t[i]);
    }
    umws_trace_stop();
    UMWS_CHECK_EQ(umws_trace_buffers(NULL, 0), WRITERS);
    for (uint32_t i = 0; i < WRITERS; i++) {
        char name[32];
        snprintf(name, sizeof name, "writer %u", i);
        UMWS_TRACE_BUFFER *b = find(name);
        UMWS_CHECK(b != NULL);
        if (b == NULL) {
            continue;
        }
        uint64_t count = umws_load_acquire_u64(&b->Count);
        UMWS_CHECK_EQ(count, expect_kept);
        UMWS_CHECK_EQ(b->Dropped, PER_WRITER - expect_kept);
        UMWS_CHECK_EQ(b->Pid, UMWS_TRACE_PID_HOST);
        uint32_t in_order = 1;
        for (uint64_t k = 0; k < count; k++) {
            const UMWS_TRACE_EVENT *e = &b->Events[k];
            in_order &= e->Queue == i + 1 && e->Fence == k + 1 && e->Type == UMWS_TRACE_UMD_RING &&
                        (k == 0 || e->Time >= b->Events[k - 1].Time);
        }
        UMWS_CHECK(in_order);
    }
    umws_trace_discard();
    UMWS_CHECK_EQ(umws_trace_buffers(NULL, 0), 0);
}

/* Polls until both writers' buffers of the session are full and dropping; 1, or 0 after 10 s. */
static int both_dropping(void)
{
    uint64_t until = umws_plat_now_ns() + 10000000000ull;
    while (umws_plat_now_ns() < until) {
        UMWS_TRACE_BUFFER *a = find("writer 10"), *b = find("writer 11");
        if (a != NULL && b != NULL && umws_load_relaxed_u64(&a->Dropped) > 0 &&
            umws_load_relaxed_u64(&b->Dropped) > 0) {
            return 1;
        }
        umws_plat_sleep_ns(100000);
    }
    return 0;
}

/* Discard while writers keep writing: it waits for any writer inside, and they stop writing. */
static void test_discard_while_writing(void)
{
    UMWS_CHECK_EQ(umws_trace_start(64), 0);
    uint32_t go = 1, stop = 0;
    writer w[2];
    umws_plat_thread t[2];
    for (uint32_t i = 0; i < 2; i++) {
        w[i] = (writer){10 + i, 100, &go, &stop};
        UMWS_CHECK_EQ(umws_plat_thread_start(&t[i], write_events, &w[i]), 0);
    }
    UMWS_CHECK(both_dropping()); /* both past their fixed count, writing until told */
    umws_trace_discard();
    UMWS_CHECK_EQ(umws_trace_enabled(), 0);
    /* A second session while the same threads still run: they register fresh buffers. */
    UMWS_CHECK_EQ(umws_trace_start(64), 0);
    UMWS_CHECK(both_dropping());
    umws_store_release_u32(&stop, 1);
    for (uint32_t i = 0; i < 2; i++) {
        umws_plat_thread_join(&t[i]);
    }
    umws_trace_stop();
    UMWS_TRACE_BUFFER *b = find("writer 10");
    UMWS_CHECK(b != NULL);
    if (b != NULL) {
        UMWS_CHECK_EQ(umws_load_acquire_u64(&b->Count), 64); /* filled, then counted drops */
        UMWS_CHECK(b->Dropped > 0);
    }
    UMWS_CHECK_EQ(umws_trace_start(64) == 0, 1); /* start discards the stopped session itself */
    UMWS_CHECK_EQ(umws_trace_start(64), (uint64_t)(int64_t)-5); /* one session at a time */
    umws_trace_discard();
}

static void test_queue_ids(void)
{
    uint64_t a, b;
    uint32_t ia = umws_trace_queue_id(&a, 0);
    UMWS_CHECK(ia != 0);
    UMWS_CHECK_EQ(umws_trace_queue_id(&a, 0), ia);
    uint32_t ib = umws_trace_queue_id(&b, 0);
    UMWS_CHECK(ib != ia);
    uint32_t ia2 = umws_trace_queue_id(&a, 1); /* the fence's memory reused by a new queue */
    UMWS_CHECK(ia2 != ia && ia2 != ib);
    UMWS_CHECK_EQ(umws_trace_queue_id(&a, 0), ia2);
    UMWS_CHECK_EQ(umws_trace_queue_id(NULL, 0), 0);
    /* Enough keys to grow the table a few times. */
    static uint64_t many[2000];
    uint32_t distinct = 1;
    for (uint32_t i = 0; i < 2000; i++) {
        uint32_t id = umws_trace_queue_id(&many[i], 0);
        distinct &= id != 0 && umws_trace_queue_id(&many[i], 0) == id;
    }
    UMWS_CHECK(distinct);
}

static void test_layout(void)
{
    uint64_t v[32];
    uint32_t n = umws_trace_layout(v, 32);
    UMWS_CHECK_EQ(n, 19);
    UMWS_CHECK_EQ(v[0], 32);  /* an event is 32 bytes */
    UMWS_CHECK_EQ(v[7], 96);  /* a buffer header */
    UMWS_CHECK_EQ(v[15], 128); /* a thread record */
}

int main(void)
{
    test_off_records_nothing();
    test_writers_in_parallel(UMWS_TRACE_DEFAULT_EVENTS, PER_WRITER); /* room for all: no drop */
    test_writers_in_parallel(1000, 1000);                            /* full: the rest counted */
    test_discard_while_writing();
    test_queue_ids();
    test_layout();
    test_off_records_nothing();
    return umws_test_finish("test_trace");
}
