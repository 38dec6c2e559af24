package dev.umws;

import dev.umws.kmd.NativeKmd;
import dev.umws.run.NativeDrivers;

/**
 * The reference KMD's broken twin ({@code umws_kmd_broken}: native/kmd built with
 * UMWS_KMD_BROKEN=1), which breaks one rule of the verifier's, chosen before the adapter starts.
 * The faults are native/kmd/reference_kmd.h's KMD_FAULT_* values.
 */
public final class BrokenNativeKmd {
    /** Rules 4 and 13: DxgkDdiDisconnectDoorbell and DxgkDdiDestroyDoorbell answer STATUS_UNSUCCESSFUL. */
    public static final int MUST_SUCCEED_FAILS = 1;
    /** Rule 14: DxgkDdiConnectDoorbell returns a NULL doorbell address. */
    public static final int NULL_CONNECT_ADDRESS = 2;
    /** Rule 1: DxgkDdiCreateDoorbell binds a physical doorbell. */
    public static final int BIND_AT_CREATE = 3;
    /** Rule 9d: the ISR notifies its interrupts but queues no DPC. */
    public static final int NO_DPC = 4;
    /** Rule 16: wild argument pointers to DxgkCbNotifyInterrupt (in the ISR) and DxgkCbDisconnectDoorbell (at connect). */
    public static final int BAD_CALLBACK_POINTER = 5;
    /** Rule 15: a lock of its own held across DxgkCbDisconnectDoorbell (the naive KMD of DeadlockTest). */
    public static final int LOCK_ACROSS_CALLBACK = 6;
    /** No rule: DxgkDdiConnectDoorbell writes through a NULL pointer, and the process dies (NativeCrashTest). */
    public static final int CRASH_IN_CONNECT = 7;

    private BrokenNativeKmd() {
    }

    /** The broken twin, loaded, with {@code fault} chosen for the adapter it starts next. */
    public static NativeKmd load(int fault) {
        NativeKmd kmd = NativeKmd.load(NativeKmd.companion(NativeDrivers.BROKEN_LIBRARY));
        try {
            NativeDrivers.selectFault(kmd, fault);
        } catch (RuntimeException e) {
            kmd.close();
            throw e;
        }
        return kmd;
    }
}
