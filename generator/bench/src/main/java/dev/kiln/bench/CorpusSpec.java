package dev.kiln.bench;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One spec of the corpus, with what the scale plan fits against.
 *
 * @param file the spec file
 * @param name its name without extension, such as {@code together}
 * @param bytes its size
 * @param schemas its component schemas
 * @param operations its operations
 */
record CorpusSpec(Path file, String name, long bytes, int schemas, int operations) {
    /** A Java package segment for the spec: {@code kubernetes-core-v1} gives {@code kubernetes_core_v1}. */
    String packageName() {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }

    String fileName() {
        return file.getFileName().toString();
    }

    /**
     * The specs of a directory, by file name, or those named.
     *
     * @throws IllegalArgumentException when a named spec is not in the directory
     */
    static List<CorpusSpec> in(Path directory, List<String> names) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(p -> p.getFileName().toString().matches(".*\\.(ya?ml|json)$"))
                    .sorted()
                    .toList();
        }
        List<String> missing = new ArrayList<>(names);
        missing.removeAll(files.stream().map(p -> p.getFileName().toString()).toList());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("not in " + directory + ": " + missing);
        }
        List<CorpusSpec> specs = new ArrayList<>();
        for (Path file : files) {
            if (names.isEmpty() || names.contains(file.getFileName().toString())) {
                specs.add(of(file));
            }
        }
        return specs;
    }

    private static CorpusSpec of(Path file) throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        OpenAPI openApi = new OpenAPIV3Parser()
                .readLocation(file.toString(), null, options)
                .getOpenAPI();
        int schemas = openApi == null
                        || openApi.getComponents() == null
                        || openApi.getComponents().getSchemas() == null
                ? 0
                : openApi.getComponents().getSchemas().size();
        int operations = openApi == null || openApi.getPaths() == null
                ? 0
                : openApi.getPaths().values().stream()
                        .mapToInt(item -> item.readOperations().size())
                        .sum();
        return new CorpusSpec(
                file,
                file.getFileName().toString().replaceFirst("\\.[^.]+$", ""),
                Files.size(file),
                schemas,
                operations);
    }
}
