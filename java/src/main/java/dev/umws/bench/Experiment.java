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
     * How long to measure. {@code quick} is the tested variant (the whole runner under a minute;
     * its targets are not judged); {@code rounds} interleaved rounds of {@code samples} latency
     * samples per path, after one warm-up round that is not kept (it takes the JIT's compiles);
     * {@code seed} draws each round's order ({@link RoundOrder}); {@code affinity} is where the
     * producer and the firmware run.
     */
    record Settings(boolean quick, int rounds, int samples, long seed, Affinity affinity) {
        public Settings {
            if (rounds < 1 || samples < 1) {
                throw new IllegalArgumentException("rounds and samples must be at least 1 (rounds " + rounds
                        + ", samples " + samples + ")");
            }
        }

        /** Unpinned, seed 1 (tests). */
        Settings(boolean quick, int rounds, int samples) {
            this(quick, rounds, samples, 1, Affinity.NONE);
        }
    }

    /** Where long runs report what they are doing (stderr on the terminal). */
    @FunctionalInterface
    interface Progress {
        void step(String message);
    }
}
