package dev.umws.bench;

import dev.umws.bench.report.Section;
import dev.umws.bench.report.Table;

import java.util.ArrayList;
import java.util.List;

/** The report section of the machine's own limit, which the other sections are multiples of. */
final class HardwareSection {
    private HardwareSection() {
    }

    static Section of(Hardware hw) {
        List<String> columns = new ArrayList<>(List.of("measure"));
        Summary.LABELS.forEach(l -> columns.add(l + " ns"));
        List<Object> rtt = new ArrayList<>(List.of("cache-line round trip (two C threads)"));
        for (long v : hw.roundTrip().values()) {
            rtt.add(v);
        }
        List<Object> handOff = new ArrayList<>(List.of("one-way hand-off (round trip / 2)"));
        for (long v : hw.roundTrip().values()) {
            handOff.add(v / 2);
        }
        Table t = new Table("pingpong", "Cache-line ping-pong", columns, List.of(rtt, handOff));
        return new Section("hardware", "The physical limit: cache-line ping-pong", "Two C threads bounce one "
                + "64-bit value on one cache line (release store, acquire spin); " + hw.rounds() + " runs, median "
                + "of per-run percentiles. Latencies elsewhere are also given as multiples of this run's hand-off "
                + "(p50 " + (long) hw.handOffNs() + " ns) or round trip (p50 " + (long) hw.rttNs() + " ns).",
                List.of(t), List.of(), List.of());
    }
}
