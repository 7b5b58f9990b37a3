package dev.kiln.bench;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One cold run of each contender per spec: a fresh JVM (default heap settings, {@code -Xss8m}) that does one
 * generation and exits, timed from start to exit by this process, with the child's peak resident memory.
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
     * @param runs each contender's run
     */
    record Row(CorpusSpec spec, Map<Contender, Run> runs) {}

    /** OpenAPI Generator logs each file it writes at INFO; the bench's in-process runs keep it at WARN, so do these. */
    static final String QUIET_PEER = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn";

    private final Path work;

    ColdGeneration(Path work) {
        this.work = work;
    }

    Row measure(CorpusSpec spec) throws Exception {
        Map<Contender, Run> runs = new EnumMap<>(Contender.class);
        for (Contender contender : Contender.values()) {
            String name = contender.name().toLowerCase(java.util.Locale.ROOT);
            Path output = Directories.fresh(work.resolve("cold").resolve(name));
            ChildProcess.Outcome outcome = ChildProcess.run(
                    ChildProcess.java(
                            List.of("-Xss8m", QUIET_PEER),
                            ColdRun.class.getName(),
                            List.of(
                                    contender.name(),
                                    spec.file().toAbsolutePath().toString(),
                                    output.toString())),
                    work.resolve("cold").resolve(spec.name() + "-" + name + ".log"));
            runs.put(
                    contender,
                    outcome.exitCode() == 0
                            ? new Run(outcome.millis(), peak(outcome.output()), "")
                            : new Run(outcome.millis(), -1, "exit " + outcome.exitCode()));
        }
        return new Row(spec, runs);
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
                "Kiln (s)",
                "Kiln peak RSS (MiB)",
                "OpenAPI Generator (s)",
                "OpenAPI Generator peak RSS (MiB)",
                "swagger-parser parse (s)",
                "parse peak RSS (MiB)");
        for (Row row : rows) {
            Run kiln = row.runs().get(Contender.KILN);
            Run peer = row.runs().get(Contender.OPENAPI_GENERATOR);
            Run parse = row.runs().get(Contender.SWAGGER_PARSER);
            table.row(
                    row.spec().fileName(),
                    seconds(kiln),
                    Figures.mebibytes(kiln.peakBytes()),
                    seconds(peer),
                    Figures.mebibytes(peer.peakBytes()),
                    seconds(parse),
                    Figures.mebibytes(parse.peakBytes()));
        }
        return table.markdown();
    }

    private static String seconds(Run run) {
        return run.failure().isEmpty() ? Figures.seconds(run.millis() / 1000) : "failed (" + run.failure() + ")";
    }
}
