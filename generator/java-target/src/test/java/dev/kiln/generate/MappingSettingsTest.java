package dev.kiln.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.emit.JavaTarget;
import dev.kiln.language.GeneratedFile;
import dev.kiln.problems.Problem;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Type and schema mappings given as settings: they map what the spec's extensions map, win over them, and a mapping
 * that names nothing of the spec fails with the closest name, or is a bad setting when it names no class.
 */
class MappingSettingsTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Events, version: '1'}
            x-kiln-type-mappings:
              date-time: java.time.OffsetDateTime
            paths: {}
            components:
              schemas:
                Event:
                  type: object
                  properties:
                    at: {type: string, format: date-time}
                    id: {type: string, format: uuid}
                    price: {$ref: '#/components/schemas/Price'}
                Price:
                  type: object
                  properties:
                    cents: {type: integer}
            """;

    @TempDir
    Path folder;

    @Test
    void settingsMapFormatsAndSchemasAndWinOverTheSpecsExtensions() throws Exception {
        GenerationResult result = generate(
                List.of("date-time=java.time.Instant", "uuid=java.util.UUID"), List.of("Price=com.acme.Price"));

        String event = file(result, "models/Event.java");
        assertTrue(event.contains("public Optional<Instant> at()"), event);
        assertTrue(event.contains("public Optional<UUID> id()"), event);
        assertTrue(event.contains("public Optional<Price> price()") && event.contains("import com.acme.Price;"), event);
        assertTrue(result.files().stream().noneMatch(file -> file.relativePath().endsWith("models/Price.java")));
    }

    @Test
    void aMappingThatNamesNothingFailsWithTheClosestName() {
        SpecException types =
                assertThrows(SpecException.class, () -> generate(List.of("uuidd=java.util.UUID"), List.of()));
        SpecException schemas =
                assertThrows(SpecException.class, () -> generate(List.of(), List.of("Prize=com.acme.Price")));

        Problem type = types.problems().get(0);
        assertEquals(ProblemKind.MAPPING_MATCHES_NOTHING, type.kind(), type.format());
        assertEquals("the type mapping 'uuidd' names no type or format of the spec", type.message());
        assertEquals("did you mean 'uuid'?", type.hint().orElseThrow());
        Problem schema = schemas.problems().get(0);
        assertEquals("the schema mapping 'Prize' names no schema of components/schemas", schema.message());
        assertEquals("did you mean 'Price'?", schema.hint().orElseThrow());
    }

    @Test
    void aMappingToNoClassNameIsABadSetting() {
        GenerationFailure failure =
                assertThrows(GenerationFailure.class, () -> request(List.of("uuid=UUID"), List.of()));

        assertEquals(GenerationFailure.Reason.BAD_SETTING, failure.reason());
        assertTrue(failure.getMessage().contains("uuid=UUID names no class"), failure.getMessage());
    }

    private GenerationResult generate(List<String> types, List<String> schemas) throws Exception {
        return new Generator(new JavaTarget()).generate(request(types, schemas));
    }

    private GenerationRequest request(List<String> types, List<String> schemas) throws GenerationFailure, IOException {
        Path spec = Files.writeString(folder.resolve("events.yaml"), SPEC);
        return new WrittenSettings()
                .spec(spec, "events.yaml")
                .basePackage("com.example.events")
                .clientName("Events")
                .mappings(types, schemas)
                .request();
    }

    private static String file(GenerationResult result, String path) {
        return result.files().stream()
                .filter(file -> file.relativePath().endsWith(path))
                .map(GeneratedFile::content)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + path));
    }
}
