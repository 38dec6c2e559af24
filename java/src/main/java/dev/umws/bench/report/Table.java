package dev.umws.bench.report;

import java.util.List;

/**
 * A table of figures. Cells are {@link String}, {@link Long} or {@link Double} (ratios); a
 * {@code null} cell means "not measured" and is shown as such.
 */
public record Table(String id, String title, List<String> columns, List<List<Object>> rows) {
    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException(id + ": a row has " + r.size() + " cells for " + columns.size()
                        + " columns");
            }
            for (Object c : r) {
                if (c != null && !(c instanceof String) && !(c instanceof Long) && !(c instanceof Double)) {
                    throw new IllegalArgumentException(id + ": cell type " + c.getClass().getSimpleName());
                }
            }
        }
    }
}
