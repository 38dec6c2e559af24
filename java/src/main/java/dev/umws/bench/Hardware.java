package dev.umws.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The machine's own limit, measured in the same run: two C threads bouncing one cache line.
 * Every latency is also reported as a multiple of its round trip (RTT) and one-way hand-off
 * (RTT / 2).
 */
record Hardware(Summary roundTrip, int rounds) {

    static Hardware measure(int rounds, int samples, Experiment.Progress progress) {
        List<Summary> runs = new ArrayList<>();
        for (int i = 1; i <= rounds; i++) {
            progress.step("cache-line ping-pong, round " + i + "/" + rounds);
            runs.add(Summary.of(BenchNative.pingPong(samples)));
        }
        return new Hardware(Summary.medianOf(runs), rounds);
    }

    double rttNs() {
        return roundTrip.p50();
    }

    double handOffNs() {
        return roundTrip.p50() / 2.0;
    }
}
