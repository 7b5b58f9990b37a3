package dev.kiln.bench;

import dev.kiln.emit.JavaTarget;
import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.Generator;
import dev.kiln.write.OutputWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/** Kiln's whole generation of one spec, as {@code kiln:generate} does it on a fresh output directory. */
final class KilnGeneration {
    private KilnGeneration() {}

    static void run(CorpusSpec spec, Path output) {
        String basePackage = "bench." + spec.packageName();
        var result = new Generator(new JavaTarget())
                .generate(new GenerationRequest(spec.file(), spec.fileName(), basePackage, Optional.of("Client")));
        try {
            new OutputWriter().write(output, basePackage, result.files());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
