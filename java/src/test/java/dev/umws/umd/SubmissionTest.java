package dev.umws.umd;

import dev.umws.KmdKind;
import dev.umws.gpu.GpuConfig;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.verifier.Verifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A submission from the UMD's ring to the fence waiter, through the OS, the KMD and the GPU, with each reference KMD. */
class SubmissionTest {
    private static final long SECONDS = 1_000_000_000L;

    static int device(Process p) {
        int[] h = new int[1];
        assertEquals(0, p.createDevice(h));
        return h[0];
    }

    /**
     * {@code queues} queues on engine 0 of {@code p}, {@code rounds} submissions each round-robin;
     * waits for every fence, closes the queues and returns their reconnects.
     */
    private static long roundRobin(Process p, int queues, int rounds) {
        int device = device(p);
        List<UmdQueue> qs = new ArrayList<>();
        for (int i = 0; i < queues; i++) {
            qs.add(new UmdQueue(p, device, 0, 4096));
        }
        for (int round = 0; round < rounds; round++) {
            for (UmdQueue q : qs) {
                q.submit(null);
            }
        }
        long reconnects = 0;
        for (UmdQueue q : qs) {
            assertTrue(q.await(q.lastSubmitted(), 10 * SECONDS), "queue stopped at " + q.completedAcquire());
            reconnects += q.reconnects();
            q.close();
        }
        return reconnects;
    }

    @ParameterizedTest
    @MethodSource("dev.umws.KmdKind#withDetectModes")
    void aSubmissionTravelsFromTheUmdRingToTheFenceWaiter(KmdKind kind, GpuConfig.DetectMode mode) {
        Verifier verifier = new Verifier();
        try (Dxgkrnl os = Dxgkrnl.start(GpuConfig.defaults().withDetectMode(mode), kind.create(), verifier);
                Process p = os.createProcess(); UmdQueue q = new UmdQueue(p, device(p), 0, 4096)) {
            long last = 0;
            for (int i = 0; i < 200; i++) {
                last = q.submit(w -> w.writeDelay(100));
            }
            assertTrue(q.await(last, 10 * SECONDS), "fence " + last + " reached " + q.completedAcquire());
            // G1/G2: created disconnected, the first ring reconnects once; G3 connects at creation
            assertEquals(dev.umws.abi.Generation.SELECTED == dev.umws.abi.Generation.G3 ? 0 : 1, q.reconnects());
            if (mode == GpuConfig.DetectMode.NOTIFY) {
                assertEquals(200, q.notifies(), "CONNECTED_NOTIFY_KMD: every ring notifies");
            }
            assertEquals(List.of(), verifier.violations());
        }
    }

    @ParameterizedTest
    @EnumSource(KmdKind.class)
    void moreQueuesThanPhysicalDoorbellsAllCompleteThroughVictimization(KmdKind kind) {
        Verifier verifier = new Verifier();
        GpuConfig config = GpuConfig.defaults().withDoorbells(4, GpuConfig.Placement.DEDICATED_PAGE)
                .withDetectMode(GpuConfig.DetectMode.SPIN);
        try (Dxgkrnl os = Dxgkrnl.start(config, kind.create(), verifier); Process p = os.createProcess()) {
            long start = System.nanoTime();
            long reconnects = roundRobin(p, 12, 50);
            System.out.printf("SubmissionTest %s KMD: 12 queues on 4 doorbells, 600 fences, %d reconnects in %.2f s%n",
                    kind, reconnects, (System.nanoTime() - start) / 1e9);
            assertTrue(reconnects > 12, "victimization forced reconnects: " + reconnects);
            assertEquals(List.of(), verifier.violations());
        }
    }

    @ParameterizedTest
    @EnumSource(KmdKind.class)
    void onTheGlobalDoorbellQueuesShareItAndAreVictimizedOnlyPastTheBoundQueueLimit(KmdKind kind) {
        for (int limit : new int[] {64, 4}) {
            Verifier verifier = new Verifier();
            GpuConfig config = GpuConfig.defaults().withDoorbells(1, GpuConfig.Placement.GLOBAL)
                    .withDetectMode(GpuConfig.DetectMode.SPIN).withMaxQueuesPerEngine(limit);
            try (Dxgkrnl os = Dxgkrnl.start(config, kind.create(), verifier); Process p = os.createProcess()) {
                long reconnects = roundRobin(p, 8, 20);
                // G1/G2 queues start disconnected: one connect each; G3 connects at creation
                long firstConnects = dev.umws.abi.Generation.SELECTED == dev.umws.abi.Generation.G3 ? 0 : 8;
                if (limit >= 8) {
                    assertEquals(firstConnects, reconnects, "8 queues fit on the global doorbell: none victimized");
                } else {
                    assertTrue(reconnects > firstConnects + 8, "past " + limit + " bound queues: victimized, "
                            + reconnects);
                }
                assertEquals(List.of(), verifier.violations());
            }
        }
    }
}
