package dev.umws.abi;

/**
 * {@code enum D3DDDI_DOORBELLSTATUS} (4 bytes): d3dukmdt.h. The status the OS writes into the low 32 bits of the 64-bit doorbell status page.
 * Header spelling: {@code D3DDDI_DOORBELLSTATUS_*}, not the docs' {@code D3DDDI_DOORBELL_STATUS_*}.
 */
public final class D3DDDI_DOORBELLSTATUS {
    public static final int D3DDDI_DOORBELLSTATUS_CONNECTED = 0;
    public static final int D3DDDI_DOORBELLSTATUS_CONNECTED_NOTIFY_KMD = 1;
    public static final int D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY = 2;
    public static final int D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT = 3;

    private D3DDDI_DOORBELLSTATUS() {
    }

    /** The C name of {@code value}, or its number when no enumerator has it. */
    public static String name(int value) {
        return Constants.nameOf(D3DDDI_DOORBELLSTATUS.class, value);
    }
}
