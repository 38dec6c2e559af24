package dev.umws.umd;

import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.ReferenceKmd;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.verifier.Verifier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Threads submitting on more queues than there are physical doorbells, in two processes: every
 * queued fence completes and no rule breaks. A smoke run is in the default test command; the
 * stress run ({@code mvn verify -Pstress}) is longer.
 */
class ConcurrentSubmissionTest {
    private static final long SECOND = 1_000_000_000L;

    static void run(int threads, int queuesPerThread, int doorbells, int submissions) throws Exception {
        Verifier v = new Verifier();
        GpuConfig config = GpuConfig.defaults().withDoorbells(doorbells, GpuConfig.Placement.DEDICATED_PAGE)
                .withEngines(2).withDetectMode(GpuConfig.DetectMode.BACKOFF);
        try (Dxgkrnl os = Dxgkrnl.start(config, new ReferenceKmd(), v)) {
            List<Process> processes = List.of(os.createProcess(), os.createProcess());
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                List<Future<Long>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    Process p = processes.get(t % 2);
                    int engine = t % 2;
                    done.add(pool.submit(() -> {
                        int dev = SubmissionTest.device(p);
                        List<UmdQueue> mine = new ArrayList<>();
                        for (int i = 0; i < queuesPerThread; i++) {
                            mine.add(new UmdQueue(p, dev, engine, 4096));
                        }
                        long completed = 0;
                        for (int s = 0; s < submissions; s++) {
                            for (UmdQueue q : mine) {
                                q.submit(null);
                            }
                        }
                        for (UmdQueue q : mine) {
                            assertTrue(q.await(q.lastSubmitted(), 30 * SECOND), "stuck at " + q.completedAcquire());
                            completed += q.completedAcquire();
                            q.close();
                        }
                        return completed;
                    }));
                }
                long total = 0;
                for (Future<Long> f : done) {
                    total += f.get();
                }
                assertEquals((long) threads * queuesPerThread * submissions, total);
            }
        }
        assertEquals(List.of(), v.violations());
    }

    @Test
    void smokeFourThreadsTwelveQueuesFourDoorbells() throws Exception {
        run(4, 3, 4, 100);
    }

    @Test
    @Tag("stress")
    void stressEightThreadsSixtyFourQueuesEightDoorbells() throws Exception {
        run(8, 8, 8, 2000);
    }
}
