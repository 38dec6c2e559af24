package dev.umws.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What a report names about its run: machine, Java, configuration, git revision, date. */
final class RunContext {
    private RunContext() {
    }

    static Map<String, String> describe(Experiment.Settings s, List<String> experiments) {
        Map<String, String> about = new LinkedHashMap<>();
        about.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        about.put("machine", cpuModel() + ", " + Affinity.MACHINE_CPUS + " CPUs, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        about.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
        String clock = firstLine("/sys/devices/system/clocksource/clocksource0/current_clocksource");
        String thp = firstLine("/sys/kernel/mm/transparent_hugepage/enabled");
        String shmemThp = firstLine("/sys/kernel/mm/transparent_hugepage/shmem_enabled");
        if (clock != null || thp != null) {
            about.put("environment", "clocksource " + (clock == null ? "unknown" : clock) + "; transparent huge pages "
                    + (thp == null ? "unknown" : thp) + ", shmem " + (shmemThp == null ? "unknown" : shmemThp));
        }
        about.put("configuration", (s.quick() ? "quick (targets not judged), " : "") + s.rounds()
                + " rounds after 1 warm-up round, " + s.samples() + " latency samples per path and round; experiments: "
                + String.join(", ", experiments));
        about.put("order seed", Long.toString(s.seed()));
        about.put("pinning", s.affinity().describe());
        about.put("JVM flags", String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean()
                .getInputArguments()));
        about.put("git revision", git());
        return about;
    }

    /** The CPU model from /proc/cpuinfo (Linux), else the architecture. */
    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        try {
            if (Files.isReadable(cpuinfo)) {
                for (String line : Files.readAllLines(cpuinfo)) {
                    if (line.startsWith("model name")) {
                        return line.substring(line.indexOf(':') + 1).trim();
                    }
                }
            }
        } catch (IOException e) {
            // fall through: the model is a nicety
        }
        return System.getProperty("os.arch");
    }

    /** The first line of a (Linux sysfs) file, or null where it is not there. */
    private static String firstLine(String file) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.isEmpty() ? null : lines.get(0).strip();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** HEAD of the git work tree the runner is started in, "+changes" when dirty; "unknown" outside one. */
    private static String git() {
        String head = run("git", "rev-parse", "HEAD");
        if (head == null || head.isBlank()) {
            return "unknown (not run inside a git work tree)";
        }
        String status = run("git", "status", "--porcelain", "--untracked-files=no");
        return head.strip() + (status != null && !status.isBlank() ? " +uncommitted changes" : "");
    }

    private static String run(String... command) {
        try {
            java.lang.Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
