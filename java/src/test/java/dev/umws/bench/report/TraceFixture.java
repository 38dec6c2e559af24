package dev.umws.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes a realistic trace in the format the recorder and the timeline page agree on (docs/timeline.md):
 * host process (two UMD threads, the DPC thread, the OS worker), GPU process (two firmware engines,
 * the interrupt thread), connects with their KMD DDIs, {@code submissions} submissions per queue each
 * with its whole flow (ring, doorbell noticed, packets, fence written, interrupt raised, ISR, DPC,
 * waiter woken), a victimization of queue 2's doorbell with the reconnect after it, and counters.
 * Times are made up but in the proportions the testbed shows (microseconds, 3 decimals).
 */
final class TraceFixture {
    static final int HOST = 1;
    static final int GPU = 2;
    static final int UMD_Q1 = 11;
    static final int UMD_Q2 = 12;
    static final int DPC = 13;
    static final int WORKER = 14;
    static final int ENGINE0 = 1;
    static final int ENGINE1 = 2;
    static final int INTERRUPT = 3;

    private record Line(double ts, long seq, String json) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final List<String> metadata = new ArrayList<>();
    private long seq;
    private int flows;

    private TraceFixture() {
    }

    /** The trace as text, with {@code submissions} submissions on each of the two queues. */
    static String json(int submissions) {
        TraceFixture f = new TraceFixture();
        f.build(submissions);
        return f.text();
    }

    static Path write(Path file, int submissions) throws IOException {
        Files.writeString(file, json(submissions), StandardCharsets.UTF_8);
        return file;
    }

    /** The flow id of queue {@code q}'s submission with fence {@code fence}: unique per (queue, fence). */
    static String flowId(int q, int fence) {
        return Integer.toString(q * 100_000 + fence);
    }

    private void build(int submissions) {
        process(HOST, "host");
        process(GPU, "GPU");
        thread(HOST, UMD_Q1, "UMD thread (queue 1)", 1);
        thread(HOST, UMD_Q2, "UMD thread (queue 2)", 2);
        thread(HOST, DPC, "DPC thread", 3);
        thread(HOST, WORKER, "OS worker", 4);
        thread(GPU, ENGINE0, "firmware engine 0", 1);
        thread(GPU, ENGINE1, "firmware engine 1", 2);
        thread(GPU, INTERRUPT, "interrupt thread", 3);

        connect(UMD_Q1, 1, 0.0);
        connect(UMD_Q2, 2, 1.5);
        counter("bound queues", 0.0, 1);
        counter("bound queues", 1.5, 2);
        counter("free physical doorbells", 0.0, 3);
        counter("free physical doorbells", 1.5, 2);
        double victimized = -1;
        for (int i = 0; i < submissions; i++) {
            double base = 6.0 + i * 14.0;
            submission(1, i + 1, UMD_Q1, ENGINE0, base, i % 3 + 1);
            if (i == submissions / 2 && victimized < 0) {
                // Another process takes queue 2's physical doorbell: the UMD sees it at its next status read.
                victimized = base + 2.0;
                instant("victimization", "os", HOST, WORKER, victimized,
                        "\"victim\":2,\"newOwner\":3,\"doorbell\":1");
                counter("free physical doorbells", victimized, 0);
                instant("status read", "umd", HOST, UMD_Q2, victimized + 1.0, "\"queue\":2,\"status\":\"disconnected\"");
                connect(UMD_Q2, 2, victimized + 1.5);
                continue;
            }
            submission(2, i + 1, UMD_Q2, ENGINE1, base + 7.0, 1);
        }
    }

    private void submission(int q, int fence, int umd, int engine, double t, int packets) {
        String id = flowId(q, fence);
        String qf = "\"queue\":" + q + ",\"fence\":" + fence;
        flows++;
        instant("ring", "umd", HOST, umd, t, qf + ",\"writePointer\":" + fence * 64);
        flow("s", id, HOST, umd, t);
        counter("ring fill q" + q, t, 64);
        double n = t + 0.8;
        instant("doorbell noticed", "firmware", GPU, engine, n, qf);
        flow("t", id, GPU, engine, n);
        double p = n + 0.2;
        for (int k = 0; k < packets; k++) {
            String op = k == packets - 1 ? "FENCE" : "NOP";
            slice("packet " + op, "firmware", GPU, engine, p, 0.9, qf + ",\"opcode\":\"" + op + "\"");
            flow("t", id, GPU, engine, p);
            p += 1.0;
        }
        instant("fence written", "firmware", GPU, engine, p, qf);
        counter("ring fill q" + q, p, 0);
        double irq = p + 0.1;
        instant("interrupt raised", "interrupt", GPU, engine, irq, qf);
        flow("t", id, GPU, engine, irq);
        double isr = irq + 0.4;
        slice("ISR", "interrupt", GPU, INTERRUPT, isr, 0.6, qf + ",\"engine\":" + (engine - 1));
        flow("t", id, GPU, INTERRUPT, isr);
        slice("DxgkCbNotifyInterrupt", "kmd", GPU, INTERRUPT, isr + 0.1, 0.3, qf);
        double dpc = isr + 1.2;
        slice("DPC", "dpc", HOST, DPC, dpc, 0.9, qf);
        flow("t", id, HOST, DPC, dpc);
        double woken = dpc + 1.5;
        instant("waiter woken", "os", HOST, umd, woken, qf);
        add(woken, String.format(Locale.ROOT,
                "{\"ph\":\"f\",\"bp\":\"e\",\"id\":\"%s\",\"cat\":\"submission\",\"name\":\"submission\",\"pid\":%d,\"tid\":%d,\"ts\":%.3f}",
                id, HOST, umd, woken));
    }

    private void connect(int tid, int q, double t) {
        slice("D3DKMTConnectDoorbell", "os", HOST, tid, t, 1.2, "\"queue\":" + q + ",\"status\":\"0x00000000\"");
        slice("DxgkDdiConnectDoorbell", "kmd", HOST, tid, t + 0.3, 0.6, "\"queue\":" + q);
    }

    private void process(int pid, String name) {
        metadata.add("{\"ph\":\"M\",\"name\":\"process_name\",\"pid\":" + pid + ",\"args\":{\"name\":\"" + name + "\"}}");
    }

    private void thread(int pid, int tid, String name, int sort) {
        metadata.add("{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":" + pid + ",\"tid\":" + tid
                + ",\"args\":{\"name\":\"" + name + "\"}}");
        metadata.add("{\"ph\":\"M\",\"name\":\"thread_sort_index\",\"pid\":" + pid + ",\"tid\":" + tid
                + ",\"args\":{\"sort_index\":" + sort + "}}");
    }

    private void slice(String name, String cat, int pid, int tid, double ts, double dur, String args) {
        add(ts, String.format(Locale.ROOT,
                "{\"ph\":\"X\",\"name\":\"%s\",\"cat\":\"%s\",\"pid\":%d,\"tid\":%d,\"ts\":%.3f,\"dur\":%.3f,\"args\":{%s}}",
                name, cat, pid, tid, ts, dur, args));
    }

    private void instant(String name, String cat, int pid, int tid, double ts, String args) {
        add(ts, String.format(Locale.ROOT,
                "{\"ph\":\"i\",\"s\":\"t\",\"name\":\"%s\",\"cat\":\"%s\",\"pid\":%d,\"tid\":%d,\"ts\":%.3f,\"args\":{%s}}",
                name, cat, pid, tid, ts, args));
    }

    private void flow(String ph, String id, int pid, int tid, double ts) {
        add(ts, String.format(Locale.ROOT,
                "{\"ph\":\"%s\",\"id\":\"%s\",\"cat\":\"submission\",\"name\":\"submission\",\"pid\":%d,\"tid\":%d,\"ts\":%.3f}",
                ph, id, pid, tid, ts));
    }

    private void counter(String name, double ts, long value) {
        add(ts, String.format(Locale.ROOT, "{\"ph\":\"C\",\"name\":\"%s\",\"pid\":%d,\"ts\":%.3f,\"args\":{\"value\":%d}}",
                name, HOST, ts, value));
    }

    private void add(double ts, String json) {
        lines.add(new Line(ts, seq++, json));
    }

    private String text() {
        lines.sort(Comparator.comparingDouble(Line::ts).thenComparingLong(Line::seq));
        StringBuilder sb = new StringBuilder();
        sb.append("{\"displayTimeUnit\":\"ns\",\n\"otherData\":{\"clock\":\"CLOCK_MONOTONIC (umws_plat_now_ns)\",")
                .append("\"dropped\":{\"firmware engine 1\":0},\"events\":").append(lines.size())
                .append(",\"generator\":\"umws TraceFixture\",\"submissions\":").append(flows).append("},\n\"traceEvents\":[\n");
        List<String> all = new ArrayList<>(metadata);
        lines.forEach(l -> all.add(l.json));
        sb.append(String.join(",\n", all)).append("\n]}\n");
        return sb.toString();
    }
}
