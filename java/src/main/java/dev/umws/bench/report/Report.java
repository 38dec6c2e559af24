package dev.umws.bench.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of the experiment runner measured, independent of how it is shown: the run's
 * context ({@code about}: machine, configuration, git revision, date) and one section per
 * experiment. The text, JSON, CSV and HTML writers all render this one value. {@code about} keeps
 * the order it was given in (writers show it in that order); nulls are refused.
 */
public record Report(Map<String, String> about, List<Section> sections) {
    public Report {
        // Not Map.copyOf: its iteration order changes from one JVM run to the next.
        about.forEach((k, v) -> {
            Objects.requireNonNull(k, "about key");
            Objects.requireNonNull(v, () -> "about value of " + k);
        });
        about = Collections.unmodifiableMap(new LinkedHashMap<>(about));
        sections = List.copyOf(sections);
    }

    /** Every section's measurement errors, each prefixed with its section's id; empty for a clean run. */
    public List<String> errors() {
        return sections.stream().flatMap(s -> s.errors().stream().map(e -> s.id() + ": " + e)).toList();
    }
}
