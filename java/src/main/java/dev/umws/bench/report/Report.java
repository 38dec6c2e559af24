package dev.umws.bench.report;

import java.util.List;
import java.util.Map;

/**
 * What one run of the experiment runner measured, independent of how it is shown: the run's
 * context ({@code about}: machine, configuration, git revision, date) and one section per
 * experiment. The text, JSON, CSV and HTML writers all render this one value.
 */
public record Report(Map<String, String> about, List<Section> sections) {
    public Report {
        about = Map.copyOf(about);
        sections = List.copyOf(sections);
    }
}
