package dev.kiln.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the bench and prints its report as markdown, also written to {@code bench.report}. Settings are system
 * properties (see {@link BenchSettings}); the Maven profile {@code bench} passes them on:
 * {@code mvn -B -Pbench -pl :kiln-bench -am verify -DskipTests -Dinvoker.skip=true [-Dbench.specs=petstore.yaml,together.yaml]}.
 */
public final class Bench {
    static final String COMMAND = "mvn -B -Pbench -pl :kiln-bench -am verify -DskipTests -Dinvoker.skip=true";

    private Bench() {}

    /**
     * Runs the sections the settings name.
     *
     * @param args none
     * @throws Exception when a measurement fails
     */
    public static void main(String[] args) throws Exception {
        run(BenchSettings.fromSystemProperties());
    }

    static void run(BenchSettings settings) throws Exception {
        Report report = new Report(settings.report())
                .line("# Kiln bench")
                .line("")
                .line("- command: `" + command(settings) + "`")
                .line("- machine: " + Machine.describe())
                .line("- started: " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        List<CorpusSpec> specs = List.of();
        if (Files.isDirectory(settings.corpus())) {
            specs = CorpusSpec.in(settings.corpus(), settings.specs());
        } else {
            report.line("")
                    .line("The corpus is not beside this checkout ("
                            + settings.corpus().toAbsolutePath().normalize() + "): the corpus sections are left out.");
        }
        if (!specs.isEmpty()) {
            corpusSections(settings, specs, report);
        }
        if (settings.sections().contains(BenchSettings.Section.JMH)) {
            report.section(
                    "Model decode and encode (JMH)",
                    ModelBenchmarks.describe(settings.jmh()),
                    ModelBenchmarks.run(settings.jmh(), settings.work()));
        }
        report.line("").line("- finished: " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        report.write();
        System.err.println("bench: report written to " + report.file());
    }

    private static void corpusSections(BenchSettings settings, List<CorpusSpec> specs, Report report) throws Exception {
        Path work = settings.work();
        CorpusSection sections = new CorpusSection(settings, specs, report);
        if (settings.sections().contains(BenchSettings.Section.GENERATION)) {
            WarmGeneration warm = new WarmGeneration(settings.warmup(), settings.mostWarmup(), settings.runs(), work);
            sections.run(
                    "generation",
                    "Generation in one warm JVM",
                    "Untimed rounds, at least " + settings.warmup() + ", until the JIT compiler spent at most "
                            + Figures.percent(WarmUp.SETTLED_SHARE) + " of " + WarmUp.SETTLED_ROUNDS
                            + " rounds in a row compiling (at most " + settings.mostWarmup() + " rounds), then "
                            + settings.runs() + " timed rounds per spec, the three contenders alternated in rotating "
                            + "order; medians. Kiln and OpenAPI Generator write their files to an empty directory; the "
                            + "parse only parses (resolve on). CPU is the JVM's CPU time during a contender's run, all "
                            + "its threads (the JIT compiler's and the collector's too) and the kernel's work for it: "
                            + "Kiln emits on every core, so its CPU time passes its wall time. JIT is the JIT "
                            + "compiler's time in a timed round, all three runs.",
                    warm::measure,
                    WarmGeneration::markdown);
        }
        if (settings.sections().contains(BenchSettings.Section.PHASES)) {
            SerialPhases phases = new SerialPhases(settings.warmup(), Math.max(settings.runs(), 10));
            sections.run(
                    "phases",
                    "Load and link on one thread",
                    "The part of a warm generation that runs before emission, on the calling thread alone: the load "
                            + "(read, read limits, bundle, checks, swagger-parser) and the link, each the least CPU "
                            + "time of the calling thread over " + Math.max(settings.runs(), 10) + " runs (after "
                            + settings.warmup() + " untimed), and the bytes it allocated.",
                    phases::measure,
                    SerialPhases::markdown);
        }
        if (settings.sections().contains(BenchSettings.Section.COLD)) {
            ColdGeneration cold = new ColdGeneration(work, settings.kilnLauncherOptions());
            sections.run(
                    "cold",
                    "One cold run each (a fresh JVM)",
                    "One run per contender and spec: a JVM started for it (default heap size, -Xss8m), timed from "
                            + "start to exit; peak RSS is the child's VmHWM. Kiln runs twice: with the JVM options its "
                            + "launcher script gives (" + String.join(" ", settings.kilnLauncherOptions())
                            + "), as its command line and kiln:generate's own JVM run, and with the JVM's defaults, as "
                            + "kiln:generate with fork false runs in a Maven build whose JVM options are the build's; "
                            + "the others with the JVM's defaults, as their launchers run them. One run, so noisier "
                            + "than the medians above.",
                    cold::measure,
                    ColdGeneration::markdown);
        }
        if (settings.sections().contains(BenchSettings.Section.SIZE)) {
            OutputSize size = new OutputSize(work);
            sections.run(
                    "size",
                    "Generated code and javac",
                    "Javadoc is the share of lines inside /** */ comments. javac is one fresh process of this JDK's javac "
                            + "(-proc:none -nowarn) over all the files, once; with errors javac stops before writing "
                            + "classes, so that time is a floor.",
                    size::measure,
                    OutputSize::markdown);
        }
        if (settings.sections().contains(BenchSettings.Section.NOOP)) {
            NoOpRebuild noOp = new NoOpRebuild(settings.warmup(), Math.max(settings.runs(), 5), work);
            sections.run(
                    "no-op",
                    "No-op rebuild over kiln.skip",
                    "The up-to-date check kiln:generate does on an unchanged spec (fingerprint, compare, output complete); "
                            + "with -Dkiln.skip the goal does none of it, so this is the cost over skipping.",
                    noOp::measure,
                    NoOpRebuild::markdown);
        }
    }

    /** A section measured spec by spec: each spec's row said as it is done, then the whole table in the report. */
    private record CorpusSection(BenchSettings settings, List<CorpusSpec> specs, Report report) {
        /** One spec's measurement. */
        interface Measure<R> {
            R measure(CorpusSpec spec) throws Exception;
        }

        <R> void run(String name, String title, String note, Measure<R> measure, Function<List<R>, String> markdown)
                throws Exception {
            List<R> rows = new ArrayList<>();
            for (CorpusSpec spec : specs) {
                rows.add(measure.measure(spec));
                progress(name, spec, markdown.apply(rows.subList(rows.size() - 1, rows.size())));
            }
            report.section(title, note, markdown.apply(rows));
        }
    }

    /** Says on standard error that a spec is done, with its row, so a run stopped half-way still shows its figures. */
    private static void progress(String section, CorpusSpec spec, String row) {
        System.err.println("bench: " + section + " " + spec.fileName() + " done\n" + row);
    }

    private static String command(BenchSettings settings) {
        StringBuilder command = new StringBuilder(COMMAND);
        if (!settings.specs().isEmpty()) {
            command.append(" -Dbench.specs=").append(String.join(",", settings.specs()));
        }
        if (settings.sections().size() < BenchSettings.Section.values().length) {
            command.append(" -Dbench.sections=")
                    .append(String.join(
                            ",",
                            settings.sections().stream()
                                    .map(s -> s.name().toLowerCase(java.util.Locale.ROOT))
                                    .toList()));
        }
        command.append(" -Dbench.warmup=")
                .append(settings.warmup())
                .append(" -Dbench.warmup.most=")
                .append(settings.mostWarmup())
                .append(" -Dbench.runs=")
                .append(settings.runs());
        return command.toString();
    }
}
