package dev.umws.kmd;

import dev.umws.abi.DXGKARGCB_NOTIFY_INTERRUPT_DATA;
import dev.umws.abi.DXGK_INTERRUPT_TYPE;
import dev.umws.abi.DXGK_PAGE_FAULT_FLAGS;
import dev.umws.abi.UMWS_GPU_IRQ_RECORD;
import dev.umws.abi.ntstatus_h;

import java.lang.foreign.MemorySegment;

/** Builds DXGKARGCB_NOTIFY_INTERRUPT_DATA from one of the GPU's cause records (allocation-free: it runs in the ISR). */
final class InterruptData {
    private InterruptData() {
    }

    static void fill(MemorySegment data, MemorySegment record, long hHwQueue) {
        data.fill((byte) 0);
        int type = UMWS_GPU_IRQ_RECORD.Type(record);
        int engine = UMWS_GPU_IRQ_RECORD.Engine(record);
        DXGKARGCB_NOTIFY_INTERRUPT_DATA.InterruptType(data, type);
        switch (type) {
            case DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_MONITORED_FENCE_SIGNALED -> {
                MemorySegment m = DXGKARGCB_NOTIFY_INTERRUPT_DATA.MonitoredFenceSignaled(data);
                DXGKARGCB_NOTIFY_INTERRUPT_DATA.MonitoredFenceSignaled.NodeOrdinal(m, engine);
            }
            case DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_DMA_FAULTED -> {
                MemorySegment m = DXGKARGCB_NOTIFY_INTERRUPT_DATA.DmaFaulted(data);
                DXGKARGCB_NOTIFY_INTERRUPT_DATA.DmaFaulted.FaultedFenceId(m, (int) UMWS_GPU_IRQ_RECORD.FenceValue(record));
                DXGKARGCB_NOTIFY_INTERRUPT_DATA.DmaFaulted.Status(m, ntstatus_h.STATUS_UNSUCCESSFUL);
                DXGKARGCB_NOTIFY_INTERRUPT_DATA.DmaFaulted.NodeOrdinal(m, engine);
            }
            case DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_HWQUEUE_PAGE_FAULTED -> {
                MemorySegment m = DXGKARGCB_NOTIFY_INTERRUPT_DATA.HwQueuePageFaulted(data);
                DXGKARGCB_NOTIFY_INTERRUPT_DATA.HwQueuePageFaulted.FaultedFenceId(m, UMWS_GPU_IRQ_RECORD.FenceValue(record));
                DXGKARGCB_NOTIFY_INTERRUPT_DATA.HwQueuePageFaulted.FaultedVirtualAddress(m, UMWS_GPU_IRQ_RECORD.GpuVa(record));
                DXGKARGCB_NOTIFY_INTERRUPT_DATA.HwQueuePageFaulted.FaultedHwQueue(m, MemorySegment.ofAddress(hHwQueue));
                DXGKARGCB_NOTIFY_INTERRUPT_DATA.HwQueuePageFaulted.NodeOrdinal(m, engine);
                DXGKARGCB_NOTIFY_INTERRUPT_DATA.HwQueuePageFaulted.PageFaultFlags(m, DXGK_PAGE_FAULT_FLAGS.DXGK_PAGE_FAULT_HW_CONTEXT_VALID);
            }
            case DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_GPU_ENGINE_TIMEOUT -> {
                MemorySegment m = DXGKARGCB_NOTIFY_INTERRUPT_DATA.GpuEngineTimeout(data);
                DXGKARGCB_NOTIFY_INTERRUPT_DATA.GpuEngineTimeout.NodeOrdinal(m, engine);
            }
            case DXGK_INTERRUPT_TYPE.DXGK_INTERRUPT_GPU_ENGINE_STATE_CHANGE -> {
                MemorySegment m = DXGKARGCB_NOTIFY_INTERRUPT_DATA.EngineStateChange(data);
                DXGKARGCB_NOTIFY_INTERRUPT_DATA.EngineStateChange.NodeOrdinal(m, engine);
                DXGKARGCB_NOTIFY_INTERRUPT_DATA.EngineStateChange.NewState(m, (int) UMWS_GPU_IRQ_RECORD.Payload(record));
            }
            default -> {
                MemorySegment m = DXGKARGCB_NOTIFY_INTERRUPT_DATA.SchedulingLogInterrupt(data);
                DXGKARGCB_NOTIFY_INTERRUPT_DATA.SchedulingLogInterrupt.NodeOrdinal(m, engine);
            }
        }
    }
}
