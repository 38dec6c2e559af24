/*
 * probe.c - the shim's guarded copies (umws_probe.h): the rules every platform shares. Sizes of
 * zero and ranges that wrap are answered here, and a write is made all or nothing here: unless
 * the platform's copy cannot leave a prefix written (one page; Win32 always), the whole
 * destination is checked writable first. The copies themselves are the platform layer's
 * (platform_probe_posix.c, platform_probe_win32.c).
 */
#include "umws/umws_probe.h"

#include "platform/platform.h"

/* 1 when [p, p + bytes) (bytes > 0) runs past the top of the address space: no such range exists. */
static int umws_probe_wraps(const void *p, uint64_t bytes)
{
    return (uint64_t)(uintptr_t)p > UINT64_MAX - (bytes - 1);
}

int32_t umws_probe_read(void *dst, const void *src, uint64_t bytes)
{
    if (bytes == 0) {
        return UMWS_PROBE_OK;
    }
    if (umws_probe_wraps(src, bytes) || umws_probe_wraps(dst, bytes)) {
        return UMWS_PROBE_FAULT;
    }
    return umws_plat_probe_copy_in(dst, src, bytes);
}

int32_t umws_probe_writable(void *dst, uint64_t bytes)
{
    if (bytes == 0) {
        return UMWS_PROBE_OK;
    }
    if (umws_probe_wraps(dst, bytes)) {
        return UMWS_PROBE_FAULT;
    }
    return umws_plat_probe_writable(dst, bytes);
}

int32_t umws_probe_write(void *dst, const void *src, uint64_t bytes)
{
    if (bytes == 0) {
        return UMWS_PROBE_OK;
    }
    if (umws_probe_wraps(dst, bytes) || umws_probe_wraps(src, bytes)) {
        return UMWS_PROBE_FAULT;
    }
    if (!umws_plat_probe_out_atomic(dst, bytes)) {
        int32_t rc = umws_plat_probe_writable(dst, bytes);
        if (rc != UMWS_PROBE_OK) {
            return rc;
        }
    }
    return umws_plat_probe_copy_out(dst, src, bytes);
}

void *umws_probe_test_page(uint32_t access)
{
    if (access != UMWS_PROBE_PAGE_NONE && access != UMWS_PROBE_PAGE_READONLY && access != UMWS_PROBE_PAGE_READWRITE) {
        return NULL;
    }
    return umws_plat_probe_pages(1, &access);
}

int32_t umws_probe_test_page_free(void *page)
{
    return umws_plat_probe_pages_free(page, 1);
}
