package dev.umws.trace;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

/**
 * One Java thread's writer: its record (UMWS_TRACE_THREAD, shared with the C code of the same OS
 * thread for a platform thread) and the session's buffer, which only this thread writes. The
 * protocol is the header's Dekker pair against umws_trace_discard:
 * <pre>
 *   Writing = 1 (setVolatile: seq_cst)  →  C switch (getVolatile: seq_cst)  →  event stores,
 *   Count (setRelease)  →  Writing = 0 (setRelease)
 * </pre>
 * so a discard (seq_cst store of the switch, then seq_cst loads of Writing) either sees this thread
 * inside and waits, or this thread sees the switch off and touches no buffer.
 */
final class ThreadWriter {
    private static final VarHandle INT = ValueLayout.JAVA_INT.varHandle();
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    private static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG;
    private static final ValueLayout.OfShort S = ValueLayout.JAVA_SHORT;
    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;

    private final MemorySegment record;
    private int session = -1;
    private long bufferAddress;
    private MemorySegment header;
    private MemorySegment events;
    private long capacity;

    ThreadWriter() {
        Thread t = Thread.currentThread();
        record = TraceNative.threadRecord(1, t.getName(), !t.isVirtual());
    }

    void write(long now, int type, int aux, int queue, long fence, long arg) {
        // Attach outside the Writing window: registration takes the registry lock, which a discard
        // holds while it waits for Writing to fall.
        if (session != Trace.session || (long) LONG.getAcquire(record, TraceLayout.THREAD_BUFFER) != bufferAddress
                || bufferAddress == 0) {
            attach();
            if (header == null) {
                return;
            }
        }
        INT.setVolatile(record, TraceLayout.WRITING, 1);
        if ((int) INT.getVolatile(Trace.SWITCH, 0L) != 0
                && (long) LONG.getAcquire(record, TraceLayout.THREAD_BUFFER) == bufferAddress) {
            long n = header.get(L, TraceLayout.COUNT); // this thread is the only writer of Count
            if (n < capacity) {
                long o = n * TraceLayout.EVENT_BYTES;
                events.set(L, o + TraceLayout.TIME, now);
                events.set(S, o + TraceLayout.TYPE, (short) type);
                events.set(S, o + TraceLayout.AUX, (short) aux);
                events.set(I, o + TraceLayout.QUEUE, queue);
                events.set(L, o + TraceLayout.FENCE, fence);
                events.set(L, o + TraceLayout.ARG, arg);
                LONG.setRelease(header, TraceLayout.COUNT, n + 1); // pairs with the reader's acquire
            } else {
                LONG.setOpaque(header, TraceLayout.DROPPED, header.get(L, TraceLayout.DROPPED) + 1);
            }
        }
        INT.setRelease(record, TraceLayout.WRITING, 0);
    }

    private void attach() {
        session = Trace.session;
        MemorySegment b = TraceNative.threadBuffer(record);
        bufferAddress = b.address();
        if (bufferAddress == 0) {
            header = null;
            return;
        }
        header = b.reinterpret(TraceLayout.BUFFER.byteSize());
        capacity = header.get(L, TraceLayout.CAPACITY);
        events = header.get(ValueLayout.ADDRESS, TraceLayout.EVENTS).reinterpret(capacity * TraceLayout.EVENT_BYTES);
    }
}
