package dev.kiln.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One cold run of each contender per spec: a fresh JVM ({@code -Xss8m}, default heap size) that does one generation
 * and exits, timed from start to exit by this process, with the child's peak resident memory. Kiln runs twice: with
 * the JVM options its launcher script gives (how its command line runs), and with the JVM's own defaults (as inside a
 * Maven build's JVM, whose options are the build's); the others with the JVM's defaults, as their launchers run them.
 */
final class ColdGeneration {
    /**
     * One contender's cold run.
     *
     * @param millis wall time of the whole process
     * @param peakBytes its peak resident memory, -1 when unknown
     * @param failure why it failed, or empty
     */
    record Run(double millis, long peakBytes, String failure) {}

    /**
     * One spec's cold runs.
     *
     * @param spec the spec
     * @param runs each contender's run with the JVM's defaults
     * @param kilnAsLaunched Kiln's run with its launcher's JVM options
     */
    record Row(CorpusSpec spec, Map<Contender, Run> runs, Run kilnAsLaunched) {}

    /** OpenAPI Generator logs each file it writes at INFO; the bench's in-process runs keep it at WARN, so do these. */
    static final String QUIET_PEER = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn";

    private final Path work;
    private final List<String> kilnLauncherOptions;

    ColdGeneration(Path work, List<String> kilnLauncherOptions) {
        this.work = work;
        this.kilnLauncherOptions = List.copyOf(kilnLauncherOptions);
    }

    Row measure(CorpusSpec spec) throws Exception {
        Map<Contender, Run> runs = new EnumMap<>(Contender.class);
        Run launched = run(spec, Contender.KILN, "kiln-launched", kilnLauncherOptions);
        for (Contender contender : Contender.values()) {
            runs.put(contender, run(spec, contender, contender.name().toLowerCase(Locale.ROOT), List.of()));
        }
        return new Row(spec, runs, launched);
    }

    private Run run(CorpusSpec spec, Contender contender, String name, List<String> jvmOptions) throws Exception {
        Path output = Directories.fresh(work.resolve("cold").resolve(name));
        List<String> options = new ArrayList<>(List.of("-Xss8m", QUIET_PEER));
        options.addAll(jvmOptions);
        ChildProcess.Outcome outcome = ChildProcess.run(
                ChildProcess.java(
                        options,
                        ColdRun.class.getName(),
                        List.of(contender.name(), spec.file().toAbsolutePath().toString(), output.toString())),
                work.resolve("cold").resolve(spec.name() + "-" + name + ".log"));
        return outcome.exitCode() == 0
                ? new Run(outcome.millis(), peak(outcome.output()), "")
                : new Run(outcome.millis(), -1, "exit " + outcome.exitCode());
    }

    private static long peak(String output) {
        return output.lines()
                .filter(line -> line.startsWith(ColdRun.PEAK_PREFIX))
                .mapToLong(line -> Long.parseLong(
                        line.substring(ColdRun.PEAK_PREFIX.length()).strip()))
                .reduce((first, last) -> last)
                .orElse(-1);
    }

    static String markdown(List<Row> rows) {
        MarkdownTable table = new MarkdownTable(
                "spec",
                "Kiln, launcher's options (s)",
                "peak RSS (MiB)",
                "Kiln, JVM defaults (s)",
                "peak RSS (MiB)",
                "OpenAPI Generator (s)",
                "peak RSS (MiB)",
                "swagger-parser parse (s)",
                "peak RSS (MiB)",
                "Kiln launched / OpenAPI Generator: time",
                "memory");
        for (Row row : rows) {
            Run launched = row.kilnAsLaunched();
            Run kiln = row.runs().get(Contender.KILN);
            Run peer = row.runs().get(Contender.OPENAPI_GENERATOR);
            Run parse = row.runs().get(Contender.SWAGGER_PARSER);
            table.row(
                    row.spec().fileName(),
                    seconds(launched),
                    Figures.mebibytes(launched.peakBytes()),
                    seconds(kiln),
                    Figures.mebibytes(kiln.peakBytes()),
                    seconds(peer),
                    Figures.mebibytes(peer.peakBytes()),
                    seconds(parse),
                    Figures.mebibytes(parse.peakBytes()),
                    Figures.ratio(launched.millis(), peer.millis()),
                    launched.peakBytes() < 0 || peer.peakBytes() < 0
                            ? "-"
                            : Figures.ratio(launched.peakBytes(), peer.peakBytes()));
        }
        return table.markdown();
    }

    private static String seconds(Run run) {
        return run.failure().isEmpty() ? Figures.seconds(run.millis() / 1000) : "failed (" + run.failure() + ")";
    }
}
