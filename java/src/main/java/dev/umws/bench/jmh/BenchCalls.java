package dev.umws.bench.jmh;

import dev.umws.nativelib.NativeLibrary;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The C ends of the per-operation benchmarks ({@code include/umws/umws_bench.h}), as static final
 * handles so that the JIT treats them as constants.
 */
final class BenchCalls {
    /** {@code int64_t umws_bench_noop(int64_t)}: a default downcall (thread goes to native state). */
    static final MethodHandle NOOP = downcall("umws_bench_noop", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));

    /** The same function as a critical downcall: no thread-state transition; must not upcall. */
    static final MethodHandle NOOP_CRITICAL = downcall("umws_bench_noop", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG),
            Linker.Option.critical(false));

    /**
     * {@code int64_t umws_bench_call_loop(umws_bench_callback_fn, uint64_t)}: a default downcall,
     * because upcalls from a critical one are fatal (perf notes A5.3).
     */
    static final MethodHandle CALL_LOOP = downcall("umws_bench_call_loop",
            FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG));

    /** The address of {@code umws_bench_noop}: the C callback of the upcall benchmark's baseline. */
    static final MemorySegment NOOP_ADDRESS = symbol("umws_bench_noop");

    /** {@code int64_t (*)(int64_t)}: the callback type of the call loop. */
    static final FunctionDescriptor CALLBACK = FunctionDescriptor.of(JAVA_LONG, JAVA_LONG);

    /** {@link #callback} as a handle, the target of the Panama upcall stub. */
    static final MethodHandle CALLBACK_TARGET;

    static {
        try {
            CALLBACK_TARGET = MethodHandles.lookup().findStatic(BenchCalls.class, "callback",
                    MethodType.methodType(long.class, long.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private BenchCalls() {
    }

    /** The Java side of a call-loop upcall; the same work as {@code umws_bench_noop} and {@code Jni.callback}. */
    static long callback(long v) {
        return v + 1;
    }

    private static MemorySegment symbol(String name) {
        return NativeLibrary.lookup().find(name)
                .orElseThrow(() -> new IllegalStateException("the umws library has no symbol " + name));
    }

    private static MethodHandle downcall(String name, FunctionDescriptor d, Linker.Option... options) {
        return Linker.nativeLinker().downcallHandle(symbol(name), d, options);
    }
}
