package dev.kiln.cases;

import dev.kiln.emit.JavaTarget;
import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.GenerationResult;
import dev.kiln.generate.Generator;
import dev.kiln.language.GeneratedFile;
import dev.kiln.link.Mappings;
import dev.kiln.link.NameOverrides;
import dev.kiln.link.OperationSelection;
import dev.kiln.spec.ReadLimits;
import dev.kiln.spec.SpecSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One feature case: a directory {@code src/test/resources/cases/<name>/} holding {@code spec.yaml}, a tiny spec
 * exercising one feature, {@code expected/}, the Java expected for the files that feature is about, laid out
 * as in the generated SDK, and, for a case about name overrides, {@code names.txt}, the settings' overrides. Cases are read from the source tree (tests run in the module's directory) so that
 * {@link GoldenCasesTest} can rewrite them.
 *
 * @param name the directory's name, such as {@code open-enum}
 * @param directory the directory
 */
record FeatureCase(String name, Path directory) {
    static final Path ROOT = Path.of("src", "test", "resources", "cases");
    static final String CLIENT_NAME = "Cases";

    /** Every case, by name. */
    static List<FeatureCase> all() {
        try (Stream<Path> directories = Files.list(ROOT)) {
            return directories
                    .filter(Files::isDirectory)
                    .map(directory -> new FeatureCase(directory.getFileName().toString(), directory))
                    .sorted((a, b) -> a.name().compareTo(b.name()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the cases in " + ROOT.toAbsolutePath(), e);
        }
    }

    /** The case of that name, which must exist. */
    static FeatureCase named(String name) {
        Path directory = ROOT.resolve(name);
        if (!Files.isRegularFile(directory.resolve("spec.yaml"))) {
            throw new IllegalArgumentException("no case " + name + " in " + ROOT.toAbsolutePath());
        }
        return new FeatureCase(name, directory);
    }

    Path spec() {
        return directory.resolve("spec.yaml");
    }

    /**
     * The warnings the case's spec is expected to give, each {@code <id> <pointer>}: the lines of its
     * {@code warnings.txt}, or none without one (a case's spec is then one Kiln generates exactly).
     */
    List<String> expectedWarnings() {
        Path file = directory.resolve("warnings.txt");
        try {
            return Files.isRegularFile(file)
                    ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                            .map(String::strip)
                            .filter(line -> !line.isEmpty())
                            .toList()
                    : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The classes of the SDK's user a case's mappings name, compiled with its SDK: the Java files of its
     * {@code user-sources/}, by their path there.
     */
    List<GeneratedFile> userSources() {
        Path folder = directory.resolve("user-sources");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<GeneratedFile> sources = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                sources.add(new GeneratedFile(
                        folder.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path expectedDirectory() {
        return directory.resolve("expected");
    }

    /** {@code dev.kiln.cases.open_enum} for the case {@code open-enum}. */
    String basePackage() {
        return "dev.kiln.cases." + name.replace('-', '_');
    }

    /** Generates the case, with the name overrides its {@code names.txt} lists, one a line, when it has one. */
    GenerationResult generate() {
        Path names = directory.resolve("names.txt");
        try {
            NameOverrides overrides = Files.isRegularFile(names)
                    ? NameOverrides.parse(Files.readAllLines(names).stream()
                            .filter(line -> !line.isBlank())
                            .toList())
                    : NameOverrides.NONE;
            return new Generator(new JavaTarget())
                    .generate(new GenerationRequest(
                            spec(),
                            "cases/" + name + "/spec.yaml",
                            basePackage(),
                            Optional.of(CLIENT_NAME),
                            GenerationRequest.DEFAULT_MAX_DROPPED_PERCENT,
                            OperationSelection.ALL,
                            Optional.empty(),
                            Map.of(),
                            new SpecSettings(ReadLimits.DEFAULT, Optional.empty(), Optional.empty(), overlays()),
                            Mappings.NONE,
                            true,
                            overrides));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + names, e);
        }
    }

    /** Tells whether the case is about the test kit, whose files are then compiled with the SDK's. */
    boolean isAboutTheTestKit() {
        return name.equals("test-kit");
    }

    /** The overlays applied to the case's spec: the files of its {@code overlays/} folder, by name. */
    private List<Path> overlays() {
        Path folder = directory.resolve("overlays");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
