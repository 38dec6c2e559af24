package dev.umws.os;

/**
 * The documented rules the testbed checks ({@code shared/reference/wddm-umws.md} §7, "Rules a
 * testbed can check"), each with an id. A violation is reported, never thrown.
 */
public enum Rule {
    R1_LAZY_PHYSICAL_DOORBELL("1", "no physical doorbell is assigned in DxgkDdiCreateDoorbell; a new doorbell is disconnected"),
    R2_STABLE_VAS("2", "the doorbell VA and status VA never change; every disconnect moves the VA to the dummy page"),
    R3_STATUS_BY_OS_ONLY("3", "only the OS writes the status page; connect returns CONNECTED or CONNECTED_NOTIFY_KMD"),
    R4_MUST_SUCCEED("4", "DxgkDdiDisconnectDoorbell, DxgkDdiDestroyDoorbell and DxgkDdiNotifyWorkSubmission return STATUS_SUCCESS; doorbell DDIs and callbacks run at PASSIVE_LEVEL"),
    R5_DISCONNECT_CALLBACK("5", "DxgkCbDisconnectDoorbell returns STATUS_INVALID_PARAMETER for an unknown queue and succeeds otherwise"),
    R6_PRIVATE_DATA_SIZE("6", "D3DKMT_CREATE_DOORBELL.PrivateDriverDataSize <= 16"),
    R7_LAST_QUEUED_BEFORE_RING("7", "the last-queued value is written before the doorbell rings (progress never passes it)"),
    R8_NO_KERNEL_SUBMIT("8", "user-mode-submission queues refuse kernel-mode submission; only nodes with the metadata flag take them"),
    R9A_ISR_CALLBACKS_ONLY("9a", "the ISR calls only DxgkCbNotifyInterrupt and DxgkCbQueueDpc, and they are called only from the ISR"),
    R9B_NOT_REENTERED("9b", "DxgkCbNotifyInterrupt is never re-entered"),
    R9C_DMA_BEFORE_CRTC("9c", "DMA-type interrupts are reported before CRTC-type ones"),
    R9D_DPC_BEFORE_ISR_RETURNS("9d", "the DPC is queued after notifying and before the ISR returns; the DPC routine calls DxgkCbNotifyDpc"),
    R10_MONOTONIC_FENCE_IDS("10", "DmaCompleted.SubmissionFenceId only moves forward"),
    R11_FSTATE_AND_TDR("11", "after F1 every doorbell on the engine is DISCONNECTED_RETRY; after TDR or device loss every doorbell is DISCONNECTED_ABORT");

    public final String id;
    public final String text;

    Rule(String id, String text) {
        this.id = id;
        this.text = text;
    }
}
