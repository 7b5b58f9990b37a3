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
     */
    record Score(double opsPerSecond, double error, double bytesPerOp) {}

    private ModelBenchmarks() {}

    static String describe(BenchSettings.JmhSettings settings) {
        return "JMH 1.37, throughput, " + settings.forks() + " fork(s) per benchmark, " + settings.warmupIterations()
                + " warm-up and " + settings.iterations() + " measured iterations of " + settings.seconds() + " s; "
                + "± is JMH's 99.9% confidence half-width; bytes per op from the gc profiler (gc.alloc.rate.norm). "
                + "Payloads: "
                + chars(Payload.ENDPOINTS)
                + " chars of JSON for 1,000 endpoints; "
                + chars(Payload.CUSTOMER)
                + " chars for a customer with 20 subscriptions of 5 items and an invoice of 5 lines each; "
                + chars(Payload.EMBEDDINGS)
                + " chars for 1,000 embeddings of 1,024 numbers; "
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
        Options options = new OptionsBuilder()
                .include(ModelCodecBenchmark.class.getName() + "\\.")
                .forks(settings.forks())
                .warmupIterations(settings.warmupIterations())
                .warmupTime(TimeValue.seconds(settings.seconds()))
                .measurementIterations(settings.iterations())
                .measurementTime(TimeValue.seconds(settings.seconds()))
                .addProfiler(GCProfiler.class)
                .output(log.toString())
                .build();
        return markdown(new Runner(options).run());
    }

    static String markdown(Collection<RunResult> results) {
        Map<String, Score> scores = new HashMap<>();
        for (RunResult result : results) {
            String operation = result.getParams().getBenchmark().replaceFirst(".*\\.", "");
            Result<?> primary = result.getPrimaryResult();
            double bytes = result.getSecondaryResults().entrySet().stream()
                    .filter(entry -> entry.getKey().endsWith("gc.alloc.rate.norm"))
                    .mapToDouble(entry -> entry.getValue().getScore())
                    .findFirst()
                    .orElse(-1);
            scores.put(
                    key(
                            result.getParams().getParam("payload"),
                            operation,
                            result.getParams().getParam("models")),
                    new Score(primary.getScore(), primary.getScoreError(), bytes));
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
                "Kiln / records (B/op)");
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
                                : Figures.ratio(kiln.bytesPerOp(), records.bytesPerOp()));
            }
        }
        return table.markdown();
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
