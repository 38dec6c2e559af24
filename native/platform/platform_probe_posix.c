/*
 * platform_probe_posix.c - guarded copies of untrusted memory on Linux and macOS: the kernel
 * copies the bytes and answers EFAULT for a page that is unmapped or lacks the access asked for,
 * where a plain memcpy would take SIGSEGV.
 *
 * VM (Linux): process_vm_readv / process_vm_writev on the process's own pid, one system call
 * per copy. The untrusted side is the "remote" iovec: the kernel pins its pages with the access
 * asked (FOLL_WRITE for writev, no FOLL_FORCE), so page protections are respected.
 *
 * PIPE (Linux when the VM calls are denied, macOS always): write(2) from the source into a pipe
 * answers EFAULT for an unreadable source, read(2) from the pipe into the destination EFAULT for
 * an unwritable one; copies go through in chunks of the pipe's capacity. Each thread has its own
 * pipe (a pthread key closes it when the thread ends), non-blocking at both ends, and leaves it
 * empty after every call, draining what a fault left behind. macOS takes the pipe rather than
 * mach_vm_read_overwrite / mach_vm_write: the same code then runs here, where the Linux tests
 * force it, instead of a Mach path no test of this project reaches.
 *
 * Some container seccomp profiles deny process_vm_* (EPERM, or ENOSYS): the first call tries
 * them on the process's own bytes and chooses once (pthread_once); a later EPERM/ENOSYS (a
 * filter installed after the choice) moves to the pipe for good and redoes the copy.
 */
#if !defined(_WIN32)
#define _GNU_SOURCE
#include "platform.h"
#include "umws/umws_probe.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

/* Bytes: the smallest page size; a step of it visits every page of any larger page size too. */
#define PROBE_STEP 4096u
/* Bytes per process_vm_* call: the kernel caps one call at MAX_RW_COUNT (2 GiB - 4 KiB) and
   would return short, which here means a fault. */
#define PROBE_VM_CHUNK (1ull << 30)
/* One-byte iovecs per call of the writability check: 128 pages (512 KiB of range) per call. */
#define PROBE_IOVS 128u
/* Bytes: a pipe's capacity where the system cannot say (macOS's PIPE_SIZE); a smaller real one
   only shortens writes, which the copy loops absorb. */
#define PROBE_PIPE_DEFAULT 16384u

typedef struct umws_plat_probe_pipe
{
    int rd;
    int wr;
    uint32_t capacity; /* bytes */
} umws_plat_probe_pipe;

/* Chosen once by umws_plat_probe_init; after that it only ever moves from VM to PIPE (or a test
   forces it). Read with acquire, pairing with the release store that publishes the choice. */
static uint32_t umws_plat_probe_chosen;
static pthread_once_t umws_plat_probe_once = PTHREAD_ONCE_INIT;
static pthread_key_t umws_plat_probe_key;
static int umws_plat_probe_key_ok;
#if defined(__linux__)
/* getpid() is a system call on glibc >= 2.25; a forked child renews it (pthread_atfork). */
static pid_t umws_plat_probe_pid;
#endif

static void umws_plat_probe_pipe_close(void *p)
{
    umws_plat_probe_pipe *pp = p;
    close(pp->rd);
    close(pp->wr);
    free(pp);
}

#if defined(__linux__)
static void umws_plat_probe_after_fork(void)
{
    umws_plat_probe_pid = getpid();
}

/* One byte each way on the process's own memory: 1 when the kernel lets us use process_vm_*. */
static int umws_plat_probe_vm_works(void)
{
    uint8_t a = 1, b = 0;
    struct iovec to = {&b, 1}, from = {&a, 1};
    return process_vm_readv(umws_plat_probe_pid, &to, 1, &from, 1, 0) == 1 &&
           process_vm_writev(umws_plat_probe_pid, &from, 1, &to, 1, 0) == 1 && b == 1;
}
#endif

static void umws_plat_probe_init(void)
{
    umws_plat_probe_key_ok = pthread_key_create(&umws_plat_probe_key, umws_plat_probe_pipe_close) == 0;
    uint32_t m = UMWS_PLAT_PROBE_PIPE;
#if defined(__linux__)
    umws_plat_probe_pid = getpid();
    pthread_atfork(NULL, NULL, umws_plat_probe_after_fork);
    if (umws_plat_probe_vm_works()) {
        m = UMWS_PLAT_PROBE_VM;
    }
#endif
    umws_store_release_u32(&umws_plat_probe_chosen, m);
}

uint32_t umws_plat_probe_mechanism(void)
{
    pthread_once(&umws_plat_probe_once, umws_plat_probe_init);
    return umws_load_acquire_u32(&umws_plat_probe_chosen);
}

int umws_plat_probe_force(uint32_t mechanism)
{
    pthread_once(&umws_plat_probe_once, umws_plat_probe_init);
#if defined(__linux__)
    int ok = mechanism == UMWS_PLAT_PROBE_PIPE || mechanism == UMWS_PLAT_PROBE_VM;
#else
    int ok = mechanism == UMWS_PLAT_PROBE_PIPE;
#endif
    if (!ok) {
        return -1;
    }
    umws_store_release_u32(&umws_plat_probe_chosen, mechanism);
    return 0;
}

/* p + off, computed on the integer: the untrusted p may be NULL or wild, where pointer arithmetic
   is undefined. */
static void *umws_plat_probe_at(const void *p, uint64_t off)
{
    return (void *)((uintptr_t)p + (uintptr_t)off);
}

/* ---- PIPE -------------------------------------------------------------------------------------- */

/* The calling thread's pipe, made at its first call; NULL when no pipe can be had. */
static umws_plat_probe_pipe *umws_plat_probe_pipe_get(void)
{
    if (!umws_plat_probe_key_ok) {
        return NULL;
    }
    umws_plat_probe_pipe *pp = pthread_getspecific(umws_plat_probe_key);
    if (pp != NULL) {
        return pp;
    }
    pp = malloc(sizeof *pp);
    int fds[2];
    if (pp == NULL) {
        return NULL;
    }
#if defined(__linux__)
    if (pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) {
        free(pp);
        return NULL;
    }
    int cap = fcntl(fds[1], F_GETPIPE_SZ);
    pp->capacity = cap > 0 ? (uint32_t)cap : PROBE_PIPE_DEFAULT;
#else
    if (pipe(fds) != 0) {
        free(pp);
        return NULL;
    }
    for (int i = 0; i < 2; i++) {
        fcntl(fds[i], F_SETFD, FD_CLOEXEC);
        fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
    }
    pp->capacity = PROBE_PIPE_DEFAULT;
#endif
    pp->rd = fds[0];
    pp->wr = fds[1];
    if (pthread_setspecific(umws_plat_probe_key, pp) != 0) {
        umws_plat_probe_pipe_close(pp);
        return NULL;
    }
    return pp;
}

/* Empties the pipe after a fault left bytes in it (the read end is non-blocking: EAGAIN ends it). */
static void umws_plat_probe_drain(const umws_plat_probe_pipe *pp)
{
    uint8_t scratch[4096];
    for (;;) {
        ssize_t r = read(pp->rd, scratch, sizeof scratch);
        if (r <= 0 && !(r < 0 && errno == EINTR)) {
            return;
        }
    }
}

/* Moves exactly n bytes, which the pipe holds, into p. 0, or -1 with errno (EFAULT: p not writable). */
static int umws_plat_probe_take(const umws_plat_probe_pipe *pp, void *p, size_t n)
{
    size_t got = 0;
    while (got < n) {
        ssize_t r = read(pp->rd, umws_plat_probe_at(p, got), n - got);
        if (r < 0 && errno == EINTR) {
            continue;
        }
        if (r <= 0) {
            return -1; /* EFAULT at p + got; 0 (EOF) cannot happen with our write end open */
        }
        got += (size_t)r;
    }
    return 0;
}

/* Copies through the pipe: write(2) reads src (EFAULT if unreadable), read(2) writes dst
   (EFAULT if unwritable). A short write means the next byte faults or the pipe is full; the
   next round tells which. */
static int32_t umws_plat_probe_pipe_copy(void *dst, const void *src, uint64_t bytes)
{
    umws_plat_probe_pipe *pp = umws_plat_probe_pipe_get();
    if (pp == NULL) {
        return UMWS_PROBE_EPLATFORM;
    }
    uint64_t off = 0;
    while (off < bytes) {
        uint64_t want = bytes - off < pp->capacity ? bytes - off : pp->capacity;
        ssize_t k = write(pp->wr, umws_plat_probe_at(src, off), (size_t)want);
        if (k < 0 && errno == EINTR) {
            continue;
        }
        if (k <= 0) {
            int32_t rc = k < 0 && errno == EFAULT ? UMWS_PROBE_FAULT : UMWS_PROBE_EPLATFORM;
            umws_plat_probe_drain(pp); /* macOS may have taken some bytes before the fault */
            return rc;
        }
        if (umws_plat_probe_take(pp, umws_plat_probe_at(dst, off), (size_t)k) != 0) {
            int32_t rc = errno == EFAULT ? UMWS_PROBE_FAULT : UMWS_PROBE_EPLATFORM;
            umws_plat_probe_drain(pp);
            return rc;
        }
        off += (uint64_t)k;
    }
    return UMWS_PROBE_OK;
}

/* ---- VM ------------------------------------------------------------------------------------------ */

#if defined(__linux__)
/* The answer to a failed or short process_vm_* call; -3 means "unusable here: use the pipe". */
static int32_t umws_plat_probe_vm_error(ssize_t n)
{
    if (n >= 0 || errno == EFAULT) {
        return UMWS_PROBE_FAULT; /* short: the byte after the last one copied is inaccessible */
    }
    if (errno == ENOMEM) {
        return UMWS_PROBE_EPLATFORM;
    }
    umws_store_release_u32(&umws_plat_probe_chosen, UMWS_PLAT_PROBE_PIPE); /* EPERM, ENOSYS, ESRCH */
    return -3;
}

static int32_t umws_plat_probe_vm_copy(void *dst, const void *src, uint64_t bytes, int out)
{
    uint64_t off = 0;
    while (off < bytes) {
        uint64_t want = bytes - off < PROBE_VM_CHUNK ? bytes - off : PROBE_VM_CHUNK;
        struct iovec local = {umws_plat_probe_at(out ? src : dst, off), (size_t)want};
        struct iovec remote = {umws_plat_probe_at(out ? dst : src, off), (size_t)want};
        ssize_t n = out ? process_vm_writev(umws_plat_probe_pid, &local, 1, &remote, 1, 0)
                        : process_vm_readv(umws_plat_probe_pid, &local, 1, &remote, 1, 0);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n != (ssize_t)want) {
            return umws_plat_probe_vm_error(n);
        }
        off += want;
    }
    return UMWS_PROBE_OK;
}
#endif

/* ---- The operations ------------------------------------------------------------------------------- */

static int32_t umws_plat_probe_copy(void *dst, const void *src, uint64_t bytes, int out)
{
#if defined(__linux__)
    if (umws_plat_probe_mechanism() == UMWS_PLAT_PROBE_VM) {
        int32_t rc = umws_plat_probe_vm_copy(dst, src, bytes, out);
        if (rc != -3) {
            return rc;
        }
    }
#else
    (void)umws_plat_probe_mechanism();
    (void)out;
#endif
    return umws_plat_probe_pipe_copy(dst, src, bytes);
}

int32_t umws_plat_probe_copy_in(void *dst, const void *src, uint64_t bytes)
{
    return umws_plat_probe_copy(dst, src, bytes, 0);
}

int32_t umws_plat_probe_copy_out(void *dst, const void *src, uint64_t bytes)
{
    return umws_plat_probe_copy(dst, src, bytes, 1);
}

/* Within one 4 KiB block the range is in one page, whose protection is uniform: the first byte
   written faults if any does (the pipe's read), or the page is pinned writable before any byte is
   copied (process_vm_writev), so nothing is written on a fault. */
int umws_plat_probe_out_atomic(const void *dst, uint64_t bytes)
{
    uint64_t a = (uint64_t)(uintptr_t)dst;
    return a / PROBE_STEP == (a + bytes - 1) / PROBE_STEP;
}

/* iov[i] = one byte of each page of the range from 'first' on; returns how many (<= PROBE_IOVS). */
static uint32_t umws_plat_probe_page_bytes_of(struct iovec *iov, uint64_t first, uint64_t last)
{
    uint32_t n = 0;
    for (uint64_t a = first; n < PROBE_IOVS; n++) {
        iov[n].iov_base = (void *)(uintptr_t)a;
        iov[n].iov_len = 1;
        uint64_t next = (a / PROBE_STEP + 1) * PROBE_STEP;
        if (next > last || next < a) {
            return n + 1;
        }
        a = next;
    }
    return n;
}

/* One byte per page travels out of the page and back into it: the read needs the page readable,
   the write needs it writable, and the byte written is the byte read. */
static int32_t umws_plat_probe_pipe_writable(struct iovec *iov, uint32_t n)
{
    umws_plat_probe_pipe *pp = umws_plat_probe_pipe_get();
    if (pp == NULL) {
        return UMWS_PROBE_EPLATFORM;
    }
    ssize_t k;
    do {
        k = writev(pp->wr, iov, (int)n);
    } while (k < 0 && errno == EINTR);
    if (k != (ssize_t)n) {
        int32_t rc = k >= 0 || errno == EFAULT ? UMWS_PROBE_FAULT : UMWS_PROBE_EPLATFORM;
        umws_plat_probe_drain(pp); /* the pages keep their bytes: the pipe only held copies */
        return rc;
    }
    do {
        k = readv(pp->rd, iov, (int)n);
    } while (k < 0 && errno == EINTR);
    if (k != (ssize_t)n) {
        int32_t rc = k >= 0 || errno == EFAULT ? UMWS_PROBE_FAULT : UMWS_PROBE_EPLATFORM;
        umws_plat_probe_drain(pp);
        return rc;
    }
    return UMWS_PROBE_OK;
}

int32_t umws_plat_probe_writable(void *dst, uint64_t bytes)
{
    struct iovec iov[PROBE_IOVS];
    uint64_t a = (uint64_t)(uintptr_t)dst, last = a + bytes - 1;
    for (;;) {
        uint32_t n = umws_plat_probe_page_bytes_of(iov, a, last);
        int32_t rc = -3;
#if defined(__linux__)
        if (umws_plat_probe_mechanism() == UMWS_PLAT_PROBE_VM) {
            /* The same bytes as local (read) and remote (written) iovecs: one call reads each
               page's byte and writes it back into the same place. */
            ssize_t k;
            do {
                k = process_vm_writev(umws_plat_probe_pid, iov, n, iov, n, 0);
            } while (k < 0 && errno == EINTR);
            rc = k == (ssize_t)n ? UMWS_PROBE_OK : umws_plat_probe_vm_error(k);
        }
#else
        (void)umws_plat_probe_mechanism();
#endif
        if (rc == -3) {
            rc = umws_plat_probe_pipe_writable(iov, n);
        }
        uint64_t end = (uint64_t)(uintptr_t)iov[n - 1].iov_base;
        if (rc != UMWS_PROBE_OK || end / PROBE_STEP == last / PROBE_STEP) {
            return rc;
        }
        a = (end / PROBE_STEP + 1) * PROBE_STEP;
    }
}

/* ---- Test pages ------------------------------------------------------------------------------------ */

uint64_t umws_plat_probe_page_bytes(void)
{
    long ps = sysconf(_SC_PAGESIZE);
    return ps > 0 ? (uint64_t)ps : PROBE_STEP;
}

void *umws_plat_probe_pages(uint32_t count, const uint32_t *access)
{
    uint64_t ps = umws_plat_probe_page_bytes();
    if (count == 0 || access == NULL) {
        return NULL;
    }
    uint8_t *base = mmap(NULL, (size_t)(ps * count), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED) {
        return NULL;
    }
    for (uint32_t i = 0; i < count; i++) {
        uint8_t *page = base + ps * i;
        int rc = 0;
        switch (access[i]) {
        case UMWS_PROBE_PAGE_READWRITE:
            break;
        case UMWS_PROBE_PAGE_READONLY:
            for (uint64_t j = 0; j < ps; j++) {
                page[j] = UMWS_PROBE_PAGE_PATTERN(j);
            }
            rc = mprotect(page, (size_t)ps, PROT_READ);
            break;
        case UMWS_PROBE_PAGE_NONE:
            rc = mprotect(page, (size_t)ps, PROT_NONE);
            break;
        case UMWS_PLAT_PROBE_HOLE:
            rc = munmap(page, (size_t)ps);
            break;
        default:
            rc = -1;
        }
        if (rc != 0) {
            munmap(base, (size_t)(ps * count));
            return NULL;
        }
    }
    return base;
}

int32_t umws_plat_probe_pages_free(void *base, uint32_t count)
{
    uint64_t ps = umws_plat_probe_page_bytes();
    if (base == NULL || count == 0 || (uintptr_t)base % ps != 0) {
        return -1;
    }
    return munmap(base, (size_t)(ps * count)) == 0 ? 0 : -1;
}
#endif /* !_WIN32 */
