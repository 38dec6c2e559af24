package dev.umws.trace;

import dev.umws.nativelib.NativeLibrary;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/** Downcalls of {@code include/umws/umws_trace.h}, bound once; a missing symbol fails with its name. */
final class TraceNative {
    private static final MethodHandle START = handle("umws_trace_start", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
    private static final MethodHandle STOP = handle("umws_trace_stop", FunctionDescriptor.ofVoid());
    private static final MethodHandle DISCARD = handle("umws_trace_discard", FunctionDescriptor.ofVoid());
    private static final MethodHandle BUFFERS = handle("umws_trace_buffers", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle THREAD_CURRENT = handle("umws_trace_thread_current",
            FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
    private static final MethodHandle THREAD_NEW = handle("umws_trace_thread_new", FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
    private static final MethodHandle THREAD_BUFFER = handle("umws_trace_thread_buffer", FunctionDescriptor.of(ADDRESS, ADDRESS));
    private static final MethodHandle QUEUE_ID = handle("umws_trace_queue_id", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle SWITCH = handle("umws_trace_switch", FunctionDescriptor.of(ADDRESS));
    private static final MethodHandle LAYOUT = handle("umws_trace_layout", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));

    private TraceNative() {
    }

    private static MethodHandle handle(String name, FunctionDescriptor d) {
        MemorySegment symbol = NativeLibrary.lookup().find(name)
                .orElseThrow(() -> new IllegalStateException("the umws library has no symbol " + name));
        return Linker.nativeLinker().downcallHandle(symbol, d);
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    static int start(long eventsPerThread) {
        try {
            return (int) START.invokeExact(eventsPerThread);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static void stop() {
        try {
            STOP.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static void discard() {
        try {
            DISCARD.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static int buffers(MemorySegment out, int max) {
        try {
            return (int) BUFFERS.invokeExact(out, max);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** A record for the calling thread: its OS thread's own for a platform thread, a fresh one otherwise. */
    static MemorySegment threadRecord(int pid, String name, boolean ownOsThread) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment n = a.allocateFrom(name);
            MemorySegment r = ownOsThread ? (MemorySegment) THREAD_CURRENT.invokeExact(pid, n)
                    : (MemorySegment) THREAD_NEW.invokeExact(pid, n);
            return r.reinterpret(TraceLayout.THREAD.byteSize());
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static MemorySegment threadBuffer(MemorySegment record) {
        try {
            return (MemorySegment) THREAD_BUFFER.invokeExact(record);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static int queueId(MemorySegment key, boolean fresh) {
        try {
            return (int) QUEUE_ID.invokeExact(key, fresh ? 1 : 0);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static MemorySegment switchAddress() {
        try {
            return ((MemorySegment) SWITCH.invokeExact()).reinterpret(4);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static int layout(MemorySegment out, int n) {
        try {
            return (int) LAYOUT.invokeExact(out, n);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }
}
