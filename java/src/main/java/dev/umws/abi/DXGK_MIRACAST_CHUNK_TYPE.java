package dev.umws.abi;

/**
 * {@code enum DXGK_MIRACAST_CHUNK_TYPE} (4 bytes): d3dukmdt.h (microsoft/libdxg). The driver-defined values are 0x80000000 and 0x80000001, stored as int.
 */
public final class DXGK_MIRACAST_CHUNK_TYPE {
    public static final int DXGK_MIRACAST_CHUNK_TYPE_UNKNOWN = 0;
    public static final int DXGK_MIRACAST_CHUNK_TYPE_COLOR_CONVERT_COMPLETE = 1;
    public static final int DXGK_MIRACAST_CHUNK_TYPE_ENCODE_COMPLETE = 2;
    public static final int DXGK_MIRACAST_CHUNK_TYPE_FRAME_START = 3;
    public static final int DXGK_MIRACAST_CHUNK_TYPE_FRAME_DROPPED = 4;
    public static final int DXGK_MIRACAST_CHUNK_TYPE_ENCODE_DRIVER_DEFINED_1 = 0x80000000;
    public static final int DXGK_MIRACAST_CHUNK_TYPE_ENCODE_DRIVER_DEFINED_2 = 0x80000001;

    private DXGK_MIRACAST_CHUNK_TYPE() {
    }

    /** The C name of {@code value}, or its number when no enumerator has it. */
    public static String name(int value) {
        return Constants.nameOf(DXGK_MIRACAST_CHUNK_TYPE.class, value);
    }
}
