package dev.umws.gpu;

import dev.umws.abi.UMWS_GPU_QUEUE_DESC;

import java.lang.foreign.MemorySegment;

/**
 * What a queue runs on ({@code UMWS_GPU_QUEUE_DESC}); every VA is in the queue's GPU VA space.
 *
 * @param progressFenceGpuVa 0, or the queue's progress fence (fault records report its value)
 * @param lastQueuedGpuVa    0, or the UMD's last-queued value
 * @param queueId            the driver's id, echoed in interrupt records
 */
public record QueueDesc(long ringGpuVa, long ringSizeInBytes, long controlGpuVa, long progressFenceGpuVa,
        long lastQueuedGpuVa, int engine, int queueId) {

    void writeTo(MemorySegment d) {
        UMWS_GPU_QUEUE_DESC.RingGpuVa(d, ringGpuVa);
        UMWS_GPU_QUEUE_DESC.RingSizeInBytes(d, ringSizeInBytes);
        UMWS_GPU_QUEUE_DESC.ControlGpuVa(d, controlGpuVa);
        UMWS_GPU_QUEUE_DESC.ProgressFenceGpuVa(d, progressFenceGpuVa);
        UMWS_GPU_QUEUE_DESC.LastQueuedGpuVa(d, lastQueuedGpuVa);
        UMWS_GPU_QUEUE_DESC.Engine(d, engine);
        UMWS_GPU_QUEUE_DESC.QueueId(d, queueId);
    }
}
