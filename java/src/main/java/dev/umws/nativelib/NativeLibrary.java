package dev.umws.nativelib;

import dev.umws.abi.Generation;

import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads the shim ({@code libumws.so}, {@code umws.dll}, {@code libumws.dylib}) once per process
 * and refuses it when its layout table disagrees with the Java layouts.
 *
 * <p>The library comes from the class path, {@code dev/umws/native/<os>-<arch>/}, where the build
 * puts it; the system property {@value #PATH_PROPERTY} names a library file to use instead (for
 * example a sanitizer build).
 */
public final class NativeLibrary {
    /** System property: path of a library file to load instead of the packaged one. */
    public static final String PATH_PROPERTY = "umws.native.path";

    private static volatile SymbolLookup lookup;

    private NativeLibrary() {
    }

    /** The loaded, verified library. Throws {@link AbiMismatchError} when its table disagrees. */
    public static SymbolLookup lookup() {
        SymbolLookup l = lookup;
        if (l == null) {
            synchronized (NativeLibrary.class) {
                l = lookup;
                if (l == null) {
                    SymbolLookup loaded = SymbolLookup.libraryLookup(path(), Arena.global());
                    AbiTableCheck.Result check = AbiTableCheck.compare(Generation.SELECTED, AbiTable.read(loaded));
                    if (!check.mismatches().isEmpty()) {
                        throw new AbiMismatchError(path(), check);
                    }
                    lookup = l = loaded;
                }
            }
        }
        return l;
    }

    /**
     * A library built with the shim and installed next to it (for example {@code umws_jni}), found
     * the way the shim is: next to the file {@value #PATH_PROPERTY} names, else in the class path's
     * platform directory (used in place, or extracted from a jar into the same directory as the
     * shim, so that a {@code $ORIGIN} run path finds it). Empty when it was not built.
     */
    public static Optional<Path> companion(String name) {
        return sibling(Platform.libraryFileName(name));
    }

    /**
     * A file installed next to the shim under the name {@code file} (a companion library, or the
     * import library a Windows build installs beside the DLL), found as {@link #companion} finds
     * libraries. Empty when there is none.
     */
    public static Optional<Path> sibling(String file) {
        String override = System.getProperty(PATH_PROPERTY);
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override).toAbsolutePath().resolveSibling(file);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Resources.file("dev/umws/native/" + Platform.id() + "/" + file);
    }

    /** The file the library is loaded from. */
    public static Path path() {
        String override = System.getProperty(PATH_PROPERTY);
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override);
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException(PATH_PROPERTY + " names " + p + ", which is not a file");
            }
            return p;
        }
        String resource = "dev/umws/native/" + Platform.id() + "/" + Platform.libraryFileName("umws");
        return Resources.file(resource).orElseThrow(() -> new IllegalStateException(
                "the umws native library for " + Platform.id() + " is not on the class path (" + resource
                        + "); build it with 'mvn package' on this platform or set -D" + PATH_PROPERTY));
    }
}
