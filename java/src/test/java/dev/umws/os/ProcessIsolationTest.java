package dev.umws.os;

import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.ReferenceKmd;
import dev.umws.umd.UmdQueue;
import dev.umws.verifier.Verifier;
import org.junit.jupiter.api.Test;

import java.lang.foreign.ValueLayout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two processes: neither's handles nor GPU memory reach the other. */
class ProcessIsolationTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aGpuVaOfOneProcessFaultsTheOthersQueueAndLeavesItsMemoryAlone() {
        try (Dxgkrnl os = Dxgkrnl.start(GpuConfig.defaults().withDetectMode(GpuConfig.DetectMode.SPIN), new ReferenceKmd(),
                new Verifier()); Process a = os.createProcess(); Process b = os.createProcess()) {
            int[] h = new int[1];
            a.createDevice(h);
            int devA = h[0];
            for (int i = 0; i < 16; i++) { // A's secret lies above every VA B will use
                assertEquals(0, a.createAllocation(devA, 4096, h));
            }
            assertEquals(0, a.createAllocation(devA, 4096, h));
            int secret = h[0];
            assertEquals(0, a.makeResident(secret));
            long secretVa = a.allocationGpuVa(secret);
            assertEquals(0, b.createDevice(h));
            int devB = h[0];
            assertEquals(dev.umws.abi.ntstatus_h.STATUS_INVALID_PARAMETER, b.makeResident(secret), "A's handle in B");
            try (UmdQueue qa = new UmdQueue(a, devA, 0, 4096); UmdQueue qb = new UmdQueue(b, devB, 0, 4096)) {
                // B aims a fill at A's allocation's GPU VA: B's VA space does not have it
                qb.submit(w -> w.writeFill(secretVa, 64, 0xDEADBEEF));
                long deadline = System.nanoTime() + 5 * SECOND;
                while (os.faults().isEmpty() && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                assertTrue(os.faults().get(0).startsWith("HWQUEUE_PAGE_FAULTED"), os.faults().toString());
                assertEquals(0, a.allocationMemory(secret).get(ValueLayout.JAVA_INT, 0), "A's memory untouched");
                long v = qa.submit(null);
                assertTrue(qa.await(v, 5 * SECOND), "A keeps running");
            }
        }
    }
}
