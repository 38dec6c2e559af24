package dev.umws.run;

import dev.umws.BrokenNativeKmd;
import dev.umws.abi.Generation;
import dev.umws.gpu.GpuConfig;
import dev.umws.kmd.NativeKmd;
import dev.umws.kmd.ReferenceKmd;
import dev.umws.nativelib.NativeLibrary;
import dev.umws.os.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java API for running native drivers: the C reference KMD with example UMD runs in processes
 * of their own, the Java KMD under the same runs, what a broken driver and a failing UMD do to the
 * report, and the errors of a library that is missing or lacks its entry point.
 */
@Timeout(120)
class DriverRunTest {
    private static final GpuConfig THREE_DOORBELLS_TWO_ENGINES = GpuConfig.defaults()
            .withDoorbells(3, GpuConfig.Placement.DEDICATED_PAGE).withEngines(2);

    @Test
    void theReferenceKmdAndFourExampleRunsCompleteEveryFenceAndBreakNoRule() {
        UmdRun four = UmdRun.example().withWork(4, 100, 4);
        RunReport r = DriverRun.reference().gpu(THREE_DOORBELLS_TWO_ENGINES)
                .umd(four).umd(four.onEngine(1)).umd(four).umd(four.onEngine(1)).run();
        System.out.printf("DriverRunTest %s: %d runs, %d queues on 3 doorbells, %d of %d fences, %d reconnects, "
                + "%d ISR calls, %d interrupts, %d DPCs in %.2f s%n", Generation.SELECTED, r.umds().size(),
                r.counters().queues(), r.fencesCompleted(), r.fencesExpected(), r.reconnects(), r.counters().isrCalls(),
                r.counters().interruptsNotified(), r.counters().dpcsNotified(), r.seconds());
        assertTrue(r.clean(), () -> r.problems() + " " + r);
        assertEquals(List.of(), r.problems());
        assertEquals(4 * 4 * 100L, r.fencesExpected());
        assertEquals(r.fencesExpected(), r.fencesCompleted());
        assertFalse(r.lostFence());
        for (RunReport.UmdOutcome u : r.umds()) {
            assertTrue(u.succeeded(), u::failure);
            assertEquals("none", u.failure());
            assertTrue(u.seconds() > 0 && u.seconds() <= r.seconds(), u + " within " + r.seconds());
        }
        // sixteen queues on three doorbells: the KMD took doorbells back and the UMDs reconnected
        assertTrue(r.reconnects() > 0, r::toString);
        RunReport.Counters c = r.counters();
        assertEquals(16, c.queues());
        assertTrue(c.nativeIsr(), "the GPU's interrupt thread calls the C KMD's own ISR");
        assertTrue(c.isrCalls() > 0 && c.interruptsNotified() > 0 && c.dpcsNotified() > 0, c::toString);
        assertEquals(List.of(), c.faults());
        assertEquals(2, c.engines().size());
        assertTrue(c.engines().get(0).packets() > 0 && c.engines().get(1).packets() > 0, c::toString);
    }

    @Test
    void aJavaKmdRunsTheSameNativeUmds() {
        RunReport r = DriverRun.of(new ReferenceKmd()).umd(UmdRun.example().withWork(2, 50, 2)).run();
        assertTrue(r.clean(), () -> r.problems().toString());
        assertEquals(100, r.fencesCompleted());
        assertFalse(r.counters().nativeIsr());
        assertEquals(ReferenceKmd.class.getName(), r.kmd());
    }

    @Test
    void aBrokenRuleIsInTheReportAndTheRunIsNotClean() {
        try (NativeKmd broken = BrokenNativeKmd.load(BrokenNativeKmd.BIND_AT_CREATE)) {
            RunReport r = DriverRun.of(broken).umd(UmdRun.example().withWork(2, 20, 2)).run();
            assertFalse(r.clean());
            assertFalse(r.violations().isEmpty());
            assertEquals(Rule.R1_LAZY_PHYSICAL_DOORBELL, r.violations().get(0).rule(), r.violations()::toString);
            assertTrue(r.problems().stream().anyMatch(p -> p.endsWith("rule violation") || p.endsWith("rule violations")),
                    r.problems()::toString);
        } finally {
            // the choice belongs to the library: leave it without a fault for whoever loads it next
            BrokenNativeKmd.load(0).close();
        }
    }

    @Test
    void aUmdRunThatFailsLosesItsFencesAndSaysWhichCall() {
        try (NativeKmd broken = BrokenNativeKmd.load(BrokenNativeKmd.NULL_CONNECT_ADDRESS)) {
            RunReport r = DriverRun.of(broken).umd(UmdRun.example().withWork(1, 10, 1)).run();
            assertTrue(r.lostFence(), r::toString);
            RunReport.UmdOutcome u = r.umds().get(0);
            assertFalse(u.succeeded());
            assertTrue(u.fencesLost() > 0);
            // G1/G2 connect at the first ring, G3 when the queue is made: either call is named
            assertTrue(u.failure().contains("DOORBELL") || u.failure().contains("HWQUEUE"), u.failure());
            assertTrue(r.problems().stream().anyMatch(p -> p.startsWith("UMD 1 (") && p.contains("failed")),
                    r.problems()::toString);
        } finally {
            BrokenNativeKmd.load(0).close();
        }
    }

    @Test
    void aMissingLibraryOrEntryPointFailsBeforeTheOsStarts() {
        IllegalStateException noUmd = assertThrows(IllegalStateException.class,
                () -> DriverRun.reference().umd(UmdRun.of(Path.of("no-such-umd.so"))).run());
        assertTrue(noUmd.getMessage().contains("no-such-umd.so"), noUmd.getMessage());
        IllegalArgumentException noEntry = assertThrows(IllegalArgumentException.class,
                () -> DriverRun.reference().umd(UmdRun.example().withEntry("umws_umd_example_nothing")).run());
        assertTrue(noEntry.getMessage().contains("exports no umws_umd_example_nothing"), noEntry.getMessage());
        Path nowhere = NativeLibrary.path().resolveSibling("no-such-kmd.so");
        IllegalArgumentException noKmd = assertThrows(IllegalArgumentException.class,
                () -> DriverRun.of(nowhere).umd(UmdRun.example()).run());
        assertTrue(noKmd.getMessage().contains("cannot load the KMD library"), noKmd.getMessage());
        IllegalArgumentException noEngine = assertThrows(IllegalArgumentException.class,
                () -> DriverRun.reference().umd(UmdRun.example().onEngine(1)).run());
        assertTrue(noEngine.getMessage().contains("engine 1"), noEngine.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DriverRun.reference().run(), "no UMD");
        assertThrows(IllegalArgumentException.class, () -> UmdRun.example().withRingBytes(3000));
    }
}
