package dev.umws.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first pass over the merged events: each submission's flow, found by (queue, fence value),
 * and the end of every slice (the matching LEAVE/END on the same track, so that the second pass
 * can write complete events as it streams).
 *
 * <p>A submission (q, f) is born at the UMD's ring (write pointer published) of f, or of a later
 * value of a batch that f rides on. Its steps, in time order:
 * <ol>
 *   <li>ring (UMD thread);</li>
 *   <li>doorbell noticed: the firmware's last notice on q before f's first packet, if it came
 *       after the ring (otherwise an earlier notice's run picked f up: coalesced, no notice step);</li>
 *   <li>packet(s): the packets on q after fence f-1 was written, up to the WRITE_FENCE of f;</li>
 *   <li>fence written, interrupt raised (firmware);</li>
 *   <li>irq taken (the ISR pops the record; interrupt thread) and the DxgkCbNotifyInterrupt that
 *       follows it on the same thread;</li>
 *   <li>DPC: the first DPC that begins after that notify;</li>
 *   <li>waiter woken: the first wake on q, after the DPC, of a wait for exactly f (a wait for a
 *       later value covers f too, but f's flow then ends at its DPC).</li>
 * </ol>
 * Memory: the submissions and their steps (a few dozen bytes per step) and one int per event for
 * slice ends; the events themselves stay in native memory.
 */
public final class Flows {
    /** One step of a submission's flow: what, where (track, event) and when (ns). */
    public record Step(String what, int track, long event, long time) {
    }

    /** A submission and its flow so far. */
    public static final class Submission {
        private final int queue;
        private final long fence;
        private final List<Step> steps = new ArrayList<>();
        private boolean fenceWritten;
        private boolean coalesced;
        private long ringTime;

        Submission(int queue, long fence) {
            this.queue = queue;
            this.fence = fence;
        }

        public int queue() {
            return queue;
        }

        public long fence() {
            return fence;
        }

        public List<Step> steps() {
            return steps;
        }

        /** The names of its steps, in order. */
        public List<String> stepNames() {
            return steps.stream().map(Step::what).toList();
        }

        /** The GPU wrote its fence value. */
        public boolean completed() {
            return fenceWritten;
        }

        /** Its packets ran on a notice that came before its ring (no notice step of its own). */
        public boolean coalesced() {
            return coalesced;
        }

        /** The flow id in the exported trace: unique per (queue, fence). */
        public String flowId() {
            return Long.toString(((long) queue << 32) | (fence & 0xFFFF_FFFFL));
        }

        void add(String what, int track, long event, long time) {
            steps.add(new Step(what, track, event, time));
        }
    }

    /** Where a flow binds: the submission and its phase there (s, t or f). */
    record Mark(Submission submission, char phase) {
    }

    private static final String NOTIFY = "DxgkCbNotifyInterrupt";

    private final List<Submission> submissions = new ArrayList<>();
    private final Map<Long, List<Mark>> marks = new HashMap<>();
    private final int[][] ends;

    private Flows(int tracks) {
        ends = new int[tracks][];
    }

    /** Per queue: what the pass knows of it. */
    private static final class QueueState {
        long lastRinged = -1;          // -1: no ring seen
        boolean createdInTrace;        // its GPU_QUEUE event is in the trace: fences start at 1
        int noticeTrack = -1;
        long noticeEvent;
        long noticeTime;
        final TreeMap<Long, Submission> open = new TreeMap<>();       // rung, fence not yet written
        final Map<Long, Submission> awaitingIrq = new HashMap<>();    // written, interrupt not raised
        final Map<Long, Submission> awaitingTake = new HashMap<>();   // raised, not yet taken by the ISR
        final ArrayDeque<Submission> awaitingWaiter = new ArrayDeque<>(); // DPC ran, no waiter yet
    }

    static Flows build(List<Track> tracks) {
        Flows f = new Flows(tracks.size());
        f.scan(tracks);
        return f;
    }

    private void scan(List<Track> tracks) {
        Map<Integer, QueueState> queues = new HashMap<>();
        List<ArrayDeque<long[]>> open = new ArrayList<>();         // per track: slice begins (type, index)
        List<ArrayDeque<Submission>> taken = new ArrayList<>();    // per track: taken, awaiting notify
        for (int i = 0; i < tracks.size(); i++) {
            int n = (int) Math.min(Integer.MAX_VALUE, tracks.get(i).count());
            ends[i] = new int[n];
            java.util.Arrays.fill(ends[i], -1);
            open.add(new ArrayDeque<>());
            taken.add(new ArrayDeque<>());
        }
        List<Submission> awaitingDpc = new ArrayList<>();
        Merge.each(tracks, (ti, ei) -> {
            Track t = tracks.get(ti);
            int type = t.type(ei);
            int q = t.queue(ei);
            long fence = t.fence(ei);
            long time = t.time(ei);
            switch (type) {
                case EventType.FW_PACKET_BEGIN, EventType.ISR_ENTER, EventType.CALL_ENTER, EventType.DPC_BEGIN ->
                        open.get(ti).push(new long[] {type, ei, t.aux(ei)});
                case EventType.FW_PACKET_END, EventType.ISR_LEAVE, EventType.CALL_LEAVE, EventType.DPC_END ->
                        close(open.get(ti), ti, type - 1, type == EventType.CALL_LEAVE ? t.aux(ei) : -1, ei);
                default -> {
                }
            }
            switch (type) {
                case EventType.GPU_QUEUE -> queues.computeIfAbsent(q, k -> new QueueState()).createdInTrace = true;
                case EventType.UMD_RING -> {
                    QueueState s = queues.computeIfAbsent(q, k -> new QueueState());
                    long first = s.lastRinged >= 0 ? s.lastRinged + 1 : s.createdInTrace ? 1 : fence;
                    for (long v = Math.max(first, fence - 65536); v <= fence; v++) {
                        Submission sub = new Submission(q, v);
                        sub.ringTime = time;
                        sub.add("ring", ti, ei, time);
                        s.open.put(v, sub);
                        submissions.add(sub);
                    }
                    s.lastRinged = Math.max(s.lastRinged, fence);
                }
                case EventType.FW_NOTICE -> {
                    QueueState s = queues.computeIfAbsent(q, k -> new QueueState());
                    s.noticeTrack = ti;
                    s.noticeEvent = ei;
                    s.noticeTime = time;
                }
                case EventType.FW_PACKET_BEGIN -> {
                    QueueState s = queues.get(q);
                    if (s == null || s.open.isEmpty()) {
                        return;
                    }
                    Submission sub = fence != 0 && s.open.containsKey(fence) ? s.open.get(fence) : s.open.firstEntry().getValue();
                    if (sub.steps.size() == 1) { // its first packet
                        if (s.noticeTrack >= 0 && s.noticeTime >= sub.ringTime) {
                            sub.add("doorbell noticed", s.noticeTrack, s.noticeEvent, s.noticeTime);
                        } else {
                            sub.coalesced = true;
                        }
                    }
                    sub.add("packet", ti, ei, time);
                }
                case EventType.FW_FENCE_WRITTEN -> {
                    QueueState s = queues.get(q);
                    Submission sub = s == null ? null : s.open.remove(fence);
                    if (sub != null) {
                        sub.fenceWritten = true;
                        sub.add("fence written", ti, ei, time);
                        s.awaitingIrq.put(fence, sub);
                    }
                }
                case EventType.IRQ_RAISED -> {
                    QueueState s = queues.get(q);
                    Submission sub = s == null ? null : s.awaitingIrq.remove(fence);
                    if (sub != null) {
                        sub.add("interrupt raised", ti, ei, time);
                        s.awaitingTake.put(fence, sub);
                    }
                }
                case EventType.IRQ_TAKEN -> {
                    QueueState s = queues.get(q);
                    Submission sub = s == null ? null : s.awaitingTake.remove(fence);
                    if (sub != null) {
                        sub.add("irq taken", ti, ei, time);
                        taken.get(ti).add(sub);
                    }
                }
                case EventType.CALL_ENTER -> {
                    if (NOTIFY.equals(Names.of(t.aux(ei)).name()) && !taken.get(ti).isEmpty()) {
                        Submission sub = taken.get(ti).poll();
                        sub.add(NOTIFY, ti, ei, time);
                        awaitingDpc.add(sub);
                    }
                }
                case EventType.DPC_BEGIN -> {
                    for (Submission sub : awaitingDpc) {
                        sub.add("DPC", ti, ei, time);
                        queues.get(sub.queue).awaitingWaiter.add(sub);
                    }
                    awaitingDpc.clear();
                }
                case EventType.WAITER_WOKEN -> {
                    // The wake ends the flow of the value waited for; the earlier ones it covers end at their DPC.
                    QueueState s = queues.get(q);
                    while (s != null && !s.awaitingWaiter.isEmpty() && s.awaitingWaiter.peek().fence <= fence) {
                        Submission sub = s.awaitingWaiter.poll();
                        if (sub.fence == fence) {
                            sub.add("waiter woken", ti, ei, time);
                        }
                    }
                }
                default -> {
                }
            }
        });
        for (Submission sub : submissions) {
            int last = sub.steps.size() - 1;
            for (int i = 0; last > 0 && i <= last; i++) {
                Step st = sub.steps.get(i);
                char phase = i == 0 ? 's' : i == last ? 'f' : 't';
                marks.computeIfAbsent(ref(st.track(), st.event()), k -> new ArrayList<>(1)).add(new Mark(sub, phase));
            }
        }
    }

    /** A LEAVE/END of type beginType+1: the innermost open begin of that type (and name) ends here. */
    private void close(ArrayDeque<long[]> stack, int track, int beginType, int aux, long end) {
        for (java.util.Iterator<long[]> it = stack.iterator(); it.hasNext();) {
            long[] b = it.next();
            if (b[0] == beginType && (aux < 0 || b[2] == aux)) {
                ends[track][(int) b[1]] = (int) end;
                it.remove();
                return;
            }
        }
    }

    static long ref(int track, long event) {
        return ((long) track << 40) | event;
    }

    /** The submissions in order of their ring. */
    public List<Submission> submissions() {
        return submissions;
    }

    /** The event that ends slice (track, begin), or -1 when it never ended in the trace. */
    long end(int track, long begin) {
        return begin < ends[track].length ? ends[track][(int) begin] : -1;
    }

    /** The flows binding at (track, event), or null. */
    List<Mark> marks(int track, long event) {
        return marks.get(ref(track, event));
    }
}
