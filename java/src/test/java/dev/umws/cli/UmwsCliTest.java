package dev.umws.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UmwsCliTest {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream saved;

    @BeforeEach
    void capture() {
        saved = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(saved);
    }

    private String output() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void layoutPrintsEveryStructureWithOffsetsAndSizes() {
        assertEquals(0, Umws.run("layout", "-g", "G2"));
        String out = output();
        assertTrue(out.contains("D3DKMT_CREATE_DOORBELL  (G2, d3dkmthk.h)  size 72, align 8"), out);
        assertTrue(out.matches("(?s).*\\n\\s+64\\s+4\\s+hDoorbell\\n.*"), out);
        assertTrue(out.contains("bit   4  width  1  UserModeSubmission"), out);
    }

    @Test
    void layoutJsonIsMachineReadable() {
        assertEquals(0, Umws.run("layout", "-g", "G3", "--json"));
        String out = output().strip();
        assertTrue(out.startsWith("{") && out.endsWith("}"), out);
        assertTrue(out.contains("\"name\": \"D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION\""), out);
        assertTrue(out.contains("\"size\": 320"), out);
    }

    @Test
    void layoutCheckOnTheHostCompilerVerifiesAndReportsTheNativeTable() {
        assertEquals(0, Umws.run("layout", "--check", "-g", "G2", "--abi", "linux-x86_64-gcc", "--work-dir",
                System.getProperty("umws.work.dir", "target/fidelity") + "/cli"));
        String out = output();
        assertTrue(out.contains("linux-x86_64-gcc      verified"), out);
        assertTrue(out.contains("native library: native table matches"), out);
    }

    @Test
    void theDemoRunsItsScenarioAndReportsWhatHappened() {
        assertEquals(0, Umws.run("demo", "--queues", "3", "--doorbells", "2", "--submissions", "20"));
        String out = output();
        assertTrue(out.contains("fences completed: 120"), out);
        assertTrue(out.contains("rule violations: 0"), out);
        assertTrue(out.contains("HWQUEUE_PAGE_FAULTED"), out);
    }

    @Test
    void anUnknownAbiIsAClearError() {
        assertTrue(Umws.run("layout", "--abi", "vax-vms") != 0);
    }
}
