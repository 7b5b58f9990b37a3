package dev.kiln.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint changes with everything a generation depends on, and with nothing else. */
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
                paths: {}
                components:
                  schemas:
                    Pet:
                      $ref: 'schemas/pet.yaml#/Pet'
                    Local:
                      $ref: '#/components/schemas/Pet'
                    Remote:
                      $ref: 'https://example.invalid/remote.yaml'
                """);
        Files.createDirectories(dir.resolve("schemas"));
        Files.writeString(dir.resolve("schemas/pet.yaml"), """
                Pet:
                  type: object
                  properties:
                    tag: {"$ref": "../common/tag.json#/Tag"}
                """);
        Files.createDirectories(dir.resolve("common"));
        Files.writeString(dir.resolve("common/tag.json"), "{\"Tag\": {\"type\": \"string\"}}");
        settings = new LinkedHashMap<>();
        settings.put("basePackage", "com.example.pets");
        settings.put("clientName", "Pets");
        settings.put("outputDirectory", "target/generated-sources/kiln");
    }

    private String fingerprint() throws IOException {
        return Fingerprint.compute(spec, settings, VERSION).value();
    }

    @Test
    void isStableWhenNothingChanges() throws IOException {
        String first = fingerprint();
        assertEquals(first, fingerprint());
        assertTrue(first.startsWith("kiln-fingerprint-1:"), first);
    }

    @Test
    void doesNotDependOnTheOrderOfSettings() throws IOException {
        String first = fingerprint();
        Map<String, String> reversed = new LinkedHashMap<>();
        reversed.put("outputDirectory", settings.get("outputDirectory"));
        reversed.put("clientName", settings.get("clientName"));
        reversed.put("basePackage", settings.get("basePackage"));
        assertEquals(first, Fingerprint.compute(spec, reversed, VERSION).value());
    }

    @Test
    void followsRelativeFileReferencesRecursively() throws IOException {
        assertEquals(
                java.util.List.of(spec, dir.resolve("schemas/pet.yaml"), dir.resolve("common/tag.json")),
                java.util.List.copyOf(Fingerprint.specFiles(spec)));
    }

    @Test
    void changesWithTheSpecsBytes() throws IOException {
        String before = fingerprint();
        Files.writeString(spec, Files.readString(spec) + "# a comment\n");
        assertNotEquals(before, fingerprint());
    }

    @Test
    void changesWithAReferencedFile() throws IOException {
        String before = fingerprint();
        Files.writeString(dir.resolve("common/tag.json"), "{\"Tag\": {\"type\": \"integer\"}}");
        assertNotEquals(before, fingerprint());
    }

    @Test
    void changesWhenAReferencedFileAppears() throws IOException {
        Files.delete(dir.resolve("common/tag.json"));
        String missing = fingerprint();
        Files.writeString(dir.resolve("common/tag.json"), "{}");
        assertNotEquals(missing, fingerprint());
    }

    @Test
    void changesWithEachSetting() throws IOException {
        String before = fingerprint();
        for (String key : java.util.List.copyOf(settings.keySet())) {
            String value = settings.get(key);
            settings.put(key, value + "X");
            assertNotEquals(before, fingerprint(), key);
            settings.put(key, value);
        }
        assertEquals(before, fingerprint());
    }

    @Test
    void changesWithKilnsVersion() throws IOException {
        assertNotEquals(
                fingerprint(), Fingerprint.compute(spec, settings, "0.2.0").value());
    }

    @Test
    void isReadBackAsWritten() throws IOException {
        Path file = dir.resolve("target/kiln/default.fingerprint");
        assertEquals(Optional.empty(), Fingerprint.read(file));
        Fingerprint fingerprint = Fingerprint.compute(spec, settings, VERSION);
        fingerprint.write(file);
        assertEquals(Optional.of(fingerprint), Fingerprint.read(file));
    }
}
