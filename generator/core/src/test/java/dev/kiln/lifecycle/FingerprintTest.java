package dev.kiln.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.spec.SpecLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fingerprint changes with everything a generation depends on (every file the spec was read from, however it was
 * reached, each setting, Kiln's build) and with nothing else.
 */
class FingerprintTest {
    private static final String VERSION = "0.1.0";

    @TempDir
    Path dir;

    private Path spec;
    private Map<String, String> settings;

    @BeforeEach
    void writeSpec() throws IOException {
        spec = dir.resolve("api.yaml");
        Files.writeString(spec, """
                openapi: 3.0.3
                info: {title: Pets, version: 1.0.0}
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
                                items: {$ref: '#/components/schemas/Pet'}
                components:
                  schemas:
                    Pet:
                      $ref: 'schemas/pet.yaml#/Pet'
                """);
        Files.createDirectories(dir.resolve("schemas"));
        // dog.yaml is named by the discriminator's mapping alone: no $ref leads to it
        Files.writeString(dir.resolve("schemas/pet.yaml"), """
                Pet:
                  type: object
                  required: [kind]
                  properties:
                    kind: {type: string}
                    tag: {"$ref": "../common/tag.json#/Tag"}
                  discriminator:
                    propertyName: kind
                    mapping:
                      dog: '../dog.yaml'
                """);
        Files.writeString(dir.resolve("dog.yaml"), """
                allOf:
                  - $ref: 'api.yaml#/components/schemas/Pet'
                  - type: object
                    properties:
                      bark: {type: string}
                """);
        Files.createDirectories(dir.resolve("common"));
        Files.writeString(dir.resolve("common/tag.json"), "{\"Tag\": {\"type\": \"string\"}}");
        settings = new LinkedHashMap<>();
        settings.put("basePackage", "com.example.pets");
        settings.put("clientName", "Pets");
        settings.put("outputDirectory", "../generated-sources/kiln");
    }

    /** The fingerprint of a generation now: the spec loaded, as a generation loads it. */
    private Fingerprint generated() {
        Map<Path, String> read = new LinkedHashMap<>();
        new SpecLoader().load(spec, "api.yaml").files().forEach(file -> read.put(file.path(), file.text()));
        return Fingerprint.of(settings, VERSION, spec, read);
    }

    @Test
    void listsEveryFileTheSpecWasReadFromTheSpecFirst() {
        assertEquals(
                List.of("api.yaml", "common/tag.json", "dog.yaml", "schemas/pet.yaml"),
                generated().specFiles());
        assertTrue(
                generated().value().startsWith("kiln-fingerprint-2:"),
                generated().value());
    }

    @Test
    void isTheSameNowWhenNothingChanged() throws IOException {
        Fingerprint last = generated();
        assertEquals(last, last.now(settings, VERSION, spec));
        assertEquals(last, generated());
    }

    @Test
    void doesNotDependOnTheOrderOfSettings() throws IOException {
        Fingerprint last = generated();
        Map<String, String> reversed = new LinkedHashMap<>();
        reversed.put("outputDirectory", settings.get("outputDirectory"));
        reversed.put("clientName", settings.get("clientName"));
        reversed.put("basePackage", settings.get("basePackage"));
        assertEquals(last, last.now(reversed, VERSION, spec));
    }

    @Test
    void changesWithTheSpecsBytes() throws IOException {
        Fingerprint last = generated();
        Files.writeString(spec, Files.readString(spec) + "# a comment\n");
        assertNotEquals(last, last.now(settings, VERSION, spec));
    }

    @Test
    void changesWithAFileReachedByReference() throws IOException {
        Fingerprint last = generated();
        Files.writeString(dir.resolve("common/tag.json"), "{\"Tag\": {\"type\": \"integer\"}}");
        assertNotEquals(last, last.now(settings, VERSION, spec));
    }

    @Test
    void changesWithAFileNamedOnlyInADiscriminatorMapping() throws IOException {
        Fingerprint last = generated();
        Files.writeString(
                dir.resolve("dog.yaml"), Files.readString(dir.resolve("dog.yaml")) + "      wag: {type: boolean}\n");
        assertNotEquals(last, last.now(settings, VERSION, spec));
    }

    @Test
    void changesWhenAFileIsGone() throws IOException {
        Fingerprint last = generated();
        Files.delete(dir.resolve("dog.yaml"));
        assertNotEquals(last, last.now(settings, VERSION, spec));
    }

    @Test
    void anotherSpecWithTheSameBytesIsAnotherSpec() throws IOException {
        Fingerprint last = generated();
        Path other = Files.copy(spec, dir.resolve("other.yaml"));
        // its name is in every generated file's header
        assertNotEquals(last, last.now(settings, VERSION, other));
    }

    @Test
    void changesWithEachSetting() throws IOException {
        Fingerprint last = generated();
        for (String key : List.copyOf(settings.keySet())) {
            String value = settings.get(key);
            settings.put(key, value + "X");
            assertNotEquals(last, last.now(settings, VERSION, spec), key);
            settings.put(key, value);
        }
        assertEquals(last, last.now(settings, VERSION, spec));
    }

    @Test
    void changesWithKilnsVersion() throws IOException {
        Fingerprint last = generated();
        assertNotEquals(last, last.now(settings, "0.2.0", spec));
    }

    @Test
    void isReadBackAsWrittenTheValueFirstThenTheFiles() throws IOException {
        Path file = dir.resolve("target/kiln/default.fingerprint");
        assertEquals(Optional.empty(), Fingerprint.read(file));
        Fingerprint fingerprint = generated();
        fingerprint.write(file);
        assertEquals(Optional.of(fingerprint), Fingerprint.read(file));
        assertEquals(
                fingerprint.value() + "\napi.yaml\ncommon/tag.json\ndog.yaml\nschemas/pet.yaml\n",
                Files.readString(file));
    }

    @Test
    void aFingerprintAnOlderKilnWroteIsReadAndNeverMatches() throws IOException {
        // written by Kiln 0.1.0 before the fingerprint listed the spec's files: format 1, its value alone
        Path file = dir.resolve("pets.fingerprint");
        try (InputStream older = FingerprintTest.class.getResourceAsStream("/older-kiln/pets.fingerprint")) {
            Files.copy(older, file);
        }

        Fingerprint read = Fingerprint.read(file).orElseThrow();

        assertTrue(read.value().startsWith("kiln-fingerprint-1:"), read.value());
        assertFalse(read.isCurrentFormat());
        assertTrue(generated().isCurrentFormat());
    }
}
