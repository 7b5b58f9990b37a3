package dev.kiln.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.problems.Problem;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.SourceLocation;
import dev.kiln.problems.SpecException;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a spec's references are followed across files and into other objects, and how a reference that cannot be
 * followed is reported: where it is written (pointer, file and line), with a hint.
 */
class SpecBundlerTest {
    private static final String HEAD = """
            openapi: 3.0.3
            info:
              title: Pets
              version: 1.0.0
            """;

    @TempDir
    Path folder;

    @Test
    void aMissingFileIsReportedAsMissingWhereItIsReferenced() throws IOException {
        write("ops/list.yaml", """
                operationId: listPets
                responses:
                  '200':
                    description: The pets.
                    content:
                      application/json:
                        schema:
                          $ref: ../schemas/Pett.yaml
                """);
        Path spec = write("api.yaml", HEAD + """
                paths:
                  /pets:
                    get:
                      $ref: ops/list.yaml
                """);

        Problem problem = onlyProblem(spec);

        assertEquals(ProblemKind.REF_FILE_NOT_FOUND, problem.kind());
        assertEquals(
                "#/responses/200/content/application~1json/schema/$ref",
                problem.pointer().toString());
        assertEquals(new SourceLocation("spec/ops/list.yaml", 8), problem.location());
        assertEquals(
                "the file '../schemas/Pett.yaml' does not exist (looked for spec/schemas/Pett.yaml)",
                problem.message());
        assertTrue(problem.hint().orElseThrow().contains("resolved against the folder of the file that holds it"));
    }

    @Test
    void aReferenceToAUrlSaysThatNothingIsFetched() throws IOException {
        Path spec = write("api.yaml", HEAD + """
                paths: {}
                components:
                  schemas:
                    Pet:
                      $ref: 'https://example.com/schemas/pet.yaml'
                """);

        Problem problem = onlyProblem(spec);

        assertEquals(ProblemKind.REMOTE_REF, problem.kind());
        assertEquals("#/components/schemas/Pet/$ref", problem.pointer().toString());
        assertEquals(new SourceLocation("spec/api.yaml", 9), problem.location());
        assertEquals(Optional.of("save the file beside the spec and refer to it by a relative path"), problem.hint());
    }

    @Test
    void aPointerToNothingInAnotherFileNamesTheClosestMember() throws IOException {
        write("common.yaml", """
                components:
                  schemas:
                    Error:
                      type: object
                """);
        Path spec = write("api.yaml", HEAD + """
                paths: {}
                components:
                  schemas:
                    Problem:
                      type: object
                      properties:
                        error:
                          $ref: 'common.yaml#/components/schemas/Eror'
                """);

        Problem problem = onlyProblem(spec);

        assertEquals(ProblemKind.UNRESOLVED_REF, problem.kind());
        assertEquals("cannot resolve 'common.yaml#/components/schemas/Eror'", problem.message());
        assertEquals(new SourceLocation("spec/api.yaml", 12), problem.location());
        assertEquals(Optional.of("did you mean 'Error'?"), problem.hint());
    }

    @Test
    void aChainOfReferencesBackToItselfIsACycle() throws IOException {
        write("a.yaml", "$ref: b.yaml\n");
        write("b.yaml", "$ref: a.yaml\n");
        Path spec = write("api.yaml", HEAD + """
                paths:
                  /pets:
                    $ref: a.yaml
                """);

        Problem problem = onlyProblem(spec);

        assertEquals(ProblemKind.REF_CYCLE, problem.kind());
        assertTrue(problem.message().contains("leads back to itself"), problem.message());
    }

    @Test
    void aPointerThroughAReferenceToAnotherFileGoesOnThere() throws IOException {
        write("schemas/pet.yaml", """
                type: object
                properties:
                  tag:
                    type: object
                    properties:
                      label:
                        type: string
                        maxLength: 12
                """);
        Path spec = write("api.yaml", HEAD + """
                paths: {}
                components:
                  schemas:
                    Pet:
                      $ref: schemas/pet.yaml
                    Label:
                      $ref: '#/components/schemas/Pet/properties/tag/properties/label'
                """);

        OpenAPI api = new SpecLoader().load(spec, "spec/api.yaml").openApi();

        Schema<?> label = api.getComponents().getSchemas().get("Label");
        assertEquals("string", label.getType());
        assertEquals(12, label.getMaxLength());
    }

    @Test
    void aPointerThroughReferencesThatComeBackIsACycleNotAHang() throws IOException {
        Path spec = write("api.yaml", HEAD + """
                paths: {}
                components:
                  schemas:
                    A:
                      $ref: '#/components/schemas/B'
                    B:
                      $ref: '#/components/schemas/A'
                    Name:
                      $ref: '#/components/schemas/A/properties/name'
                """);

        SpecException failure = assertThrows(SpecException.class, () -> new SpecLoader().load(spec, "spec/api.yaml"));

        Problem cycle = failure.problems().stream()
                .filter(p -> p.pointer().toString().equals("#/components/schemas/Name/$ref"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(failure.getMessage()));
        assertEquals(ProblemKind.REF_CYCLE, cycle.kind(), cycle.format());
        assertEquals(new SourceLocation("spec/api.yaml", 13), cycle.location());
    }

    @Test
    void aPointerThroughAReferenceToNothingThereNamesWhereItLooked() throws IOException {
        Path spec = write("api.yaml", HEAD + """
                paths: {}
                components:
                  schemas:
                    Pet:
                      $ref: '#/components/schemas/Animal'
                    Animal:
                      type: object
                      properties:
                        name:
                          type: string
                    PetName:
                      $ref: '#/components/schemas/Pet/properties/nmae'
                """);

        Problem problem = onlyProblem(spec);

        assertEquals(ProblemKind.UNRESOLVED_REF, problem.kind());
        assertEquals(Optional.of("did you mean 'name'?"), problem.hint());
        assertEquals(new SourceLocation("spec/api.yaml", 16), problem.location());
    }

    @Test
    void aMalformedReferencedFileIsPlacedAtItsOwnLine() throws IOException {
        write("schemas/Pet.yaml", "type: object\nproperties:\n  name: [type: string\n");
        Path spec = write("api.yaml", HEAD + """
                paths: {}
                components:
                  schemas:
                    Pet:
                      $ref: schemas/Pet.yaml
                """);

        Problem problem = onlyProblem(spec);

        assertEquals(ProblemKind.SPEC_UNPARSEABLE, problem.kind());
        assertEquals("spec/schemas/Pet.yaml", problem.location().file());
        assertTrue(problem.location().line() >= 3, problem.location().toString());
    }

    @Test
    void anOperationPutInPlaceByReferenceKeepsItsParametersBodyAndAnswers() throws IOException {
        write("ops/create.yaml", """
                operationId: createPet
                parameters:
                  - $ref: '../api.yaml#/components/parameters/dryRun'
                requestBody:
                  content:
                    application/json:
                      schema:
                        $ref: '../api.yaml#/components/schemas/Pet'
                responses:
                  '201':
                    $ref: ../responses/created.yaml
                """);
        write("responses/created.yaml", """
                description: Created.
                content:
                  application/json:
                    schema:
                      $ref: '../api.yaml#/components/schemas/Pet'
                """);
        Path spec = write("api.yaml", HEAD + """
                paths:
                  /pets:
                    post:
                      $ref: ops/create.yaml
                components:
                  parameters:
                    dryRun:
                      name: dry_run
                      in: query
                      schema:
                        type: boolean
                  schemas:
                    Pet:
                      type: object
                """);

        OpenAPI openApi = new SpecLoader().load(spec, "spec/api.yaml").openApi();

        Operation create = openApi.getPaths().get("/pets").getPost();
        assertEquals("createPet", create.getOperationId());
        io.swagger.v3.oas.models.parameters.Parameter dryRun =
                create.getParameters().get(0);
        assertTrue(
                "dry_run".equals(dryRun.getName()) || "#/components/parameters/dryRun".equals(dryRun.get$ref()),
                dryRun::toString);
        assertEquals(
                "#/components/schemas/Pet",
                create.getRequestBody()
                        .getContent()
                        .get("application/json")
                        .getSchema()
                        .get$ref());
        assertEquals(
                "#/components/schemas/Pet",
                create.getResponses()
                        .get("201")
                        .getContent()
                        .get("application/json")
                        .getSchema()
                        .get$ref());
        assertEquals(
                List.of("Pet"), List.copyOf(openApi.getComponents().getSchemas().keySet()));
    }

    @Test
    void gatheredSchemasAreNamedAfterTheirFileComponentTitleOrPath() throws IOException {
        write("defs.yaml", "Money:\n  type: object\n");
        write("schemas/pet-kind.yaml", "type: string\nenum: [cat, dog]\n");
        Path spec = write("api.yaml", HEAD + """
                paths: {}
                components:
                  parameters:
                    limit:
                      name: limit
                      in: query
                      schema: {type: object, properties: {max: {type: integer}}}
                  schemas:
                    Tag:
                      allOf:
                        - type: object
                          properties: {label: {type: string}}
                        - title: Tag extras
                          type: object
                    Uses:
                      type: object
                      properties:
                        base: {$ref: '#/components/schemas/Tag/allOf/0'}
                        extras: {$ref: '#/components/schemas/Tag/allOf/1'}
                        limit: {$ref: '#/components/parameters/limit/schema'}
                        price: {$ref: 'defs.yaml#/Money'}
                        kind: {$ref: 'schemas/pet-kind.yaml'}
                        again: {$ref: 'schemas/pet-kind.yaml'}
                """);

        OpenAPI openApi = new SpecLoader().load(spec, "api.yaml").openApi();

        assertEquals(
                List.of("Tag", "Uses", "TagPart1", "TagExtras", "Limit", "Money", "pet-kind"),
                List.copyOf(openApi.getComponents().getSchemas().keySet()));
        Schema<?> tagBase = (Schema<?>)
                openApi.getComponents().getSchemas().get("Tag").getAllOf().get(0);
        assertEquals("#/components/schemas/TagPart1", tagBase.get$ref(), "the place gathered refers to what it became");
        Schema<?> again = (Schema<?>)
                openApi.getComponents().getSchemas().get("Uses").getProperties().get("again");
        assertEquals("#/components/schemas/pet-kind", again.get$ref());
    }

    @Test
    void aYamlSpecLargerThanSwaggerParsersDefaultLimitLoads() throws IOException {
        StringBuilder spec = new StringBuilder(HEAD).append("paths: {}\ncomponents:\n  schemas:\n");
        for (int i = 0; spec.length() < 3_500_000; i++) {
            spec.append("    Model")
                    .append(i)
                    .append(":\n      type: object\n      description: '")
                    .append("x".repeat(1_000))
                    .append("'\n");
        }

        OpenAPI openApi = new SpecLoader()
                .load(write("big.yaml", spec.toString()), "big.yaml")
                .openApi();

        assertTrue(openApi.getComponents().getSchemas().size() > 3_000, "every schema of a 3.5 MB YAML spec is read");
    }

    private Problem onlyProblem(Path spec) {
        SpecException failure =
                assertThrows(SpecException.class, () -> new SpecLoader().load(spec, "spec/" + folder.relativize(spec)));
        assertEquals(1, failure.problems().size(), failure.problems().toString());
        return failure.problems().get(0);
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
