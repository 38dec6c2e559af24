/*
 * umws_gpu_packets.h - the memory formats the emulated GPU shares with its drivers: ring
 * control, command packets, the doorbell value and interrupt cause records.
 *
 * Every field written by one thread and read by another names its pairing: who stores with
 * release, who loads with acquire. C uses atomic_*_explicit; Java uses VarHandle setRelease /
 * getAcquire on the same offsets (the Java layouts mirror these structures and are checked by
 * the fidelity matrix like the Windows ones).
 */
#ifndef UMWS_GPU_PACKETS_H
#define UMWS_GPU_PACKETS_H

#include <stdint.h>

/* ---- Ring control ----------------------------------------------------------------------
 *
 *   0              8                          64             72                        128
 *   +--------------+--------- pad ------------+--------------+---------- pad ----------+
 *   | WritePointer |                          | ReadPointer  |                         |
 *   +--------------+--------------------------+--------------+-------------------------+
 *
 * Both pointers are byte counts since the ring was created: they only grow, and the ring
 * offset of a pointer p is p % RingSizeInBytes. They live on separate 64-byte cache lines so
 * that the producer's stores and the GPU's stores do not bounce one line between cores.
 *
 *   WritePointer: UMD stores with release after writing the packets; firmware loads with acquire.
 *   ReadPointer:  firmware stores with release after executing the packets before it; UMD loads
 *                 with acquire before reusing ring space.
 */
typedef struct UMWS_GPU_RING_CONTROL
{
    uint64_t WritePointer;
    uint8_t Padding0[56];
    uint64_t ReadPointer;
    uint8_t Padding1[56];
} UMWS_GPU_RING_CONTROL;

#define UMWS_GPU_RING_CONTROL_ALIGN 64  /* bytes */
#define UMWS_GPU_RING_MIN_BYTES 64
#define UMWS_GPU_RING_MAX_BYTES (1u << 30)

/*
 * The doorbell value. A doorbell slot is 64 bits at the start of each doorbell; the firmware
 * notices a ring as a change of its value (acquire load) and then reads WritePointer.
 *   Dedicated and shared-page doorbells: after storing WritePointer into ring control, the UMD
 *   stores the same new WritePointer (release) into its doorbell. Binding a queue to a physical
 *   doorbell resets it to 0, so any ring after that (WritePointer > 0) is a change.
 *   Global doorbell: many queues ring one doorbell and their write pointers may be equal, so
 *   the UMD adds 1 to it (atomic read-modify-write, release); any ring changes it.
 */

/* ---- Command packets ---------------------------------------------------------------------
 *
 * Every packet starts with this 8-byte header, is 8-byte aligned, and its Length (bytes,
 * header included) is a multiple of 8 and at least 8. A packet never straddles the end of the
 * ring: the UMD pads the tail with a NOP. Anything else faults the queue.
 *
 *   0          2          4                      8
 *   +----------+----------+----------------------+------------------- payload ...
 *   | Opcode   | Flags    | Length (bytes)       |
 *   +----------+----------+----------------------+-------------------
 */
typedef struct UMWS_GPU_PACKET_HEADER
{
    uint16_t Opcode;  /* UMWS_GPU_OP_* */
    uint16_t Flags;   /* per opcode */
    uint32_t Length;  /* bytes, header included */
} UMWS_GPU_PACKET_HEADER;

enum
{
    UMWS_GPU_OP_NOP = 0,          /* any Length >= 8: padding */
    UMWS_GPU_OP_WRITE_FENCE = 1,  /* UMWS_GPU_PACKET_WRITE_FENCE */
    UMWS_GPU_OP_TIMESTAMP = 2,    /* UMWS_GPU_PACKET_TIMESTAMP */
    UMWS_GPU_OP_COPY = 3,         /* UMWS_GPU_PACKET_COPY */
    UMWS_GPU_OP_FILL = 4,         /* UMWS_GPU_PACKET_FILL */
    UMWS_GPU_OP_DELAY = 5,        /* UMWS_GPU_PACKET_DELAY */
    UMWS_GPU_OP_INTERRUPT = 6,    /* UMWS_GPU_PACKET_INTERRUPT */
};

/* WRITE_FENCE Flags: raise DXGK_INTERRUPT_MONITORED_FENCE_SIGNALED after the write. */
#define UMWS_GPU_FENCE_FLAG_INTERRUPT 0x1

/*
 * Stores Value (64 bits, release) at FenceGpuVa, which must be 8-byte aligned and writable.
 * Pairs with the CPU's acquire load of the fence (UMD, OS waiters): everything the packets
 * before it wrote is visible once the value is.
 *   0        8              16             24
 *   | header | FenceGpuVa   | Value        |
 */
typedef struct UMWS_GPU_PACKET_WRITE_FENCE
{
    UMWS_GPU_PACKET_HEADER Header;
    uint64_t FenceGpuVa;
    uint64_t Value;
} UMWS_GPU_PACKET_WRITE_FENCE;

/* Stores the GPU's monotonic clock (ns, release) at GpuVa (8-byte aligned, writable).
 *   0        8              16
 *   | header | GpuVa        | */
typedef struct UMWS_GPU_PACKET_TIMESTAMP
{
    UMWS_GPU_PACKET_HEADER Header;
    uint64_t GpuVa;
} UMWS_GPU_PACKET_TIMESTAMP;

/* Copies SizeInBytes from SrcGpuVa to DstGpuVa (ranges may not overlap).
 *   0        8              16             24             32
 *   | header | DstGpuVa     | SrcGpuVa     | SizeInBytes  | */
typedef struct UMWS_GPU_PACKET_COPY
{
    UMWS_GPU_PACKET_HEADER Header;
    uint64_t DstGpuVa;
    uint64_t SrcGpuVa;
    uint64_t SizeInBytes;
} UMWS_GPU_PACKET_COPY;

/* Fills SizeInBytes (a multiple of 4) at DstGpuVa with the 32-bit Pattern.
 *   0        8              16             24        28        32
 *   | header | DstGpuVa     | SizeInBytes  | Pattern | pad     | */
typedef struct UMWS_GPU_PACKET_FILL
{
    UMWS_GPU_PACKET_HEADER Header;
    uint64_t DstGpuVa;
    uint64_t SizeInBytes;
    uint32_t Pattern;
    uint32_t Padding0;
} UMWS_GPU_PACKET_FILL;

/* Emulated work: keeps the engine busy for Nanoseconds.
 *   0        8              16
 *   | header | Nanoseconds  | */
typedef struct UMWS_GPU_PACKET_DELAY
{
    UMWS_GPU_PACKET_HEADER Header;
    uint64_t Nanoseconds;
} UMWS_GPU_PACKET_DELAY;

/* Raises interrupt InterruptType (a DXGK_INTERRUPT_TYPE) with Payload in the cause record.
 *   0        8               12        16             24
 *   | header | InterruptType | pad     | Payload      | */
typedef struct UMWS_GPU_PACKET_INTERRUPT
{
    UMWS_GPU_PACKET_HEADER Header;
    uint32_t InterruptType;
    uint32_t Padding0;
    uint64_t Payload;
} UMWS_GPU_PACKET_INTERRUPT;

/* ---- Interrupt cause records ---------------------------------------------------------------
 *
 * Engines append records to the interrupt ring and assert the interrupt line; the interrupt
 * thread calls the ISR, which pops them (umws_gpu_irq_pop) and builds
 * DXGKARGCB_NOTIFY_INTERRUPT_DATA from them.
 *
 *   0          4        8         12        16          24          32          40
 *   | Type     | Engine | QueueId | pad     | FenceValue| GpuVa     | Payload   |
 *
 *   Type:       DXGK_INTERRUPT_TYPE (MONITORED_FENCE_SIGNALED, DMA_FAULTED,
 *               HWQUEUE_PAGE_FAULTED, GPU_ENGINE_TIMEOUT, or a packet's type)
 *   Engine:     the node ordinal
 *   QueueId:    the id the driver gave the queue (UMWS_GPU_QUEUE_DESC.QueueId); 0 for engine events
 *   FenceValue: the value written (fence), or the last completed fence value of a faulted queue
 *   GpuVa:      the faulting GPU VA (page faults), else 0
 *   Payload:    UMWS_GPU_FAULT_* for faults, the packet's Payload for INTERRUPT packets
 */
typedef struct UMWS_GPU_IRQ_RECORD
{
    uint32_t Type;
    uint32_t Engine;
    uint32_t QueueId;
    uint32_t Padding0;
    uint64_t FenceValue;
    uint64_t GpuVa;
    uint64_t Payload;
} UMWS_GPU_IRQ_RECORD;

/* Why a queue faulted (UMWS_GPU_IRQ_RECORD.Payload of a fault record). */
enum
{
    UMWS_GPU_FAULT_NONE = 0,
    UMWS_GPU_FAULT_BAD_OPCODE = 1,      /* DMA_FAULTED */
    UMWS_GPU_FAULT_BAD_LENGTH = 2,      /* DMA_FAULTED */
    UMWS_GPU_FAULT_BAD_WRITE_POINTER = 3, /* DMA_FAULTED: WritePointer behind ReadPointer or a ring ahead */
    UMWS_GPU_FAULT_PAGE = 4,            /* HWQUEUE_PAGE_FAULTED: GpuVa outside the queue's VA space */
    UMWS_GPU_FAULT_MISALIGNED = 5,      /* DMA_FAULTED: a fence or timestamp VA not 8-byte aligned */
    UMWS_GPU_FAULT_BAD_ARGUMENT = 6,    /* DMA_FAULTED: unknown flags, a bad size or interrupt type */
};

#endif /* UMWS_GPU_PACKETS_H */
