/*
 * platform_posix.c - Linux and macOS: pthreads, CLOCK_MONOTONIC, and a shared memory object
 * (memfd on Linux, an unlinked shm_open object on macOS) whose pages back the BAR and the
 * dummy page. Doorbell VAs are remapped with mmap(MAP_FIXED | MAP_SHARED): the old mapping is
 * replaced in one step, so a store racing the remap lands in one page or the other, never faults.
 */
#if !defined(_WIN32)
#define _GNU_SOURCE
#include "platform.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#define PAGE 4096u

struct umws_plat_bar
{
    int fd;
    uint64_t bar_bytes;  /* the dummy region (UMWS_PLAT_VA_MAX_PAGES pages) follows at this offset */
    uint8_t *view;       /* the GPU's own mapping of the BAR */
};

typedef struct
{
    void (*fn)(void *);
    void *arg;
} umws_plat_start;

static void *umws_plat_trampoline(void *p)
{
    umws_plat_start s = *(umws_plat_start *)p;
    free(p);
    s.fn(s.arg);
    return NULL;
}

int umws_plat_thread_start(umws_plat_thread *t, void (*fn)(void *), void *arg)
{
    umws_plat_start *s = malloc(sizeof *s);
    pthread_t *h = malloc(sizeof *h);
    if (s == NULL || h == NULL) {
        free(s);
        free(h);
        return -1;
    }
    s->fn = fn;
    s->arg = arg;
    if (pthread_create(h, NULL, umws_plat_trampoline, s) != 0) {
        free(s);
        free(h);
        return -1;
    }
    t->handle = h;
    return 0;
}

void umws_plat_thread_join(umws_plat_thread *t)
{
    if (t->handle != NULL) {
        pthread_join(*(pthread_t *)t->handle, NULL);
        free(t->handle);
        t->handle = NULL;
    }
}

uint64_t umws_plat_thread_self(void)
{
    return (uint64_t)(uintptr_t)pthread_self();
}

int umws_plat_mutex_init(umws_plat_mutex *m)
{
    pthread_mutex_t *p = malloc(sizeof *p);
    if (p == NULL || pthread_mutex_init(p, NULL) != 0) {
        free(p);
        return -1;
    }
    m->impl = p;
    return 0;
}

void umws_plat_mutex_destroy(umws_plat_mutex *m)
{
    if (m->impl != NULL) {
        pthread_mutex_destroy(m->impl);
        free(m->impl);
        m->impl = NULL;
    }
}

void umws_plat_mutex_lock(umws_plat_mutex *m)
{
    pthread_mutex_lock(m->impl);
}

void umws_plat_mutex_unlock(umws_plat_mutex *m)
{
    pthread_mutex_unlock(m->impl);
}

int umws_plat_cond_init(umws_plat_cond *c)
{
    pthread_cond_t *p = malloc(sizeof *p);
    pthread_condattr_t a;
    if (p == NULL) {
        return -1;
    }
    pthread_condattr_init(&a);
#if !defined(__APPLE__)
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
#endif
    if (pthread_cond_init(p, &a) != 0) {
        pthread_condattr_destroy(&a);
        free(p);
        return -1;
    }
    pthread_condattr_destroy(&a);
    c->impl = p;
    return 0;
}

void umws_plat_cond_destroy(umws_plat_cond *c)
{
    if (c->impl != NULL) {
        pthread_cond_destroy(c->impl);
        free(c->impl);
        c->impl = NULL;
    }
}

void umws_plat_cond_wait(umws_plat_cond *c, umws_plat_mutex *m)
{
    pthread_cond_wait(c->impl, m->impl);
}

void umws_plat_cond_wait_ns(umws_plat_cond *c, umws_plat_mutex *m, uint64_t timeout_ns)
{
    struct timespec ts;
#if defined(__APPLE__)
    ts.tv_sec = (time_t)(timeout_ns / 1000000000u);
    ts.tv_nsec = (long)(timeout_ns % 1000000000u);
    pthread_cond_timedwait_relative_np(c->impl, m->impl, &ts);
#else
    clock_gettime(CLOCK_MONOTONIC, &ts);
    uint64_t ns = (uint64_t)ts.tv_nsec + timeout_ns;
    ts.tv_sec += (time_t)(ns / 1000000000u);
    ts.tv_nsec = (long)(ns % 1000000000u);
    pthread_cond_timedwait(c->impl, m->impl, &ts);
#endif
}

void umws_plat_cond_signal(umws_plat_cond *c)
{
    pthread_cond_signal(c->impl);
}

void umws_plat_cond_broadcast(umws_plat_cond *c)
{
    pthread_cond_broadcast(c->impl);
}

uint64_t umws_plat_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void umws_plat_sleep_ns(uint64_t ns)
{
    struct timespec ts = {(time_t)(ns / 1000000000u), (long)(ns % 1000000000u)};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

void umws_plat_cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

static int umws_plat_shm(uint64_t bytes)
{
#if defined(__linux__)
    int fd = memfd_create("umws-bar", MFD_CLOEXEC);
#else
    char name[64];
    snprintf(name, sizeof name, "/umws-bar-%ld-%p", (long)getpid(), (void *)&name);
    int fd = shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0600);
    if (fd >= 0) {
        shm_unlink(name);
    }
#endif
    if (fd < 0) {
        return -1;
    }
    if (ftruncate(fd, (off_t)bytes) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

int umws_plat_bar_create(uint64_t bar_bytes, umws_plat_bar **out, uint8_t **bar_view)
{
    if (bar_bytes == 0 || bar_bytes % PAGE != 0) {
        return -1;
    }
    umws_plat_bar *bar = calloc(1, sizeof *bar);
    if (bar == NULL) {
        return -1;
    }
    bar->bar_bytes = bar_bytes;
    bar->fd = umws_plat_shm(bar_bytes + (uint64_t)UMWS_PLAT_VA_MAX_PAGES * PAGE);
    if (bar->fd < 0) {
        free(bar);
        return -1;
    }
    void *v = mmap(NULL, bar_bytes, PROT_READ | PROT_WRITE, MAP_SHARED, bar->fd, 0);
    if (v == MAP_FAILED) {
        close(bar->fd);
        free(bar);
        return -1;
    }
    bar->view = v;
    *out = bar;
    *bar_view = v;
    return 0;
}

void umws_plat_bar_destroy(umws_plat_bar *bar)
{
    if (bar != NULL) {
        munmap(bar->view, bar->bar_bytes);
        close(bar->fd);
        free(bar);
    }
}

/* One mmap over the whole VA: the old pages are replaced under one lock hold, so a store racing
   the remap finds either the old page or the new one, and a multi-page VA costs one TLB shootdown. */
static int umws_plat_map_at(umws_plat_bar *bar, void *va, uint64_t offset, uint32_t pages)
{
    void *r = mmap(va, (size_t)pages * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, bar->fd, (off_t)offset);
    return r == va ? 0 : -1;
}

static int umws_plat_pages_ok(uint32_t pages)
{
    return pages >= 1 && pages <= UMWS_PLAT_VA_MAX_PAGES;
}

int umws_plat_va_reserve(umws_plat_bar *bar, uint32_t pages, void **va)
{
    if (!umws_plat_pages_ok(pages)) {
        return -1;
    }
    void *r = mmap(NULL, (size_t)pages * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, bar->fd, (off_t)bar->bar_bytes);
    if (r == MAP_FAILED) {
        return -1;
    }
    *va = r;
    return 0;
}

int umws_plat_va_map_bar(umws_plat_bar *bar, void *va, uint64_t page_offset, uint32_t pages)
{
    if (!umws_plat_pages_ok(pages) || page_offset % PAGE != 0 || page_offset >= bar->bar_bytes ||
        (uint64_t)pages * PAGE > bar->bar_bytes - page_offset) {
        return -1;
    }
    return umws_plat_map_at(bar, va, page_offset, pages);
}

int umws_plat_va_map_dummy(umws_plat_bar *bar, void *va, uint32_t pages)
{
    return umws_plat_pages_ok(pages) ? umws_plat_map_at(bar, va, bar->bar_bytes, pages) : -1;
}

int umws_plat_va_release(umws_plat_bar *bar, void *va, uint32_t pages)
{
    (void)bar;
    return umws_plat_pages_ok(pages) && munmap(va, (size_t)pages * PAGE) == 0 ? 0 : -1;
}

int umws_plat_va_watch_connected(void)
{
    return 0;
}

void *umws_plat_pages_alloc(size_t bytes)
{
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

void umws_plat_pages_free(void *p, size_t bytes)
{
    if (p != NULL) {
        munmap(p, bytes);
    }
}
#endif /* !_WIN32 */
