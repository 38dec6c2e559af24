package dev.umws.kmd;

import dev.umws.Pins;
import dev.umws.BrokenNativeKmd;
import dev.umws.gpu.GpuConfig;
import dev.umws.nativelib.NativeCalls;
import dev.umws.nativelib.NativeFrames;
import dev.umws.nativelib.NativeLibrary;
import dev.umws.nativelib.Platform;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.run.NativeDrivers;
import dev.umws.umd.UmdQueue;
import dev.umws.verifier.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fault inside a native KMD kills the JVM; what names the DDI that was running is the crash
 * report's Java frame ({@link NativeFrames}) and the call log ({@link NativeCalls}). Each test
 * runs a child JVM (this one's java, class path, generation and shim) that loads the broken twin
 * with {@link BrokenNativeKmd#CRASH_IN_CONNECT}, whose DxgkDdiConnectDoorbell writes through a
 * NULL pointer, and connects a doorbell.
 */
@Timeout(60)
class NativeCrashTest {
    /** What the child prints, and its exit status, should the connect not crash it. */
    private static final int SURVIVED = 3;
    /**
     * Rings of each of two queues on one doorbell before the crash: each ring connects, and with
     * {@link #COMPILE_EARLY} a few hundred calls get the path into the DDI compiled.
     */
    private static final int WARM_ROUNDS = 300;
    /**
     * The child's JIT: C1 only (it inlines small methods too, which is what hides a frame first,
     * and compiles in milliseconds), after 100 calls instead of 200 to 2000, each compilation
     * finished before the call goes on (-Xbatch). The defaults would need about 12,000 connects.
     */
    private static final List<String> COMPILE_EARLY = List.of("-Xbatch", "-XX:TieredStopAtLevel=1",
            "-XX:Tier3InvocationThreshold=100", "-XX:Tier3MinInvocationThreshold=50", "-XX:Tier3CompileThreshold=200");

    /**
     * After the JIT has compiled the path into the driver: the frame named after the DDI is still
     * in the report, above the native frame in the driver's library. (Without
     * {@link NativeFrames#DONT_INLINE} the compiled frame above the driver's is NativeKmd.call,
     * which names no DDI.)
     */
    @Test
    @Pins("NK-3")
    void theCrashReportNamesTheDdiAndTheDriverLibraryEvenOnceCompiled(@TempDir Path dir) throws Exception {
        Child child = crash(dir, COMPILE_EARLY, "warm");
        String report = child.report();
        assertTrue(report.contains("SIGSEGV") || report.contains("EXCEPTION_ACCESS_VIOLATION"), report);
        assertTrue(report.contains(Platform.libraryFileName(NativeDrivers.BROKEN_LIBRARY)),
                "the native frame names the driver's library: " + report);
        String frame = NativeFrames.class.getName() + ".DxgkDdiConnectDoorbell(";
        String javaFrames = report.substring(report.indexOf("Java frames:"));
        assertTrue(javaFrames.lines().anyMatch(l -> l.startsWith("J ") && l.contains(frame)),
                "a compiled Java frame names the DDI: " + javaFrames);
    }

    /** With the call log on, the last "enter" line on stderr names the DDI that never left. */
    @Test
    @Pins("NK-3")
    void theCallLogsLastEnterNamesTheDdi(@TempDir Path dir) throws Exception {
        Child child = crash(dir, List.of("-D" + NativeCalls.PROPERTY + "=log"), "cold");
        List<String> enters = child.stderr.lines().filter(l -> l.startsWith("umws: native ") && l.contains(" enter ")).toList();
        assertTrue(enters.size() > 5, "DriverEntry, AddDevice, StartDevice, ... were logged: " + child.stderr);
        assertTrue(enters.get(0).startsWith("umws: native DriverEntry enter (thread main)"), enters.get(0));
        String last = enters.get(enters.size() - 1);
        assertTrue(last.startsWith("umws: native DxgkDdiConnectDoorbell enter (thread "), last);
        assertFalse(child.stderr.contains("DxgkDdiConnectDoorbell leave"), child.stderr);
        assertTrue(child.report().contains(NativeFrames.class.getName() + ".DxgkDdiConnectDoorbell("), child.report());
    }

    private record Child(int status, String stderr, Path hsErr) {
        String report() throws IOException {
            return Files.readString(hsErr, StandardCharsets.UTF_8);
        }
    }

    /** Runs {@link CrashInConnect} in a child JVM with {@code options}; it must die abnormally, leaving a report. */
    private static Child crash(Path dir, List<String> options, String mode) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:ErrorFile=" + dir.resolve("hs_err_%p.log"),
                "-XX:-CreateCoredumpOnCrash", "-XX:CompileCommand=quiet", NativeFrames.DONT_INLINE,
                "-cp", System.getProperty("java.class.path")));
        for (String property : List.of(NativeLibrary.PATH_PROPERTY, "umws.generation")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(options);
        command.addAll(List.of(CrashInConnect.class.getName(), mode));
        java.lang.Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        if (!p.waitFor(45, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child JVM neither crashed nor ended in 45 s");
        }
        String stderr = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
        String stdout = Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8);
        assertNotEquals(0, p.exitValue(), stdout + stderr);
        assertNotEquals(SURVIVED, p.exitValue(), "the connect did not crash: " + stdout + stderr);
        List<Path> reports;
        try (Stream<Path> files = Files.list(dir)) {
            reports = files.filter(f -> f.getFileName().toString().startsWith("hs_err_")).toList();
        }
        assertEquals(1, reports.size(), "one crash report: " + reports + "\n" + stdout + stderr);
        return new Child(p.exitValue(), stderr, reports.get(0));
    }

    /**
     * The child: the broken twin, an OS on it, a queue whose doorbell is connected (G3 at
     * creation, G1 and G2 at the first ring) by an adapter that chose the crash. With "warm",
     * an adapter of the same driver object without the fault first connects often enough for the
     * JIT to compile the whole path into the DDI (two queues on one doorbell, rung in turn: each
     * ring reconnects), so that the crash comes through compiled code.
     */
    public static final class CrashInConnect {
        public static void main(String[] args) {
            NativeKmd kmd = BrokenNativeKmd.load(BrokenNativeKmd.CRASH_IN_CONNECT);
            GpuConfig oneDoorbell = GpuConfig.defaults().withDoorbells(1, GpuConfig.Placement.DEDICATED_PAGE);
            if (args[0].equals("warm")) {
                NativeDrivers.selectFault(kmd, 0);
                long reconnects = 0;
                long t0 = System.nanoTime();
                try (Dxgkrnl os = Dxgkrnl.start(oneDoorbell, kmd, new Verifier()); Process p = os.createProcess()) {
                    int[] dev = new int[1];
                    p.createDevice(dev);
                    try (UmdQueue a = new UmdQueue(p, dev[0], 0, 4096); UmdQueue b = new UmdQueue(p, dev[0], 0, 4096)) {
                        for (int i = 0; i < WARM_ROUNDS; i++) {
                            a.submit(null);
                            b.submit(null);
                        }
                        reconnects = a.reconnects() + b.reconnects();
                    }
                }
                System.out.printf("warmed up: %d reconnects in %.2f s%n", reconnects, (System.nanoTime() - t0) / 1e9);
                NativeDrivers.selectFault(kmd, BrokenNativeKmd.CRASH_IN_CONNECT);
            }
            Dxgkrnl os = Dxgkrnl.start(oneDoorbell, kmd, new Verifier());
            Process p = os.createProcess();
            int[] dev = new int[1];
            p.createDevice(dev);
            UmdQueue q = new UmdQueue(p, dev[0], 0, 4096);
            q.submit(null);
            System.out.println("survived the connect");
            System.exit(SURVIVED);
        }
    }
}
