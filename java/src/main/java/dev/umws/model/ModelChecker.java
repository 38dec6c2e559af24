package dev.umws.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the protocol model (model/umws.pml, shipped in the jar) with the spin model checker: one
 * exhaustive search per variant, that is per OS order, UMD and KMD. spin translates the model into
 * a C verifier ("pan"), which a C compiler builds and which then explores every interleaving of
 * the configuration. A variant either verifies (no reachable state breaks an assertion or ends
 * with a process stuck) or yields a counterexample, which is searched again with a bounded depth
 * so that it is short enough to read, and replayed by spin into the actors' steps.
 */
public final class ModelChecker {
    /** What a search found. */
    public enum Verdict { VERIFIED, COUNTEREXAMPLE }

    /**
     * One configuration of the model: the spin defines that select it, the verdict the project
     * expects (a change to it is a finding, and fails the check), and the test that replays a
     * counterexample on the emulator, or says why none can.
     */
    public record Variant(String name, String description, List<String> defines, Verdict expected, String replay) {
    }

    /** A variant's outcome. {@code steps} and {@code end} are empty when it verified. */
    public record Result(Variant variant, Verdict verdict, long states, int depth, double seconds, String failure,
                         List<String> steps, List<String> end) {
        public boolean asExpected() {
            return verdict == variant.expected();
        }
    }

    private static final String DISCONNECT_ORDER = "dev.umws.umd.DisconnectOrderTest";
    /** The model-only OS orders and KMD choices: the emulator offers the documented ones only. */
    private static final String MODEL_ONLY = "none: the emulator does not offer this order";

    public static final List<Variant> VARIANTS = List.of(
            new Variant("windows", "KMD victimization; Windows' order (VA, then status); reference KMD (kick)",
                    List.of(), Verdict.VERIFIED,
                    DISCONNECT_ORDER + ".inWindowsOrderTheUmdReadsConnectedAndTheReferenceKmdsKickRunsItsWork"),
            new Variant("status-first", "KMD victimization; status, then VA; reference KMD (kick)",
                    List.of("STATUS_FIRST"), Verdict.VERIFIED, DISCONNECT_ORDER + ".statusFirstTellsTheUmdInTheWindow"),
            new Variant("windows-no-kick", "KMD victimization; Windows' order; a KMD without the kick",
                    List.of("NO_KICK"), Verdict.COUNTEREXAMPLE,
                    DISCONNECT_ORDER + ".withoutTheKickTheWorkWaitsForTheUmdsNextSubmission"),
            new Variant("status-first-no-kick", "KMD victimization; status, then VA; a KMD without the kick",
                    List.of("NO_KICK", "STATUS_FIRST"), Verdict.VERIFIED, "-"),
            new Variant("racy-umd", "the UMD reads its status before it rings; Windows' order",
                    List.of("RACY_UMD"), Verdict.COUNTEREXAMPLE,
                    "dev.umws.umd.RaceTest.aUmdThatReadsTheStatusBeforeRingingLosesWork"),
            new Variant("racy-umd-status-first", "the UMD reads its status before it rings; status, then VA",
                    List.of("RACY_UMD", "STATUS_FIRST"), Verdict.COUNTEREXAMPLE,
                    "dev.umws.umd.RaceTest.aUmdThatReadsTheStatusBeforeRingingLosesWork"),
            new Variant("os-ddi-first", "OS-initiated disconnect as documented: the DDI, then VA, then status",
                    List.of("OS_DISCONNECT"), Verdict.COUNTEREXAMPLE,
                    DISCONNECT_ORDER + ".anOsInitiatedDisconnectLeavesAWindowUntilTheUmdsNextSubmission"),
            new Variant("os-status-first", "OS-initiated disconnect as the emulator's STATUS_FIRST makes it: status, the DDI, then VA",
                    List.of("OS_DISCONNECT", "STATUS_FIRST"), Verdict.COUNTEREXAMPLE,
                    DISCONNECT_ORDER + ".inTheOsStatusFirstOrderARingTheFirmwareHasNotRunIsLeftBehind"),
            new Variant("os-abort", "a TDR: the DDI, then VA, then DISCONNECTED_ABORT (one submission per queue)",
                    List.of("OS_DISCONNECT", "OS_ABORT", "NSUB=1"), Verdict.VERIFIED, "-"),
            new Variant("os-ddi-first-kick", "OS-initiated disconnect: the DDI (which kicks and drains), then VA, then status",
                    List.of("OS_DISCONNECT", "OS_DDI_KICK"), Verdict.COUNTEREXAMPLE, MODEL_ONLY),
            new Variant("os-ddi-last", "OS-initiated disconnect: VA, then status, then the DDI",
                    List.of("OS_DISCONNECT", "OS_DDI_LAST"), Verdict.COUNTEREXAMPLE, MODEL_ONLY),
            new Variant("os-ddi-last-kick", "OS-initiated disconnect: VA, then status, then the DDI (which kicks and drains)",
                    List.of("OS_DISCONNECT", "OS_DDI_LAST", "OS_DDI_KICK"), Verdict.VERIFIED, MODEL_ONLY),
            new Variant("os-ddi-last-kick-status-first", "OS-initiated disconnect: status, then VA, then the DDI (which kicks and drains)",
                    List.of("OS_DISCONNECT", "OS_DDI_LAST", "OS_DDI_KICK", "STATUS_FIRST"), Verdict.VERIFIED, MODEL_ONLY));

    /** The model's resource in the jar. */
    static final String MODEL = "/dev/umws/model/umws.pml";
    /** Depth bounds for the search of a short counterexample (steps of the verifier, not actor steps). */
    private static final int[] SHORT_DEPTHS = {150, 300};
    /** The exhaustive search's depth bound: far above the configuration's longest path. */
    private static final int FULL_DEPTH = 1_000_000;
    private static final long TIMEOUT_SECONDS = 300;

    private static final Pattern ERRORS = Pattern.compile("errors: (\\d+)");
    private static final Pattern STATES = Pattern.compile("(\\d+) states, stored");
    private static final Pattern DEPTH = Pattern.compile("depth reached (\\d+)");
    private static final Pattern ACTOR = Pattern.compile("^\\s*((?:UMD|OS|KMD|GPU)\\b.*)$");
    private static final Pattern COUNTER = Pattern.compile("^\\s*(wp|rp)\\[(\\d+)\\] = (\\d+)$");

    private ModelChecker() {
    }

    /** What is missing to run the checks (spin, a C compiler), with the command that installs it; empty if nothing. */
    public static Optional<String> missingTools() {
        List<String> missing = new ArrayList<>();
        if (!runs("spin", "-V")) {
            missing.add("spin (Debian/Ubuntu: apt-get install spin; macOS: brew install spin)");
        }
        if (!runs(compiler(), "--version")) {
            missing.add("a C compiler named by $CC or cc");
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", missing));
    }

    /** The spin version line, for the report. */
    public static String spinVersion() {
        try {
            return run(Path.of("."), List.of("spin", "-V")).strip();
        } catch (IOException e) {
            return "spin: " + e.getMessage();
        }
    }

    /** The model's source text. */
    public static String source() throws IOException {
        try (InputStream in = ModelChecker.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IOException("the model " + MODEL + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String compiler() {
        String cc = System.getenv("CC");
        return cc == null || cc.isBlank() ? "cc" : cc;
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What a command printed (stdout and stderr together) and its exit status. */
    private record Ran(int exit, String output) {
    }

    /** Runs a command in {@code dir} to its end (at most TIMEOUT_SECONDS). */
    private static Ran exec(Path dir, List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + ": no answer in " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return new Ran(p.exitValue(), out);
    }

    /** What a command printed, whatever its exit status (the verifier exits 0 or not by its search). */
    private static String run(Path dir, List<String> command) throws IOException {
        return exec(dir, command).output();
    }

    /** What a command printed; its failure is an IOException with that output. */
    private static String checked(Path dir, List<String> command) throws IOException {
        Ran r = exec(dir, command);
        if (r.exit() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + r.output());
        }
        return r.output();
    }

    private static List<String> defines(Variant v) {
        return v.defines().stream().map(d -> "-D" + d).toList();
    }

    /** Checks one variant in its own directory under {@code work} (created, and left there). */
    public static Result check(Variant v, Path work) throws IOException {
        Path dir = work.resolve(v.name()).toAbsolutePath();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("umws.pml"), source());
        List<String> spin = new ArrayList<>(List.of("spin", "-a"));
        spin.addAll(defines(v));
        spin.add("umws.pml");
        checked(dir, spin);
        // SAFETY: assertions and invalid end states (a process stuck where it may not end), no cycles.
        checked(dir, List.of(compiler(), "-O2", "-DSAFETY", "-w", "-o", "pan", "pan.c"));
        long start = System.nanoTime();
        String out = search(dir, FULL_DEPTH);
        double seconds = (System.nanoTime() - start) / 1e9;
        long states = Long.parseLong(first(STATES, out, "0"));
        int depth = Integer.parseInt(first(DEPTH, out, "0"));
        if (Integer.parseInt(first(ERRORS, out, "-1")) == 0) {
            if (!out.contains("State-vector")) {
                throw new IOException(v.name() + ": the verifier printed no result:\n" + out);
            }
            return new Result(v, Verdict.VERIFIED, states, depth, seconds, "", List.of(), List.of());
        }
        String failure = failure(out);
        for (int bound : SHORT_DEPTHS) { // a short path to the same kind of error, if there is one
            Files.deleteIfExists(dir.resolve("umws.pml.trail"));
            String shorter = search(dir, bound);
            if (Files.exists(dir.resolve("umws.pml.trail")) && failure(shorter).equals(failure)) {
                break;
            }
        }
        if (!Files.exists(dir.resolve("umws.pml.trail"))) {
            search(dir, FULL_DEPTH);
        }
        List<String> replay = new ArrayList<>(List.of("spin", "-t"));
        replay.addAll(defines(v));
        replay.add("umws.pml");
        String trail = run(dir, replay);
        List<String> steps = new ArrayList<>();
        TreeMap<Integer, long[]> counters = new TreeMap<>();
        for (String line : trail.split("\n")) {
            Matcher a = ACTOR.matcher(line);
            if (a.matches()) {
                steps.add(a.group(1).strip());
                continue;
            }
            Matcher c = COUNTER.matcher(line);
            if (c.matches()) {
                counters.computeIfAbsent(Integer.parseInt(c.group(2)), q -> new long[2])[c.group(1).equals("wp") ? 0 : 1] =
                        Long.parseLong(c.group(3));
            }
        }
        List<String> end = new ArrayList<>();
        counters.forEach((q, wr) -> end.add("q" + q + ": " + wr[0] + " published, " + wr[1] + " executed"
                + (wr[0] > wr[1] ? " (lost: " + (wr[0] - wr[1]) + ")" : "")));
        return new Result(v, Verdict.COUNTEREXAMPLE, states, depth, seconds, failure, steps, end);
    }

    private static String search(Path dir, int depth) throws IOException {
        return run(dir, List.of(dir.resolve("pan").toString(), "-m" + depth));
    }

    private static String first(Pattern p, String text, String otherwise) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : otherwise;
    }

    /** What the error means, in the protocol's words. */
    static String failure(String panOutput) {
        if (panOutput.contains("rp[q]==wp[q]")) {
            return "a submission is lost: its UMD read CONNECTED after its ring, and nothing ran it";
        }
        if (panOutput.contains("done_umds==")) {
            return "a UMD never finished: nothing else could move";
        }
        if (panOutput.contains("in_os[")) {
            return "code other than the OS wrote a status";
        }
        if (panOutput.contains("invalid end state")) {
            return "a deadlock: a process is stuck where it may not end";
        }
        Matcher m = Pattern.compile("(assertion violated[^\\n]*|Error:[^\\n]*)").matcher(panOutput);
        return m.find() ? m.group(1).strip() : "an error the model does not name";
    }

    /** The counterexample as a person reads it: numbered steps, what broke, and the end counts. */
    public static String describe(Result r) {
        StringBuilder b = new StringBuilder();
        b.append(r.variant().name()).append(": ").append(r.variant().description()).append('\n');
        b.append("spin defines: ").append(r.variant().defines().isEmpty() ? "(none)" : String.join(" ", r.variant().defines()))
                .append('\n');
        if (r.verdict() == Verdict.VERIFIED) {
            return b.append("verified: ").append(r.states()).append(" states, depth ").append(r.depth()).append('\n').toString();
        }
        b.append("counterexample: ").append(r.failure()).append('\n');
        for (int i = 0; i < r.steps().size(); i++) {
            b.append(String.format("%3d. %s%n", i + 1, r.steps().get(i)));
        }
        b.append("end: ").append(String.join("; ", r.end())).append('\n');
        b.append("replayed on the emulator by: ").append(r.variant().replay()).append('\n');
        return b.toString();
    }
}
