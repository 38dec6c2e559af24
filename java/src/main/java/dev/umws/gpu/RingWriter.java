package dev.umws.gpu;

import dev.umws.abi.UMWS_GPU_PACKET_COPY;
import dev.umws.abi.UMWS_GPU_PACKET_DELAY;
import dev.umws.abi.UMWS_GPU_PACKET_FILL;
import dev.umws.abi.UMWS_GPU_PACKET_HEADER;
import dev.umws.abi.UMWS_GPU_PACKET_INTERRUPT;
import dev.umws.abi.UMWS_GPU_PACKET_TIMESTAMP;
import dev.umws.abi.UMWS_GPU_PACKET_WRITE_FENCE;
import dev.umws.abi.UMWS_GPU_RING_CONTROL;
import dev.umws.abi.umws_gpu_h;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

/**
 * The producer side of one queue's ring, in Java: packets written through the layouts of
 * {@code umws_gpu_packets.h}, published and rung with the orderings the header pairs:
 * <ul>
 *   <li>{@link #publishRelease}: WritePointer, release; the firmware loads it with acquire;</li>
 *   <li>{@link #ringRelease}: the doorbell, release (a release add on the global doorbell);</li>
 *   <li>{@link #readPointerAcquire}: ReadPointer, acquire; the firmware stores it with release.</li>
 * </ul>
 * Not thread-safe: one producer per ring.
 */
public final class RingWriter {
    /** (MemorySegment, long offset) coordinates; offsets come from the layouts. */
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    private static final long WRITE_POINTER = UMWS_GPU_RING_CONTROL.WritePointer$OFFSET;
    private static final long READ_POINTER = UMWS_GPU_RING_CONTROL.ReadPointer$OFFSET;

    private final MemorySegment ring;
    private final long size;
    private final MemorySegment control;
    private final boolean globalDoorbell;
    private MemorySegment doorbell;
    private long writePointer;

    /**
     * @param ring           the ring buffer (a power of two in bytes), as the producer maps it
     * @param control        the ring control ({@code UMWS_GPU_RING_CONTROL})
     * @param doorbell       the 64-bit doorbell slot seen through the doorbell VA
     * @param globalDoorbell the doorbell is the engine's global one: rings add 1 instead of storing
     */
    public RingWriter(MemorySegment ring, MemorySegment control, MemorySegment doorbell, boolean globalDoorbell) {
        if (Long.bitCount(ring.byteSize()) != 1 || ring.byteSize() < umws_gpu_h.UMWS_GPU_RING_MIN_BYTES) {
            throw new IllegalArgumentException("ring size must be a power of two >= 64: " + ring.byteSize());
        }
        this.ring = ring;
        this.size = ring.byteSize();
        this.control = control;
        this.doorbell = doorbell;
        this.globalDoorbell = globalDoorbell;
        this.writePointer = (long) LONG.getAcquire(control, WRITE_POINTER);
    }

    public long writePointer() {
        return writePointer;
    }

    /** The ring as the producer maps it. */
    public MemorySegment ring() {
        return ring;
    }

    public MemorySegment control() {
        return control;
    }

    public MemorySegment doorbell() {
        return doorbell;
    }

    public boolean globalDoorbell() {
        return globalDoorbell;
    }

    /** Takes the write pointer from ring control again, after another producer (the C UMD) used the ring. */
    public void resync() {
        writePointer = (long) LONG.getAcquire(control, WRITE_POINTER);
    }

    /** Pairs with the firmware's release store after executing: ring space before it is free. */
    public long readPointerAcquire() {
        return (long) LONG.getAcquire(control, READ_POINTER);
    }

    /** True when a packet of {@code length} bytes (and any tail padding) fits now. */
    public boolean hasSpace(int length) {
        long offset = writePointer & (size - 1);
        long pad = offset + length > size ? size - offset : 0;
        return writePointer + pad + length - readPointerAcquire() <= size;
    }

    /** Ring somewhere else: the UMD's doorbell VA is stable, but a test may move it. */
    public void doorbell(MemorySegment slot) {
        this.doorbell = slot;
    }

    public void writeFence(long fenceGpuVa, long value, boolean interrupt) {
        MemorySegment p = reserve(UMWS_GPU_PACKET_WRITE_FENCE.sizeof(), umws_gpu_h.UMWS_GPU_OP_WRITE_FENCE,
                interrupt ? umws_gpu_h.UMWS_GPU_FENCE_FLAG_INTERRUPT : 0);
        UMWS_GPU_PACKET_WRITE_FENCE.FenceGpuVa(p, fenceGpuVa);
        UMWS_GPU_PACKET_WRITE_FENCE.Value(p, value);
    }

    public void writeTimestamp(long gpuVa) {
        MemorySegment p = reserve(UMWS_GPU_PACKET_TIMESTAMP.sizeof(), umws_gpu_h.UMWS_GPU_OP_TIMESTAMP, 0);
        UMWS_GPU_PACKET_TIMESTAMP.GpuVa(p, gpuVa);
    }

    public void writeCopy(long dstGpuVa, long srcGpuVa, long bytes) {
        MemorySegment p = reserve(UMWS_GPU_PACKET_COPY.sizeof(), umws_gpu_h.UMWS_GPU_OP_COPY, 0);
        UMWS_GPU_PACKET_COPY.DstGpuVa(p, dstGpuVa);
        UMWS_GPU_PACKET_COPY.SrcGpuVa(p, srcGpuVa);
        UMWS_GPU_PACKET_COPY.SizeInBytes(p, bytes);
    }

    public void writeFill(long dstGpuVa, long bytes, int pattern) {
        MemorySegment p = reserve(UMWS_GPU_PACKET_FILL.sizeof(), umws_gpu_h.UMWS_GPU_OP_FILL, 0);
        UMWS_GPU_PACKET_FILL.DstGpuVa(p, dstGpuVa);
        UMWS_GPU_PACKET_FILL.SizeInBytes(p, bytes);
        UMWS_GPU_PACKET_FILL.Pattern(p, pattern);
    }

    public void writeDelay(long nanoseconds) {
        MemorySegment p = reserve(UMWS_GPU_PACKET_DELAY.sizeof(), umws_gpu_h.UMWS_GPU_OP_DELAY, 0);
        UMWS_GPU_PACKET_DELAY.Nanoseconds(p, nanoseconds);
    }

    public void writeInterrupt(int interruptType, long payload) {
        MemorySegment p = reserve(UMWS_GPU_PACKET_INTERRUPT.sizeof(), umws_gpu_h.UMWS_GPU_OP_INTERRUPT, 0);
        UMWS_GPU_PACKET_INTERRUPT.InterruptType(p, interruptType);
        UMWS_GPU_PACKET_INTERRUPT.Payload(p, payload);
    }

    /** Writes raw bytes as a packet (tests of malformed input); the caller picks the header. */
    public void writeRaw(MemorySegment packet) {
        MemorySegment p = reserve(packet.byteSize(), -1, 0);
        p.copyFrom(packet);
    }

    /** Pairs with the firmware's acquire load of WritePointer: the packets before are visible. */
    public void publishRelease() {
        LONG.setRelease(control, WRITE_POINTER, writePointer);
    }

    /** Rings: the new write pointer (release), or +1 (release) on the global doorbell. */
    public void ringRelease() {
        if (globalDoorbell) {
            long ignored = (long) LONG.getAndAddRelease(doorbell, 0L, 1L);
        } else {
            LONG.setRelease(doorbell, 0L, writePointer);
        }
    }

    /** {@link #publishRelease} then {@link #ringRelease}. */
    public void submit() {
        publishRelease();
        ringRelease();
    }

    /** Space for one packet at the write pointer, with a NOP before it when it would straddle the end. */
    private MemorySegment reserve(long length, int opcode, int flags) {
        if (length % 8 != 0 || length < 8 || length > size) {
            throw new IllegalArgumentException("bad packet length " + length);
        }
        long offset = writePointer & (size - 1);
        if (offset + length > size) {
            MemorySegment nop = ring.asSlice(offset, size - offset);
            header(nop, umws_gpu_h.UMWS_GPU_OP_NOP, 0, size - offset);
            writePointer += size - offset;
            offset = 0;
        }
        MemorySegment p = ring.asSlice(offset, length);
        if (opcode >= 0) {
            p.fill((byte) 0);
            header(p, opcode, flags, length);
        }
        writePointer += length;
        return p;
    }

    private static void header(MemorySegment p, int opcode, int flags, long length) {
        MemorySegment h = p.asSlice(0, UMWS_GPU_PACKET_HEADER.sizeof());
        UMWS_GPU_PACKET_HEADER.Opcode(h, (short) opcode);
        UMWS_GPU_PACKET_HEADER.Flags(h, (short) flags);
        UMWS_GPU_PACKET_HEADER.Length(h, (int) length);
    }
}
