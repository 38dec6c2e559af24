package dev.umws.bench;

import dev.umws.bench.report.Section;
import dev.umws.bench.report.Table;

import java.util.ArrayList;
import java.util.List;

/** The report section of the machine's own limit, which the other sections are multiples of. */
final class HardwareSection {
    private HardwareSection() {
    }

    /** Built after the experiments ran: the ring section adds its interleaved rounds to {@code hw}. */
    static Section of(Hardware hw) {
        List<String> columns = new ArrayList<>(List.of("measure", "samples"));
        Summary.LABELS.forEach(l -> columns.add(l + " ns"));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("round trip (ns per round trip, blocks of " + Hardware.PER_BLOCK + ")",
                hw.roundTrips().pooled()));
        rows.add(row("one-way hand-off (carried timestamp)", hw.oneWays().pooled()));
        Table t = new Table("pingpong", "Cache-line ping-pong (pooled over rounds)", columns, rows);
        Summary rt = hw.roundTrips().pooled();
        Summary one = hw.oneWays().pooled();
        int rounds = hw.roundTrips().rounds().size();
        String text = "Two threads bounce one 64-bit value on one cache line (release store, acquire load, inline "
                + "spin with no pause hint), pinned: " + hw.pinning() + ". Round trip: blocks of "
                + Hardware.PER_BLOCK + " round trips, one clock pair per block, so a figure is ns per round trip "
                + "with the clock's cost spread over the block. One-way: the sender writes its clock into the "
                + "bounced line and the receiver subtracts it from its own clock on arrival: the method of the ring's "
                + "one-way figure, two clock reads included alike. " + rounds + " rounds "
                + (hw.interleaved() && !hw.interleavedOneWays().rounds().isEmpty()
                        ? "interleaved with the ring section's (one more side in each of its rounds, "
                        + "in a random slot while no GPU runs)"
                        : "measured before the experiments (the ring section did not run)")
                + ", after one that is not kept; percentiles of the pooled data. In this run: round trip p50 "
                + rt.p50() + " ns, one-way p50 " + one.p50() + " ns (" + ratio(one.p50(), rt.p50() / 2.0)
                + " of half the round trip). Latencies elsewhere are also given as multiples of these p50s."
                + (hw.cut() == 0 ? "" : " " + hw.cut() + " run(s) stopped at the budget of " + Hardware.BUDGET_NS
                        / 1_000_000_000L + " s before all their samples: the machine was loaded (see the raw "
                        + "rounds' conditions).");
        return new Section("hardware", "The physical limit: cache-line ping-pong", text, List.of(t), List.of(),
                List.of(), List.of(CellRounds.rawTable("raw-pingpong", "Cache-line ping-pong, per round",
                        hw.all())), hw.errors());
    }

    private static List<Object> row(String measure, Summary s) {
        List<Object> r = new ArrayList<>(List.of(measure, s.count()));
        for (long v : s.values()) {
            r.add(v);
        }
        return r;
    }

    private static String ratio(double a, double b) {
        return String.format(java.util.Locale.ROOT, "%.2fx", a / b);
    }
}
