package dev.umws.os;

/**
 * Lets an experiment act inside a disconnect, between the OS's store that stops a doorbell's rings
 * from reaching the firmware and the store of the status the UMD reads ({@link DisconnectOrder}
 * says which comes first). Runs on the disconnecting thread with the OS's locks held: it may run a
 * UMD's ring and status read, which take no lock, but must not call a thunk of the doorbell being
 * disconnected. Tests use it to force the interleavings a real machine produces only by chance.
 */
@FunctionalInterface
public interface DisconnectProbe {
    /**
     * @param process  the process that owns the doorbell
     * @param hHwQueue the queue whose doorbell is being disconnected (the UMD's handle)
     * @param reason   the status about to be written (DISCONNECTED_RETRY or DISCONNECTED_ABORT)
     * @param first    what was done first: "va" (the doorbell VA now maps the dummy page), "ddi"
     *                 (DxgkDdiDisconnectDoorbell returned; the VA still maps the doorbell) or
     *                 "status" (STATUS_FIRST: the status is written, the VA not yet moved)
     */
    void between(Process process, int hHwQueue, int reason, String first);

    DisconnectProbe NONE = (process, hHwQueue, reason, first) -> {
    };
}
