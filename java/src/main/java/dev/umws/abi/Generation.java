package dev.umws.abi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

/**
 * The header generation a layout follows (see {@code docs/structures.md}, the three header generations).
 *
 * <p>One setting selects it for the C headers, the native library and the Java layouts: the Maven
 * property {@code umws.generation}, which the build writes into {@code build.properties} and passes
 * to CMake as {@code UMWS_GENERATION}. The system property {@code umws.generation} overrides the
 * Java side at run time; the loaded library then refuses to run if it was built for another one.
 */
public enum Generation {
    /**
     * WDK/SDK 10.0.22621: doorbells as "WDDM 3.1 prerelease". The kernel-side structures follow the
     * 22631 binary (Windows 11 23H2, whose thunk structures are G1) where it differs from G2.
     */
    G1,
    /** Windows 11 24H2, WDDM 3.2 Learn syntax: the baseline. */
    G2,
    /** The newest SDK/WDK ("28000" kit). */
    G3;

    /** The generation this process uses for every static {@code LAYOUT}. */
    public static final Generation SELECTED = select();

    /** The value of {@code UMWS_GENERATION} in C. */
    public int number() {
        return ordinal() + 1;
    }

    public boolean atLeast(Generation other) {
        return compareTo(other) >= 0;
    }

    /** Parses "G2", "g2" or "2". */
    public static Generation parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (!t.startsWith("G")) {
            t = "G" + t;
        }
        try {
            return valueOf(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown header generation '" + text + "' (expected G1, G2 or G3)", e);
        }
    }

    private static Generation select() {
        String override = System.getProperty("umws.generation");
        if (override != null && !override.isBlank()) {
            return parse(override);
        }
        try (InputStream in = Generation.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String built = p.getProperty("generation", "");
                if (!built.isBlank() && !built.startsWith("$")) {
                    return parse(built);
                }
            }
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
        return G2;
    }
}
