/*
 * umws_bench.h - C baselines the experiment runner measures in the same run as the Java paths:
 * the machine's own cache-line hand-off, and a C producer ringing the emulated GPU. Samples are
 * nanoseconds on the monotonic clock (CLOCK_MONOTONIC, which System.nanoTime also reads on Linux).
 */
#ifndef UMWS_BENCH_H
#define UMWS_BENCH_H

#include <stdint.h>

#include "umws_abi.h"
#include "umws_cumd.h"
#include "umws_gpu.h"

/*
 * A C producer on a fresh GPU (detection 'detect_mode', one dedicated doorbell): per sample, a
 * TIMESTAMP and a WRITE_FENCE packet, ring, spin until the fence is visible. one_way_ns[i] = the
 * TIMESTAMP value minus the clock just before the ring; round_trip_ns[i] = ring to fence seen.
 * 'warmup' samples run first and are not recorded. Returns 0 or -1.
 */
UMWS_API int32_t umws_bench_c_ring(uint32_t detect_mode, uint64_t warmup, uint64_t iterations,
                                   uint64_t *one_way_ns, uint64_t *round_trip_ns);

/*
 * C producers' throughput on a fresh GPU: 'producers' threads (1..8), each with its own queue and
 * doorbell on engine 0, for 'duration_ns' write batches of 'batch' (1..64) WRITE_FENCE packets,
 * one ring per batch, limited by ReadPointer; then each waits for its last fence. *packets gets
 * the packets executed and *elapsed_ns the time until the last was visible.
 */
UMWS_API int32_t umws_bench_c_throughput(uint32_t detect_mode, uint64_t duration_ns, uint32_t batch,
                                         uint32_t producers, uint64_t *packets, uint64_t *elapsed_ns);


/* ---- Ring by function (the downcall and JNI paths of the runner) --------------------------- */

/*
 * The C ring function the Java UMD calls through a Panama downcall or JNI: publishes
 * write_pointer (release store into control->WritePointer), then rings (release store of
 * write_pointer into *doorbell, the dedicated-doorbell value protocol of umws_gpu_packets.h).
 * No checks: it is a two-store hot path, and the runner passes its own rig's pointers.
 */
UMWS_API void umws_bench_ring_doorbell(UMWS_GPU_RING_CONTROL *control, uint64_t *doorbell, uint64_t write_pointer);

/* ---- Interrupt delivery (the interrupt-path matrix) ---------------------------------------- */

/*
 * The C-only ISR, the baseline of the interrupt-path matrix. Its context is a sink: an array of
 * uint64_t words, [UMWS_BENCH_SINK_GPU] the umws_gpu pointer, [UMWS_BENCH_SINK_ACK] the count of
 * INTERRUPT records handled, [UMWS_BENCH_SINK_CAPACITY] how many handled times fit, then from
 * [UMWS_BENCH_SINK_TIMES] the clock when the record with Payload i was handled (i < capacity).
 * It pops every record, writes the time, then the ack (release). The Java handlers of the other
 * cells write the same sink, so every cell is read back the same way.
 */
enum
{
    UMWS_BENCH_SINK_GPU = 0,
    UMWS_BENCH_SINK_ACK = 1,
    UMWS_BENCH_SINK_CAPACITY = 2,
    UMWS_BENCH_SINK_TIMES = 3
};
UMWS_API uint8_t umws_bench_c_isr(void *sink, uint32_t message_number);

/*
 * The C baseline of ring -> interrupt -> waiter woken: on a fresh GPU (SPIN) a C producer waits
 * until a C waiter thread sleeps on a condition variable, then rings a WRITE_FENCE that raises an
 * interrupt; the C ISR pops the record and broadcasts the condition variable; the waiter records
 * when it woke. ring_to_woken_ns[i] = that time minus the clock just before the ring. The
 * producer sleeps between checks, as the Java producer of the OS-stack path does.
 * Returns 0, or -1 for bad arguments, a failed set-up, or a waiter not woken within 5 s.
 */
UMWS_API int32_t umws_bench_c_irq_wait(uint64_t warmup, uint64_t iterations, uint64_t *ring_to_woken_ns);

/* ---- Submission by a UMD through the OS (the native-drivers experiment) -------------------- */

/*
 * The clock of every sample in this header (monotonic, ns). Exported for native UMDs that time
 * their own submissions (umws_umd_example_time), so that both sides of a comparison read one clock.
 */
UMWS_API uint64_t umws_bench_now_ns(void);

/* Pins the calling thread to one CPU (0-based): 0 on success, -1 where the OS cannot or refuses. */
UMWS_API int32_t umws_bench_pin_self(int32_t cpu);
/* Lets the calling thread run on the CPUs it had before its first umws_bench_pin_self again. */
UMWS_API int32_t umws_bench_unpin_self(void);

/*
 * The C UMD's side of the native-UMD comparison. The queues (already connected once, each on its
 * own thread-confined Java UmdQueue described for C) take turns, 'turns' each: a turn submits one
 * batch of 'batch' fences with umws_cumd_submit, then spins on the queue's progress fence until
 * the batch's last fence is written. ring_to_fence_ns[t * queue_count + q] is the time from just
 * before umws_cumd_submit to the fence seen. With more queues than physical doorbells each turn
 * finds its doorbell taken by the queue before it: umws_cumd_submit reconnects through its
 * D3DKMTConnectDoorbell thunk. Returns STATUS_SUCCESS, STATUS_INVALID_PARAMETER for bad
 * arguments, STATUS_TIMEOUT when a fence is not written within 10 s, or what umws_cumd_submit
 * returned when it failed.
 */
UMWS_API NTSTATUS umws_bench_cumd_ring_to_fence(UMWS_CUMD_QUEUE *const *queues, uint32_t queue_count, uint64_t turns,
                                                uint32_t batch, uint64_t *ring_to_fence_ns);

/* ---- Per-operation costs (JMH and the interrupt matrix) ------------------------------------ */

typedef int64_t (*umws_bench_callback_fn)(int64_t value);

/* Returns value + 1: the downcall target of the per-operation benchmarks. */
UMWS_API int64_t umws_bench_noop(int64_t value);

/*
 * Calls fn(i) for i in [0, count) from the calling thread and returns the sum of the results:
 * the upcall benchmark (fn a Panama upcall stub) and its C baseline (fn = umws_bench_noop).
 */
UMWS_API int64_t umws_bench_call_loop(umws_bench_callback_fn fn, uint64_t count);

/* ---- Firmware scan cost (the scaling experiment) ------------------------------------------- */

/*
 * A GPU with 'placement' and 'bound_queues' idle queues bound (each to its own doorbell; GLOBAL:
 * all on the one doorbell), firmware in SPIN: *scans gets the scans the engine made in
 * 'duration_ns', *elapsed_ns the time they took, so ns per scan = elapsed / scans.
 * Returns 0, or -1 for bad arguments or when the GPU cannot be built.
 */
UMWS_API int32_t umws_bench_scan_cost(uint32_t placement, uint32_t bound_queues, uint64_t duration_ns,
                                      uint64_t *scans, uint64_t *elapsed_ns);

/*
 * The mechanisms of the firmware's scan and doorbell layout, one bit each, so that the rig can
 * measure the plain scan (0) and each mechanism in the same run:
 */
enum
{
    UMWS_BENCH_SCAN_ALTERNATE = 0x1,   /* every other idle scan walks the slots from the top down */
    UMWS_BENCH_SCAN_PREFETCH = 0x2,    /* each slot's doorbell prefetched some slots ahead of its load */
    UMWS_BENCH_SCAN_HUGE_VIEW = 0x4,   /* huge pages asked for under the GPU's view of the BAR */
    UMWS_BENCH_SCAN_LINE_SPREAD = 0x8, /* DEDICATED_PAGE doorbell i at cache line i % 64 of its page
                                          (G3 only in a real stack: G1/G2 UMDs ring the page start) */
    UMWS_BENCH_SCAN_FOLD = 0x10        /* an idle scan tests four slots' doorbells with one branch (in
                                          force except over dedicated doorbells at their page start) */
};

/* The mechanisms umws_gpu_create uses in this build (its header generation decides the spread). */
UMWS_API uint32_t umws_bench_scan_defaults(void);

/*
 * umws_bench_scan_cost with the mechanisms of 'mechanisms' only; *firmware_cpu_ns gets the CPU
 * time the firmware thread ran in the same span (UINT64_MAX where the OS cannot tell), so that
 * ns per scan need not include time the thread spent preempted; *in_force the mechanisms that
 * took effect (HUGE_VIEW: huge pages under the whole view; LINE_SPREAD: doorbells spread; none
 * of them act on GLOBAL's idle scan, which reads one doorbell). Returns 0 or -1.
 */
UMWS_API int32_t umws_bench_scan_tuned(uint32_t placement, uint32_t bound_queues, uint32_t mechanisms,
                                       uint64_t duration_ns, uint64_t *scans, uint64_t *elapsed_ns,
                                       uint64_t *firmware_cpu_ns, uint32_t *in_force);

/*
 * The floor of an idle scan on this machine, ns per doorbell: a loop that does nothing but load
 * the 64-bit word of each of 'doorbells' doorbells (8 bytes each), laid out as a GPU with
 * 'placement' and 'mechanisms' (UMWS_BENCH_SCAN_LINE_SPREAD) lays them out, no load depending on
 * another (the misses overlap). Two orders, the better one counting: forward every pass, and
 * forward and backward in turn (what the caches and the TLB keep most of). Timed by the calling
 * thread's CPU time (the monotonic clock where the OS has no fine one); the best of 'repeats'
 * batches of passes, each about 2^18 loads.
 * *cache_ns: the doorbells' words in memory with huge pages, so that no page walk is paid: the
 *   cost of loads from the cache level their lines fit in (NaN when the OS gave no huge pages);
 * *paged_ns: the same in a BAR of their own with small pages, as the GPU's view has them unless
 *   huge pages are granted: with the page walks where the pages exceed the TLB's reach.
 * GLOBAL: an idle scan loads no doorbell per queue; both are 0. Returns 0 or -1.
 */
UMWS_API int32_t umws_bench_scan_floor(uint32_t placement, uint32_t doorbells, uint32_t mechanisms, uint32_t repeats,
                                       double *cache_ns, double *paged_ns);

/* ---- Bench producers on a caller's lane, and the machine's floor (bench_lane.c) ------------ */

/*
 * A lane the caller built (the runner's Java rig: GPU, queue bound to its doorbell, memory), as
 * uint64_t words at these indices, so that a C producer rings the very pages a Java producer
 * rings: the ring (RingBytes a power of two >= 64) as the producer maps it, its
 * UMWS_GPU_RING_CONTROL, the data page (the fence at +0, the TIMESTAMP at +64) and its GPU VA,
 * and the doorbell slot at the doorbell VA.
 */
enum
{
    UMWS_BENCH_LANE_RING = 0,
    UMWS_BENCH_LANE_RING_BYTES = 1,
    UMWS_BENCH_LANE_CONTROL = 2,
    UMWS_BENCH_LANE_DATA = 3,
    UMWS_BENCH_LANE_DATA_VA = 4,
    UMWS_BENCH_LANE_DOORBELL = 5,
    UMWS_BENCH_LANE_WORDS = 6,
    UMWS_BENCH_MAX_PRODUCERS = 256
};

/*
 * umws_bench_c_ring on the caller's lane of 'gpu' (its engine 0 in 'detect_mode'), continuing
 * from the lane's WritePointer and last fence value, so that C and Java producers can take turns
 * on one lane. Returns 0, -1 for bad arguments, -2 when ring space or a fence did not come
 * within 10 s.
 */
UMWS_API int32_t umws_bench_c_ring_on(umws_gpu *gpu, uint32_t detect_mode, const uint64_t *lane,
                                      uint64_t warmup, uint64_t iterations, uint64_t *one_way_ns,
                                      uint64_t *round_trip_ns);

/*
 * umws_bench_c_throughput on the caller's lanes ('producers' of them, UMWS_BENCH_LANE_WORDS
 * words each): producer 0 runs on the calling thread, producer i > 0 on a thread of its own
 * pinned to cpus[i] (-1: unpinned; cpus[0] is not used). *cpu_ns gets the producers' CPU time in
 * their loops, summed (UINT64_MAX where the OS cannot tell). Returns 0, -1 for bad arguments or
 * a thread that could not start, -2 when ring space or a fence did not come within 10 s.
 */
UMWS_API int32_t umws_bench_c_throughput_on(umws_gpu *gpu, uint32_t detect_mode, const uint64_t *lanes,
                                            uint32_t producers, const int32_t *cpus, uint64_t duration_ns,
                                            uint32_t batch, uint64_t *packets, uint64_t *elapsed_ns,
                                            uint64_t *cpu_ns);

/* The calling thread's CPU time, ns (CLOCK_THREAD_CPUTIME_ID); UINT64_MAX where the OS cannot tell. */
UMWS_API uint64_t umws_bench_thread_cpu_ns(void);

/*
 * The machine's floor: the calling thread and a thread pinned to 'cpu' (-1: unpinned) bounce one
 * cache line, spinning inline (no pause hint, no call per poll). First up to 'blocks' blocks of
 * 'per_block' round trips, one clock pair per block: block_ns[b] = the block's time (one block
 * before them is not kept). Then up to 'one_way' hand-offs from the caller to the other thread,
 * each carrying the sender's clock in the bounced line: one_way_ns[i] = the receiver's clock on
 * arrival minus the carried one (the method of the ring's one-way figure; as an int64, negative
 * when the clocks disagree). Each phase stops when half of 'budget_ns' has passed (a loaded
 * machine where the other thread waits for a CPU): done[0] gets the blocks kept, done[1] the hand-offs.
 * *pinned: 1 when the other thread was pinned. Returns 0 or -1.
 */
UMWS_API int32_t umws_bench_pingpong_blocks(int32_t cpu, uint32_t blocks, uint32_t per_block, uint32_t one_way,
                                            uint64_t budget_ns, uint64_t *block_ns, uint64_t *one_way_ns,
                                            uint32_t *done, int32_t *pinned);

/* ---- The scaling experiment's pinning ------------------------------------------------------ */

/*
 * umws_bench_scan_tuned with the rig's firmware thread pinned to 'firmware_cpu' (-1: not pinned),
 * so that it runs where a GPU's firmware runs in the other experiments. Returns 0, or -1 for bad
 * arguments, a failed set-up or a CPU the OS refuses.
 */
UMWS_API int32_t umws_bench_scan_pinned(uint32_t placement, uint32_t bound_queues, uint32_t mechanisms,
                                        uint64_t duration_ns, int32_t firmware_cpu, uint64_t *scans,
                                        uint64_t *elapsed_ns, uint64_t *firmware_cpu_ns, uint32_t *in_force);

/* ---- Interrupt polling in C, and the clock's read cost (the interrupt experiment) ----------- */

/*
 * The C twin of the runner's Java interrupt poller, on the calling thread until *stop turns
 * non-zero (acquire load): while umws_gpu_irq_pending says records wait, umws_bench_c_isr(sink)
 * pops, times and acknowledges them; otherwise a spin-loop hint. The GPU must have no ISR. 'sink'
 * is umws_bench_c_isr's. Returns 0, or -1 for bad arguments.
 */
UMWS_API int32_t umws_bench_c_irq_poll(void *sink, uint32_t *stop);

/*
 * The mean cost of one read of the samples' clock (umws_bench_now_ns), ns, over 'reads'
 * back-to-back reads in C (0 for none).
 */
UMWS_API double umws_bench_clock_read_ns(uint64_t reads);

/* ---- The real submission paths (the submit experiment) ------------------------------------ */

/*
 * The C UMD's side of the submit experiment, on a queue the Java side made (a UmdQueue described
 * for C, connected): 'iterations' submissions of one fence each, umws_cumd_submit(q, 1, 1), each
 * timed from just before the call to its fence seen by spinning on the progress fence (acquire).
 * submit_to_fence_ns[i] is sample i; *recorded how many were taken. Returns STATUS_SUCCESS,
 * STATUS_INVALID_PARAMETER, STATUS_TIMEOUT when a fence is not written within 'timeout_ns' of its
 * submission (the samples before it stay recorded), or what umws_cumd_submit returned.
 */
UMWS_API NTSTATUS umws_bench_submit_latency(UMWS_CUMD_QUEUE *queue, uint64_t iterations, uint64_t timeout_ns,
                                            uint64_t *submit_to_fence_ns, uint64_t *recorded);

/*
 * Submissions per second of the C UMD on such a queue: umws_cumd_submit(q, batch, batch) (one
 * submission = 'batch' WRITE_FENCE packets and one ring) again and again for 'duration_ns' (the
 * clock read every 16 submissions), then a spin until the last fence is visible. *submissions
 * gets the submissions made, *elapsed_ns the time from the first to the last fence seen. Returns
 * STATUS_SUCCESS, STATUS_INVALID_PARAMETER, STATUS_TIMEOUT when the last fence is not written
 * within 'timeout_ns' (nothing reported then), or what umws_cumd_submit returned.
 */
UMWS_API NTSTATUS umws_bench_submit_rate(UMWS_CUMD_QUEUE *queue, uint32_t batch, uint64_t duration_ns,
                                         uint64_t timeout_ns, uint64_t *submissions, uint64_t *elapsed_ns);


#endif /* UMWS_BENCH_H */
