package dev.umws.bench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A target from the issue, with what this run measured. Reported, never asserted: a missed or
 * inconclusive target is shown as such, with {@code note} saying what holds it back when known.
 *
 * <p>A target is evaluated over every cell it names (each mode, call path, producer count):
 * {@code cells} holds each cell's figure, interval and verdict, and the target's own verdict,
 * {@code measured}, {@code low} and {@code high} are those of its worst judged cell. A point
 * measurement (one figure, no interval) has {@code low == high == measured}. {@code controls} are
 * the A/A noise floors measured beside a ratio (the same side against itself, same harness): a
 * ratio closer to 1 than its control's interval is not resolved by this run.
 *
 * @param id          stable id (file names, tests)
 * @param description what is compared, over which cells
 * @param verdict     the worst judged cell's verdict; NOT_JUDGED when no cell is judged
 * @param measured    the worst judged cell's figure (its median, for a ratio over rounds)
 * @param low         its interval's lower end (equal to measured for a point measurement)
 * @param high        its interval's upper end
 * @param cells       every cell (one for a single-cell target)
 * @param controls    A/A controls, empty where none applies
 */
public record Target(String id, String description, Verdict verdict, double measured, double low, double high,
        Bound bound, double limit, String unit, String note, List<Cell> cells, List<Control> controls) {

    /** Which side of the limit is good. */
    public enum Bound { AT_MOST, AT_LEAST }

    /**
     * One cell of a target: a name ("SPIN, batch 1, 2 producers"), its figure with interval and
     * the interval's exact coverage (NaN for a point measurement), and its verdict. {@code reason}
     * says why a cell is NOT_JUDGED (empty otherwise).
     */
    public record Cell(String name, double median, double low, double high, double coverage, Verdict verdict,
            String reason) {
        public Cell {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(verdict, "verdict");
            reason = reason == null ? "" : reason;
        }

        /** A judged cell: the verdict follows from its interval. */
        public static Cell judged(String name, double median, double low, double high, double coverage,
                Bound bound, double limit) {
            return new Cell(name, median, low, high, coverage, Verdict.of(bound, limit, low, high), "");
        }

        /** A cell measured and shown, not judged, for {@code reason}. */
        public static Cell notJudged(String name, double median, double low, double high, double coverage,
                String reason) {
            return new Cell(name, median, low, high, coverage, Verdict.NOT_JUDGED, reason);
        }
    }

    /** An A/A control: the same side against itself in the same harness, its median ratio and interval. */
    public record Control(String name, double median, double low, double high, double coverage) {
    }

    public Target {
        Objects.requireNonNull(verdict, "verdict");
        cells = List.copyOf(cells);
        controls = List.copyOf(controls);
    }

    /** A point measurement (memory, a count): no interval, one cell. */
    public static Target point(String id, String description, double measured, Bound bound, double limit,
            String unit, String note) {
        Cell c = Cell.judged(description, measured, measured, measured, Double.NaN, bound, limit);
        return new Target(id, description, c.verdict(), measured, measured, measured, bound, limit, unit, note,
                List.of(c), List.of());
    }

    /**
     * A target over cells: its verdict is the worst judged cell's (MISSED before INCONCLUSIVE
     * before MET; among equals, the one furthest on the bad side of the limit).
     */
    public static Target over(String id, String description, Bound bound, double limit, String unit, String note,
            List<Cell> cells, List<Control> controls) {
        if (cells.isEmpty()) {
            throw new IllegalArgumentException(id + ": a target needs at least one cell");
        }
        Comparator<Cell> worse = Comparator.comparingInt((Cell c) -> c.verdict().severity())
                .thenComparingDouble(c -> bound == Bound.AT_MOST ? nanLow(c.median()) : -nanHigh(c.median()));
        Cell worst = cells.stream().filter(c -> c.verdict() != Verdict.NOT_JUDGED).max(worse).orElse(null);
        if (worst == null) {
            Cell first = cells.get(0);
            return new Target(id, description, Verdict.NOT_JUDGED, first.median(), first.low(), first.high(), bound,
                    limit, unit, join(note, first.reason()), cells, controls);
        }
        return new Target(id, description, worst.verdict(), worst.median(), worst.low(), worst.high(), bound, limit,
                unit, note, cells, controls);
    }

    /** This target shown but not judged, for {@code reason} ("quick run"): every cell NOT_JUDGED too. */
    public Target notJudged(String reason) {
        List<Cell> all = new ArrayList<>();
        for (Cell c : cells) {
            all.add(new Cell(c.name(), c.median(), c.low(), c.high(), c.coverage(), Verdict.NOT_JUDGED,
                    c.reason().isEmpty() ? reason : c.reason()));
        }
        return new Target(id, description, Verdict.NOT_JUDGED, measured, low, high, bound, limit, unit,
                join("not judged (" + reason + ")", note), all, controls);
    }

    public boolean met() {
        return verdict == Verdict.MET;
    }

    /** Whether the figure comes with an interval (a ratio over rounds) rather than being a point. */
    public boolean hasInterval() {
        return !(low == measured && high == measured);
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() ? a : a + "; " + b;
    }

    private static double nanLow(double v) {
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    private static double nanHigh(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }
}
