package dev.kiln.emit;

import dev.kiln.language.GeneratedFile;
import dev.kiln.naming.JavaNames;
import dev.kiln.runtime.core.ApiCall;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Ships the SDK runtime (module {@code runtime}, package {@code dev.kiln.runtime.core}) into a generated SDK as
 * source, moved to the SDK's own {@code core} package. The runtime is written and tested once; nothing in it
 * changes per spec. Its files are whatever the runtime module holds: the build copies them into Kiln's jar, and
 * {@link #FILES} lists what arrived there, so no list is kept by hand.
 */
final class RuntimeSources {
    private static final String RUNTIME_PACKAGE = JavaNames.RUNTIME_PACKAGE;
    private static final String RESOURCE_DIRECTORY =
            "dev/kiln/runtime-sources/" + RUNTIME_PACKAGE.replace('.', '/') + "/";

    /** Every source file of the runtime, by name, sorted. */
    static final List<String> FILES = listFiles();

    private final SdkLayout layout;

    RuntimeSources(SdkLayout layout) {
        this.layout = layout;
    }

    List<GeneratedFile> files() {
        List<GeneratedFile> files = new ArrayList<>();
        String directory = layout.core().replace('.', '/') + "/";
        String header =
                layout.fileComment().lines().map(line -> "// " + line + "\n").reduce("", String::concat);
        for (String name : FILES) {
            String source = read(RESOURCE_DIRECTORY + name)
                    .replace("package " + RUNTIME_PACKAGE + ";", "package " + layout.core() + ";")
                    .replace("import " + RUNTIME_PACKAGE + ".", "import " + layout.core() + ".");
            files.add(new GeneratedFile(directory + name, header + source));
        }
        return files;
    }

    private static List<String> listFiles() {
        // found by one file that is surely there, since a jar need not hold entries for its folders
        String anchor = RESOURCE_DIRECTORY + ApiCall.class.getSimpleName() + ".java";
        URL file = RuntimeSources.class.getClassLoader().getResource(anchor);
        if (file == null) {
            throw new IllegalStateException("the runtime source " + anchor + " is missing from Kiln's jar");
        }
        try {
            List<String> names = file.getProtocol().equals("jar") ? inJar(file) : inFolder(file);
            return names.stream().sorted().toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the runtime sources beside " + file, e);
        }
    }

    private static List<String> inJar(URL anchor) throws IOException {
        JarURLConnection connection = (JarURLConnection) anchor.openConnection();
        connection.setUseCaches(false);
        List<String> names = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.startsWith(RESOURCE_DIRECTORY) && isSource(name.substring(RESOURCE_DIRECTORY.length()))) {
                    names.add(name.substring(RESOURCE_DIRECTORY.length()));
                }
            }
        }
        return names;
    }

    private static List<String> inFolder(URL anchor) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(Path.of(anchor.toURI()).getParent())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(RuntimeSources::isSource)
                    .toList();
        }
    }

    /** A source file directly in the runtime's package (not in a folder below it). */
    private static boolean isSource(String name) {
        return name.endsWith(".java") && !name.contains("/");
    }

    private static String read(String resource) {
        try (InputStream in = RuntimeSources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the runtime source " + resource + " is missing from Kiln's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
