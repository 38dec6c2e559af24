/*
 * kmd_host.c - hosting a native KMD (include/umws/umws_kmd.h): DxgkInitialize, the handles the
 * OS hands a driver (driver object, adapter, process), the KMD's view of allocations, and the ISR
 * path from the GPU's interrupt thread straight into the KMD's DxgkDdiInterruptRoutine.
 *
 * Every handle carries a magic word, so that a KMD passing the wrong handle to a testbed call gets
 * NULL or STATUS_INVALID_PARAMETER instead of a read of something else (a freed handle is still
 * the caller's bug: its memory may have been reused).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "platform/platform.h"
#include "umws/ntstatus.h"
#include "umws/umws_kmd.h"

#define KMD_MAGIC_DRIVER 0x52445644574d55ULL  /* "UMWDVDR" */
#define KMD_MAGIC_ADAPTER 0x50444144574d55ULL /* "UMWDADP" */
#define KMD_MAGIC_PROCESS 0x43525044574d55ULL /* "UMWDPRC" */

struct _DRIVER_OBJECT
{
    uint64_t magic;
    uint32_t registered; /* release by DxgkInitialize, acquire by umws_kmd_driver_table */
    DRIVER_INITIALIZATION_DATA table;
};

typedef struct kmd_allocation
{
    HANDLE handle;
    D3DGPU_VIRTUAL_ADDRESS gpu_va;
    UINT64 size;
    struct kmd_allocation *next;
} kmd_allocation;

typedef struct kmd_adapter
{
    uint64_t magic;
    umws_gpu *gpu;
    umws_plat_mutex lock; /* guards allocations */
    kmd_allocation *allocations;
    /* The OS's ISR callbacks and the KMD's ISR: written before the interrupt is connected (the GPU's
       set_isr publishes them to the interrupt thread), read only there. */
    DXGKCB_NOTIFY_INTERRUPT notify_interrupt;
    DXGKCB_QUEUE_DPC queue_dpc;
    PDXGKDDI_INTERRUPT_ROUTINE isr;
    PVOID isr_context;
    UMWS_KMD_AFTER_ISR after_isr;
} kmd_adapter;

typedef struct kmd_process
{
    uint64_t magic;
    umws_gpu_vaspace *space;
} kmd_process;

/* The ISR in progress on this thread (only the interrupt thread sets it) and its callbacks so far. */
static UMWS_THREAD_LOCAL uint32_t t_in_isr;
static UMWS_THREAD_LOCAL uint32_t t_isr_callbacks;
/* umws_kmd_log_calls: written by the OS, read by the interrupt thread (only the value matters). */
static uint32_t g_log_calls;

/* ---- Driver objects and DxgkInitialize ---------------------------------------------------- */

PDRIVER_OBJECT umws_kmd_driver_object_new(void)
{
    PDRIVER_OBJECT d = calloc(1, sizeof *d);
    if (d != NULL) {
        d->magic = KMD_MAGIC_DRIVER;
    }
    return d;
}

void umws_kmd_driver_object_free(PDRIVER_OBJECT DriverObject)
{
    if (DriverObject != NULL && DriverObject->magic == KMD_MAGIC_DRIVER) {
        DriverObject->magic = 0;
        free(DriverObject);
    }
}

const DRIVER_INITIALIZATION_DATA *umws_kmd_driver_table(PDRIVER_OBJECT DriverObject)
{
    if (DriverObject == NULL || DriverObject->magic != KMD_MAGIC_DRIVER ||
        !umws_load_acquire_u32(&DriverObject->registered)) {
        return NULL;
    }
    return &DriverObject->table;
}

/*
 * Windows' DxgkInitialize copies the table (the driver's may be on its stack) and refuses a
 * missing argument or a table of a DDI version it does not serve; here the versions served are
 * WDDM 3.0 up to the selected generation's own.
 */
NTSTATUS APIENTRY DxgkInitialize(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath,
                                 PDRIVER_INITIALIZATION_DATA DriverInitializationData)
{
    if (DriverObject == NULL || DriverObject->magic != KMD_MAGIC_DRIVER || RegistryPath == NULL ||
        DriverInitializationData == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    ULONG version = DriverInitializationData->Version;
    if (version < DXGKDDI_INTERFACE_VERSION_WDDM3_0 || version > DXGKDDI_INTERFACE_VERSION) {
        return STATUS_NOT_SUPPORTED;
    }
    DriverObject->table = *DriverInitializationData;
    umws_store_release_u32(&DriverObject->registered, 1);
    return STATUS_SUCCESS;
}

/* ---- Adapters and processes --------------------------------------------------------------- */

static kmd_adapter *adapter_of(HANDLE h)
{
    kmd_adapter *a = h;
    return a != NULL && a->magic == KMD_MAGIC_ADAPTER ? a : NULL;
}

HANDLE umws_kmd_adapter_new(umws_gpu *Gpu)
{
    if (Gpu == NULL) {
        return NULL;
    }
    kmd_adapter *a = calloc(1, sizeof *a);
    if (a == NULL || umws_plat_mutex_init(&a->lock) != 0) {
        free(a);
        return NULL;
    }
    a->magic = KMD_MAGIC_ADAPTER;
    a->gpu = Gpu;
    return a;
}

void umws_kmd_adapter_free(HANDLE hAdapter)
{
    kmd_adapter *a = adapter_of(hAdapter);
    if (a == NULL) {
        return;
    }
    while (a->allocations != NULL) {
        kmd_allocation *next = a->allocations->next;
        free(a->allocations);
        a->allocations = next;
    }
    umws_plat_mutex_destroy(&a->lock);
    a->magic = 0;
    free(a);
}

umws_gpu *umws_kmd_gpu(HANDLE hAdapter)
{
    kmd_adapter *a = adapter_of(hAdapter);
    return a == NULL ? NULL : a->gpu;
}

NTSTATUS umws_kmd_adapter_allocation(HANDLE hAdapter, HANDLE hAllocation, D3DGPU_VIRTUAL_ADDRESS GpuVirtualAddress,
                                     UINT64 SizeInBytes)
{
    kmd_adapter *a = adapter_of(hAdapter);
    if (a == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    NTSTATUS s = STATUS_SUCCESS;
    umws_plat_mutex_lock(&a->lock);
    kmd_allocation **p = &a->allocations;
    while (*p != NULL && (*p)->handle != hAllocation) {
        p = &(*p)->next;
    }
    if (SizeInBytes == 0) { /* forget */
        if (*p != NULL) {
            kmd_allocation *gone = *p;
            *p = gone->next;
            free(gone);
        }
    } else if (*p != NULL) {
        (*p)->gpu_va = GpuVirtualAddress;
        (*p)->size = SizeInBytes;
    } else {
        kmd_allocation *n = malloc(sizeof *n);
        if (n == NULL) {
            s = STATUS_NO_MEMORY;
        } else {
            n->handle = hAllocation;
            n->gpu_va = GpuVirtualAddress;
            n->size = SizeInBytes;
            n->next = a->allocations;
            a->allocations = n;
        }
    }
    umws_plat_mutex_unlock(&a->lock);
    return s;
}

NTSTATUS umws_kmd_allocation(HANDLE hAdapter, HANDLE hAllocation, D3DGPU_VIRTUAL_ADDRESS *GpuVirtualAddress,
                             UINT64 *SizeInBytes)
{
    kmd_adapter *a = adapter_of(hAdapter);
    if (a == NULL || GpuVirtualAddress == NULL || SizeInBytes == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    NTSTATUS s = STATUS_INVALID_PARAMETER;
    umws_plat_mutex_lock(&a->lock);
    for (kmd_allocation *n = a->allocations; n != NULL; n = n->next) {
        if (n->handle == hAllocation) {
            *GpuVirtualAddress = n->gpu_va;
            *SizeInBytes = n->size;
            s = STATUS_SUCCESS;
            break;
        }
    }
    umws_plat_mutex_unlock(&a->lock);
    return s;
}

HANDLE umws_kmd_process_new(umws_gpu_vaspace *VaSpace)
{
    kmd_process *p = calloc(1, sizeof *p);
    if (p != NULL) {
        p->magic = KMD_MAGIC_PROCESS;
        p->space = VaSpace;
    }
    return p;
}

void umws_kmd_process_free(HANDLE hDxgkProcess)
{
    kmd_process *p = hDxgkProcess;
    if (p != NULL && p->magic == KMD_MAGIC_PROCESS) {
        p->magic = 0;
        free(p);
    }
}

umws_gpu_vaspace *umws_kmd_process_vaspace(HANDLE hDxgkProcess)
{
    kmd_process *p = hDxgkProcess;
    return p != NULL && p->magic == KMD_MAGIC_PROCESS ? p->space : NULL;
}

/* ---- The interrupt path ----------------------------------------------------------------- */

void umws_kmd_adapter_callbacks(HANDLE hAdapter, DXGKCB_NOTIFY_INTERRUPT NotifyInterrupt, DXGKCB_QUEUE_DPC QueueDpc)
{
    kmd_adapter *a = adapter_of(hAdapter);
    if (a != NULL) {
        a->notify_interrupt = NotifyInterrupt;
        a->queue_dpc = QueueDpc;
    }
}

VOID APIENTRY umws_kmd_cb_notify_interrupt(HANDLE hAdapter, DXGKARGCB_NOTIFY_INTERRUPT_DATA *pData)
{
    kmd_adapter *a = adapter_of(hAdapter);
    t_isr_callbacks += t_in_isr;
    if (a != NULL && a->notify_interrupt != NULL) {
        a->notify_interrupt(hAdapter, pData); /* the OS judges where it was called from */
    }
}

BOOLEAN APIENTRY umws_kmd_cb_queue_dpc(HANDLE hAdapter)
{
    kmd_adapter *a = adapter_of(hAdapter);
    t_isr_callbacks += t_in_isr;
    return a != NULL && a->queue_dpc != NULL ? a->queue_dpc(hAdapter) : 0;
}

void umws_kmd_log_calls(uint32_t On)
{
    umws_store_release_u32(&g_log_calls, On != 0);
}

/* One whole line per write, flushed: a crash right after it loses nothing. */
static void kmd_log_isr(const char *what)
{
    fprintf(stderr, "umws: native DxgkDdiInterruptRoutine %s (thread the GPU's interrupt thread)\n", what);
    fflush(stderr);
}

static uint8_t kmd_isr(void *context, uint32_t message_number)
{
    kmd_adapter *a = context;
    uint32_t log = umws_load_relaxed_u32(&g_log_calls); /* per interrupt: no fence, an interlocked op on MSVC */
    if (log) {
        kmd_log_isr("enter");
    }
    t_in_isr = 1;
    t_isr_callbacks = 0;
    BOOLEAN claimed = a->isr(a->isr_context, message_number);
    t_in_isr = 0;
    if (log) {
        kmd_log_isr("leave");
    }
    if (t_isr_callbacks != 0 && a->after_isr != NULL) {
        a->after_isr(t_isr_callbacks);
    }
    return claimed;
}

int32_t umws_kmd_connect_interrupt(HANDLE hAdapter, PDXGKDDI_INTERRUPT_ROUTINE Isr, PVOID MiniportDeviceContext,
                                   ULONG MessageNumber, UMWS_KMD_AFTER_ISR AfterIsr)
{
    kmd_adapter *a = adapter_of(hAdapter);
    if (a == NULL) {
        return UMWS_GPU_EINVAL;
    }
    if (Isr == NULL) {
        return umws_gpu_set_isr(a->gpu, NULL, NULL, 0);
    }
    a->isr = Isr;
    a->isr_context = MiniportDeviceContext;
    a->after_isr = AfterIsr;
    return umws_gpu_set_isr(a->gpu, kmd_isr, a, MessageNumber);
}

uint32_t umws_kmd_in_isr(void)
{
    return t_in_isr;
}
