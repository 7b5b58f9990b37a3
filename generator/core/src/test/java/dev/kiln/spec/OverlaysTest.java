package dev.kiln.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.problems.Problem;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.SourceLocation;
import dev.kiln.problems.SpecException;
import io.swagger.v3.oas.models.OpenAPI;
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
 * OpenAPI Overlays applied to a spec before it is read: {@code update} merges, {@code remove} removes, overlays apply
 * in order, a target that selects nothing is a warning naming it, and what an overlay wrote is placed at its line.
 */
class OverlaysTest {
    private static final String SPEC = """
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
              /internal/debug:
                get:
                  operationId: debug
                  responses:
                    '204':
                      description: Nothing.
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    name:
                      type: string
                    status:
                      type: string
                      enum: [available, sold]
            """;

    @TempDir
    Path folder;

    @Test
    void updatesMergeAndRemovesRemoveInTheOrderTheOverlaysAreGiven() throws IOException {
        Path first = write("first.yaml", """
                overlay: 1.0.0
                info: {title: Fixes, version: 1.0.0}
                actions:
                  - target: $.paths['/internal/debug']
                    remove: true
                  - target: $.components.schemas.Pet.properties
                    update:
                      age:
                        type: integer
                  - target: $.components.schemas.Pet.properties.status.enum
                    update: pending
                """);
        Path second = write("second.yaml", """
                overlay: 1.0.0
                info: {title: More, version: 1.0.0}
                actions:
                  - target: $.components.schemas.Pet.properties.age
                    update:
                      format: int64
                      description: Years.
                """);

        OpenAPI api = load(List.of(first, second)).openApi();

        assertNull(api.getPaths().get("/internal/debug"));
        Schema<?> pet = api.getComponents().getSchemas().get("Pet");
        Schema<?> age = pet.getProperties().get("age");
        assertEquals("integer", age.getType());
        assertEquals("int64", age.getFormat());
        assertEquals("Years.", age.getDescription());
        assertEquals(
                List.of("available", "sold", "pending"),
                pet.getProperties().get("status").getEnum());
        assertEquals("string", pet.getProperties().get("name").getType(), "untouched members stay");
    }

    @Test
    void aTargetThatSelectsNothingIsAWarningNamingIt() throws IOException {
        Path overlay = write("fixes.yaml", """
                overlay: 1.0.0
                info: {title: Fixes, version: 1.0.0}
                actions:
                  - target: $.components.schemas.Pet
                    update: {description: A pet.}
                  - target: $.components.schemas.Dog
                    remove: true
                """);

        LoadedSpec loaded = load(List.of(overlay));

        Problem warning = loaded.problems().warnings().get(0);
        assertEquals(ProblemKind.OVERLAY_TARGET_MATCHES_NOTHING, warning.kind());
        assertEquals("#/actions/1/target", warning.pointer().toString());
        assertEquals(new SourceLocation("fixes.yaml", 6), warning.location());
        assertTrue(warning.message().contains("'$.components.schemas.Dog' selects nothing"), warning.format());
        assertEquals(
                "A pet.",
                loaded.openApi().getComponents().getSchemas().get("Pet").getDescription());
    }

    @Test
    void whatAnOverlayWroteIsPlacedAtTheOverlaysLineAndTheRestAtTheSpecs() throws IOException {
        Path overlay = write("fixes.yaml", """
                overlay: 1.0.0
                info: {title: Fixes, version: 1.0.0}
                actions:
                  - target: $.components.schemas.Pet.properties
                    update:
                      owner:
                        $ref: 'owner.yaml'
                """);
        Path spec = write("api.yaml", SPEC);
        SpecSettings settings =
                new SpecSettings(ReadLimits.DEFAULT, Optional.empty(), Optional.empty(), List.of(overlay));

        SpecException failure =
                assertThrows(SpecException.class, () -> new SpecLoader(settings).load(spec, "api.yaml"));

        Problem problem = failure.problems().get(0);
        assertEquals(ProblemKind.REF_FILE_NOT_FOUND, problem.kind(), problem.format());
        assertEquals(
                "#/components/schemas/Pet/properties/owner/$ref",
                problem.pointer().toString());
        assertEquals(new SourceLocation("fixes.yaml", 7), problem.location(), problem.format());
    }

    @Test
    void aTargetThatIsNoJsonPathAndADocumentThatIsNoOverlayAreErrors() throws IOException {
        Path badPath = write("bad-path.yaml", """
                overlay: 1.0.0
                info: {title: Fixes, version: 1.0.0}
                actions:
                  - target: $.paths[[
                    remove: true
                """);
        Path notOverlay = write("not-overlay.yaml", "openapi: 3.0.3\n");

        Problem path = onlyError(List.of(badPath));
        Problem document = onlyError(List.of(notOverlay));

        assertEquals(ProblemKind.OVERLAY_INVALID, path.kind());
        assertEquals(new SourceLocation("bad-path.yaml", 4), path.location());
        assertTrue(path.message().contains("'$.paths[[' is not a JSONPath"), path.format());
        assertEquals(ProblemKind.OVERLAY_INVALID, document.kind());
        assertTrue(document.message().startsWith("not an OpenAPI Overlay document"), document.format());
    }

    private LoadedSpec load(List<Path> overlays) throws IOException {
        Path spec = write("api.yaml", SPEC);
        return new SpecLoader(new SpecSettings(ReadLimits.DEFAULT, Optional.empty(), Optional.empty(), overlays))
                .load(spec, "api.yaml");
    }

    private Problem onlyError(List<Path> overlays) {
        SpecException failure = assertThrows(SpecException.class, () -> load(overlays));
        List<Problem> errors =
                failure.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), failure.getMessage());
        return errors.get(0);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
