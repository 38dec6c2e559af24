package dev.umws.bench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Apache ECharts' minified build, read from the {@code org.webjars.npm:echarts} WebJar on the
 * classpath so that {@link TimelinePage} can inline it, as {@link ChartJs} does for the report: the
 * page then works opened from disk, with no network. The version comes from
 * {@code echarts.properties}, which the build writes from the pom's {@code echarts.version}.
 */
final class ECharts {
    private static final String VERSION_RESOURCE = "dev/umws/bench/report/echarts.properties";
    private static final Pattern SOURCE_MAP = Pattern.compile("(?m)^//# sourceMappingURL=.*$");

    private static String script;

    private ECharts() {
    }

    /** The WebJar's version, e.g. {@code 5.3.1}. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = ECharts.class.getClassLoader().getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + VERSION_RESOURCE + ": the build writes it");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(VERSION_RESOURCE, e);
        }
        return p.getProperty("version");
    }

    /** Where the WebJar keeps the build: {@code META-INF/resources/webjars/echarts/<v>/dist/echarts.min.js}. */
    static String resourcePath() {
        return "META-INF/resources/webjars/echarts/" + version() + "/dist/echarts.min.js";
    }

    /** The library, ready to stand inside a {@code <script>} element; read once. */
    static synchronized String script() {
        if (script == null) {
            script = read(ECharts.class.getClassLoader(), resourcePath());
        }
        return script;
    }

    /** Reads the build from the classpath; fails naming the resource and the dependency when it is missing. */
    static String read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Apache ECharts is not on the classpath: no resource " + path
                        + " (it comes from the org.webjars.npm:echarts dependency in pom.xml);"
                        + " the timeline page cannot be drawn without it");
            }
            String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Inside <script>, only "</script" can end the element early; "<\/" means the same to JavaScript.
            return SOURCE_MAP.matcher(js).replaceAll("").replaceAll("(?i)</(script)", "<\\\\/$1");
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
    }
}
