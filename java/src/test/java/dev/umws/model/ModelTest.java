package dev.umws.model;

import dev.umws.model.ModelChecker.Result;
import dev.umws.model.ModelChecker.Variant;
import dev.umws.model.ModelChecker.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The protocol model, checked with spin for every variant (about a minute on two cores): each
 * verdict is the one docs/protocol-model.md states, each counterexample is a lost submission whose
 * steps show how, and the model-only variants are the ones the emulator cannot replay.
 */
class ModelTest {
    private static Map<String, Result> results;

    @BeforeAll
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // about a minute alone on two cores; more beside other work
    static void checkEveryVariant() throws Exception {
        var missing = ModelChecker.missingTools();
        assumeTrue(missing.isEmpty(), () -> "the model is not checked: missing " + missing.orElseThrow());
        Path work = Path.of("target", "model-test");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Result>> pending = new ArrayList<>();
            for (Variant v : ModelChecker.VARIANTS) {
                pending.add(pool.submit(() -> ModelChecker.check(v, work)));
            }
            List<Result> all = new ArrayList<>();
            for (Future<Result> f : pending) {
                all.add(f.get());
            }
            results = all.stream().collect(Collectors.toMap(r -> r.variant().name(), Function.identity()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyVerdictIsTheDocumentedOne() {
        for (Result r : results.values()) {
            assertEquals(r.variant().expected(), r.verdict(), r.variant().name() + ": " + ModelChecker.describe(r));
            if (r.verdict() == Verdict.VERIFIED) {
                assertTrue(r.states() > 1_000, r.variant().name() + " explored " + r.states() + " states");
            }
        }
    }

    @Test
    void everyCounterexampleLosesASubmissionThatItsUmdSawConnected() {
        for (Result r : results.values()) {
            if (r.verdict() != Verdict.COUNTEREXAMPLE) {
                continue;
            }
            String name = r.variant().name();
            assertTrue(r.failure().startsWith("a submission is lost"), name + ": " + r.failure());
            assertTrue(r.steps().size() <= 40, name + ": a short trail, " + r.steps().size() + " steps");
            assertTrue(r.end().stream().anyMatch(e -> e.contains("(lost: ")), name + ": " + r.end());
            // the losing queue's last ring is next to a read of CONNECTED: after it (the protocol),
            // or before it (the racy UMD reads first)
            String lost = r.end().stream().filter(e -> e.contains("lost")).findFirst().orElseThrow().substring(0, 2);
            List<String> own = r.steps().stream().filter(s -> s.startsWith("UMD " + lost)).toList();
            String last = own.get(own.size() - 1);
            if (name.startsWith("racy")) {
                assertEquals("UMD " + lost + " rings the dummy page", last, name + ": " + own);
                assertEquals("UMD " + lost + " reads CONNECTED", own.get(own.size() - 3), name + ": " + own);
            } else {
                assertEquals("UMD " + lost + " reads CONNECTED", last, name + ": " + own);
                assertTrue(own.get(own.size() - 2).startsWith("UMD " + lost + " rings"), name + ": " + own);
            }
        }
    }

    @Test
    void theDocumentedOsInitiatedOrderLosesWorkRungAfterItsDdi() {
        List<String> os = results.get("os-ddi-first").steps();
        int ddi = os.indexOf(os.stream().filter(s -> s.startsWith("KMD: DxgkDdiDisconnectDoorbell")).findFirst().orElseThrow());
        int status = os.indexOf(os.stream().filter(s -> s.contains("status RETRY")).reduce((a, b) -> b).orElseThrow());
        assertTrue(ddi < status, "the DDI ran before the status was written: " + os);
    }

    @Test
    void theDocumentationStatesEveryVariantsVerdictAndItsReplay() throws Exception {
        String doc = Files.readString(Path.of("docs", "protocol-model.md"));
        for (Variant v : ModelChecker.VARIANTS) {
            String verdict = v.expected() == Verdict.VERIFIED ? "verified" : "counterexample";
            assertTrue(doc.contains("| `" + v.name() + "` |"), "docs/protocol-model.md has a row for " + v.name());
            String row = doc.lines().filter(l -> l.startsWith("| `" + v.name() + "` |")).findFirst().orElseThrow();
            assertTrue(row.contains("| " + verdict + " |"), row);
            if (v.expected() == Verdict.COUNTEREXAMPLE && !v.replay().startsWith("none")) {
                String method = v.replay().substring(v.replay().lastIndexOf('.') + 1);
                assertTrue(row.contains(method), "the row names the replay test " + method + ": " + row);
            }
        }
    }
}
