/*
 * kmd_sync.c - kmd_sync.h on POSIX threads (Linux, macOS) and on Win32 (SRW lock and condition
 * variable). This file includes no umws header, so windows.h may come in here.
 */
#if defined(_WIN32)

#if !defined(_WIN32_WINNT) || _WIN32_WINNT < 0x0600
#undef _WIN32_WINNT
#define _WIN32_WINNT 0x0600 /* SRW locks and condition variables: Vista and later */
#endif
#include <windows.h>

#include "kmd_sync.h"

_Static_assert(sizeof(SRWLOCK) == sizeof(void *), "SRWLOCK is one pointer");
_Static_assert(sizeof(CONDITION_VARIABLE) == sizeof(void *), "CONDITION_VARIABLE is one pointer");

int kmd_lock_init(kmd_lock *l)
{
    InitializeSRWLock((PSRWLOCK)&l->srw);
    InitializeConditionVariable((PCONDITION_VARIABLE)&l->cond);
    return 0;
}

void kmd_lock_destroy(kmd_lock *l)
{
    (void)l; /* neither needs freeing */
}

void kmd_lock_acquire(kmd_lock *l)
{
    AcquireSRWLockExclusive((PSRWLOCK)&l->srw);
}

void kmd_lock_release(kmd_lock *l)
{
    ReleaseSRWLockExclusive((PSRWLOCK)&l->srw);
}

void kmd_lock_wait(kmd_lock *l, uint64_t ns)
{
    uint64_t ms = (ns + 999999u) / 1000000u;
    if (ms >= INFINITE) {
        ms = INFINITE - 1;
    }
    /* a timeout or a spurious wake-up is the caller's to judge: it looks at the state again */
    SleepConditionVariableSRW((PCONDITION_VARIABLE)&l->cond, (PSRWLOCK)&l->srw, (DWORD)ms, 0);
}

void kmd_lock_wake_all(kmd_lock *l)
{
    WakeAllConditionVariable((PCONDITION_VARIABLE)&l->cond);
}

uint64_t kmd_now_ns(void)
{
    LARGE_INTEGER frequency, now;
    QueryPerformanceFrequency(&frequency);
    QueryPerformanceCounter(&now);
    return (uint64_t)((double)now.QuadPart * 1e9 / (double)frequency.QuadPart);
}

void kmd_yield(void)
{
    SwitchToThread();
}

void kmd_sleep_ms(uint32_t ms)
{
    Sleep(ms);
}

#else /* POSIX */

#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <sched.h>
#include <time.h>

#include "kmd_sync.h"

int kmd_lock_init(kmd_lock *l)
{
    if (pthread_mutex_init(&l->mutex, NULL) != 0) {
        return -1;
    }
    pthread_condattr_t attr;
    int rc = pthread_condattr_init(&attr);
#if !defined(__APPLE__)
    /* timed waits on the monotonic clock: a wall-clock step must not shorten or stretch them */
    if (rc == 0) {
        rc = pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    }
#endif
    if (rc == 0) {
        rc = pthread_cond_init(&l->cond, &attr);
        pthread_condattr_destroy(&attr);
    }
    if (rc != 0) {
        pthread_mutex_destroy(&l->mutex);
        return -1;
    }
    return 0;
}

void kmd_lock_destroy(kmd_lock *l)
{
    pthread_cond_destroy(&l->cond);
    pthread_mutex_destroy(&l->mutex);
}

void kmd_lock_acquire(kmd_lock *l)
{
    pthread_mutex_lock(&l->mutex);
}

void kmd_lock_release(kmd_lock *l)
{
    pthread_mutex_unlock(&l->mutex);
}

void kmd_lock_wait(kmd_lock *l, uint64_t ns)
{
    struct timespec t;
#if defined(__APPLE__)
    t.tv_sec = (time_t)(ns / 1000000000u);
    t.tv_nsec = (long)(ns % 1000000000u);
    pthread_cond_timedwait_relative_np(&l->cond, &l->mutex, &t);
#else
    clock_gettime(CLOCK_MONOTONIC, &t);
    uint64_t end = (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec + ns;
    t.tv_sec = (time_t)(end / 1000000000u);
    t.tv_nsec = (long)(end % 1000000000u);
    /* a timeout or a spurious wake-up is the caller's to judge: it looks at the state again */
    pthread_cond_timedwait(&l->cond, &l->mutex, &t);
#endif
}

void kmd_lock_wake_all(kmd_lock *l)
{
    pthread_cond_broadcast(&l->cond);
}

uint64_t kmd_now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

void kmd_yield(void)
{
    sched_yield();
}

void kmd_sleep_ms(uint32_t ms)
{
    struct timespec t = {(time_t)(ms / 1000u), (long)(ms % 1000u) * 1000000L};
    nanosleep(&t, NULL);
}

#endif
