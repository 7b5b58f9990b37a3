package dev.kiln.corpus;

import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.GenerationResult;
import dev.kiln.generate.Generator;
import dev.kiln.write.OutputWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Generates one spec with Kiln, writes it, compiles it and round-trips the spec's schema examples through it. */
final class KilnRun {
    /**
     * Kiln's figures for one spec.
     *
     * @param millis generation time (parse, link, emit), in milliseconds
     * @param warnings how many constructs Kiln reported it could not express exactly
     * @param compilation what javac said of the output
     * @param examples how the spec's examples fared
     */
    record Result(long millis, int warnings, JavaCompilation.Result compilation, ExampleRoundTrip.Result examples) {}

    private KilnRun() {}

    static Result run(CorpusSpec spec, Path work) throws Exception {
        Path sources = work.resolve("kiln").resolve(spec.name()).resolve("src");
        Path classes = work.resolve("kiln").resolve(spec.name()).resolve("classes");
        long started = System.nanoTime();
        GenerationResult result = new Generator().generate(new GenerationRequest(
                spec.file(), spec.file().getFileName().toString(), "corpus." + spec.packageName(), Optional.of("Client")));
        long millis = (System.nanoTime() - started) / 1_000_000;
        new OutputWriter().write(sources, "corpus." + spec.packageName(), result.files());
        JavaCompilation.Result compilation = JavaCompilation.compile(sources, classes);
        ExampleRoundTrip.Result examples = compilation.errors() == 0
                ? ExampleRoundTrip.run(spec.file(), classes, result.schemaClasses())
                : ExampleRoundTrip.Result.notRun();
        return new Result(millis, result.warnings().size(), compilation, examples);
    }
}
