/*
 * kmd_objects.c - the reference KMD's processes, devices, allocations, contexts and hardware
 * queues (bookkeeping: a context keeps its engine and its process's GPU VA space), and context
 * suspend, resume and engine reset. The twin of the same DDIs of dev.umws.kmd.ReferenceKmd.
 * Every object is created and destroyed under the adapter's lock.
 */
#include <stdlib.h>
#include <string.h>

#include "reference_kmd.h"

/* ---- Processes, devices, allocations, contexts ---------------------------------------------- */

NTSTATUS APIENTRY kmd_create_process(HANDLE hAdapter, DXGKARG_CREATEPROCESS *pArgs)
{
    kmd_adapter *a = kmd_adapter_of(hAdapter);
    if (a == NULL || pArgs == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    kmd_lock_acquire(&a->lock);
    kmd_process *p = kmd_object_new(a, sizeof *p, KMD_MAGIC_PROCESS, &a->processes);
    if (p != NULL) {
        p->space = umws_kmd_process_vaspace(pArgs->hDxgkProcess); /* where a real KMD builds page tables */
    }
    kmd_lock_release(&a->lock);
    if (p == NULL) {
        return STATUS_NO_MEMORY;
    }
    pArgs->hKmdProcess = p;
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY kmd_destroy_process(HANDLE hAdapter, HANDLE hKmdProcess)
{
    kmd_adapter *a = kmd_adapter_of(hAdapter);
    if (a == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    kmd_lock_acquire(&a->lock);
    kmd_process *p = kmd_object_of(hKmdProcess, KMD_MAGIC_PROCESS);
    if (p != NULL) {
        kmd_object_unlink(&p->o);
        for (kmd_link *n = a->devices.next; n != &a->devices; n = n->next) {
            kmd_device *d = KMD_CONTAINER(n, kmd_device, o.link);
            if (d->process == p) {
                d->process = NULL; /* the OS destroys devices first; this only guards against not doing so */
            }
        }
        free(p);
    }
    kmd_lock_release(&a->lock);
    return p == NULL ? STATUS_INVALID_PARAMETER : STATUS_SUCCESS;
}

NTSTATUS APIENTRY kmd_create_device(HANDLE hAdapter, DXGKARG_CREATEDEVICE *pCreateDevice)
{
    kmd_adapter *a = kmd_adapter_of(hAdapter);
    if (a == NULL || pCreateDevice == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    kmd_lock_acquire(&a->lock);
    kmd_device *d = kmd_object_new(a, sizeof *d, KMD_MAGIC_DEVICE, &a->devices);
    if (d != NULL) {
        d->process = kmd_object_of(pCreateDevice->hKmdProcess, KMD_MAGIC_PROCESS);
    }
    kmd_lock_release(&a->lock);
    if (d == NULL) {
        return STATUS_NO_MEMORY;
    }
    pCreateDevice->hDevice = d;
    return STATUS_SUCCESS;
}

/*
 * A destroy DDI of an object nothing of the driver's hangs on (a device, a context: the OS
 * destroys what they hold first): unlinked under the adapter's lock, then freed. Every such
 * object starts with its kmd_object, so the object's address is the allocation's.
 */
static NTSTATUS kmd_object_destroy(HANDLE h, uint32_t magic)
{
    kmd_object *o = kmd_object_of(h, magic);
    if (o == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    kmd_adapter *a = o->adapter;
    kmd_lock_acquire(&a->lock);
    kmd_object_unlink(o);
    kmd_lock_release(&a->lock);
    free(o);
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY kmd_destroy_device(HANDLE hDevice)
{
    return kmd_object_destroy(hDevice, KMD_MAGIC_DEVICE);
}

/*
 * The driver records its handle for each allocation; where the OS mapped it, and its size, it
 * asks when a doorbell names it (umws_kmd_allocation: the OS records them after this DDI returns).
 */
NTSTATUS APIENTRY kmd_create_allocation(HANDLE hAdapter, DXGKARG_CREATEALLOCATION *pCreateAllocation)
{
    kmd_adapter *a = kmd_adapter_of(hAdapter);
    DXGKARG_CREATEALLOCATION *c = pCreateAllocation;
    if (a == NULL || c == NULL || (c->NumAllocations > 0 && c->pAllocationInfo == NULL)) {
        return STATUS_INVALID_PARAMETER;
    }
    NTSTATUS s = STATUS_SUCCESS;
    kmd_lock_acquire(&a->lock);
    for (UINT i = 0; i < c->NumAllocations; i++) {
        kmd_allocation *al = kmd_object_new(a, sizeof *al, KMD_MAGIC_ALLOCATION, &a->allocations);
        if (al == NULL) {
            while (i-- > 0) { /* all or nothing */
                kmd_allocation *made = c->pAllocationInfo[i].hAllocation;
                kmd_object_unlink(&made->o);
                free(made);
                c->pAllocationInfo[i].hAllocation = NULL;
            }
            s = STATUS_NO_MEMORY;
            break;
        }
        c->pAllocationInfo[i].hAllocation = al;
    }
    kmd_lock_release(&a->lock);
    return s;
}

NTSTATUS APIENTRY kmd_destroy_allocation(HANDLE hAdapter, const DXGKARG_DESTROYALLOCATION *pDestroyAllocation)
{
    kmd_adapter *a = kmd_adapter_of(hAdapter);
    const DXGKARG_DESTROYALLOCATION *d = pDestroyAllocation;
    if (a == NULL || d == NULL || (d->NumAllocations > 0 && d->pAllocationList == NULL)) {
        return STATUS_INVALID_PARAMETER;
    }
    kmd_lock_acquire(&a->lock);
    for (UINT i = 0; i < d->NumAllocations; i++) {
        kmd_allocation *al = kmd_object_of(d->pAllocationList[i], KMD_MAGIC_ALLOCATION);
        if (al != NULL) {
            kmd_object_unlink(&al->o);
            free(al);
        }
    }
    kmd_lock_release(&a->lock);
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY kmd_create_context(HANDLE hDevice, DXGKARG_CREATECONTEXT *pCreateContext)
{
    kmd_device *dev = kmd_object_of(hDevice, KMD_MAGIC_DEVICE);
    if (dev == NULL || pCreateContext == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    kmd_adapter *a = dev->o.adapter;
    if (pCreateContext->NodeOrdinal >= a->config.EngineCount) {
        return STATUS_INVALID_PARAMETER;
    }
    kmd_lock_acquire(&a->lock);
    kmd_context *c = kmd_object_new(a, sizeof *c, KMD_MAGIC_CONTEXT, &a->contexts);
    if (c != NULL) {
        c->device = dev;
        c->space = dev->process == NULL ? NULL : dev->process->space; /* the device's process's */
        c->engine = pCreateContext->NodeOrdinal;
    }
    kmd_lock_release(&a->lock);
    if (c == NULL) {
        return STATUS_NO_MEMORY;
    }
    memset(&pCreateContext->ContextInfo, 0, sizeof pCreateContext->ContextInfo);
    pCreateContext->hContext = c;
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY kmd_destroy_context(HANDLE hContext)
{
    return kmd_object_destroy(hContext, KMD_MAGIC_CONTEXT);
}

/* ---- Hardware queues ---------------------------------------------------------------------- */

NTSTATUS APIENTRY kmd_create_hw_queue(HANDLE hHwContext, DXGKARG_CREATEHWQUEUE *pCreateHwQueue)
{
    kmd_context *c = kmd_object_of(hHwContext, KMD_MAGIC_CONTEXT);
    if (c == NULL || pCreateHwQueue == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    if (!pCreateHwQueue->Flags.UserModeSubmission) {
        return STATUS_NOT_SUPPORTED; /* this GPU runs user-mode submission queues only */
    }
    kmd_adapter *a = c->o.adapter;
    kmd_lock_acquire(&a->lock);
    kmd_queue *q = kmd_object_new(a, sizeof *q, KMD_MAGIC_QUEUE, &a->queues);
    if (q != NULL) {
        q->context = c;
        q->os_handle = pCreateHwQueue->hHwQueue;
        q->progress_fence_va = pCreateHwQueue->HwQueueProgressFenceGPUVirtualAddress;
        q->id = kmd_id_new(a, q);
        if (q->id == 0) {
            kmd_object_unlink(&q->o);
            free(q);
            q = NULL;
        }
    }
    kmd_lock_release(&a->lock);
    if (q == NULL) {
        return STATUS_NO_MEMORY;
    }
    pCreateHwQueue->hHwQueue = q;
    return STATUS_SUCCESS;
}

/* A doorbell goes: off its physical doorbell, its GPU queue destroyed (the lock is held). */
void kmd_destroy_doorbell_locked(kmd_adapter *a, kmd_doorbell *d)
{
    kmd_pool_release(a, d);
    d->destroyed = 1;
    umws_gpu_queue_destroy(d->gpu_queue);
    d->gpu_queue = NULL;
    d->queue->doorbell = NULL;
    d->queue = NULL;
    d->context = NULL;
    kmd_object_unlink(&d->o);
    kmd_doorbell_free_if_unused(d); /* else the last victimizer holding it frees it */
}

NTSTATUS APIENTRY kmd_destroy_hw_queue(HANDLE hHwQueue)
{
    kmd_queue *q = kmd_object_of(hHwQueue, KMD_MAGIC_QUEUE);
    if (q == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    kmd_adapter *a = q->o.adapter;
    kmd_lock_acquire(&a->lock);
    if (q->doorbell != NULL) {
        kmd_destroy_doorbell_locked(a, q->doorbell);
    }
    kmd_object_unlink(&q->o);
    kmd_lock_release(&a->lock);
    kmd_id_free(a, q->id);
    free(q);
    return STATUS_SUCCESS;
}

/* ---- Suspend, resume, engine reset ----------------------------------------------------------- */

static NTSTATUS set_suspended(HANDLE hAdapter, HANDLE hContext, uint32_t suspended)
{
    kmd_adapter *a = kmd_adapter_of(hAdapter);
    kmd_context *c = kmd_object_of(hContext, KMD_MAGIC_CONTEXT);
    if (a == NULL || c == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    kmd_lock_acquire(&a->lock);
    c->suspended = suspended;
    for (kmd_link *n = a->doorbells.next; n != &a->doorbells; n = n->next) {
        kmd_doorbell *d = KMD_CONTAINER(n, kmd_doorbell, o.link);
        if (d->context == c) {
            umws_gpu_queue_suspend(d->gpu_queue, suspended); /* rings are remembered and run on resume */
        }
    }
    kmd_lock_release(&a->lock);
    return STATUS_SUCCESS;
}

NTSTATUS APIENTRY kmd_suspend_context(HANDLE hAdapter, const DXGKARG_SUSPENDCONTEXT *pSuspendContext)
{
    return pSuspendContext == NULL ? STATUS_INVALID_PARAMETER : set_suspended(hAdapter, pSuspendContext->hContext, 1);
}

NTSTATUS APIENTRY kmd_resume_context(HANDLE hAdapter, const DXGKARG_RESUMECONTEXT *pResumeContext)
{
    return pResumeContext == NULL ? STATUS_INVALID_PARAMETER : set_suspended(hAdapter, pResumeContext->hContext, 0);
}

/* TDR: the engine's queues stop for good (the OS then aborts their doorbells). */
NTSTATUS APIENTRY kmd_reset_engine(HANDLE hAdapter, DXGKARG_RESETENGINE *pResetEngine)
{
    kmd_adapter *a = kmd_adapter_of(hAdapter);
    if (a == NULL || pResetEngine == NULL || pResetEngine->NodeOrdinal >= a->config.EngineCount) {
        return STATUS_INVALID_PARAMETER;
    }
    umws_gpu_engine_reset(a->gpu, pResetEngine->NodeOrdinal);
    pResetEngine->LastAbortedFenceId = 0;
    return STATUS_SUCCESS;
}

