package dev.kiln.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code javac} as a build runs it: a fresh process of this JDK's {@code javac} over every source file (lints off,
 * no annotation processing, {@code -J-Xss8m}), against this JVM's classpath, timed from start to exit.
 */
final class JavacRun {
    /**
     * What javac did.
     *
     * @param millis wall time of the whole process
     * @param errors errors it reported (a run with errors stops before writing classes, so its time is a floor)
     */
    record Result(double millis, int errors) {}

    private static final Pattern ERRORS = Pattern.compile("^(\\d+) errors?$", Pattern.MULTILINE);

    private JavacRun() {}

    static Result compile(List<Path> sources, Path classes, Path logs) throws IOException, InterruptedException {
        if (sources.isEmpty()) {
            return new Result(0, 0);
        }
        Directories.fresh(classes);
        Path argumentFile = logs.resolve(classes.getFileName() + "-sources.txt");
        Files.createDirectories(logs);
        Files.writeString(
                argumentFile,
                sources.stream()
                        .map(p -> "\"" + p.toAbsolutePath().toString().replace("\\", "\\\\") + "\"")
                        .collect(Collectors.joining("\n")),
                StandardCharsets.UTF_8);
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-J-Xss8m",
                "--release",
                "17",
                "-proc:none",
                "-nowarn",
                "-Xmaxerrs",
                "100000",
                "-encoding",
                "UTF-8",
                "-d",
                classes.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "@" + argumentFile);
        ChildProcess.Outcome outcome = ChildProcess.run(command, logs.resolve(classes.getFileName() + "-javac.log"));
        return new Result(outcome.millis(), outcome.exitCode() == 0 ? 0 : errors(outcome.output()));
    }

    static int errors(String output) {
        Matcher matcher = ERRORS.matcher(output);
        int errors = -1;
        while (matcher.find()) {
            errors = Integer.parseInt(matcher.group(1));
        }
        return errors < 0 ? 1 : errors;
    }
}
