package dev.umws.gpu;

import dev.umws.abi.umws_gpu_h;

import java.io.Serial;

/** A shim function returned an error code: the message names the function and the code. */
public final class GpuException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int code;

    public GpuException(String function, int code) {
        super(function + " returned " + umws_gpu_h.errorName(code));
        this.code = code;
    }

    /** The UMWS_GPU_E* code. */
    public int code() {
        return code;
    }
}
