/*
 * fuzz_probe.c - libFuzzer target for the guarded copies (umws_probe.h). An arena of pages with
 * mixed access is mapped once; each input is a list of operations (read, write, writable) with an
 * offset, a size and, on Linux, the mechanism to force. Each must answer UMWS_PROBE_OK exactly
 * when the whole range has the access asked, copy the right bytes when it does, and change nothing
 * when a write fails. A shadow copy of the read-write pages says what they must hold.
 *
 *   arena page:  0   1   2   3     4   5     6   7
 *   access:      RW  RW  RO  NONE  RW  HOLE  RO  RW
 *
 * The hole is unmapped, so another mapping may land in it (ASan and libFuzzer map memory too);
 * mincore says whether it is still empty, and while it is not, operations that touch it are left
 * out. In CTest it runs for a short bounded time (run_fuzz.cmake).
 */
#define _GNU_SOURCE /* mincore */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "platform/platform.h"
#include "umws/umws_probe.h"

#define F_PAGES 8u
#define F_HOLE 5u
#define F_MAX_BYTES (3u * 65536u) /* bytes: the largest size an operation asks for (three 64 KiB pages) */
#define F_OP_BYTES 10u            /* kind 1, where 4, size 4, fill 1 */

static const uint32_t f_access[F_PAGES] = {
    UMWS_PROBE_PAGE_READWRITE, UMWS_PROBE_PAGE_READWRITE, UMWS_PROBE_PAGE_READONLY, UMWS_PROBE_PAGE_NONE,
    UMWS_PROBE_PAGE_READWRITE, UMWS_PLAT_PROBE_HOLE,      UMWS_PROBE_PAGE_READONLY, UMWS_PROBE_PAGE_READWRITE};

/* Wild addresses: never accessible, whatever the size. */
static const uint64_t f_wild[] = {0, 0x10, 0x0000800000000000ull, UINT64_MAX - 4095, UINT64_MAX - 7};

static uint64_t f_ps;       /* bytes per arena page */
static uint8_t *f_arena;
static uint8_t *f_shadow;   /* what the arena's read-write pages must hold */
static uint8_t f_os[F_MAX_BYTES];
static uint8_t f_src[F_MAX_BYTES];
static int f_hole_taken_said;

static void f_setup(void)
{
    f_ps = umws_plat_probe_page_bytes();
    f_arena = umws_plat_probe_pages(F_PAGES, f_access);
    uint32_t rw[F_PAGES];
    for (uint32_t i = 0; i < F_PAGES; i++) {
        rw[i] = UMWS_PROBE_PAGE_READWRITE;
    }
    f_shadow = umws_plat_probe_pages(F_PAGES, rw);
    if (f_arena == NULL || f_shadow == NULL || f_ps > 65536) {
        __builtin_trap();
    }
}

/* 1 while nothing else is mapped in the hole. */
static int f_hole_empty(void)
{
#if defined(__APPLE__)
    char v;
#else
    unsigned char v;
#endif
    if (mincore((void *)(f_arena + F_HOLE * f_ps), (size_t)f_ps, &v) != 0) {
        return 1; /* ENOMEM: unmapped */
    }
    if (!f_hole_taken_said) {
        f_hole_taken_said = 1;
        fprintf(stderr, "fuzz_probe: something mapped the arena's hole; operations touching it are skipped\n");
    }
    return 0;
}

/* Does every page of [off, off + n) in the arena allow the access? (n > 0) */
static int f_allows(uint64_t off, uint64_t n, int write)
{
    for (uint64_t p = off / f_ps; p <= (off + n - 1) / f_ps; p++) {
        uint32_t a = f_access[p];
        if (a != UMWS_PROBE_PAGE_READWRITE && (write || a != UMWS_PROBE_PAGE_READONLY)) {
            return 0;
        }
    }
    return 1;
}

static int f_touches_hole(uint64_t off, uint64_t n)
{
    return n > 0 && off / f_ps <= F_HOLE && (off + n - 1) / f_ps >= F_HOLE;
}

/* The byte the arena must hold at 'off' (a readable page). */
static uint8_t f_expected(uint64_t off)
{
    return f_access[off / f_ps] == UMWS_PROBE_PAGE_READONLY ? UMWS_PROBE_PAGE_PATTERN(off % f_ps) : f_shadow[off];
}

/* The read-write pages of [off, off + n) still equal the shadow. */
static int f_unchanged(uint64_t off, uint64_t n)
{
    for (uint64_t i = off; i < off + n && i < F_PAGES * f_ps; i++) {
        if (f_access[i / f_ps] == UMWS_PROBE_PAGE_READWRITE && f_arena[i] != f_shadow[i]) {
            return 0;
        }
    }
    return 1;
}

static void f_op(const uint8_t *d, int hole_empty)
{
    uint32_t where, size;
    memcpy(&where, d + 1, 4);
    memcpy(&size, d + 5, 4);
    uint32_t kind = d[0] % 3u; /* 0 read, 1 write, 2 writable */
#if defined(__linux__)
    umws_plat_probe_force(d[0] & 0x80u ? UMWS_PLAT_PROBE_PIPE : UMWS_PLAT_PROBE_VM);
#endif
    uint64_t n = d[0] & 0x40u ? size % 64u : size % F_MAX_BYTES; /* small sizes often: 0 and 1 included */
    memset(f_src, d[9], (size_t)n);
    if (d[0] & 0x20u && (where & 0xF0u) == 0) { /* now and then a wild address */
        void *wild = (void *)(uintptr_t)f_wild[(where >> 8) % (sizeof f_wild / sizeof f_wild[0])];
        int32_t rc = kind == 0 ? umws_probe_read(f_os, wild, n)
                   : kind == 1 ? umws_probe_write(wild, f_src, n)
                               : umws_probe_writable(wild, n);
        if (rc != (n == 0 ? UMWS_PROBE_OK : UMWS_PROBE_FAULT)) {
            __builtin_trap();
        }
        return;
    }
    uint64_t arena = F_PAGES * f_ps;
    uint64_t off = where % arena;
    if (n > arena - off) {
        n = arena - off; /* stay inside the arena: what lies beyond is not ours to judge */
    }
    if (!hole_empty && f_touches_hole(off, n)) {
        return;
    }
    int ok = n == 0 || f_allows(off, n, kind != 0);
    int32_t rc;
    if (kind == 0) {
        rc = umws_probe_read(f_os, f_arena + off, n);
        for (uint64_t i = 0; rc == UMWS_PROBE_OK && i < n; i++) {
            if (f_os[i] != f_expected(off + i)) {
                __builtin_trap(); /* a wrong byte copied */
            }
        }
    } else if (kind == 1) {
        rc = umws_probe_write(f_arena + off, f_src, n);
        if (rc == UMWS_PROBE_OK) {
            memcpy(f_shadow + off, f_src, (size_t)n);
        }
        if (!f_unchanged(off, n)) {
            __builtin_trap(); /* a write that failed changed something, or one that worked wrote wrong */
        }
    } else {
        rc = umws_probe_writable(f_arena + off, n);
        if (!f_unchanged(off, n)) {
            __builtin_trap(); /* the check changed what it looked at */
        }
    }
    if (rc != (ok ? UMWS_PROBE_OK : UMWS_PROBE_FAULT)) {
        __builtin_trap(); /* OK exactly when the whole range allows the access */
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (f_arena == NULL) {
        f_setup();
    }
    int hole_empty = f_hole_empty();
    for (size_t i = 0; i + F_OP_BYTES <= size && i < 16 * F_OP_BYTES; i += F_OP_BYTES) {
        f_op(data + i, hole_empty);
    }
    return 0;
}
