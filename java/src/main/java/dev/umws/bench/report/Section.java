package dev.umws.bench.report;

import java.util.List;

/** One experiment's results: what it measured ({@code text}), its tables, charts and targets. */
public record Section(String id, String title, String text, List<Table> tables, List<Chart> charts,
        List<Target> targets) {
    public Section {
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
        targets = List.copyOf(targets);
    }
}
