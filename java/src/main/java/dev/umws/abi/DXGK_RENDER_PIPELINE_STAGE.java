package dev.umws.abi;

/**
 * {@code enum DXGK_RENDER_PIPELINE_STAGE} (4 bytes): d3dkmdt.h (microsoft/libdxg).
 */
public final class DXGK_RENDER_PIPELINE_STAGE {
    public static final int DXGK_RENDER_PIPELINE_STAGE_UNKNOWN = 0;
    public static final int DXGK_RENDER_PIPELINE_STAGE_INPUT_ASSEMBLER = 1;
    public static final int DXGK_RENDER_PIPELINE_STAGE_VERTEX_SHADER = 2;
    public static final int DXGK_RENDER_PIPELINE_STAGE_GEOMETRY_SHADER = 3;
    public static final int DXGK_RENDER_PIPELINE_STAGE_STREAM_OUTPUT = 4;
    public static final int DXGK_RENDER_PIPELINE_STAGE_RASTERIZER = 5;
    public static final int DXGK_RENDER_PIPELINE_STAGE_PIXEL_SHADER = 6;
    public static final int DXGK_RENDER_PIPELINE_STAGE_OUTPUT_MERGER = 7;

    private DXGK_RENDER_PIPELINE_STAGE() {
    }

    /** The C name of {@code value}, or its number when no enumerator has it. */
    public static String name(int value) {
        return Constants.nameOf(DXGK_RENDER_PIPELINE_STAGE.class, value);
    }
}
