package dev.umws.fidelity;

import dev.umws.abi.AbiFacts.Fact;
import dev.umws.abi.AbiFacts.Kind;
import dev.umws.abi.Generation;
import dev.umws.nativelib.AbiTableCheck;
import dev.umws.nativelib.Platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks one generation's Java facts against one ABI's compiler. */
final class AbiCheck {
    private static final Duration COMPILE = Duration.ofSeconds(120);
    /** A fresh Wine prefix takes 5-30 s to set up on first use. */
    private static final Duration WINE = Duration.ofSeconds(300);
    private static final Object WINE_LOCK = new Object();
    private static final int MAX_COMPILER_LINES = 20;

    private static final Pattern IR_CONSTANT = Pattern.compile("^@umws_m_(\\d+) = .*?constant i64 (-?\\d+)");
    private static final Pattern ASM_LABEL = Pattern.compile("^_?umws_m_(\\d+):");
    private static final Pattern ASM_VALUE = Pattern.compile("^\\s*\\.(quad|8byte|xword)\\s+(-?\\d+)");
    private static final Pattern ASM_ZERO = Pattern.compile("^\\s*\\.(zero|space)\\s+8\\b");
    private static final Pattern DUMP_RECORD = Pattern.compile("^\\s*\\d+ \\| struct umws_probe_(\\w+)\\s*$");
    private static final Pattern DUMP_BITS = Pattern.compile("^\\s*(\\d+):(\\d+)-(\\d+) \\|\\s+.*?(\\w+)\\s*$");

    private final Abi abi;
    private final Generation generation;
    private final Path include;
    private final Path dir;
    private final Path winePrefix;

    AbiCheck(Abi abi, Generation generation, Path include, Path workDir, Path winePrefix) {
        this.abi = abi;
        this.generation = generation;
        this.include = include;
        this.dir = workDir.resolve(generation.name()).resolve(abi.id());
        this.winePrefix = winePrefix;
    }

    AbiReport run(List<Fact> facts, List<String> undefined) {
        Optional<Path> compiler = Tools.which(abi.compiler());
        if (compiler.isEmpty()) {
            return AbiReport.skipped(abi, generation, abi.compiler() + " not found; install: " + abi.install());
        }
        Optional<String> bitsUnavailable = bitsUnavailable();
        if (bitsUnavailable.isPresent()) {
            return AbiReport.skipped(abi, generation, bitsUnavailable.get());
        }
        try {
            Files.createDirectories(dir);
            List<String> problems = new ArrayList<>();
            int checked = measureAndCompare(compiler.get(), facts, problems);
            checked += compileAsserts(compiler.get(), facts, undefined, problems);
            checked += measureBitsAndCompare(compiler.get(), facts, problems);
            return new AbiReport(abi, generation, problems.isEmpty() ? AbiReport.Outcome.VERIFIED : AbiReport.Outcome.FAILED,
                    "", problems, checked);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<String> bitsUnavailable() {
        return switch (abi.bits()) {
            case CLANG_DUMP -> Optional.empty();
            case RUN_HERE -> Platform.id().equals("linux-x86_64") ? Optional.empty()
                    : Optional.of("runs its probe on linux-x86_64 only; this is " + Platform.id());
            case RUN_WINE -> Tools.which("wine").isPresent() || Tools.which("clang").isPresent() ? Optional.empty()
                    : Optional.of("bit positions need wine (or clang); install: " + abi.install());
        };
    }

    private List<String> compile(Path compiler, String... extra) {
        List<String> cmd = new ArrayList<>();
        cmd.add(compiler.toString());
        cmd.addAll(abi.flags());
        cmd.add("-std=c11");
        cmd.add("-DUMWS_GENERATION=" + generation.number());
        cmd.add("-I" + include);
        cmd.addAll(List.of(extra));
        return cmd;
    }

    /** Compiles the measurement file and compares every number with the Java facts. */
    private int measureAndCompare(Path compiler, List<Fact> facts, List<String> problems) throws IOException {
        Path src = write("measure.c", CSources.measure(generation, facts));
        Path out = dir.resolve(abi.clang() ? "measure.ll" : "measure.s");
        List<String> cmd = abi.clang() ? compile(compiler, "-S", "-emit-llvm", "-o", out.toString(), src.toString())
                : compile(compiler, "-S", "-o", out.toString(), src.toString());
        Tools.Run r = Tools.run(cmd, dir, Map.of(), COMPILE);
        if (!r.ok()) {
            problems.add("the measurement file does not compile (a member the Java mirror names is missing in C?):");
            problems.addAll(compilerErrors(r.output()));
            return 0;
        }
        Map<Integer, Long> values = abi.clang() ? parseIr(Files.readString(out)) : parseAsm(Files.readString(out));
        int i = 0;
        int checked = 0;
        for (Fact f : facts) {
            int n = CSources.expressions(f).size();
            if (n == 0) {
                continue;
            }
            Long first = values.get(i);
            Long second = n > 1 ? values.get(i + 1) : Long.valueOf(0);
            if (first == null || second == null) {
                problems.add(f.where() + ": no value found in the compiler's output");
            } else {
                problems.addAll(AbiTableCheck.differences(f, new Fact(f.kind(), f.type(), f.member(), first, second),
                        "Java", abi.id()));
                checked += n;
            }
            i += n;
        }
        return checked;
    }

    /** Compiles the static assertions with -Wpadded, so implicit padding fails too. */
    private int compileAsserts(Path compiler, List<Fact> facts, List<String> undefined, List<String> problems)
            throws IOException {
        Path src = write("asserts.c", CSources.asserts(generation, facts, undefined));
        Tools.Run r = Tools.run(compile(compiler, "-Wall", "-Wextra", "-Wpadded", "-Werror", "-fsyntax-only",
                src.toString()), dir, Map.of(), COMPILE);
        if (!r.ok()) {
            problems.add("the static assertions fail:");
            problems.addAll(compilerErrors(r.output()));
            return 0;
        }
        return CSources.measuredCount(facts) + undefined.size();
    }

    private int measureBitsAndCompare(Path compiler, List<Fact> facts, List<String> problems) throws IOException {
        List<Fact> bits = facts.stream().filter(f -> f.kind() == Kind.BITS).toList();
        if (bits.isEmpty()) {
            return 0;
        }
        Map<String, long[]> measured = new HashMap<>();
        boolean run = abi.bits() == Abi.BitsBy.RUN_HERE
                || (abi.bits() == Abi.BitsBy.RUN_WINE && Tools.which("wine").isPresent());
        if (run) {
            if (!runBitsProgram(compiler, bits, measured, problems)) {
                return 0;
            }
        } else {
            Path clang = abi.clang() ? compiler : Tools.which("clang").orElseThrow();
            List<String> flags = abi.clang() ? abi.flags() : List.of("--target=x86_64-w64-windows-gnu", "-ffreestanding");
            if (!dumpBits(clang, flags, bits, measured, problems)) {
                return 0;
            }
        }
        int checked = 0;
        for (Fact f : bits) {
            long[] m = measured.get(f.type() + "." + f.member());
            if (m == null) {
                problems.add(f.where() + ": bit-field in Java, not found by " + abi.id());
                continue;
            }
            problems.addAll(AbiTableCheck.differences(f, new Fact(Kind.BITS, f.type(), f.member(), m[0], m[1]),
                    "Java", abi.id()));
            checked += 2;
        }
        return checked;
    }

    private boolean runBitsProgram(Path compiler, List<Fact> bits, Map<String, long[]> measured, List<String> problems)
            throws IOException {
        Path src = write("bits.c", CSources.bitsProgram(generation, bits));
        Path exe = dir.resolve(abi.bits() == Abi.BitsBy.RUN_WINE ? "bits.exe" : "bits");
        Tools.Run built = Tools.run(compile(compiler, "-O0", "-o", exe.toString(), src.toString()), dir, Map.of(), COMPILE);
        if (!built.ok()) {
            problems.add("the bit-field program does not compile:");
            problems.addAll(compilerErrors(built.output()));
            return false;
        }
        Tools.Run ran;
        if (abi.bits() == Abi.BitsBy.RUN_WINE) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("WINEDEBUG", "-all");
            env.put("WINEDLLOVERRIDES", "mscoree,mshtml=");
            env.put("WINEPREFIX", winePrefix.toString());
            synchronized (WINE_LOCK) {
                Files.createDirectories(winePrefix.getParent());
                ran = Tools.run(List.of("wine", exe.toString()), dir, env, WINE);
            }
        } else {
            ran = Tools.run(List.of(exe.toString()), dir, Map.of(), COMPILE);
        }
        if (!ran.ok()) {
            problems.add("the bit-field program failed (exit " + ran.exit() + "): " + tail(ran.output()));
            return false;
        }
        for (String line : ran.output().split("\\R")) {
            String[] p = line.trim().split(" ");
            if (p.length == 3 && p[0].contains(".")) {
                measured.put(p[0], new long[] {Long.parseLong(p[1]), Long.parseLong(p[2])});
            }
        }
        return true;
    }

    private boolean dumpBits(Path clang, List<String> flags, List<Fact> bits, Map<String, long[]> measured,
            List<String> problems) throws IOException {
        List<String> types = bits.stream().map(Fact::type).distinct().toList();
        Path src = write("bits_dump.c", CSources.bitsDump(generation, types));
        List<String> cmd = new ArrayList<>();
        cmd.add(clang.toString());
        cmd.addAll(flags);
        cmd.addAll(List.of("-std=c11", "-DUMWS_GENERATION=" + generation.number(), "-I" + include, "-fsyntax-only",
                "-Xclang", "-fdump-record-layouts", src.toString()));
        Tools.Run r = Tools.run(cmd, dir, Map.of(), COMPILE);
        if (!r.ok()) {
            problems.add("the record-layout dump failed:");
            problems.addAll(compilerErrors(r.output()));
            return false;
        }
        Files.writeString(dir.resolve("bits_dump.txt"), r.output());
        String record = null;
        for (String line : r.output().split("\\R")) {
            Matcher rec = DUMP_RECORD.matcher(line);
            if (rec.matches()) {
                record = rec.group(1);
                continue;
            }
            if (line.contains("[sizeof=")) {
                record = null; // the end of a dumped record
                continue;
            }
            Matcher b = DUMP_BITS.matcher(line);
            if (record != null && b.matches()) {
                long bit = Long.parseLong(b.group(1)) * 8 + Long.parseLong(b.group(2));
                long width = Long.parseLong(b.group(3)) - Long.parseLong(b.group(2)) + 1;
                for (Fact f : bits) {
                    String last = f.member().substring(f.member().lastIndexOf('.') + 1);
                    if (f.type().equals(record) && last.equals(b.group(4))) {
                        measured.putIfAbsent(f.type() + "." + f.member(), new long[] {bit, width});
                    }
                }
            }
        }
        return true;
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    static Map<Integer, Long> parseIr(String ir) {
        Map<Integer, Long> out = new HashMap<>();
        for (String line : ir.split("\\R")) {
            Matcher m = IR_CONSTANT.matcher(line);
            if (m.find()) {
                out.put(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)));
            }
        }
        return out;
    }

    static Map<Integer, Long> parseAsm(String asm) {
        Map<Integer, Long> out = new HashMap<>();
        Integer pending = null;
        for (String line : asm.split("\\R")) {
            Matcher label = ASM_LABEL.matcher(line);
            if (label.find()) {
                pending = Integer.parseInt(label.group(1));
                continue;
            }
            if (pending != null) {
                Matcher v = ASM_VALUE.matcher(line);
                if (v.find()) {
                    String n = v.group(2);
                    out.put(pending, n.startsWith("-") ? Long.parseLong(n) : Long.parseUnsignedLong(n));
                    pending = null;
                } else if (ASM_ZERO.matcher(line).find()) {
                    out.put(pending, 0L);
                    pending = null;
                }
            }
        }
        return out;
    }

    private static List<String> compilerErrors(String output) {
        List<String> lines = output.lines().filter(l -> l.contains("error")).limit(MAX_COMPILER_LINES)
                .map(l -> "  " + l.trim()).toList();
        return lines.isEmpty() ? List.of("  " + tail(output)) : lines;
    }

    private static String tail(String s) {
        String t = s.strip();
        return t.length() > 400 ? "..." + t.substring(t.length() - 400) : t;
    }
}
