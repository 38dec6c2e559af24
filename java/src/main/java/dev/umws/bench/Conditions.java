package dev.umws.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What disturbed one run of one side, read from Linux's /proc before and after it, so that noisy
 * rounds can be seen in the raw data: context switches of every thread of the process (the JVM's
 * and the GPU's), the involuntary ones of the measuring thread (it was preempted), and the time
 * the hypervisor stole from this machine's CPUs. Figures are -1 where /proc is not there.
 *
 * @param contextSwitches voluntary + involuntary switches of all the process's threads during the run
 * @param involuntary     involuntary switches of the measuring (calling) thread
 * @param stealMs         steal time of all CPUs during the run, ms (USER_HZ ticks, 10 ms each on Linux)
 */
record Conditions(long contextSwitches, long involuntary, double stealMs) {
    /** /proc's clock tick (USER_HZ): 100 per second on every Linux architecture the JDK runs on. */
    private static final double MS_PER_TICK = 10.0;

    /** Readings taken before a run. */
    record Start(long contextSwitches, long involuntary, long stealTicks) {
    }

    static Start begin() {
        return new Start(processSwitches(), threadInvoluntary(), stealTicks());
    }

    static Conditions since(Start s) {
        long cs = processSwitches();
        long inv = threadInvoluntary();
        long steal = stealTicks();
        return new Conditions(cs < 0 || s.contextSwitches() < 0 ? -1 : cs - s.contextSwitches(),
                inv < 0 || s.involuntary() < 0 ? -1 : inv - s.involuntary(),
                steal < 0 || s.stealTicks() < 0 ? -1 : (steal - s.stealTicks()) * MS_PER_TICK);
    }

    /** The sum over /proc/self/task/ * /status of both context-switch counts; -1 without /proc. */
    private static long processSwitches() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return -1;
        }
        long sum = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(tasks)) {
            for (Path t : ds) {
                List<String> status = lines(t.resolve("status"));
                sum += Math.max(0, field(status, "voluntary_ctxt_switches:"))
                        + Math.max(0, field(status, "nonvoluntary_ctxt_switches:"));
            }
        } catch (IOException e) {
            return -1;
        }
        return sum;
    }

    private static long threadInvoluntary() {
        return field(lines(Path.of("/proc/thread-self/status")), "nonvoluntary_ctxt_switches:");
    }

    /** The 8th figure of /proc/stat's "cpu" line (steal, in ticks); -1 without it. */
    private static long stealTicks() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
                if (line.startsWith("cpu ")) {
                    String[] f = line.trim().split("\\s+");
                    return f.length > 8 ? Long.parseLong(f[8]) : -1;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** A /proc file's lines; none when it is gone (a thread that just ended). */
    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** A "key: value" line's value; -1 when absent. */
    private static long field(List<String> lines, String key) {
        for (String line : lines) {
            if (line.startsWith(key)) {
                try {
                    return Long.parseLong(line.substring(key.length()).trim());
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }
}
