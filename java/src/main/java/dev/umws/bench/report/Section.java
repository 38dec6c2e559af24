package dev.umws.bench.report;

import java.util.List;

/**
 * One experiment's results: what it measured ({@code text}), its tables, charts and targets;
 * {@code raw}: the data behind them (each round of each cell, with its conditions), written to
 * the JSON and CSV files but not shown on the terminal or page; {@code errors}: what went wrong
 * in the measurement itself (an impossible sample, a lost interrupt record, a fence that never
 * came). Errors are never folded into figures: any error fails the run.
 */
public record Section(String id, String title, String text, List<Table> tables, List<Chart> charts,
        List<Target> targets, List<Table> raw, List<String> errors) {
    public Section {
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
        targets = List.copyOf(targets);
        raw = List.copyOf(raw);
        errors = List.copyOf(errors);
    }

    /** A section with no raw data and no errors. */
    public Section(String id, String title, String text, List<Table> tables, List<Chart> charts,
            List<Target> targets) {
        this(id, title, text, tables, charts, targets, List.of(), List.of());
    }

    /** This section with its targets replaced (e.g. marked not judged). */
    public Section withTargets(List<Target> replaced) {
        return new Section(id, title, text, tables, charts, replaced, raw, errors);
    }
}
