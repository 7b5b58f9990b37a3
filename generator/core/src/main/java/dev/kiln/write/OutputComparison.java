package dev.kiln.write;

import dev.kiln.language.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Compares a generated SDK, in memory, with a directory that should hold exactly it (a checked-in SDK). */
public final class OutputComparison {

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
        List<String> differences = new ArrayList<>();
        Set<String> expected = new TreeSet<>();
        List<GeneratedFile> all = new ArrayList<>(files);
        all.add(new GeneratedFile(OutputWriter.manifestName(basePackage), OutputWriter.manifest(files)));
        for (GeneratedFile file : all) {
            expected.add(file.relativePath());
            Path actual = directory.resolve(file.relativePath());
            if (!Files.isRegularFile(actual)) {
                differences.add("missing: " + file.relativePath());
            } else if (!Arrays.equals(Files.readAllBytes(actual), file.content().getBytes(StandardCharsets.UTF_8))) {
                differences.add("changed: " + file.relativePath());
            }
        }
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
}
