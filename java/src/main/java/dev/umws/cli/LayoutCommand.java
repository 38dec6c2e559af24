package dev.umws.cli;

import dev.umws.abi.AbiCatalog;
import dev.umws.abi.AbiFacts;
import dev.umws.abi.BitField;
import dev.umws.abi.Generation;
import dev.umws.abi.Layouts;
import dev.umws.fidelity.Abi;
import dev.umws.fidelity.AbiReport;
import dev.umws.fidelity.FidelityMatrix;
import dev.umws.nativelib.AbiTable;
import dev.umws.nativelib.AbiTableCheck;
import dev.umws.nativelib.NativeLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code umws layout}: prints the mirrored layouts, or checks them across ABIs ({@code --check}). */
@Command(name = "layout", mixinStandardHelpOptions = true,
        description = {"Print every mirrored structure with member offsets and sizes,",
                "or check the layouts against every ABI's compiler (--check)."})
final class LayoutCommand implements Callable<Integer> {
    /** Set to 1 to treat a skipped ABI as a failure (CI sets it: nothing may be skipped there). */
    static final String REQUIRE_ALL_ENV = "UMWS_REQUIRE_ALL_ABIS";

    @Option(names = {"-g", "--generation"}, paramLabel = "G1|G2|G3|all",
            description = "Header generation (default: the build's, ${DEFAULT-VALUE} for --check).", defaultValue = "")
    String generation;

    @Option(names = "--abi", paramLabel = "ID",
            description = "ABI to print for or check (default: every ABI for --check). One of: linux-x86_64-gcc, "
                    + "linux-x86_64-clang, windows-x64-msvc, windows-arm64-msvc, windows-x64-mingw, macos-x86_64, macos-arm64.")
    String abi;

    @Option(names = "--check", description = "Run the fidelity matrix; exit 1 with a readable diff on any mismatch.")
    boolean check;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Option(names = "--require-all", description = "A skipped ABI fails the check (also env " + REQUIRE_ALL_ENV + "=1).")
    boolean requireAll;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where generated C files and compiler outputs are kept (default: target/umws-layout).")
    Path workDir;

    private final PrintStream out = System.out;

    @Override
    public Integer call() {
        List<Generation> gens = generations();
        if (check) {
            return check(gens, abi == null ? Abi.standard() : List.of(Abi.byId(abi)));
        }
        if (abi != null) {
            int rc = check(gens, List.of(Abi.byId(abi)));
            if (rc != 0) {
                return rc;
            }
        }
        print(gens);
        return 0;
    }

    private List<Generation> generations() {
        if (generation.isBlank()) {
            return check ? List.of(Generation.values()) : List.of(Generation.SELECTED);
        }
        if (generation.equalsIgnoreCase("all")) {
            return List.of(Generation.values());
        }
        return List.of(Generation.parse(generation));
    }

    private void print(List<Generation> gens) {
        Map<String, Object> doc = new LinkedHashMap<>();
        for (Generation g : gens) {
            List<Object> types = new ArrayList<>();
            for (AbiCatalog.AbiType t : AbiCatalog.types(g)) {
                if (!json) {
                    out.printf("%s  (%s, %s)  size %d, align %d%n", t.name(), g, t.header(), t.layout().byteSize(),
                            t.layout().byteAlignment());
                }
                List<Object> members = new ArrayList<>();
                for (Layouts.Member m : Layouts.members(t.layout())) {
                    if (!json) {
                        out.printf("  %5d  %4d  %s%s%n", m.offset(), m.size(), m.path(), m.isPadding() ? "  (padding)" : "");
                    }
                    members.add(map("name", m.path(), "offset", m.offset(), "size", m.size(), "padding", m.isPadding()));
                }
                List<Object> bits = new ArrayList<>();
                for (BitField b : t.bits()) {
                    if (!json) {
                        out.printf("  bit %3d  width %2d  %s%n", b.bitOffset(), b.width(), b.name());
                    }
                    bits.add(map("name", b.name(), "bit", b.bitOffset(), "width", b.width()));
                }
                types.add(map("name", t.name(), "header", t.header(), "size", t.layout().byteSize(),
                        "align", t.layout().byteAlignment(), "members", members, "bits", bits));
            }
            doc.put(g.name(), types);
        }
        if (json) {
            out.print(JsonText.write(doc));
        }
    }

    private int check(List<Generation> gens, List<Abi> abis) {
        boolean strict = requireAll || "1".equals(System.getenv(REQUIRE_ALL_ENV));
        Path dir = workDir != null ? workDir : (Files.isDirectory(Path.of("target")) ? Path.of("target", "umws-layout")
                : Path.of(System.getProperty("java.io.tmpdir"), "umws-layout"));
        Path wine = System.getenv("WINEPREFIX") != null ? Path.of(System.getenv("WINEPREFIX"))
                : dir.toAbsolutePath().getParent().resolve("wineprefix");
        FidelityMatrix matrix = new FidelityMatrix(dir.toAbsolutePath(), wine.toAbsolutePath());
        List<AbiReport> reports = matrix.check(gens, abis);
        AbiTableCheck.Result nativeTable = nativeTable();

        boolean failed = reports.stream().anyMatch(r -> r.outcome() == AbiReport.Outcome.FAILED)
                || (nativeTable != null && !nativeTable.mismatches().isEmpty());
        boolean skipped = reports.stream().anyMatch(r -> r.outcome() == AbiReport.Outcome.SKIPPED);
        if (json) {
            List<Object> rows = new ArrayList<>();
            for (AbiReport r : reports) {
                rows.add(map("abi", r.abi().id(), "generation", r.generation().name(), "outcome", r.outcome().name(),
                        "reason", r.reason(), "checked", r.checked(), "mismatches", r.mismatches()));
            }
            Map<String, Object> doc = map("reports", rows, "failed", failed, "skipped", skipped);
            if (nativeTable != null) {
                doc.put("nativeTable", map("generation", nativeTable.generation().name(), "entries", nativeTable.compared(),
                        "mismatches", nativeTable.mismatches()));
            }
            out.print(JsonText.write(doc));
        } else {
            printTable(gens, abis, reports, nativeTable, matrix.includeDirectory(), dir);
        }
        return failed || (strict && skipped) ? 1 : 0;
    }

    /** The loaded shim's own table against the selected generation, when the library is here. */
    private static AbiTableCheck.Result nativeTable() {
        try {
            SymbolLookup lib = SymbolLookup.libraryLookup(NativeLibrary.path(), Arena.global());
            return AbiTableCheck.compare(Generation.SELECTED, AbiTable.read(lib));
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private void printTable(List<Generation> gens, List<Abi> abis, List<AbiReport> reports,
            AbiTableCheck.Result nativeTable, Path include, Path dir) {
        out.println("Layout fidelity: the Java layouts, compiled as C against " + include);
        out.printf("%-22s", "ABI");
        gens.forEach(g -> out.printf("%-12s", g));
        out.println();
        for (Abi a : abis) {
            out.printf("%-22s", a.id());
            for (Generation g : gens) {
                reports.stream().filter(r -> r.abi().equals(a) && r.generation() == g).findFirst()
                        .ifPresent(r -> out.printf("%-12s", r.outcome().name().toLowerCase()));
            }
            out.println();
        }
        long types = gens.stream().mapToLong(g -> AbiCatalog.types(g).size()).sum();
        long facts = gens.stream().mapToLong(g -> AbiFacts.of(g).size()).sum();
        out.println("(" + types + " type layouts and " + facts + " facts over " + gens.size() + " generation(s); files in "
                + dir + ")");
        for (AbiReport r : reports) {
            if (r.outcome() == AbiReport.Outcome.SKIPPED) {
                out.println("skipped: " + r.abi().id() + " " + r.generation() + ": " + r.reason());
            } else if (r.outcome() == AbiReport.Outcome.FAILED) {
                out.println("FAILED: " + r.abi().id() + " " + r.generation() + ":");
                r.mismatches().forEach(m -> out.println("  " + m));
            }
        }
        if (nativeTable == null) {
            out.println("native library: not built for " + dev.umws.nativelib.Platform.id() + "; its table was not checked");
        } else if (nativeTable.mismatches().isEmpty()) {
            out.println("native library: " + nativeTable.describe());
        } else {
            out.println("FAILED: native library table vs Java " + nativeTable.generation() + ":");
            out.print(nativeTable.describe());
        }
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
