package dev.umws.umd;

import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.ReferenceKmd;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.verifier.Verifier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.umws.abi.ntstatus_h.STATUS_SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The C UMD reaches the same thunks through function pointers and follows the same protocol. */
class CUmdTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void theCUmdSubmitsThroughVictimizationAndNotifications() {
        for (GpuConfig.DetectMode mode : GpuConfig.DetectMode.values()) {
            Verifier v = new Verifier();
            GpuConfig config = GpuConfig.defaults().withDoorbells(1, GpuConfig.Placement.DEDICATED_PAGE).withDetectMode(mode);
            try (Dxgkrnl os = Dxgkrnl.start(config, new ReferenceKmd(), v); Process p = os.createProcess()) {
                int dev = SubmissionTest.device(p);
                UmdQueue c = new UmdQueue(p, dev, 0, 4096);
                UmdQueue java = new UmdQueue(p, dev, 0, 4096);
                try (CUmd cumd = new CUmd(p, c)) {
                    for (int round = 0; round < 20; round++) {
                        assertEquals(STATUS_SUCCESS, cumd.submit(100, round % 2 == 0 ? 1 : 16));
                        java.submit(null); // takes the only doorbell away from the C UMD's queue
                    }
                }
                assertEquals(2000, c.lastSubmitted());
                assertTrue(c.await(2000, 5 * SECOND), mode + ": reached " + c.completedAcquire());
                assertTrue(java.await(java.lastSubmitted(), 5 * SECOND));
                assertTrue(c.reconnects() >= 20, mode + ": reconnects " + c.reconnects());
                if (mode == GpuConfig.DetectMode.NOTIFY) {
                    assertTrue(c.notifies() > 0);
                }
                assertEquals(List.of(), v.violations());
                c.close();
                java.close();
            }
        }
    }
}
