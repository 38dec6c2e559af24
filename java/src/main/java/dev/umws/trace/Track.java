package dev.umws.trace;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One thread's buffer as the exporter reads it: the events below the Count read (acquire) when the
 * snapshot was taken, read in place from native memory (never copied to the heap).
 */
public final class Track {
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    private final int pid;
    private final int tid;
    private final String name;
    private final long count;
    private final long dropped;
    private final MemorySegment events;

    private Track(MemorySegment header) {
        this.pid = header.get(ValueLayout.JAVA_INT, TraceLayout.PID);
        this.tid = header.get(ValueLayout.JAVA_INT, TraceLayout.TID);
        this.name = header.asSlice(TraceLayout.NAME, 48).getString(0, StandardCharsets.UTF_8);
        this.count = (long) LONG.getAcquire(header, TraceLayout.COUNT); // events below it are complete
        this.dropped = (long) LONG.getOpaque(header, TraceLayout.DROPPED);
        this.events = header.get(ValueLayout.ADDRESS, TraceLayout.EVENTS).reinterpret(count * TraceLayout.EVENT_BYTES);
    }

    static List<Track> snapshot() {
        int n = TraceNative.buffers(MemorySegment.NULL, 0);
        List<Track> out = new ArrayList<>();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ptrs = a.allocate(ValueLayout.ADDRESS, Math.max(1, n));
            int m = Math.min(n, TraceNative.buffers(ptrs, n));
            for (int i = 0; i < m; i++) {
                out.add(new Track(ptrs.getAtIndex(ValueLayout.ADDRESS, i).reinterpret(TraceLayout.BUFFER.byteSize())));
            }
        }
        return out;
    }

    /** 1 host, 2 GPU (the trace-event format's pid). */
    public int pid() {
        return pid;
    }

    /** Unique within the session. */
    public int tid() {
        return tid;
    }

    public String name() {
        return name;
    }

    public long count() {
        return count;
    }

    /** Events this thread could not keep because its buffer was full. */
    public long dropped() {
        return dropped;
    }

    public long time(long i) {
        return events.get(ValueLayout.JAVA_LONG, i * TraceLayout.EVENT_BYTES + TraceLayout.TIME);
    }

    public int type(long i) {
        return Short.toUnsignedInt(events.get(ValueLayout.JAVA_SHORT, i * TraceLayout.EVENT_BYTES + TraceLayout.TYPE));
    }

    public int aux(long i) {
        return Short.toUnsignedInt(events.get(ValueLayout.JAVA_SHORT, i * TraceLayout.EVENT_BYTES + TraceLayout.AUX));
    }

    public int queue(long i) {
        return events.get(ValueLayout.JAVA_INT, i * TraceLayout.EVENT_BYTES + TraceLayout.QUEUE);
    }

    public long fence(long i) {
        return events.get(ValueLayout.JAVA_LONG, i * TraceLayout.EVENT_BYTES + TraceLayout.FENCE);
    }

    public long arg(long i) {
        return events.get(ValueLayout.JAVA_LONG, i * TraceLayout.EVENT_BYTES + TraceLayout.ARG);
    }
}
