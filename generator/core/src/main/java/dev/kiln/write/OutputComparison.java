package dev.kiln.write;

import dev.kiln.language.EmittedSdk;
import dev.kiln.language.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares a generated SDK with a directory that should hold exactly it (a checked-in SDK), file by file as the SDK
 * is emitted, so the SDK is never held whole in memory.
 */
public final class OutputComparison {
    private int compared;

    /**
     * Lists how the directory differs from the generated files.
     *
     * @param directory the directory to check
     * @param basePackage the SDK's base package, which names its manifest
     * @param files the files it should hold
     * @return one line per difference ({@code changed: ...}, {@code missing: ...}, {@code not generated: ...}),
     *     empty when the directory is current
     * @throws IOException when the directory cannot be read
     */
    public List<String> differences(Path directory, String basePackage, List<GeneratedFile> files) throws IOException {
        return differences(directory, basePackage, EmittedSdk.of(files, Map.of()), false);
    }

    /**
     * Lists how the directory differs from an SDK, emitting its files one part at a time.
     *
     * @param directory the directory to check
     * @param basePackage the SDK's base package, which names its manifest
     * @param sdk the SDK it should hold
     * @return one line per difference ({@code changed: ...}, {@code missing: ...}, {@code not generated: ...}), the
     *     generated files' first, then the manifest's, then the files not generated, each by path; empty when the
     *     directory is current
     * @throws IOException when the directory cannot be read
     */
    public List<String> differences(Path directory, String basePackage, EmittedSdk sdk) throws IOException {
        return differences(directory, basePackage, sdk, true);
    }

    private List<String> differences(Path directory, String basePackage, EmittedSdk sdk, boolean byPath)
            throws IOException {
        Map<String, String> found = byPath ? new TreeMap<>() : new LinkedHashMap<>();
        Set<String> expected = new TreeSet<>();
        compared = 0;
        sdk.emitEach(file -> {
            compared++;
            expected.add(file.relativePath());
            difference(directory, file).ifPresent(line -> found.put(file.relativePath(), line));
        });
        List<String> differences = new ArrayList<>(found.values());
        GeneratedFile manifest =
                new GeneratedFile(OutputWriter.manifestName(basePackage), OutputWriter.manifestOf(expected));
        expected.add(manifest.relativePath());
        difference(directory, manifest).ifPresent(differences::add);
        if (Files.isDirectory(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.filter(Files::isRegularFile)
                        .map(path -> directory.relativize(path).toString().replace('\\', '/'))
                        .filter(path -> path.endsWith(".java") && !expected.contains(path))
                        .sorted()
                        .forEach(path -> differences.add("not generated: " + path));
            }
        }
        return differences;
    }

    /** {@return how many generated files the last comparison compared, the manifest aside} */
    public int compared() {
        return compared;
    }

    private static Optional<String> difference(Path directory, GeneratedFile file) throws IOException {
        Path actual = directory.resolve(file.relativePath());
        if (!Files.isRegularFile(actual)) {
            return Optional.of("missing: " + file.relativePath());
        }
        if (!Arrays.equals(Files.readAllBytes(actual), file.content().getBytes(StandardCharsets.UTF_8))) {
            return Optional.of("changed: " + file.relativePath());
        }
        return Optional.empty();
    }
}
