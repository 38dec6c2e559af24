package dev.umws.bench.report;

/**
 * A target's verdict. With an interval: MET when the whole interval is on the good side of the
 * limit, MISSED when the whole interval is on the bad side, INCONCLUSIVE when it straddles the
 * limit (this run cannot tell). NOT_JUDGED: measured and shown, but this run is not fit to judge
 * it (a quick run; a cell with more spinning threads than CPUs).
 */
public enum Verdict {
    MET("met"), MISSED("MISSED"), INCONCLUSIVE("inconclusive"), NOT_JUDGED("not judged");

    /** How the verdict is written in reports. */
    public final String label;

    Verdict(String label) {
        this.label = label;
    }

    /**
     * The verdict of an interval [low, high] against {@code limit}; a point measurement has
     * low == high. A NaN bound (nothing measured) is INCONCLUSIVE.
     */
    public static Verdict of(Target.Bound bound, double limit, double low, double high) {
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return INCONCLUSIVE;
        }
        boolean allGood = bound == Target.Bound.AT_MOST ? high <= limit : low >= limit;
        boolean allBad = bound == Target.Bound.AT_MOST ? low > limit : high < limit;
        return allGood ? MET : allBad ? MISSED : INCONCLUSIVE;
    }

    /** How bad a verdict is when cells are folded into their worst: MISSED, then INCONCLUSIVE, then MET. */
    int severity() {
        return switch (this) {
            case MISSED -> 3;
            case INCONCLUSIVE -> 2;
            case MET -> 1;
            case NOT_JUDGED -> 0;
        };
    }
}
