package dev.kiln.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kiln.emit.JavaTarget;
import dev.kiln.generate.GenerationRequest;
import dev.kiln.generate.GenerationResult;
import dev.kiln.generate.Generator;
import dev.kiln.problems.Problem;
import dev.kiln.problems.SourceLocation;
import dev.kiln.problems.SpecException;
import dev.kiln.write.DiskState;
import dev.kiln.write.OutputWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-spec suite: each folder of {@code bad-specs/} holds a small spec that people write wrong, or write in a
 * way Kiln cannot follow exactly, and an {@code expected.properties} saying what Kiln does with it. Going the way
 * {@code kiln:generate} goes (generate in memory, then write only what was generated), a case that {@code fails}
 * reports exactly its one diagnostic, placed at its pointer, file and line, with a hint, and leaves the SDK already
 * on disk byte for byte and timestamp for timestamp as it was; a case that {@code warns} reports its warning and
 * generates an SDK that compiles with {@code -Xlint:all -Werror}.
 *
 * <p>{@code expected.properties} keys: {@code outcome} ({@code fails} or {@code warns}), {@code id} (the diagnostic
 * id), and for failures {@code pointer}, {@code line} and, when not the root spec, {@code file} (as shown in
 * messages), which a warning may give too. {@code generates} is a spec Kiln generates exactly: no warning, and the
 * SDK compiles. The root spec is the case's one file named {@code spec.yaml} or {@code spec.json}.
 */
class BadSpecSuiteTest {
    private static final FileTime OLD = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));
    private static final String HEADER = """
            openapi: 3.0.3
            info:
              title: Bad
              version: 1.0.0
            """;
    private static final String GOOD = """
            openapi: 3.0.3
            info:
              title: Pets
              version: 1.0.0
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '200':
                      description: The pets.
                      content:
                        application/json:
                          schema:
                            type: array
                            items:
                              type: string
            """;

    @TempDir
    Path project;

    private Path output;

    /** An SDK generated before, from a good spec, its files and folders all last changed long ago. */
    @BeforeEach
    void generateAnSdkEarlier() throws IOException {
        output = project.resolve("target/generated-sources/kiln");
        Path good = Files.writeString(project.resolve("good.yaml"), GOOD, StandardCharsets.UTF_8);
        generateThenWrite(good, "good.yaml", output);
        try (Stream<Path> paths = Files.walk(output)) {
            for (Path path : paths.toList()) {
                Files.setLastModifiedTime(path, OLD);
            }
        }
        assertTrue(Files.isRegularFile(output.resolve(OutputWriter.manifestName("com.example.bad"))));
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(casesRoot())) {
            return folders
                    .filter(Files::isDirectory)
                    .map(folder -> folder.getFileName().toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseFailsWithItsDiagnosticOrGeneratesWithItsWarning(String name) throws IOException {
        Path folder = casesRoot().resolve(name);
        Properties expected = expected(folder);
        Path spec = rootSpec(folder);
        check(expected, spec, spec.getFileName().toString());
    }

    /** The suite itself holds at least the thirty cases the issue asks for, counting those generated below. */
    @Test
    void theSuiteHasAtLeastThirtyCases() throws IOException {
        assertTrue(cases().count() + GENERATED_CASES >= 30, "cases: " + cases().count());
    }

    private static final int GENERATED_CASES = 4;

    /** A 50,000-value enum, written here rather than checked in: more than a Java enum can hold, so a string. */
    @Test
    void anEnumOfFiftyThousandValues() throws IOException {
        StringBuilder spec = new StringBuilder(HEADER).append("""
                paths: {}
                components:
                  schemas:
                    Code:
                      type: string
                      enum:
                """);
        for (int i = 0; i < 50_000; i++) {
            spec.append("        - code-").append(i).append('\n');
        }
        Properties expected = outcome("warns");
        expected.setProperty("id", "KILN-UNSUPPORTED");
        expected.setProperty("pointer", "#/components/schemas/Code/enum");
        check(expected, write("huge-enum.yaml", spec), "huge-enum.yaml");
    }

    /**
     * A YAML alias bomb, nine levels of nine aliases in half a kilobyte (387 million strings once expanded): refused
     * at the alias past the limit before anything expands it.
     */
    @Test
    void aYamlAliasBomb() throws IOException {
        StringBuilder spec = new StringBuilder(HEADER).append("paths: {}\nx-bomb:\n");
        spec.append("  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level < 9; level++) {
            spec.append("  a")
                    .append(level)
                    .append(": &a")
                    .append(level)
                    .append(" [*a")
                    .append(level - 1);
            spec.append((", *a" + (level - 1)).repeat(8)).append("]\n");
        }
        Properties expected = outcome("fails");
        expected.setProperty("id", "KILN-SPEC-LIMIT");
        expected.setProperty("pointer", "#");
        expected.setProperty("line", "13");
        check(expected, write("bomb.yaml", spec), "bomb.yaml");
    }

    /**
     * An object nested 200 levels deep in inline schemas: the types promoted below the nesting cap keep names short
     * enough for their class files (their names grew by a word a level, past the 255 bytes a file name may have).
     */
    @Test
    void aSchemaNestedTwoHundredLevelsDeep() throws IOException {
        StringBuilder spec = new StringBuilder(HEADER).append("""
                paths: {}
                components:
                  schemas:
                    Root:
                """);
        String indent = "      ";
        for (int level = 0; level < 200; level++) {
            spec.append(indent)
                    .append("type: object\n")
                    .append(indent)
                    .append("properties:\n")
                    .append(indent)
                    .append("  leaf: {type: string}\n")
                    .append(indent)
                    .append("  child:\n");
            indent += "    ";
        }
        spec.append(indent).append("type: string\n");
        check(outcome("generates"), write("deep.yaml", spec), "deep.yaml");
    }

    /**
     * A 20 MB spec of repeated schemas. Generating and compiling it takes minutes on a loaded machine, so it runs
     * only with {@code -Dkiln.bigSpecs=true}.
     */
    @Test
    @EnabledIfSystemProperty(named = "kiln.bigSpecs", matches = "true")
    void aTwentyMegabyteSpecOfRepeatedSchemas() throws IOException {
        StringBuilder spec = new StringBuilder(HEADER).append("""
                paths: {}
                components:
                  schemas:
                """);
        int schema = 0;
        while (spec.length() < 20_000_000) {
            spec.append("    Model")
                    .append(schema++)
                    .append(":\n")
                    .append("      type: object\n")
                    .append("      properties:\n");
            for (int property = 0; property < 20; property++) {
                spec.append("        field").append(property).append(": {type: string, description: repeated}\n");
            }
        }
        check(outcome("generates"), write("big.yaml", spec), "big.yaml");
    }

    private static Properties outcome(String outcome) {
        Properties expected = new Properties();
        expected.setProperty("outcome", outcome);
        return expected;
    }

    private Path write(String name, CharSequence content) throws IOException {
        return Files.writeString(project.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void check(Properties expected, Path spec, String shownAs) throws IOException {
        String outcome = expected.getProperty("outcome");
        if ("fails".equals(outcome)) {
            String id = required(expected, "id");
            SpecException failure = failsLeavingTheSdkAlone(spec, shownAs);
            List<Problem> errors =
                    failure.problems().stream().filter(Problem::isError).toList();
            assertEquals(1, errors.size(), "exactly one error expected: " + failure.getMessage());
            Problem error = errors.get(0);
            assertEquals(id, error.kind().id(), error.format());
            assertEquals(required(expected, "pointer"), error.pointer().toString(), error.format());
            SourceLocation where = new SourceLocation(
                    expected.getProperty("file", shownAs), Integer.parseInt(required(expected, "line")));
            assertEquals(where, error.location(), error.format());
            assertFalse(error.hint().orElse("").isBlank(), "no hint: " + error.format());
        } else if ("generates".equals(outcome)) {
            GenerationResult result = generate(spec, shownAs);
            assertEquals(List.of(), result.warnings(), "a spec Kiln generates exactly deserves no warning");
            assertFalse(result.files().isEmpty());
            compilesCleanly(result);
        } else if ("warns".equals(outcome)) {
            String id = required(expected, "id");
            GenerationResult result = generate(spec, shownAs);
            assertTrue(
                    result.warnings().stream().anyMatch(w -> w.kind().id().equals(id)),
                    "no " + id + " among " + result.warnings());
            Optional.ofNullable(expected.getProperty("pointer"))
                    .ifPresent(pointer -> assertTrue(
                            result.warnings().stream()
                                    .anyMatch(w -> w.kind().id().equals(id)
                                            && w.pointer().toString().equals(pointer)),
                            "no " + id + " at " + pointer + " among " + result.warnings()));
            Optional.ofNullable(expected.getProperty("line"))
                    .map(line -> new SourceLocation(expected.getProperty("file", shownAs), Integer.parseInt(line)))
                    .ifPresent(where -> assertTrue(
                            result.warnings().stream()
                                    .anyMatch(w -> w.kind().id().equals(id)
                                            && w.location().equals(where)),
                            "no " + id + " at " + where + " among " + result.warnings()));
            compilesCleanly(result);
        } else {
            fail("outcome must be fails or warns, not " + outcome);
        }
    }

    private void compilesCleanly(GenerationResult result) throws IOException {
        Path classes = Files.createDirectories(project.resolve("classes"));
        List<String> problems = SdkCompiler.compile(result.files(), classes);
        assertTrue(problems.isEmpty(), "the SDK does not compile cleanly:" + SdkCompiler.describe(problems));
    }

    private static String required(Properties expected, String key) {
        String value = expected.getProperty(key);
        if (value == null || value.isBlank()) {
            fail("expected.properties has no " + key);
        }
        return value.trim();
    }

    private static GenerationResult generate(Path spec, String shownAs) {
        return new Generator(new JavaTarget())
                .generate(GenerationRequest.builder(spec, shownAs, "com.example.bad")
                        .clientName("Bad")
                        .build());
    }

    /** What {@code kiln:generate} does: generate in memory, and write only when that succeeded. */
    private static void generateThenWrite(Path spec, String shownAs, Path output) throws IOException {
        new OutputWriter()
                .write(output, "com.example.bad", generate(spec, shownAs).files());
    }

    private SpecException failsLeavingTheSdkAlone(Path spec, String shownAs) throws IOException {
        Map<String, String> before = DiskState.snapshot(output);
        List<String> besideBefore = DiskState.entries(output.getParent());

        SpecException failure = assertThrows(SpecException.class, () -> generateThenWrite(spec, shownAs, output));

        assertEquals(before, DiskState.snapshot(output), "the SDK on disk changed");
        assertEquals(besideBefore, DiskState.entries(output.getParent()), "something was left beside the SDK");
        return failure;
    }

    private static Path casesRoot() {
        try {
            return Path.of(BadSpecSuiteTest.class.getResource("/bad-specs").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties expected(Path folder) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(folder.resolve("expected.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Path rootSpec(Path folder) {
        Path yaml = folder.resolve("spec.yaml");
        return Files.exists(yaml) ? yaml : folder.resolve("spec.json");
    }
}
