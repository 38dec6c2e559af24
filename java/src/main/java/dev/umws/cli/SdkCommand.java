package dev.umws.cli;

import dev.umws.abi.Generation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code umws sdk DIR}: headers, shim and CMake package for building a KMD or UMD out of tree. */
@Command(name = "sdk", mixinStandardHelpOptions = true,
        description = {"Write an SDK for building a KMD or UMD out of tree (headers, shim, CMake package).",
                "From this jar alone: DIR/include/umws/*.h, this platform's shim in DIR/lib, and",
                "DIR/lib/cmake/umws/umwsConfig.cmake (find_package(umws CONFIG), target umws::umws).",
                "See examples/own-driver."})
final class SdkCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Where to write the SDK (created when absent).")
    Path dir;

    @Option(names = {"-g", "--generation"}, paramLabel = "G1|G2|G3",
            description = "Header generation to build drivers for (default: the one the shim was built for; "
                    + "another needs a shim built for it, see --library).")
    String generation;

    @Option(names = "--library", paramLabel = "FILE",
            description = "The shim to put in the SDK (default: the one this testbed loads).")
    Path library;

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    @Override
    public Integer call() {
        Sdk.Written w;
        try {
            Generation requested = generation == null || generation.isBlank() ? null : Generation.parse(generation);
            w = Sdk.write(dir.toAbsolutePath(), library, requested);
        } catch (IllegalArgumentException | Sdk.RefusedException e) {
            err.println("umws sdk: " + e.getMessage());
            return 1;
        } catch (UncheckedIOException e) {
            err.println("umws sdk: " + e.getMessage() + ": " + e.getCause());
            return 1;
        }
        out.printf("umws SDK %s for %s, header generation %s, in %s%n", w.version(),
                dev.umws.nativelib.Platform.id(), w.generation(), w.dir());
        out.printf("  %-20s %d headers%n", "include/umws/", w.headers().size());
        out.printf("  %-20s the shim, from %s%n", "lib/" + w.library(), w.shimSource());
        w.importLibrary().ifPresent(i -> out.printf("  %-20s its import library%n", "lib/" + i));
        out.printf("  %-20s umwsConfig.cmake, umwsConfigVersion.cmake: target umws::umws%n", "lib/cmake/umws/");
        for (String note : w.notes()) {
            out.println("note: " + note);
        }
        out.println("Build a KMD and a UMD against it (sources: examples/own-driver/README.md):");
        out.println("  cmake -S examples/own-driver -B build -DCMAKE_PREFIX_PATH=" + w.dir());
        out.println("  cmake --build build");
        return 0;
    }
}
