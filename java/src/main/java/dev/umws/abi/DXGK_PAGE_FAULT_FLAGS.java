package dev.umws.abi;

/**
 * {@code enum DXGK_PAGE_FAULT_FLAGS} (4 bytes): d3dkmdt.h (microsoft/libdxg). A 4-byte enum used as a bit mask.
 */
public final class DXGK_PAGE_FAULT_FLAGS {
    public static final int DXGK_PAGE_FAULT_WRITE = 0x1;
    public static final int DXGK_PAGE_FAULT_FENCE_INVALID = 0x2;
    public static final int DXGK_PAGE_FAULT_ADAPTER_RESET_REQUIRED = 0x4;
    public static final int DXGK_PAGE_FAULT_ENGINE_RESET_REQUIRED = 0x8;
    public static final int DXGK_PAGE_FAULT_FATAL_HARDWARE_ERROR = 0x10;
    public static final int DXGK_PAGE_FAULT_IOMMU = 0x20;
    public static final int DXGK_PAGE_FAULT_HW_CONTEXT_VALID = 0x40;
    public static final int DXGK_PAGE_FAULT_PROCESS_HANDLE_VALID = 0x80;

    private DXGK_PAGE_FAULT_FLAGS() {
    }

    /** The C name of {@code value}, or its number when no enumerator has it. */
    public static String name(int value) {
        return Constants.nameOf(DXGK_PAGE_FAULT_FLAGS.class, value);
    }
}
