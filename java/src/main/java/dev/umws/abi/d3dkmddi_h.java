package dev.umws.abi;

/**
 * The {@code #define}s of the adapter, device, process, allocation and context DDIs in
 * {@code include/umws/d3dkmddi.h} (from d3dkmdt.h on Windows); the same in every generation.
 */
public final class d3dkmddi_h {
    /** WCHARs in {@code DXGK_NODEMETADATA.FriendlyName}, the terminator included. */
    public static final int DXGK_MAX_METADATA_NAME_LENGTH = 32;

    private d3dkmddi_h() {
    }
}
