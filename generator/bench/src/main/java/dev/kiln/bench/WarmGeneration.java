package dev.kiln.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Generation time in one warm JVM: per spec, a few untimed rounds, then timed rounds in which each contender runs
 * once, in an order that rotates from round to round so none always runs after the same neighbour. Each run
 * writes into a fresh directory; deleting it is not timed.
 */
final class WarmGeneration {
    /**
     * One spec's medians.
     *
     * @param spec the spec
     * @param runs timed runs of each contender
     * @param medianMillis the median time of each contender
     */
    record Row(CorpusSpec spec, int runs, Map<Contender, Double> medianMillis) {}

    private final int warmup;
    private final int runs;
    private final Path work;

    WarmGeneration(int warmup, int runs, Path work) {
        this.warmup = warmup;
        this.runs = runs;
        this.work = work;
    }

    Row measure(CorpusSpec spec) throws Exception {
        Contender[] contenders = Contender.values();
        Map<Contender, Samples> samples = new EnumMap<>(Contender.class);
        for (Contender contender : contenders) {
            samples.put(contender, new Samples());
        }
        for (int round = 0; round < warmup + runs; round++) {
            for (int i = 0; i < contenders.length; i++) {
                Contender contender = contenders[(round + i) % contenders.length];
                Path output = Directories.fresh(
                        work.resolve("warm").resolve(contender.name().toLowerCase(java.util.Locale.ROOT)));
                long started = System.nanoTime();
                contender.run(spec, output);
                double millis = (System.nanoTime() - started) / 1e6;
                if (round >= warmup) {
                    samples.get(contender).add(millis);
                }
            }
        }
        Map<Contender, Double> medians = new EnumMap<>(Contender.class);
        samples.forEach((contender, values) -> medians.put(contender, values.median()));
        return new Row(spec, runs, medians);
    }

    static String markdown(List<Row> rows) {
        MarkdownTable table = new MarkdownTable(
                "spec",
                "size (KiB)",
                "schemas",
                "operations",
                "runs",
                "Kiln (ms)",
                "OpenAPI Generator (ms)",
                "swagger-parser parse (ms)",
                "Kiln / OpenAPI Generator",
                "Kiln / parse");
        List<Row> ordered = new ArrayList<>(rows);
        for (Row row : ordered) {
            double kiln = row.medianMillis().get(Contender.KILN);
            double peer = row.medianMillis().get(Contender.OPENAPI_GENERATOR);
            double parse = row.medianMillis().get(Contender.SWAGGER_PARSER);
            table.row(
                    row.spec().fileName(),
                    row.spec().bytes() / 1024,
                    row.spec().schemas(),
                    row.spec().operations(),
                    row.runs(),
                    Figures.millis(kiln),
                    Figures.millis(peer) + (PeerGeneration.refused(row.spec()) ? " (validation skipped)" : ""),
                    Figures.millis(parse),
                    Figures.ratio(kiln, peer),
                    Figures.ratio(kiln, parse));
        }
        return table.markdown();
    }
}
