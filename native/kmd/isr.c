/*
 * isr.c - the reference KMD's interrupt path: DxgkDdiInterruptRoutine, called by the GPU's
 * interrupt thread (DIRQL in the model; never re-entered), and DxgkDdiDpcRoutine, called by the
 * OS's DPC thread. The twin of ReferenceKmd's ISR and dev.umws.kmd.InterruptData.
 *
 * The ISR takes no lock of the driver's but the ids' (a leaf held for one table read, the
 * counterpart of a Windows KMD's interrupt spin lock), and only for a page fault, whose report
 * names the queue: a DDI may hold the driver's lock while an interrupt comes in. Its scratch
 * record and notify data are the interrupt thread's alone: the GPU never runs two ISR calls at
 * once. The cause records come out of umws_gpu_irq_pop, which pairs with the firmware's post
 * under the interrupt controller's lock (acquire and release there); the OS captures the notify
 * data before DxgkCbNotifyInterrupt returns, so it is reused for the next record.
 */
#include <string.h>

#include "reference_kmd.h"

/* DXGKARGCB_NOTIFY_INTERRUPT_DATA from one of the GPU's cause records (as InterruptData.fill). */
static void fill(DXGKARGCB_NOTIFY_INTERRUPT_DATA *data, const UMWS_GPU_IRQ_RECORD *r, HANDLE queue)
{
    memset(data, 0, sizeof *data);
    data->InterruptType = (DXGK_INTERRUPT_TYPE)r->Type;
    switch (r->Type) {
    case DXGK_INTERRUPT_MONITORED_FENCE_SIGNALED:
        data->MonitoredFenceSignaled.NodeOrdinal = r->Engine;
        break;
    case DXGK_INTERRUPT_DMA_FAULTED:
        data->DmaFaulted.FaultedFenceId = (UINT)r->FenceValue;
        data->DmaFaulted.Status = STATUS_UNSUCCESSFUL;
        data->DmaFaulted.NodeOrdinal = r->Engine;
        break;
    case DXGK_INTERRUPT_HWQUEUE_PAGE_FAULTED:
        data->HwQueuePageFaulted.FaultedFenceId = r->FenceValue;
        data->HwQueuePageFaulted.FaultedVirtualAddress = r->GpuVa;
        data->HwQueuePageFaulted.FaultedHwQueue = queue;
        data->HwQueuePageFaulted.NodeOrdinal = r->Engine;
        data->HwQueuePageFaulted.PageFaultFlags = DXGK_PAGE_FAULT_HW_CONTEXT_VALID;
        break;
    case DXGK_INTERRUPT_GPU_ENGINE_TIMEOUT:
        data->GpuEngineTimeout.NodeOrdinal = r->Engine;
        break;
    case DXGK_INTERRUPT_GPU_ENGINE_STATE_CHANGE:
        data->EngineStateChange.NodeOrdinal = r->Engine;
        data->EngineStateChange.NewState = (DXGK_ENGINE_STATE)r->Payload;
        break;
    default:
        data->SchedulingLogInterrupt.NodeOrdinal = r->Engine;
        break;
    }
}

/*
 * Reports every record waiting, in the order the GPU posted them, then queues the DPC (after
 * notifying, before returning: rule 9d). TRUE when there was any: the interrupt was this device's.
 */
BOOLEAN kmd_interrupt_routine(const PVOID MiniportDeviceContext, ULONG MessageNumber)
{
    kmd_adapter *a = MiniportDeviceContext;
    (void)MessageNumber; /* one message: the one the OS connected */
    BOOLEAN any = 0;
    while (umws_gpu_irq_pop(a->gpu, &a->irq_record) == 1) {
        any = 1;
        HANDLE queue = a->irq_record.Type == DXGK_INTERRUPT_HWQUEUE_PAGE_FAULTED
                           ? kmd_queue_of_id(a, a->irq_record.QueueId)
                           : NULL;
        fill(&a->notify_data, &a->irq_record, queue);
        if (KMD_FAULT(a, KMD_FAULT_BAD_CALLBACK_POINTER)) {
            /* rule 16, broken on purpose: a wild pointer first (the OS ignores that report) */
            a->dxgkrnl.DxgkCbNotifyInterrupt(a->device_handle, (DXGKARGCB_NOTIFY_INTERRUPT_DATA *)(uintptr_t)0x10);
        }
        a->dxgkrnl.DxgkCbNotifyInterrupt(a->device_handle, &a->notify_data);
    }
    if (any && !KMD_FAULT(a, KMD_FAULT_NO_DPC)) { /* KMD_FAULT_NO_DPC: rule 9d, broken on purpose */
        a->dxgkrnl.DxgkCbQueueDpc(a->device_handle);
    }
    return any;
}

/* At DISPATCH_LEVEL in the model: tells the OS, which then wakes the fence waiters. */
VOID kmd_dpc_routine(const PVOID MiniportDeviceContext)
{
    kmd_adapter *a = MiniportDeviceContext;
    a->dxgkrnl.DxgkCbNotifyDpc(a->device_handle);
}
