package dev.kiln.corpus;

import dev.kiln.emit.JavaTarget;
import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.GenerationResult;
import dev.kiln.generate.Generator;
import dev.kiln.generate.MethodNameQuality;
import dev.kiln.link.OperationSelection;
import dev.kiln.write.OutputWriter;
import java.nio.file.Path;

/** Generates one spec with Kiln, writes it, compiles it and round-trips the spec's schema examples through it. */
final class KilnRun {
    /**
     * Kiln's figures for one spec.
     *
     * @param millis generation time (parse, link, emit), in milliseconds
     * @param warnings how many constructs Kiln reported it could not express exactly
     * @param compilation what javac said of the output
     * @param examples how the spec's examples fared
     * @param operations the operations generated
     * @param types the top-level types generated
     * @param names how its method names read: those that echo their path and those that repeat their resource
     */
    record Result(
            long millis,
            int warnings,
            JavaCompilation.Result compilation,
            ExampleRoundTrip.Result examples,
            int operations,
            int types,
            MethodNameQuality.Counts names) {}

    private KilnRun() {}

    static Result run(CorpusSpec spec, Path work) throws Exception {
        return run(spec, work, OperationSelection.ALL, spec.name());
    }

    /** Generates only the selected operations of a spec, into a folder of that name. */
    static Result run(CorpusSpec spec, Path work, OperationSelection selection, String folder) throws Exception {
        Path sources = work.resolve("kiln").resolve(folder).resolve("src");
        Path classes = work.resolve("kiln").resolve(folder).resolve("classes");
        long started = System.nanoTime();
        GenerationResult result = new Generator(new JavaTarget())
                .generate(GenerationRequest.builder(
                                spec.file(), spec.file().getFileName().toString(), "corpus." + spec.packageName())
                        .clientName("Client")
                        .operations(selection)
                        .build());
        long millis = (System.nanoTime() - started) / 1_000_000;
        new OutputWriter().write(sources, "corpus." + spec.packageName(), result.files());
        JavaCompilation.Result compilation = JavaCompilation.compile(sources, classes);
        ExampleRoundTrip.Result examples = compilation.errors() == 0
                ? ExampleRoundTrip.run(spec.file(), classes, result.schemaClasses())
                : ExampleRoundTrip.Result.notRun();
        int operations = result.api().services().stream()
                .mapToInt(service -> service.operations().size())
                .sum();
        return new Result(
                millis,
                result.warnings().size(),
                compilation,
                examples,
                operations,
                result.api().types().size(),
                MethodNameQuality.of(result.api()));
    }
}
