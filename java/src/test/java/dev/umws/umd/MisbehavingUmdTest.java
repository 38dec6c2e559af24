package dev.umws.umd;

import dev.umws.abi.D3DDDI_DOORBELLSTATUS;
import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.ReferenceKmd;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.os.Rule;
import dev.umws.verifier.Verifier;
import org.junit.jupiter.api.Test;

import java.lang.foreign.ValueLayout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deliberately broken UMDs: the rules the OS can observe of a UMD fire. */
class MisbehavingUmdTest {
    private static final long SECOND = 1_000_000_000L;
    private static final GpuConfig CONFIG = GpuConfig.defaults().withDetectMode(GpuConfig.DetectMode.SPIN);

    @Test
    void rule3FiresWhenTheUmdWritesItsStatusPage() {
        Verifier v = new Verifier();
        try (Dxgkrnl os = Dxgkrnl.start(CONFIG, new ReferenceKmd(), v); Process p = os.createProcess();
                UmdQueue q = new UmdQueue(p, SubmissionTest.device(p), 0, 4096)) {
            q.statusPage().set(ValueLayout.JAVA_LONG, 0, 7L); // no status has this value
            q.connect();
            assertEquals("D3DKMTConnectDoorbell", v.of(Rule.R3_STATUS_BY_OS_ONLY).get(0).call());
            assertEquals(D3DDDI_DOORBELLSTATUS.D3DDDI_DOORBELLSTATUS_CONNECTED, q.statusAcquire(), "the OS rewrote it");
        }
    }

    @Test
    void rule7FiresWhenTheUmdRingsWithoutPublishingTheLastQueuedValue() {
        org.junit.jupiter.api.Assumptions.assumeTrue(dev.umws.abi.Generation.SELECTED != dev.umws.abi.Generation.G1,
                "G1 has no last-queued value, so rule 7 cannot be seen there");
        Verifier v = new Verifier();
        try (Dxgkrnl os = Dxgkrnl.start(CONFIG, new ReferenceKmd(), v); Process p = os.createProcess();
                UmdQueue q = new UmdQueue(p, SubmissionTest.device(p), 0, 4096)) {
            long value = q.writeCommands(null, false); // skips step 3
            q.ringAndReact();
            assertTrue(q.await(value, 5 * SECOND));
            q.connect(); // the OS looks at the queue's progress
            assertFalse(v.of(Rule.R7_LAST_QUEUED_BEFORE_RING).isEmpty(), v.violations().toString());
        }
    }
}
