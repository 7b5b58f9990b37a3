package dev.kiln.emit;

import dev.kiln.language.GeneratedFile;
import dev.kiln.naming.JavaNames;
import dev.kiln.runtime.core.ApiCall;
import dev.kiln.runtime.testing.FakeTransport;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Ships the SDK runtime (module {@code runtime}, package {@code dev.kiln.runtime.core}) into a generated SDK as
 * source, moved to the SDK's own {@code core} package; and the fixed part of its test kit (package
 * {@code dev.kiln.runtime.testing}) into its {@code testing} package. The runtime is written and tested once;
 * nothing in it changes per spec. Its files are whatever the runtime module holds: the build copies them into
 * Kiln's jar, and {@link #CORE_FILES} and {@link #TEST_KIT_FILES} list what arrived there, so no list is kept by
 * hand.
 */
final class RuntimeSources {
    private static final String RUNTIME_PACKAGE = JavaNames.RUNTIME_PACKAGE;
    private static final String TEST_KIT_PACKAGE = JavaNames.TEST_KIT_PACKAGE;

    /** Every source file of the runtime, by name, sorted. */
    static final List<String> CORE_FILES = listFiles(RUNTIME_PACKAGE, ApiCall.class);

    /** Every source file of the test kit's fixed part, by name, sorted. */
    static final List<String> TEST_KIT_FILES = listFiles(TEST_KIT_PACKAGE, FakeTransport.class);

    private final SdkLayout layout;

    RuntimeSources(SdkLayout layout) {
        this.layout = layout;
    }

    /** The runtime, in the SDK's {@code core} package. */
    List<GeneratedFile> files() {
        return shipped(RUNTIME_PACKAGE, layout.core(), CoreTexts.BY_NAME);
    }

    /** The test kit's fixed part, in the SDK's {@code testing} package, its imports of the runtime moved to core. */
    List<GeneratedFile> testKitFiles() {
        return shipped(TEST_KIT_PACKAGE, layout.names().testing(), TestKitTexts.BY_NAME);
    }

    /** The runtime's source texts by file name, read from Kiln's jar once per JVM, when first shipped. */
    private static final class CoreTexts {
        static final Map<String, String> BY_NAME = readAll(RUNTIME_PACKAGE, CORE_FILES);
    }

    /** The test kit's source texts by file name, read from Kiln's jar once per JVM, when first shipped. */
    private static final class TestKitTexts {
        static final Map<String, String> BY_NAME = readAll(TEST_KIT_PACKAGE, TEST_KIT_FILES);
    }

    private static Map<String, String> readAll(String packageName, List<String> names) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : names) {
            texts.put(name, read(resourceDirectory(packageName) + name));
        }
        return Collections.unmodifiableMap(texts);
    }

    private List<GeneratedFile> shipped(String from, String to, Map<String, String> texts) {
        List<GeneratedFile> files = new ArrayList<>();
        String directory = to.replace('.', '/') + "/";
        String header =
                layout.fileComment().lines().map(line -> "// " + line + "\n").reduce("", String::concat);
        for (Map.Entry<String, String> text : texts.entrySet()) {
            String name = text.getKey();
            String source = text.getValue()
                    .replace("package " + from + ";", "package " + to + ";")
                    .replace("import " + RUNTIME_PACKAGE + ".", "import " + layout.core() + ".")
                    .replace(
                            "import " + TEST_KIT_PACKAGE + ".",
                            "import " + layout.names().testing() + ".");
            files.add(new GeneratedFile(directory + name, header + source));
        }
        return files;
    }

    private static String resourceDirectory(String packageName) {
        return "dev/kiln/runtime-sources/" + packageName.replace('.', '/') + "/";
    }

    private static List<String> listFiles(String packageName, Class<?> anchorClass) {
        String resourceDirectory = resourceDirectory(packageName);
        // found by one file that is surely there, since a jar need not hold entries for its folders
        String anchor = resourceDirectory + anchorClass.getSimpleName() + ".java";
        URL file = RuntimeSources.class.getClassLoader().getResource(anchor);
        if (file == null) {
            throw new IllegalStateException("the runtime source " + anchor + " is missing from Kiln's jar");
        }
        try {
            List<String> names = file.getProtocol().equals("jar") ? inJar(file, resourceDirectory) : inFolder(file);
            return names.stream().sorted().toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the runtime sources beside " + file, e);
        }
    }

    private static List<String> inJar(URL anchor, String resourceDirectory) throws IOException {
        JarURLConnection connection = (JarURLConnection) anchor.openConnection();
        connection.setUseCaches(false);
        List<String> names = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.startsWith(resourceDirectory) && isSource(name.substring(resourceDirectory.length()))) {
                    names.add(name.substring(resourceDirectory.length()));
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
