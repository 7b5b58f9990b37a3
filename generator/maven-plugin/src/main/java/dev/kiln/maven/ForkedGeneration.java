package dev.kiln.maven;

import dev.kiln.generate.GenerationFailure;
import dev.kiln.generate.GenerationLog;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * Runs a generation in a JVM of its own ({@link GenerationProcess}) with the options Kiln's launcher script gives its
 * JVM, as {@code kiln:generate} and {@code kiln:check} do unless told not to: the serial collector and a small initial
 * heap keep that JVM's memory near what the generation holds, where the build's JVM (G1 by default) grows its heap
 * with the generation's rate of allocation and keeps it for the rest of the build; and the first compiler tier only,
 * since one generation is over before the optimising compiler pays back. Its log lines go to the build's log as they
 * come; a refusal, a stale SDK or a file that could not be read or written ends the goal as it would in the build's
 * JVM.
 */
final class ForkedGeneration {
    private final GenerationLog log;
    private final List<String> jvmOptions;
    private final String classpath;

    /**
     * Creates a runner.
     *
     * @param log the build's log
     * @param jvmOptions the options of the generation's JVM
     * @param classpath the generation's classpath: Kiln's, without Maven
     */
    ForkedGeneration(GenerationLog log, List<String> jvmOptions, String classpath) {
        this.log = log;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.classpath = classpath;
    }

    /** The options Kiln's launcher script gives its JVM (the build's {@code kiln.launcher.jvmOptions}). */
    static List<String> launcherOptions() {
        Properties properties = new Properties();
        try (InputStream in = ForkedGeneration.class.getResourceAsStream("fork.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Kiln's fork.properties cannot be read", e);
        }
        return options(properties.getProperty("jvmOptions"));
    }

    /** Options written on one line, split where there is white space. */
    static List<String> options(String line) {
        return line == null || line.isBlank() ? List.of() : List.of(line.strip().split("\\s+"));
    }

    /**
     * The classpath this plugin was loaded from: its jar and its dependencies, without Maven's own; and the jar of
     * SLF4J's API, which swagger-parser logs to: Maven lends a plugin its own instead of the plugin's.
     */
    static String pluginClasspath() {
        Stream<URL> jars = ForkedGeneration.class.getClassLoader() instanceof URLClassLoader loader
                ? Stream.of(loader.getURLs())
                : Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                        .map(ForkedGeneration::url);
        Stream<URL> lent = Stream.of(
                LoggerFactory.class.getProtectionDomain().getCodeSource().getLocation());
        return Stream.concat(jars, lent)
                .map(ForkedGeneration::file)
                .distinct()
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static URL url(String file) {
        try {
            return Path.of(file).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("a classpath entry that is no file: " + file, e);
        }
    }

    private static String file(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a classpath entry that is no file: " + url, e);
        }
    }

    /**
     * Runs an order in a JVM of its own: generates, or checks.
     *
     * @param order what to generate and where, or what to check
     * @throws GenerationFailure when the generation refused (its log said why)
     * @throws IOException when a file could not be read or written, or the JVM could not be started
     */
    void run(ForkOrder order) throws GenerationFailure, IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(GenerationProcess.class.getName());
        log.info("Kiln: " + (order.check() == null ? "generating" : "checking") + " in a JVM of its own ("
                + String.join(" ", jvmOptions) + ")");
        Process process = new ProcessBuilder(command).start();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        Thread errorReader = new Thread(() -> collect(process.getErrorStream(), errors), "kiln-fork-stderr");
        errorReader.setDaemon(true);
        errorReader.start();
        Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        try {
            send(in, order);
            ForkLine end = relay(process.getInputStream());
            int exit = process.waitFor();
            errorReader.join();
            finish(end, exit, errors);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while Kiln was generating");
        } finally {
            try {
                in.close();
            } catch (IOException gone) {
                // the JVM has ended, and with it the stream: nothing is left to tell it
            }
        }
    }

    /** Sends the order; a JVM that ended before reading it (it could not start) says why in its exit and errors. */
    private static void send(Writer in, ForkOrder order) {
        try {
            in.write(order.json() + "\n");
            in.flush();
        } catch (IOException gone) {
            // finish() reports the exit code and the JVM's error output
        }
    }

    /** Passes the log on as it comes; the line that says how the generation ended, if it says one. */
    private ForkLine relay(InputStream output) throws IOException {
        ForkLine end = null;
        BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            ForkLine read = ForkLine.read(line).orElse(ForkLine.message(ForkLine.Kind.INFO, line));
            switch (read.kind()) {
                case WARN -> log.warn(read.text());
                case ERROR -> log.error(read.text());
                case FAILURE, IO -> end = read;
                case INFO -> log.info(read.text());
            }
        }
        return end;
    }

    private static void finish(ForkLine end, int exit, List<String> errors) throws GenerationFailure, IOException {
        if (end != null && end.kind() == ForkLine.Kind.FAILURE) {
            throw new GenerationFailure(end.reason(), end.text());
        }
        if (end != null) {
            throw new IOException(end.text());
        }
        if (exit != 0) {
            throw new IllegalStateException("Kiln's generation in a JVM of its own ended with exit code " + exit
                    + (errors.isEmpty() ? "" : ":\n" + String.join("\n", errors)));
        }
    }

    private static void collect(InputStream stream, List<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines().forEach(lines::add);
        } catch (IOException | UncheckedIOException e) {
            lines.add("(the rest of the generation's error output could not be read: " + e.getMessage() + ")");
        }
    }
}
