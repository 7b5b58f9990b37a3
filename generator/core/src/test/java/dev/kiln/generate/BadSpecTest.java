package dev.kiln.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.language.PlainTarget;
import dev.kiln.problems.Problem;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.SourceLocation;
import dev.kiln.problems.SpecException;
import dev.kiln.write.DiskState;
import dev.kiln.write.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec with mistakes fails with every problem placed at its pointer, file and line, and with a hint; and, going
 * the way {@code kiln:generate} goes (generate, then write only what was generated), it leaves the SDK already on
 * disk exactly as it was.
 */
class BadSpecTest {
    private static final FileTime OLD = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));
    private static final String SHOWN_AS = "src/main/openapi/pets.yaml";

    /** A spec Kiln generates from; each bad spec below is a copy of it with mistakes. */
    private static final String GOOD = """
            openapi: 3.0.3
            info:
              title: Pets
              version: 1.0.0
            paths:
              /pets:
                get:
                  operationId: listPets
                  tags: [Pets]
                  responses:
                    '200':
                      description: The pets.
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Pet'
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    name:
                      type: string
                    tags:
                      type: array
                      items:
                        $ref: '#/components/schemas/Tag'
                Tag:
                  type: object
                  properties:
                    label:
                      type: string
            """;

    @TempDir
    Path project;

    private Path output;

    /** An SDK generated before, from a good spec, its files and folders all last changed long ago. */
    @BeforeEach
    void generateAnSdkEarlier() throws IOException {
        output = project.resolve("target/generated-sources/kiln");
        generateThenWrite(spec("good.yaml", GOOD), output);
        try (Stream<Path> paths = Files.walk(output)) {
            for (Path path : paths.toList()) {
                Files.setLastModifiedTime(path, OLD);
            }
        }
        assertTrue(Files.isRegularFile(output.resolve(OutputWriter.manifestName("com.example.pets"))));
    }

    @Test
    void aMissingFile() throws IOException {
        SpecException failure = failsLeavingTheSdkAlone(project.resolve("src/main/openapi/pets.yaml"));

        Problem problem = onlyError(failure);
        assertEquals(ProblemKind.SPEC_NOT_FOUND, problem.kind());
        assertEquals("#", problem.pointer().toString());
        // there is no line in a file that is not there
        assertEquals(new SourceLocation(SHOWN_AS, 0), problem.location());
        assertEquals(
                "[KILN-SPEC-NOT-FOUND] the spec file does not exist at # (src/main/openapi/pets.yaml); check inputSpec; "
                        + "a relative path is resolved against the project's directory",
                problem.format());
        assertEquals("the spec has 1 error:\n  " + problem.format(), failure.getMessage());
    }

    @Test
    void aYamlSyntaxError() throws IOException {
        Path spec = spec("pets.yaml", """
                openapi: 3.0.3
                info:
                  title: Pets
                   version: 1.0.0
                paths: {}
                """);

        Problem problem = onlyError(failsLeavingTheSdkAlone(spec));

        assertEquals(
                "[KILN-SPEC-UNPARSEABLE] the file is not well-formed YAML or JSON: mapping values are not allowed here "
                        + "at # (src/main/openapi/pets.yaml:4); fix the syntax at the line shown (indentation, quotes, brackets)",
                problem.format());
        assertEquals(new SourceLocation(SHOWN_AS, 4), problem.location());
    }

    @Test
    void aYamlStringLeftOpen() throws IOException {
        Path spec = spec("pets.yaml", """
                openapi: 3.0.3
                info:
                  title: "Pets
                  version: 1.0.0
                paths: {}
                """);

        Problem problem = onlyError(failsLeavingTheSdkAlone(spec));

        assertEquals(ProblemKind.SPEC_UNPARSEABLE, problem.kind());
        assertEquals(new SourceLocation(SHOWN_AS, 3), problem.location());
        assertEquals(Optional.of("fix the syntax at the line shown (indentation, quotes, brackets)"), problem.hint());
    }

    @Test
    void aYamlBracketLeftOpenIsPlacedWhereItOpens() throws IOException {
        Path spec = spec("pets.yaml", """
                openapi: 3.0.3
                info:
                  title: Pets
                  version: 1.0.0
                paths:
                  /pets:
                    get:
                      tags: [Pets
                      responses: {}
                """);

        Problem problem = onlyError(failsLeavingTheSdkAlone(spec));

        assertEquals(ProblemKind.SPEC_UNPARSEABLE, problem.kind());
        assertEquals(new SourceLocation(SHOWN_AS, 8), problem.location());
        assertTrue(problem.message().contains("expected ',' or ']'"), problem.message());
    }

    @Test
    void aJsonSyntaxError() throws IOException {
        Path spec = spec("pets.json", """
                {
                  "openapi": "3.0.3",
                  "info": {"title": "Pets", "version": "1.0.0"},
                  "paths": {
                    "/pets": {
                      "get": {
                        "responses": {,
                      }
                    }
                  }
                }
                """);

        Problem problem = onlyError(failsLeavingTheSdkAlone(spec, "src/main/openapi/pets.json"));

        assertEquals(
                "[KILN-SPEC-UNPARSEABLE] the file is not well-formed YAML or JSON: Unexpected character (',' (code 44)): "
                        + "was expecting double-quote to start field name at # (src/main/openapi/pets.json:7); "
                        + "fix the syntax at the line shown (indentation, quotes, brackets)",
                problem.format());
    }

    @Test
    void notAnOpenApiDocument() throws IOException {
        Path spec = spec("pets.yaml", """
                info:
                  title: Pets
                  version: 1.0.0
                paths: {}
                """);

        Problem problem = onlyError(failsLeavingTheSdkAlone(spec));

        assertEquals(
                "[KILN-SPEC-INVALID] not an OpenAPI 3 document: attribute openapi is missing at # "
                        + "(src/main/openapi/pets.yaml:1); the document needs 'openapi: 3.x', 'info' and 'paths' at the top level",
                problem.format());
    }

    @Test
    void aMisspeltTypeIsPlacedAtTheTypeWithTheClosestType() throws IOException {
        Path spec = spec("pets.yaml", GOOD.replace("name:\n          type: string", "name:\n          type: strin"));
        assertEquals("          type: strin", Files.readAllLines(spec).get(22));

        Problem problem = onlyError(failsLeavingTheSdkAlone(spec));

        assertEquals(ProblemKind.INVALID_TYPE, problem.kind());
        assertEquals(
                "#/components/schemas/Pet/properties/name/type",
                problem.pointer().toString());
        assertEquals(new SourceLocation(SHOWN_AS, 23), problem.location());
        assertEquals(Optional.of("did you mean 'string'?"), problem.hint());
        assertEquals(
                "[KILN-INVALID-TYPE] unknown type 'strin' at #/components/schemas/Pet/properties/name/type "
                        + "(src/main/openapi/pets.yaml:23); did you mean 'string'?",
                problem.format());
    }

    @Test
    void aMisspeltTypeInAParameterIsPlacedAtTheParameter() throws IOException {
        Path spec = spec("pets.yaml", """
                openapi: 3.0.3
                info:
                  title: Pets
                  version: 1.0.0
                paths:
                  /pets:
                    get:
                      operationId: listPets
                      parameters:
                        - name: limit
                          in: query
                          schema:
                            type: intger
                      responses:
                        '204':
                          description: Nothing.
                """);

        Problem problem = onlyError(failsLeavingTheSdkAlone(spec));

        assertEquals(ProblemKind.INVALID_TYPE, problem.kind());
        assertEquals(
                "#/paths/~1pets/get/parameters/0/schema/type", problem.pointer().toString());
        assertEquals(new SourceLocation(SHOWN_AS, 13), problem.location());
        assertEquals(Optional.of("did you mean 'integer'?"), problem.hint());
    }

    @Test
    void aMisspeltReferenceInAResponseIsPlacedAtTheRefWithTheClosestName() throws IOException {
        Path spec = spec("pets.yaml", """
                openapi: 3.0.3
                info:
                  title: Pets
                  version: 1.0.0
                paths:
                  /pets:
                    get:
                      operationId: listPets
                      tags: [Pets]
                      responses:
                        '200':
                          description: The pets.
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/Pett'
                components:
                  schemas:
                    Pet:
                      type: object
                      properties:
                        name:
                          type: string
                """);

        Problem problem = onlyError(failsLeavingTheSdkAlone(spec));

        assertEquals(ProblemKind.UNRESOLVED_REF, problem.kind());
        assertEquals(
                "#/paths/~1pets/get/responses/200/content/application~1json/schema/$ref",
                problem.pointer().toString());
        assertEquals(new SourceLocation(SHOWN_AS, 16), problem.location());
        assertEquals(
                "[KILN-UNRESOLVED-REF] cannot resolve '#/components/schemas/Pett' at "
                        + "#/paths/~1pets/get/responses/200/content/application~1json/schema/$ref "
                        + "(src/main/openapi/pets.yaml:16); did you mean 'Pet'?",
                problem.format());
    }

    @Test
    void aMisspeltReferenceInArrayItemsIsPlacedAtTheRefWithTheClosestName() throws IOException {
        Path spec = spec("pets.yaml", """
                openapi: 3.0.3
                info:
                  title: Pets
                  version: 1.0.0
                paths: {}
                components:
                  schemas:
                    Pet:
                      type: object
                      properties:
                        tags:
                          type: array
                          items:
                            $ref: '#/components/schemas/Tagg'
                    Tag:
                      type: object
                """);

        Problem problem = onlyError(failsLeavingTheSdkAlone(spec));

        assertEquals(ProblemKind.UNRESOLVED_REF, problem.kind());
        assertEquals(
                "#/components/schemas/Pet/properties/tags/items/$ref",
                problem.pointer().toString());
        assertEquals(new SourceLocation(SHOWN_AS, 14), problem.location());
        assertEquals(Optional.of("did you mean 'Tag'?"), problem.hint());
    }

    @Test
    void aReferenceWrittenOnTheLineOfItsSchemaIsPlacedThereWithTheClosestName() throws IOException {
        Path spec = spec(
                "pets.yaml",
                GOOD.replace(
                                "schema:\n                $ref: '#/components/schemas/Pet'",
                                "schema: {$ref: '#/components/schemas/Pett'}")
                        .replace(
                                "items:\n            $ref: '#/components/schemas/Tag'",
                                "items: {$ref: '#/components/schemas/Tagg'}"));
        List<String> lines = Files.readAllLines(spec);
        assertEquals("              schema: {$ref: '#/components/schemas/Pett'}", lines.get(14));
        assertEquals("          items: {$ref: '#/components/schemas/Tagg'}", lines.get(24));

        List<Problem> errors = errors(failsLeavingTheSdkAlone(spec));

        assertEquals(
                List.of(ProblemKind.UNRESOLVED_REF, ProblemKind.UNRESOLVED_REF),
                errors.stream().map(Problem::kind).toList());
        // components are linked before paths
        Problem items = errors.get(0);
        assertEquals("cannot resolve '#/components/schemas/Tagg'", items.message());
        assertEquals(new SourceLocation(SHOWN_AS, 25), items.location());
        assertEquals(Optional.of("did you mean 'Tag'?"), items.hint());
        Problem response = errors.get(1);
        assertEquals("cannot resolve '#/components/schemas/Pett'", response.message());
        assertEquals(new SourceLocation(SHOWN_AS, 15), response.location());
        assertEquals(Optional.of("did you mean 'Pet'?"), response.hint());
        assertTrue(
                response.pointer()
                        .toString()
                        .startsWith("#/paths/~1pets/get/responses/200/content/application~1json/schema"),
                response.pointer().toString());
    }

    @Test
    void aReferenceToNothingLikeAnySchemaSaysWhatIsDefined() throws IOException {
        Path spec = spec("pets.yaml", GOOD.replace("'#/components/schemas/Pet'", "'#/components/schemas/Giraffe'"));

        Problem problem = onlyError(failsLeavingTheSdkAlone(spec));

        assertEquals(ProblemKind.UNRESOLVED_REF, problem.kind());
        assertEquals(Optional.of("no schema of that name is defined in components/schemas"), problem.hint());
    }

    @Test
    void everyErrorInASpecIsReportedAtOnce() throws IOException {
        Path spec = spec("pets.yaml", """
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
                              schema: {$ref: '#/components/schemas/Pett'}
                components:
                  schemas:
                    Pet:
                      type: object
                      properties:
                        name:
                          type: strin
                        age: {type: intger}
                """);

        SpecException failure = failsLeavingTheSdkAlone(spec);

        List<Problem> errors = errors(failure);
        assertEquals(3, errors.size(), errors.toString());
        // components are linked before paths
        assertEquals(
                List.of(
                        "[KILN-INVALID-TYPE] unknown type 'strin' at #/components/schemas/Pet/properties/name/type "
                                + "(src/main/openapi/pets.yaml:21); did you mean 'string'?",
                        "[KILN-INVALID-TYPE] unknown type 'intger' at #/components/schemas/Pet/properties/age/type "
                                + "(src/main/openapi/pets.yaml:22); did you mean 'integer'?"),
                errors.subList(0, 2).stream().map(Problem::format).toList());
        Problem reference = errors.get(2);
        assertEquals(ProblemKind.UNRESOLVED_REF, reference.kind());
        assertEquals("cannot resolve '#/components/schemas/Pett'", reference.message());
        assertEquals(new SourceLocation(SHOWN_AS, 14), reference.location());
        assertEquals(Optional.of("did you mean 'Pet'?"), reference.hint());
        assertTrue(
                failure.getMessage().startsWith("the spec has 3 errors:\n  [KILN-INVALID-TYPE] unknown type 'strin'"),
                failure.getMessage());
        for (Problem error : errors) {
            assertTrue(failure.getMessage().contains("\n  " + error.format()), error.format());
        }
    }

    @Test
    void anUnresolvedReferenceIsReportedOnce() throws IOException {
        Path spec = spec("pets.yaml", GOOD.replace("'#/components/schemas/Tag'", "'#/components/schemas/Tagg'"));

        SpecException failure = failsLeavingTheSdkAlone(spec);

        assertEquals(1, failure.problems().size(), failure.problems().toString());
    }

    private Path spec(String name, String content) throws IOException {
        Path file = project.resolve("src/main/openapi").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** What {@code kiln:generate} does: generate in memory, and write only when that succeeded. */
    private static void generateThenWrite(Path spec, String shownAs, Path output) throws IOException {
        GenerationResult result = new Generator(new PlainTarget())
                .generate(GenerationRequest.builder(spec, shownAs, "com.example.pets")
                        .clientName("Pets")
                        .build());
        new OutputWriter().write(output, "com.example.pets", result.files());
    }

    private static void generateThenWrite(Path spec, Path output) throws IOException {
        generateThenWrite(spec, SHOWN_AS, output);
    }

    private SpecException failsLeavingTheSdkAlone(Path spec) throws IOException {
        return failsLeavingTheSdkAlone(spec, SHOWN_AS);
    }

    private SpecException failsLeavingTheSdkAlone(Path spec, String shownAs) throws IOException {
        Map<String, String> before = DiskState.snapshot(output);
        List<String> besideBefore = DiskState.entries(output.getParent());

        SpecException failure = assertThrows(SpecException.class, () -> generateThenWrite(spec, shownAs, output));

        assertEquals(before, DiskState.snapshot(output), "the SDK on disk changed");
        assertEquals(besideBefore, DiskState.entries(output.getParent()), "something was left beside the SDK");
        return failure;
    }

    private static List<Problem> errors(SpecException failure) {
        return failure.problems().stream().filter(Problem::isError).toList();
    }

    private static Problem onlyError(SpecException failure) {
        List<Problem> errors = errors(failure);
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }
}
