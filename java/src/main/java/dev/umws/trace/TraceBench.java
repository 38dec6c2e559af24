package dev.umws.trace;

import dev.umws.nativelib.NativeLibrary;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The recorder's cost per event from C (umws_trace_bench) and from Java ({@link Trace#event}), on
 * one and two writing threads, and a traced Java site's cost while tracing is off. Each figure is
 * the slowest writer's time over its events.
 */
public final class TraceBench {
    /** One measurement: who wrote, how many threads, ns per event, and what the buffers kept. */
    public record Figure(String writer, int threads, double nsPerEvent, double eventsPerSecond, long kept, long dropped) {
    }

    private static final MethodHandle C_BENCH = handle("umws_trace_bench",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle C_OFF = handle("umws_trace_bench_off", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));

    private TraceBench() {
    }

    private static MethodHandle handle(String name, FunctionDescriptor d) {
        return Linker.nativeLinker().downcallHandle(NativeLibrary.lookup().find(name)
                .orElseThrow(() -> new IllegalStateException("the umws library has no symbol " + name)), d);
    }

    /** C writers: 'threads' threads of 'events' each. */
    public static Figure c(long events, int threads) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment kept = a.allocate(JAVA_LONG);
            MemorySegment dropped = a.allocate(JAVA_LONG);
            long ns = (long) C_BENCH.invokeExact(events, threads, kept, dropped);
            if (ns <= 0) {
                throw new IllegalStateException("umws_trace_bench refused (a trace is recording?)");
            }
            return figure("C", threads, events, ns, kept.get(JAVA_LONG, 0), dropped.get(JAVA_LONG, 0));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t); // invokeExact declares Throwable; the C call throws nothing
        }
    }

    /** ns per traced C site while off (loop included). */
    public static double cOff(long sites) {
        try {
            return (long) C_OFF.invokeExact(sites) / (double) sites;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Java writers: 'threads' platform threads of 'events' each, through Trace.event. */
    public static Figure java(long events, int threads) throws InterruptedException {
        long[] ns = new long[threads];
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        Trace t = Trace.start(new Trace.Options(events));
        try {
            for (int i = 0; i < threads; i++) {
                int k = i;
                workers.add(Thread.ofPlatform().name("trace bench java " + i).start(() -> {
                    Trace.event(EventType.FW_PACKET_BEGIN, 1, 7, 0, 0); // attach before the clock starts
                    ready.countDown();
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    long t0 = System.nanoTime();
                    for (long j = 1; j < events; j++) {
                        if (Trace.ON) {
                            Trace.event(EventType.FW_PACKET_BEGIN, 1, 7, j, j * 8);
                        }
                    }
                    ns[k] = System.nanoTime() - t0;
                }));
            }
            ready.await();
            go.countDown();
            for (Thread w : workers) {
                w.join();
            }
            t.close();
            long kept = 0;
            long dropped = 0;
            for (Track k : t.tracks()) {
                kept += k.count();
                dropped += k.dropped();
            }
            long slowest = 0;
            for (long n : ns) {
                slowest = Math.max(slowest, n);
            }
            return figure("Java", threads, events - 1, slowest, kept, dropped);
        } finally {
            t.discard();
        }
    }

    /** ns per traced Java site while off (the static boolean's load and branch, loop included). */
    public static double javaOff(long sites) {
        long hits = 0;
        long t0 = System.nanoTime();
        for (long j = 0; j < sites; j++) {
            if (Trace.ON) {
                hits++;
            }
        }
        long ns = System.nanoTime() - t0;
        if (hits != 0) {
            throw new IllegalStateException("tracing was on");
        }
        return ns / (double) sites;
    }

    private static Figure figure(String who, int threads, long events, long ns, long kept, long dropped) {
        return new Figure(who, threads, ns / (double) events, threads * events / (ns / 1e9), kept, dropped);
    }
}
