package dev.umws.nativelib;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The opt-in log of calls into native driver code: with {@code -D}{@value #PROPERTY}{@code =log}
 * every DDI of a native KMD and every entry point of a native UMD is bracketed on stderr by
 *
 * <pre>
 * umws: native DxgkDdiConnectDoorbell enter (thread umws-native-umd umws_umd_example_run)
 * umws: native DxgkDdiConnectDoorbell leave (thread umws-native-umd umws_umd_example_run)
 * </pre>
 *
 * A fault inside the driver kills the JVM where no handler of ours runs; the last "enter" without
 * its "leave" on that thread then names the call that was running. Each line is one unbuffered
 * write to file descriptor 2 (so lines of different threads do not mix, and nothing waits in a
 * buffer when the process dies), after a flush of {@link System#err}. A native KMD's ISR, which
 * the GPU's interrupt thread calls without Java, is logged by the shim
 * ({@code umws_kmd_log_calls}).
 *
 * <p>Off, the cost is the check of {@link #LOG}, a static final the JIT folds away: the property
 * is read once, when this class is initialised (the first native driver loaded), so it must be
 * set before then.
 */
public final class NativeCalls {
    /** System property: {@code log} turns the call log on. */
    public static final String PROPERTY = "umws.native.calls";
    /** Whether the call log is on (read once; see the class comment). */
    public static final boolean LOG = "log".equals(System.getProperty(PROPERTY));

    private static final FileOutputStream STDERR = new FileOutputStream(FileDescriptor.err);

    private NativeCalls() {
    }

    /** Logs the start of a call of {@code name} when the log is on (inlined, the check is all it costs when off). */
    public static void enter(String name) {
        if (LOG) {
            line(name, "enter");
        }
    }

    /** Logs the return of a call of {@code name} when the log is on. */
    public static void leave(String name) {
        if (LOG) {
            line(name, "leave");
        }
    }

    private static void line(String name, String what) {
        byte[] line = ("umws: native " + name + " " + what + " (thread " + Thread.currentThread().getName() + ")\n")
                .getBytes(StandardCharsets.UTF_8);
        System.err.flush(); // what the JVM printed before goes first
        try {
            STDERR.write(line);
        } catch (IOException e) {
            // stderr closed: nothing to log to, and the driver call must go on regardless
        }
    }
}
