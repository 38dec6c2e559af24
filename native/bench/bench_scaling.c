/*
 * bench_scaling.c - the scaling experiment's affinity helper (include/umws/umws_bench.h): a
 * thread pinned as the producer lets go of its pinning before it starts the memory probe's
 * process, which would otherwise inherit one CPU (and size its JVM for one).
 */
#if defined(__linux__)
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <unistd.h>
#endif

#include "umws/umws_bench.h"

UMWS_API int32_t umws_bench_unpin_self(void)
{
#if defined(__linux__)
    long cpus = sysconf(_SC_NPROCESSORS_CONF);
    if (cpus < 1) {
        return -1;
    }
    cpu_set_t set;
    CPU_ZERO(&set);
    for (long i = 0; i < cpus && i < CPU_SETSIZE; i++) {
        CPU_SET((int)i, &set);
    }
    return pthread_setaffinity_np(pthread_self(), sizeof set, &set) == 0 ? 0 : -1;
#else
    return -1;
#endif
}
