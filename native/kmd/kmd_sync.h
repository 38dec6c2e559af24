/*
 * kmd_sync.h - the reference KMD's one synchronization primitive: a mutex with one condition
 * variable, plus a monotonic clock and a yield. POSIX threads or Win32 SRW locks and condition
 * variables; nothing of the shim's own platform layer (a KMD sees only include/umws).
 *
 * Memory ordering: acquiring the lock is an acquire, releasing it a release (both POSIX and
 * Win32 guarantee that), so everything a thread wrote under the lock is seen by the next thread
 * that takes it. A wait releases the lock and takes it again before it returns.
 *
 * A Windows KMD would use a KSPIN_LOCK or a fast mutex and a KEVENT; the rules it follows under
 * them (docs/locks.md) are the same.
 */
#ifndef UMWS_KMD_SYNC_H
#define UMWS_KMD_SYNC_H

#include <stdint.h>

#if defined(_WIN32)
/* SRWLOCK and CONDITION_VARIABLE are one pointer each; windows.h stays out of the KMD's headers
   (its LONG and ULONG are not the mirror's fixed-width ones). kmd_sync.c checks the sizes. */
typedef struct kmd_lock
{
    void *srw;
    void *cond;
} kmd_lock;
#else
#include <pthread.h>
typedef struct kmd_lock
{
    pthread_mutex_t mutex;
    pthread_cond_t cond;
} kmd_lock;
#endif

/* 0 on success. */
int kmd_lock_init(kmd_lock *l);
void kmd_lock_destroy(kmd_lock *l);
void kmd_lock_acquire(kmd_lock *l);
void kmd_lock_release(kmd_lock *l);
/* With the lock held: releases it, sleeps until kmd_lock_wake_all or at most 'ns', takes it again. */
void kmd_lock_wait(kmd_lock *l, uint64_t ns);
/* Wakes every thread in kmd_lock_wait (the lock may be held or not). */
void kmd_lock_wake_all(kmd_lock *l);

/* A monotonic clock, nanoseconds from an arbitrary origin. */
uint64_t kmd_now_ns(void);
/* Gives the processor to another thread (the firmware draining a victim needs it). */
void kmd_yield(void);
/* Sleeps about 'ms' milliseconds. */
void kmd_sleep_ms(uint32_t ms);

#endif /* UMWS_KMD_SYNC_H */
