package dev.umws.nativelib;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** Class-path resources as files: used in place from a build directory, extracted from a jar. */
public final class Resources {
    private static final Object LOCK = new Object();
    private static Path extractDir;

    private Resources() {
    }

    /**
     * The file behind resource {@code name} (absolute, without the leading slash), or an
     * extracted copy of it; empty when the class path has no such resource.
     */
    public static java.util.Optional<Path> file(String name) {
        URL url = Resources.class.getClassLoader().getResource(name);
        if (url == null) {
            return java.util.Optional.empty();
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return java.util.Optional.of(Path.of(url.toURI()));
            }
            Path root = extractDir();
            Path target = root.resolve(name);
            Files.createDirectories(target.getParent());
            // deleteOnExit deletes in reverse order of registration: register outer directories
            // first, so that files and inner directories go before them
            Path relative = root.relativize(target.getParent());
            for (int i = 1; i <= relative.getNameCount(); i++) {
                root.resolve(relative.subpath(0, i)).toFile().deleteOnExit();
            }
            try (InputStream in = url.openStream()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            target.toFile().deleteOnExit();
            return java.util.Optional.of(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract resource " + name, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The names of the files directly under the resource directory {@code directory} (absolute,
     * without the leading or a trailing slash), sorted; empty when the class path has no such
     * directory. Read from the build's directory or from the jar's entries.
     */
    public static List<String> names(String directory) {
        URL url = Resources.class.getClassLoader().getResource(directory + "/");
        if (url == null) {
            return List.of();
        }
        try {
            if ("file".equals(url.getProtocol())) {
                try (java.util.stream.Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
                }
            }
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                // a cached JarFile is shared with the class loader; a private one is closed here
                connection.setUseCaches(false);
                String prefix = directory + "/";
                try (JarFile jar = connection.getJarFile()) {
                    return jar.stream().map(JarEntry::getName)
                            .filter(n -> n.startsWith(prefix) && n.length() > prefix.length()
                                    && n.indexOf('/', prefix.length()) < 0)
                            .map(n -> n.substring(prefix.length())).sorted().toList();
                }
            }
            throw new IllegalStateException("cannot list resource directory " + directory + " at " + url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list resource directory " + directory, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A directory holding {@code names} under {@code prefix}, for tools that want a directory. */
    public static Path directory(String prefix, List<String> names) {
        Path first = null;
        String firstName = null;
        for (String n : names) {
            Path p = file(prefix + "/" + n).orElseThrow(
                    () -> new IllegalStateException("resource " + prefix + "/" + n + " is not on the class path"));
            if (first == null) {
                first = p;
                firstName = n;
            }
        }
        if (first == null) {
            throw new IllegalArgumentException("no names");
        }
        Path dir = first;
        for (int i = 0; i < firstName.split("/").length; i++) {
            dir = dir.getParent();
        }
        return dir;
    }

    private static Path extractDir() throws IOException {
        synchronized (LOCK) {
            if (extractDir == null) {
                extractDir = Files.createTempDirectory("umws-");
                extractDir.toFile().deleteOnExit();
            }
            return extractDir;
        }
    }
}
