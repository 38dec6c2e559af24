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
#include <sched.h>
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

#if defined(__linux__)
/* The CPUs a thread may run on before any pin (saved by the first umws_plat_pin_self). A thread
   inherits its creator's affinity: without this, every GPU thread started by a pinned producer
   would share the producer's CPU. Written once, before any thread that reads it is started. */
static cpu_set_t umws_plat_free_set;
static int umws_plat_free_saved;
#endif

static void *umws_plat_trampoline(void *p)
{
    umws_plat_start s = *(umws_plat_start *)p;
    free(p);
#if defined(__linux__)
    if (umws_plat_free_saved) {
        (void)pthread_setaffinity_np(pthread_self(), sizeof umws_plat_free_set, &umws_plat_free_set);
    }
#endif
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

#if defined(__linux__)
static int umws_plat_pin(pthread_t thread, int cpu)
{
    if (cpu < 0 || cpu >= CPU_SETSIZE) {
        return -1;
    }
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    return pthread_setaffinity_np(thread, sizeof set, &set) == 0 ? 0 : -1;
}
#endif

int umws_plat_thread_pin(const umws_plat_thread *t, int cpu)
{
#if defined(__linux__)
    return t == NULL || t->handle == NULL ? -1 : umws_plat_pin(*(pthread_t *)t->handle, cpu);
#else
    (void)t;
    (void)cpu;
    return -1; /* macOS: thread_policy_set's affinity tags are hints, not pinning */
#endif
}

int umws_plat_pin_self(int cpu)
{
#if defined(__linux__)
    if (!umws_plat_free_saved) {
        if (pthread_getaffinity_np(pthread_self(), sizeof umws_plat_free_set, &umws_plat_free_set) != 0) {
            return -1;
        }
        umws_plat_free_saved = 1;
    }
    return umws_plat_pin(pthread_self(), cpu);
#else
    (void)cpu;
    return -1;
#endif
}

int umws_plat_unpin_self(void)
{
#if defined(__linux__)
    if (!umws_plat_free_saved) {
        return 0; /* never pinned */
    }
    return pthread_setaffinity_np(pthread_self(), sizeof umws_plat_free_set, &umws_plat_free_set) == 0 ? 0 : -1;
#else
    return -1;
#endif
}

int umws_plat_thread_cpu_ns(const umws_plat_thread *t, uint64_t *ns)
{
#if defined(__APPLE__)
    (void)t;
    (void)ns;
    return -1; /* no pthread_getcpuclockid */
#else
    clockid_t clock;
    struct timespec ts;
    if (t == NULL || t->handle == NULL || ns == NULL ||
        pthread_getcpuclockid(*(pthread_t *)t->handle, &clock) != 0 || clock_gettime(clock, &ts) != 0) {
        return -1;
    }
    *ns = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    return 0;
#endif
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

int umws_plat_self_cpu_ns(uint64_t *ns)
{
    struct timespec ts;
    if (ns == NULL || clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0) {
        return -1;
    }
    *ns = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    return 0;
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

/*
 * The GPU's view of the BAR. With huge pages asked for (Linux): at a UMWS_PLAT_HUGE_BYTES-aligned
 * address, the file offset 0 with it, so that a huge page of the shared memory object can sit
 * under one TLB entry, and madvise(MADV_HUGEPAGE). Whether the kernel then backs the object with
 * huge pages is its shared-memory policy (/sys/kernel/mm/transparent_hugepage/shmem_enabled):
 * "advise", "always" and "within_size" do, "never" (a common default) does not, and the view
 * keeps small pages. MAP_HUGETLB cannot serve here: it needs a hugetlbfs object, whose pages a
 * doorbell VA could only map whole, never one 4 KiB page of.
 */
static uint8_t *umws_plat_map_view(int fd, uint64_t bytes, uint32_t huge_view)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (huge_view && bytes >= UMWS_PLAT_HUGE_BYTES) {
        size_t span = (size_t)bytes + UMWS_PLAT_HUGE_BYTES; /* room to align the start */
        uint8_t *room = mmap(NULL, span, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (room != MAP_FAILED) {
            uint8_t *at = (uint8_t *)(((uintptr_t)room + UMWS_PLAT_HUGE_BYTES - 1) &
                                      ~(uintptr_t)(UMWS_PLAT_HUGE_BYTES - 1));
            if (mmap(at, (size_t)bytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0) == at) {
                if (at > room) {
                    munmap(room, (size_t)(at - room));
                }
                if (room + span > at + bytes) {
                    munmap(at + bytes, (size_t)(room + span - (at + bytes)));
                }
                /* Refused or without effect under the policy: the view keeps small pages. */
                (void)madvise(at, (size_t)bytes, MADV_HUGEPAGE);
                /* One read per huge page faults it in now, so that umws_plat_bar_huge_bytes can
                   tell at once what the firmware will scan (it would fault them in itself). */
                for (uint64_t o = 0; o < bytes; o += UMWS_PLAT_HUGE_BYTES) {
                    (void)*(volatile uint8_t *)(at + o);
                }
                return at;
            }
            munmap(room, span);
        }
    }
#else
    (void)huge_view;
#endif
    void *v = mmap(NULL, (size_t)bytes, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    return v == MAP_FAILED ? NULL : v;
}

int umws_plat_bar_create(uint64_t bar_bytes, uint32_t huge_view, umws_plat_bar **out, uint8_t **bar_view)
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
    bar->view = umws_plat_map_view(bar->fd, bar_bytes, huge_view);
    if (bar->view == NULL) {
        close(bar->fd);
        free(bar);
        return -1;
    }
    *out = bar;
    *bar_view = bar->view;
    return 0;
}

uint64_t umws_plat_bar_huge_bytes(umws_plat_bar *bar)
{
    return bar == NULL ? 0 : umws_plat_huge_bytes(bar->view);
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

void *umws_plat_pages_alloc_sized(size_t bytes, uint32_t huge)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (huge) {
        size_t span = bytes + UMWS_PLAT_HUGE_BYTES; /* room to align the start */
        uint8_t *room = mmap(NULL, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (room == MAP_FAILED) {
            return NULL;
        }
        uint8_t *at =
            (uint8_t *)(((uintptr_t)room + UMWS_PLAT_HUGE_BYTES - 1) & ~(uintptr_t)(UMWS_PLAT_HUGE_BYTES - 1));
        if (at > room) {
            munmap(room, (size_t)(at - room));
        }
        if (room + span > at + bytes) {
            munmap(at + bytes, (size_t)(room + span - (at + bytes)));
        }
        (void)madvise(at, bytes, MADV_HUGEPAGE); /* refused: small pages */
        return at;
    }
    void *p = umws_plat_pages_alloc(bytes);
    if (p != NULL) {
        (void)madvise(p, bytes, MADV_NOHUGEPAGE); /* THP "always" would back it with huge pages */
    }
    return p;
#else
    (void)huge;
    return umws_plat_pages_alloc(bytes);
#endif
}

uint64_t umws_plat_huge_bytes(const void *start)
{
    uint64_t kib = 0;
#if defined(__linux__)
    /* The mapping's entry in smaps: AnonHugePages for private memory, ShmemPmdMapped (older
       kernels: FilePmdMapped) for shared memory, are what huge pages map of it. */
    FILE *f = start == NULL ? NULL : fopen("/proc/self/smaps", "r");
    if (f == NULL) {
        return 0;
    }
    char line[256];
    int in_mapping = 0;
    while (fgets(line, sizeof line, f) != NULL) {
        unsigned long long first, end, value;
        char perms[8];
        if (sscanf(line, "%llx-%llx %7s", &first, &end, perms) == 3) {
            in_mapping = first == (unsigned long long)(uintptr_t)start;
        } else if (in_mapping && (sscanf(line, "AnonHugePages: %llu kB", &value) == 1 ||
                                  sscanf(line, "ShmemPmdMapped: %llu kB", &value) == 1 ||
                                  sscanf(line, "FilePmdMapped: %llu kB", &value) == 1)) {
            kib += value;
        }
    }
    fclose(f);
#else
    (void)start;
#endif
    return kib * 1024u;
}
#endif /* !_WIN32 */
