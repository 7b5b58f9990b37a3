package dev.kiln.bench;

import dev.kiln.emit.JavaTarget;
import dev.kiln.generate.Generation;
import dev.kiln.generate.GenerationFailure;
import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.OptionNames;
import dev.kiln.generate.OutputSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Kiln's whole generation of one spec, as {@code kiln:generate} does it on a fresh output directory: linked, each
 * file written as soon as it is emitted, then the record and the fingerprint (kept in {@code .kiln/} inside the
 * output directory, which holds no other Java file).
 */
final class KilnGeneration {
    private KilnGeneration() {}

    static void run(CorpusSpec spec, Path output) {
        String basePackage = "bench." + spec.packageName();
        GenerationRequest request = GenerationRequest.builder(spec.file(), spec.fileName(), basePackage)
                .clientName("Client")
                .build();
        OutputSettings settings = new OutputSettings(
                output, output.resolve(".kiln").resolve("kiln.fingerprint"), Optional.empty(), false, false);
        try {
            new Generation(new QuietLog(), new OptionNames("", ""), new JavaTarget()).generate(request, settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GenerationFailure e) {
            throw new IllegalStateException(spec.fileName() + " failed: " + e.getMessage(), e);
        }
    }
}
