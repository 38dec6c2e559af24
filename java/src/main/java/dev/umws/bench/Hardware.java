package dev.umws.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The machine's own limit, measured in the same run: the runner's (producer) thread and a thread
 * on the firmware's CPU bounce one cache line ({@code umws_bench_pingpong_blocks}), spinning
 * inline. Two figures, each with the method of what it bounds:
 * <ul>
 *   <li>the round trip: blocks of {@link #PER_BLOCK} round trips timed by one clock pair each,
 *       so the clock's cost is spread over the block (ns per round trip);</li>
 *   <li>the one-way hand-off: the sender writes its clock into the bounced line and the receiver
 *       subtracts it from its own on arrival (the method of the ring's one-way figure, clock reads
 *       included alike).</li>
 * </ul>
 * {@link #measure} runs it alone before the experiments (so every section has a figure); the
 * ring section then runs it as one more side in each of its rounds ({@link #interleave}), and
 * from then on the figures are those of the interleaved rounds, pooled.
 */
final class Hardware {
    /** Round trips per clock pair. */
    static final int PER_BLOCK = 1000;
    static final String ROUND_TRIP = "cache-line round trip";
    static final String ONE_WAY = "cache-line one-way hand-off";

    private final int samples;
    private final int cpu;
    /** A run stops after this long (a loaded machine, where a spinning side waits for a CPU), ns. */
    static final long BUDGET_NS = 2_000_000_000L;

    private final CellRounds aloneRtt = new CellRounds(ROUND_TRIP, "before the experiments");
    private final CellRounds aloneOneWay = new CellRounds(ONE_WAY, "before the experiments");
    private final CellRounds rtt = new CellRounds(ROUND_TRIP, "interleaved with the ring rounds");
    private final CellRounds oneWay = new CellRounds(ONE_WAY, "interleaved with the ring rounds");
    private boolean pinned = true;
    private int cut;
    private boolean interleaved;

    private Hardware(int samples, int cpu) {
        this.samples = samples;
        this.cpu = cpu;
    }

    /**
     * Measures {@code rounds} rounds (after one not kept) before the experiments, the other thread
     * on the firmware's CPU of {@code s.affinity()} (unpinned when nothing is).
     * {@code samples} sets the size: samples / 100 blocks and {@code samples} one-way hand-offs.
     */
    static Hardware measure(Experiment.Settings s, Experiment.Progress progress) {
        return measure(s.rounds(), s.samples(), s.affinity().firmwareCpu(), progress);
    }

    private static Hardware measure(int rounds, int samples, int cpu, Experiment.Progress progress) {
        Hardware hw = new Hardware(samples, cpu);
        for (int round = 0; round <= rounds; round++) {
            progress.step("cache-line ping-pong, " + (round == 0 ? "warm-up" : "round " + round + "/" + rounds));
            hw.run(round, 0, hw.aloneRtt, hw.aloneOneWay);
        }
        return hw;
    }

    /** A machine with these figures, ns, measured by nobody (tests of sections that only divide by them). */
    static Hardware fixed(long roundTripNs, long oneWayNs) {
        Hardware hw = new Hardware(1, -1);
        Conditions none = new Conditions(0, 0, 0);
        hw.aloneRtt.add(1, 0, new long[] {roundTripNs}, none);
        hw.aloneOneWay.add(1, 0, new long[] {oneWayNs}, none);
        return hw;
    }

    /** One more round, run by another section in its round {@code round} at {@code position} (round 0: not kept). */
    void interleave(int round, int position) {
        interleaved = true;
        run(round, position, rtt, oneWay);
    }

    private void run(int round, int position, CellRounds rt, CellRounds one) {
        int blocks = Math.max(10, samples / 100);
        Conditions.Start start = Conditions.begin();
        BenchNative.PingPong pp = BenchNative.pingPong(cpu, blocks, PER_BLOCK, samples, BUDGET_NS);
        Conditions c = Conditions.since(start);
        pinned &= pp.pinned();
        if (round == 0) {
            return;
        }
        if (pp.blockNs().length < blocks || pp.oneWayNs().length < samples) {
            cut++;
        }
        long[] perRoundTrip = new long[pp.blockNs().length];
        for (int i = 0; i < perRoundTrip.length; i++) {
            perRoundTrip[i] = Math.round((double) pp.blockNs()[i] / PER_BLOCK);
        }
        if (perRoundTrip.length > 0) {
            rt.add(round, position, perRoundTrip, c);
        }
        if (pp.oneWayNs().length > 0) {
            one.add(round, position, pp.oneWayNs(), c);
        }
    }

    /** Runs stopped at {@link #BUDGET_NS} before all their samples (a loaded machine). */
    int cut() {
        return cut;
    }

    /**
     * The CPUs this process may run on, as read before any pin: {@code Runtime.availableProcessors()}
     * counts the calling thread's affinity, so is 1 on the pinned runner's thread.
     */
    static int machineCpus() {
        return Affinity.MACHINE_CPUS;
    }

    /** Whether the ring section ran the ping-pong in its rounds. */
    boolean interleaved() {
        return interleaved;
    }

    /**
     * The round trips in use: the interleaved ones when any round kept samples, else those
     * measured before the experiments.
     */
    CellRounds roundTrips() {
        return rtt.rounds().isEmpty() ? aloneRtt : rtt;
    }

    /** The one-way hand-offs in use (as {@link #roundTrips}). */
    CellRounds oneWays() {
        return oneWay.rounds().isEmpty() ? aloneOneWay : oneWay;
    }

    /** The one-way hand-offs of the interleaved rounds only (numbered as the ring section's rounds). */
    CellRounds interleavedOneWays() {
        return oneWay;
    }

    /** Every side measured, for the raw table. */
    List<CellRounds> all() {
        return interleaved() ? List.of(aloneRtt, aloneOneWay, rtt, oneWay) : List.of(aloneRtt, aloneOneWay);
    }

    /** The other thread's CPU (-1: unpinned) and whether every run pinned it. */
    String pinning() {
        return cpu < 0 ? "unpinned (one CPU)" : pinned ? "the runner's thread and CPU " + cpu
                : "the other thread unpinned (the OS refused CPU " + cpu + ")";
    }

    /** Impossible samples (a one-way below 0: the clocks disagree), as errors of the run. */
    List<String> errors() {
        List<String> e = new ArrayList<>();
        all().forEach(s -> e.addAll(s.errors()));
        return e;
    }

    /** Pooled p50 of the round trip, ns. */
    double rttNs() {
        return roundTrips().pooled().p50();
    }

    /** Pooled p50 of the measured one-way hand-off, ns. */
    double handOffNs() {
        return oneWays().pooled().p50();
    }
}
