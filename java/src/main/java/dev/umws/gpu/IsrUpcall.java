package dev.umws.gpu;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * The upcall stub the interrupt thread calls: {@code uint8_t isr(void *context, uint32_t message)}.
 * An exception escaping an upcall kills the JVM, so every Throwable is caught here, counted and
 * kept for the test or the verifier to see; the interrupt then counts as not claimed.
 */
final class IsrUpcall {
    private static final MethodHandle ENTRY;

    static {
        try {
            ENTRY = MethodHandles.lookup().findVirtual(IsrUpcall.class, "entry",
                    MethodType.methodType(byte.class, MemorySegment.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Isr isr;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicReference<Throwable> lastFailure = new AtomicReference<>();
    final MemorySegment stub;

    /** The stub lives as long as {@code arena}, which must be shared: a native thread calls it. */
    IsrUpcall(Isr isr, Arena arena) {
        this.isr = isr;
        this.stub = Linker.nativeLinker().upcallStub(ENTRY.bindTo(this),
                FunctionDescriptor.of(JAVA_BYTE, ADDRESS, JAVA_INT), arena);
    }

    @SuppressWarnings("unused") // called through ENTRY
    private byte entry(MemorySegment context, int messageNumber) {
        try {
            return isr.interrupt(messageNumber) ? (byte) 1 : (byte) 0;
        } catch (Throwable t) {
            failures.incrementAndGet();
            lastFailure.set(t);
            return 0;
        }
    }

    long failures() {
        return failures.get();
    }

    Throwable lastFailure() {
        return lastFailure.get();
    }
}
