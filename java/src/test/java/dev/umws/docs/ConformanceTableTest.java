package dev.umws.docs;

import dev.umws.Pins;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/conformance.md and the tests agree: every row is pinned by a test ({@link Pins}), every
 * pinned id is a row, ids are unique, every row has a known kind, and the counts the page states
 * are the counts of its rows.
 */
class ConformanceTableTest {
    private static final Path TABLE = Path.of("docs", "conformance.md");
    private static final Pattern ROW = Pattern.compile("^\\| ([A-Z]{2}-\\d+) \\|.*\\| (same|documented|by design) \\|$");
    private static final Pattern COUNTS = Pattern.compile(
            "\\*\\*Counts\\*\\*: (\\d+) rows: (\\d+) same as observed, (\\d+) documented-only, (\\d+) testbed differs by design\\.");

    private static Map<String, String> rows() throws IOException {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String line : Files.readAllLines(TABLE)) {
            if (line.matches("^\\| [A-Z]{2}-\\d+ \\|.*")) {
                Matcher m = ROW.matcher(line);
                assertTrue(m.matches(), "a row whose last column is no kind: " + line);
                assertTrue(kinds.put(m.group(1), m.group(2)) == null, "row " + m.group(1) + " twice");
            }
        }
        return kinds;
    }

    /** Every @Pins id of every compiled test class, with the tests that pin it. */
    private static Map<String, List<String>> pins() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(ConformanceTableTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, List<String>> out = new TreeMap<>();
        List<Path> classes;
        try (Stream<Path> files = Files.walk(root)) {
            classes = files.filter(p -> p.toString().endsWith(".class")).toList();
        }
        ClassLoader loader = ConformanceTableTest.class.getClassLoader();
        for (Path file : classes) {
            String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
            Class<?> c = Class.forName(name.substring(0, name.length() - ".class".length()), false, loader);
            for (Method m : c.getDeclaredMethods()) {
                Pins p = m.getAnnotation(Pins.class);
                if (p != null) {
                    for (String id : p.value()) {
                        out.computeIfAbsent(id, k -> new ArrayList<>()).add(c.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        return out;
    }

    @Test
    void everyRowIsPinnedByATestAndEveryPinIsARow() throws Exception {
        Map<String, String> rows = rows();
        Map<String, List<String>> pins = pins();
        Set<String> unpinned = new TreeSet<>(rows.keySet());
        unpinned.removeAll(pins.keySet());
        assertEquals(Set.of(), unpinned, "rows of docs/conformance.md that no test pins");
        Set<String> unknown = new TreeSet<>(pins.keySet());
        unknown.removeAll(rows.keySet());
        assertEquals(Set.of(), unknown, "pinned ids that are no row: " + pins);
    }

    @Test
    void theStatedCountsAreTheRowsCounts() throws IOException {
        Map<String, String> rows = rows();
        Matcher m = COUNTS.matcher(Files.readString(TABLE));
        assertTrue(m.find(), "the page states its counts");
        long same = rows.values().stream().filter("same"::equals).count();
        long documented = rows.values().stream().filter("documented"::equals).count();
        long byDesign = rows.values().stream().filter("by design"::equals).count();
        assertEquals(List.of((long) rows.size(), same, documented, byDesign),
                List.of(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                        Long.parseLong(m.group(4))), "rows, same, documented, by design");
    }
}
