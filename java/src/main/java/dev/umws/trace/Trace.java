package dev.umws.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Records what the testbed does, on the recorder of {@code include/umws/umws_trace.h}:
 * <pre>
 *   try (Trace t = Trace.start()) {
 *       ... any code: a demo, a test, an experiment ...
 *   }                                   // stops recording; the events stay until discard()
 *   t.writeJson(Path.of("t.json"));     // the trace-event JSON (docs/tracing.md), streamed
 *   t.discard();                        // frees the native buffers (the next start does too)
 * </pre>
 * One session at a time in a JVM. Traced Java sites are written {@code if (Trace.ON) Trace.event(...)}.
 */
public final class Trace implements AutoCloseable {
    /**
     * The switch every traced Java site reads: a plain static field, so that off a site costs one
     * load and one well-predicted branch, nothing else (a volatile read would order it against the
     * hot path's own accesses; a static final could not be switched at all). Written only by
     * {@link #start} and {@link #close}. A plain read carries no ordering: a thread may see the change
     * late (it loses the first events of a session, or writes a few after close until it re-reads,
     * which each write's own check of the C switch turns into no-ops), never anything unsafe,
     * because every write re-checks the C switch under the Dekker pair (ThreadWriter). Traced sites
     * sit behind calls the JIT cannot see through, so no loop hoists the read for long.
     */
    public static boolean ON;

    /** Bumped by each start: a writer that sees it change attaches to the new session's buffer. */
    static volatile int session;
    /** The C switch (umws_trace_on), read seq_cst by the writers. */
    static final MemorySegment SWITCH;
    private static final ThreadLocal<ThreadWriter> WRITERS = ThreadLocal.withInitial(ThreadWriter::new);
    private static Trace current;

    static {
        String mismatch = TraceLayout.mismatch();
        if (mismatch != null) {
            throw new IllegalStateException("the recorder's structures differ between C and Java: " + mismatch);
        }
        SWITCH = TraceNative.switchAddress();
    }

    /** Events each thread's buffer keeps (0: the library's default, 2^20). */
    public record Options(long eventsPerThread) {
        public static Options defaults() {
            return new Options(0);
        }
    }

    private boolean recording = true;
    private boolean discarded;

    private Trace() {
    }

    /** Starts recording with the default buffers. */
    public static Trace start() {
        return start(Options.defaults());
    }

    /** Starts recording; IllegalStateException while another trace records. */
    public static synchronized Trace start(Options options) {
        if (current != null && current.recording) {
            throw new IllegalStateException("a trace is already recording");
        }
        if (TraceNative.start(options.eventsPerThread()) != 0) {
            throw new IllegalStateException("the recorder refused to start");
        }
        session++;
        current = new Trace();
        ON = true;
        return current;
    }

    /** Stops recording (idempotent); what was recorded stays readable. */
    @Override
    public synchronized void close() {
        if (recording) {
            ON = false;
            TraceNative.stop();
            recording = false;
        }
    }

    /** Frees the native buffers; the trace cannot be read after. */
    public void discard() {
        synchronized (Trace.class) {
            close();
            if (!discarded && current == this) {
                TraceNative.discard();
            }
            discarded = true;
        }
    }

    /** The tracks recorded so far (each thread's buffer), in order of registration. */
    public List<Track> tracks() {
        if (discarded) {
            throw new IllegalStateException("the trace was discarded");
        }
        return Track.snapshot();
    }

    /** Writes the trace-event JSON (docs/tracing.md) to {@code path}, streaming. */
    public void writeJson(Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(path)) {
            writeJson(out);
        }
    }

    /** Writes the trace-event JSON to {@code out} (not closed). */
    public void writeJson(OutputStream out) throws IOException {
        List<Track> t = tracks();
        new JsonTraceWriter(t, Flows.build(t)).write(out);
    }

    /** The submissions found in the trace, each with its flow's steps. */
    public List<Flows.Submission> submissions() {
        return Flows.build(tracks()).submissions();
    }

    /** Records one event on the calling thread; call it behind {@code if (Trace.ON)}. */
    public static void event(int type, int aux, int queue, long fence, long arg) {
        long now = System.nanoTime(); // CLOCK_MONOTONIC on Linux, as umws_plat_now_ns
        WRITERS.get().write(now, type, aux, queue, fence, arg);
    }

    /** A traced call begins (thunk, DDI, callback): name from {@link Names#id}. */
    public static void enter(int nameId, int queue, long fence) {
        event(EventType.CALL_ENTER, nameId, queue, fence, 0);
    }

    /** A traced call returns {@code status} (0 for a void call). */
    public static void leave(int nameId, int queue, long status) {
        event(EventType.CALL_LEAVE, nameId, queue, 0, status & 0xFFFF_FFFFL);
    }

    /**
     * The trace queue id of the queue whose progress fence is {@code fence} (umws_trace_queue_id):
     * {@code fresh} when the caller just created that fence. Works whether or not tracing is on.
     */
    public static int queueId(MemorySegment fence, boolean fresh) {
        return TraceNative.queueId(fence, fresh);
    }
}
