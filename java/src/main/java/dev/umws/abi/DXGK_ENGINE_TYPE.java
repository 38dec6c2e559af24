package dev.umws.abi;

/**
 * {@code enum DXGK_ENGINE_TYPE} (4 bytes): d3dkmdt.h, the engine a node reports in
 * {@code DXGK_NODEMETADATA.EngineType}. Values by C rules from 0; {@code VIDEO_CODEC} (9) is in the 24H2
 * syntax (S3a) and taken as present in G1 too.
 */
public final class DXGK_ENGINE_TYPE {
    public static final int DXGK_ENGINE_TYPE_OTHER = 0;
    public static final int DXGK_ENGINE_TYPE_3D = 1;
    public static final int DXGK_ENGINE_TYPE_VIDEO_DECODE = 2;
    public static final int DXGK_ENGINE_TYPE_VIDEO_ENCODE = 3;
    public static final int DXGK_ENGINE_TYPE_VIDEO_PROCESSING = 4;
    public static final int DXGK_ENGINE_TYPE_SCENE_ASSEMBLY = 5;
    public static final int DXGK_ENGINE_TYPE_COPY = 6;
    public static final int DXGK_ENGINE_TYPE_OVERLAY = 7;
    public static final int DXGK_ENGINE_TYPE_CRYPTO = 8;
    public static final int DXGK_ENGINE_TYPE_VIDEO_CODEC = 9;
    public static final int DXGK_ENGINE_TYPE_MAX = 10;

    private DXGK_ENGINE_TYPE() {
    }

    /** The C name of {@code value}, or its number when no enumerator has it. */
    public static String name(int value) {
        return Constants.nameOf(DXGK_ENGINE_TYPE.class, value);
    }
}
