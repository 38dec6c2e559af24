/*
 * mmu.c - the GPU MMU: one GPU VA space per emulated process, a sorted table of mappings
 * from GPU VA ranges to host memory. Every packet access is translated and bounds-checked
 * under the space's lock, so unmapping cannot pull memory from under an access.
 */
#include <stdlib.h>
#include <string.h>

#include "gpu_internal.h"

int32_t umws_gpu_vaspace_create(umws_gpu *gpu, umws_gpu_vaspace **out)
{
    if (gpu == NULL || out == NULL) {
        return UMWS_GPU_EINVAL;
    }
    umws_gpu_vaspace *s = calloc(1, sizeof *s);
    if (s == NULL || umws_plat_mutex_init(&s->lock) != 0) {
        free(s);
        return UMWS_GPU_ENOMEM;
    }
    s->gpu = gpu;
    umws_plat_mutex_lock(&gpu->lock);
    s->next = gpu->spaces;
    gpu->spaces = s;
    umws_plat_mutex_unlock(&gpu->lock);
    *out = s;
    return UMWS_GPU_OK;
}

/* Frees a space that is already out of gpu->spaces. */
static void umws_mmu_free(umws_gpu_vaspace *s)
{
    free(s->maps);
    umws_plat_mutex_destroy(&s->lock);
    free(s);
}

int32_t umws_gpu_vaspace_destroy(umws_gpu_vaspace *space)
{
    if (space == NULL) {
        return UMWS_GPU_EINVAL;
    }
    umws_gpu *gpu = space->gpu;
    umws_plat_mutex_lock(&gpu->lock);
    umws_plat_mutex_lock(&space->lock);
    int busy = space->queues != 0;
    umws_plat_mutex_unlock(&space->lock);
    if (busy) {
        umws_plat_mutex_unlock(&gpu->lock);
        return UMWS_GPU_EBUSY;
    }
    for (umws_gpu_vaspace **p = &gpu->spaces; *p != NULL; p = &(*p)->next) {
        if (*p == space) {
            *p = space->next;
            break;
        }
    }
    umws_plat_mutex_unlock(&gpu->lock);
    umws_mmu_free(space);
    return UMWS_GPU_OK;
}

/* Index of the first mapping whose end is above va. */
static uint32_t umws_mmu_lower_bound(const umws_gpu_vaspace *s, uint64_t va)
{
    uint32_t lo = 0, hi = s->count;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (s->maps[mid].va + s->maps[mid].size <= va) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

umws_mapping *umws_mmu_find_locked(umws_gpu_vaspace *s, uint64_t va, uint64_t size)
{
    if (size == 0 || va + size < va) {
        return NULL;
    }
    uint32_t i = umws_mmu_lower_bound(s, va);
    if (i == s->count) {
        return NULL;
    }
    umws_mapping *m = &s->maps[i];
    if (va < m->va || va + size > m->va + m->size) {
        return NULL;
    }
    return m;
}

uint8_t *umws_mmu_translate_locked(umws_gpu_vaspace *s, uint64_t va, uint64_t size, int write)
{
    umws_mapping *m = umws_mmu_find_locked(s, va, size);
    if (m == NULL || (write && !(m->flags & UMWS_GPU_MAP_WRITABLE))) {
        return NULL;
    }
    return m->host + (va - m->va);
}

int32_t umws_gpu_map(umws_gpu_vaspace *space, uint64_t gpu_va, void *host, uint64_t size, uint32_t flags)
{
    if (space == NULL || host == NULL || gpu_va == 0 || size == 0 || gpu_va + size < gpu_va ||
        (flags & ~(uint32_t)UMWS_GPU_MAP_WRITABLE) != 0) {
        return UMWS_GPU_EINVAL;
    }
    int32_t rc = UMWS_GPU_OK;
    umws_plat_mutex_lock(&space->lock);
    uint32_t i = umws_mmu_lower_bound(space, gpu_va);
    if (i < space->count && space->maps[i].va < gpu_va + size) {
        rc = UMWS_GPU_EBUSY; /* overlaps an existing mapping */
    } else if (space->count == space->capacity) {
        uint32_t cap = space->capacity == 0 ? 16 : space->capacity * 2;
        umws_mapping *grown = realloc(space->maps, cap * sizeof *grown);
        if (grown == NULL) {
            rc = UMWS_GPU_ENOMEM;
        } else {
            space->maps = grown;
            space->capacity = cap;
        }
    }
    if (rc == UMWS_GPU_OK) {
        memmove(&space->maps[i + 1], &space->maps[i], (space->count - i) * sizeof *space->maps);
        space->maps[i] = (umws_mapping){gpu_va, size, host, flags, 0};
        space->count++;
    }
    umws_plat_mutex_unlock(&space->lock);
    return rc;
}

int32_t umws_gpu_unmap(umws_gpu_vaspace *space, uint64_t gpu_va)
{
    if (space == NULL) {
        return UMWS_GPU_EINVAL;
    }
    int32_t rc = UMWS_GPU_ENOENT;
    umws_plat_mutex_lock(&space->lock);
    uint32_t i = umws_mmu_lower_bound(space, gpu_va);
    if (i < space->count && space->maps[i].va == gpu_va) {
        if (space->maps[i].pins != 0) {
            rc = UMWS_GPU_EBUSY;
        } else {
            memmove(&space->maps[i], &space->maps[i + 1], (space->count - i - 1) * sizeof *space->maps);
            space->count--;
            rc = UMWS_GPU_OK;
        }
    }
    umws_plat_mutex_unlock(&space->lock);
    return rc;
}
