package dev.umws.fidelity;

import dev.umws.abi.Generation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Every generation's Java layouts against every ABI's compiler. A missing compiler is reported as
 * skipped with its install command; with UMWS_REQUIRE_ALL_ABIS=1 (CI) it fails instead.
 */
class LayoutFidelityTest {

    @TestFactory
    Stream<DynamicTest> everyGenerationIsVerifiedOnEveryAbi() {
        List<AbiReport> reports = Matrices.create("matrix").check(List.of(Generation.values()), Abi.standard());
        return reports.stream().map(r -> DynamicTest.dynamicTest(r.generation() + " on " + r.abi().id(), () -> {
            switch (r.outcome()) {
                case VERIFIED -> assertTrue(r.checked() > 1000, "only " + r.checked() + " numbers compared");
                case FAILED -> fail(r.abi().id() + " disagrees with the Java layouts of " + r.generation() + ":\n  "
                        + String.join("\n  ", r.mismatches()));
                case SKIPPED -> {
                    if (Matrices.requireAll()) {
                        fail("skipped, but UMWS_REQUIRE_ALL_ABIS=1: " + r.reason());
                    }
                    abort("skipped: " + r.reason());
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> theHostCompilerIsAlwaysPresent() {
        AbiReport host = Matrices.create("host").check(List.of(Generation.SELECTED), List.of(Abi.byId("linux-x86_64-gcc")))
                .get(0);
        return Stream.of(DynamicTest.dynamicTest("gcc verifies " + Generation.SELECTED,
                () -> assertEquals(AbiReport.Outcome.VERIFIED, host.outcome(), host.reason() + host.mismatches())));
    }
}
