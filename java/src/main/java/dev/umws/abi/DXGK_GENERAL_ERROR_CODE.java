package dev.umws.abi;

/**
 * {@code enum DXGK_GENERAL_ERROR_CODE} (4 bytes): d3dkmdt.h (microsoft/libdxg; the Learn page agrees).
 */
public final class DXGK_GENERAL_ERROR_CODE {
    public static final int DXGK_GENERAL_ERROR_PAGE_FAULT = 0;
    public static final int DXGK_GENERAL_ERROR_INVALID_INSTRUCTION = 1;

    private DXGK_GENERAL_ERROR_CODE() {
    }

    /** The C name of {@code value}, or its number when no enumerator has it. */
    public static String name(int value) {
        return Constants.nameOf(DXGK_GENERAL_ERROR_CODE.class, value);
    }
}
