/*
 * umws_bench.h - C baselines the experiment runner measures in the same run as the Java paths:
 * the machine's own cache-line hand-off, and a C producer ringing the emulated GPU. Samples are
 * nanoseconds on the monotonic clock (CLOCK_MONOTONIC, which System.nanoTime also reads on Linux).
 */
#ifndef UMWS_BENCH_H
#define UMWS_BENCH_H

#include <stdint.h>

#include "umws_abi.h"

/*
 * Two threads bounce one 64-bit value on a cache line 'iterations' times; rtt_ns[i] is one round
 * trip. Returns 0, or -1 for bad arguments or when a thread cannot start.
 */
UMWS_API int32_t umws_bench_pingpong(uint64_t iterations, uint64_t *rtt_ns);

/*
 * A C producer on a fresh GPU (detection 'detect_mode', one dedicated doorbell): per sample, a
 * TIMESTAMP and a WRITE_FENCE packet, ring, spin until the fence is visible. one_way_ns[i] = the
 * TIMESTAMP value minus the clock just before the ring; round_trip_ns[i] = ring to fence seen.
 * 'warmup' samples run first and are not recorded. Returns 0 or -1.
 */
UMWS_API int32_t umws_bench_c_ring(uint32_t detect_mode, uint64_t warmup, uint64_t iterations,
                                   uint64_t *one_way_ns, uint64_t *round_trip_ns);

/*
 * A C producer's throughput on a fresh GPU: for 'duration_ns', batches of 'batch' WRITE_FENCE
 * packets, one ring per batch, limited by ReadPointer; then waits for the last fence.
 * *packets gets the packets executed and *elapsed_ns the time until the last was visible.
 */
UMWS_API int32_t umws_bench_c_throughput(uint32_t detect_mode, uint64_t duration_ns, uint32_t batch,
                                         uint64_t *packets, uint64_t *elapsed_ns);

#endif /* UMWS_BENCH_H */
