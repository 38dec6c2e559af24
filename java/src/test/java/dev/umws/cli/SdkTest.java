package dev.umws.cli;

import dev.umws.abi.Generation;
import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.Kmd;
import dev.umws.kmd.NativeKmd;
import dev.umws.nativelib.NativeLibrary;
import dev.umws.nativelib.Platform;
import dev.umws.os.Dxgkrnl;
import dev.umws.os.Process;
import dev.umws.umd.NativeUmd;
import dev.umws.verifier.Verifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code umws sdk} as a driver engineer uses it: the SDK it writes holds every shipped header, the
 * very shim the testbed loads and a CMake package for its generation; examples/own-driver,
 * configured and built out of tree against that SDK alone, gives a KMD the OS hosts and a UMD
 * whose queues, more than the doorbells, complete every fence.
 *
 * <p>The CMake build is the cost (about two seconds): it runs once per JVM. The pom's G1 and G3
 * runs leave dev.umws.cli out, since the header generation reaches a driver only through the
 * package's UMWS_GENERATION, read from the shim, which the first test checks; run alone
 * ({@code -Dtest=SdkTest}) the class passes there too, with an SDK of that generation's shim.
 */
class SdkTest {
    private static final Path EXAMPLE = Path.of("examples", "own-driver");
    private static final Duration TOOL_LIMIT = Duration.ofMinutes(5);
    private static final int SUBMISSIONS = 300;
    private static final int BATCH = 4;
    private static final long RING_BYTES = 4096;

    /** The SDK and the example built against it, once per JVM; an absent tool is remembered too. */
    private static Built built;
    private static String missingTool;

    private record Built(Path sdk, Path kmd, Path umd, double configureSeconds, double buildSeconds) {
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
        System.out.print(out.toString(StandardCharsets.UTF_8));
        System.err.print(err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSdkHoldsEveryShippedHeaderTheLoadedShimAndAPackageForItsGeneration(@TempDir Path dir) throws IOException {
        assertEquals(0, Umws.run("sdk", dir.toString()), err::toString);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("header generation " + Generation.SELECTED), out::toString);

        List<String> shipped = names(Path.of("include", "umws"));
        assertEquals(shipped, names(dir.resolve("include").resolve("umws")));
        for (String h : shipped) {
            assertEquals(-1, Files.mismatch(Path.of("include", "umws", h), dir.resolve("include/umws/" + h)), h);
        }
        Path shim = dir.resolve("lib").resolve(Platform.libraryFileName("umws"));
        assertEquals(-1, Files.mismatch(NativeLibrary.path(), shim), "the shim the testbed loads, byte for byte");

        String config = Files.readString(dir.resolve("lib/cmake/umws/umwsConfig.cmake"));
        assertTrue(config.contains("add_library(umws::umws SHARED IMPORTED)"), config);
        assertTrue(config.contains("\"UMWS_SHIM_CLIENT;UMWS_GENERATION=" + Generation.SELECTED.number() + "\""), config);
        assertTrue(config.contains("set(umws_GENERATION \"" + Generation.SELECTED + "\")"), config);
        String version = Files.readString(dir.resolve("lib/cmake/umws/umwsConfigVersion.cmake"));
        assertTrue(version.contains("set(PACKAGE_VERSION \"" + Umws.VERSION + "\")"), version);
        assertTrue(version.contains("\"" + Platform.id() + "\""), version);
        for (String text : List.of(config, version)) {
            assertFalse(text.contains("@UMWS_SDK_"), "every placeholder filled");
        }
    }

    @Test
    void aGenerationTheShimWasNotBuiltForIsRefusedWithWhereToFindOne(@TempDir Path dir) {
        Generation other = Generation.SELECTED == Generation.G3 ? Generation.G2 : Generation.G3;
        assertEquals(1, Umws.run("sdk", dir.resolve("sdk").toString(), "--generation", other.name()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("was built for " + Generation.SELECTED + ", not " + other), message);
        assertTrue(message.contains("--library"), message);
        assertFalse(Files.exists(dir.resolve("sdk")), "nothing written");
        assertNotEquals(0, Umws.run("sdk", dir.toString(), "--generation", "G7"));
    }

    @Test
    void aLibraryThatIsNotTheShimIsRefused(@TempDir Path dir) {
        assertEquals(1, Umws.run("sdk", dir.resolve("a").toString(), "--library", dir.resolve("nothing.so").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is not a file"), err::toString);
        // the reference KMD reaches the shim's symbols through its dependency on it, but is not it
        Path kmd = NativeKmd.companion(NativeKmd.REFERENCE_LIBRARY);
        assertEquals(1, Umws.run("sdk", dir.resolve("b").toString(), "--library", kmd.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not the shim itself"), err::toString);
        assertFalse(Files.exists(dir.resolve("a")) || Files.exists(dir.resolve("b")), "nothing written");
    }

    /**
     * The example's KMD hosted by the OS and its UMD run on a bound thread: six queues on two
     * doorbells, so that the KMD victimizes and the UMD reconnects, and every fence completes.
     */
    @Test
    @Timeout(600)
    void aKmdAndAUmdBuiltOutOfTreeAgainstTheSdkCompleteEveryFence() throws Exception {
        Built b = build();
        Verifier v = new Verifier();
        GpuConfig config = GpuConfig.defaults().withDoorbells(2, GpuConfig.Placement.DEDICATED_PAGE)
                .withDetectMode(GpuConfig.DetectMode.BACKOFF);
        int queues = 6;
        long start = System.nanoTime();
        NativeUmd.ExampleResult r;
        try (NativeUmd umd = NativeUmd.load(b.umd());
                NativeKmd kmd = NativeKmd.load(b.kmd())) {
            assertEquals(b.kmd().toAbsolutePath(), kmd.library().toAbsolutePath());
            for (String ddi : Kmd.UMS_DDIS) {
                assertTrue(kmd.provides(ddi), ddi);
            }
            // hidden visibility: an extern function of the driver's own stays inside it
            assertTrue(kmd.find("kmd_pool_acquire").isEmpty(), "the KMD exports its internals");
            if (!Platform.os().equals("windows")) {
                assertTrue(umd.sharesShimVerified(), "the UMD reaches the shim the JVM loaded");
            }
            try (Dxgkrnl os = Dxgkrnl.start(config, kmd, v); Process p = os.createProcess()) {
                os.setStuckBound(Duration.ofSeconds(10));
                r = umd.runExample(p, 0, queues, SUBMISSIONS, BATCH, RING_BYTES);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(r.succeeded(), () -> "failed: " + r.failure() + " " + r);
        assertEquals((long) queues * SUBMISSIONS, r.fencesCompleted(), r::toString);
        assertEquals(0, r.aborts(), r::toString);
        assertTrue(r.reconnects() > 0, () -> "six queues on two doorbells were never victimized: " + r);
        assertEquals(List.of(), v.violations());
        System.out.printf("SdkTest %s: SDK written, example configured in %.1f s and built in %.1f s; my_kmd and my_umd:"
                + " %d queues on 2 doorbells, %d fences, %d reconnects in %.2f s%n", Generation.SELECTED,
                b.configureSeconds(), b.buildSeconds(), queues, r.fencesCompleted(), r.reconnects(), seconds);
    }

    /**
     * Writes the SDK and configures and builds the example against it, under target/ (a loaded
     * library could not be deleted on Windows, so no JUnit temporary directory). Skips, by
     * assumption, where CMake or a C compiler is absent.
     */
    private static synchronized Built build() throws Exception {
        assumeTrue(missingTool == null, () -> missingTool);
        if (built != null) {
            return built;
        }
        missingTool = missingTool();
        assumeTrue(missingTool == null, () -> missingTool);
        Path root = Path.of("target", "sdk-test").toAbsolutePath();
        delete(root);
        Path sdk = root.resolve("sdk");
        Path buildDir = root.resolve("build");
        assertEquals(0, Umws.run("sdk", sdk.toString()));

        long t0 = System.nanoTime();
        // -Werror: the sources, compiled with the package's flags alone, must be clean
        run(root.resolve("configure.log"), "cmake", "-S", EXAMPLE.toAbsolutePath().toString(), "-B", buildDir.toString(),
                "-DCMAKE_PREFIX_PATH=" + sdk, "-DCMAKE_BUILD_TYPE=RelWithDebInfo",
                Platform.os().equals("windows") ? "-DCMAKE_C_FLAGS=/WX" : "-DCMAKE_C_FLAGS=-Werror");
        long t1 = System.nanoTime();
        run(root.resolve("build.log"), "cmake", "--build", buildDir.toString(), "--config", "RelWithDebInfo",
                "--parallel", "2");
        long t2 = System.nanoTime();
        built = new Built(sdk, find(buildDir, "my_kmd"), find(buildDir, "my_umd"), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        return built;
    }

    /** Why the example cannot be built here, or null. */
    private static String missingTool() {
        if (which("cmake").isEmpty()) {
            return "cmake is not on PATH: the out-of-tree build of examples/own-driver is not tried";
        }
        String cc = System.getenv("CC");
        List<String> compilers = cc != null && !cc.isBlank() ? List.of(cc)
                : Platform.os().equals("windows") ? List.of("cl", "gcc", "clang") : List.of("cc", "gcc", "clang");
        if (compilers.stream().allMatch(c -> which(c).isEmpty() && !Files.isExecutable(Path.of(c)))) {
            return "no C compiler on PATH (looked for " + String.join(", ", compilers) + "): the out-of-tree build of "
                    + "examples/own-driver is not tried";
        }
        return null;
    }

    private static Optional<Path> which(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String d : path.split(File.pathSeparator)) {
            for (String suffix : Platform.os().equals("windows") ? List.of(".exe", "") : List.of("")) {
                Path p = Path.of(d, name + suffix);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Runs a tool with its output in {@code log}; a failure shows the log. */
    private static void run(Path log, String... command) throws Exception {
        java.lang.Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        p.getOutputStream().close();
        boolean done = p.waitFor(TOOL_LIMIT.toSeconds(), TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String text = Files.readString(log);
        assertTrue(done && p.exitValue() == 0, () -> String.join(" ", command) + (done ? " failed" : " timed out")
                + ":\n" + text);
    }

    /** The library built as {@code name} (single- and multi-configuration generators put it apart). */
    private static Path find(Path buildDir, String name) throws IOException {
        String file = Platform.libraryFileName(name);
        try (Stream<Path> files = Files.walk(buildDir)) {
            return files.filter(p -> p.getFileName().toString().equals(file) && Files.isRegularFile(p)).findFirst()
                    .orElseThrow(() -> new AssertionError("the build made no " + file + " in " + buildDir));
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".h")).sorted().toList();
        }
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            Files.createDirectories(root);
            return;
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(all::add);
        }
        for (Path p : all) {
            Files.delete(p);
        }
        Files.createDirectories(root);
    }
}
