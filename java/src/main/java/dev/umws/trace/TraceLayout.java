package dev.umws.trace;

import java.lang.foreign.Arena;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;

/**
 * The recorder's structures of {@code include/umws/umws_trace.h}, offsets from layouts, checked
 * once against the loaded library's own {@code umws_trace_layout} table (a mismatch refuses to
 * trace, naming the value).
 *
 * <pre>
 * UMWS_TRACE_EVENT (32 bytes)
 *   0        8      10     12       16               24               32
 *   | Time   | Type | Aux  | Queue  | Fence          | Arg            |
 *   | u64 ns | u16  | u16  | u32    | u64            | u64            |
 * </pre>
 */
final class TraceLayout {
    static final GroupLayout EVENT = MemoryLayout.structLayout(
            ValueLayout.JAVA_LONG.withName("Time"),
            ValueLayout.JAVA_SHORT.withName("Type"),
            ValueLayout.JAVA_SHORT.withName("Aux"),
            ValueLayout.JAVA_INT.withName("Queue"),
            ValueLayout.JAVA_LONG.withName("Fence"),
            ValueLayout.JAVA_LONG.withName("Arg")).withName("UMWS_TRACE_EVENT");
    static final GroupLayout BUFFER = MemoryLayout.structLayout(
            ValueLayout.JAVA_LONG.withName("Count"),
            ValueLayout.JAVA_LONG.withName("Dropped"),
            ValueLayout.JAVA_LONG.withName("Capacity"),
            ValueLayout.JAVA_INT.withName("Pid"),
            ValueLayout.JAVA_INT.withName("Tid"),
            MemoryLayout.sequenceLayout(48, ValueLayout.JAVA_BYTE).withName("Name"),
            ValueLayout.ADDRESS.withName("Events"),
            ValueLayout.ADDRESS.withName("Next")).withName("UMWS_TRACE_BUFFER");
    static final GroupLayout THREAD = MemoryLayout.structLayout(
            ValueLayout.JAVA_INT.withName("Writing"),
            ValueLayout.JAVA_INT.withName("Pid"),
            ValueLayout.ADDRESS.withName("Buffer"),
            ValueLayout.JAVA_LONG.withName("Session"),
            MemoryLayout.sequenceLayout(48, ValueLayout.JAVA_BYTE).withName("Name"),
            ValueLayout.ADDRESS.withName("Next"),
            MemoryLayout.sequenceLayout(6, ValueLayout.JAVA_LONG).withName("Padding0")).withName("UMWS_TRACE_THREAD");

    static final long EVENT_BYTES = EVENT.byteSize();
    static final long TIME = offset(EVENT, "Time");
    static final long TYPE = offset(EVENT, "Type");
    static final long AUX = offset(EVENT, "Aux");
    static final long QUEUE = offset(EVENT, "Queue");
    static final long FENCE = offset(EVENT, "Fence");
    static final long ARG = offset(EVENT, "Arg");
    static final long COUNT = offset(BUFFER, "Count");
    static final long DROPPED = offset(BUFFER, "Dropped");
    static final long CAPACITY = offset(BUFFER, "Capacity");
    static final long PID = offset(BUFFER, "Pid");
    static final long TID = offset(BUFFER, "Tid");
    static final long NAME = offset(BUFFER, "Name");
    static final long EVENTS = offset(BUFFER, "Events");
    static final long WRITING = offset(THREAD, "Writing");
    static final long THREAD_BUFFER = offset(THREAD, "Buffer");
    static final long SESSION = offset(THREAD, "Session");

    private TraceLayout() {
    }

    private static long offset(GroupLayout g, String field) {
        return g.byteOffset(groupElement(field));
    }

    /** What this side believes, in the order of umws_trace_layout in native/trace/trace.c. */
    static long[] expected() {
        return new long[] {EVENT_BYTES, TIME, TYPE, AUX, QUEUE, FENCE, ARG,
            BUFFER.byteSize(), COUNT, DROPPED, CAPACITY, PID, TID, NAME, EVENTS,
            THREAD.byteSize(), WRITING, THREAD_BUFFER, SESSION};
    }

    /** Null when the library agrees, else the first difference. */
    static String mismatch() {
        long[] want = expected();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(ValueLayout.JAVA_LONG, 64);
            int n = TraceNative.layout(out, 64);
            if (n != want.length) {
                return "umws_trace_layout has " + n + " values, Java expects " + want.length;
            }
            for (int i = 0; i < n; i++) {
                long c = out.getAtIndex(ValueLayout.JAVA_LONG, i);
                if (c != want[i]) {
                    return "umws_trace_layout value " + i + ": C " + c + ", Java " + want[i];
                }
            }
        }
        return null;
    }
}
