package dev.umws.bench;

import dev.umws.abi.Generation;
import dev.umws.os.Process;
import dev.umws.umd.UmdQueue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The producers of one rate cell: {@code producers} threads, each with its own {@link UmdQueue}
 * (own context, ring, control and doorbell, made and closed on that thread: a queue is one
 * thread's), running one side of the comparison at a time, all starting together. Producer 0 is
 * the calling thread (the runner's, pinned to the producer CPU); the others are platform threads
 * pinned to the CPUs after the firmware's where the machine has them ({@link #helperCpu}),
 * unpinned otherwise. A job runs on every producer and returns that producer's result.
 */
final class SubmitCrew implements AutoCloseable {
    /** How long a producer may take to reach a barrier: far beyond any run's length. */
    private static final long BARRIER_SECONDS = 120;

    private final List<Thread> helpers = new ArrayList<>();
    private final UmdQueue[] queues;
    private final Object[] results;
    private final CyclicBarrier ready;
    private final CyclicBarrier go;
    private final CyclicBarrier done;
    private final Process process;
    private final int device;
    private final int ringBytes;
    private volatile Function<UmdQueue, ?> job;
    private volatile boolean stopping;
    private volatile Throwable failure;

    /** Makes the queues (each on its producer's thread) and starts the helpers. */
    SubmitCrew(Process process, int device, int producers, int ringBytes, Affinity affinity, int cpus) {
        this.process = process;
        this.device = device;
        this.ringBytes = ringBytes;
        this.queues = new UmdQueue[producers];
        this.results = new Object[producers];
        this.ready = new CyclicBarrier(producers);
        this.go = new CyclicBarrier(producers);
        this.done = new CyclicBarrier(producers);
        queues[0] = queue();
        try {
            for (int i = 1; i < producers; i++) {
                int index = i;
                int cpu = helperCpu(affinity, cpus, i);
                helpers.add(Thread.ofPlatform().name("bench-submit-producer-" + i).start(() -> helper(index, cpu)));
            }
            await(ready); // every queue made
        } catch (RuntimeException | Error e) {
            failure = e;
            breakBarriers();
            close();
            throw e;
        }
    }

    /**
     * The CPU of producer {@code i} (1-based among the helpers): the CPUs after the producer's and
     * the firmware's, one each, of the machine's {@code cpus}; -1 (unpinned) when pinning is off or
     * no CPU is left.
     */
    static int helperCpu(Affinity affinity, int cpus, int i) {
        if (!affinity.pinned()) {
            return -1;
        }
        int cpu = Math.max(affinity.producerCpu(), affinity.firmwareCpu()) + i;
        return cpu < cpus ? cpu : -1;
    }

    private UmdQueue queue() {
        UmdQueue q = new UmdQueue(process, device, 0, ringBytes);
        if (Generation.SELECTED != Generation.G3) {
            q.connect(); // a G3 queue is connected by its creation; the others at their first ring otherwise
        }
        return q;
    }

    private void helper(int i, int cpu) {
        try {
            if (cpu >= 0) {
                Affinity.pinSelf(cpu);
            } else {
                Affinity.unpinSelf(); // not the creator's CPU, which a new thread inherits
            }
            queues[i] = queue();
            try {
                ready.await(BARRIER_SECONDS, TimeUnit.SECONDS);
                for (;;) {
                    go.await(BARRIER_SECONDS, TimeUnit.SECONDS);
                    if (stopping) {
                        return;
                    }
                    results[i] = job.apply(queues[i]);
                    done.await(BARRIER_SECONDS, TimeUnit.SECONDS);
                }
            } finally {
                queues[i].close();
            }
        } catch (Throwable t) {
            if (failure == null) {
                failure = t;
            }
            breakBarriers();
        }
    }

    /** The threads waiting at a barrier see it broken instead of waiting for a thread that failed. */
    private void breakBarriers() {
        ready.reset();
        go.reset();
        done.reset();
    }

    /** Runs {@code job} on every producer at once; its results in producer order. */
    @SuppressWarnings("unchecked")
    <T> List<T> run(Function<UmdQueue, T> job) {
        this.job = job;
        await(go);
        try {
            results[0] = job.apply(queues[0]);
        } catch (RuntimeException | Error e) {
            failure = e;
            breakBarriers();
            throw e;
        }
        await(done);
        List<T> out = new ArrayList<>();
        for (Object r : results) {
            out.add((T) r);
        }
        return out;
    }

    private void await(CyclicBarrier b) {
        try {
            b.await(BARRIER_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the producers", e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("a producer thread failed", failure != null ? failure : e);
        }
    }

    @Override
    public void close() {
        stopping = true;
        try {
            if (failure == null && !helpers.isEmpty()) {
                await(go);
            }
        } finally {
            for (Thread t : helpers) {
                try {
                    t.join(TimeUnit.SECONDS.toMillis(BARRIER_SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (queues[0] != null) {
                queues[0].close();
            }
        }
    }
}
