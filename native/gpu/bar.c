/*
 * bar.c - the doorbell BAR and the stable doorbell CPU VAs.
 *
 * BAR layout by placement (offsets in bytes; a doorbell slot is 64 bits at its start):
 *   DEDICATED_PAGE: doorbell i at i * 4096            (secondary: after all primaries)
 *   SHARED_PAGE:    doorbell i at (i / n) * 4096 + (i % n) * stride, n = 4096 / stride,
 *                   stride = max(DoorbellSizeInBytes, 64) so neighbours never share a cache line
 *   GLOBAL:         one doorbell at 0
 */
#include <stdlib.h>
#include <string.h>

#include "gpu_internal.h"

typedef struct umws_dbva
{
    void *va;
    int64_t doorbell;        /* connected physical doorbell, -1 when on the dummy page */
    uint32_t secondary;
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
    uint64_t pages = (gpu->config.DoorbellCount + gpu->doorbells_per_page - 1) / gpu->doorbells_per_page;
    return (uint64_t)secondary * pages * UMWS_GPU_PAGE_SIZE +
           (uint64_t)(index / gpu->doorbells_per_page) * UMWS_GPU_PAGE_SIZE +
           (uint64_t)(index % gpu->doorbells_per_page) * gpu->doorbell_stride;
}

void *umws_gpu_bar_base(umws_gpu *gpu)
{
    return gpu == NULL ? NULL : gpu->bar_view;
}

uint64_t umws_gpu_bar_size(umws_gpu *gpu)
{
    return gpu == NULL ? 0 : gpu->bar_size;
}

int32_t umws_gpu_dbva_reserve(umws_gpu *gpu, void **va)
{
    if (gpu == NULL || va == NULL) {
        return UMWS_GPU_EINVAL;
    }
    umws_dbva *d = calloc(1, sizeof *d);
    if (d == NULL) {
        return UMWS_GPU_ENOMEM;
    }
    if (umws_plat_va_reserve(gpu->bar, &d->va) != 0) {
        free(d);
        return UMWS_GPU_EPLATFORM;
    }
    d->doorbell = -1;
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
        umws_plat_va_release(gpu->bar, d->va);
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

/* Win32 scheme: the firmware reads doorbell 'index' where it now lives (its bound slot too). */
static void umws_dbva_watch_locked(umws_gpu *gpu, uint32_t index, uint32_t secondary, uint64_t *src)
{
    if (umws_plat_va_watch_connected() && !secondary) {
        umws_store_release_ptr(&gpu->doorbell_src[index], src);
        umws_queue_doorbell_moved_locked(gpu, index);
    }
}

int32_t umws_gpu_dbva_connect(umws_gpu *gpu, void *va, uint32_t index, uint32_t secondary)
{
    uint64_t offset = umws_gpu_doorbell_offset(gpu, index, secondary);
    if (va == NULL || offset == UINT64_MAX) {
        return UMWS_GPU_EINVAL;
    }
    int32_t rc = UMWS_GPU_OK;
    umws_plat_mutex_lock(&gpu->lock);
    umws_dbva *d = umws_dbva_find_locked(gpu, va);
    if (d == NULL) {
        rc = UMWS_GPU_ENOENT;
    } else if (umws_plat_va_map_bar(gpu->bar, va, offset - offset % UMWS_GPU_PAGE_SIZE) != 0) {
        rc = UMWS_GPU_EPLATFORM;
    } else {
        d->doorbell = index;
        d->secondary = secondary;
        umws_dbva_watch_locked(gpu, index, secondary,
                               (uint64_t *)((uint8_t *)va + offset % UMWS_GPU_PAGE_SIZE));
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
    } else if (umws_plat_va_map_dummy(gpu->bar, va) != 0) {
        rc = UMWS_GPU_EPLATFORM;
    } else if (d->doorbell >= 0) {
        uint32_t index = (uint32_t)d->doorbell;
        umws_dbva_watch_locked(gpu, index, d->secondary,
                               (uint64_t *)(gpu->bar_view + umws_gpu_doorbell_offset(gpu, index, 0)));
        d->doorbell = -1;
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
    umws_plat_va_release(gpu->bar, va);
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
            umws_plat_va_release(gpu->bar, d->va);
            free(d);
        }
    }
    free(gpu->dbva_buckets);
    gpu->dbva_buckets = NULL;
    gpu->dbva_bucket_count = 0;
    gpu->dbva_count = 0;
}
