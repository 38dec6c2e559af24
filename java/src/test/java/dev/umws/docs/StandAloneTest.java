package dev.umws.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project stands alone: no file a user gets sends the reader to material outside the
 * repository (the reference notes its authors worked from), and every relative link in the
 * README, docs/ and the examples' pages resolves.
 */
class StandAloneTest {
    private static final Pattern OUTSIDE = Pattern.compile("(\\.\\./)?shared/(reference|DESIGN|STYLE)");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
    private static final List<String> TREES = List.of("README.md", "docs", "include", "native", "java/src", "pom.xml",
            "CMakeLists.txt", "umws", "examples");

    @Test
    void noFileReferstoMaterialOutsideTheRepository() throws IOException {
        List<String> hits = new ArrayList<>();
        for (String tree : TREES) {
            try (Stream<Path> files = Files.walk(Path.of(tree))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String text;
                    try {
                        text = Files.readString(f);
                    } catch (MalformedInputException binary) {
                        continue;
                    }
                    String[] lines = text.split("\n", -1);
                    for (int i = 0; i < lines.length; i++) {
                        if (OUTSIDE.matcher(lines[i]).find() && !f.endsWith("StandAloneTest.java")) {
                            hits.add(f + ":" + (i + 1) + ": " + lines[i].strip());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), hits);
    }

    @Test
    void everyRelativeLinkInTheReadmeAndDocsResolves() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        try (Stream<Path> examples = Files.walk(Path.of("examples"))) {
            examples.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            var m = LINK.matcher(Files.readString(page));
            while (m.find()) {
                String target = m.group(1);
                if (target.contains("://") || target.startsWith("mailto:")) {
                    continue;
                }
                if (!Files.exists(page.resolveSibling(target).normalize())) {
                    broken.add(page + " -> " + target);
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(Files.readString(Path.of("README.md")).contains("docs/conformance.md"), "the README links the table");
    }
}
