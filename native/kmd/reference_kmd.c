/*
 * reference_kmd.c - the reference KMD in C: the twin of dev.umws.kmd.ReferenceKmd, loaded by the
 * emulated OS as a Windows display miniport is (DriverEntry -> DxgkInitialize with its
 * DRIVER_INITIALIZATION_DATA), using only include/umws. Same statuses, same decisions:
 *
 *   - at start it reports every node ContextSchedulingSupported | UserModeSubmission and the UMS
 *     caps of the GPU's configuration (umws_gpu_config_get);
 *   - it runs user-mode-submission queues only (DxgkDdiCreateHwQueue without the flag:
 *     STATUS_NOT_SUPPORTED);
 *   - DxgkDdiCreateDoorbell makes the GPU queue from the ring and control allocations
 *     (umws_kmd_allocation) and binds no physical doorbell (rule 1); an allocation it does not
 *     know, or one the GPU cannot run a ring in, is STATUS_NO_MEMORY;
 *   - DxgkDdiConnectDoorbell takes a physical doorbell from the pool (doorbell_pool.c), which
 *     victimizes through DxgkCbDisconnectDoorbell(DISCONNECTED_RETRY) when none is free, and
 *     returns the doorbell's kernel address (G1/G2) or "physical" address, its BAR address (G3),
 *     with CONNECTED, or CONNECTED_NOTIFY_KMD when the firmware detects rings by NOTIFY;
 *   - from create and connect it returns only the codes Windows takes without complaint
 *     (SUCCESS, NO_MEMORY, NOT_IMPLEMENTED: rule 13); disconnect, destroy and notify succeed;
 *   - the ISR (isr.c) reports every cause record and queues the DPC before it returns.
 *
 * One lock guards the driver's state, held only for short steps and never across a callback: the
 * OS takes the victim's context lock in DxgkCbDisconnectDoorbell, and a driver that held its own
 * lock across it would deadlock against a connect of that context, as on Windows (docs/locks.md).
 * Memory ordering: the lock's acquire and release order every access to the driver's state; the
 * few exceptions say so where they are.
 */
#include <stdlib.h>
#include <string.h>

#include "reference_kmd.h"

/* ---- Lists and objects --------------------------------------------------------------------- */

void kmd_list_init(kmd_link *list)
{
    list->prev = list;
    list->next = list;
}

void kmd_list_add_tail(kmd_link *list, kmd_link *node)
{
    node->prev = list->prev;
    node->next = list;
    list->prev->next = node;
    list->prev = node;
}

void kmd_list_remove(kmd_link *node)
{
    node->prev->next = node->next;
    node->next->prev = node->prev;
    node->prev = node;
    node->next = node;
}

/* A new object of 'bytes' with its magic and adapter, in 'list' (the lock is held), or NULL. */
void *kmd_object_new(kmd_adapter *a, size_t bytes, uint32_t magic, kmd_link *list)
{
    kmd_object *o = calloc(1, bytes);
    if (o != NULL) {
        o->magic = magic;
        o->adapter = a;
        kmd_list_add_tail(list, &o->link);
    }
    return o;
}

/* Out of its list and marked dead (the lock is held); the caller frees it. */
void kmd_object_unlink(kmd_object *o)
{
    kmd_list_remove(&o->link);
    o->magic = KMD_MAGIC_DEAD;
}

/* The object 'h' if it is a live one of that kind, else NULL (read without the lock: see the header). */
void *kmd_object_of(HANDLE h, uint32_t magic)
{
    kmd_object *o = h;
    return o != NULL && o->magic == magic ? o : NULL;
}

kmd_adapter *kmd_adapter_of(HANDLE h)
{
    kmd_adapter *a = h;
    return a != NULL && a->magic == KMD_MAGIC_ADAPTER ? a : NULL;
}

/*
 * The doorbell a doorbell DDI names: G1/G2 by the KMD's doorbell handle, G3 by its queue. The OS
 * holds the doorbell's context lock across the DDI, so it is not destroyed before the DDI ends.
 */
kmd_doorbell *kmd_doorbell_named(HANDLE h)
{
#if KMD_G3
    kmd_queue *q = kmd_object_of(h, KMD_MAGIC_QUEUE);
    if (q == NULL) {
        return NULL;
    }
    kmd_lock_acquire(&q->o.adapter->lock);
    kmd_doorbell *d = q->doorbell;
    kmd_lock_release(&q->o.adapter->lock);
    return d;
#else
    return kmd_object_of(h, KMD_MAGIC_DOORBELL);
#endif
}

/* ---- The broken twin's choice ---------------------------------------------------------------- */

#if defined(UMWS_KMD_BROKEN)
/* Written by the test before the adapter is added (release), read at DxgkDdiAddDevice (acquire). */
static atomic_uint g_fault;

/*
 * Testbed-only export of the broken twin: which rule the next adapter breaks (KMD_FAULT_*);
 * STATUS_INVALID_PARAMETER for an unknown one.
 */
KMD_EXPORT NTSTATUS umws_kmd_broken_select(UINT fault)
{
    if (fault >= KMD_FAULT_COUNT) {
        return STATUS_INVALID_PARAMETER;
    }
    atomic_store_explicit(&g_fault, fault, memory_order_release);
    return STATUS_SUCCESS;
}
#endif

/* ---- Queue ids, for the ISR ------------------------------------------------------------------ */

/* A new GPU queue id for 'q' (1 and up), or 0 when out of memory. */
uint32_t kmd_id_new(kmd_adapter *a, HANDLE q)
{
    uint32_t id = 0;
    kmd_lock_acquire(&a->ids_lock);
    if (a->free_id_count > 0) {
        id = a->free_ids[--a->free_id_count];
    } else {
        if (a->next_id == a->id_capacity) {
            uint32_t capacity = a->id_capacity == 0 ? 64 : a->id_capacity * 2;
            HANDLE *ids = realloc(a->ids, capacity * sizeof *ids);
            if (ids != NULL) {
                a->ids = ids;
            }
            uint32_t *free_ids = ids == NULL ? NULL : realloc(a->free_ids, capacity * sizeof *free_ids);
            if (free_ids == NULL) {
                kmd_lock_release(&a->ids_lock);
                return 0;
            }
            a->free_ids = free_ids;
            a->id_capacity = capacity;
        }
        id = ++a->next_id;
    }
    a->ids[id - 1] = q;
    kmd_lock_release(&a->ids_lock);
    return id;
}

void kmd_id_free(kmd_adapter *a, uint32_t id)
{
    kmd_lock_acquire(&a->ids_lock);
    a->ids[id - 1] = NULL;
    a->free_ids[a->free_id_count++] = id;
    kmd_lock_release(&a->ids_lock);
}

HANDLE kmd_queue_of_id(kmd_adapter *a, uint32_t id)
{
    HANDLE q = NULL;
    kmd_lock_acquire(&a->ids_lock);
    if (id >= 1 && id <= a->next_id) {
        q = a->ids[id - 1];
    }
    kmd_lock_release(&a->ids_lock);
    return q;
}

/* ---- The adapter ----------------------------------------------------------------------------- */

static NTSTATUS kmd_add_device(const PDEVICE_OBJECT PhysicalDeviceObject, PVOID *MiniportDeviceContext)
{
    (void)PhysicalDeviceObject;
    if (MiniportDeviceContext == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    kmd_adapter *a = calloc(1, sizeof *a);
    if (a == NULL) {
        return STATUS_NO_MEMORY;
    }
    if (kmd_lock_init(&a->lock) != 0) {
        free(a);
        return STATUS_NO_MEMORY;
    }
    if (kmd_lock_init(&a->ids_lock) != 0) {
        kmd_lock_destroy(&a->lock);
        free(a);
        return STATUS_NO_MEMORY;
    }
    if (kmd_lock_init(&a->naive) != 0) {
        kmd_lock_destroy(&a->ids_lock);
        kmd_lock_destroy(&a->lock);
        free(a);
        return STATUS_NO_MEMORY;
    }
    kmd_list_init(&a->processes);
    kmd_list_init(&a->devices);
    kmd_list_init(&a->contexts);
    kmd_list_init(&a->allocations);
    kmd_list_init(&a->queues);
    kmd_list_init(&a->doorbells);
    kmd_list_init(&a->pool.lru);
    atomic_init(&a->naive_armed, 1);
    atomic_init(&a->naive_contenders, 0);
#if defined(UMWS_KMD_BROKEN)
    a->fault = atomic_load_explicit(&g_fault, memory_order_acquire);
#endif
    a->magic = KMD_MAGIC_ADAPTER;
    *MiniportDeviceContext = a;
    return STATUS_SUCCESS;
}

static NTSTATUS kmd_start_device(const PVOID MiniportDeviceContext, PDXGK_START_INFO DxgkStartInfo,
                                          PDXGKRNL_INTERFACE DxgkInterface, PULONG NumberOfVideoPresentSources,
                                          PULONG NumberOfChildren)
{
    kmd_adapter *a = kmd_adapter_of(MiniportDeviceContext);
    (void)DxgkStartInfo;
    if (a == NULL || DxgkInterface == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    a->dxgkrnl = *DxgkInterface; /* the callbacks outlive the call; the structure need not */
    a->device_handle = DxgkInterface->DeviceHandle;
    a->gpu = umws_kmd_gpu(a->device_handle); /* the testbed's stand-in for the BARs in the resources */
    if (a->gpu == NULL || umws_gpu_config_get(a->gpu, &a->config) != UMWS_GPU_OK) {
        return STATUS_INVALID_PARAMETER;
    }
    if (kmd_pool_init(a) != 0) {
        return STATUS_NO_MEMORY;
    }
    if (NumberOfVideoPresentSources != NULL) {
        *NumberOfVideoPresentSources = 0; /* render only: no display */
    }
    if (NumberOfChildren != NULL) {
        *NumberOfChildren = 0;
    }
    return STATUS_SUCCESS;
}

static void free_all(kmd_link *list)
{
    while (list->next != list) {
        kmd_object *o = KMD_CONTAINER(list->next, kmd_object, link);
        kmd_object_unlink(o);
        free(o);
    }
}

/* Every GPU queue stops and goes; the OS ended every process and runs no DDI any more. */
static NTSTATUS kmd_stop_device(const PVOID MiniportDeviceContext)
{
    kmd_adapter *a = kmd_adapter_of(MiniportDeviceContext);
    if (a == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    kmd_lock_acquire(&a->lock);
    while (a->doorbells.next != &a->doorbells) {
        kmd_doorbell *d = KMD_CONTAINER(a->doorbells.next, kmd_doorbell, o.link);
        kmd_object_unlink(&d->o);
        if (d->physical >= 0) {
            kmd_list_remove(&d->lru);
        }
        umws_gpu_queue_destroy(d->gpu_queue);
        free(d); /* no victimizer holds it: no DDI runs */
    }
    free_all(&a->queues);
    free_all(&a->contexts);
    free_all(&a->allocations);
    free_all(&a->devices);
    free_all(&a->processes);
    kmd_pool_fini(a);
    kmd_lock_release(&a->lock);
    return STATUS_SUCCESS;
}

static NTSTATUS kmd_remove_device(const PVOID MiniportDeviceContext)
{
    kmd_adapter *a = kmd_adapter_of(MiniportDeviceContext);
    if (a == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    a->magic = KMD_MAGIC_DEAD;
    kmd_lock_destroy(&a->naive);
    kmd_lock_destroy(&a->ids_lock);
    kmd_lock_destroy(&a->lock);
    free(a->ids);
    free(a->free_ids);
    free(a);
    return STATUS_SUCCESS;
}

static NTSTATUS APIENTRY kmd_query_adapter_info(HANDLE hAdapter, const DXGKARG_QUERYADAPTERINFO *pQueryAdapterInfo)
{
    kmd_adapter *a = kmd_adapter_of(hAdapter);
    const DXGKARG_QUERYADAPTERINFO *q = pQueryAdapterInfo;
    if (a == NULL || q == NULL || q->Type != DXGKQAITYPE_USERMODESUBMISSION_CAPS || q->pOutputData == NULL ||
        q->OutputDataSize < sizeof(DXGK_USERMODESUBMISSION_CAPS)) {
        return STATUS_NOT_SUPPORTED;
    }
    DXGK_USERMODESUBMISSION_CAPS *caps = q->pOutputData;
    memset(caps, 0, sizeof *caps);
    caps->Flags.SecondaryDoorbellSupported = a->config.SecondaryDoorbells ? 1 : 0;
    caps->DoorbellSizeInBytes = a->config.DoorbellSizeInBytes;
    caps->SecondaryDoorbellSizeInBytes = a->config.SecondaryDoorbells ? a->config.DoorbellSizeInBytes : 0;
    return STATUS_SUCCESS;
}

static NTSTATUS APIENTRY kmd_get_node_metadata(HANDLE hAdapter, UINT NodeOrdinalAndAdapterIndex,
                                               DXGKARG_GETNODEMETADATA *pGetNodeMetadata)
{
    kmd_adapter *a = kmd_adapter_of(hAdapter);
    UINT node = NodeOrdinalAndAdapterIndex & 0xFFFFu; /* the physical adapter is in the high half */
    if (a == NULL || pGetNodeMetadata == NULL || node >= a->config.EngineCount) {
        return STATUS_INVALID_PARAMETER;
    }
    memset(pGetNodeMetadata, 0, sizeof *pGetNodeMetadata);
    pGetNodeMetadata->EngineType = DXGK_ENGINE_TYPE_3D;
    /* Windows refuses a UMS node that does not also schedule contexts itself. */
    pGetNodeMetadata->Flags.ContextSchedulingSupported = 1;
    pGetNodeMetadata->Flags.UserModeSubmission = 1;
    pGetNodeMetadata->GpuMmuSupported = 1;
    return STATUS_SUCCESS;
}

/* ---- Loading --------------------------------------------------------------------------------- */

/*
 * The driver's entry point, as Windows calls a display miniport's: it hands DxgkInitialize its
 * table (copied there: this one lives on the stack) and returns what DxgkInitialize returns.
 */
KMD_EXPORT NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    DRIVER_INITIALIZATION_DATA init;
    memset(&init, 0, sizeof init);
    init.Version = DXGKDDI_INTERFACE_VERSION;
    init.DxgkDdiAddDevice = kmd_add_device;
    init.DxgkDdiStartDevice = kmd_start_device;
    init.DxgkDdiStopDevice = kmd_stop_device;
    init.DxgkDdiRemoveDevice = kmd_remove_device;
    init.DxgkDdiInterruptRoutine = kmd_interrupt_routine;
    init.DxgkDdiDpcRoutine = kmd_dpc_routine;
    init.DxgkDdiQueryAdapterInfo = kmd_query_adapter_info;
    init.DxgkDdiGetNodeMetadata = kmd_get_node_metadata;
    init.DxgkDdiCreateProcess = kmd_create_process;
    init.DxgkDdiDestroyProcess = kmd_destroy_process;
    init.DxgkDdiCreateDevice = kmd_create_device;
    init.DxgkDdiDestroyDevice = kmd_destroy_device;
    init.DxgkDdiCreateAllocation = kmd_create_allocation;
    init.DxgkDdiDestroyAllocation = kmd_destroy_allocation;
    init.DxgkDdiCreateContext = kmd_create_context;
    init.DxgkDdiDestroyContext = kmd_destroy_context;
    init.DxgkDdiCreateHwQueue = kmd_create_hw_queue;
    init.DxgkDdiDestroyHwQueue = kmd_destroy_hw_queue;
    init.DxgkDdiSuspendContext = kmd_suspend_context;
    init.DxgkDdiResumeContext = kmd_resume_context;
    init.DxgkDdiResetEngine = kmd_reset_engine;
    init.DxgkDdiCreateDoorbell = kmd_create_doorbell;
    init.DxgkDdiConnectDoorbell = kmd_connect_doorbell;
    init.DxgkDdiDisconnectDoorbell = kmd_disconnect_doorbell;
    init.DxgkDdiDestroyDoorbell = kmd_destroy_doorbell;
    init.DxgkDdiNotifyWorkSubmission = kmd_notify_work_submission;
#if UMWS_GENERATION == 1
    init.DxgkDdiFlushHwQueue = kmd_flush_hw_queue;
#endif
    return DxgkInitialize(DriverObject, RegistryPath, &init);
}
