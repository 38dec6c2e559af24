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
};

/*
 * The OS's side of every entry point: 'Thunk' says which, 'Process' is the calling thread's
 * emulated process (its id, never 0), 'Args' the caller's argument pointer exactly as passed (the
 * OS captures it through a guarded copy: a bad pointer is STATUS_ACCESS_VIOLATION). Returns the
 * thunk's NTSTATUS.
 */
typedef NTSTATUS (*UMWS_OS_DISPATCH)(uint32_t Thunk, uint64_t Process, void *Args);

/* Installs the OS's dispatcher (NULL removes it: every entry point then answers STATUS_DEVICE_NOT_READY). */
UMWS_API void umws_os_set_dispatch(UMWS_OS_DISPATCH Dispatch);

/* Binds the calling thread to emulated process 'Process' (0 unbinds); returns the previous binding. */
UMWS_API uint64_t umws_thread_bind_process(uint64_t Process);

/* The calling thread's emulated process, 0 when it is bound to none. */
UMWS_API uint64_t umws_thread_process(void);

#endif /* UMWS_OS_H */
