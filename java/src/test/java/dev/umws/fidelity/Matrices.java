package dev.umws.fidelity;

import java.nio.file.Path;

/** Where the tests keep generated C and the Wine prefix (target/ under Maven). */
final class Matrices {
    private Matrices() {
    }

    static FidelityMatrix create(String name) {
        Path work = Path.of(System.getProperty("umws.work.dir", "target/fidelity")).toAbsolutePath().resolve(name);
        String prefix = System.getenv("WINEPREFIX");
        Path wine = prefix != null ? Path.of(prefix) : work.getParent().getParent().resolve("wineprefix");
        return new FidelityMatrix(work, wine.toAbsolutePath());
    }

    /** CI sets UMWS_REQUIRE_ALL_ABIS=1: there a missing compiler is a failure, not a skip. */
    static boolean requireAll() {
        return "1".equals(System.getenv("UMWS_REQUIRE_ALL_ABIS"));
    }
}
