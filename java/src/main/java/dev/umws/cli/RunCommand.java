package dev.umws.cli;

import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.NativeKmd;
import dev.umws.nativelib.NativeCalls;
import dev.umws.run.DriverRun;
import dev.umws.run.NativeDrivers;
import dev.umws.run.RunReport;
import dev.umws.run.UmdRun;
import dev.umws.verifier.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code umws run}: your drivers on the testbed. A native KMD (the C reference KMD by default)
 * hosted by the emulated OS, and native UMD runs (the C example UMD by default), each in an
 * emulated process of its own, started together; prints what happened, as {@code demo} does, and
 * exits non-zero when a rule was broken, a fence was lost or a UMD run failed.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a native KMD and native UMDs on the testbed and print what happened.",
            "--kmd and --umd take a library path, or '" + NativeDrivers.REFERENCE_KMD + "' / '" + NativeDrivers.BROKEN_KMD
                    + "' (the C reference KMD and its broken twin) and '" + NativeDrivers.EXAMPLE_UMD
                    + "' (the C example UMD), all built with the shim. A UMD entry point has the example's convention: "
                    + "NTSTATUS entry(const UMWS_UMD_EXAMPLE_ARGS*, UMWS_UMD_EXAMPLE_RESULT*)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every fence completed and no rule was broken",
            "1:a rule violation, a lost fence or a failed UMD run",
            "2:the run could not start (a library missing or unloadable, no such entry point, a bad option)"})
final class RunCommand implements Callable<Integer> {
    static final int CLEAN = 0;
    static final int FAILED = 1;
    static final int CANNOT_RUN = 2;

    @Option(names = "--kmd", paramLabel = "PATH", defaultValue = NativeDrivers.REFERENCE_KMD,
            description = "The KMD library (default ${DEFAULT-VALUE}).")
    String kmd;

    @Option(names = "--kmd-fault", paramLabel = "N",
            description = "The rule the broken twin breaks: a KMD_FAULT_* of native/kmd/reference_kmd.h (--kmd broken only).")
    Integer kmdFault;

    @Option(names = "--umd", paramLabel = "PATH[:ENTRY]", defaultValue = NativeDrivers.EXAMPLE_UMD,
            description = "A UMD library and its entry point (default entry " + UmdRun.DEFAULT_ENTRY
                    + "); repeatable (default ${DEFAULT-VALUE}).")
    List<String> umds;

    @Option(names = "--processes", description = "Processes per --umd, each running it once (default ${DEFAULT-VALUE}).",
            defaultValue = "2")
    int processes;

    @Option(names = "--queues", description = "Queues per UMD run (default ${DEFAULT-VALUE}).", defaultValue = "6")
    int queues;

    @Option(names = "--submissions", description = "Submissions (fences) per queue (default ${DEFAULT-VALUE}).",
            defaultValue = "200")
    int submissions;

    @Option(names = "--batch", description = "Submissions per doorbell ring (default ${DEFAULT-VALUE}).", defaultValue = "4")
    int batch;

    @Option(names = "--ring-bytes", description = "Ring size, bytes, a power of two (default ${DEFAULT-VALUE}).",
            defaultValue = "4096")
    long ringBytes;

    @Option(names = "--doorbells", description = "Physical doorbells (default ${DEFAULT-VALUE}).", defaultValue = "4")
    int doorbells;

    @Option(names = "--engines", description = "Engines; run i uses engine i mod N (default ${DEFAULT-VALUE}).",
            defaultValue = "1")
    int engines;

    @Option(names = "--detect", description = "Firmware detection: spin, backoff, notify (default ${DEFAULT-VALUE}).",
            defaultValue = "BACKOFF")
    GpuConfig.DetectMode detect;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "How long the runs may take (default ${DEFAULT-VALUE}).",
            defaultValue = "300")
    long timeoutSeconds;

    @Option(names = "--log-calls", description = "Print an enter and a leave line on stderr around every call into "
            + "native driver code (what -D" + NativeCalls.PROPERTY + "=log does): after a crash, the last enter names it.")
    boolean logCalls;

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    @Override
    public Integer call() {
        if (logCalls) {
            System.setProperty(NativeCalls.PROPERTY, "log");
            if (!NativeCalls.LOG) {
                err.println("umws run: --log-calls comes too late: this JVM loaded a native driver before; start it with -D"
                        + NativeCalls.PROPERTY + "=log");
            }
        }
        NativeKmd ownKmd = null;
        boolean selected = false;
        try {
            List<UmdRun> runs = umdRuns();
            DriverRun run;
            if (kmdFault == null) {
                run = DriverRun.of(NativeDrivers.kmdLibrary(kmd));
            } else {
                ownKmd = NativeKmd.load(NativeDrivers.kmdLibrary(kmd));
                NativeDrivers.selectFault(ownKmd, kmdFault);
                selected = true;
                run = DriverRun.of(ownKmd);
            }
            run = run.gpu(GpuConfig.defaults().withDoorbells(doorbells, GpuConfig.Placement.DEDICATED_PAGE)
                    .withEngines(engines).withDetectMode(detect)).timeout(Duration.ofSeconds(timeoutSeconds));
            for (UmdRun u : runs) {
                run = run.umd(u);
            }
            RunReport report = run.run();
            print(report);
            return report.clean() ? CLEAN : FAILED;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("umws run: " + e.getMessage());
            return CANNOT_RUN;
        } finally {
            if (ownKmd != null) {
                if (selected) {
                    NativeDrivers.selectFault(ownKmd, 0); // the choice is the library's: leave it as loaded
                }
                try {
                    ownKmd.close();
                } catch (IllegalStateException stillRunning) {
                    // a UMD run that did not return left its adapter running: the driver stays until the JVM ends
                }
            }
        }
    }

    /** Each --umd, once per process; run i on engine i mod --engines. */
    private List<UmdRun> umdRuns() {
        if (processes < 1) {
            throw new IllegalArgumentException("--processes must be at least 1: " + processes);
        }
        List<UmdRun> runs = new ArrayList<>();
        for (String spec : umds) {
            UmdSpec s = UmdSpec.parse(spec);
            UmdRun u = new UmdRun(NativeDrivers.umdLibrary(s.library()), s.entry(), 0, queues, submissions, batch, ringBytes);
            for (int p = 0; p < processes; p++) {
                runs.add(u.onEngine(runs.size() % engines));
            }
        }
        return runs;
    }

    /**
     * {@code PATH[:ENTRY]}: the entry is what follows the last colon when that is a C identifier
     * (so that a Windows drive letter stays part of the path).
     */
    record UmdSpec(String library, String entry) {
        static UmdSpec parse(String spec) {
            int colon = spec.lastIndexOf(':');
            if (colon > 0 && spec.substring(colon + 1).matches("[A-Za-z_][A-Za-z0-9_]*")) {
                return new UmdSpec(spec.substring(0, colon), spec.substring(colon + 1));
            }
            return new UmdSpec(spec, UmdRun.DEFAULT_ENTRY);
        }
    }

    private void print(RunReport r) {
        GpuConfig g = r.gpu();
        out.printf("umws run: KMD %s%s; %d UMD runs, %d queues, %d physical doorbells, %d %s, detection %s%n",
                kmd.equals(r.kmd()) ? kmd : kmd + " (" + r.kmd() + ")", kmdFault == null ? "" : ", fault " + kmdFault,
                r.umds().size(), r.counters().queues(), g.doorbellCount(), g.engineCount(),
                g.engineCount() == 1 ? "engine" : "engines", g.detectMode());
        for (RunReport.UmdOutcome u : r.umds()) {
            UmdRun run = u.run();
            out.printf("  UMD %d %s, process %d, engine %d: %d queues x %d submissions (batch %d, %d-byte rings)%n",
                    u.index(), run.label(), u.index(), run.engine(), run.queues(), run.submissions(), run.batch(),
                    run.ringBytes());
            if (u.result().isPresent()) {
                var x = u.result().get().reported();
                out.printf("    fences completed: %d of %d; doorbell rings: %d; reconnects: %d; KMD notifications: %d; "
                        + "notify races: %d; aborts: %d; in %.1f ms%n", x.fencesCompleted(), run.expectedFences(),
                        x.rings(), x.reconnects(), x.notifies(), x.notifyRaces(), x.aborts(), u.seconds() * 1e3);
            }
            out.println("    " + (u.succeeded() ? "succeeded" : "FAILED: " + u.failure()));
        }
        out.printf("  submissions: %d, fences completed: %d, in %.1f ms%n", r.fencesExpected(), r.fencesCompleted(),
                r.seconds() * 1e3);
        out.printf("  reconnects after victimization (DISCONNECTED_RETRY): %d; KMD notifications: %d%n",
                r.reconnects(), r.notifies());
        RunReport.Counters c = r.counters();
        out.printf("  ISR calls: %d (%s); interrupts notified: %d; DPCs notified: %d; faults: %s%n", c.isrCalls(),
                c.nativeIsr() ? "the KMD's own ISR" : "through the OS", c.interruptsNotified(), c.dpcsNotified(), c.faults());
        if (!c.tdrs().isEmpty()) {
            out.println("  TDRs: " + c.tdrs());
        }
        List<Violation> v = r.violations();
        out.printf("  rule violations: %d%n", v.size());
        v.forEach(x -> out.println("    " + x));
        out.println(r.clean() ? "  result: every fence completed, no rule broken"
                : "  result: FAILED: " + String.join("; ", r.problems()));
    }
}
