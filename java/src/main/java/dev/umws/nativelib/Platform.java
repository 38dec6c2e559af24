package dev.umws.nativelib;

import java.util.Locale;

/** The {@code <os>-<arch>} name of this platform, spelled as CMakeLists.txt spells UMWS_PLATFORM. */
public final class Platform {
    private Platform() {
    }

    public static String os() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return "windows";
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return "macos";
        }
        return name.replaceAll("[^a-z0-9]", "");
    }

    public static String arch() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64", "x64" -> "x86_64";
            case "arm64", "aarch64" -> "aarch64";
            default -> arch;
        };
    }

    /** For example {@code linux-x86_64}. */
    public static String id() {
        return os() + "-" + arch();
    }

    /** The file name of a shared library called {@code name} here. */
    public static String libraryFileName(String name) {
        return switch (os()) {
            case "windows" -> name + ".dll";
            case "macos" -> "lib" + name + ".dylib";
            default -> "lib" + name + ".so";
        };
    }
}
