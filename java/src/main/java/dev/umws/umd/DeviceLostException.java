package dev.umws.umd;

import java.io.Serial;

/** The doorbell reads DISCONNECTED_ABORT (TDR, GPU lost): the queue, doorbell and rings must be re-created. */
public final class DeviceLostException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public DeviceLostException(String message) {
        super(message);
    }
}
