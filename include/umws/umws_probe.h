/*
 * umws_probe.h - guarded copies between trusted memory and untrusted ("user") memory, the
 * emulated OS's stand-in for the Windows kernel's probe-and-capture of D3DKMT thunk arguments.
 *
 * On Windows the kernel copies every thunk argument from user memory inside a probe, so a bad
 * user pointer gives STATUS_ACCESS_VIOLATION instead of a crash. Here the emulated OS runs in the
 * same process as the user code, so these functions never fault: an inaccessible byte is an
 * answer (UMWS_PROBE_FAULT), not a signal.
 *
 *   user memory (untrusted)                        OS memory (trusted)
 *   +-----------------------+  umws_probe_read   +-----------------------+
 *   | D3DKMT_* argument,    | -----------------> | the OS's own copy     |
 *   | private data          | <----------------- | (outputs)             |
 *   +-----------------------+  umws_probe_write  +-----------------------+
 *
 * Mechanism (platform_probe_posix.c, platform_probe_win32.c): Linux process_vm_readv/writev on
 * the process itself, falling back at run time to a per-thread pipe when a seccomp profile denies
 * them; macOS the pipe; Windows ReadProcessMemory/WriteProcessMemory after VirtualQuery. The
 * trusted side must be valid memory; a fault there is reported as UMWS_PROBE_FAULT too.
 *
 * All functions are thread-safe. A range that would wrap past the top of the address space is a
 * fault; bytes == 0 is UMWS_PROBE_OK whatever the pointers are and touches nothing.
 */
#ifndef UMWS_PROBE_H
#define UMWS_PROBE_H

#include <stdint.h>

#include "umws_abi.h"

enum
{
    UMWS_PROBE_OK = 0,
    UMWS_PROBE_FAULT = -1,    /* a byte of the untrusted range is not accessible as asked */
    UMWS_PROBE_EPLATFORM = -2 /* the operating system refused the means (the fallback's pipe:
                                 out of file descriptors); nothing was copied */
};

/*
 * Copies 'bytes' from untrusted 'src' into trusted 'dst'. UMWS_PROBE_FAULT when any byte of
 * [src, src + bytes) is not readable; dst's contents are then unspecified (it is trusted scratch).
 */
UMWS_API int32_t umws_probe_read(void *dst, const void *src, uint64_t bytes);

/*
 * Copies 'bytes' from trusted 'src' into untrusted 'dst', all or nothing: the whole destination
 * is checked first (umws_probe_writable), so a failed write changes no byte. The one exception is
 * a race the caller cannot avoid on Windows either: another thread unmapping or protecting dst
 * during the copy may leave a prefix written (still no fault).
 */
UMWS_API int32_t umws_probe_write(void *dst, const void *src, uint64_t bytes);

/*
 * UMWS_PROBE_OK when every page of [dst, dst + bytes) is writable, found without changing its
 * contents. POSIX reads one byte of each page and writes the same byte back through the guarded
 * copy, as Windows' ProbeForWrite did: a user thread storing into that byte at the same instant
 * could see its store undone, but an output buffer handed to the kernel has no defined contents
 * while the call runs, so that race is the caller's own. Windows asks VirtualQuery instead.
 */
UMWS_API int32_t umws_probe_writable(void *dst, uint64_t bytes);

/* ---- Test support ---------------------------------------------------------------------------
 * For tests only (C, Java): pages with a chosen access, to hand to the probe as user memory.
 */
enum
{
    UMWS_PROBE_PAGE_NONE = 0,      /* PROT_NONE / PAGE_NOACCESS */
    UMWS_PROBE_PAGE_READONLY = 1,  /* PROT_READ / PAGE_READONLY, filled with UMWS_PROBE_PAGE_PATTERN(i) */
    UMWS_PROBE_PAGE_READWRITE = 2  /* PROT_READ | PROT_WRITE / PAGE_READWRITE, zeroed */
};

#define UMWS_PROBE_PAGE_BYTES 4096u
/* Byte i of a read-only test page: 1..251, never 0, so a copy that read nothing shows; the
   period of 251 (a prime) also shows a copy from the wrong offset. */
#define UMWS_PROBE_PAGE_PATTERN(i) ((uint8_t)((uint32_t)(i) % 251u + 1u))

/* A fresh mapping of UMWS_PROBE_PAGE_BYTES (one page) with 'access' UMWS_PROBE_PAGE_*; NULL on failure. */
UMWS_API void *umws_probe_test_page(uint32_t access);

/* Unmaps a test page: its address is then a freed pointer (until the OS reuses it). 0 or -1. */
UMWS_API int32_t umws_probe_test_page_free(void *page);

#endif /* UMWS_PROBE_H */
