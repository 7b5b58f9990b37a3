package dev.kiln.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.language.GeneratedFile;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles a generated SDK in-process, as strictly as Kiln's own code is compiled ({@code -Xlint:all -Werror
 * --release 17}), against nothing but Jackson, the SDK's only dependency (and JUnit's API, which a test kit
 * compiled with it uses).
 */
public final class SdkCompiler {
    private static final List<String> OPTIONS = List.of("-Xlint:all", "-Werror", "--release", "17");
    private static final Set<Diagnostic.Kind> PROBLEMS =
            Set.of(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING, Diagnostic.Kind.MANDATORY_WARNING);

    private SdkCompiler() {}

    /**
     * Compiles every Java file of an SDK.
     *
     * @param files the SDK's files; those not ending in {@code .java} are ignored
     * @param classes where to write the class files
     * @return every error and warning javac reported, each as {@code path:line: kind: message}; empty when clean
     */
    public static List<String> compile(List<GeneratedFile> files, Path classes) {
        return compile(files, classes, List.of());
    }

    /**
     * Compiles Java files of an SDK against classes compiled before, such as the SDK's {@code core} package.
     *
     * @param files the files to compile; those not ending in {@code .java} are ignored
     * @param classes where to write the class files
     * @param classPath directories of classes the files use, besides Jackson's jars
     * @return every error and warning javac reported, each as {@code path:line: kind: message}; empty when clean
     */
    public static List<String> compile(List<GeneratedFile> files, Path classes, List<Path> classPath) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no system Java compiler: the tests need a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            fileManager.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
            List<File> path = new ArrayList<>(jacksonJars());
            classPath.forEach(directory -> path.add(directory.toFile()));
            fileManager.setLocation(StandardLocation.CLASS_PATH, path);
            List<JavaFileObject> sources = files.stream()
                    .filter(file -> file.relativePath().endsWith(".java"))
                    .<JavaFileObject>map(Source::new)
                    .toList();
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("the SDK has no Java files");
            }
            compiler.getTask(null, fileManager, diagnostics, OPTIONS, null, sources)
                    .call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (PROBLEMS.contains(diagnostic.getKind())) {
                String where = diagnostic.getSource() == null
                        ? "javac"
                        : diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber();
                problems.add(where + ": " + diagnostic.getKind() + ": " + diagnostic.getMessage(Locale.ROOT));
            }
        }
        return problems;
    }

    /** Formats problems one per line, for a failure message. */
    public static String describe(List<String> problems) {
        return problems.stream().collect(Collectors.joining("\n  ", "\n  ", "\n"));
    }

    /** Jackson's jars, and JUnit's API for the test kit's record-and-replay extension. */
    private static List<File> jacksonJars() {
        return Stream.of(
                        ObjectMapper.class,
                        JsonParser.class,
                        JsonCreator.class,
                        org.junit.jupiter.api.extension.ExtensionContext.class,
                        org.apiguardian.api.API.class,
                        org.opentest4j.AssertionFailedError.class,
                        org.junit.platform.commons.annotation.Testable.class)
                .map(SdkCompiler::location)
                .distinct()
                .toList();
    }

    private static File location(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
        }
    }

    /** A generated file as javac's input, named by its path in the SDK. */
    private static final class Source extends SimpleJavaFileObject {
        private final String content;

        Source(GeneratedFile file) {
            super(URI.create("string:///" + file.relativePath()), Kind.SOURCE);
            this.content = file.content();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return content;
        }
    }
}
