/*
 * bar.c - the doorbell BAR and the stable doorbell CPU VAs.
 *
 * BAR layout by placement (offsets in bytes; a doorbell slot is 64 bits at its start; P pages
 * per doorbell = ceil(DoorbellSizeInBytes / 4096), 1..4; N primary pages in all):
 *   DEDICATED_PAGE: doorbell i at i * P * 4096; with line_spread (G3 by default, doorbells of at
 *                   most 2048 bytes): i * 4096 + (i % m) * stride, m = 4096 / stride, the same
 *                   stride as SHARED_PAGE, so each page still holds one doorbell but page i's sits
 *                   at a different cache line than page i - 1's
 *   SHARED_PAGE:    doorbell i at (i / n) * 4096 + (i % n) * stride, n = 4096 / stride,
 *                   stride = max(DoorbellSizeInBytes, 64) so neighbours never share a cache line
 *   GLOBAL:         one doorbell at 0, P pages
 *   secondaries:    the same layout again from N * 4096
 *
 *   DEDICATED_PAGE with line_spread, 8-byte doorbells (stride 64, m = 64): one doorbell per page,
 *   at offset (i % 64) * 64
 *   page     0        1         2               63           64        65
 *          | 0 @0   | 1 @64   | 2 @128  ...   | 63 @4032   | 64 @0   | 65 @64  ...
 *
 *   DEDICATED_PAGE, 16 KiB doorbells (P = 4), 3 doorbells, secondaries:
 *   page  0   1   2   3   4   5   6   7   8   9  10  11  12  13  14  15  16  17  ...  23
 *       | primary 0     | primary 1     | primary 2     | secondary 0   | secondary 1 ...  |
 *
 * A doorbell VA of V pages shows, once connected, the V BAR pages from the one that holds the
 * doorbell (as Windows maps DoorbellSizeInBytes rounded up to pages); disconnected, V dummy pages.
 */
#include <stdlib.h>
#include <string.h>

#include "gpu_internal.h"

typedef struct umws_dbva
{
    void *va;
    int64_t doorbell;        /* connected physical doorbell, -1 when on the dummy page */
    uint32_t secondary;      /* 1: connected to the doorbell's secondary */
    uint32_t pages;          /* the VA's size in pages, 1..UMWS_GPU_DBVA_MAX_PAGES */
    uint32_t ever_connected; /* Win32 scheme: the firmware may have read this VA's page */
    struct umws_dbva *next;  /* in its bucket of gpu->dbva_buckets */
} umws_dbva;

/*
 * Doorbell VAs are found by address in a chained hash table (gpu->lock held): a reconnect
 * disconnects one VA and connects another, and with thousands of queues a list walk per lookup
 * made the reconnect's cost grow with the number of queues.
 */
#define UMWS_DBVA_MIN_BUCKETS 64u

static uint32_t umws_dbva_bucket(const umws_gpu *gpu, const void *va)
{
    /* VAs are page-aligned; Fibonacci hashing spreads neighbouring pages. */
    uint64_t page = (uint64_t)(uintptr_t)va / UMWS_GPU_PAGE_SIZE;
    return (uint32_t)((page * 0x9E3779B97F4A7C15ull) >> 32) & (gpu->dbva_bucket_count - 1);
}

/* Room for one more VA: grows the table at two entries per bucket (a failed growth keeps the old one). */
static int umws_dbva_reserve_slot_locked(umws_gpu *gpu)
{
    if (gpu->dbva_bucket_count != 0 && gpu->dbva_count < 2 * gpu->dbva_bucket_count) {
        return 0;
    }
    uint32_t old_count = gpu->dbva_bucket_count;
    uint32_t new_count = old_count == 0 ? UMWS_DBVA_MIN_BUCKETS : old_count * 2;
    umws_dbva **buckets = calloc(new_count, sizeof *buckets);
    if (buckets == NULL) {
        return old_count == 0 ? -1 : 0;
    }
    umws_dbva **old = gpu->dbva_buckets;
    gpu->dbva_buckets = buckets;
    gpu->dbva_bucket_count = new_count;
    for (uint32_t i = 0; i < old_count; i++) {
        while (old[i] != NULL) {
            umws_dbva *d = old[i];
            old[i] = d->next;
            uint32_t b = umws_dbva_bucket(gpu, d->va);
            d->next = buckets[b];
            buckets[b] = d;
        }
    }
    free(old);
    return 0;
}

uint64_t umws_gpu_doorbell_offset(umws_gpu *gpu, uint32_t index, uint32_t secondary)
{
    if (gpu == NULL || index >= gpu->config.DoorbellCount || secondary > 1 ||
        (secondary && !gpu->config.SecondaryDoorbells)) {
        return UINT64_MAX;
    }
    /* One of doorbells_per_page and doorbell_lines is 1: a shared page's slot, or a dedicated
       page's line (gpu.c). */
    return (uint64_t)secondary * gpu->primary_bytes +
           (uint64_t)(index / gpu->doorbells_per_page) * gpu->doorbell_pages * UMWS_GPU_PAGE_SIZE +
           (uint64_t)(index % gpu->doorbells_per_page) * gpu->doorbell_stride +
           (uint64_t)(index % gpu->doorbell_lines) * gpu->doorbell_stride;
}

void *umws_gpu_bar_base(umws_gpu *gpu)
{
    return gpu == NULL ? NULL : gpu->bar_view;
}

uint64_t umws_gpu_bar_size(umws_gpu *gpu)
{
    return gpu == NULL ? 0 : gpu->bar_size;
}

#if UMWS_GPU_DBVA_MAX_PAGES != UMWS_PLAT_VA_MAX_PAGES
#error "the platform's dummy region must cover the largest doorbell VA"
#endif

int32_t umws_gpu_dbva_reserve(umws_gpu *gpu, uint32_t pages, void **va)
{
    if (gpu == NULL || va == NULL || pages < 1 || pages > UMWS_GPU_DBVA_MAX_PAGES) {
        return UMWS_GPU_EINVAL;
    }
    umws_dbva *d = calloc(1, sizeof *d);
    if (d == NULL) {
        return UMWS_GPU_ENOMEM;
    }
    if (umws_plat_va_reserve(gpu->bar, pages, &d->va) != 0) {
        free(d);
        return UMWS_GPU_EPLATFORM;
    }
    d->doorbell = -1;
    d->pages = pages;
    umws_plat_mutex_lock(&gpu->lock);
    int rc = umws_dbva_reserve_slot_locked(gpu);
    if (rc == 0) {
        uint32_t b = umws_dbva_bucket(gpu, d->va);
        d->next = gpu->dbva_buckets[b];
        gpu->dbva_buckets[b] = d;
        gpu->dbva_count++;
    }
    umws_plat_mutex_unlock(&gpu->lock);
    if (rc != 0) {
        umws_plat_va_release(gpu->bar, d->va, pages);
        free(d);
        return UMWS_GPU_ENOMEM;
    }
    *va = d->va;
    return UMWS_GPU_OK;
}

static umws_dbva *umws_dbva_find_locked(umws_gpu *gpu, void *va)
{
    if (gpu->dbva_bucket_count == 0) {
        return NULL;
    }
    for (umws_dbva *d = gpu->dbva_buckets[umws_dbva_bucket(gpu, va)]; d != NULL; d = d->next) {
        if (d->va == va) {
            return d;
        }
    }
    return NULL;
}

/*
 * Win32 scheme: the firmware reads doorbell 'index' (or its secondary) at src, which is where the
 * UMD's VA now shows it, or its BAR slot again; its bound slot follows. POSIX: nothing to do, the
 * firmware always reads the BAR, which the VA now shows.
 *
 * The new source first takes the old one's value, as a POSIX remap shows the UMD the BAR's value
 * on connect and leaves the BAR with every ring made through the VA on disconnect. Without it the
 * move itself would look like a ring (the VA still holds what the UMD stored into it while it was
 * disconnected, the BAR slot what it held before the connect) and run work that on POSIX waits
 * for the UMD's ring after reconnecting. A UMD store racing the copy is kept or lost as a store
 * racing a POSIX remap lands in one page or the other.
 */
static void umws_dbva_watch_locked(umws_gpu *gpu, uint32_t index, uint32_t secondary, uint64_t *src)
{
    if (umws_plat_va_watch_connected()) {
        uint64_t **where = secondary ? gpu->doorbell_src2 : gpu->doorbell_src;
        uint64_t *old = umws_load_acquire_ptr(&where[index]);
        if (old == src) {
            return;
        }
        /* Release: pairs with the firmware's acquire load of the doorbell, as a UMD ring does. */
        umws_store_release_u64(src, umws_load_acquire_u64(old));
        umws_store_release_ptr(&where[index], src);
        umws_queue_doorbell_moved_locked(gpu, index, secondary);
    }
}

/* Where the connected VA d shows its doorbell's 64-bit slot. */
static uint64_t *umws_dbva_slot(umws_gpu *gpu, const umws_dbva *d)
{
    uint64_t offset = umws_gpu_doorbell_offset(gpu, (uint32_t)d->doorbell, d->secondary);
    return (uint64_t *)((uint8_t *)d->va + offset % UMWS_GPU_PAGE_SIZE);
}

/* d stops being where its doorbell is read: the BAR slot again, unless another VA connected since. */
static void umws_dbva_unwatch_locked(umws_gpu *gpu, umws_dbva *d)
{
    if (d->doorbell < 0) {
        return;
    }
    uint32_t index = (uint32_t)d->doorbell;
    uint64_t **where = d->secondary ? gpu->doorbell_src2 : gpu->doorbell_src;
    if (umws_plat_va_watch_connected() && umws_load_acquire_ptr(&where[index]) == umws_dbva_slot(gpu, d)) {
        umws_dbva_watch_locked(gpu, index, d->secondary,
                               (uint64_t *)(gpu->bar_view + umws_gpu_doorbell_offset(gpu, index, d->secondary)));
    }
    d->doorbell = -1;
}

int32_t umws_gpu_dbva_connect(umws_gpu *gpu, void *va, uint32_t index, uint32_t secondary)
{
    uint64_t offset = umws_gpu_doorbell_offset(gpu, index, secondary);
    if (va == NULL || offset == UINT64_MAX) {
        return UMWS_GPU_EINVAL;
    }
    uint64_t page_offset = offset - offset % UMWS_GPU_PAGE_SIZE;
    int32_t rc = UMWS_GPU_OK;
    umws_plat_mutex_lock(&gpu->lock);
    umws_dbva *d = umws_dbva_find_locked(gpu, va);
    if (d == NULL) {
        rc = UMWS_GPU_ENOENT;
    } else if ((uint64_t)d->pages * UMWS_GPU_PAGE_SIZE > gpu->bar_size - page_offset) {
        rc = UMWS_GPU_EINVAL; /* the VA's pages would run past the BAR's end */
    } else if (umws_plat_va_map_bar(gpu->bar, va, page_offset, d->pages) != 0) {
        rc = UMWS_GPU_EPLATFORM;
    } else {
        umws_dbva_unwatch_locked(gpu, d); /* connected elsewhere before: no longer */
        d->doorbell = index;
        d->secondary = secondary;
        d->ever_connected = 1;
        umws_dbva_watch_locked(gpu, index, secondary, umws_dbva_slot(gpu, d));
    }
    umws_plat_mutex_unlock(&gpu->lock);
    return rc;
}

int32_t umws_gpu_dbva_disconnect(umws_gpu *gpu, void *va)
{
    if (gpu == NULL || va == NULL) {
        return UMWS_GPU_EINVAL;
    }
    int32_t rc = UMWS_GPU_OK;
    umws_plat_mutex_lock(&gpu->lock);
    umws_dbva *d = umws_dbva_find_locked(gpu, va);
    if (d == NULL) {
        rc = UMWS_GPU_ENOENT;
    } else if (umws_plat_va_map_dummy(gpu->bar, va, d->pages) != 0) {
        rc = UMWS_GPU_EPLATFORM;
    } else {
        umws_dbva_unwatch_locked(gpu, d);
    }
    umws_plat_mutex_unlock(&gpu->lock);
    return rc;
}

int32_t umws_gpu_dbva_release(umws_gpu *gpu, void *va)
{
    int32_t rc = umws_gpu_dbva_disconnect(gpu, va);
    if (rc != UMWS_GPU_OK) {
        return rc;
    }
    umws_plat_mutex_lock(&gpu->lock);
    umws_dbva *found = NULL;
    if (gpu->dbva_bucket_count != 0) {
        for (umws_dbva **p = &gpu->dbva_buckets[umws_dbva_bucket(gpu, va)]; *p != NULL; p = &(*p)->next) {
            if ((*p)->va == va) {
                found = *p;
                *p = found->next;
                gpu->dbva_count--;
                break;
            }
        }
    }
    umws_plat_mutex_unlock(&gpu->lock);
    if (found == NULL) {
        return UMWS_GPU_ENOENT;
    }
    if (umws_plat_va_watch_connected() && found->ever_connected) {
        /* Win32 scheme: a scan that began before the disconnect may still read this VA's page
           (a long packet in that scan delays the release by as long). */
        for (uint32_t i = 0; i < gpu->config.EngineCount; i++) {
            umws_engine_quiesce(&gpu->engines[i]);
        }
    }
    umws_plat_va_release(gpu->bar, va, found->pages);
    free(found);
    return UMWS_GPU_OK;
}

/* Called by gpu.c on destroy: releases every VA still reserved. */
void umws_bar_release_all(umws_gpu *gpu)
{
    for (uint32_t i = 0; i < gpu->dbva_bucket_count; i++) {
        while (gpu->dbva_buckets[i] != NULL) {
            umws_dbva *d = gpu->dbva_buckets[i];
            gpu->dbva_buckets[i] = d->next;
            umws_plat_va_release(gpu->bar, d->va, d->pages);
            free(d);
        }
    }
    free(gpu->dbva_buckets);
    gpu->dbva_buckets = NULL;
    gpu->dbva_bucket_count = 0;
    gpu->dbva_count = 0;
}
