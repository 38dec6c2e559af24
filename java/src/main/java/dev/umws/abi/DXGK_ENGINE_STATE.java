package dev.umws.abi;

/**
 * {@code enum DXGK_ENGINE_STATE} (4 bytes): d3dkmddi.h. Learn names; the values 0, 1, 2 follow from C rules (ReactOS agrees on the numbers).
 */
public final class DXGK_ENGINE_STATE {
    public static final int DXGK_ENGINE_STATE_ACTIVE = 0;
    public static final int DXGK_ENGINE_STATE_TRANSITION_TO_F1 = 1;
    public static final int DXGK_ENGINE_STATE_HUNG = 2;

    private DXGK_ENGINE_STATE() {
    }

    /** The C name of {@code value}, or its number when no enumerator has it. */
    public static String name(int value) {
        return Constants.nameOf(DXGK_ENGINE_STATE.class, value);
    }
}
