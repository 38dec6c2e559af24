package dev.umws.bench.report;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * What the timeline page draws, read from a trace-event file in one streaming pass: the tracks
 * (one per thread or GPU engine, grouped by process), the slices and instants on them, the counters
 * and the flows, with each flow step bound to the slice or instant it points at. Embedded as JSON:
 *
 * <pre>
 * meta      source, events (in the file), embedded, cap, capped, windowEnd (us), ignored {ph: n}, otherData
 * tracks    [{pid, tid, process, name}]               sorted: process sort index, pid, thread sort index, tid
 * events    [{ph:"X"|"i", t: track, ts, dur, d, name, cat, args}]   sorted by ts; ts and dur in us, d: depth
 * counters  [{name, pid, points: [[ts, value], ...]}]
 * flows     [{id, cat, name, steps: [[ts, track, event or -1], ...]}]   steps in order
 * </pre>
 *
 * Only the first {@code cap} events in time are kept (metadata is always kept), so that the page
 * stays small enough for a browser; B/E pairs are joined into complete events as they are read.
 */
final class TimelineData {
    /** A kept event: its time, its order in the file (ties) and its parsed form. */
    private record Kept(double ts, long seq, Map<String, Object> ev) {
    }

    private static final Comparator<Kept> BY_TIME = Comparator.comparingDouble(Kept::ts).thenComparingLong(Kept::seq);

    private final int cap;
    private final PriorityQueue<Kept> latest = new PriorityQueue<>(BY_TIME.reversed());
    private final Map<String, String> processNames = new HashMap<>();
    private final Map<String, Long> processSort = new HashMap<>();
    private final Map<String, String> threadNames = new LinkedHashMap<>();
    private final Map<String, Long> threadSort = new HashMap<>();
    private final Map<String, Deque<Map<String, Object>>> open = new HashMap<>();
    private final Map<String, Integer> ignored = new TreeMap<>();
    private final Map<String, Object> members = new LinkedHashMap<>();
    private long seq;
    private long total;

    private TimelineData(int cap) {
        this.cap = cap;
    }

    /** Reads {@code in} and returns the page's data, keeping at most {@code cap} events. */
    static Map<String, Object> read(Reader in, String source, int cap) throws IOException {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be at least 1: " + cap);
        }
        TimelineData d = new TimelineData(cap);
        TraceJson.read(in, new TraceJson.Sink() {
            @Override
            public void event(Map<String, Object> event) {
                d.accept(event);
            }

            @Override
            public void member(String key, Object value) {
                d.members.put(key, value);
            }
        });
        return d.build(source);
    }

    private void accept(Map<String, Object> e) {
        String ph = String.valueOf(e.get("ph"));
        switch (ph) {
            case "M" -> metadata(e);
            case "X", "i", "I", "C", "s", "t", "f" -> keep(e);
            case "B" -> open.computeIfAbsent(trackKey(e), k -> new ArrayDeque<>()).push(e);
            case "E" -> {
                Deque<Map<String, Object>> stack = open.get(trackKey(e));
                Map<String, Object> begin = stack == null ? null : stack.poll();
                if (begin == null) {
                    ignored.merge("E without B", 1, Integer::sum);
                    return;
                }
                Map<String, Object> x = new LinkedHashMap<>(begin);
                x.put("ph", "X");
                x.put("dur", Math.max(0, number(e.get("ts")) - number(begin.get("ts"))));
                if (e.get("args") instanceof Map<?, ?> endArgs && !endArgs.isEmpty()) {
                    Map<Object, Object> args = new LinkedHashMap<>(begin.get("args") instanceof Map<?, ?> a ? a : Map.of());
                    args.putAll(endArgs);
                    x.put("args", args);
                }
                keep(x);
            }
            default -> ignored.merge(ph, 1, Integer::sum);
        }
    }

    private void metadata(Map<String, Object> e) {
        String name = String.valueOf(e.get("name"));
        Object a = e.get("args") instanceof Map<?, ?> m
                ? m.get(name.endsWith("_sort_index") ? "sort_index" : "name") : null;
        if (a == null) {
            return;
        }
        String pid = String.valueOf(e.get("pid"));
        switch (name) {
            case "process_name" -> processNames.put(pid, String.valueOf(a));
            case "process_sort_index" -> processSort.put(pid, (long) number(a));
            case "thread_name" -> threadNames.put(trackKey(e), String.valueOf(a));
            case "thread_sort_index" -> threadSort.put(trackKey(e), (long) number(a));
            default -> ignored.merge("M " + name, 1, Integer::sum);
        }
    }

    private void keep(Map<String, Object> e) {
        total++;
        double ts = number(e.get("ts"));
        if (Double.isNaN(ts)) {
            ignored.merge("no ts", 1, Integer::sum);
            return;
        }
        Kept k = new Kept(ts, seq++, e);
        if (latest.size() < cap) {
            latest.add(k);
        } else if (BY_TIME.compare(k, latest.peek()) < 0) {
            latest.poll();
            latest.add(k);
        }
    }

    private Map<String, Object> build(String source) {
        for (Deque<Map<String, Object>> stack : open.values()) {
            if (!stack.isEmpty()) {
                ignored.merge("B without E", stack.size(), Integer::sum);
            }
        }
        List<Kept> kept = new ArrayList<>(latest);
        kept.sort(BY_TIME);

        // Tracks: every named thread, and every thread that has a slice or an instant.
        Map<String, String> pidOf = new LinkedHashMap<>();
        threadNames.keySet().forEach(k -> pidOf.put(k, k.substring(0, k.indexOf('\u0000'))));
        for (Kept k : kept) {
            String ph = String.valueOf(k.ev.get("ph"));
            if (ph.equals("X") || ph.equals("i") || ph.equals("I")) {
                pidOf.putIfAbsent(trackKey(k.ev), String.valueOf(k.ev.get("pid")));
            }
        }
        List<String> order = new ArrayList<>(pidOf.keySet());
        order.sort(Comparator.<String>comparingLong(k -> processSort.getOrDefault(pidOf.get(k), 0L))
                .thenComparing(k -> pidOf.get(k), TimelineData::naturally)
                .thenComparingLong(k -> threadSort.getOrDefault(k, 0L))
                .thenComparing(k -> k.substring(k.indexOf('\u0000') + 1), TimelineData::naturally));
        Map<String, Integer> trackIndex = new HashMap<>();
        List<Object> tracks = new ArrayList<>();
        for (String k : order) {
            String pid = pidOf.get(k);
            String tid = k.substring(k.indexOf('\u0000') + 1);
            trackIndex.put(k, tracks.size());
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("pid", pid);
            t.put("tid", tid);
            t.put("process", processNames.getOrDefault(pid, "process " + pid));
            t.put("name", threadNames.getOrDefault(k, "thread " + tid));
            tracks.add(t);
        }

        List<Object> events = new ArrayList<>();
        Map<String, List<Integer>> onTrack = new HashMap<>(); // event indices per track, in time order
        Map<String, Deque<Double>> ends = new HashMap<>(); // per track, the ends of the slices open at ts
        Map<String, Map<String, Object>> counters = new LinkedHashMap<>();
        Map<String, Map<String, Object>> flows = new LinkedHashMap<>();
        List<Kept> flowSteps = new ArrayList<>();
        for (Kept k : kept) {
            Map<String, Object> e = k.ev;
            String ph = String.valueOf(e.get("ph"));
            switch (ph) {
                case "X", "i", "I" -> {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("ph", ph.equals("X") ? "X" : "i");
                    o.put("t", trackIndex.get(trackKey(e)));
                    o.put("ts", k.ts);
                    if (ph.equals("X")) {
                        double dur = Double.isNaN(number(e.get("dur"))) ? 0.0 : number(e.get("dur"));
                        o.put("dur", dur);
                        Deque<Double> open = ends.computeIfAbsent(trackKey(e), x -> new ArrayDeque<>());
                        while (!open.isEmpty() && open.peek() <= k.ts + 0.0005) {
                            open.pop();
                        }
                        o.put("d", open.size()); // nesting depth: a DDI inside its thunk is drawn inside it
                        open.push(k.ts + dur);
                    }
                    o.put("name", String.valueOf(e.getOrDefault("name", "")));
                    o.put("cat", String.valueOf(e.getOrDefault("cat", "")));
                    o.put("args", e.get("args") instanceof Map<?, ?> a ? a : Map.of());
                    onTrack.computeIfAbsent(trackKey(e), x -> new ArrayList<>()).add(events.size());
                    events.add(o);
                }
                case "C" -> counter(counters, k);
                default -> flowSteps.add(k); // s, t, f: bound once every event is placed
            }
        }
        for (Kept k : flowSteps) {
            Map<String, Object> e = k.ev;
            String id = String.valueOf(e.getOrDefault("cat", "")) + '\u0000' + e.get("id");
            Map<String, Object> f = flows.computeIfAbsent(id, x -> {
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("id", String.valueOf(e.get("id")));
                n.put("cat", String.valueOf(e.getOrDefault("cat", "")));
                n.put("name", String.valueOf(e.getOrDefault("name", "")));
                n.put("steps", new ArrayList<>());
                return n;
            });
            Integer track = trackIndex.get(trackKey(e));
            int bound = bind(events, onTrack.getOrDefault(trackKey(e), List.of()), k.ts, String.valueOf(e.get("ph")));
            @SuppressWarnings("unchecked")
            List<Object> steps = (List<Object>) f.get("steps");
            steps.add(List.of(k.ts, track == null ? -1 : track, bound));
        }

        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("source", source);
        meta.put("events", total);
        meta.put("embedded", kept.size());
        meta.put("cap", cap);
        meta.put("capped", total > kept.size());
        meta.put("windowEnd", kept.isEmpty() ? 0.0 : kept.get(kept.size() - 1).ts);
        meta.put("ignored", ignored);
        meta.put("displayTimeUnit", members.getOrDefault("displayTimeUnit", "ms"));
        meta.put("otherData", members.getOrDefault("otherData", Map.of()));

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("meta", meta);
        data.put("tracks", tracks);
        data.put("events", events);
        data.put("counters", new ArrayList<>(counters.values()));
        data.put("flows", new ArrayList<>(flows.values()));
        return data;
    }

    /** One series per (process, counter name, argument); the argument is named unless it is "value". */
    private void counter(Map<String, Map<String, Object>> counters, Kept k) {
        Map<String, Object> e = k.ev;
        if (!(e.get("args") instanceof Map<?, ?> args)) {
            return;
        }
        for (Map.Entry<?, ?> a : args.entrySet()) {
            double v = number(a.getValue());
            if (Double.isNaN(v)) {
                continue;
            }
            String name = String.valueOf(e.getOrDefault("name", "counter"))
                    + (a.getKey().equals("value") ? "" : " " + a.getKey());
            String pid = String.valueOf(e.get("pid"));
            Map<String, Object> c = counters.computeIfAbsent(pid + '\u0000' + name, x -> {
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("name", name);
                n.put("process", processNames.getOrDefault(pid, "process " + pid));
                n.put("points", new ArrayList<>());
                return n;
            });
            @SuppressWarnings("unchecked")
            List<Object> points = (List<Object>) c.get("points");
            points.add(List.of(k.ts, v));
        }
    }

    /**
     * The event a flow step at {@code ts} binds to on its track: one that starts at the same time
     * (to the nanosecond), else the innermost slice that encloses it, else (for a start or a middle
     * step, Chrome's "next slice" rule) the next event; -1 when there is none.
     */
    @SuppressWarnings("unchecked")
    private static int bind(List<Object> events, List<Integer> track, double ts, String ph) {
        int lo = 0;
        int hi = track.size(); // first event on the track that starts at or after ts - 1 ns/2
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if ((double) ((Map<String, Object>) events.get(track.get(mid))).get("ts") < ts - 0.0005) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo < track.size() && (double) ((Map<String, Object>) events.get(track.get(lo))).get("ts") <= ts + 0.0005) {
            return track.get(lo);
        }
        // Slices on one thread nest, so the innermost enclosing one is the latest-starting one that
        // still covers ts; a few dozen back is as deep as any real call stack here.
        for (int j = lo - 1; j >= Math.max(0, lo - 64); j--) {
            Map<String, Object> e = (Map<String, Object>) events.get(track.get(j));
            if (e.get("dur") instanceof Double dur && ts <= (double) e.get("ts") + dur + 0.0005) {
                return track.get(j);
            }
        }
        return lo < track.size() && !ph.equals("f") ? track.get(lo) : -1;
    }

    private static String trackKey(Map<String, Object> e) {
        return String.valueOf(e.get("pid")) + '\u0000' + e.get("tid");
    }

    private static double number(Object o) {
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        if (o instanceof String s) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** Numbers in numeric order, before any other name; other names in text order. */
    private static int naturally(String a, String b) {
        double x = number(a);
        double y = number(b);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            return Double.compare(x, y);
        }
        if (Double.isNaN(x) != Double.isNaN(y)) {
            return Double.isNaN(x) ? 1 : -1;
        }
        return a.compareTo(b);
    }
}
