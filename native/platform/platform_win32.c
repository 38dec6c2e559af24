/*
 * platform_win32.c - Windows: Win32 threads, SRW locks, condition variables,
 * QueryPerformanceCounter, and the doorbell VA scheme used on Windows.
 *
 * Windows scheme for stable doorbell VAs: a placeholder-based remap (VirtualAlloc2 +
 * MapViewOfFile3) must unmap the old view (UnmapViewOfFile2 with MEM_PRESERVE_PLACEHOLDER)
 * before mapping the new one, and a store in that window faults; Wine 8 also refuses
 * MEM_RESERVE_PLACEHOLDER. So on Windows each doorbell VA is its own committed page that never
 * moves, and "connect" points the firmware at that page instead of moving the page to the
 * BAR (umws_plat_va_watch_connected() == 1). A ring after disconnect lands in a page the
 * firmware no longer watches: harmless, as on POSIX. The difference: the UMD's page is not
 * the BAR page, so the global-doorbell placement (many VAs on one doorbell) is refused here.
 * A VA of several pages (doorbells above 4 KiB) is as many committed pages; the firmware
 * watches the doorbell's 64-bit slot in it, primary or secondary alike (bar.c moves the source
 * and carries its value over, so the move itself is not a ring). No dummy region is needed.
 */
#if defined(_WIN32)
#include "platform.h"

#include <stdlib.h>
#include <windows.h>

#define PAGE 4096u

struct umws_plat_bar
{
    uint8_t *view;
    uint64_t bar_bytes;
};

typedef struct
{
    void (*fn)(void *);
    void *arg;
} umws_plat_start;

static DWORD WINAPI umws_plat_trampoline(LPVOID p)
{
    umws_plat_start s = *(umws_plat_start *)p;
    free(p);
    s.fn(s.arg);
    return 0;
}

static int umws_plat_pin(HANDLE thread, int cpu)
{
    if (cpu < 0 || cpu >= (int)(8 * sizeof(DWORD_PTR))) {
        return -1;
    }
    return SetThreadAffinityMask(thread, (DWORD_PTR)1 << cpu) != 0 ? 0 : -1;
}

int umws_plat_thread_pin(const umws_plat_thread *t, int cpu)
{
    return t == NULL || t->handle == NULL ? -1 : umws_plat_pin((HANDLE)t->handle, cpu);
}

int umws_plat_pin_self(int cpu)
{
    return umws_plat_pin(GetCurrentThread(), cpu);
}

int umws_plat_unpin_self(void)
{
    DWORD_PTR process = 0;
    DWORD_PTR system = 0;
    if (!GetProcessAffinityMask(GetCurrentProcess(), &process, &system)) {
        return -1;
    }
    return SetThreadAffinityMask(GetCurrentThread(), process) != 0 ? 0 : -1;
}

int umws_plat_thread_start(umws_plat_thread *t, void (*fn)(void *), void *arg)
{
    umws_plat_start *s = malloc(sizeof *s);
    if (s == NULL) {
        return -1;
    }
    s->fn = fn;
    s->arg = arg;
    HANDLE h = CreateThread(NULL, 0, umws_plat_trampoline, s, 0, NULL);
    if (h == NULL) {
        free(s);
        return -1;
    }
    t->handle = h;
    return 0;
}

void umws_plat_thread_join(umws_plat_thread *t)
{
    if (t->handle != NULL) {
        WaitForSingleObject(t->handle, INFINITE);
        CloseHandle(t->handle);
        t->handle = NULL;
    }
}

int umws_plat_self_cpu_ns(uint64_t *ns)
{
    (void)ns;
    return -1;
}

uint64_t umws_plat_thread_self(void)
{
    return (uint64_t)GetCurrentThreadId();
}

int umws_plat_thread_cpu_ns(const umws_plat_thread *t, uint64_t *ns)
{
    FILETIME created, exited, kernel, user;
    if (t == NULL || t->handle == NULL || ns == NULL || !GetThreadTimes(t->handle, &created, &exited, &kernel, &user)) {
        return -1;
    }
    /* 100 ns units, advanced at each clock tick (about 15.6 ms): coarse over short spans. */
    uint64_t k = ((uint64_t)kernel.dwHighDateTime << 32) | kernel.dwLowDateTime;
    uint64_t u = ((uint64_t)user.dwHighDateTime << 32) | user.dwLowDateTime;
    *ns = (k + u) * 100u;
    return 0;
}

int umws_plat_mutex_init(umws_plat_mutex *m)
{
    SRWLOCK *l = malloc(sizeof *l);
    if (l == NULL) {
        return -1;
    }
    InitializeSRWLock(l);
    m->impl = l;
    return 0;
}

void umws_plat_mutex_destroy(umws_plat_mutex *m)
{
    free(m->impl);
    m->impl = NULL;
}

void umws_plat_mutex_lock(umws_plat_mutex *m)
{
    AcquireSRWLockExclusive(m->impl);
}

void umws_plat_mutex_unlock(umws_plat_mutex *m)
{
    ReleaseSRWLockExclusive(m->impl);
}

int umws_plat_cond_init(umws_plat_cond *c)
{
    CONDITION_VARIABLE *v = malloc(sizeof *v);
    if (v == NULL) {
        return -1;
    }
    InitializeConditionVariable(v);
    c->impl = v;
    return 0;
}

void umws_plat_cond_destroy(umws_plat_cond *c)
{
    free(c->impl);
    c->impl = NULL;
}

void umws_plat_cond_wait(umws_plat_cond *c, umws_plat_mutex *m)
{
    SleepConditionVariableSRW(c->impl, m->impl, INFINITE, 0);
}

void umws_plat_cond_wait_ns(umws_plat_cond *c, umws_plat_mutex *m, uint64_t timeout_ns)
{
    DWORD ms = (DWORD)((timeout_ns + 999999u) / 1000000u);
    SleepConditionVariableSRW(c->impl, m->impl, ms == 0 ? 1 : ms, 0);
}

void umws_plat_cond_signal(umws_plat_cond *c)
{
    WakeConditionVariable(c->impl);
}

void umws_plat_cond_broadcast(umws_plat_cond *c)
{
    WakeAllConditionVariable(c->impl);
}

uint64_t umws_plat_now_ns(void)
{
    static LARGE_INTEGER freq;
    LARGE_INTEGER now;
    if (freq.QuadPart == 0) {
        QueryPerformanceFrequency(&freq);
    }
    QueryPerformanceCounter(&now);
    return (uint64_t)((double)now.QuadPart * 1e9 / (double)freq.QuadPart);
}

void umws_plat_sleep_ns(uint64_t ns)
{
    DWORD ms = (DWORD)(ns / 1000000u);
    Sleep(ms == 0 ? (ns > 0 ? 1 : 0) : ms);
}

void umws_plat_cpu_relax(void)
{
    YieldProcessor();
}

/* huge_view is not taken: large pages need SeLockMemoryPrivilege, and here the firmware reads the
   doorbell VAs' own pages anyway (see above). */
int umws_plat_bar_create(uint64_t bar_bytes, uint32_t huge_view, umws_plat_bar **out, uint8_t **bar_view)
{
    (void)huge_view;
    if (bar_bytes == 0 || bar_bytes % PAGE != 0) {
        return -1;
    }
    umws_plat_bar *bar = calloc(1, sizeof *bar);
    if (bar == NULL) {
        return -1;
    }
    bar->view = VirtualAlloc(NULL, (SIZE_T)bar_bytes, MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
    if (bar->view == NULL) {
        free(bar);
        return -1;
    }
    bar->bar_bytes = bar_bytes;
    *out = bar;
    *bar_view = bar->view;
    return 0;
}

uint64_t umws_plat_bar_huge_bytes(umws_plat_bar *bar)
{
    (void)bar;
    return 0;
}

void umws_plat_bar_destroy(umws_plat_bar *bar)
{
    if (bar != NULL) {
        VirtualFree(bar->view, 0, MEM_RELEASE);
        free(bar);
    }
}

static int umws_plat_pages_ok(uint32_t pages)
{
    return pages >= 1 && pages <= UMWS_PLAT_VA_MAX_PAGES;
}

/* The VA's own pages, committed once; nothing ever maps over them. */
int umws_plat_va_reserve(umws_plat_bar *bar, uint32_t pages, void **va)
{
    (void)bar;
    if (!umws_plat_pages_ok(pages)) {
        return -1;
    }
    void *p = VirtualAlloc(NULL, (SIZE_T)pages * PAGE, MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
    if (p == NULL) {
        return -1;
    }
    *va = p;
    return 0;
}

/* Nothing moves: the range check keeps the two schemes refusing the same connects. */
int umws_plat_va_map_bar(umws_plat_bar *bar, void *va, uint64_t page_offset, uint32_t pages)
{
    (void)va;
    return umws_plat_pages_ok(pages) && page_offset % PAGE == 0 && page_offset < bar->bar_bytes &&
                   (uint64_t)pages * PAGE <= bar->bar_bytes - page_offset
               ? 0
               : -1;
}

int umws_plat_va_map_dummy(umws_plat_bar *bar, void *va, uint32_t pages)
{
    (void)bar;
    (void)va;
    return umws_plat_pages_ok(pages) ? 0 : -1;
}

int umws_plat_va_release(umws_plat_bar *bar, void *va, uint32_t pages)
{
    (void)bar;
    (void)pages; /* MEM_RELEASE frees the whole reservation */
    return VirtualFree(va, 0, MEM_RELEASE) ? 0 : -1;
}

int umws_plat_va_watch_connected(void)
{
    return 1;
}

void *umws_plat_pages_alloc(size_t bytes)
{
    return VirtualAlloc(NULL, bytes, MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
}

void umws_plat_pages_free(void *p, size_t bytes)
{
    (void)bytes;
    if (p != NULL) {
        VirtualFree(p, 0, MEM_RELEASE);
    }
}

/* Large pages need SeLockMemoryPrivilege: small pages, whatever is asked. */
void *umws_plat_pages_alloc_sized(size_t bytes, uint32_t huge)
{
    (void)huge;
    return umws_plat_pages_alloc(bytes);
}

uint64_t umws_plat_huge_bytes(const void *start)
{
    (void)start;
    return 0;
}
#endif /* _WIN32 */
