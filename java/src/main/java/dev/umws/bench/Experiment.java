package dev.umws.bench;

import dev.umws.bench.report.Section;

/**
 * One experiment of the runner: measures, and returns its results as a report section. C
 * baselines are measured inside the same {@code run}, interleaved with the Java paths.
 */
interface Experiment {

    /** Short id, used in file names and {@code --only}. */
    String id();

    Section run(Settings settings, Progress progress);

    /**
     * How long to measure. {@code quick} is the tested variant (the whole runner under a minute);
     * {@code rounds} interleaved rounds of {@code samples} latency samples per path.
     */
    record Settings(boolean quick, int rounds, int samples) {
    }

    /** Where long runs report what they are doing (stderr on the terminal). */
    @FunctionalInterface
    interface Progress {
        void step(String message);
    }
}
