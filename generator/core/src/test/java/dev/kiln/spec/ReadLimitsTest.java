package dev.kiln.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.problems.Problem;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.SourceLocation;
import dev.kiln.problems.SpecException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec from elsewhere cannot make Kiln read without end: a file past a size, alias or nesting limit is refused with
 * {@code KILN-SPEC-LIMIT} at its line before its aliases are expanded, and a user who trusts the file raises the limit.
 */
class ReadLimitsTest {
    private static final String HEAD = """
            openapi: 3.0.3
            info: {title: Bomb, version: '1'}
            paths: {}
            """;

    @TempDir
    Path folder;

    /**
     * Nine levels of nine aliases, half a kilobyte: 387 million strings once expanded, which took swagger-parser
     * over a minute and hundreds of megabytes before this limit.
     */
    static String aliasBomb() {
        StringBuilder yaml = new StringBuilder(HEAD).append("x-bomb:\n");
        yaml.append("  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level < 9; level++) {
            yaml.append("  a").append(level).append(": &a").append(level).append(" [");
            for (int alias = 0; alias < 9; alias++) {
                yaml.append(alias == 0 ? "" : ", ").append("*a").append(level - 1);
            }
            yaml.append("]\n");
        }
        return yaml.toString();
    }

    @Test
    void anAliasBombIsRefusedAtTheAliasPastTheLimit() throws IOException {
        Path spec = write("bomb.yaml", aliasBomb());

        Problem problem = onlyProblem(spec, SpecSettings.DEFAULT);

        assertEquals(ProblemKind.SPEC_LIMIT, problem.kind());
        assertEquals("#", problem.pointer().toString());
        // a1 to a5 hold 45 aliases to lists; the 51st is the sixth of a6, on line 11
        assertEquals(new SourceLocation("bomb.yaml", 11), problem.location(), problem.format());
        assertTrue(
                problem.message().contains("more than 50 YAML aliases to a map or a list (aliases)"), problem.format());
        assertTrue(problem.hint().orElseThrow().contains("specLimits"), problem.format());
    }

    @Test
    void aliasesToPlainValuesDoNotCount() throws IOException {
        StringBuilder yaml = new StringBuilder(HEAD).append("x-names:\n  first: &name pet\n");
        for (int i = 0; i < 200; i++) {
            yaml.append("  n").append(i).append(": *name\n");
        }

        new SpecLoader().load(write("names.yaml", yaml.toString()), "names.yaml");
    }

    @Test
    void aUserWhoTrustsTheSpecRaisesTheAliasLimit() throws IOException {
        StringBuilder yaml = new StringBuilder(HEAD).append("x-shared:\n  base: &base {type: string}\n");
        for (int i = 0; i < 60; i++) {
            yaml.append("  s").append(i).append(": *base\n");
        }
        Path spec = write("shared.yaml", yaml.toString());

        assertEquals(
                ProblemKind.SPEC_LIMIT, onlyProblem(spec, SpecSettings.DEFAULT).kind());
        new SpecLoader(new SpecSettings(ReadLimits.parse(List.of("aliases=60")))).load(spec, "shared.yaml");
    }

    @Test
    void nestingPastTheDepthLimitIsRefusedAtItsLine() throws IOException {
        StringBuilder yaml = new StringBuilder(HEAD).append("x-deep:\n");
        String indent = "  ";
        for (int level = 0; level < 12; level++) {
            yaml.append(indent).append("l").append(level).append(":\n");
            indent += "  ";
        }
        yaml.append(indent).append("leaf: 1\n");
        Path spec = write("deep.yaml", yaml.toString());

        Problem problem = onlyProblem(spec, new SpecSettings(ReadLimits.parse(List.of("depth=10"))));

        assertEquals(ProblemKind.SPEC_LIMIT, problem.kind());
        assertTrue(problem.message().contains("nest more than 10 deep (depth)"), problem.format());
        // the document is level 1, x-deep's map level 2, l0's level 3: l8's map, the 11th, opens on line 14
        assertEquals(14, problem.location().line(), problem.format());
    }

    @Test
    void aFileLargerThanTheSizeLimitIsRefused() throws IOException {
        Path spec = write(
                "big.json",
                "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"Big\", \"version\": \"1\"},"
                        + " \"paths\": {}, \"x-padding\": \"" + "x".repeat(500) + "\"}");

        Problem problem = onlyProblem(spec, new SpecSettings(ReadLimits.parse(List.of("characters=400"))));

        assertEquals(ProblemKind.SPEC_LIMIT, problem.kind());
        assertTrue(problem.message().contains("more than the 400 Kiln reads (characters)"), problem.format());
    }

    @Test
    void aLimitIsWrittenNameEqualsNumber() {
        assertEquals(
                new ReadLimits(ReadLimits.DEFAULT.maxCharacters(), 7, 20),
                ReadLimits.parse(List.of(" aliases=7", "DEPTH = 20")));
        IllegalArgumentException unknown =
                assertThrows(IllegalArgumentException.class, () -> ReadLimits.parse(List.of("anchors=7")));
        assertTrue(unknown.getMessage().contains("the limits are characters, aliases and depth"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.parse(List.of("depth=-1")));
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.parse(List.of("depth")));
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.parse(List.of("depth=0")));
    }

    private Problem onlyProblem(Path spec, SpecSettings settings) {
        SpecException failure = assertThrows(
                SpecException.class,
                () -> new SpecLoader(settings).load(spec, spec.getFileName().toString()));
        assertEquals(1, failure.problems().size(), failure.getMessage());
        return failure.problems().get(0);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
