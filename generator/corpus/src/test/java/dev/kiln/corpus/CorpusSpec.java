package dev.kiln.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One spec of the corpus.
 *
 * @param file the spec file
 * @param name its name without extension, such as {@code together}
 */
record CorpusSpec(Path file, String name) {
    /** A Java package segment for the spec: {@code kubernetes-core-v1} gives {@code kubernetes_core_v1}. */
    String packageName() {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }

    static List<CorpusSpec> in(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$"))
                    .sorted()
                    .map(p -> new CorpusSpec(p, p.getFileName().toString().replaceFirst("\\.[^.]+$", "")))
                    .toList();
        }
    }
}
