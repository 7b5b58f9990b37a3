package dev.kiln.bench;

import java.nio.file.Path;
import java.util.List;

/** The code each generator produces for one spec, how big it is, and how long {@code javac} takes over it. */
final class OutputSize {
    /**
     * One generator's output.
     *
     * @param stats its size
     * @param javac what compiling it cost
     */
    record Output(SourceStats stats, JavacRun.Result javac) {}

    /**
     * One spec's outputs.
     *
     * @param spec the spec
     * @param kiln Kiln's output
     * @param peer OpenAPI Generator's output
     */
    record Row(CorpusSpec spec, Output kiln, Output peer) {}

    private final Path work;

    OutputSize(Path work) {
        this.work = work;
    }

    Row measure(CorpusSpec spec) throws Exception {
        Path root = work.resolve("size").resolve(spec.name());
        Path kilnSources = Directories.fresh(root.resolve("kiln"));
        Contender.KILN.run(spec, kilnSources);
        Path peerOutput = Directories.fresh(root.resolve("openapi-generator"));
        Contender.OPENAPI_GENERATOR.run(spec, peerOutput);
        return new Row(
                spec,
                output(kilnSources, root, "kiln-classes"),
                output(peerOutput.resolve("src/main/java"), root, "openapi-generator-classes"));
    }

    private static Output output(Path sources, Path root, String classes) throws Exception {
        SourceStats stats = SourceStats.of(sources);
        JavacRun.Result javac = JavacRun.compile(stats.files(), root.resolve(classes), root);
        Directories.delete(root.resolve(classes));
        return new Output(stats, javac);
    }

    static String markdown(List<Row> rows) {
        MarkdownTable table = new MarkdownTable(
                "spec",
                "Kiln files",
                "Kiln lines",
                "Kiln Javadoc",
                "Kiln javac (s)",
                "OpenAPI Generator files",
                "OpenAPI Generator lines",
                "OpenAPI Generator Javadoc",
                "OpenAPI Generator javac (s)",
                "lines Kiln / OpenAPI Generator");
        for (Row row : rows) {
            table.row(
                    row.spec().fileName(),
                    row.kiln().stats().files().size(),
                    Figures.grouped(row.kiln().stats().lines()),
                    Figures.percent(row.kiln().stats().javadocShare()),
                    javac(row.kiln().javac()),
                    row.peer().stats().files().size(),
                    Figures.grouped(row.peer().stats().lines()),
                    Figures.percent(row.peer().stats().javadocShare()),
                    javac(row.peer().javac()),
                    Figures.ratio(row.kiln().stats().lines(), row.peer().stats().lines()));
        }
        return table.markdown();
    }

    private static String javac(JavacRun.Result result) {
        return Figures.seconds(result.millis() / 1000)
                + (result.errors() == 0 ? "" : " (" + result.errors() + " errors)");
    }
}
