package dev.umws.bench;

import dev.umws.bench.report.Report;
import dev.umws.bench.report.Section;
import dev.umws.bench.report.Table;
import dev.umws.bench.report.Target;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** INTERIM: replaced by the report writers when branch `report` lands. */
final class ReportOutput {
    private ReportOutput() {
    }

    static void print(Report r, PrintStream out) {
        r.about().forEach((k, v) -> out.println(k + ": " + v));
        for (Section s : r.sections()) {
            out.println();
            out.println("== " + s.title());
            for (Table t : s.tables()) {
                out.println(t.title());
                out.println(String.join(" | ", t.columns()));
                for (List<Object> row : t.rows()) {
                    out.println(String.join(" | ", row.stream().map(c -> c instanceof Double d
                            ? String.format("%.2f", d) : String.valueOf(c)).toList()));
                }
            }
            for (Target t : s.targets()) {
                out.printf("[%s] %s: %.3f %s (limit %s %.3f)%n", t.met() ? "met" : "MISSED", t.description(),
                        t.measured(), t.unit(), t.bound(), t.limit());
            }
        }
    }

    static List<Path> write(Report r, Path dir) throws IOException {
        Path p = dir.resolve("report.json");
        writeJson(r, p);
        return List.of(p);
    }

    static void writeJson(Report r, Path file) throws IOException {
        Files.writeString(file, String.valueOf(r));
    }
}
