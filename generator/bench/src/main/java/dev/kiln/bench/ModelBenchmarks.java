package dev.kiln.bench;

import dev.kiln.bench.models.ModelCodecBenchmark;
import dev.kiln.bench.models.Models;
import dev.kiln.bench.models.Payload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link ModelCodecBenchmark} with JMH's GC profiler and tabulates throughput and allocation per operation. */
final class ModelBenchmarks {
    /**
     * One benchmark's figures.
     *
     * @param opsPerSecond the throughput score
     * @param error its 99.9% confidence half-width
     * @param bytesPerOp bytes allocated per operation ({@code gc.alloc.rate.norm}), -1 when not reported
     * @param cpuNanosPerOp the JVM's CPU time per operation ({@link CpuTimeProfiler}), -1 when not reported
     */
    record Score(double opsPerSecond, double error, double bytesPerOp, double cpuNanosPerOp) {}

    private ModelBenchmarks() {}

    static String describe(BenchSettings.JmhSettings settings) {
        return "JMH 1.37, throughput, " + settings.forks() + " fork(s) per benchmark, " + settings.warmupIterations()
                + " warm-up and " + settings.iterations() + " measured iterations of " + settings.seconds() + " s; "
                + "± is JMH's 99.9% confidence half-width; bytes per op from the gc profiler (gc.alloc.rate.norm); the "
                + "last column is the records' CPU time per op over Kiln's (the JVM's, from the CPU time profiler of "
                + "the bench), Kiln's speed against the records' that other load on the machine does not sway. "
                + "Payloads: "
                + chars(Payload.ENDPOINTS)
                + " chars of JSON for 1,000 endpoints; "
                + chars(Payload.CUSTOMER)
                + " chars for a customer with 20 subscriptions of 5 items and an invoice of 5 lines each; "
                + chars(Payload.EMBEDDINGS)
                + " chars for 1,000 embeddings of 1,024 numbers of eight decimals, "
                + chars(Payload.EMBEDDINGS_FLOAT64)
                + " chars for the same as float32 values written as Python writes a float64 (up to 17 significant "
                + "digits); "
                + chars(Payload.CHAT_COMPLETION)
                + " chars for a chat completion of 4 choices with 3 tool calls each; "
                + chars(Payload.CHAT_STREAM)
                + " chars of server-sent events for 2,000 chunks of a streamed chat completion (each kind of model "
                + "reads the events split alike). Decode is JSON text to model, encode model to JSON text; records "
                + "are hand-written Java records read by Jackson data binding (lists as List, numbers boxed).";
    }

    private static String chars(Payload payload) {
        return String.format(Locale.ROOT, "%,d", payload.json().length());
    }

    static String run(BenchSettings.JmhSettings settings, Path work) throws Exception {
        Files.createDirectories(work);
        Path log = work.resolve("jmh.log");
        System.err.println("bench: JMH running, its log in " + log);
        String operations = settings.operations().isEmpty() ? "decode|encode" : String.join("|", settings.operations());
        OptionsBuilder builder = new OptionsBuilder();
        if (!settings.payloads().isEmpty()) {
            builder.param("payload", settings.payloads().toArray(String[]::new));
        }
        Options options = builder.include(ModelCodecBenchmark.class.getName() + "\\.(" + operations + ")$")
                .forks(settings.forks())
                .warmupIterations(settings.warmupIterations())
                .warmupTime(TimeValue.seconds(settings.seconds()))
                .measurementIterations(settings.iterations())
                .measurementTime(TimeValue.seconds(settings.seconds()))
                .addProfiler(GCProfiler.class)
                .addProfiler(CpuTimeProfiler.class)
                .output(log.toString())
                .build();
        return markdown(new Runner(options).run());
    }

    static String markdown(Collection<RunResult> results) {
        Map<String, Score> scores = new HashMap<>();
        for (RunResult result : results) {
            String operation = result.getParams().getBenchmark().replaceFirst(".*\\.", "");
            Result<?> primary = result.getPrimaryResult();
            double bytes = secondary(result, "gc.alloc.rate.norm");
            double cpu = secondary(result, "cpu.time.norm");
            scores.put(
                    key(
                            result.getParams().getParam("payload"),
                            operation,
                            result.getParams().getParam("models")),
                    new Score(primary.getScore(), primary.getScoreError(), bytes, cpu));
        }
        MarkdownTable table = new MarkdownTable(
                "payload",
                "operation",
                "Kiln (ops/s)",
                "records (ops/s)",
                "OpenAPI Generator (ops/s)",
                "Kiln / records",
                "Kiln (B/op)",
                "records (B/op)",
                "OpenAPI Generator (B/op)",
                "Kiln / records (B/op)",
                "records / Kiln (CPU ns/op)");
        for (Payload payload : Payload.values()) {
            for (String operation : new String[] {"decode", "encode"}) {
                Score kiln = scores.get(key(payload.name(), operation, Models.KILN.name()));
                Score records = scores.get(key(payload.name(), operation, Models.RECORDS.name()));
                Score peer = scores.get(key(payload.name(), operation, Models.OPENAPI_GENERATOR.name()));
                if (kiln == null || records == null || peer == null) {
                    continue;
                }
                table.row(
                        payload.name().toLowerCase(Locale.ROOT),
                        operation,
                        throughput(kiln),
                        throughput(records),
                        throughput(peer),
                        Figures.ratio(kiln.opsPerSecond(), records.opsPerSecond()),
                        bytes(kiln),
                        bytes(records),
                        bytes(peer),
                        kiln.bytesPerOp() < 0 || records.bytesPerOp() <= 0
                                ? "n/a"
                                : Figures.ratio(kiln.bytesPerOp(), records.bytesPerOp()),
                        kiln.cpuNanosPerOp() <= 0 || records.cpuNanosPerOp() <= 0
                                ? "n/a"
                                : Figures.ratio(records.cpuNanosPerOp(), kiln.cpuNanosPerOp()));
            }
        }
        return table.markdown();
    }

    /** A secondary result's score by the end of its label, -1 when the run has none. */
    private static double secondary(RunResult result, String label) {
        return result.getSecondaryResults().entrySet().stream()
                .filter(entry -> entry.getKey().endsWith(label))
                .mapToDouble(entry -> entry.getValue().getScore())
                .findFirst()
                .orElse(-1);
    }

    private static String key(String payload, String operation, String models) {
        return payload + "/" + operation + "/" + models;
    }

    private static String throughput(Score score) {
        return Figures.grouped(score.opsPerSecond()) + " ± " + Figures.grouped(score.error());
    }

    private static String bytes(Score score) {
        return score.bytesPerOp() < 0 ? "n/a" : Figures.grouped(score.bytesPerOp());
    }
}
