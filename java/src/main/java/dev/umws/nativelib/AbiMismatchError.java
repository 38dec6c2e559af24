package dev.umws.nativelib;

import java.io.Serial;
import java.nio.file.Path;

/** The loaded shim lays out a structure differently from the Java layouts: nothing may run. */
public final class AbiMismatchError extends Error {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient AbiTableCheck.Result result;

    public AbiMismatchError(Path library, AbiTableCheck.Result result) {
        super("refusing " + library + ": its layout table disagrees with the Java layouts\n" + result.describe());
        this.result = result;
    }

    public AbiTableCheck.Result result() {
        return result;
    }
}
