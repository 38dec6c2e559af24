package dev.umws.bench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A JavaScript library's browser build, read from its WebJar on the classpath so that a page can
 * inline it: the page then works opened from disk, with no network. The version comes from a
 * properties file the build writes from the pom (its {@code <name>.version} property), so the
 * dependency and the resource path cannot drift apart.
 */
final class WebJarScript {
    /** Chart.js's UMD build, for the report's charts ({@link HtmlReport}). */
    static final WebJarScript CHART_JS = new WebJarScript("Chart.js", "chartjs.properties", "chart.js",
            "dist/chart.umd.js", "the HTML report cannot draw its charts without it");
    /** Apache ECharts' minified build, for the timeline ({@link TimelinePage}). */
    static final WebJarScript ECHARTS = new WebJarScript("Apache ECharts", "echarts.properties", "echarts",
            "dist/echarts.min.js", "the timeline page cannot be drawn without it");

    /** A source-map comment would make a browser's developer tools look for a file that is not there. */
    private static final Pattern SOURCE_MAP = Pattern.compile("(?m)^//# sourceMappingURL=.*$");

    private final String name;
    private final String versionResource;
    private final String artifact;
    private final String file;
    private final String without;
    private String script;

    private WebJarScript(String name, String versionFile, String artifact, String file, String without) {
        this.name = name;
        this.versionResource = "dev/umws/bench/report/" + versionFile;
        this.artifact = artifact;
        this.file = file;
        this.without = without;
    }

    /** The WebJar's version, e.g. {@code 4.5.1}. */
    String version() {
        Properties p = new Properties();
        try (InputStream in = WebJarScript.class.getClassLoader().getResourceAsStream(versionResource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + versionResource + ": the build writes it");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(versionResource, e);
        }
        return p.getProperty("version");
    }

    /** Where the WebJar keeps the build: {@code META-INF/resources/webjars/<artifact>/<v>/<file>}. */
    String resourcePath() {
        return "META-INF/resources/webjars/" + artifact + "/" + version() + "/" + file;
    }

    /** The library, ready to stand inside a {@code <script>} element; read once. */
    synchronized String script() {
        if (script == null) {
            script = read(WebJarScript.class.getClassLoader(), resourcePath());
        }
        return script;
    }

    /** Reads the build from the classpath; fails naming the resource and the dependency when it is missing. */
    String read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath: no resource " + path
                        + " (it comes from the org.webjars.npm:" + artifact + " dependency in pom.xml); " + without);
            }
            String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Inside <script>, only "</script" can end the element early; "<\/" means the same to JavaScript.
            return SOURCE_MAP.matcher(js).replaceAll("").replaceAll("(?i)</(script)", "<\\\\/$1");
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
    }
}
