package dev.umws.os;

/**
 * The order of the OS's stores when a doorbell is disconnected ({@link Dxgkrnl#setDisconnectOrder}).
 *
 * <pre>
 *   WINDOWS       callback (KMD-initiated):  VA -> dummy page, then status = reason
 *                 OS-initiated (F1, D3, TDR): DxgkDdiDisconnectDoorbell, VA -> dummy, then status
 *   STATUS_FIRST  callback:                  status = reason (full fence), then VA -> dummy
 *                 OS-initiated:               status, DxgkDdiDisconnectDoorbell, then VA -> dummy
 * </pre>
 *
 * WINDOWS is what the documentation of DxgkCbDisconnectDoorbell and of OS-initiated disconnects
 * describes and what the Windows 11 23H2 kernel does; it is the default. It leaves a window between
 * the two stores in which a UMD's ring lands where no firmware looks while its status still reads
 * CONNECTED: that work runs only when something makes the firmware look at the queue again (the
 * reference KMD kicks a victim before it drains it; otherwise the UMD's next submission). Under
 * STATUS_FIRST a UMD that rings and then reads its status (with a full fence between) either rang
 * a live doorbell or reads the disconnect: the order earlier versions of this testbed used, kept
 * for experiments.
 */
public enum DisconnectOrder {
    WINDOWS,
    STATUS_FIRST
}
