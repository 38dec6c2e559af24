package dev.umws.os;

import dev.umws.trace.EventType;
import dev.umws.trace.Trace;
import dev.umws.kmd.Kmd;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The DPC thread (DISPATCH_LEVEL in the model): runs the KMD's DPC routine once per
 * DxgkCbQueueDpc. One DPC per device may be queued at a time.
 */
final class DpcThread {
    private final Kmd kmd;
    private final Semaphore queued = new Semaphore(0);
    private final Thread thread;
    private volatile boolean stopping;
    private volatile boolean pending;
    private volatile boolean inDpc;
    private volatile boolean notifiedThisDpc;
    private final Runnable afterDpc;

    DpcThread(Kmd kmd, Runnable afterDpc) {
        this.kmd = kmd;
        this.afterDpc = afterDpc;
        this.thread = Thread.ofPlatform().name("umws-dpc").daemon().unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    /** DxgkCbQueueDpc: false, with no effect, when a DPC is already queued. */
    synchronized boolean queue() {
        if (pending) {
            return false;
        }
        pending = true;
        queued.release();
        return true;
    }

    boolean onDpcThread() {
        return Thread.currentThread() == thread && inDpc;
    }

    void noteNotifyDpc() {
        notifiedThisDpc = true;
    }

    boolean lastDpcNotified() {
        return notifiedThisDpc;
    }

    private void run() {
        while (!stopping) {
            try {
                if (!queued.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    continue;
                }
            } catch (InterruptedException e) {
                return;
            }
            synchronized (this) {
                pending = false; // from here a new ISR may queue the next DPC
            }
            inDpc = true;
            notifiedThisDpc = false;
            boolean traced = Trace.ON;
            if (traced) {
                Trace.event(EventType.DPC_BEGIN, 0, 0, 0, 0);
            }
            try {
                kmd.DxgkDdiDpcRoutine();
            } finally {
                inDpc = false;
            }
            afterDpc.run(); // wakes the fence waiters: inside the DPC's slice
            if (traced) {
                Trace.event(EventType.DPC_END, 0, 0, 0, 0);
            }
        }
    }

    void stop() {
        stopping = true;
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
