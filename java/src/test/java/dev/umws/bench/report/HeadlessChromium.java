package dev.umws.bench.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs Debian's {@code chromium} headless on a page from disk, once per call, in a fresh profile:
 * {@link #dumpDom} returns the DOM after the page's scripts ran for a budget of virtual time, and
 * {@link #screenshot} writes a PNG. A run that outlives its timeout is killed with its whole process
 * tree. {@code UMWS_CHROMIUM} names another binary.
 */
final class HeadlessChromium {
    static final String INSTALL = "sudo apt-get install -y chromium";
    private static final long TIMEOUT_SECONDS = 60; // a safety net: a run takes 2 to 5 s on a quiet machine

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    /** The browser, when one is installed. */
    static Optional<HeadlessChromium> find() {
        String override = System.getenv("UMWS_CHROMIUM");
        if (override != null && !override.isBlank()) {
            return Optional.of(new HeadlessChromium(Path.of(override)));
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(new HeadlessChromium(p));
                }
            }
        }
        return Optional.empty();
    }

    /** The DOM of {@code page} (with {@code fragment}, e.g. {@code #select=q1f2}, or "") after {@code budgetMs} of virtual time. */
    String dumpDom(Path page, String fragment, int budgetMs) throws IOException, InterruptedException {
        return run(page, fragment, List.of("--virtual-time-budget=" + budgetMs, "--dump-dom"), null);
    }

    /** A {@code width} x {@code height} screenshot of {@code page} after {@code budgetMs} of virtual time. */
    void screenshot(Path page, String fragment, Path png, int width, int height, int budgetMs)
            throws IOException, InterruptedException {
        Files.deleteIfExists(png);
        run(page, fragment, List.of("--virtual-time-budget=" + budgetMs, "--hide-scrollbars",
                "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath()), png);
        if (!Files.isRegularFile(png) || Files.size(png) == 0) {
            throw new IOException("chromium wrote no screenshot at " + png);
        }
    }

    private String run(Path page, String fragment, List<String> what, Path expected) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("umws-chromium-");
        Path out = Files.createTempFile("umws-chromium-", ".out");
        Path err = Files.createTempFile("umws-chromium-", ".err");
        try {
            List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-extensions", "--mute-audio", "--user-data-dir=" + profile));
            cmd.addAll(what);
            cmd.add(page.toAbsolutePath().toUri() + fragment);
            Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                kill(p);
                throw new IOException("chromium did not finish within " + TIMEOUT_SECONDS + " s on " + page + "; stderr:\n"
                        + tail(err));
            }
            if (p.exitValue() != 0 && (expected == null || !Files.isRegularFile(expected))) {
                throw new IOException("chromium exited with " + p.exitValue() + " on " + page + "; stderr:\n" + tail(err));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            deleteTree(profile);
        }
    }

    /** Chromium forks renderer and utility processes: end the children before the parent. */
    private static void kill(Process p) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(5, TimeUnit.SECONDS);
    }

    private static String tail(Path err) throws IOException {
        String s = Files.readString(err, StandardCharsets.UTF_8);
        return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A helper process that has not quite ended may still write into its profile: try once more.
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
