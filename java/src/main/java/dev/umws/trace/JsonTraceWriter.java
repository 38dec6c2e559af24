package dev.umws.trace;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second pass: the trace-event JSON (object form; docs/tracing.md gives the format and
 * docs/trace-format.md the format the timeline page reads), written as the k-way merge
 * goes, one event at a time, so that the file is never held in memory.
 *
 * <p>Slices are complete events ("X") written at their begin, with the duration to the end that
 * the first pass found; a flow event ("s", "t", "f" with "bp":"e") follows the slice or instant it
 * binds to, with the same pid, tid and ts, so every (pid, tid) stays in time order.
 */
final class JsonTraceWriter {
    private static final String[] OPCODES = {"NOP", "WRITE_FENCE", "TIMESTAMP", "COPY", "FILL", "DELAY", "INTERRUPT"};
    /** D3DDDI_DOORBELLSTATUS by value. */
    private static final String[] STATUS = {"CONNECTED", "CONNECTED_NOTIFY_KMD", "DISCONNECTED_RETRY",
        "DISCONNECTED_ABORT"};

    private final List<Track> tracks;
    private final Flows flows;
    private long t0 = Long.MAX_VALUE;
    private Writer out;
    private boolean first = true;
    private final StringBuilder sb = new StringBuilder(256);

    JsonTraceWriter(List<Track> tracks, Flows flows) {
        this.tracks = tracks;
        this.flows = flows;
        for (Track t : tracks) {
            if (t.count() > 0) {
                t0 = Math.min(t0, t.time(0));
            }
        }
        if (t0 == Long.MAX_VALUE) {
            t0 = 0;
        }
    }

    void write(OutputStream stream) throws IOException {
        out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        long events = 0;
        sb.setLength(0);
        sb.append("{\"displayTimeUnit\":\"ns\",\n\"otherData\":{\"clock\":\"CLOCK_MONOTONIC (umws_plat_now_ns)\",\"dropped\":{");
        Map<Track, String> names = trackNames();
        boolean comma = false;
        for (Track t : tracks) {
            events += t.count();
            if (t.dropped() > 0) {
                sb.append(comma ? "," : "");
                string(names.get(t)).append(':').append(t.dropped());
                comma = true;
            }
        }
        String rev = Trace.class.getPackage().getImplementationVersion();
        sb.append("},\"events\":").append(events).append(",\"generator\":");
        string("umws " + (rev == null ? "(unversioned build)" : rev)).append("},\n\"traceEvents\":[\n");
        out.append(sb);
        meta(1, -1, "process_name", "host");
        meta(2, -1, "process_name", "GPU");
        for (Track t : tracks) {
            meta(t.pid(), t.tid(), "thread_name", names.get(t));
            sb.setLength(0);
            sb.append("{\"ph\":\"M\",\"name\":\"thread_sort_index\",\"pid\":").append(t.pid()).append(",\"tid\":")
                    .append(t.tid()).append(",\"args\":{\"sort_index\":").append(t.tid()).append("}}");
            emit();
        }
        Merge.run(tracks, this::event);
        out.append("\n]}\n");
        out.flush();
    }

    /** Track names, made unique within their pid ("firmware engine 0 #7" for a second GPU's). */
    private Map<Track, String> trackNames() {
        Map<Track, String> m = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Track t : tracks) {
            String n = t.name().isEmpty() ? "thread " + t.tid() : t.name();
            m.put(t, seen.add(t.pid() + "/" + n) ? n : n + " #" + t.tid());
        }
        return m;
    }

    private void meta(int pid, int tid, String what, String name) throws IOException {
        sb.setLength(0);
        sb.append("{\"ph\":\"M\",\"name\":\"").append(what).append("\",\"pid\":").append(pid);
        if (tid >= 0) {
            sb.append(",\"tid\":").append(tid);
        }
        sb.append(",\"args\":{\"name\":");
        string(name).append("}}");
        emit();
    }

    private void emit() throws IOException {
        if (!first) {
            out.append(",\n");
        }
        first = false;
        out.append(sb);
    }

    private void event(int ti, long ei) throws IOException {
        Track t = tracks.get(ti);
        int type = t.type(ei);
        switch (type) {
            case EventType.FW_PACKET_END, EventType.ISR_LEAVE, EventType.CALL_LEAVE, EventType.DPC_END -> {
                return; // written with their begin
            }
            case EventType.COUNTER -> {
                counter(t, ei);
                return;
            }
            default -> {
            }
        }
        List<Flows.Mark> marks = flows.marks(ti, ei);
        sb.setLength(0);
        switch (type) {
            case EventType.FW_PACKET_BEGIN, EventType.ISR_ENTER, EventType.CALL_ENTER, EventType.DPC_BEGIN -> slice(ti, t, ei, type, marks);
            default -> instant(t, ei, type, marks);
        }
        emit();
        if (marks != null) {
            for (Flows.Mark m : marks) {
                sb.setLength(0);
                sb.append("{\"ph\":\"").append(m.phase()).append("\",\"id\":\"").append(m.submission().flowId())
                        .append("\",\"cat\":\"submission\",\"name\":\"submission\",\"pid\":").append(t.pid())
                        .append(",\"tid\":").append(t.tid()).append(",\"ts\":");
                ts(t.time(ei));
                if (m.phase() == 'f') {
                    sb.append(",\"bp\":\"e\"");
                }
                sb.append('}');
                emit();
            }
        }
    }

    private void slice(int ti, Track t, long ei, int type, List<Flows.Mark> marks) {
        long end = flows.end(ti, ei);
        String name;
        String cat;
        switch (type) {
            case EventType.FW_PACKET_BEGIN -> {
                int op = t.aux(ei);
                name = "packet " + (op < OPCODES.length ? OPCODES[op] : "opcode " + op);
                cat = "firmware";
            }
            case EventType.ISR_ENTER -> {
                name = "ISR";
                cat = "interrupt";
            }
            case EventType.DPC_BEGIN -> {
                name = "DPC";
                cat = "dpc";
            }
            default -> {
                Names.Call c = Names.of(t.aux(ei));
                name = c.name();
                cat = t.pid() == 2 && c.category().equals("os") ? "interrupt" : c.category();
            }
        }
        head("X", name, cat, t, ei);
        sb.append(",\"dur\":");
        dur(end < 0 ? 0 : t.time(end) - t.time(ei));
        sb.append(",\"args\":{");
        int before = sb.length();
        if (t.queue(ei) != 0) {
            sb.append("\"queue\":").append(t.queue(ei)).append(',');
        }
        if (type == EventType.FW_PACKET_BEGIN) {
            sb.append("\"readPointer\":").append(t.arg(ei)).append(',');
            if (end >= 0 && t.arg(end) != 0) {
                sb.append("\"fault\":").append(t.arg(end)).append(',');
            }
        }
        if (type == EventType.CALL_ENTER && end >= 0) {
            sb.append("\"status\":\"0x").append(String.format("%08x", t.arg(end))).append("\",");
        }
        if (end < 0) {
            sb.append("\"unfinished\":true,");
        }
        submissionArgs(marks, t.queue(ei) == 0);
        closeArgs(before);
    }

    private void instant(Track t, long ei, int type, List<Flows.Mark> marks) {
        String cat = switch (type) {
            case EventType.FW_NOTICE, EventType.FW_FENCE_WRITTEN, EventType.FW_FAULT, EventType.IRQ_RAISED,
                 EventType.GPU_QUEUE -> "firmware";
            case EventType.IRQ_TAKEN -> "interrupt";
            case EventType.UMD_RING, EventType.UMD_DOORBELL, EventType.UMD_STATUS -> "umd";
            case EventType.DPC_QUEUED -> t.pid() == 2 ? "interrupt" : "dpc";
            default -> "os";
        };
        head("i", EventType.name(type), cat, t, ei);
        sb.append(",\"s\":\"t\",\"args\":{");
        int before = sb.length();
        int q = t.queue(ei);
        long fence = t.fence(ei);
        long arg = t.arg(ei);
        if (q != 0) {
            sb.append("\"queue\":").append(q).append(',');
        }
        switch (type) {
            case EventType.UMD_RING -> sb.append("\"writePointer\":").append(arg).append(",\"fence\":").append(fence).append(',');
            case EventType.UMD_DOORBELL -> sb.append("\"value\":").append(arg).append(",\"fence\":").append(fence).append(',');
            case EventType.UMD_STATUS, EventType.OS_STATUS -> sb.append("\"status\":\"").append(status(arg))
                    .append("\",\"fence\":").append(fence).append(',');
            case EventType.FW_NOTICE -> sb.append("\"engine\":").append(t.aux(ei)).append(",\"writePointer\":").append(arg).append(',');
            case EventType.FW_FENCE_WRITTEN -> sb.append("\"fence\":").append(fence).append(",\"gpuVa\":").append(arg).append(',');
            case EventType.FW_FAULT -> sb.append("\"fault\":").append(t.aux(ei)).append(",\"lastCompleted\":").append(fence)
                    .append(",\"va\":").append(arg).append(',');
            case EventType.IRQ_RAISED, EventType.IRQ_TAKEN -> sb.append("\"interruptType\":").append(t.aux(ei))
                    .append(",\"fence\":").append(fence).append(',');
            case EventType.GPU_QUEUE -> sb.append("\"engine\":").append(t.aux(ei)).append(",\"driverQueueId\":").append(fence)
                    .append(",\"progressFenceGpuVa\":").append(arg).append(',');
            case EventType.WAITER_WOKEN -> sb.append("\"fence\":").append(fence).append(",\"seen\":").append(arg).append(',');
            case EventType.OS_VA_ROTATED -> sb.append(arg == EventType.DUMMY_PAGE ? "\"to\":\"dummy page\","
                    : "\"to\":\"physical doorbell " + arg + "\",");
            case EventType.OS_VICTIM -> sb.append("\"victim\":").append(q).append(",\"newOwner\":").append(arg)
                    .append(",\"reason\":\"").append(status(t.aux(ei))).append("\",");
            case EventType.OS_F_STATE -> sb.append("\"engine\":").append(t.aux(ei)).append(",\"state\":\"F").append(arg).append("\",");
            case EventType.OS_D_STATE -> sb.append("\"state\":\"D").append(arg).append("\",");
            case EventType.OS_TDR -> sb.append("\"engine\":").append(t.aux(ei)).append(',');
            case EventType.DPC_QUEUED -> sb.append("\"queued\":").append(arg != 0).append(',');
            default -> {
            }
        }
        submissionArgs(marks, q == 0);
        closeArgs(before);
    }

    /** args.queue and args.fence of the submission(s) the event is a step of, for a viewer's selection. */
    private void submissionArgs(List<Flows.Mark> marks, boolean withQueue) {
        if (marks == null) {
            return;
        }
        Flows.Submission s = marks.get(0).submission();
        if (withQueue) {
            sb.append("\"queue\":").append(s.queue()).append(',');
        }
        if (sb.indexOf("\"fence\":", sb.lastIndexOf("\"args\":{")) < 0) {
            sb.append("\"fence\":").append(s.fence()).append(',');
        }
        if (marks.size() > 1) {
            sb.append("\"submissions\":\"");
            for (int i = 0; i < marks.size(); i++) {
                Flows.Submission m = marks.get(i).submission();
                sb.append(i == 0 ? "" : " ").append(m.queue()).append(':').append(m.fence());
            }
            sb.append("\",");
        }
    }

    private void closeArgs(int before) {
        if (sb.length() > before) {
            sb.setLength(sb.length() - 1); // the trailing comma
        }
        sb.append("}}");
    }

    private void counter(Track t, long ei) throws IOException {
        int kind = t.aux(ei);
        String name = switch (kind) {
            case EventType.COUNTER_BOUND_QUEUES -> "bound queues";
            case EventType.COUNTER_FREE_DOORBELLS -> "free physical doorbells";
            case EventType.COUNTER_RING_FILL -> "ring fill q" + t.queue(ei);
            default -> "counter " + kind;
        };
        sb.setLength(0);
        sb.append("{\"ph\":\"C\",\"name\":");
        string(name).append(",\"cat\":\"os\",\"pid\":1,\"ts\":");
        ts(t.time(ei));
        sb.append(",\"args\":{\"value\":").append(t.arg(ei)).append("}}");
        emit();
    }

    private void head(String ph, String name, String cat, Track t, long ei) {
        sb.append("{\"ph\":\"").append(ph).append("\",\"name\":");
        string(name).append(",\"cat\":\"").append(cat).append("\",\"pid\":").append(t.pid()).append(",\"tid\":")
                .append(t.tid()).append(",\"ts\":");
        ts(t.time(ei));
    }

    /** Microseconds since the first event, with three decimals (ns precision), as a JSON number. */
    private void ts(long ns) {
        dur(ns - t0);
    }

    private void dur(long ns) {
        long v = Math.max(0, ns);
        long frac = v % 1000;
        sb.append(v / 1000).append('.').append(frac < 100 ? (frac < 10 ? "00" : "0") : "").append(frac);
    }

    private static String status(long s) {
        return s >= 0 && s < STATUS.length ? STATUS[(int) s] : Long.toString(s);
    }

    private StringBuilder string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }
}
