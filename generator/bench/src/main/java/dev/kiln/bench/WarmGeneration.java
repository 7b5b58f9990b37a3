package dev.kiln.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Generation time in one warm JVM: per spec, untimed rounds until the JVM is warm ({@link WarmUp}), then timed rounds
 * in which each contender runs once, in an order that rotates from round to round so none always runs after the same
 * neighbour. Each run writes into a fresh directory; deleting it is not timed. Beside each contender's time, the CPU
 * time the JVM spent during its runs (a contender that works on two cores spends more CPU than wall time) and the JIT
 * compiler's time during the timed rounds, which shows whether they were warm.
 */
final class WarmGeneration {
    /**
     * One spec's medians.
     *
     * @param spec the spec
     * @param warmupRounds the untimed rounds taken
     * @param settled whether the warm-up ended settled rather than at its most rounds
     * @param runs timed runs of each contender
     * @param medianMillis the median time of each contender
     * @param medianCpuMillis the median CPU time the JVM spent during each contender's runs
     * @param compileMillisPerRound the JIT compiler's time per timed round, all contenders' runs together
     */
    record Row(
            CorpusSpec spec,
            int warmupRounds,
            boolean settled,
            int runs,
            Map<Contender, Double> medianMillis,
            Map<Contender, Double> medianCpuMillis,
            double compileMillisPerRound) {}

    private final int warmup;
    private final int mostWarmup;
    private final int runs;
    private final Path work;

    /**
     * @param warmup the untimed rounds always taken
     * @param mostWarmup the untimed rounds taken at most, until the JVM is warm
     * @param runs the timed rounds
     * @param work where the outputs go
     */
    WarmGeneration(int warmup, int mostWarmup, int runs, Path work) {
        this.warmup = warmup;
        this.mostWarmup = mostWarmup;
        this.runs = runs;
        this.work = work;
    }

    Row measure(CorpusSpec spec) throws Exception {
        WarmUp warmUp = new WarmUp(warmup, mostWarmup);
        int round = 0;
        while (warmUp.needsAnother()) {
            JvmMeters spent = JvmMeters.zero();
            for (Contender contender : order(round++)) {
                spent = spent.plus(run(contender, spec));
            }
            warmUp.record(spent.millis(), spent.compileMillis());
        }
        Map<Contender, Samples> millis = new EnumMap<>(Contender.class);
        Map<Contender, Samples> cpuMillis = new EnumMap<>(Contender.class);
        long compileMillis = 0;
        for (int timed = 0; timed < runs; timed++) {
            for (Contender contender : order(round++)) {
                JvmMeters spent = run(contender, spec);
                millis.computeIfAbsent(contender, unused -> new Samples()).add(spent.millis());
                cpuMillis.computeIfAbsent(contender, unused -> new Samples()).add(spent.cpuMillis());
                compileMillis += spent.compileMillis();
            }
        }
        return new Row(
                spec,
                warmUp.rounds(),
                warmUp.settled(),
                runs,
                medians(millis),
                medians(cpuMillis),
                (double) compileMillis / runs);
    }

    /** The contenders in a round's order: each round starts one further along. */
    private static List<Contender> order(int round) {
        Contender[] contenders = Contender.values();
        List<Contender> order = new ArrayList<>();
        for (int i = 0; i < contenders.length; i++) {
            order.add(contenders[(round + i) % contenders.length]);
        }
        return order;
    }

    private JvmMeters run(Contender contender, CorpusSpec spec) throws Exception {
        Path output =
                Directories.fresh(work.resolve("warm").resolve(contender.name().toLowerCase(java.util.Locale.ROOT)));
        JvmMeters before = JvmMeters.now();
        contender.run(spec, output);
        return JvmMeters.now().since(before);
    }

    private static Map<Contender, Double> medians(Map<Contender, Samples> samples) {
        Map<Contender, Double> medians = new EnumMap<>(Contender.class);
        samples.forEach((contender, values) -> medians.put(contender, values.median()));
        return medians;
    }

    static String markdown(List<Row> rows) {
        MarkdownTable table = new MarkdownTable(
                "spec",
                "size (KiB)",
                "schemas",
                "operations",
                "warm-up rounds",
                "runs",
                "Kiln (ms)",
                "OpenAPI Generator (ms)",
                "swagger-parser parse (ms)",
                "Kiln / OpenAPI Generator",
                "Kiln / parse",
                "Kiln CPU (ms)",
                "OpenAPI Generator CPU (ms)",
                "JIT per timed round (ms)");
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
                    row.warmupRounds() + (row.settled() ? "" : " (not settled)"),
                    row.runs(),
                    Figures.millis(kiln),
                    Figures.millis(peer) + (PeerGeneration.refused(row.spec()) ? " (validation skipped)" : ""),
                    Figures.millis(parse),
                    Figures.ratio(kiln, peer),
                    Figures.ratio(kiln, parse),
                    Figures.millis(row.medianCpuMillis().get(Contender.KILN)),
                    Figures.millis(row.medianCpuMillis().get(Contender.OPENAPI_GENERATOR)),
                    Figures.millis(row.compileMillisPerRound()));
        }
        return table.markdown();
    }
}
