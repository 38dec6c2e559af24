package dev.umws.bench;

import dev.umws.bench.report.Table;
import dev.umws.bench.report.Target;
import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One side of one cell, round by round: each round's latency samples (kept as that round's
 * percentiles and folded into one pooled histogram) or its single figure (a rate), where it ran
 * in its round's order, and what disturbed it ({@link Conditions}).
 *
 * <p>The cell's percentiles are those of the pooled data ({@link #pooled}: p99 of all samples, max
 * the true max); each round's own stay in {@link #rounds} and go to the report's raw table. A
 * comparison pairs two sides round by round ({@link #ratios}): the ratio is taken within a round,
 * so what changes between rounds (the host's load) cancels. Impossible samples are counted per
 * round and reported as errors of the run ({@link #errors}), never recorded.
 */
final class CellRounds {
    /** Columns of the raw table ({@link #rawTable}); latency figures in ns, {@code value} for a rate. */
    static final List<String> RAW_COLUMNS = List.of("cell", "side", "round", "position", "samples", "impossible",
            "p50", "p90", "p99", "p99.9", "max", "value", "context switches", "involuntary (measuring thread)",
            "steal ms");

    /**
     * One round of this side.
     *
     * @param round      1-based round number (warm-up rounds are not kept)
     * @param position   0-based place in its round's order
     * @param summary    its latency percentiles, null for a rate
     * @param value      its rate (or other single figure), NaN for latency
     * @param conditions what disturbed it
     */
    record Round(int round, int position, Summary summary, double value, Conditions conditions) {
    }

    private final String cell;
    private final String side;
    private final Histogram pooled = new Histogram(3);
    private final List<Round> rounds = new ArrayList<>();
    private long impossible;

    CellRounds(String cell, String side) {
        this.cell = cell;
        this.side = side;
    }

    String cell() {
        return cell;
    }

    String side() {
        return side;
    }

    /** A round of latency samples, ns; negative ones are counted as impossible, not recorded. */
    void add(int round, int position, long[] samples, Conditions conditions) {
        Histogram h = new Histogram(3);
        long bad = 0;
        for (long s : samples) {
            if (s < 0) {
                bad++;
            } else {
                h.recordValue(s);
            }
        }
        pooled.add(h);
        impossible += bad;
        rounds.add(new Round(round, position, Summary.of(h, bad), Double.NaN, conditions));
    }

    /** A round's single figure (packets per second, ...). */
    void addValue(int round, int position, double value, Conditions conditions) {
        rounds.add(new Round(round, position, null, value, conditions));
    }

    List<Round> rounds() {
        return List.copyOf(rounds);
    }

    /** Percentiles of every round's samples together; count is the total, max the true max. */
    Summary pooled() {
        return Summary.of(pooled, impossible);
    }

    /** The median over rounds of the rounds' values (rates). */
    double medianValue() {
        return Summary.median(rounds.stream().mapToDouble(Round::value).toArray());
    }

    long impossible() {
        return impossible;
    }

    /** The errors of this side: its impossible samples, by round. */
    List<String> errors() {
        List<String> e = new ArrayList<>();
        for (Round r : rounds) {
            if (r.summary() != null && r.summary().impossible() > 0) {
                e.add(cell + ", " + side + ", round " + r.round() + ": " + r.summary().impossible()
                        + " impossible (negative) samples");
            }
        }
        return e;
    }

    /**
     * The per-round ratios {@code candidate / baseline} of a figure, paired by round number (a
     * round one side lacks is left out).
     */
    static double[] ratios(CellRounds candidate, CellRounds baseline, ToDoubleFunction<Round> figure) {
        List<Double> r = new ArrayList<>();
        for (Round c : candidate.rounds) {
            for (Round b : baseline.rounds) {
                if (b.round() == c.round()) {
                    r.add(figure.applyAsDouble(c) / figure.applyAsDouble(b));
                }
            }
        }
        return r.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The p50 of a latency round. */
    static double p50(Round r) {
        return r.summary().p50();
    }

    /** The p99 of a latency round. */
    static double p99(Round r) {
        return r.summary().p99();
    }

    /** A target cell from the paired ratios {@code candidate / baseline} of a figure. */
    static Target.Cell cell(String name, CellRounds candidate, CellRounds baseline, ToDoubleFunction<Round> figure,
            Target.Bound bound, double limit) {
        return cell(name, candidate, baseline, figure, bound, limit, null);
    }

    /**
     * The same, not judged for {@code reason} when it is not null (shown with its interval); not
     * judged, with NaN figures, when no round measured both sides.
     */
    static Target.Cell cell(String name, CellRounds candidate, CellRounds baseline, ToDoubleFunction<Round> figure,
            Target.Bound bound, double limit, String reason) {
        double[] ratios = ratios(candidate, baseline, figure);
        if (ratios.length == 0) {
            return Target.Cell.notJudged(name, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    "no round measured both sides");
        }
        RatioInterval r = RatioInterval.of(ratios);
        return reason == null ? Target.Cell.judged(name, r.median(), r.low(), r.high(), r.coverage(), bound, limit)
                : Target.Cell.notJudged(name, r.median(), r.low(), r.high(), r.coverage(), reason);
    }

    /** An A/A control: a side against its second run in the same rounds. */
    static Target.Control control(String name, CellRounds again, CellRounds first, ToDoubleFunction<Round> figure) {
        RatioInterval r = RatioInterval.of(ratios(again, first, figure));
        return new Target.Control(name, r.median(), r.low(), r.high(), r.coverage());
    }

    /** The raw table of these sides: one row per side and round. */
    static Table rawTable(String id, String title, List<CellRounds> sides) {
        List<List<Object>> rows = new ArrayList<>();
        for (CellRounds s : sides) {
            for (Round r : s.rounds) {
                Summary m = r.summary();
                Conditions c = r.conditions();
                List<Object> row = new ArrayList<>(List.of(s.cell, s.side, (long) r.round(), (long) r.position()));
                if (m == null) {
                    row.addAll(java.util.Arrays.asList(null, null, null, null, null, null, null));
                } else {
                    row.addAll(List.of(m.count(), m.impossible(), m.p50(), m.p90(), m.p99(), m.p999(), m.max()));
                }
                row.add(Double.isNaN(r.value()) ? null : r.value());
                row.add(c == null ? null : c.contextSwitches());
                row.add(c == null ? null : c.involuntary());
                row.add(c == null ? null : c.stealMs());
                rows.add(row);
            }
        }
        return new Table(id, title, RAW_COLUMNS, rows);
    }
}
