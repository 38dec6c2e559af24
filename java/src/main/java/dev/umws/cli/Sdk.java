package dev.umws.cli;

import dev.umws.abi.Generation;
import dev.umws.nativelib.AbiTable;
import dev.umws.nativelib.AbiTableCheck;
import dev.umws.nativelib.NativeLibrary;
import dev.umws.nativelib.Platform;
import dev.umws.nativelib.Resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SDK for drivers built out of tree, written from the jar (or the build's classes) alone:
 *
 * <pre>
 *   DIR/include/umws/*.h                     every mirror header the jar ships
 *   DIR/lib/libumws.so | libumws.dylib | umws.dll (+ umws.lib or libumws.dll.a when shipped)
 *   DIR/lib/cmake/umws/umwsConfig.cmake      imported target umws::umws
 *   DIR/lib/cmake/umws/umwsConfigVersion.cmake
 * </pre>
 *
 * <p>The shim copied is the file the testbed loads (or one named explicitly), and the generation
 * the package compiles drivers for is read from that file, not assumed: a KMD or UMD built against
 * the SDK is loaded next to that shim, and must agree with it on every structure. The shim's own
 * layout table is checked against this jar's Java layouts before anything is written, as
 * {@link NativeLibrary#lookup()} checks it before the OS starts.
 */
final class Sdk {
    /** The headers' resource directory (pom.xml puts include/ under dev/umws/include). */
    static final String HEADERS = "dev/umws/include/umws";
    /** The CMake templates' resource directory (native/sdk). */
    static final String TEMPLATES = "dev/umws/sdk";
    /** Import libraries a Windows build installs beside umws.dll: MSVC's, then MinGW's. */
    static final List<String> IMPORT_LIBRARIES = List.of("umws.lib", "libumws.dll.a");
    private static final Pattern PLACEHOLDER = Pattern.compile("@(UMWS_SDK_[A-Z_]+)@");

    /** Why the SDK was not written, for the command to print. */
    static final class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    /**
     * What was written.
     *
     * @param shimSource    where the shim came from: its file, or the jar it was extracted from
     * @param importLibrary empty where the platform needs none or the build shipped none
     * @param notes         what the SDK lacks on this platform, for the user to read
     */
    record Written(Path dir, Generation generation, String shimSource, String library, Optional<String> importLibrary,
            List<String> headers, String version, List<String> notes) {
    }

    private Sdk() {
    }

    /**
     * Writes the SDK into {@code dir} (created when absent; files of the same names are replaced,
     * others left alone).
     *
     * @param shim      the shim to copy; null: the one this testbed loads ({@link NativeLibrary#path()})
     * @param requested the generation asked for; null: the shim's own
     * @throws RefusedException when the shim does not load, was built for another generation than
     *                          {@code requested}, or disagrees with this jar's layouts
     */
    static Written write(Path dir, Path shim, Generation requested) {
        Path source = shim != null ? shim.toAbsolutePath() : NativeLibrary.path().toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            throw new RefusedException("the shim " + source + " is not a file");
        }
        String library = Platform.libraryFileName("umws");
        // A library linked with the shim (a KMD, umws_jni) finds its symbols through that
        // dependency, so its table would read as the shim's: its name tells them apart.
        if (!source.getFileName().toString().equals(library)) {
            throw new RefusedException(source + " is not the shim itself (" + library + ")");
        }
        Generation generation = builtFor(source, shim != null);
        if (requested != null && requested != generation) {
            throw new RefusedException("the shim " + source + " was built for " + generation + ", not " + requested
                    + ": the headers would describe other structures than it has. Pass --library with a " + requested
                    + " build of it (after 'mvn verify' in the repository: target/native-" + requested.name().toLowerCase(Locale.ROOT)
                    + "/native/" + library + "), or build the testbed with "
                    + "'mvn package -Dumws.generation=" + requested + "'");
        }
        List<String> notes = new ArrayList<>();
        Optional<Path> importSource = Optional.empty();
        if (Platform.os().equals("windows")) {
            importSource = importLibrary(source, shim != null);
            if (importSource.isEmpty()) {
                notes.add("no import library beside " + source + " (looked for " + String.join(", ", IMPORT_LIBRARIES)
                        + "): MinGW links " + library + " directly; MSVC cannot, and find_package(umws) says so. "
                        + "A build of the testbed installs it next to the DLL (native/CMakeLists.txt)");
            }
        }
        try {
            Path lib = Files.createDirectories(dir.resolve("lib"));
            List<String> headers = copyHeaders(Files.createDirectories(dir.resolve("include").resolve("umws")));
            Files.copy(source, lib.resolve(library), StandardCopyOption.REPLACE_EXISTING);
            Optional<String> importName = importSource.map(p -> p.getFileName().toString());
            if (importSource.isPresent()) {
                Files.copy(importSource.get(), lib.resolve(importName.get()), StandardCopyOption.REPLACE_EXISTING);
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put("UMWS_SDK_GENERATION", Integer.toString(generation.number()));
            values.put("UMWS_SDK_PLATFORM", Platform.id());
            values.put("UMWS_SDK_LIBRARY", library);
            values.put("UMWS_SDK_IMPLIB", importName.orElse(""));
            values.put("UMWS_SDK_VERSION", Umws.VERSION);
            values.put("UMWS_SDK_POINTER_BYTES", Long.toString(ValueLayout.ADDRESS.byteSize()));
            Path cmake = Files.createDirectories(lib.resolve("cmake").resolve("umws"));
            for (String name : List.of("umwsConfig.cmake", "umwsConfigVersion.cmake")) {
                Files.writeString(cmake.resolve(name), fill(name + ".in", values), StandardCharsets.UTF_8);
            }
            return new Written(dir, generation, origin(source, shim != null), library, importName, headers,
                    Umws.VERSION, notes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the SDK into " + dir, e);
        }
    }

    /**
     * The generation {@code shim} was built for, read from its own table, after checking the table
     * against this jar's layouts of that generation. The library is unloaded afterwards (the one
     * this testbed loads stays loaded if it was).
     */
    private static Generation builtFor(Path shim, boolean named) {
        try (Arena arena = Arena.ofConfined()) {
            SymbolLookup lookup;
            try {
                lookup = SymbolLookup.libraryLookup(shim, arena);
            } catch (IllegalArgumentException e) {
                throw new RefusedException("the shim " + shim + " does not load: " + e.getMessage());
            }
            AbiTable.Contents table;
            try {
                table = AbiTable.read(lookup);
            } catch (IllegalStateException e) {
                throw new RefusedException(shim + " is not the umws shim" + (named ? " (--library)" : "") + ": "
                        + e.getMessage());
            }
            Generation g;
            try {
                g = Generation.parse(Integer.toString(table.generation()));
            } catch (IllegalArgumentException e) {
                throw new RefusedException("the shim " + shim + " reports generation " + table.generation());
            }
            AbiTableCheck.Result check = AbiTableCheck.compare(g, table);
            if (!check.mismatches().isEmpty()) {
                throw new RefusedException("the shim " + shim + " disagrees with this testbed's " + g
                        + " layouts (a build of another version?):\n" + check.describe());
            }
            return g;
        }
    }

    /** The jar, when the shim was extracted from it into a temporary file (gone when this process ends). */
    private static String origin(Path source, boolean named) {
        String override = System.getProperty(NativeLibrary.PATH_PROPERTY);
        if (named || (override != null && !override.isBlank())) {
            return source.toString();
        }
        java.security.CodeSource code = Sdk.class.getProtectionDomain().getCodeSource();
        if (code == null || code.getLocation() == null) {
            return source.toString();
        }
        try {
            Path location = Path.of(code.getLocation().toURI());
            return Files.isRegularFile(location) ? "the jar " + location : source.toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return source.toString();
        }
    }

    /** Beside a named shim, or where the testbed finds files next to its own. */
    private static Optional<Path> importLibrary(Path shim, boolean named) {
        for (String name : IMPORT_LIBRARIES) {
            Optional<Path> p = named ? Optional.of(shim.resolveSibling(name)).filter(Files::isRegularFile)
                    : NativeLibrary.sibling(name);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private static List<String> copyHeaders(Path into) throws IOException {
        List<String> headers = Resources.names(HEADERS).stream().filter(n -> n.endsWith(".h")).toList();
        if (headers.isEmpty()) {
            throw new RefusedException("the class path holds no headers under " + HEADERS + " (a build without resources?)");
        }
        for (String h : headers) {
            try (InputStream in = resource(HEADERS + "/" + h)) {
                Files.copy(in, into.resolve(h), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return headers;
    }

    /** The template with every {@code @UMWS_SDK_*@} replaced; a name without a value is a testbed bug. */
    static String fill(String template, Map<String, String> values) throws IOException {
        String text;
        try (InputStream in = resource(TEMPLATES + "/" + template)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(template + " names @" + m.group(1) + "@, which the SDK writer does not fill");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static InputStream resource(String name) {
        InputStream in = Sdk.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " is not on the class path");
        }
        return in;
    }
}
