package dev.umws.bench;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every cell of the interrupt-path matrix delivers every interrupt, times each one after it was
 * raised, and (upcall, JNI) attaches the interrupt thread once only.
 */
class InterruptPathTest {

    @Test
    void everyHandlerDeliversEveryInterruptOnceAttached() {
        for (InterruptExperiment.Handler h : InterruptExperiment.Handler.values()) {
            if (h == InterruptExperiment.Handler.JNI && !Jni.available()) {
                continue;
            }
            for (boolean polling : new boolean[] {true, false}) {
                InterruptExperiment.Run run = InterruptExperiment.measure(h, polling, 10, 200);
                assertEquals(200, run.samples().length, h.label);
                assertTrue(Arrays.stream(run.samples()).allMatch(s -> s > 0), h.label + ": a sample not after its "
                        + "interrupt: " + Arrays.toString(run.samples()));
                assertTrue(run.firstNs() > 0, h.label);
                assertEquals(0, run.attachesAfterFirst(), h.label + ": the interrupt thread attached again");
            }
        }
    }

    @Test
    void theOsStackWakesABlockedWaiterForEverySubmission() {
        long[] samples = DpcWaiter.measure(5, 50);
        assertEquals(50, samples.length);
        assertTrue(Arrays.stream(samples).allMatch(s -> s > 0), Arrays.toString(samples));
    }
}
