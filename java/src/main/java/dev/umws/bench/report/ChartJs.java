package dev.umws.bench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Chart.js's UMD build, read from the {@code org.webjars.npm:chart.js} WebJar on the classpath so
 * that {@link HtmlReport} can inline it: the page then works opened from disk, with no network.
 * The version comes from {@code chartjs.properties}, which the build writes from the pom's
 * {@code chartjs.version}, so the dependency and the resource path cannot drift apart.
 */
final class ChartJs {
    private static final String VERSION_RESOURCE = "dev/umws/bench/report/chartjs.properties";

    /** A source-map comment would make a browser's developer tools look for a file that is not there. */
    private static final Pattern SOURCE_MAP = Pattern.compile("(?m)^//# sourceMappingURL=.*$");

    private static String script;

    private ChartJs() {
    }

    /** The WebJar's version, e.g. {@code 4.5.1}. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = ChartJs.class.getClassLoader().getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + VERSION_RESOURCE + ": the build writes it");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(VERSION_RESOURCE, e);
        }
        return p.getProperty("version");
    }

    /** Where the WebJar keeps the UMD build: {@code META-INF/resources/webjars/chart.js/<v>/dist/chart.umd.js}. */
    static String resourcePath() {
        return "META-INF/resources/webjars/chart.js/" + version() + "/dist/chart.umd.js";
    }

    /** The library, ready to stand inside a {@code <script>} element; read once. */
    static synchronized String script() {
        if (script == null) {
            script = read(ChartJs.class.getClassLoader(), resourcePath());
        }
        return script;
    }

    /** Reads a UMD build from the classpath; fails naming the resource and the dependency when it is missing. */
    static String read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Chart.js is not on the classpath: no resource " + path
                        + " (it comes from the org.webjars.npm:chart.js dependency in pom.xml);"
                        + " the HTML report cannot draw its charts without it");
            }
            String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Inside <script>, only "</script" can end the element early; "<\/" means the same to JavaScript.
            return SOURCE_MAP.matcher(js).replaceAll("").replaceAll("(?i)</(script)", "<\\\\/$1");
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
    }
}
