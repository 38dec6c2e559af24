package dev.umws.os;

import dev.umws.nativelib.NativeLibrary;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.JAVA_INT;

/** Whether the calling thread is inside a native KMD's ISR ({@code umws_kmd_in_isr}, a per-thread flag). */
final class NativeIsr {
    private static final MethodHandle IN_ISR = Linker.nativeLinker().downcallHandle(
            NativeLibrary.lookup().find("umws_kmd_in_isr").orElseThrow(), FunctionDescriptor.of(JAVA_INT),
            Linker.Option.critical(false));

    private NativeIsr() {
    }

    static boolean active() {
        try {
            return (int) IN_ISR.invokeExact() != 0;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
