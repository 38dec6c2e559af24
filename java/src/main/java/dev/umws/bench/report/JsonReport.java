package dev.umws.bench.report;

import dev.umws.cli.JsonText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole {@link Report} as JSON, for machines. Keys follow the records' component order, so
 * two runs give files that diff line by line; numbers keep their full value, and a NaN or
 * infinite figure is {@code null}. Shape ({@code format} names it, for readers that check):
 *
 * <pre>
 * { "format": "umws-report/2", "about": { key: value, ... },
 *   "sections": [ { "id", "title", "text",
 *       "tables":  [ { "id", "title", "columns": [..], "rows": [[cell, ..], ..] } ],
 *       "charts":  [ { "id", "title", "kind", "xLabel", "yLabel", "logX", "logY", "categories": [..],
 *                      "series": [ { "name", "x": [..], "y": [..] } ] } ],
 *       "targets": [ { "id", "description", "verdict", "measured", "low", "high", "bound", "limit", "unit",
 *                      "met", "note", "cells": [ { "name", "median", "low", "high", "coverage", "verdict",
 *                      "reason" } ], "controls": [ { "name", "median", "low", "high", "coverage" } ] } ],
 *       "raw":     [ tables, as "tables" (each round of each cell, with its conditions) ],
 *       "errors":  [ "what went wrong in the measurement", .. ] } ],
 *   "errors": [ "section: error", .. ] }
 * </pre>
 */
public final class JsonReport {
    /** The value of the top-level {@code format} key; bumped when the shape changes incompatibly. */
    public static final String FORMAT = "umws-report/2";

    private JsonReport() {
    }

    public static String render(Report report) {
        return JsonText.write(tree(report));
    }

    public static void write(Report report, Path file) throws IOException {
        Files.writeString(file, render(report));
    }

    /** The report as maps and lists in key order, as {@link JsonText} writes them. */
    static Map<String, Object> tree(Report report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("about", report.about());
        doc.put("sections", report.sections().stream().map(JsonReport::section).toList());
        doc.put("errors", report.errors());
        return doc;
    }

    private static Map<String, Object> section(Section s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("text", s.text());
        m.put("tables", s.tables().stream().map(JsonReport::table).toList());
        m.put("charts", s.charts().stream().map(JsonReport::chart).toList());
        m.put("targets", s.targets().stream().map(JsonReport::target).toList());
        m.put("raw", s.raw().stream().map(JsonReport::table).toList());
        m.put("errors", s.errors());
        return m;
    }

    private static Map<String, Object> table(Table t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("title", t.title());
        m.put("columns", t.columns());
        m.put("rows", t.rows());
        return m;
    }

    private static Map<String, Object> chart(Chart c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("title", c.title());
        m.put("kind", c.kind().name());
        m.put("xLabel", c.xLabel());
        m.put("yLabel", c.yLabel());
        m.put("logX", c.logX());
        m.put("logY", c.logY());
        m.put("categories", c.categories());
        List<Object> series = new ArrayList<>();
        for (Chart.Series s : c.series()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("name", s.name());
            sm.put("x", list(s.x()));
            sm.put("y", list(s.y()));
            series.add(sm);
        }
        m.put("series", series);
        return m;
    }

    private static Map<String, Object> target(Target t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("description", t.description());
        m.put("verdict", t.verdict().name());
        m.put("measured", t.measured());
        m.put("low", t.low());
        m.put("high", t.high());
        m.put("bound", t.bound().name());
        m.put("limit", t.limit());
        m.put("unit", t.unit());
        m.put("met", t.met());
        m.put("note", t.note());
        List<Object> cells = new ArrayList<>();
        for (Target.Cell c : t.cells()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("name", c.name());
            cm.put("median", c.median());
            cm.put("low", c.low());
            cm.put("high", c.high());
            cm.put("coverage", c.coverage());
            cm.put("verdict", c.verdict().name());
            cm.put("reason", c.reason());
            cells.add(cm);
        }
        m.put("cells", cells);
        List<Object> controls = new ArrayList<>();
        for (Target.Control c : t.controls()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("name", c.name());
            cm.put("median", c.median());
            cm.put("low", c.low());
            cm.put("high", c.high());
            cm.put("coverage", c.coverage());
            controls.add(cm);
        }
        m.put("controls", controls);
        return m;
    }

    static List<Double> list(double[] values) {
        return values == null ? List.of() : Arrays.stream(values).boxed().toList();
    }
}
