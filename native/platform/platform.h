/*
 * platform.h - what the emulated GPU needs from the operating system: threads, locks,
 * condition variables, a monotonic clock, atomics with named orderings, and the memory
 * behind the doorbell BAR with its stable CPU VAs. POSIX: platform_posix.c; Win32:
 * platform_win32.c. The guarded copies behind umws_probe.h: platform_probe_posix.c and
 * platform_probe_win32.c.
 */
#ifndef UMWS_PLATFORM_H
#define UMWS_PLATFORM_H

#include <stddef.h>
#include <stdint.h>

/* ---- Atomics on plain fields shared with other threads (and with Java) --------------------- */
#if defined(_MSC_VER) && !defined(__clang__)
#include <intrin.h>
#define umws_load_acquire_u64(p) ((uint64_t)_InterlockedCompareExchange64((volatile long long *)(p), 0, 0))
#define umws_store_release_u64(p, v) ((void)_InterlockedExchange64((volatile long long *)(p), (long long)(v)))
#define umws_load_acquire_u32(p) ((uint32_t)_InterlockedCompareExchange((volatile long *)(p), 0, 0))
#define umws_store_release_u32(p, v) ((void)_InterlockedExchange((volatile long *)(p), (long)(v)))
#define umws_load_acquire_ptr(p) _InterlockedCompareExchangePointer((void *volatile *)(p), NULL, NULL)
#define umws_store_release_ptr(p, v) ((void)_InterlockedExchangePointer((void *volatile *)(p), (v)))
#define umws_fetch_add_u64(p, v) ((uint64_t)_InterlockedExchangeAdd64((volatile long long *)(p), (long long)(v)))
#define umws_load_seqcst_u64(p) umws_load_acquire_u64(p)
#define umws_add_seqcst_u64(p, v) ((uint64_t)_InterlockedExchangeAdd64((volatile long long *)(p), (long long)(v)))
#define umws_add_seqcst_u32(p, v) ((uint32_t)_InterlockedExchangeAdd((volatile long *)(p), (long)(v)))
#define umws_load_relaxed_u64(p) (*(volatile uint64_t *)(p))
#define umws_load_relaxed_u32(p) (*(volatile uint32_t *)(p))
#define umws_load_relaxed_ptr(p) (*(void *volatile *)(p))
#define umws_inc_relaxed_u64(p) ((void)_InterlockedIncrement64((volatile long long *)(p)))
#define umws_exchange_acquire_u32(p, v) ((uint32_t)_InterlockedExchange((volatile long *)(p), (long)(v)))
#define umws_add_release_u32(p, v) ((uint32_t)_InterlockedExchangeAdd((volatile long *)(p), (long)(v)))
#define umws_store_seqcst_ptr(p, v) umws_store_release_ptr(p, v)
#define umws_store_seqcst_u32(p, v) umws_store_release_u32(p, v)
#define umws_store_relaxed_u64(p, v) ((void)(*(volatile uint64_t *)(p) = (uint64_t)(v)))
#define umws_load_seqcst_u32(p) umws_load_acquire_u32(p)
#else
#define umws_load_acquire_u64(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
#define umws_store_release_u64(p, v) __atomic_store_n((p), (uint64_t)(v), __ATOMIC_RELEASE)
#define umws_load_acquire_u32(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
#define umws_store_release_u32(p, v) __atomic_store_n((p), (uint32_t)(v), __ATOMIC_RELEASE)
#define umws_load_acquire_ptr(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
#define umws_store_release_ptr(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)
#define umws_fetch_add_u64(p, v) __atomic_fetch_add((p), (uint64_t)(v), __ATOMIC_RELAXED)
#define umws_load_seqcst_u64(p) __atomic_load_n((p), __ATOMIC_SEQ_CST)
#define umws_add_seqcst_u64(p, v) __atomic_fetch_add((p), (uint64_t)(v), __ATOMIC_SEQ_CST)
#define umws_add_seqcst_u32(p, v) __atomic_fetch_add((p), (uint32_t)(v), __ATOMIC_SEQ_CST)
#define umws_load_relaxed_u64(p) __atomic_load_n((p), __ATOMIC_RELAXED)
/* A switch read on a hot path where only its value matters (the ISR's call log), no ordering. */
#define umws_load_relaxed_u32(p) __atomic_load_n((p), __ATOMIC_RELAXED)
/* A pointer used only as a hint (a prefetch address): no ordering, any recent value will do. */
#define umws_load_relaxed_ptr(p) __atomic_load_n((p), __ATOMIC_RELAXED)
/* Counters written by one thread, read by others: relaxed, no ordering implied. */
#define umws_inc_relaxed_u64(p) ((void)__atomic_fetch_add((p), 1, __ATOMIC_RELAXED))
/* Stores that must not pass a later seq_cst load (unbind/reset before umws_engine_quiesce). */
#define umws_store_seqcst_ptr(p, v) __atomic_store_n((p), (v), __ATOMIC_SEQ_CST)
#define umws_store_seqcst_u32(p, v) __atomic_store_n((p), (uint32_t)(v), __ATOMIC_SEQ_CST)
/* A flag consumed by its reader (the firmware's take of a queue's kick): acquire pairs with the
   setter's release store. */
#define umws_exchange_acquire_u32(p, v) __atomic_exchange_n((p), (uint32_t)(v), __ATOMIC_ACQUIRE)
/* A counter whose readers must see what its writer stored before the add (an engine's kicks). */
#define umws_add_release_u32(p, v) __atomic_fetch_add((p), (uint32_t)(v), __ATOMIC_RELEASE)
/* Stores of a field only its owner writes, read by others for its value alone (trace counters). */
#define umws_store_relaxed_u64(p, v) __atomic_store_n((p), (uint64_t)(v), __ATOMIC_RELAXED)
/* The loads of a Dekker pair (the recorder's writer against umws_trace_discard): with the other
   side's seq_cst store, one of the two threads sees the other's store. */
#define umws_load_seqcst_u32(p) __atomic_load_n((p), __ATOMIC_SEQ_CST)
#endif

/* A variable each thread has its own copy of. */
#if defined(_MSC_VER) && !defined(__clang__)
#define UMWS_THREAD_LOCAL __declspec(thread)
#else
#define UMWS_THREAD_LOCAL _Thread_local
#endif

/* A function the compiler must inline, so that constant arguments specialise its loop. */
#if defined(_MSC_VER) && !defined(__clang__)
#define UMWS_ALWAYS_INLINE __forceinline
#else
#define UMWS_ALWAYS_INLINE inline __attribute__((always_inline))
#endif

/* A branch the hot path almost never takes: laid out off the straight line. */
#if defined(_MSC_VER) && !defined(__clang__)
#define UMWS_UNLIKELY(x) (x)
#else
#define UMWS_UNLIKELY(x) __builtin_expect(!!(x), 0)
#endif

/* ---- Threads and synchronisation ------------------------------------------------------------ */
typedef struct umws_plat_thread
{
    void *handle; /* pthread_t or HANDLE, boxed */
} umws_plat_thread;

typedef struct umws_plat_mutex
{
    void *impl;
} umws_plat_mutex;

typedef struct umws_plat_cond
{
    void *impl;
} umws_plat_cond;

int umws_plat_thread_start(umws_plat_thread *t, void (*fn)(void *), void *arg);
void umws_plat_thread_join(umws_plat_thread *t);
/* The CPU time a started thread has run so far, ns (on a VM: including time stolen by the host
   while the thread was running). 0, or -1 where the OS cannot tell (macOS). */
int umws_plat_thread_cpu_ns(const umws_plat_thread *t, uint64_t *ns);
/* The same for the calling thread, at a resolution fit for spans of a millisecond: -1 where the
   OS has none (Windows counts thread time in clock ticks of about 15.6 ms). */
int umws_plat_self_cpu_ns(uint64_t *ns);
/* An id of the calling thread, comparable with umws_plat_thread_id_of. */
uint64_t umws_plat_thread_self(void);
/* Pins a started thread, or the calling thread, to one CPU (0-based), so that a measurement's
   threads do not migrate or share a CPU: 0 on success, -1 where the OS refuses or cannot (macOS
   has no hard affinity; a CPU outside the process's allowed set). */
int umws_plat_thread_pin(const umws_plat_thread *t, int cpu);
int umws_plat_pin_self(int cpu);
/* Undoes umws_plat_pin_self: the calling thread may run on the CPUs it had before its first pin.
   Threads started by umws_plat_thread_start always begin with those CPUs, never a creator's pin. */
int umws_plat_unpin_self(void);

int umws_plat_mutex_init(umws_plat_mutex *m);
void umws_plat_mutex_destroy(umws_plat_mutex *m);
void umws_plat_mutex_lock(umws_plat_mutex *m);
void umws_plat_mutex_unlock(umws_plat_mutex *m);

int umws_plat_cond_init(umws_plat_cond *c);
void umws_plat_cond_destroy(umws_plat_cond *c);
void umws_plat_cond_wait(umws_plat_cond *c, umws_plat_mutex *m);
/* Waits at most timeout_ns; spurious wake-ups allowed. */
void umws_plat_cond_wait_ns(umws_plat_cond *c, umws_plat_mutex *m, uint64_t timeout_ns);
void umws_plat_cond_signal(umws_plat_cond *c);
void umws_plat_cond_broadcast(umws_plat_cond *c);

/* ---- Time ------------------------------------------------------------------------------------- */
uint64_t umws_plat_now_ns(void);           /* monotonic, ns */
void umws_plat_sleep_ns(uint64_t ns);
void umws_plat_cpu_relax(void);            /* a spin-loop hint */
/* A hint that *p will be read soon: never faults, whatever p is. */
#if defined(_MSC_VER) && !defined(__clang__) && (defined(_M_X64) || defined(_M_IX86))
#define umws_plat_prefetch(p) _mm_prefetch((const char *)(p), _MM_HINT_T0)
#elif defined(_MSC_VER) && !defined(__clang__)
#define umws_plat_prefetch(p) ((void)(p))
#else
#define umws_plat_prefetch(p) __builtin_prefetch((p), 0, 3)
#endif

/* ---- Doorbell BAR memory and stable doorbell VAs --------------------------------------------- */
typedef struct umws_plat_bar umws_plat_bar;

/* The most pages one stable VA spans (UMWS_GPU_DBVA_MAX_PAGES: a 16 KiB doorbell). */
#define UMWS_PLAT_VA_MAX_PAGES 4u

/*
 * Allocates bar_bytes (a multiple of the page size) of zeroed BAR memory plus a dummy region of
 * UMWS_PLAT_VA_MAX_PAGES pages, so that the dummy goes over a whole VA in one remap.
 * huge_view 1: asks for huge pages under the GPU's own view (*bar_view, what the firmware scans),
 * where the OS offers them for shared memory and the BAR spans at least one
 * (UMWS_PLAT_HUGE_BYTES); otherwise, or when the OS declines, the view has small pages and works
 * the same. Doorbell VAs always map single small pages of the BAR.
 */
int umws_plat_bar_create(uint64_t bar_bytes, uint32_t huge_view, umws_plat_bar **out, uint8_t **bar_view);
void umws_plat_bar_destroy(umws_plat_bar *bar);
/* Bytes of the GPU's view of the BAR the OS maps with huge pages now: 0 when none (or unknown). */
uint64_t umws_plat_bar_huge_bytes(umws_plat_bar *bar);
/* The huge page a view is aligned to, bytes (a PMD of x86-64 and of arm64 with 4 KiB pages). */
#define UMWS_PLAT_HUGE_BYTES (2u * 1024u * 1024u)

/*
 * A stable VA of 'pages' pages (1..UMWS_PLAT_VA_MAX_PAGES); every call names the same count.
 * POSIX remaps it (MAP_FIXED over a shared memory object, all pages in one call): the BAR pages
 * from page_offset on connect, the dummy region on disconnect. Win32 keeps the VA's own pages
 * and moves the firmware's view instead (see platform_win32.c); umws_plat_va_watch_connected
 * tells the GPU which scheme is in force. Each returns 0, or -1 when refused (bad range).
 */
int umws_plat_va_reserve(umws_plat_bar *bar, uint32_t pages, void **va);
int umws_plat_va_map_bar(umws_plat_bar *bar, void *va, uint64_t page_offset, uint32_t pages);
int umws_plat_va_map_dummy(umws_plat_bar *bar, void *va, uint32_t pages);
int umws_plat_va_release(umws_plat_bar *bar, void *va, uint32_t pages);
/* 1 when the firmware must watch the connected VA itself rather than the BAR (Win32 scheme). */
int umws_plat_va_watch_connected(void);

/* ---- Zeroed page-aligned memory --------------------------------------------------------------- */
void *umws_plat_pages_alloc(size_t bytes);
void umws_plat_pages_free(void *p, size_t bytes);
/* The same with a page size asked for (freed with umws_plat_pages_free): huge 1, aligned to
   UMWS_PLAT_HUGE_BYTES with huge pages asked for; 0, small pages even where the OS would back
   large private memory with huge ones by itself. What the OS gave: umws_plat_huge_bytes. */
void *umws_plat_pages_alloc_sized(size_t bytes, uint32_t huge);
/* Bytes of the mapping that starts at 'start' the OS backs with huge pages now; 0 when none, or
   where it cannot tell. */
uint64_t umws_plat_huge_bytes(const void *start);

/* ---- Guarded copies of untrusted memory (umws_probe.h) ------------------------------------- */
/*
 * Each returns 0, -1 (a byte of the untrusted range is not accessible: UMWS_PROBE_FAULT) or -2
 * (the operating system refused the means: UMWS_PROBE_EPLATFORM). The caller (probe.c) has
 * already answered bytes == 0 and ranges that wrap past the top of the address space.
 */
/* Copies untrusted src into trusted dst. */
int32_t umws_plat_probe_copy_in(void *dst, const void *src, uint64_t bytes);
/* Copies trusted src into untrusted dst. Never writes a page that is not writable, but may leave
   a prefix written when a later page faults, unless umws_plat_probe_out_atomic says it cannot. */
int32_t umws_plat_probe_copy_out(void *dst, const void *src, uint64_t bytes);
/* 1 when umws_plat_probe_copy_out of this range writes every byte or none by itself. */
int umws_plat_probe_out_atomic(const void *dst, uint64_t bytes);
/* 0 when every page of [dst, dst + bytes) is writable; the contents stay as they were. */
int32_t umws_plat_probe_writable(void *dst, uint64_t bytes);

/* The mechanism in force: chosen once, at first use, from what the operating system allows. */
enum
{
    UMWS_PLAT_PROBE_VM = 1,    /* Linux: process_vm_readv / process_vm_writev on the process itself */
    UMWS_PLAT_PROBE_PIPE = 2,  /* POSIX: write(2) / read(2) through a per-thread pipe */
    UMWS_PLAT_PROBE_WIN32 = 3  /* Windows: VirtualQuery, then ReadProcessMemory / WriteProcessMemory */
};
uint32_t umws_plat_probe_mechanism(void);
/* Tests only: forces a mechanism (both POSIX ones get tested on Linux). 0, or -1 when it does not
   exist on this platform. Not exported from the shim. */
int umws_plat_probe_force(uint32_t mechanism);

/* Tests only: 'count' adjacent pages of the system's page size (umws_plat_probe_page_bytes), page
   i with access[i], a UMWS_PROBE_PAGE_* or UMWS_PLAT_PROBE_HOLE; NULL on failure. */
#define UMWS_PLAT_PROBE_HOLE 3u /* POSIX: unmapped (munmap); Win32: reserved, not committed */
void *umws_plat_probe_pages(uint32_t count, const uint32_t *access);
/* Unmaps what umws_plat_probe_pages returned, holes and all. 0 or -1. */
int32_t umws_plat_probe_pages_free(void *base, uint32_t count);
uint64_t umws_plat_probe_page_bytes(void);

#endif /* UMWS_PLATFORM_H */
