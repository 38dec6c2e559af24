package dev.umws.cli;

import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.ReferenceKmd;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.umd.CUmd;
import dev.umws.umd.UmdQueue;
import dev.umws.verifier.Verifier;
import dev.umws.verifier.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dev.umws.bench.report.TimelinePage;
import dev.umws.trace.Trace;
import dev.umws.trace.Track;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;

/**
 * {@code umws demo}: the default multi-queue scenario. Two processes drive more queues than the
 * GPU has physical doorbells (so the KMD victimizes), one queue through the C UMD; a third process
 * submits a packet aimed outside its GPU VA space (a fault). Prints what happened.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run a multi-queue scenario with victimization and a fault, and print what happened.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--queues", description = "Queues per process (default ${DEFAULT-VALUE}).", defaultValue = "6")
    int queuesPerProcess;

    @Option(names = "--doorbells", description = "Physical doorbells (default ${DEFAULT-VALUE}).", defaultValue = "4")
    int doorbells;

    @Option(names = "--submissions", description = "Submissions per queue (default ${DEFAULT-VALUE}).", defaultValue = "200")
    int submissions;

    @Option(names = "--detect", description = "Firmware detection: SPIN, BACKOFF, NOTIFY (default ${DEFAULT-VALUE}).",
            defaultValue = "BACKOFF")
    GpuConfig.DetectMode detect;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "Record the run and write its trace (trace-event JSON, docs/tracing.md) to FILE.")
    Path trace;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws IOException {
        if (trace == null) {
            return run();
        }
        Trace t = Trace.start();
        try {
            return run();
        } finally {
            t.close();
            t.writeJson(trace);
            long events = 0;
            long dropped = 0;
            for (Track k : t.tracks()) {
                events += k.count();
                dropped += k.dropped();
            }
            out.printf("  trace: %s (%d events on %d tracks, %d dropped)%n", trace, events, t.tracks().size(), dropped);
            t.discard();
            Path page = timelinePage(trace);
            TimelinePage.write(trace, page);
            out.printf("  timeline: %s (opens offline in a browser; the first %,d events)%n", page,
                    TimelinePage.DEFAULT_CAP);
        }
    }

    /** t.json -> t.html beside it (the name with its extension replaced, or .html appended). */
    static Path timelinePage(Path trace) {
        String name = trace.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return trace.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".html");
    }

    private int run() {
        Verifier verifier = new Verifier();
        GpuConfig config = GpuConfig.defaults().withDoorbells(doorbells, GpuConfig.Placement.DEDICATED_PAGE)
                .withDetectMode(detect);
        long seconds = 1_000_000_000L;
        try (Dxgkrnl os = Dxgkrnl.start(config, new ReferenceKmd(), verifier)) {
            List<Process> processes = List.of(os.createProcess(), os.createProcess());
            List<UmdQueue> queues = new ArrayList<>();
            for (Process p : processes) {
                int[] dev = new int[1];
                p.createDevice(dev);
                for (int i = 0; i < queuesPerProcess; i++) {
                    queues.add(new UmdQueue(p, dev[0], 0, 4096));
                }
            }
            UmdQueue cQueue = queues.get(0);
            long start = System.nanoTime();
            try (CUmd cumd = new CUmd(processes.get(0), cQueue)) {
                for (int round = 0; round < submissions; round++) {
                    for (UmdQueue q : queues) {
                        if (q == cQueue) {
                            if (cumd.submit(1, 1) != STATUS_SUCCESS) {
                                throw new IllegalStateException("the C UMD lost its device");
                            }
                        } else {
                            q.submit(null);
                        }
                    }
                }
            }
            long completed = 0;
            long reconnects = 0;
            long notifies = 0;
            for (UmdQueue q : queues) {
                q.await(q.lastSubmitted(), 10 * seconds);
                completed += q.completedAcquire();
                reconnects += q.reconnects();
                notifies += q.notifies();
            }
            double ms = (System.nanoTime() - start) / 1e6;

            Process faulty = os.createProcess();
            int[] dev = new int[1];
            faulty.createDevice(dev);
            try (UmdQueue bad = new UmdQueue(faulty, dev[0], 0, 4096)) {
                bad.submit(w -> w.writeFill(0x7777_0000_0000L, 64, 0)); // outside its VA space
                long until = System.nanoTime() + 5 * seconds;
                while (os.faults().isEmpty() && System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }

            out.printf("umws demo: %d processes, %d queues (1 through the C UMD), %d physical doorbells, detection %s%n",
                    processes.size(), queues.size(), doorbells, detect);
            out.printf("  submissions: %d (%d per queue), fences completed: %d, in %.1f ms%n",
                    (long) submissions * queues.size(), submissions, completed, ms);
            out.printf("  reconnects after victimization (DISCONNECTED_RETRY): %d; KMD notifications: %d%n",
                    reconnects, notifies);
            out.printf("  interrupts notified: %d; faults: %s%n", os.interruptsNotified(), os.faults());
            List<Violation> v = verifier.violations();
            out.printf("  rule violations: %d%n", v.size());
            v.forEach(x -> out.println("    " + x));
            boolean ok = completed == (long) submissions * queues.size() && v.isEmpty() && !os.faults().isEmpty();
            out.println(ok ? "  result: every queued fence completed; the fault stayed in its queue"
                    : "  result: UNEXPECTED (see above)");
            for (UmdQueue q : queues) {
                q.close();
            }
            return ok ? 0 : 1;
        }
    }
}
