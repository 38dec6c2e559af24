package dev.umws.os;

import dev.umws.Await;
import dev.umws.BrokenNativeKmd;
import dev.umws.Pins;
import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.NativeKmd;
import dev.umws.kmd.ReferenceKmd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.foreign.MemorySegment;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dev.umws.abi.ntstatus_h.STATUS_NO_MEMORY;
import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The naive KMD design, one lock of its own held across DxgkCbDisconnectDoorbell, deadlocks under
 * Windows' locks when two contexts connect at once: the testbed reproduces it, the watchdog reports
 * it within its bound with the threads, their locks and their DDIs, and breaks it, so the test ends;
 * for the Java naive KMD and for its C twin (the reference KMD's broken twin).
 */
class DeadlockTest {
    /** The reference KMD with one lock around every connect, victimization included. */
    private static final class NaiveKmd extends ReferenceKmd {
        final Object naive = new Object();
        final CountDownLatch inConnect = new CountDownLatch(1);
        volatile Thread otherConnect;
        volatile boolean armed;

        @Override
        public int DxgkDdiConnectDoorbell(MemorySegment args) {
            synchronized (naive) {
                if (armed) {
                    armed = false;
                    inConnect.countDown();
                    // make sure the other context's connect holds its context lock and waits here
                    long deadline = System.nanoTime() + 5_000_000_000L;
                    while ((otherConnect == null || otherConnect.getState() != Thread.State.BLOCKED)
                            && System.nanoTime() < deadline) {
                        Thread.onSpinWait();
                    }
                }
                return super.DxgkDdiConnectDoorbell(args); // victimizes the other context's doorbell
            }
        }
    }

    @Test
    @Pins("LK-2")
    @Timeout(30)
    void theNaiveKmdDeadlocksAndTheWatchdogReportsAndBreaksIt() throws Exception {
        NaiveKmd kmd = new NaiveKmd();
        GpuConfig one = Fixture.CONFIG.withDoorbells(1, GpuConfig.Placement.DEDICATED_PAGE);
        try (Fixture f = new Fixture(one, kmd)) {
            f.os.setStuckBound(Duration.ofMillis(200));
            int[] h = new int[1];
            assertEquals(STATUS_SUCCESS, f.a.createContext(f.device, 0, h));
            int context2 = h[0];
            Fixture.Bell owner = f.bell(context2);      // context 2 owns the only physical doorbell
            assertEquals(STATUS_SUCCESS, f.connect(owner));
            Fixture.Bell second = f.bell(context2);     // context 2 connects another doorbell...
            Fixture.Bell taker = f.bell();              // ...while context 1 takes context 2's doorbell
            kmd.armed = true;
            CompletableFuture<Integer> one1 = f.async(() -> f.connect(taker));
            assertTrue(kmd.inConnect.await(5, TimeUnit.SECONDS));
            CompletableFuture<Integer> two = f.async(() -> {
                kmd.otherConnect = Thread.currentThread();
                return f.connect(second);
            });
            // context 1 holds the KMD's lock and waits for context 2's lock in the callback;
            // context 2 holds its lock and waits for the KMD's: the watchdog breaks the callback's wait
            int first = one1.get(10, TimeUnit.SECONDS);
            assertEquals(STATUS_SUCCESS, two.get(10, TimeUnit.SECONDS), "context 2 went on once context 1 gave up");
            assertEquals(STATUS_NO_MEMORY, first, "context 1's connect failed: its victimization was broken");
            List<String> deadlocks = f.verifier.of(Rule.R15_NOTHING_STUCK).stream()
                    .filter(v -> v.call().equals("deadlock")).map(v -> v.detail()).toList();
            assertEquals(1, deadlocks.size(), f.verifier.violations().toString());
            String report = deadlocks.get(0);
            for (String part : List.of("DxgkCbDisconnectDoorbell", "DxgkDdiConnectDoorbell", "D3DKMTConnectDoorbell",
                    "waits for context", "waits for the Java monitor", "holds the Java monitor", "NaiveKmd",
                    "STATUS_POSSIBLE_DEADLOCK")) {
                assertTrue(report.contains(part), "the report names " + part + ": " + report);
            }
            assertTrue(f.verifier.of(Rule.R15_NOTHING_STUCK).stream().anyMatch(v -> v.detail().contains("stuck for more than 200 ms")),
                    "and each stuck thread is reported");
        }
    }

    /**
     * The same design in C: the reference KMD's broken twin holds a lock of its own across
     * DxgkCbDisconnectDoorbell. The JVM cannot see that lock (the other context's connect waits for
     * it inside native code), so the watchdog infers the cycle: a callback waiting past the bound
     * for a context lock whose holder is stuck inside the native driver's DDI. It reports and breaks
     * it as for the Java driver.
     */
    @Test
    @Pins("LK-2")
    @Timeout(30)
    void theNaiveNativeKmdDeadlocksAndTheWatchdogReportsAndBreaksIt() throws Exception {
        GpuConfig one = Fixture.CONFIG.withDoorbells(1, GpuConfig.Placement.DEDICATED_PAGE);
        try (NativeKmd kmd = BrokenNativeKmd.load(BrokenNativeKmd.LOCK_ACROSS_CALLBACK); Fixture f = new Fixture(one, kmd)) {
            f.os.setStuckBound(Duration.ofMillis(200));
            int[] h = new int[1];
            assertEquals(STATUS_SUCCESS, f.a.createContext(f.device, 0, h));
            int context2 = h[0];
            Fixture.Bell owner = f.bell(context2);      // context 2 owns the only physical doorbell
            assertEquals(STATUS_SUCCESS, f.connect(owner));
            Fixture.Bell second = f.bell(context2);     // context 2 connects another doorbell...
            Fixture.Bell taker = f.bell();              // ...while context 1 takes context 2's doorbell
            Thread[] takerThread = new Thread[1];
            CompletableFuture<Integer> one1 = f.async(() -> {
                takerThread[0] = Thread.currentThread();
                return f.connect(taker); // takes the driver's lock, waits there for a contender
            });
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            Await.until("context 1's connect is inside the driver", () -> takerThread[0] != null
                    && java.util.Arrays.stream(mx.getThreadInfo(takerThread[0].threadId(), 32).getStackTrace())
                            .anyMatch(e -> e.getClassName().equals(NativeKmd.class.getName())));
            Thread.sleep(20);
            CompletableFuture<Integer> two = f.async(() -> f.connect(second));
            // context 1 holds the driver's lock and waits for context 2's lock in the callback;
            // context 2 holds its lock and waits for the driver's: the watchdog breaks the callback's wait
            int first = one1.get(10, TimeUnit.SECONDS);
            assertEquals(STATUS_SUCCESS, two.get(10, TimeUnit.SECONDS), "context 2 went on once context 1 gave up");
            assertEquals(STATUS_NO_MEMORY, first, "context 1's connect failed: its victimization was broken");
            List<String> deadlocks = f.verifier.of(Rule.R15_NOTHING_STUCK).stream()
                    .filter(v -> v.call().equals("deadlock")).map(v -> v.detail()).toList();
            assertEquals(1, deadlocks.size(), f.verifier.violations().toString());
            String report = deadlocks.get(0);
            for (String part : List.of("DxgkCbDisconnectDoorbell", "DxgkDdiConnectDoorbell", "D3DKMTConnectDoorbell",
                    "waits for context", "inside the native driver's code", "a lock of the driver's own",
                    "STATUS_POSSIBLE_DEADLOCK")) {
                assertTrue(report.contains(part), "the report names " + part + ": " + report);
            }
            assertTrue(f.verifier.of(Rule.R15_NOTHING_STUCK).stream().anyMatch(v -> v.detail().contains("stuck for more than 200 ms")),
                    "and each stuck thread is reported");
        }
    }
}
