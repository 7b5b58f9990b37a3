package dev.kiln.corpus;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a directory of generated sources in-process, against this JVM's classpath, and counts diagnostics. */
final class JavaCompilation {
    /**
     * What javac said.
     *
     * @param sourceFiles how many .java files were compiled
     * @param lines how many lines they have
     * @param errors javac errors
     * @param warnings javac warnings (all lints on)
     * @param firstErrors the first few error messages, for the report
     */
    record Result(int sourceFiles, long lines, int errors, int warnings, List<String> firstErrors) {}

    private JavaCompilation() {}

    static Result compile(Path sources, Path classes) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        long lines = 0;
        for (Path file : files) {
            try (Stream<String> content = Files.lines(file, StandardCharsets.UTF_8)) {
                lines += content.count();
            }
        }
        if (files.isEmpty()) {
            return new Result(0, 0, 0, 0, List.of());
        }
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager =
                compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "--release",
                    "17",
                    "-Xlint:all",
                    "-proc:none",
                    "-Xmaxerrs",
                    "100000",
                    "-Xmaxwarns",
                    "100000",
                    "-d",
                    classes.toString(),
                    "-classpath",
                    System.getProperty("java.class.path"));
            compiler.getTask(
                            new StringWriter(),
                            fileManager,
                            diagnostics,
                            options,
                            null,
                            fileManager.getJavaFileObjectsFromPaths(files))
                    .call();
        }
        int errors = 0;
        int warnings = 0;
        List<String> firstErrors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                errors++;
                if (firstErrors.size() < 3) {
                    String source = diagnostic.getSource() == null
                            ? ""
                            : Path.of(diagnostic.getSource().toUri()).getFileName() + ":" + diagnostic.getLineNumber()
                                    + ": ";
                    firstErrors.add(source
                            + diagnostic
                                    .getMessage(Locale.ROOT)
                                    .lines()
                                    .findFirst()
                                    .orElse(""));
                }
            } else if (diagnostic.getKind() == Diagnostic.Kind.WARNING
                    || diagnostic.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                warnings++;
            }
        }
        return new Result(files.size(), lines, errors, warnings, firstErrors);
    }
}
