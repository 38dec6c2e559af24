package dev.umws.umd;

import dev.umws.KmdKind;
import dev.umws.Pins;
import dev.umws.gpu.GpuConfig;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.verifier.Verifier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything at once under Windows' locks: processes × contexts, each on its own thread, creating
 * queues and doorbells, submitting in random batches (connecting, being victimized, notifying in
 * NOTIFY mode) and destroying them again, on three physical doorbells, in each detection mode, with
 * each reference KMD (Java and C). Every
 * queued fence completes, nothing is stuck (rule 15), no rule breaks. A smoke run is in the test
 * command; {@code mvn -B verify -Pstress} runs the long one.
 */
class ChurnStressTest {
    private static final long SECOND = 1_000_000_000L;

    static void run(KmdKind kind, GpuConfig.DetectMode mode, int processes, int contexts, int rounds, int submissions)
            throws Exception {
        Verifier v = new Verifier();
        GpuConfig config = GpuConfig.defaults().withDoorbells(3, GpuConfig.Placement.DEDICATED_PAGE).withEngines(2)
                .withDetectMode(mode);
        long seed = System.nanoTime();
        long start = System.nanoTime();
        long total = 0;
        long reconnects = 0;
        try (Dxgkrnl os = Dxgkrnl.start(config, kind.create(), v)) {
            os.setStuckBound(Duration.ofSeconds(10));
            List<Process> ps = new ArrayList<>();
            for (int i = 0; i < processes; i++) {
                ps.add(os.createProcess());
            }
            try (ExecutorService pool = Executors.newFixedThreadPool(processes * contexts)) {
                List<Future<long[]>> done = new ArrayList<>();
                for (int t = 0; t < processes * contexts; t++) {
                    Process p = ps.get(t % processes);
                    int engine = t % 2;
                    SplittableRandom random = new SplittableRandom(seed + t);
                    done.add(pool.submit(() -> {
                        int dev = SubmissionTest.device(p);
                        long completed = 0;
                        long reconnected = 0;
                        for (int r = 0; r < rounds; r++) {
                            try (UmdQueue q = new UmdQueue(p, dev, engine, 4096)) { // a context, queue, doorbell
                                for (int s = 0; s < submissions; s += 1 + random.nextInt(4)) {
                                    q.submit(null);
                                }
                                assertTrue(q.await(q.lastSubmitted(), 30 * SECOND), () -> "stuck at " + q.completedAcquire()
                                        + " of " + q.lastSubmitted() + ", status " + q.statusAcquire() + ", reconnects "
                                        + q.reconnects() + ", notifies " + q.notifies() + "/" + q.notifyRaces() + ", faults "
                                        + os.faults() + ", bound " + os.gpu().doorbellsBound());
                                completed += q.completedAcquire();
                                reconnected += q.reconnects();
                            } // destroyed: its doorbell goes back
                        }
                        return new long[] {completed, reconnected};
                    }));
                }
                for (Future<long[]> f : done) {
                    total += f.get()[0];
                    reconnects += f.get()[1];
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("ChurnStressTest %s KMD, %s: %d processes x %d contexts x %d rounds, %d fences, %d reconnects in %.2f s, "
                + "%d violations (seed %d)%n", kind, mode, processes, contexts, rounds, total, reconnects, seconds,
                v.violations().size(), seed);
        assertTrue(total > 0);
        assertEquals(List.of(), v.violations());
    }

    @ParameterizedTest
    @MethodSource("dev.umws.KmdKind#withDetectModes")
    @Pins("LK-3")
    void smokeTwoProcessesThreeContextsEachOnThreeDoorbells(KmdKind kind, GpuConfig.DetectMode mode) throws Exception {
        run(kind, mode, 2, 3, 3, 60);
    }

    @ParameterizedTest
    @MethodSource("dev.umws.KmdKind#withDetectModes")
    @Tag("stress")
    void stressFourProcessesFourContextsEachOnThreeDoorbells(KmdKind kind, GpuConfig.DetectMode mode) throws Exception {
        run(kind, mode, 4, 4, 20, 400);
    }
}
