package dev.umws.cli;

import dev.umws.BrokenNativeKmd;
import dev.umws.nativelib.NativeLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code umws run} end to end in this JVM: the C reference KMD with the C example UMD exits 0
 * with every fence completed; the broken twin breaking a rule exits 1 and prints the violation; a
 * library that is missing, or lacks the entry point, is a clear error and exits 2.
 */
@Timeout(120)
class RunCommandTest {
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
        savedOut.print(out.toString(StandardCharsets.UTF_8)); // in the test's report too
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theReferenceKmdAndTheExampleUmdCompleteEveryFenceAndExitZero() {
        // two processes x 3 queues on 2 doorbells, two engines, lower-case detection mode
        int status = Umws.run("run", "--kmd", "reference", "--umd", "example", "--queues", "3", "--submissions", "50",
                "--doorbells", "2", "--engines", "2", "--detect", "notify");
        assertEquals(RunCommand.CLEAN, status, out() + err());
        String o = out();
        assertTrue(o.contains("2 UMD runs, 6 queues, 2 physical doorbells, 2 engines, detection NOTIFY"), o);
        assertTrue(o.contains("submissions: 300, fences completed: 300, in "), o);
        assertTrue(o.contains("fences completed: 150 of 150"), o);
        assertTrue(o.contains("(the KMD's own ISR)"), o);
        assertTrue(o.contains("rule violations: 0"), o);
        assertTrue(o.contains("result: every fence completed, no rule broken"), o);
    }

    @Test
    void withNoOptionsItRunsTheReferenceKmdAndTheExampleUmd() {
        assertEquals(RunCommand.CLEAN, Umws.run("run", "--submissions", "20"), out() + err());
        assertTrue(out().contains("libumws_umd_example") || out().contains("umws_umd_example.dll"), out());
        assertTrue(out().contains("fences completed: 240"), out()); // 2 processes x 6 queues x 20
    }

    @Test
    void aBrokenRuleExitsOneAndPrintsTheViolation() {
        int status = Umws.run("run", "--kmd", "broken", "--kmd-fault", Integer.toString(BrokenNativeKmd.BIND_AT_CREATE),
                "--queues", "2", "--submissions", "10", "--processes", "1");
        assertEquals(RunCommand.FAILED, status, out() + err());
        String o = out();
        assertTrue(o.contains("umws run: KMD broken (") && o.contains(", fault " + BrokenNativeKmd.BIND_AT_CREATE + ";"), o);
        assertTrue(o.contains("rule 1 (R1_LAZY_PHYSICAL_DOORBELL)"), o);
        assertTrue(o.contains("result: FAILED: ") && o.contains("rule violation"), o);
    }

    @Test
    void aFailedUmdRunExitsOneAndSaysWhichCall() {
        int status = Umws.run("run", "--kmd", "broken", "--kmd-fault", Integer.toString(BrokenNativeKmd.NULL_CONNECT_ADDRESS),
                "--queues", "1", "--submissions", "5", "--processes", "1");
        assertEquals(RunCommand.FAILED, status, out() + err());
        assertTrue(out().contains("FAILED: STATUS_"), out());
        assertTrue(out().contains("fences lost") || out().contains("fence lost"), out());
    }

    @Test
    void aMissingLibraryOrEntryPointIsAClearErrorAndExitsTwo() {
        assertEquals(RunCommand.CANNOT_RUN, Umws.run("run", "--umd", "/no/such/dir/libmy_umd.so"));
        assertTrue(err().contains("/no/such/dir/libmy_umd.so") && err().contains("is not a file"), err());

        err.reset();
        assertEquals(RunCommand.CANNOT_RUN, Umws.run("run", "--umd", "example:my_entry"));
        assertTrue(err().contains("exports no my_entry"), err());

        err.reset();
        String kmd = NativeLibrary.path().resolveSibling("no-such-kmd.so").toString();
        assertEquals(RunCommand.CANNOT_RUN, Umws.run("run", "--kmd", kmd));
        assertTrue(err().contains("cannot load the KMD library " + kmd), err());

        err.reset();
        assertEquals(RunCommand.CANNOT_RUN, Umws.run("run", "--kmd-fault", "2"));
        assertTrue(err().contains("only the broken twin"), err());
        assertEquals("", out(), "nothing ran");
    }

    @Test
    void aUmdSpecSplitsAtAColonBeforeAnIdentifierOnly() {
        assertEquals(new RunCommand.UmdSpec("build/libmy_umd.so", "my_umd_run"),
                RunCommand.UmdSpec.parse("build/libmy_umd.so:my_umd_run"));
        assertEquals(new RunCommand.UmdSpec("C:\\drivers\\my_umd.dll", "umws_umd_example_run"),
                RunCommand.UmdSpec.parse("C:\\drivers\\my_umd.dll"));
        assertEquals(new RunCommand.UmdSpec("C:\\drivers\\my_umd.dll", "run2"),
                RunCommand.UmdSpec.parse("C:\\drivers\\my_umd.dll:run2"));
    }

    @Test
    void theHelpListsTheCommand() {
        Umws.run("--help");
        assertTrue(out().contains("run") && out().contains("Run a native KMD and native UMDs"), out());
    }
}
