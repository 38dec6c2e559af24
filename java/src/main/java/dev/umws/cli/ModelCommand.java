package dev.umws.cli;

import dev.umws.model.ModelChecker;
import dev.umws.model.ModelChecker.Result;
import dev.umws.model.ModelChecker.Variant;
import dev.umws.model.ModelChecker.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code umws model}: checks the submission protocol's model with spin, one line per OS order,
 * UMD and KMD variant, and writes each counterexample as numbered actor steps. Exit status 0 when
 * every verdict is the one the project documents, 1 when one changed, 2 when spin or a C compiler
 * is missing.
 */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Check the doorbell protocol's model (model/umws.pml) with spin for every OS order and UMD variant.")
final class ModelCommand implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--out", description = "Where the searches and the counterexamples go (default ${DEFAULT-VALUE}).",
            defaultValue = "target/model")
    Path out;

    @Option(names = "--only", description = "Check only these variants (by name).", split = ",")
    List<String> only;

    @Option(names = "--jobs", description = "Searches at once (default: the CPUs, at most 2).")
    int jobs = Math.min(2, Runtime.getRuntime().availableProcessors());

    private final PrintStream stdout = System.out;

    @Override
    public Integer call() throws Exception {
        var missing = ModelChecker.missingTools();
        if (missing.isPresent()) {
            System.err.println("umws model: missing " + missing.get());
            return 2;
        }
        List<Variant> variants = ModelChecker.VARIANTS.stream()
                .filter(v -> only == null || only.contains(v.name())).toList();
        if (variants.isEmpty()) {
            System.err.println("umws model: no variant named " + only + "; the variants: "
                    + ModelChecker.VARIANTS.stream().map(Variant::name).toList());
            return 2;
        }
        Files.createDirectories(out);
        stdout.println("umws model: 2 queues on 1 physical doorbell, 2 submissions each, sequentially consistent memory ("
                + ModelChecker.spinVersion() + ")");
        long start = System.nanoTime();
        List<Result> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        try {
            List<Future<Result>> pending = new ArrayList<>();
            for (Variant v : variants) {
                pending.add(pool.submit(() -> ModelChecker.check(v, out)));
            }
            for (Future<Result> f : pending) {
                Result r = f.get();
                results.add(r);
                stdout.println(line(r));
            }
        } finally {
            pool.shutdownNow();
        }
        long verified = results.stream().filter(r -> r.verdict() == Verdict.VERIFIED).count();
        List<String> changed = results.stream().filter(r -> !r.asExpected()).map(r -> r.variant().name()).toList();
        stdout.printf("%d variants in %.1f s: %d verified, %d counterexamples; %s%n", results.size(),
                (System.nanoTime() - start) / 1e9, verified, results.size() - verified,
                changed.isEmpty() ? "every verdict as documented" : "CHANGED from the documented verdict: " + changed);
        return changed.isEmpty() ? 0 : 1;
    }

    private String line(Result r) throws IOException {
        String head = String.format("%-30s %-15s", r.variant().name(), r.verdict() == Verdict.VERIFIED ? "verified" : "counterexample");
        String tail;
        if (r.verdict() == Verdict.VERIFIED) {
            tail = String.format("%,d states, depth %,d, %.1f s", r.states(), r.depth(), r.seconds());
        } else {
            Path file = out.resolve(r.variant().name() + ".txt");
            Files.writeString(file, ModelChecker.describe(r));
            tail = String.format("%d steps, %s: %s", r.steps().size(), r.failure().split(":")[0], file);
        }
        return head + tail + (r.asExpected() ? "" : "   (expected " + r.variant().expected().name().toLowerCase() + ")");
    }
}
