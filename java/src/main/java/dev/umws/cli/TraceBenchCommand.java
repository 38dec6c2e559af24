package dev.umws.cli;

import dev.umws.trace.TraceBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code umws trace-bench}: what the recorder costs, from C and from Java: ns per event and events
 * per second on one and two writing threads, and a traced site's cost while tracing is off.
 */
@Command(name = "trace-bench", mixinStandardHelpOptions = true,
        description = "Measure the trace recorder: ns per event and events per second, C and Java writers.")
final class TraceBenchCommand implements Callable<Integer> {
    @Option(names = "--events", description = "Events per writing thread (default ${DEFAULT-VALUE}).",
            defaultValue = "2000000")
    long events;

    @Option(names = "--repeat", description = "Repetitions of each figure (default ${DEFAULT-VALUE}).", defaultValue = "3")
    int repeat;

    @Override
    public Integer call() throws InterruptedException {
        System.out.printf("off: C %.2f ns, Java %.2f ns per traced site (loop included)%n",
                TraceBench.cOff(events * 10), TraceBench.javaOff(events * 10));
        for (int r = 0; r < repeat; r++) {
            for (int threads = 1; threads <= 2; threads++) {
                print(TraceBench.c(events, threads));
                print(TraceBench.java(events, threads));
            }
        }
        return 0;
    }

    private static void print(TraceBench.Figure f) {
        System.out.printf("on, %-4s %d thread(s): %6.1f ns/event, %5.1f M events/s in all (%d kept, %d dropped)%n",
                f.writer(), f.threads(), f.nsPerEvent(), f.eventsPerSecond() / 1e6, f.kept(), f.dropped());
    }
}
