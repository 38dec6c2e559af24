package dev.umws.bench;

import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.ReferenceKmd;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.umd.UmdQueue;
import dev.umws.verifier.Verifier;

/**
 * The OS stack's interrupt path end to end: a UMD queue submits a fence write that raises an
 * interrupt and blocks in the OS fence wait; the GPU's ISR (a Panama upcall into the reference
 * KMD) queues the DPC, the DPC thread calls DxgkCbNotifyDpc, the OS wakes the waiter. A sample
 * is the time from just before the submission to the waiter's return.
 */
final class DpcWaiter {
    private DpcWaiter() {
    }

    static long[] measure(int warmup, int n) {
        long[] samples = new long[n];
        GpuConfig config = GpuConfig.defaults().withDetectMode(GpuConfig.DetectMode.SPIN);
        try (Dxgkrnl os = Dxgkrnl.start(config, new ReferenceKmd(), new Verifier())) {
            Process p = os.createProcess();
            int[] device = new int[1];
            if (p.createDevice(device) != 0) {
                throw new IllegalStateException("cannot create a device");
            }
            try (UmdQueue q = new UmdQueue(p, device[0], 0, 4096)) {
                for (int i = 0; i < warmup + n; i++) {
                    long t0 = System.nanoTime();
                    long value = q.submit(null);
                    if (!q.await(value, 5_000_000_000L)) {
                        throw new IllegalStateException("fence " + value + " not signaled in 5 s");
                    }
                    if (i >= warmup) {
                        samples[i - warmup] = System.nanoTime() - t0;
                    }
                }
            }
        }
        return samples;
    }
}
