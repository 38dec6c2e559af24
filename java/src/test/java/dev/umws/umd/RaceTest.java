package dev.umws.umd;

import dev.umws.KmdKind;
import dev.umws.gpu.GpuConfig;
import dev.umws.os.DisconnectOrder;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.verifier.Verifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The race of a UMD that reads the status before ringing: a victimization between its status
 * read and its ring sends the ring to the dummy page and the work is lost. The correct protocol
 * (ring, then read the status) in the same sequence loses nothing. With each reference KMD.
 */
class RaceTest {
    private static final long SECOND = 1_000_000_000L;
    /** One physical doorbell: every connect of the other queue victimizes. */
    private static final GpuConfig ONE_DOORBELL = GpuConfig.defaults()
            .withDoorbells(1, GpuConfig.Placement.DEDICATED_PAGE).withDetectMode(GpuConfig.DetectMode.SPIN);

    @ParameterizedTest
    @EnumSource(KmdKind.class)
    void aUmdThatReadsTheStatusBeforeRingingLosesWork(KmdKind kind) {
        for (DisconnectOrder order : DisconnectOrder.values()) { // the model's racy-umd and racy-umd-status-first
            try (Dxgkrnl os = Dxgkrnl.start(ONE_DOORBELL, kind.create(), new Verifier()); Process p = os.createProcess()) {
                os.setDisconnectOrder(order);
                int dev = SubmissionTest.device(p);
                UmdQueue a = new UmdQueue(p, dev, 0, 4096);
                UmdQueue b = new UmdQueue(p, dev, 0, 4096);
                RacyUmdQueue racy = new RacyUmdQueue(a);
                racy.checkStatusFirst();                 // connected: A owns the doorbell
                long bValue = b.submit(null);            // B connects: A is victimized (status RETRY, VA to dummy)
                long aValue = racy.writeAndRing(null);   // A trusts its old status and rings the dummy page
                assertTrue(b.await(bValue, 5 * SECOND));
                assertFalse(a.await(aValue, SECOND / 5), order + ": the racy UMD's work must be lost");
                assertEquals(0, a.completedAcquire());
                a.close();
                b.close();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(KmdKind.class)
    void theCorrectProtocolLosesNothingInTheSameSequence(KmdKind kind) {
        try (Dxgkrnl os = Dxgkrnl.start(ONE_DOORBELL, kind.create(), new Verifier()); Process p = os.createProcess()) {
            int dev = SubmissionTest.device(p);
            UmdQueue a = new UmdQueue(p, dev, 0, 4096);
            UmdQueue b = new UmdQueue(p, dev, 0, 4096);
            a.connect();                             // A owns the doorbell
            long bValue = b.submit(null);            // B victimizes A
            long aValue = a.submit(null);            // rings the dummy page, reads RETRY, reconnects, rings again
            assertTrue(b.await(bValue, 5 * SECOND));
            assertTrue(a.await(aValue, 5 * SECOND), "work reached the GPU after the reconnect");
            assertTrue(a.reconnects() >= 1);
            a.close();
            b.close();
        }
    }
}
