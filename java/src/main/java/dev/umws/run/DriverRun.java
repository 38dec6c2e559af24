package dev.umws.run;

import dev.umws.gpu.EngineStats;
import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.Kmd;
import dev.umws.kmd.NativeKmd;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.umd.NativeUmd;
import dev.umws.verifier.Verifier;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs native drivers on the testbed: a KMD (a native library, or any {@link Kmd}) hosted by the
 * emulated OS on a GPU of the given configuration, and one or more native UMD runs, each in an
 * emulated process of its own and on a platform thread bound to it, started together. It waits
 * for them and returns a {@link RunReport}: each run's result, the OS's and GPU's counters, and
 * the verifier's violations.
 *
 * <pre>{@code
 * RunReport r = DriverRun.of(Path.of("build/libmy_kmd.so"))
 *         .gpu(GpuConfig.defaults().withDoorbells(4, GpuConfig.Placement.DEDICATED_PAGE))
 *         .umd(UmdRun.of(Path.of("build/libmy_umd.so")).withEntry("my_umd_run"))
 *         .umd(UmdRun.example().withWork(6, 200, 4))
 *         .run();
 * assertTrue(r.clean(), () -> r.problems().toString());
 * }</pre>
 *
 * A DriverRun is a value: each wither returns a new one, and {@link #run} may be called again. A
 * KMD library named by path is loaded for each run and closed after it; a {@link Kmd} object is
 * the caller's to close. A run that does not return within the {@link #timeout} is reported as
 * failed and everything it might still touch (its process, the OS, the drivers) is left open:
 * native code may still be running in it.
 */
public final class DriverRun {
    private final Path kmdLibrary;
    private final Kmd kmd;
    private final GpuConfig gpu;
    private final List<UmdRun> umds;
    private final Duration timeout;

    private DriverRun(Path kmdLibrary, Kmd kmd, GpuConfig gpu, List<UmdRun> umds, Duration timeout) {
        this.kmdLibrary = kmdLibrary;
        this.kmd = kmd;
        this.gpu = gpu;
        this.umds = List.copyOf(umds);
        this.timeout = timeout;
    }

    /** The KMD in the native library at {@code library} ({@link NativeKmd#load}), on the default GPU. */
    public static DriverRun of(Path library) {
        return new DriverRun(Objects.requireNonNull(library), null, GpuConfig.defaults(), List.of(), Duration.ofMinutes(5));
    }

    /** {@code kmd}, the caller's: started and stopped by each run, closed by the caller. */
    public static DriverRun of(Kmd kmd) {
        return new DriverRun(null, Objects.requireNonNull(kmd), GpuConfig.defaults(), List.of(), Duration.ofMinutes(5));
    }

    /** The reference KMD in C, built with the shim. */
    public static DriverRun reference() {
        return of(NativeDrivers.kmdLibrary(NativeDrivers.REFERENCE_KMD));
    }

    public DriverRun gpu(GpuConfig config) {
        return new DriverRun(kmdLibrary, kmd, Objects.requireNonNull(config), umds, timeout);
    }

    /** Adds a UMD run (in a process of its own). */
    public DriverRun umd(UmdRun run) {
        List<UmdRun> more = new ArrayList<>(umds);
        more.add(Objects.requireNonNull(run));
        return new DriverRun(kmdLibrary, kmd, gpu, more, timeout);
    }

    /** How long the runs may take, from their common start, before they count as failed (default 5 minutes). */
    public DriverRun timeout(Duration limit) {
        return new DriverRun(kmdLibrary, kmd, gpu, umds, Objects.requireNonNull(limit));
    }

    public GpuConfig gpu() {
        return gpu;
    }

    public List<UmdRun> umds() {
        return umds;
    }

    /** The KMD, for messages: its library's file, or its class. */
    public String kmdLabel() {
        if (kmdLibrary != null) {
            return kmdLibrary.toString();
        }
        return kmd instanceof NativeKmd n ? n.library().toString() : kmd.getClass().getName();
    }

    /**
     * Loads the UMD libraries (each once) and checks their entry points, loads the KMD, starts the
     * OS, runs the UMDs together and reports.
     *
     * @throws IllegalArgumentException when there is no UMD run, a run's engine is not on the GPU, a
     *         library does not export its entry point, or the KMD library cannot be loaded or exports
     *         no DriverEntry
     * @throws IllegalStateException when a UMD library cannot be loaded, or the KMD's DriverEntry or
     *         DxgkDdiStartDevice fails
     */
    public RunReport run() {
        if (umds.isEmpty()) {
            throw new IllegalArgumentException("no UMD to run");
        }
        for (UmdRun u : umds) {
            if (u.engine() >= gpu.engineCount()) {
                throw new IllegalArgumentException(u.label() + " runs on engine " + u.engine() + ", but the GPU has "
                        + gpu.engineCount() + (gpu.engineCount() == 1 ? " engine" : " engines"));
            }
        }
        Map<Path, NativeUmd> libraries = new LinkedHashMap<>();
        boolean abandoned = false;
        try {
            for (UmdRun u : umds) {
                libraries.computeIfAbsent(u.library().toAbsolutePath().normalize(), NativeUmd::load).entryPoint(u.entry());
            }
            NativeKmd owned = kmdLibrary == null ? null : NativeKmd.load(kmdLibrary);
            try {
                Outcome o = runOn(owned != null ? owned : kmd, libraries);
                abandoned = o.abandoned;
                return o.report;
            } finally {
                if (owned != null && !abandoned) {
                    owned.close();
                }
            }
        } finally {
            if (!abandoned) {
                libraries.values().forEach(NativeUmd::close);
            }
        }
    }

    private record Outcome(RunReport report, boolean abandoned) {
    }

    private record Timed(NativeUmd.EntryResult result, long nanos, long endNanos) {
    }

    private Outcome runOn(Kmd k, Map<Path, NativeUmd> libraries) {
        Verifier verifier = new Verifier();
        Dxgkrnl os = Dxgkrnl.start(gpu, k, verifier);
        List<Process> processes = new ArrayList<>();
        List<Future<Timed>> runs = new ArrayList<>();
        AtomicLong start = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(umds.size(),
                r -> Thread.ofPlatform().name("umws-run-waiter").daemon().unstarted(r));
        List<RunReport.UmdOutcome> outcomes = new ArrayList<>();
        boolean abandoned = false;
        try {
            for (int i = 0; i < umds.size(); i++) {
                processes.add(os.createProcess());
            }
            // a run takes tenths of a second: started one after another they might not overlap at all
            CyclicBarrier together = new CyclicBarrier(umds.size(), () -> start.set(System.nanoTime()));
            for (int i = 0; i < umds.size(); i++) {
                UmdRun u = umds.get(i);
                NativeUmd library = libraries.get(u.library().toAbsolutePath().normalize());
                Process p = processes.get(i);
                runs.add(pool.submit(() -> {
                    together.await();
                    long t0 = System.nanoTime();
                    NativeUmd.EntryResult r = library.runEntry(p, u.entry(), u.engine(), u.queues(), u.submissions(),
                            u.batch(), u.ringBytes());
                    long t1 = System.nanoTime();
                    return new Timed(r, t1 - t0, t1);
                }));
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            long end = 0;
            for (int i = 0; i < runs.size(); i++) {
                Optional<NativeUmd.EntryResult> result = Optional.empty();
                Optional<String> problem = Optional.empty();
                double seconds = 0;
                try {
                    Timed t = runs.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    result = Optional.of(t.result());
                    seconds = t.nanos() / 1e9;
                    end = Math.max(end, t.endNanos());
                } catch (TimeoutException e) {
                    problem = Optional.of("did not return within " + timeout.toSeconds() + " s");
                    abandoned = true;
                } catch (ExecutionException e) {
                    problem = Optional.of("threw " + e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    problem = Optional.of("interrupted while waiting for it");
                    abandoned = true;
                }
                outcomes.add(new RunReport.UmdOutcome(i + 1, umds.get(i), result, problem, seconds));
            }
            double seconds = end == 0 ? 0 : (end - start.get()) / 1e9;
            RunReport.Counters counters = counters(os);
            if (!abandoned) {
                for (Process p : processes) {
                    p.close();
                }
                os.close();
            }
            return new Outcome(new RunReport(kmdLabel(), gpu, outcomes, counters, verifier.violations(), seconds), abandoned);
        } catch (RuntimeException | Error e) {
            if (!abandoned) {
                os.close();
            }
            throw e;
        } finally {
            pool.shutdown();
        }
    }

    /** The counters once the interrupts of the last fences have been taken (a second at most). */
    private RunReport.Counters counters(Dxgkrnl os) {
        long until = System.nanoTime() + 1_000_000_000L;
        while (os.gpu().irqPending() && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        List<EngineStats> engines = new ArrayList<>();
        for (int e = 0; e < gpu.engineCount(); e++) {
            engines.add(os.gpu().engineStats(e));
        }
        long queues = umds.stream().mapToLong(UmdRun::queues).sum();
        return new RunReport.Counters(queues, os.gpu().isrCalls(), os.nativeIsr(), os.interruptsNotified(),
                os.dpcsNotified(), os.gpu().irqOverflows(), os.faults(), os.tdrs(), engines);
    }
}
