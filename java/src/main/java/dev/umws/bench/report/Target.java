package dev.umws.bench.report;

/**
 * A target from the issue, with what this run measured. Reported, never asserted: a missed
 * target is shown as missed, with {@code note} saying what holds it back when known.
 */
public record Target(String id, String description, double measured, Bound bound, double limit, String unit,
        String note) {

    /** Which side of the limit is good. */
    public enum Bound { AT_MOST, AT_LEAST }

    public boolean met() {
        return bound == Bound.AT_MOST ? measured <= limit : measured >= limit;
    }
}
