/*
 * entry_points.c - the D3DKMT entry points a native UMD calls, with their Windows names and
 * signatures (d3dkmthk.h), forwarded to the emulated OS (umws_os.h).
 *
 * Every entry point answers on its own before the OS is reached in two cases only: no OS is
 * running (STATUS_DEVICE_NOT_READY) and the calling thread belongs to no emulated process
 * (STATUS_ACCESS_DENIED: Windows has no such caller, so no Windows code fits better). The
 * argument pointer is never read here: the OS captures it.
 */
#include "platform/platform.h"
#include "umws/ntstatus.h"
#include "umws/umws_os.h"

/* Written when an OS starts or stops, read by every call (release/acquire: a caller that sees
   the pointer sees the upcall stub it names fully made). */
static UMWS_OS_DISPATCH g_dispatch;

/* The emulated process of this thread (0: none). Only this thread reads or writes it. */
static UMWS_THREAD_LOCAL uint64_t t_process;

void umws_os_set_dispatch(UMWS_OS_DISPATCH Dispatch)
{
    umws_store_release_ptr(&g_dispatch, Dispatch);
}

uint64_t umws_thread_bind_process(uint64_t Process)
{
    uint64_t previous = t_process;
    t_process = Process;
    return previous;
}

uint64_t umws_thread_process(void)
{
    return t_process;
}

static NTSTATUS os_call(uint32_t thunk, void *args)
{
    UMWS_OS_DISPATCH dispatch = umws_load_acquire_ptr(&g_dispatch);
    if (dispatch == NULL) {
        return STATUS_DEVICE_NOT_READY;
    }
    if (t_process == 0) {
        return STATUS_ACCESS_DENIED;
    }
    return dispatch(thunk, t_process, args);
}

/* The thunks take const pointers where Windows declares them const; the OS only reads those. */
NTSTATUS APIENTRY D3DKMTCreateHwQueue(D3DKMT_CREATEHWQUEUE *pData)
{
    return os_call(UMWS_THUNK_CREATEHWQUEUE, pData);
}

NTSTATUS APIENTRY D3DKMTDestroyHwQueue(const D3DKMT_DESTROYHWQUEUE *pData)
{
    return os_call(UMWS_THUNK_DESTROYHWQUEUE, (void *)(uintptr_t)pData);
}

NTSTATUS APIENTRY D3DKMTSubmitCommandToHwQueue(const D3DKMT_SUBMITCOMMANDTOHWQUEUE *pData)
{
    return os_call(UMWS_THUNK_SUBMITCOMMANDTOHWQUEUE, (void *)(uintptr_t)pData);
}

NTSTATUS APIENTRY D3DKMTCreateDoorbell(D3DKMT_CREATE_DOORBELL *pData)
{
    return os_call(UMWS_THUNK_CREATEDOORBELL, pData);
}

NTSTATUS APIENTRY D3DKMTConnectDoorbell(D3DKMT_CONNECT_DOORBELL *pData)
{
    return os_call(UMWS_THUNK_CONNECTDOORBELL, pData);
}

NTSTATUS APIENTRY D3DKMTDestroyDoorbell(D3DKMT_DESTROY_DOORBELL *pData)
{
    return os_call(UMWS_THUNK_DESTROYDOORBELL, pData);
}

NTSTATUS APIENTRY D3DKMTNotifyWorkSubmission(D3DKMT_NOTIFY_WORK_SUBMISSION *pData)
{
    return os_call(UMWS_THUNK_NOTIFYWORKSUBMISSION, pData);
}

NTSTATUS APIENTRY D3DKMTCreateDevice(D3DKMT_CREATEDEVICE *pData)
{
    return os_call(UMWS_THUNK_CREATEDEVICE, pData);
}

NTSTATUS APIENTRY D3DKMTDestroyDevice(const D3DKMT_DESTROYDEVICE *pData)
{
    return os_call(UMWS_THUNK_DESTROYDEVICE, (void *)(uintptr_t)pData);
}

NTSTATUS APIENTRY D3DKMTCreateContextVirtual(D3DKMT_CREATECONTEXTVIRTUAL *pData)
{
    return os_call(UMWS_THUNK_CREATECONTEXTVIRTUAL, pData);
}

NTSTATUS APIENTRY D3DKMTDestroyContext(const D3DKMT_DESTROYCONTEXT *pData)
{
    return os_call(UMWS_THUNK_DESTROYCONTEXT, (void *)(uintptr_t)pData);
}

NTSTATUS APIENTRY D3DKMTWaitForSynchronizationObjectFromCpu(const D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU *pData)
{
    return os_call(UMWS_THUNK_WAITFORSYNCHRONIZATIONOBJECTFROMCPU, (void *)(uintptr_t)pData);
}

NTSTATUS umws_open_adapter(D3DKMT_HANDLE *phAdapter)
{
    return os_call(UMWS_THUNK_OPENADAPTER, phAdapter);
}

/* The scalar arguments travel by address: the dispatcher takes one pointer. */
NTSTATUS umws_close_adapter(D3DKMT_HANDLE hAdapter)
{
    return os_call(UMWS_THUNK_CLOSEADAPTER, &hAdapter);
}

NTSTATUS umws_create_allocation(UMWS_CREATEALLOCATION *pData)
{
    return os_call(UMWS_THUNK_CREATEALLOCATION, pData);
}

NTSTATUS umws_make_resident(D3DKMT_HANDLE hAllocation)
{
    return os_call(UMWS_THUNK_MAKERESIDENT, &hAllocation);
}

NTSTATUS umws_destroy_allocation(D3DKMT_HANDLE hAllocation)
{
    return os_call(UMWS_THUNK_DESTROYALLOCATION, &hAllocation);
}

#if UMWS_GENERATION >= 3
NTSTATUS APIENTRY D3DKMTCreateHwQueueForUserModeSubmission(D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION *pData)
{
    return os_call(UMWS_THUNK_CREATEHWQUEUEFORUSERMODESUBMISSION, pData);
}
#endif
