package dev.umws.abi;

/**
 * {@code enum DXGK_INTERRUPT_TYPE} (4 bytes): d3dkmddi.h. There is no value 0; the user-mode submission types are 11, 12, 19 and 20.
 */
public final class DXGK_INTERRUPT_TYPE {
    public static final int DXGK_INTERRUPT_DMA_COMPLETED = 1;
    public static final int DXGK_INTERRUPT_DMA_PREEMPTED = 2;
    public static final int DXGK_INTERRUPT_CRTC_VSYNC = 3;
    public static final int DXGK_INTERRUPT_DMA_FAULTED = 4;
    public static final int DXGK_INTERRUPT_DISPLAYONLY_VSYNC = 5;
    public static final int DXGK_INTERRUPT_DISPLAYONLY_PRESENT_PROGRESS = 6;
    public static final int DXGK_INTERRUPT_CRTC_VSYNC_WITH_MULTIPLANE_OVERLAY = 7;
    public static final int DXGK_INTERRUPT_MICACAST_CHUNK_PROCESSING_COMPLETE = 8;
    public static final int DXGK_INTERRUPT_DMA_PAGE_FAULTED = 9;
    public static final int DXGK_INTERRUPT_CRTC_VSYNC_WITH_MULTIPLANE_OVERLAY2 = 10;
    public static final int DXGK_INTERRUPT_MONITORED_FENCE_SIGNALED = 11;
    public static final int DXGK_INTERRUPT_HWQUEUE_PAGE_FAULTED = 12;
    public static final int DXGK_INTERRUPT_HWCONTEXTLIST_SWITCH_COMPLETED = 13;
    public static final int DXGK_INTERRUPT_PERIODIC_MONITORED_FENCE_SIGNALED = 14;
    public static final int DXGK_INTERRUPT_SCHEDULING_LOG_INTERRUPT = 15;
    public static final int DXGK_INTERRUPT_GPU_ENGINE_TIMEOUT = 16;
    public static final int DXGK_INTERRUPT_SUSPEND_CONTEXT_COMPLETED = 17;
    public static final int DXGK_INTERRUPT_CRTC_VSYNC_WITH_MULTIPLANE_OVERLAY3 = 18;
    public static final int DXGK_INTERRUPT_NATIVE_FENCE_SIGNALED = 19;
    public static final int DXGK_INTERRUPT_GPU_ENGINE_STATE_CHANGE = 20;

    private DXGK_INTERRUPT_TYPE() {
    }

    /** The C name of {@code value}, or its number when no enumerator has it. */
    public static String name(int value) {
        return Constants.nameOf(DXGK_INTERRUPT_TYPE.class, value);
    }
}
