package dev.umws.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.ReferenceKmd;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.umd.CUmd;
import dev.umws.umd.UmdQueue;
import dev.umws.verifier.Verifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recorder as a person would look at its output: a demo-like run (two processes, more queues
 * than physical doorbells so the KMD victimizes, one queue through the C UMD) is recorded and its
 * trace checked against what the OS itself counted.
 */
class TraceTest {
    private static final int QUEUES_PER_PROCESS = 3;
    private static final int DOORBELLS = 2;
    private static final int SUBMISSIONS = 40;
    private Trace trace;

    @AfterEach
    void discard() {
        if (trace != null) {
            trace.discard();
        }
    }

    /** What the run itself counted, to hold the trace against. */
    private record Outcome(long submissions, long victimizations, long reconnects, long interrupts) {
    }

    private static Outcome demo() {
        GpuConfig config = GpuConfig.defaults().withDoorbells(DOORBELLS, GpuConfig.Placement.DEDICATED_PAGE)
                .withDetectMode(GpuConfig.DetectMode.BACKOFF);
        try (Dxgkrnl os = Dxgkrnl.start(config, new ReferenceKmd(), new Verifier())) {
            List<Process> processes = List.of(os.createProcess(), os.createProcess());
            List<UmdQueue> queues = new ArrayList<>();
            for (Process p : processes) {
                int[] dev = new int[1];
                assertEquals(STATUS_SUCCESS, p.createDevice(dev));
                for (int i = 0; i < QUEUES_PER_PROCESS; i++) {
                    queues.add(new UmdQueue(p, dev[0], 0, 4096));
                }
            }
            UmdQueue cQueue = queues.get(0);
            try (CUmd cumd = new CUmd(processes.get(0), cQueue)) {
                for (int round = 0; round < SUBMISSIONS; round++) {
                    for (UmdQueue q : queues) {
                        if (q == cQueue) {
                            assertEquals(STATUS_SUCCESS, cumd.submit(1, 1));
                        } else {
                            q.submit(null);
                        }
                    }
                }
            }
            long reconnects = 0;
            for (UmdQueue q : queues) {
                assertTrue(q.await(q.lastSubmitted(), 10_000_000_000L), "every fence completes");
                reconnects += q.reconnects();
            }
            Outcome o = new Outcome((long) queues.size() * SUBMISSIONS, os.victimizations(), reconnects,
                    os.interruptsNotified());
            for (UmdQueue q : queues) {
                q.close();
            }
            return o;
        }
    }

    @Test
    void recordsEverySubmissionsWholeFlow() {
        trace = Trace.start();
        Outcome o = demo();
        trace.close();

        List<Flows.Submission> subs = trace.submissions();
        List<Flows.Submission> completed = subs.stream().filter(Flows.Submission::completed).toList();
        assertEquals(o.submissions(), completed.size(), "every submission's fence write is in the trace");
        int noticed = 0;
        for (Flows.Submission s : completed) {
            List<String> steps = s.stepNames();
            String who = "queue " + s.queue() + " fence " + s.fence() + ": " + steps;
            List<String> expected = new ArrayList<>(List.of("ring", "packet", "fence written", "interrupt raised",
                    "irq taken", "DxgkCbNotifyInterrupt", "DPC"));
            if (!s.coalesced()) {
                expected.add(1, "doorbell noticed");
                noticed++;
            }
            assertEquals(expected, steps.subList(0, Math.min(steps.size(), expected.size())), who);
            for (int i = 1; i < s.steps().size(); i++) {
                assertTrue(s.steps().get(i).time() >= s.steps().get(i - 1).time(), "steps in time order: " + who);
            }
        }
        assertTrue(noticed > completed.size() / 2, "most submissions have their own doorbell notice: " + noticed);
        assertTrue(completed.stream().anyMatch(s -> s.stepNames().contains("waiter woken")), "a waiter's wake ends a flow");
    }

    @Test
    void keepsEveryEventInOrderPerThreadAtTheDefaultSize() {
        trace = Trace.start();
        demo();
        trace.close();
        List<Track> tracks = trace.tracks();
        Set<String> names = new HashSet<>();
        for (Track t : tracks) {
            assertEquals(0, t.dropped(), "nothing dropped on " + t.name());
            for (long i = 1; i < t.count(); i++) {
                assertTrue(t.time(i) >= t.time(i - 1), t.name() + " in time order at event " + i);
            }
            names.add(t.name());
        }
        assertTrue(names.contains("firmware engine 0"), names.toString());
        assertTrue(names.contains("interrupt"), names.toString());
        assertTrue(names.contains("umws-dpc"), names.toString());
    }

    @Test
    void showsVictimizationsAsTheOsRecordedThem() {
        trace = Trace.start();
        Outcome o = demo();
        trace.close();
        assertTrue(o.victimizations() > 0, "more queues than doorbells: the KMD victimizes");
        long victims = 0;
        for (Track t : trace.tracks()) {
            for (long i = 0; i < t.count(); i++) {
                if (t.type(i) == EventType.OS_VICTIM && t.aux(i) == 2 /* DISCONNECTED_RETRY */) {
                    victims++;
                    assertNotEquals(0L, t.arg(i), "the new owner is named");
                    assertNotEquals((long) t.queue(i), t.arg(i), "victim and new owner differ");
                }
            }
        }
        assertEquals(o.victimizations(), victims);
        assertTrue(o.reconnects() >= 1 && o.reconnects() <= victims + QUEUES_PER_PROCESS * 2L,
                "each victim reconnects at most once per victimization (plus its first connect)");
    }

    @Test
    void writesJsonWithNamedTracksFlowsAndOrder(@TempDir Path dir) throws IOException {
        trace = Trace.start();
        demo();
        trace.close();
        Path file = dir.resolve("t.json");
        trace.writeJson(file);

        Map<String, Integer> phases = new HashMap<>();
        Map<String, String> threadNames = new HashMap<>();
        Set<String> anchors = new HashSet<>();     // pid/tid/ts of every slice and instant
        List<String> flowPoints = new ArrayList<>();
        Map<String, Double> lastTs = new HashMap<>();
        Set<String> flowStarts = new HashSet<>();
        Set<String> flowEnds = new HashSet<>();
        try (InputStream in = Files.newInputStream(file); JsonParser p = new JsonFactory().createParser(in)) {
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!field.equals("traceEvents")) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    Map<String, String> e = new HashMap<>();
                    String argName = null;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String k = p.currentName();
                        JsonToken v = p.nextToken();
                        if (k.equals("args") && v == JsonToken.START_OBJECT) {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String a = p.currentName();
                                p.nextToken();
                                if (a.equals("name")) {
                                    argName = p.getText();
                                }
                                p.skipChildren();
                            }
                        } else {
                            e.put(k, p.getText());
                            p.skipChildren();
                        }
                    }
                    String ph = e.get("ph");
                    phases.merge(ph, 1, Integer::sum);
                    String where = e.get("pid") + "/" + e.get("tid");
                    if (ph.equals("M") && "thread_name".equals(e.get("name"))) {
                        threadNames.put(where, argName);
                    }
                    if (ph.equals("X") || ph.equals("i")) {
                        anchors.add(where + "@" + e.get("ts"));
                    }
                    if (ph.equals("s") || ph.equals("t") || ph.equals("f")) {
                        flowPoints.add(where + "@" + e.get("ts"));
                        (ph.equals("s") ? flowStarts : flowEnds).add(ph.equals("t") ? "" : e.get("id"));
                    }
                    if (!ph.equals("M") && !ph.equals("C")) {
                        double ts = Double.parseDouble(e.get("ts"));
                        Double before = lastTs.put(where, ts);
                        assertTrue(before == null || ts >= before, "sorted by ts within " + where);
                        assertNotNull(threadNames.get(where), "track " + where + " is named before its events");
                    }
                }
            }
        }
        assertTrue(phases.getOrDefault("X", 0) > 0 && phases.getOrDefault("i", 0) > 0 && phases.getOrDefault("C", 0) > 0,
                phases.toString());
        assertTrue(threadNames.containsValue("firmware engine 0") && threadNames.containsValue("interrupt"),
                threadNames.toString());
        for (String f : flowPoints) {
            assertTrue(anchors.contains(f), "a flow event binds to a slice or instant at " + f);
        }
        flowEnds.remove("");
        assertFalse(flowStarts.isEmpty());
        assertEquals(flowStarts, flowEnds, "every flow that starts ends");
    }

    @Test
    void recordsNothingWhileOff() {
        trace = Trace.start();
        trace.close();
        assertFalse(Trace.ON);
        demo();
        long events = trace.tracks().stream().mapToLong(Track::count).sum();
        assertEquals(0, events, "no traced site wrote while tracing was off");
    }
}
