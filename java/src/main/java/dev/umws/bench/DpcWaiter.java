package dev.umws.bench;

import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.Kmd;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.umd.UmdQueue;
import dev.umws.verifier.Verifier;

import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * The OS stack's interrupt path end to end: a waiter thread is blocked in the OS fence wait
 * before the UMD queue submits a fence write that raises an interrupt; the KMD's ISR (the Java
 * reference KMD's, reached by a Panama upcall from the GPU's interrupt thread, or the C KMD's, run
 * there directly and calling back into the OS by upcalls) notifies the interrupt and queues the
 * DPC, the DPC thread runs the KMD's DPC routine, which calls DxgkCbNotifyDpc, and the OS wakes
 * the waiter. A sample is the time from just before the submission to the waiter's return.
 * The interrupt experiment shows it beside the bare C path (umws_bench_c_irq_wait: a C ISR and a
 * condition variable) as information, not as a Java/C ratio: the OS stack does more work (the UMD
 * submission, the KMD's notify, a DPC thread hand-off).
 */
final class DpcWaiter {
    private static final VarHandle LONGS = java.lang.invoke.MethodHandles.arrayElementVarHandle(long[].class);

    private DpcWaiter() {
    }

    /** One run: the samples (ns) and the rule violations the verifier saw. */
    record Run(long[] samples, int violations) {
    }

    /** With the Java reference KMD. */
    static long[] measure(int warmup, int n) {
        return run(BenchKmd.JAVA, warmup, n).samples();
    }

    static Run run(BenchKmd driver, int warmup, int n) {
        int total = warmup + n;
        long[] woken = new long[total];
        long[] rung = new long[total];
        GpuConfig config = GpuConfig.defaults().withDetectMode(GpuConfig.DetectMode.SPIN);
        Verifier verifier = new Verifier();
        Kmd kmd = driver.create();
        try (Dxgkrnl os = Dxgkrnl.start(config, kmd, verifier)) {
            Process p = os.createProcess();
            int[] device = new int[1];
            if (p.createDevice(device) != 0) {
                throw new IllegalStateException("cannot create a device");
            }
            try (UmdQueue q = new UmdQueue(p, device[0], 0, 4096)) {
                long base = q.lastSubmitted();
                Thread waiter = Thread.ofPlatform().name("bench-fence-waiter").start(() -> {
                    for (int i = 0; i < total; i++) {
                        if (!q.await(base + i + 1, 5_000_000_000L)) {
                            return; // the producer's deadline reports it
                        }
                        LONGS.setRelease(woken, i, System.nanoTime());
                    }
                });
                for (int i = 0; i < total; i++) {
                    long deadline = System.nanoTime() + 5_000_000_000L;
                    // Ring only once the waiter sleeps in the OS wait, so that the DPC must wake it.
                    while (waiter.getState() != Thread.State.TIMED_WAITING
                            && waiter.getState() != Thread.State.WAITING) {
                        deadline(deadline, i);
                        Thread.onSpinWait();
                    }
                    rung[i] = System.nanoTime();
                    q.submit(null);
                    while ((long) LONGS.getAcquire(woken, i) == 0) {
                        deadline(deadline, i);
                        LockSupport.parkNanos(20_000);
                    }
                }
                try {
                    waiter.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        } finally {
            BenchKmd.release(kmd);
        }
        long[] samples = new long[n];
        for (int i = 0; i < n; i++) {
            samples[i] = woken[warmup + i] - rung[warmup + i];
        }
        return new Run(samples, verifier.violations().size());
    }

    private static void deadline(long deadline, int i) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("fence wait " + i + " not woken in 5 s");
        }
    }
}
