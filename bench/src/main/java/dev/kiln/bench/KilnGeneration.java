package dev.kiln.bench;

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
        var result = new Generator().generate(new GenerationRequest(
                spec.file(), spec.fileName(), "bench." + spec.packageName(), Optional.of("Client")));
        try {
            new OutputWriter().write(output, result.files());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
