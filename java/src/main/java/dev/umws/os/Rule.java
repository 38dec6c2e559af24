package dev.umws.os;

/**
 * The rules the testbed checks, each with an id. Rules 1-11 are the documented ones (the model and
 * its sources are in {@code docs/umws-model.md}); 12-15 are what the Windows 11 23H2 kernel (build
 * 22631) observably requires of a driver where the documentation is silent
 * ({@code docs/conformance.md}; 15 follows from its locks, {@code docs/locks.md}). A violation is
 * reported, never thrown.
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
    R11_FSTATE_AND_TDR("11", "after F1 every doorbell on the engine is DISCONNECTED_RETRY; after TDR or device loss every doorbell is DISCONNECTED_ABORT"),
    R12_ADAPTER_START("12", "a user-mode-submission node also reports ContextSchedulingSupported with no reserved node bit set, the caps' doorbell sizes are 1..16 KiB with no reserved flag bit, and the six UMS DDIs (with DxgkDdiFlushHwQueue) are present"),
    R13_DDI_STATUS_CODES("13", "doorbell DDIs return only codes Windows takes without complaint: Create and Connect STATUS_SUCCESS, STATUS_NOT_IMPLEMENTED or STATUS_NO_MEMORY; Disconnect, Destroy and Notify STATUS_SUCCESS or STATUS_NOT_IMPLEMENTED"),
    R14_CONNECT_ADDRESS("14", "DxgkDdiConnectDoorbell returns a non-NULL address of one of the device's doorbells, and a secondary one when the OS asked for it"),
    R15_NOTHING_STUCK("15", "no thunk, DDI or callback stays stuck: a KMD never holds a lock of its own across a callback that needs another context's lock, and never waits inside a DDI for what a thread waiting on that DDI's context would give"),
    R16_CALLBACK_ARGUMENTS("16", "a KMD passes the callbacks readable argument structures");

    public final String id;
    public final String text;

    Rule(String id, String text) {
        this.id = id;
        this.text = text;
    }
}
