package dev.kiln.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What to measure and how often, read from system properties ({@code -Dbench.specs=petstore.yaml,together.yaml}).
 *
 * @param corpus the directory of corpus specs
 * @param specs the spec file names to measure; empty for all
 * @param sections the sections to run; all when none was named
 * @param warmup in-process warm-up rounds per spec, at least
 * @param mostWarmup in-process warm-up rounds per spec of the warm generation, at most: it warms until the JIT compiler
 *     settles ({@link WarmUp}), from {@code warmup} rounds to these
 * @param runs timed rounds per spec (each tool once a round, in rotating order)
 * @param jmh how JMH runs
 * @param work where outputs go
 * @param report the markdown report file
 * @param kilnLauncherOptions the JVM options Kiln's launcher script runs it with, for Kiln's cold run as launched
 */
record BenchSettings(
        Path corpus,
        List<String> specs,
        Set<Section> sections,
        int warmup,
        int mostWarmup,
        int runs,
        JmhSettings jmh,
        Path work,
        Path report,
        List<String> kilnLauncherOptions) {

    /** The parts of the report. */
    enum Section {
        GENERATION,
        PHASES,
        COLD,
        SIZE,
        NOOP,
        JMH
    }

    /**
     * How JMH runs.
     *
     * @param forks forks per benchmark
     * @param warmupIterations warm-up iterations
     * @param iterations measured iterations
     * @param seconds length of one iteration
     * @param payloads the payloads to measure, upper case as {@code ModelCodecBenchmark} names them; empty for all
     * @param operations the operations to measure ({@code decode}, {@code encode}); empty for both
     */
    record JmhSettings(
            int forks,
            int warmupIterations,
            int iterations,
            int seconds,
            List<String> payloads,
            List<String> operations) {
        private static final Set<String> OPERATIONS = Set.of("decode", "encode");

        JmhSettings {
            payloads = payloads.stream()
                    .map(name -> dev.kiln.bench.models.Payload.valueOf(name.toUpperCase(java.util.Locale.ROOT))
                            .name())
                    .toList();
            for (String operation : operations) {
                if (!OPERATIONS.contains(operation)) {
                    throw new IllegalArgumentException("bench.jmh.operations: decode or encode, not " + operation);
                }
            }
        }
    }

    static BenchSettings fromSystemProperties() {
        return from(System::getProperty);
    }

    static BenchSettings from(Function<String, String> properties) {
        Set<Section> sections = names(properties.apply("bench.sections")).stream()
                .map(name -> Section.valueOf(name.toUpperCase(java.util.Locale.ROOT)))
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Section.class)));
        return new BenchSettings(
                Path.of(text(properties, "bench.corpus", "../../../shared/specs/corpus")),
                names(properties.apply("bench.specs")),
                sections.isEmpty() ? java.util.EnumSet.allOf(Section.class) : sections,
                number(properties, "bench.warmup", 2),
                number(properties, "bench.warmup.most", 40),
                number(properties, "bench.runs", 5),
                new JmhSettings(
                        number(properties, "bench.jmh.forks", 1),
                        number(properties, "bench.jmh.warmup", 3),
                        number(properties, "bench.jmh.iterations", 5),
                        number(properties, "bench.jmh.seconds", 1),
                        names(properties.apply("bench.jmh.payloads")),
                        names(properties.apply("bench.jmh.operations"))),
                Path.of(text(properties, "bench.work", "target/bench")),
                Path.of(text(properties, "bench.report", "target/bench-report.md")),
                Arrays.stream(text(properties, "bench.kiln.jvmOptions", "").split(" "))
                        .filter(option -> !option.isBlank())
                        .toList());
    }

    private static List<String> names(String list) {
        return list == null || list.isBlank()
                ? List.of()
                : Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(name -> !name.isEmpty())
                        .toList();
    }

    private static String text(Function<String, String> properties, String name, String fallback) {
        String value = properties.apply(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int number(Function<String, String> properties, String name, int fallback) {
        String value = properties.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int parsed = Integer.parseInt(value.strip());
        if (parsed < 0 || (parsed == 0 && !name.contains("warmup"))) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return parsed;
    }
}
