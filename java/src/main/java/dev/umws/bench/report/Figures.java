package dev.umws.bench.report;

import java.util.Locale;

/**
 * How figures read to a person, shared by the text and HTML views (the JSON and CSV files keep
 * the full values). Table cells: a {@link Long} with optional thousands grouping, a {@link Double}
 * with two decimals (mostly ratios; grouped like longs when large), {@code null} as {@value #NOT_MEASURED}. Target figures are
 * magnitudes in a unit, so they keep as many decimals as their size calls for.
 */
final class Figures {
    /** Shown for a cell or figure that was not measured. */
    static final String NOT_MEASURED = "n/m";

    private Figures() {
    }

    /** A table cell as text; strings lose their line breaks (a cell is one line). */
    static String cell(Object value, boolean groupThousands) {
        return switch (value) {
            case null -> NOT_MEASURED;
            case Long l -> groupThousands ? String.format(Locale.ROOT, "%,d", l) : Long.toString(l);
            case Double d -> Double.isFinite(d) ? String.format(Locale.ROOT, groupThousands ? "%,.2f" : "%.2f", d)
                    : nonFinite(d);
            case String s -> oneLine(s);
            default -> throw new IllegalArgumentException("cell type " + value.getClass().getSimpleName());
        };
    }

    /** Whether a cell is a number (right-aligned); {@code null} counts as neither. */
    static boolean numeric(Object value) {
        return value instanceof Long || value instanceof Double;
    }

    /** Per column, whether it holds figures only (so is right-aligned, header included). */
    static boolean[] numericColumns(Table t) {
        boolean[] numeric = new boolean[t.columns().size()];
        for (int c = 0; c < numeric.length; c++) {
            boolean anyNumber = false;
            boolean anyText = false;
            for (java.util.List<Object> row : t.rows()) {
                anyNumber |= numeric(row.get(c));
                anyText |= row.get(c) instanceof String;
            }
            numeric[c] = anyNumber && !anyText;
        }
        return numeric;
    }

    /** A target's measured value or limit: whole numbers grouped, others to a sensible precision. */
    static String magnitude(double v) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        double a = Math.abs(v);
        if (v == Math.rint(v) && a < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 0.1) { // two decimals, so a limit of 0.9 reads "0.90" beside a measured "0.84"
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** "≤ 500 ns" or "≥ 2.00" (no trailing space when there is no unit). */
    static String limit(Target t) {
        return (t.bound() == Target.Bound.AT_MOST ? "≤ " : "≥ ") + withUnit(magnitude(t.limit()), t.unit());
    }

    /** "1.02 x [0.99, 1.04]" for a figure with an interval, "412 MiB" for a point. */
    static String measured(Target t) {
        return figure(t.measured(), t.low(), t.high(), t.unit(), t.hasInterval());
    }

    /** An interval's three figures share one format: two decimals for ratios (below 100), else magnitudes. */
    static String figure(double median, double low, double high, String unit, boolean interval) {
        if (!interval) {
            return withUnit(magnitude(median), unit);
        }
        boolean ratio = Double.isFinite(median) && Math.abs(median) < 100;
        java.util.function.DoubleFunction<String> f = v -> ratio && Double.isFinite(v)
                ? String.format(Locale.ROOT, "%.2f", v) : magnitude(v);
        return withUnit(f.apply(median), unit) + " [" + f.apply(low) + ", " + f.apply(high) + "]";
    }

    /** "A/A C/C 1.00 [0.98, 1.02]; Java/Java 1.01 [0.97, 1.04]", or "" when there is no control. */
    static String controls(Target t) {
        StringBuilder sb = new StringBuilder();
        for (Target.Control c : t.controls()) {
            sb.append(sb.isEmpty() ? "A/A " : "; ").append(c.name()).append(' ')
                    .append(figure(c.median(), c.low(), c.high(), "", true));
        }
        return sb.toString();
    }

    /** One cell of a target: "SPIN, p50: 1.02 x [0.99, 1.04] met". */
    static String cell(Target t, Target.Cell c) {
        String f = figure(c.median(), c.low(), c.high(), t.unit(), !(c.low() == c.median() && c.high() == c.median()));
        return c.name() + ": " + f + " " + c.verdict().label + (c.reason().isEmpty() ? "" : " (" + c.reason() + ")");
    }

    static String withUnit(String figure, String unit) {
        return unit == null || unit.isEmpty() ? figure : figure + " " + unit;
    }

    static String oneLine(String s) {
        return s.replaceAll("\\R", " ");
    }

    private static String nonFinite(double d) {
        return Double.isNaN(d) ? NOT_MEASURED : d > 0 ? "inf" : "-inf";
    }
}
