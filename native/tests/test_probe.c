/*
 * test_probe.c - the guarded copies (umws_probe.h) never fault: reads and writes across
 * readable, read-only, no-access and freed pages, NULL and wild addresses, ranges that straddle
 * a good and a bad page (a failed write changes nothing), zero and large sizes, and many threads
 * at once. Every scenario runs under each mechanism the platform has (Linux: process_vm_* and the
 * pipe fallback, forced in turn); on Linux a seccomp filter also shows the fallback being chosen.
 */
#if defined(__linux__)
#define _GNU_SOURCE
#endif
#include <stdlib.h>
#include <string.h>

#include "platform/platform.h"
#include "umws/umws_probe.h"
#include "umws_test.h"

#if defined(__linux__)
#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

#define LARGE_BYTES (4u * 1024u * 1024u + 123u) /* more than any pipe holds: the fallback chunks it */

static uint64_t ps; /* bytes: the system's page size */

static uint8_t *pages(uint32_t a0, uint32_t a1)
{
    uint32_t access[2] = {a0, a1};
    uint8_t *p = umws_plat_probe_pages(2, access);
    UMWS_CHECK(p != NULL);
    return p;
}

static int all_bytes_are(const uint8_t *p, uint64_t n, uint8_t v)
{
    for (uint64_t i = 0; i < n; i++) {
        if (p[i] != v) {
            return 0;
        }
    }
    return 1;
}

static int is_pattern(const uint8_t *p, uint64_t from, uint64_t n)
{
    for (uint64_t i = 0; i < n; i++) {
        if (p[i] != UMWS_PROBE_PAGE_PATTERN(from + i)) {
            return 0;
        }
    }
    return 1;
}

static void test_pages_have_the_access_asked(void)
{
    uint8_t *ro = umws_probe_test_page(UMWS_PROBE_PAGE_READONLY);
    uint8_t *rw = umws_probe_test_page(UMWS_PROBE_PAGE_READWRITE);
    UMWS_CHECK(ro != NULL && rw != NULL);
    UMWS_CHECK(is_pattern(ro, 0, UMWS_PROBE_PAGE_BYTES));
    UMWS_CHECK(all_bytes_are(rw, UMWS_PROBE_PAGE_BYTES, 0));
    UMWS_CHECK(umws_probe_test_page(3) == NULL);
    UMWS_CHECK(umws_probe_test_page_free(NULL) == -1);
    UMWS_CHECK(umws_probe_test_page_free(ro) == 0);
    UMWS_CHECK(umws_probe_test_page_free(rw) == 0);
}

static void reads_copy_readable_pages(void)
{
    uint8_t *rw = umws_probe_test_page(UMWS_PROBE_PAGE_READWRITE);
    uint8_t *ro = umws_probe_test_page(UMWS_PROBE_PAGE_READONLY);
    uint8_t out[72];
    memset(rw + 100, 0x3C, sizeof out);
    UMWS_CHECK(umws_probe_read(out, rw + 100, sizeof out) == UMWS_PROBE_OK);
    UMWS_CHECK(all_bytes_are(out, sizeof out, 0x3C));
    UMWS_CHECK(umws_probe_read(out, ro + 4000, sizeof out) == UMWS_PROBE_OK); /* to the page's last bytes */
    UMWS_CHECK(is_pattern(out, 4000, sizeof out));
    UMWS_CHECK(umws_probe_read(out, ro + ps - 1, 1) == UMWS_PROBE_OK);
    UMWS_CHECK(out[0] == UMWS_PROBE_PAGE_PATTERN(ps - 1));
    umws_probe_test_page_free(rw);
    umws_probe_test_page_free(ro);
}

static void reads_fault_on_no_access_freed_null_and_wild_addresses(void)
{
    uint8_t *none = umws_probe_test_page(UMWS_PROBE_PAGE_NONE);
    uint8_t *freed = umws_probe_test_page(UMWS_PROBE_PAGE_READWRITE);
    uint8_t out[72];
    UMWS_CHECK(umws_probe_test_page_free(freed) == 0);
    UMWS_CHECK_EQ(umws_probe_read(out, freed, sizeof out), UMWS_PROBE_FAULT); /* before anything maps again */
    UMWS_CHECK_EQ(umws_probe_read(out, none, sizeof out), UMWS_PROBE_FAULT);
    UMWS_CHECK_EQ(umws_probe_read(out, none + ps - 1, 1), UMWS_PROBE_FAULT);
    UMWS_CHECK_EQ(umws_probe_read(out, NULL, sizeof out), UMWS_PROBE_FAULT);
    UMWS_CHECK_EQ(umws_probe_read(out, (void *)(uintptr_t)0x10, sizeof out), UMWS_PROBE_FAULT);
    UMWS_CHECK_EQ(umws_probe_read(out, (void *)(uintptr_t)0x0000800000000000ull, 8), UMWS_PROBE_FAULT); /* non-canonical */
    UMWS_CHECK_EQ(umws_probe_read(out, (void *)(uintptr_t)(UINT64_MAX - 4095), 16), UMWS_PROBE_FAULT); /* top page */
    UMWS_CHECK_EQ(umws_probe_read(out, (void *)(uintptr_t)(UINT64_MAX - 7), 16), UMWS_PROBE_FAULT);    /* wraps */
    UMWS_CHECK_EQ(umws_probe_read(out, (void *)(uintptr_t)0x10, UINT64_MAX), UMWS_PROBE_FAULT);
    umws_probe_test_page_free(none);
}

static void writes_fault_where_not_writable_and_change_nothing(void)
{
    uint8_t *ro = umws_probe_test_page(UMWS_PROBE_PAGE_READONLY);
    uint8_t *none = umws_probe_test_page(UMWS_PROBE_PAGE_NONE);
    uint8_t *rw = umws_probe_test_page(UMWS_PROBE_PAGE_READWRITE);
    uint8_t *freed = umws_probe_test_page(UMWS_PROBE_PAGE_READWRITE);
    uint8_t in[72];
    memset(in, 0x77, sizeof in);
    UMWS_CHECK(umws_probe_test_page_free(freed) == 0);
    UMWS_CHECK_EQ(umws_probe_write(freed, in, sizeof in), UMWS_PROBE_FAULT);
    UMWS_CHECK_EQ(umws_probe_writable(freed, sizeof in), UMWS_PROBE_FAULT);
    UMWS_CHECK_EQ(umws_probe_write(ro + 8, in, sizeof in), UMWS_PROBE_FAULT);
    UMWS_CHECK(is_pattern(ro, 0, ps));
    UMWS_CHECK_EQ(umws_probe_writable(ro, 1), UMWS_PROBE_FAULT);
    UMWS_CHECK_EQ(umws_probe_write(none, in, sizeof in), UMWS_PROBE_FAULT);
    UMWS_CHECK_EQ(umws_probe_writable(none, ps), UMWS_PROBE_FAULT);
    UMWS_CHECK_EQ(umws_probe_write(NULL, in, sizeof in), UMWS_PROBE_FAULT);
    UMWS_CHECK_EQ(umws_probe_write((void *)(uintptr_t)0x10, in, sizeof in), UMWS_PROBE_FAULT);
    UMWS_CHECK_EQ(umws_probe_writable((void *)(uintptr_t)0x10, sizeof in), UMWS_PROBE_FAULT);
    UMWS_CHECK_EQ(umws_probe_write((void *)(uintptr_t)(UINT64_MAX - 4095), in, 16), UMWS_PROBE_FAULT);
    UMWS_CHECK_EQ(umws_probe_writable((void *)(uintptr_t)(UINT64_MAX - 7), 16), UMWS_PROBE_FAULT);

    UMWS_CHECK_EQ(umws_probe_write(rw + ps - sizeof in, in, sizeof in), UMWS_PROBE_OK);
    UMWS_CHECK(all_bytes_are(rw + ps - sizeof in, sizeof in, 0x77));
    UMWS_CHECK(all_bytes_are(rw, ps - sizeof in, 0));
    memset(rw, 0x5E, ps);
    UMWS_CHECK_EQ(umws_probe_writable(rw, ps), UMWS_PROBE_OK);
    UMWS_CHECK(all_bytes_are(rw, ps, 0x5E)); /* the check wrote back what it read */
    umws_probe_test_page_free(ro);
    umws_probe_test_page_free(none);
    umws_probe_test_page_free(rw);
}

/* A good page then a bad one; the range covers the good page's last 'head' bytes and 8 more. */
static void straddling(uint32_t good, uint32_t bad, uint64_t head)
{
    uint8_t *p = pages(good, bad);
    if (p == NULL) {
        return;
    }
    uint8_t *at = p + ps - head;
    uint8_t *buf = malloc(head + 8);
    UMWS_CHECK_EQ(umws_probe_read(buf, at, head + 8), bad == UMWS_PROBE_PAGE_NONE || bad == UMWS_PLAT_PROBE_HOLE
                                                          ? UMWS_PROBE_FAULT
                                                          : UMWS_PROBE_OK);
    if (good == UMWS_PROBE_PAGE_READWRITE) {
        memset(p, 0x11, ps);
        memset(buf, 0x99, head + 8);
        UMWS_CHECK_EQ(umws_probe_write(at, buf, head + 8), UMWS_PROBE_FAULT);
        UMWS_CHECK(all_bytes_are(p, ps, 0x11)); /* all or nothing: the good page is untouched */
        UMWS_CHECK_EQ(umws_probe_writable(at, head + 8), UMWS_PROBE_FAULT);
        UMWS_CHECK(all_bytes_are(p, ps, 0x11));
        UMWS_CHECK_EQ(umws_probe_write(at, buf, head), UMWS_PROBE_OK); /* the good part alone is fine */
        UMWS_CHECK(all_bytes_are(at, head, 0x99));
    }
    free(buf);
    UMWS_CHECK(umws_plat_probe_pages_free(p, 2) == 0);
}

static void ranges_straddling_a_bad_page_fault(void)
{
    const uint32_t bad[3] = {UMWS_PROBE_PAGE_NONE, UMWS_PROBE_PAGE_READONLY, UMWS_PLAT_PROBE_HOLE};
    for (uint32_t i = 0; i < 3; i++) {
        straddling(UMWS_PROBE_PAGE_READWRITE, bad[i], 8);
        straddling(UMWS_PROBE_PAGE_READWRITE, bad[i], ps); /* the whole good page */
    }
    straddling(UMWS_PROBE_PAGE_READONLY, UMWS_PROBE_PAGE_NONE, 64);
    uint8_t *p = pages(UMWS_PROBE_PAGE_READWRITE, UMWS_PROBE_PAGE_READWRITE);
    uint8_t in[64];
    memset(in, 0x42, sizeof in);
    UMWS_CHECK_EQ(umws_probe_write(p + ps - 32, in, sizeof in), UMWS_PROBE_OK);
    UMWS_CHECK(all_bytes_are(p + ps - 32, sizeof in, 0x42));
    umws_plat_probe_pages_free(p, 2);
}

static void zero_sizes_touch_nothing(void)
{
    uint8_t *none = umws_probe_test_page(UMWS_PROBE_PAGE_NONE);
    UMWS_CHECK_EQ(umws_probe_read(NULL, NULL, 0), UMWS_PROBE_OK);
    UMWS_CHECK_EQ(umws_probe_read(NULL, none, 0), UMWS_PROBE_OK);
    UMWS_CHECK_EQ(umws_probe_write((void *)(uintptr_t)0x10, NULL, 0), UMWS_PROBE_OK);
    UMWS_CHECK_EQ(umws_probe_write(none, NULL, 0), UMWS_PROBE_OK);
    UMWS_CHECK_EQ(umws_probe_writable(none, 0), UMWS_PROBE_OK);
    UMWS_CHECK_EQ(umws_probe_writable((void *)(uintptr_t)UINT64_MAX, 0), UMWS_PROBE_OK);
    umws_probe_test_page_free(none);
}

/* LARGE_BYTES of read-write pages with one bad page after them. */
static void large_sizes_copy_and_fault_whole(void)
{
    uint64_t n = (LARGE_BYTES + ps - 1) / ps;
    uint32_t *access = malloc(sizeof *access * (n + 1));
    for (uint64_t i = 0; i < n; i++) {
        access[i] = UMWS_PROBE_PAGE_READWRITE;
    }
    access[n] = UMWS_PROBE_PAGE_READONLY;
    uint8_t *user = umws_plat_probe_pages((uint32_t)n + 1, access);
    uint8_t *os = malloc(LARGE_BYTES + ps);
    UMWS_CHECK(user != NULL && os != NULL);
    uint8_t *at = user + n * ps - LARGE_BYTES; /* ends exactly at the read-only page */
    for (uint64_t i = 0; i < LARGE_BYTES; i++) {
        os[i] = (uint8_t)(i * 31u + 7u);
    }
    UMWS_CHECK_EQ(umws_probe_write(at, os, LARGE_BYTES), UMWS_PROBE_OK);
    UMWS_CHECK(memcmp(at, os, LARGE_BYTES) == 0);
    memset(os, 0, LARGE_BYTES);
    UMWS_CHECK_EQ(umws_probe_read(os, at, LARGE_BYTES), UMWS_PROBE_OK);
    UMWS_CHECK(memcmp(at, os, LARGE_BYTES) == 0);
    UMWS_CHECK_EQ(umws_probe_writable(at, LARGE_BYTES), UMWS_PROBE_OK);
    UMWS_CHECK(memcmp(at, os, LARGE_BYTES) == 0);

    memset(os, 0xEE, LARGE_BYTES + 1);
    UMWS_CHECK_EQ(umws_probe_write(at, os, LARGE_BYTES + 1), UMWS_PROBE_FAULT); /* one byte too far */
    UMWS_CHECK(at[0] == 7 && at[LARGE_BYTES - 1] == (uint8_t)((LARGE_BYTES - 1) * 31u + 7u));
    UMWS_CHECK(at[LARGE_BYTES / 2] == (uint8_t)((LARGE_BYTES / 2) * 31u + 7u));
    UMWS_CHECK_EQ(umws_probe_read(os, at + LARGE_BYTES - ps, 2 * ps), UMWS_PROBE_OK); /* read-only is readable */
    UMWS_CHECK(is_pattern(os + ps, 0, ps));
    access[n] = UMWS_PROBE_PAGE_NONE;
    umws_plat_probe_pages_free(user, (uint32_t)n + 1);
    user = umws_plat_probe_pages((uint32_t)n + 1, access);
    UMWS_CHECK(user != NULL);
    UMWS_CHECK_EQ(umws_probe_read(os, user + ps, n * ps), UMWS_PROBE_FAULT); /* the last page is not readable */
    UMWS_CHECK_EQ(umws_probe_read(os, user, n * ps), UMWS_PROBE_OK);
    umws_plat_probe_pages_free(user, (uint32_t)n + 1);
    free(os);
    free(access);
}

/* A fault may leave bytes in the fallback's pipe; the next copy must not see them. */
static void a_fault_leaves_nothing_behind(void)
{
    uint8_t *ro = umws_probe_test_page(UMWS_PROBE_PAGE_READONLY);
    uint8_t *rw = umws_probe_test_page(UMWS_PROBE_PAGE_READWRITE);
    uint8_t in[512], out[512];
    memset(in, 0xAB, sizeof in);
    memset(rw, 0xCD, 512);
    for (int i = 0; i < 3; i++) {
        UMWS_CHECK_EQ(umws_probe_write(ro, in, sizeof in), UMWS_PROBE_FAULT); /* one page: no separate check */
        UMWS_CHECK_EQ(umws_probe_read(out, rw, sizeof out), UMWS_PROBE_OK);
        UMWS_CHECK(all_bytes_are(out, sizeof out, 0xCD));
    }
    umws_probe_test_page_free(ro);
    umws_probe_test_page_free(rw);
}

typedef struct prober
{
    const uint8_t *ro;
    uint8_t *none;
    uint8_t *own;    /* this thread's read-write page */
    uint32_t seed;
    uint32_t wrong;  /* answers or bytes not as expected */
} prober;

static void probe_many_times(void *arg)
{
    prober *p = arg;
    uint8_t in[96], out[96];
    for (uint32_t i = 0; i < 400; i++) {
        uint32_t off = (p->seed + i * 37u) % (UMWS_PROBE_PAGE_BYTES - sizeof out);
        memset(in, (int)(p->seed + i), sizeof in);
        p->wrong += umws_probe_read(out, p->ro + off, sizeof out) != UMWS_PROBE_OK || !is_pattern(out, off, sizeof out);
        p->wrong += umws_probe_read(out, p->none + off, sizeof out) != UMWS_PROBE_FAULT;
        p->wrong += umws_probe_write(p->own + off, in, sizeof in) != UMWS_PROBE_OK || memcmp(p->own + off, in, sizeof in) != 0;
        p->wrong += umws_probe_write((uint8_t *)(uintptr_t)p->ro + off, in, sizeof in) != UMWS_PROBE_FAULT;
        p->wrong += umws_probe_writable(p->own, ps) != UMWS_PROBE_OK;
        p->wrong += umws_probe_read(out, (void *)(uintptr_t)0x10, sizeof out) != UMWS_PROBE_FAULT;
    }
}

static void many_threads_probe_at_once(void)
{
    enum { THREADS = 8 };
    prober p[THREADS];
    umws_plat_thread t[THREADS];
    uint8_t *ro = umws_probe_test_page(UMWS_PROBE_PAGE_READONLY);
    uint8_t *none = umws_probe_test_page(UMWS_PROBE_PAGE_NONE);
    for (uint32_t i = 0; i < THREADS; i++) {
        p[i] = (prober){ro, none, umws_probe_test_page(UMWS_PROBE_PAGE_READWRITE), i * 1000u + 1u, 0};
        UMWS_CHECK(umws_plat_thread_start(&t[i], probe_many_times, &p[i]) == 0);
    }
    for (uint32_t i = 0; i < THREADS; i++) {
        umws_plat_thread_join(&t[i]);
        UMWS_CHECK_EQ(p[i].wrong, 0);
        umws_probe_test_page_free(p[i].own);
    }
    umws_probe_test_page_free(ro);
    umws_probe_test_page_free(none);
}

static void every_scenario(void)
{
    test_pages_have_the_access_asked();
    reads_copy_readable_pages();
    reads_fault_on_no_access_freed_null_and_wild_addresses();
    writes_fault_where_not_writable_and_change_nothing();
    ranges_straddling_a_bad_page_fault();
    zero_sizes_touch_nothing();
    large_sizes_copy_and_fault_whole();
    a_fault_leaves_nothing_behind();
    many_threads_probe_at_once();
}

#if defined(__linux__)
/* In a child: deny process_vm_readv/writev with EPERM, as some container profiles do. */
static int deny_process_vm(void)
{
    struct sock_filter f[] = {
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_process_vm_readv, 2, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_process_vm_writev, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (EPERM & SECCOMP_RET_DATA)),
    };
    struct sock_fprog prog = {(unsigned short)(sizeof f / sizeof f[0]), f};
    return prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0 && prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) == 0 ? 0 : -1;
}

/* A child denied process_vm_* copies through the pipe, whether the denial comes before the first
   call (the choice) or after it (a later EPERM moves to the pipe). Exit code: 0 right, 1 wrong,
   77 when seccomp filters cannot be installed here. */
static void a_denied_process_vm_falls_back_to_the_pipe(const char *when)
{
    pid_t child = fork();
    if (child == 0) {
        if (deny_process_vm() != 0) {
            _exit(77);
        }
        uint8_t *ro = umws_probe_test_page(UMWS_PROBE_PAGE_READONLY);
        uint8_t out[72];
        int right = umws_probe_read(out, ro, sizeof out) == UMWS_PROBE_OK && is_pattern(out, 0, sizeof out) &&
                    umws_plat_probe_mechanism() == UMWS_PLAT_PROBE_PIPE &&
                    umws_probe_read(out, (void *)(uintptr_t)0x10, sizeof out) == UMWS_PROBE_FAULT &&
                    umws_probe_write(ro, out, sizeof out) == UMWS_PROBE_FAULT;
        _exit(right ? 0 : 1);
    }
    int status = 0;
    UMWS_CHECK(child > 0 && waitpid(child, &status, 0) == child && WIFEXITED(status));
    if (WEXITSTATUS(status) == 77) {
        printf("test_probe: seccomp filters are not available here; the fallback %s was not shown\n", when);
    } else {
        UMWS_CHECK_EQ(WEXITSTATUS(status), 0);
    }
}
#endif

int main(void)
{
    ps = umws_plat_probe_page_bytes();
#if defined(__linux__)
    a_denied_process_vm_falls_back_to_the_pipe("at the first call"); /* before this process chose */
    uint32_t chosen = umws_plat_probe_mechanism();
    UMWS_CHECK(chosen == UMWS_PLAT_PROBE_VM || chosen == UMWS_PLAT_PROBE_PIPE);
    if (chosen == UMWS_PLAT_PROBE_VM) {
        a_denied_process_vm_falls_back_to_the_pipe("after the choice");
    }
#endif
    static const uint32_t mechanisms[] = {UMWS_PLAT_PROBE_VM, UMWS_PLAT_PROBE_PIPE, UMWS_PLAT_PROBE_WIN32};
    static const char *const names[] = {"process_vm_readv/writev", "pipe", "ReadProcessMemory/WriteProcessMemory"};
    uint32_t ran = 0;
    for (uint32_t i = 0; i < 3; i++) {
        if (umws_plat_probe_force(mechanisms[i]) == 0) {
            printf("test_probe: %s\n", names[i]);
            every_scenario();
            ran++;
        }
    }
#if defined(__linux__)
    UMWS_CHECK_EQ(ran, 2);
#else
    UMWS_CHECK(ran >= 1);
#endif
    return umws_test_finish("test_probe");
}
