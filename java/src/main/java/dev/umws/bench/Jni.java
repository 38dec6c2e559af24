package dev.umws.bench;

import dev.umws.nativelib.AbiMismatchError;
import dev.umws.nativelib.NativeLibrary;
import dev.umws.nativelib.Platform;

import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The JNI crossings the per-operation benchmarks set against Panama's: the natives of
 * {@code native/jni/umws_jni.c}, which call the same shim functions as the downcalls
 * ({@code include/umws/umws_bench.h}).
 *
 * <p>The library {@code umws_jni} is built only where CMake finds JNI headers, and is loaded from
 * next to the shim ({@link NativeLibrary#companion}). When it is missing or does not load,
 * {@link #available()} is false, {@link #unavailableReason()} says why, and calling a native
 * throws {@link UnsatisfiedLinkError}: callers check first and report the JNI cells as not
 * measured.
 */
public final class Jni {

    /**
     * What the JNI ISR calls for each interrupt, on the GPU's interrupt thread (never re-entered).
     * Returns true when it claimed the interrupt.
     */
    @FunctionalInterface
    public interface InterruptHandler {
        boolean handle(long context, int messageNumber);
    }

    private static final AtomicLong HANDLER_FAILURES = new AtomicLong();
    private static final AtomicReference<Throwable> LAST_HANDLER_FAILURE = new AtomicReference<>();
    private static volatile InterruptHandler handler;

    /** Last of the static fields: loading runs JNI_OnLoad, which looks up this class's methods. */
    private static final String UNAVAILABLE_REASON = load();

    private Jni() {
    }

    /** Loads the shim, then {@code umws_jni} next to it; the reason it is unavailable, or null. */
    private static String load() {
        String file = Platform.libraryFileName("umws_jni");
        try {
            // The shim first: umws_jni's dependency on it then resolves to this very copy.
            NativeLibrary.lookup();
            Optional<Path> lib = NativeLibrary.companion("umws_jni");
            if (lib.isEmpty()) {
                return file + " is not next to the umws library (it is built only where CMake finds JNI headers)";
            }
            System.load(lib.get().toString());
            return null;
        } catch (RuntimeException | LinkageError | AbiMismatchError e) {
            return file + " did not load: " + e;
        }
    }

    /** True when the JNI library is loaded and its natives can be called. */
    public static boolean available() {
        return UNAVAILABLE_REASON == null;
    }

    /** Why JNI is unavailable, or null when it is available. */
    public static String unavailableReason() {
        return UNAVAILABLE_REASON;
    }

    /** {@code umws_bench_ring_doorbell}: WritePointer (release) into the ring control, then the doorbell (release). */
    public static native void ring(long controlAddress, long doorbellAddress, long writePointer);

    /** {@code umws_bench_noop}: returns {@code v + 1}. */
    public static native long noop(long v);

    /** Calls {@link #callback} {@code count} times from C ({@code CallStaticLongMethod}); the sum of the results. */
    public static native long callLoop(long count);

    /** The address of the C ISR ({@code umws_gpu_isr_fn}) that calls {@link #onInterrupt} on the interrupt thread. */
    public static native long isrAddress();

    /** Threads the C ISR attached to the JVM (once per thread; they stay attached until they exit). */
    public static native long attaches();

    /** {@link #isrAddress} as a segment, for {@code Gpu.setNativeIsr}. */
    public static MemorySegment isr() {
        return MemorySegment.ofAddress(isrAddress());
    }

    /** The handler {@link #onInterrupt} dispatches to; null claims nothing. */
    public static void setInterruptHandler(InterruptHandler h) {
        handler = h;
    }

    /** Exceptions the handler threw (caught before they reach C; the interrupt then counts as not claimed). */
    public static long handlerFailures() {
        return HANDLER_FAILURES.get();
    }

    public static Throwable lastHandlerFailure() {
        return LAST_HANDLER_FAILURE.get();
    }

    /** The JNI upcall target of {@link #callLoop}. */
    @SuppressWarnings("unused") // called from C
    private static long callback(long v) {
        return v + 1;
    }

    /** Called by the C ISR. Nothing may escape into C: every Throwable is counted and kept here. */
    @SuppressWarnings("unused") // called from C
    private static boolean onInterrupt(long context, int messageNumber) {
        try {
            InterruptHandler h = handler;
            return h != null && h.handle(context, messageNumber);
        } catch (Throwable t) {
            HANDLER_FAILURES.incrementAndGet();
            LAST_HANDLER_FAILURE.set(t);
            return false;
        }
    }
}
