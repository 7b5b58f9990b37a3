package dev.kiln.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A child process run to its end, its output kept in a file, its wall time taken from start to exit. */
final class ChildProcess {
    /**
     * How the child ended.
     *
     * @param exitCode its exit code
     * @param millis wall time from start to exit
     * @param output what it wrote to standard output and error
     */
    record Outcome(int exitCode, double millis, String output) {}

    private ChildProcess() {}

    /** The java launcher of this JVM with this JVM's classpath, then the given arguments. */
    static List<String> java(List<String> jvmOptions, String mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(arguments);
        return command;
    }

    static Outcome run(List<String> command, Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long started = System.nanoTime();
        Process process = builder.start();
        int exit = process.waitFor();
        double millis = (System.nanoTime() - started) / 1e6;
        return new Outcome(exit, millis, Files.readString(log, StandardCharsets.UTF_8));
    }
}
