package dev.umws.kmd;

import dev.umws.gpu.Gpu;

import java.lang.foreign.MemorySegment;

/**
 * What the OS hands a KMD in DxgkDdiStartDevice: the callbacks (DXGKRNL_INTERFACE members and
 * DxgkCbDisconnectDoorbell) and the device's resources (here, the emulated GPU).
 */
public interface DxgkrnlInterface {
    /** The device the KMD drives. */
    Gpu gpu();

    /** DxgkCbNotifyInterrupt: from the ISR only, never re-entered; pData is a DXGKARGCB_NOTIFY_INTERRUPT_DATA. */
    void DxgkCbNotifyInterrupt(MemorySegment pData);

    /** DxgkCbQueueDpc: from the ISR; false (no effect) when a DPC is already queued. */
    boolean DxgkCbQueueDpc();

    /** DxgkCbNotifyDpc: from the DPC routine. */
    void DxgkCbNotifyDpc();

    /**
     * DxgkCbDisconnectDoorbell (pArgs: DXGKARGCB_DISCONNECTDOORBELL): the OS moves the doorbell's VA to
     * the dummy page and writes DisconnectReason. STATUS_INVALID_PARAMETER for an unknown queue.
     */
    int DxgkCbDisconnectDoorbell(MemorySegment pArgs);
}
