package dev.umws.gpu;

import dev.umws.nativelib.NativeLibrary;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Downcall handles of {@code include/umws/umws_gpu.h}, one per function, bound once. A symbol the
 * library lacks fails here with its name. None of these calls back into Java, so none needs care
 * about upcalls; none is marked critical, because several block (unbind, set_isr, destroy).
 */
final class GpuDowncalls {
    static final MethodHandle CONFIG_DEFAULT = handle("umws_gpu_config_default", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    static final MethodHandle CREATE = handle("umws_gpu_create", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    static final MethodHandle DESTROY = handle("umws_gpu_destroy", FunctionDescriptor.ofVoid(ADDRESS));
    static final MethodHandle BAR_BASE = handle("umws_gpu_bar_base", FunctionDescriptor.of(ADDRESS, ADDRESS));
    static final MethodHandle BAR_SIZE = handle("umws_gpu_bar_size", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    static final MethodHandle DOORBELL_OFFSET = handle("umws_gpu_doorbell_offset",
            FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_INT, JAVA_INT));
    static final MethodHandle DBVA_RESERVE = handle("umws_gpu_dbva_reserve",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
    static final MethodHandle DBVA_CONNECT = handle("umws_gpu_dbva_connect",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT));
    static final MethodHandle DBVA_DISCONNECT = handle("umws_gpu_dbva_disconnect",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    static final MethodHandle DBVA_RELEASE = handle("umws_gpu_dbva_release", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    static final MethodHandle VASPACE_CREATE = handle("umws_gpu_vaspace_create",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    static final MethodHandle VASPACE_DESTROY = handle("umws_gpu_vaspace_destroy", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    static final MethodHandle MAP = handle("umws_gpu_map",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_INT));
    static final MethodHandle UNMAP = handle("umws_gpu_unmap", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    static final MethodHandle QUEUE_CREATE = handle("umws_gpu_queue_create",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    static final MethodHandle QUEUE_BIND = handle("umws_gpu_queue_bind", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    static final MethodHandle QUEUE_UNBIND = handle("umws_gpu_queue_unbind", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    static final MethodHandle QUEUE_SUSPEND = handle("umws_gpu_queue_suspend",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    static final MethodHandle QUEUE_KICK = handle("umws_gpu_queue_kick", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    static final MethodHandle QUEUE_STATE = handle("umws_gpu_queue_state", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    static final MethodHandle QUEUE_IDLE = handle("umws_gpu_queue_idle", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    static final MethodHandle QUEUE_DESTROY = handle("umws_gpu_queue_destroy", FunctionDescriptor.ofVoid(ADDRESS));
    static final MethodHandle ENGINE_SUSPEND = handle("umws_gpu_engine_suspend",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    static final MethodHandle ENGINE_NOTIFY = handle("umws_gpu_engine_notify", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    static final MethodHandle ENGINE_RESET = handle("umws_gpu_engine_reset", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    static final MethodHandle ENGINE_STATS = handle("umws_gpu_engine_stats",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
    static final MethodHandle SET_ISR = handle("umws_gpu_set_isr",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
    static final MethodHandle IRQ_POP = handle("umws_gpu_irq_pop", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    static final MethodHandle DOORBELLS_BOUND = handle("umws_gpu_doorbells_bound", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    static final MethodHandle ENGINE_BOUND = handle("umws_gpu_engine_bound",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    static final MethodHandle SET_INTERRUPT_SPIN = handle("umws_gpu_set_interrupt_spin",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    static final MethodHandle IRQ_PENDING = handle("umws_gpu_irq_pending", FunctionDescriptor.of(JAVA_INT, ADDRESS),
            Linker.Option.critical(false)); // two loads, no lock, never calls back: safe as a critical call
    static final MethodHandle PIN_THREADS = handle("umws_gpu_pin_threads",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    static final MethodHandle IRQ_OVERFLOWS = handle("umws_gpu_irq_overflows", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    static final MethodHandle ISR_CALLS = handle("umws_gpu_isr_calls", FunctionDescriptor.of(JAVA_LONG, ADDRESS));

    private GpuDowncalls() {
    }

    private static MethodHandle handle(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        MemorySegment symbol = NativeLibrary.lookup().find(name)
                .orElseThrow(() -> new IllegalStateException("the umws library has no symbol " + name));
        return Linker.nativeLinker().downcallHandle(symbol, descriptor, options);
    }

    /** Throws a {@link GpuException} naming {@code function} when {@code rc} is an error. */
    static int check(String function, int rc) {
        if (rc < 0) {
            throw new GpuException(function, rc);
        }
        return rc;
    }

    /** Invokes a downcall, turning the impossible checked Throwable into an Error. */
    static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }
}
