/*
 * gpu.c - the emulated GPU device: validates the configuration, lays out the BAR, starts the
 * interrupt thread and one firmware thread per engine, and takes it all down again.
 */
#include <stdlib.h>
#include <string.h>

#include "gpu_internal.h"

static int umws_is_pow2_u32(uint32_t v)
{
    return v != 0 && (v & (v - 1)) == 0;
}

int32_t umws_gpu_config_get(umws_gpu *gpu, UMWS_GPU_CONFIG *out)
{
    if (gpu == NULL || out == NULL) {
        return UMWS_GPU_EINVAL;
    }
    *out = gpu->config; /* fixed at creation: no lock */
    return UMWS_GPU_OK;
}

int32_t umws_gpu_config_default(UMWS_GPU_CONFIG *c)
{
    if (c == NULL) {
        return UMWS_GPU_EINVAL;
    }
    memset(c, 0, sizeof *c);
    c->DoorbellCount = 16;
    c->DoorbellSizeInBytes = 8;
    c->SecondaryDoorbells = 0;
    c->Placement = UMWS_GPU_PLACEMENT_DEDICATED_PAGE;
    c->EngineCount = 1;
    c->DetectMode = UMWS_GPU_DETECT_BACKOFF;
    c->MaxQueuesPerEngine = 64;
    c->InterruptRingEntries = 1024;
    c->EngineTimeoutNs = 2000000000u; /* 2 s, the Windows TDR default */
    c->BackoffSpinNs = 50000u;        /* 50 us of polling before the first sleep */
    c->BackoffMaxSleepNs = 1000000u;  /* 1 ms */
    return UMWS_GPU_OK;
}

static int umws_config_valid(const UMWS_GPU_CONFIG *c)
{
    if (c->DoorbellCount < 1 || c->DoorbellCount > 4096 || c->DoorbellSizeInBytes < 8 ||
        c->DoorbellSizeInBytes > UMWS_GPU_DOORBELL_MAX_BYTES || !umws_is_pow2_u32(c->DoorbellSizeInBytes) ||
        c->SecondaryDoorbells > 1 || c->Placement > UMWS_GPU_PLACEMENT_GLOBAL || c->EngineCount < 1 ||
        c->EngineCount > UMWS_GPU_MAX_ENGINES || c->DetectMode > UMWS_GPU_DETECT_NOTIFY ||
        c->MaxQueuesPerEngine < 1 || c->MaxQueuesPerEngine > 65536 || c->InterruptRingEntries < 16 ||
        c->InterruptRingEntries > 65536 || !umws_is_pow2_u32(c->InterruptRingEntries) ||
        (c->DetectMode == UMWS_GPU_DETECT_BACKOFF && c->BackoffMaxSleepNs == 0)) {
        return 0;
    }
    if (c->Placement == UMWS_GPU_PLACEMENT_GLOBAL &&
        (c->DoorbellCount != 1 || umws_plat_va_watch_connected())) {
        return 0; /* one doorbell; and the Win32 VA scheme cannot share one doorbell between VAs */
    }
    if (c->Placement == UMWS_GPU_PLACEMENT_SHARED_PAGE && c->DoorbellSizeInBytes > UMWS_GPU_PAGE_SIZE / 2) {
        return 0; /* at least two doorbells must share a page, or the placement means nothing */
    }
    return 1;
}

/*
 * The scaling experiment measures each mechanism against the plain scan on the machine it runs
 * on (its scan-mechanisms table). Fold and alternate pay where the doorbells fit in the caches
 * and the scan is bound by instructions and TLB reach. Prefetching ahead is off: the out-of-order
 * window already overlaps the misses of independent doorbell loads, and the prefetches' own loads
 * and instructions have cost more than they saved wherever it was measured. Huge pages are asked
 * for and used where the OS grants them. Doorbells at the start of their pages all miss the
 * caches whatever the scan does; only the line spread changes that, and only G3 allows it.
 */
umws_gpu_tuning umws_gpu_tuning_default(void)
{
    umws_gpu_tuning t;
    memset(&t, 0, sizeof t);
    t.fold = 1;
    t.alternate = 1;
    t.prefetch = 0;
    t.huge_view = 1; /* where the OS gives none, the view simply keeps small pages */
#if UMWS_GENERATION >= 3
    /* G3's connect hands out the doorbell's physical address and the UMD's mapping keeps its
       offset in the page; G1 and G2 hand out a kernel VA whose page Windows maps, dropping the
       offset, so there the UMD rings the start of its page and every doorbell must sit there. */
    t.line_spread = 1;
#endif
    return t;
}

int32_t umws_gpu_create(const UMWS_GPU_CONFIG *config, umws_gpu **out)
{
    umws_gpu_tuning tuning = umws_gpu_tuning_default();
    return umws_gpu_create_tuned(config, &tuning, out);
}

int32_t umws_gpu_create_tuned(const UMWS_GPU_CONFIG *config, const umws_gpu_tuning *tuning, umws_gpu **out)
{
    if (config == NULL || tuning == NULL || out == NULL || !umws_config_valid(config)) {
        return UMWS_GPU_EINVAL;
    }
    umws_gpu *gpu = calloc(1, sizeof *gpu);
    if (gpu == NULL) {
        return UMWS_GPU_ENOMEM;
    }
    gpu->config = *config;
    gpu->tuning = *tuning;
    gpu->doorbell_pages = 1;
    gpu->doorbell_lines = 1;
    if (config->Placement == UMWS_GPU_PLACEMENT_SHARED_PAGE) {
        gpu->doorbell_stride = config->DoorbellSizeInBytes < 64 ? 64 : config->DoorbellSizeInBytes;
        gpu->doorbells_per_page = UMWS_GPU_PAGE_SIZE / gpu->doorbell_stride;
    } else {
        gpu->doorbell_stride = UMWS_GPU_PAGE_SIZE;
        gpu->doorbells_per_page = 1;
        if (config->DoorbellSizeInBytes > UMWS_GPU_PAGE_SIZE) {
            gpu->doorbell_pages = config->DoorbellSizeInBytes / UMWS_GPU_PAGE_SIZE; /* a power of two: exact */
        }
        if (tuning->line_spread && config->Placement == UMWS_GPU_PLACEMENT_DEDICATED_PAGE &&
            config->DoorbellSizeInBytes <= UMWS_GPU_PAGE_SIZE / 2) {
            /* Doorbells all at offset 0 of their pages share the cache sets of page-aligned lines
               (1/64 of them with 64-byte lines and 4 KiB set strides), so a scan of thousands
               misses the caches that would hold them; taking the page's lines in turn spreads
               them over every set. Still one doorbell per page: a UMD maps only its own. */
            gpu->doorbell_stride = config->DoorbellSizeInBytes < 64 ? 64 : config->DoorbellSizeInBytes;
            gpu->doorbell_lines = UMWS_GPU_PAGE_SIZE / gpu->doorbell_stride;
        }
    }
    uint64_t groups = (config->DoorbellCount + gpu->doorbells_per_page - 1) / gpu->doorbells_per_page;
    gpu->primary_bytes = groups * gpu->doorbell_pages * UMWS_GPU_PAGE_SIZE;
    gpu->bar_size = gpu->primary_bytes * (1u + config->SecondaryDoorbells);
    gpu->doorbell_src = calloc(config->DoorbellCount, sizeof *gpu->doorbell_src);
    gpu->doorbell_owner = calloc(config->DoorbellCount, sizeof *gpu->doorbell_owner);
    if (config->SecondaryDoorbells) {
        gpu->doorbell_src2 = calloc(config->DoorbellCount, sizeof *gpu->doorbell_src2);
    }
    if (gpu->doorbell_src == NULL || gpu->doorbell_owner == NULL ||
        (config->SecondaryDoorbells && gpu->doorbell_src2 == NULL) || umws_plat_mutex_init(&gpu->lock) != 0) {
        umws_gpu_destroy(gpu);
        return UMWS_GPU_ENOMEM;
    }
    if (umws_plat_bar_create(gpu->bar_size, tuning->huge_view, &gpu->bar, &gpu->bar_view) != 0) {
        umws_gpu_destroy(gpu);
        return UMWS_GPU_EPLATFORM;
    }
    gpu->bar_huge_bytes = tuning->huge_view ? umws_plat_bar_huge_bytes(gpu->bar) : 0;
    for (uint32_t i = 0; i < config->DoorbellCount; i++) {
        gpu->doorbell_src[i] = (uint64_t *)(gpu->bar_view + umws_gpu_doorbell_offset(gpu, i, 0));
        if (gpu->doorbell_src2 != NULL) {
            gpu->doorbell_src2[i] = (uint64_t *)(gpu->bar_view + umws_gpu_doorbell_offset(gpu, i, 1));
        }
    }
    if (umws_intc_start(&gpu->intc, config->InterruptRingEntries) != 0) {
        umws_gpu_destroy(gpu);
        return UMWS_GPU_EPLATFORM;
    }
    for (uint32_t i = 0; i < config->EngineCount; i++) {
        if (umws_engine_start(gpu, &gpu->engines[i], i) != 0) {
            umws_gpu_destroy(gpu);
            return UMWS_GPU_EPLATFORM;
        }
    }
    *out = gpu;
    return UMWS_GPU_OK;
}

void umws_gpu_destroy(umws_gpu *gpu)
{
    if (gpu == NULL) {
        return;
    }
    for (uint32_t i = 0; i < UMWS_GPU_MAX_ENGINES; i++) {
        umws_engine_stop(&gpu->engines[i]);
    }
    umws_intc_stop(&gpu->intc);
    /* No thread runs any more: queues and spaces can go without waiting. */
    while (gpu->queues != NULL) {
        umws_gpu_queue *q = gpu->queues;
        gpu->queues = q->next;
        umws_queue_free(q);
    }
    while (gpu->spaces != NULL) {
        umws_gpu_vaspace *s = gpu->spaces;
        gpu->spaces = s->next;
        free(s->maps);
        umws_plat_mutex_destroy(&s->lock);
        free(s);
    }
    if (gpu->bar != NULL) {
        umws_bar_release_all(gpu);
        umws_plat_bar_destroy(gpu->bar);
    }
    if (gpu->lock.impl != NULL) {
        umws_plat_mutex_destroy(&gpu->lock);
    }
    free(gpu->doorbell_src);
    free(gpu->doorbell_src2);
    free(gpu->doorbell_owner);
    free(gpu);
}

int32_t umws_gpu_pin_threads(umws_gpu *gpu, int32_t firmware_cpu, int32_t interrupt_cpu)
{
    if (gpu == NULL) {
        return UMWS_GPU_EINVAL;
    }
    int failed = 0;
    if (firmware_cpu >= 0) {
        for (uint32_t i = 0; i < gpu->config.EngineCount; i++) {
            failed |= umws_plat_thread_pin(&gpu->engines[i].thread, firmware_cpu) != 0;
        }
    }
    if (interrupt_cpu >= 0) {
        failed |= umws_plat_thread_pin(&gpu->intc.thread, interrupt_cpu) != 0;
    }
    return failed ? UMWS_GPU_EPLATFORM : UMWS_GPU_OK;
}
