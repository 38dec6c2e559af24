/*
 * umws_os.h - how the shim's D3DKMT entry points reach the emulated OS, and which emulated
 * process a native thread belongs to. Testbed-specific: nothing here exists on Windows.
 *
 * On Windows a user-mode driver calls D3DKMTCreateHwQueue and its siblings, exported by gdi32.dll,
 * and the kernel knows the caller's process. Here the shim exports the same entry points
 * (declared in d3dkmthk.h) and forwards each call to the emulated OS through one dispatcher that
 * the OS installs when it starts; the process is the one bound to the calling thread. A thread
 * that the testbed starts for a native UMD is bound for it; a thread the UMD starts itself must
 * bind itself (umws_thread_bind_process with the id its creator read from umws_thread_process).
 */
#ifndef UMWS_OS_H
#define UMWS_OS_H

#include "d3dkmthk.h"
#include "umws_abi.h"

/* The entry point a dispatch stands for. Values are stable: the Java OS switches on them. */
enum
{
    UMWS_THUNK_CREATEHWQUEUE = 1,
    UMWS_THUNK_DESTROYHWQUEUE = 2,
    UMWS_THUNK_SUBMITCOMMANDTOHWQUEUE = 3,
    UMWS_THUNK_CREATEDOORBELL = 4,
    UMWS_THUNK_CONNECTDOORBELL = 5,
    UMWS_THUNK_DESTROYDOORBELL = 6,
    UMWS_THUNK_NOTIFYWORKSUBMISSION = 7,
    UMWS_THUNK_CREATEHWQUEUEFORUSERMODESUBMISSION = 8, /* G3 */
    UMWS_THUNK_CREATEDEVICE = 9,
    UMWS_THUNK_DESTROYDEVICE = 10,
    UMWS_THUNK_CREATECONTEXTVIRTUAL = 11,
    UMWS_THUNK_DESTROYCONTEXT = 12,
    UMWS_THUNK_WAITFORSYNCHRONIZATIONOBJECTFROMCPU = 13,
    UMWS_THUNK_OPENADAPTER = 14,        /* Args: D3DKMT_HANDLE *, out */
    UMWS_THUNK_CLOSEADAPTER = 15,       /* Args: const D3DKMT_HANDLE * */
    UMWS_THUNK_CREATEALLOCATION = 16,   /* Args: UMWS_CREATEALLOCATION * */
    UMWS_THUNK_MAKERESIDENT = 17,       /* Args: const D3DKMT_HANDLE * */
    UMWS_THUNK_DESTROYALLOCATION = 18,  /* Args: const D3DKMT_HANDLE * */
};

/*
 * What the testbed does instead of Windows' memory management, which it does not emulate: an
 * allocation is OS-made memory of SizeInBytes (rounded up to whole pages) that the UMD reads and
 * writes at CpuVirtualAddress and the GPU reaches at GpuVirtualAddress once it is resident. (The
 * structures of D3DKMTCreateAllocation2 and D3DKMTMakeResident are mirrored and verified; their
 * entry points are not offered, because Windows takes an allocation's size from the KMD's reading
 * of private data and its GPU VA from paging operations that the testbed does not have.)
 *   0 hDevice  4 hAllocation  8 SizeInBytes  16 CpuVirtualAddress  24 GpuVirtualAddress  (32 bytes)
 */
typedef struct UMWS_CREATEALLOCATION
{
    D3DKMT_HANDLE hDevice;                      /* in */
    D3DKMT_HANDLE hAllocation;                  /* out */
    uint64_t SizeInBytes;                       /* in: 1 .. 4 GiB */
    void *CpuVirtualAddress;                    /* out: the UMD's view of the memory */
    uint64_t GpuVirtualAddress;                 /* out: where the GPU sees it once resident */
} UMWS_CREATEALLOCATION;

/*
 * The OS's side of every entry point: 'Thunk' says which, 'Process' is the calling thread's
 * emulated process (its id, never 0), 'Args' the caller's argument pointer exactly as passed (the
 * OS captures it through a guarded copy: a bad pointer is STATUS_ACCESS_VIOLATION). Returns the
 * thunk's NTSTATUS.
 */
typedef NTSTATUS (*UMWS_OS_DISPATCH)(uint32_t Thunk, uint64_t Process, void *Args);

/* Installs the OS's dispatcher (NULL removes it: every entry point then answers STATUS_DEVICE_NOT_READY). */
UMWS_API void umws_os_set_dispatch(UMWS_OS_DISPATCH Dispatch);

/*
 * Testbed calls a UMD makes through the same dispatcher, on a bound thread: an adapter handle for
 * D3DKMT_CREATEDEVICE.hAdapter (Windows' D3DKMTOpenAdapterFromLuid and its LUID are not
 * emulated), and allocations (see UMWS_CREATEALLOCATION).
 */
UMWS_API NTSTATUS umws_open_adapter(D3DKMT_HANDLE *phAdapter);
UMWS_API NTSTATUS umws_close_adapter(D3DKMT_HANDLE hAdapter);
UMWS_API NTSTATUS umws_create_allocation(UMWS_CREATEALLOCATION *pData);
UMWS_API NTSTATUS umws_make_resident(D3DKMT_HANDLE hAllocation);
UMWS_API NTSTATUS umws_destroy_allocation(D3DKMT_HANDLE hAllocation);

/* Binds the calling thread to emulated process 'Process' (0 unbinds); returns the previous binding. */
UMWS_API uint64_t umws_thread_bind_process(uint64_t Process);

/* The calling thread's emulated process, 0 when it is bound to none. */
UMWS_API uint64_t umws_thread_process(void);

#endif /* UMWS_OS_H */
