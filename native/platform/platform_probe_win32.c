/*
 * platform_probe_win32.c - guarded copies of untrusted memory on Windows: ReadProcessMemory and
 * WriteProcessMemory on GetCurrentProcess(), which fail (ERROR_PARTIAL_COPY, ERROR_NOACCESS)
 * where a plain memcpy would raise an access violation.
 *
 * Every copy first asks VirtualQuery about each region of the untrusted range, because neither
 * call is a protection check by itself: WriteProcessMemory makes a read-only page writable for
 * the copy and writes it, and Wine's ReadProcessMemory (through /proc/<pid>/mem, which forces
 * access) reads PAGE_NOACCESS and decommitted pages of its own process. The calls then still
 * matter: a page freed by another thread between the query and the copy fails the call instead
 * of faulting. A range whose every page is accepted is copied whole, so a write is all or nothing.
 */
#if defined(_WIN32)
#include "platform.h"
#include "umws/umws_probe.h"

#include <windows.h>

/* PAGE_NOCACHE, PAGE_WRITECOMBINE and PAGE_GUARD modify the base protection in the low byte. */
#define PROBE_BASE_PROTECTION 0xFFu

static int umws_plat_probe_allows(DWORD protect, int write)
{
    if (protect & PAGE_GUARD) {
        return 0; /* touching it would raise STATUS_GUARD_PAGE_VIOLATION and disarm the guard */
    }
    switch (protect & PROBE_BASE_PROTECTION) {
    case PAGE_READWRITE:
    case PAGE_WRITECOPY:
    case PAGE_EXECUTE_READWRITE:
    case PAGE_EXECUTE_WRITECOPY:
        return 1;
    case PAGE_READONLY:
    case PAGE_EXECUTE_READ:
        return !write;
    default:
        return 0; /* PAGE_NOACCESS, PAGE_EXECUTE (execute-only: reads are access violations) */
    }
}

/* 0 when every region of [p, p + bytes) is committed with the access asked, else -1. */
static int32_t umws_plat_probe_check(const void *p, uint64_t bytes, int write)
{
    uint64_t a = (uint64_t)(uintptr_t)p, end = a + bytes;
    while (a < end) {
        MEMORY_BASIC_INFORMATION mbi;
        if (VirtualQuery((LPCVOID)(uintptr_t)a, &mbi, sizeof mbi) != sizeof mbi || mbi.State != MEM_COMMIT ||
            !umws_plat_probe_allows(mbi.Protect, write)) {
            return UMWS_PROBE_FAULT; /* 0: above the user address space; MEM_FREE, MEM_RESERVE: not there */
        }
        uint64_t next = (uint64_t)(uintptr_t)mbi.BaseAddress + mbi.RegionSize;
        if (next <= a) {
            return UMWS_PROBE_FAULT;
        }
        a = next;
    }
    return UMWS_PROBE_OK;
}

uint32_t umws_plat_probe_mechanism(void)
{
    return UMWS_PLAT_PROBE_WIN32;
}

int umws_plat_probe_force(uint32_t mechanism)
{
    return mechanism == UMWS_PLAT_PROBE_WIN32 ? 0 : -1;
}

int32_t umws_plat_probe_copy_in(void *dst, const void *src, uint64_t bytes)
{
    SIZE_T n = 0;
    if (umws_plat_probe_check(src, bytes, 0) != UMWS_PROBE_OK ||
        !ReadProcessMemory(GetCurrentProcess(), src, dst, (SIZE_T)bytes, &n) || n != bytes) {
        return UMWS_PROBE_FAULT;
    }
    return UMWS_PROBE_OK;
}

int32_t umws_plat_probe_copy_out(void *dst, const void *src, uint64_t bytes)
{
    SIZE_T n = 0;
    if (umws_plat_probe_check(dst, bytes, 1) != UMWS_PROBE_OK ||
        !WriteProcessMemory(GetCurrentProcess(), dst, src, (SIZE_T)bytes, &n) || n != bytes) {
        return UMWS_PROBE_FAULT;
    }
    return UMWS_PROBE_OK;
}

/* umws_plat_probe_copy_out checks every page before it writes one. */
int umws_plat_probe_out_atomic(const void *dst, uint64_t bytes)
{
    (void)dst;
    (void)bytes;
    return 1;
}

/* VirtualQuery answers without touching the pages, so nothing is read or written back. */
int32_t umws_plat_probe_writable(void *dst, uint64_t bytes)
{
    return umws_plat_probe_check(dst, bytes, 1);
}

uint64_t umws_plat_probe_page_bytes(void)
{
    SYSTEM_INFO si;
    GetSystemInfo(&si);
    return si.dwPageSize;
}

void *umws_plat_probe_pages(uint32_t count, const uint32_t *access)
{
    uint64_t ps = umws_plat_probe_page_bytes();
    if (count == 0 || access == NULL) {
        return NULL;
    }
    uint8_t *base = VirtualAlloc(NULL, (SIZE_T)(ps * count), MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
    if (base == NULL) {
        return NULL;
    }
    for (uint32_t i = 0; i < count; i++) {
        uint8_t *page = base + ps * i;
        DWORD old;
        BOOL ok = TRUE;
        switch (access[i]) {
        case UMWS_PROBE_PAGE_READWRITE:
            break;
        case UMWS_PROBE_PAGE_READONLY:
            for (uint64_t j = 0; j < ps; j++) {
                page[j] = UMWS_PROBE_PAGE_PATTERN(j);
            }
            ok = VirtualProtect(page, (SIZE_T)ps, PAGE_READONLY, &old);
            break;
        case UMWS_PROBE_PAGE_NONE:
            ok = VirtualProtect(page, (SIZE_T)ps, PAGE_NOACCESS, &old);
            break;
        case UMWS_PLAT_PROBE_HOLE:
            /* Win32 frees only whole allocations: a hole inside one is reserved, not committed. */
            ok = VirtualFree(page, (SIZE_T)ps, MEM_DECOMMIT);
            break;
        default:
            ok = FALSE;
        }
        if (!ok) {
            VirtualFree(base, 0, MEM_RELEASE);
            return NULL;
        }
    }
    return base;
}

int32_t umws_plat_probe_pages_free(void *base, uint32_t count)
{
    (void)count; /* MEM_RELEASE frees the whole allocation */
    return base != NULL && VirtualFree(base, 0, MEM_RELEASE) ? 0 : -1;
}
#endif /* _WIN32 */
