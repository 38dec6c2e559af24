package dev.umws.bench;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every handler of the interrupt-path matrix delivers every interrupt, times each one after it
 * was raised, loses none, and (upcall, JNI) attaches the interrupt thread once only.
 */
class InterruptPathTest {

    @Test
    void everyHandlerDeliversEveryInterruptOnceAttached() {
        for (InterruptExperiment.Handler h : InterruptExperiment.Handler.values()) {
            if (h == InterruptExperiment.Handler.C_WAITER || h == InterruptExperiment.Handler.OS_WAITER
                    || (h == InterruptExperiment.Handler.JNI && !Jni.available())) {
                continue;
            }
            boolean poller = h == InterruptExperiment.Handler.JAVA_POLLER || h == InterruptExperiment.Handler.C_POLLER;
            InterruptExperiment.Wait[] waits = poller ? new InterruptExperiment.Wait[] {InterruptExperiment.Wait.NO_ISR}
                    : new InterruptExperiment.Wait[] {InterruptExperiment.Wait.POLLING,
                            InterruptExperiment.Wait.SLEEPING};
            for (InterruptExperiment.Wait w : waits) {
                InterruptExperiment.Run run = InterruptExperiment.measure(h, w, 10, 200);
                String what = h.label + ", " + w.label;
                assertEquals(200, run.samples().length, what);
                assertTrue(Arrays.stream(run.samples()).allMatch(s -> s > 0), what + ": a sample not after its "
                        + "interrupt: " + Arrays.toString(run.samples()));
                assertTrue(run.firstNs() > 0, what);
                assertEquals(0, run.attachesAfterFirst(), what + ": the interrupt thread attached again");
                assertEquals(0, run.overflows(), what);
                assertEquals(0, run.lost(), what);
                assertTrue(run.errors(what).isEmpty(), run.errors(what).toString());
            }
        }
    }

    @Test
    void aRecordLostToTheInterruptRingsOverflowIsAnErrorNotASample() {
        InterruptExperiment.Run run = InterruptExperiment.measure(InterruptExperiment.Handler.UPCALL,
                InterruptExperiment.Wait.POLLING, 10, 100, Affinity.NONE, InterruptExperiment.Fault.LOST_RECORDS);
        assertTrue(run.overflows() > 0, "the stalled handler let the 16-entry ring overflow");
        assertTrue(run.lost() > 0, "records lost to the overflow were never handled");
        assertTrue(run.samples().length < 100, "a lost record is not a sample");
        assertTrue(Arrays.stream(run.samples()).allMatch(s -> s > 0), Arrays.toString(run.samples()));
        assertEquals(2, run.errors("here").size(), run.errors("here").toString());
    }

    @Test
    void theOsStackWakesABlockedWaiterForEverySubmission() {
        long[] samples = DpcWaiter.measure(5, 50);
        assertEquals(50, samples.length);
        assertTrue(Arrays.stream(samples).allMatch(s -> s > 0), Arrays.toString(samples));
    }
}
