package dev.kiln.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.emit.JavaTarget;
import dev.kiln.lifecycle.ApiChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Overlays as part of a generation: the fingerprint covers them (an unchanged overlay is an up-to-date build, a
 * changed one, or one in another place, regenerates), and the change report sees what a changed overlay does to the API.
 */
class OverlayGenerationTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Pets, version: '1'}
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
                              $ref: '#/components/schemas/Pet'
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    name: {type: string}
            """;
    private static final String ADD_NICKNAME = """
            overlay: 1.0.0
            info: {title: Fixes, version: '1'}
            actions:
              - target: $.components.schemas.Pet.properties
                update:
                  nickName: {type: string}
            """;

    @TempDir
    Path folder;

    private final List<String> log = new ArrayList<>();
    private final Generation generation = new Generation(
            new GenerationLog() {
                @Override
                public void info(String message) {
                    log.add("info " + message);
                }

                @Override
                public void warn(String message) {
                    log.add("warn " + message);
                }

                @Override
                public void error(String message) {
                    log.add("error " + message);
                }
            },
            new OptionNames("--fail", "--check"),
            new JavaTarget());

    @Test
    void anUnchangedOverlayIsUpToDateAndAChangedOneRegeneratesWithItsChangesReported() throws Exception {
        Path spec = Files.writeString(folder.resolve("pets.yaml"), SPEC);
        Path overlay = Files.writeString(folder.resolve("fixes.yaml"), ADD_NICKNAME);

        GenerateOutcome first = generation.generate(request(spec, overlay), output());
        String firstPet = Files.readString(folder.resolve("out/com/example/pets/models/Pet.java"));
        GenerateOutcome second = generation.generate(request(spec, overlay), output());
        Files.writeString(overlay, ADD_NICKNAME.replace("nickName", "nickname"));
        log.clear();
        GenerateOutcome third = generation.generate(request(spec, overlay), output());

        assertInstanceOf(GenerateOutcome.Written.class, first);
        assertTrue(firstPet.contains("Optional<String> nickName()"), firstPet);
        assertInstanceOf(GenerateOutcome.UpToDate.class, second);
        GenerateOutcome.Written written = assertInstanceOf(GenerateOutcome.Written.class, third);
        assertEquals(
                List.of(
                        new ApiChange(ApiChange.Impact.BREAKING, "removed field Pet.nickName"),
                        new ApiChange(ApiChange.Impact.ADDITION, "added optional field Pet.nickname (string)")),
                written.changes());
        assertTrue(log.contains("warn   BREAKING   removed field Pet.nickName"), log.toString());
    }

    @Test
    void anOverlayOfTheSameNameInAnotherFolderRegenerates() throws Exception {
        Path spec = Files.writeString(folder.resolve("pets.yaml"), SPEC);
        Path overlay = Files.writeString(folder.resolve("fixes.yaml"), ADD_NICKNAME);
        Path elsewhere = Files.createDirectories(folder.resolve("other")).resolve("fixes.yaml");
        Files.writeString(elsewhere, ADD_NICKNAME.replace("nickName", "nickname"));

        generation.generate(request(spec, overlay), output());
        GenerateOutcome moved = generation.generate(request(spec, elsewhere), output());

        GenerateOutcome.Written written = assertInstanceOf(GenerateOutcome.Written.class, moved);
        assertTrue(
                written.changes().contains(new ApiChange(ApiChange.Impact.BREAKING, "removed field Pet.nickName")),
                written.changes().toString());
    }

    private static GenerationRequest request(Path spec, Path overlay) throws GenerationFailure {
        return new WrittenSettings()
                .spec(spec, "pets.yaml")
                .basePackage("com.example.pets")
                .clientName("Pets")
                .overlays(List.of(overlay))
                .request();
    }

    private OutputSettings output() {
        return new OutputSettings(
                folder.resolve("out"), folder.resolve("state/pets.fingerprint"), Optional.empty(), false, false);
    }
}
