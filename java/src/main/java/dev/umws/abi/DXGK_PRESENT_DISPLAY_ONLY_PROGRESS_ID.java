package dev.umws.abi;

/**
 * {@code enum DXGK_PRESENT_DISPLAY_ONLY_PROGRESS_ID} (4 bytes): d3dkmddi.h. The typedef is spelled DISPLAY_ONLY, the enumerators DISPLAYONLY.
 */
public final class DXGK_PRESENT_DISPLAY_ONLY_PROGRESS_ID {
    public static final int DXGK_PRESENT_DISPLAYONLY_PROGRESS_ID_COMPLETE = 0;
    public static final int DXGK_PRESENT_DISPLAYONLY_PROGRESS_ID_FAILED = 1;

    private DXGK_PRESENT_DISPLAY_ONLY_PROGRESS_ID() {
    }

    /** The C name of {@code value}, or its number when no enumerator has it. */
    public static String name(int value) {
        return Constants.nameOf(DXGK_PRESENT_DISPLAY_ONLY_PROGRESS_ID.class, value);
    }
}
