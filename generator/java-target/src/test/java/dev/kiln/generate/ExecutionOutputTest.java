package dev.kiln.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiln.emit.JavaTarget;
import dev.kiln.lifecycle.ApiChange;
import dev.kiln.write.DiskState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an execution generated is its own, recorded with its fingerprint: a changed package, client name or output
 * directory removes exactly what it generated before, and nothing another execution or the user wrote; the change
 * report says what happened in one line.
 */
class ExecutionOutputTest {
    private static final String PETS = """
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
                              $ref: '#/components/schemas/Pet'
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    name: {type: string}
            """;
    private static final String SHOP = PETS.replace("Pets", "Shop")
            .replace("/pets", "/orders")
            .replace("listPets", "listOrders")
            .replace("Pet", "Order");

    @TempDir
    Path folder;

    private final RecordingLog log = new RecordingLog();
    private final Generation generation = new Generation(log, new OptionNames("--fail", "--check"), new JavaTarget());

    private GenerationRequest pets(String basePackage, String client) throws IOException {
        Path spec = folder.resolve("pets.yaml");
        if (!Files.exists(spec)) {
            Files.writeString(spec, PETS);
        }
        return GenerationRequest.builder(spec, "pets.yaml", basePackage)
                .clientName(Optional.of(client))
                .build();
    }

    private OutputSettings output(String directory, String execution) {
        return new OutputSettings(
                folder.resolve(directory),
                folder.resolve("target/kiln/" + execution + ".fingerprint"),
                Optional.empty(),
                false,
                false);
    }

    private GenerateOutcome.Written generate(GenerationRequest request, OutputSettings output) throws Exception {
        return assertInstanceOf(GenerateOutcome.Written.class, generation.generate(request, output));
    }

    @Test
    void aChangedPackageDeletesTheOldSdkAloneAndTheReportSaysSoInOneLine() throws Exception {
        GenerateOutcome.Written first = generate(pets("com.example.pets", "Pets"), output("sdk", "pets"));
        Path shopSpec = Files.writeString(folder.resolve("shop.yaml"), SHOP);
        GenerationRequest shop = GenerationRequest.builder(shopSpec, "shop.yaml", "com.example.shop")
                .build();
        generate(shop, output("sdk", "shop"));
        Path notes = Files.writeString(folder.resolve("sdk/com/example/NOTES.md"), "mine\n");
        log.lines.clear();

        GenerateOutcome.Written moved = generate(pets("com.example.animals", "Pets"), output("sdk", "pets"));

        assertEquals(
                List.of(new ApiChange(
                        ApiChange.Impact.BREAKING,
                        "the SDK moved from package com.example.pets to com.example.animals: every type's qualified"
                                + " name changed")),
                moved.changes());
        assertEquals(
                List.of(
                        "info Kiln: the API changed since the last generation (1 change, 1 breaking):",
                        "warn   BREAKING   the SDK moved from package com.example.pets to com.example.animals: every"
                                + " type's qualified name changed",
                        "info Kiln: these changes call for a major version"),
                log.lines.subList(0, 3));
        assertEquals(first.files() + 1, moved.sync().deleted().size(), "the old files and their manifest");
        assertFalse(Files.exists(folder.resolve("sdk/com/example/pets")));
        assertFalse(Files.exists(folder.resolve("sdk/.kiln-generated-com.example.pets")));
        assertTrue(Files.isRegularFile(folder.resolve("sdk/com/example/animals/models/Pet.java")));
        assertTrue(generation.isUpToDate(shop, output("sdk", "shop")), "the other execution's SDK was touched");
        assertEquals("mine\n", Files.readString(notes));
    }

    @Test
    void aChangedClientNameDeletesTheOldClientAndTheReportSaysSo() throws Exception {
        generate(pets("com.example.pets", "Pets"), output("sdk", "pets"));

        GenerateOutcome.Written renamed = generate(pets("com.example.pets", "Animals"), output("sdk", "pets"));

        assertEquals(
                List.of(new ApiChange(ApiChange.Impact.BREAKING, "the client class Pets was renamed to Animals")),
                renamed.changes());
        assertFalse(Files.exists(folder.resolve("sdk/com/example/pets/Pets.java")));
        assertTrue(Files.isRegularFile(folder.resolve("sdk/com/example/pets/Animals.java")));
    }

    @Test
    void aChangedOutputDirectoryTakesWithItWhatThisExecutionWroteThereAndNothingElse() throws Exception {
        GenerateOutcome.Written first = generate(pets("com.example.pets", "Pets"), output("sdk-a", "pets"));
        Path mine = Files.writeString(folder.resolve("sdk-a/com/example/pets/Mine.java"), "class Mine {}\n");
        Path readme = Files.writeString(folder.resolve("sdk-a/README.txt"), "mine\n");
        log.lines.clear();

        GenerateOutcome.Written moved = generate(pets("com.example.pets", "Pets"), output("sdk-b", "pets"));

        assertEquals(first.files() + 1, moved.deletedFromOldDirectory().size(), "the old files and their manifest");
        assertEquals(List.of(), moved.changes(), "where the SDK is written is no change to its API");
        assertEquals(List.of("README.txt", "com/example/pets/Mine.java"), files(folder.resolve("sdk-a")));
        assertEquals("class Mine {}\n", Files.readString(mine));
        assertEquals("mine\n", Files.readString(readme));
        assertTrue(
                log.lines.contains("info Kiln: the output directory moved from " + folder.resolve("sdk-a") + " to "
                        + folder.resolve("sdk-b") + ": deleted the " + (first.files() + 1)
                        + " files this execution had generated in " + folder.resolve("sdk-a")),
                String.join("\n", log.lines));
        assertEquals(first.files(), moved.sync().written().size());
        assertTrue(generation.isUpToDate(pets("com.example.pets", "Pets"), output("sdk-b", "pets")));
    }

    @Test
    void anOutputDirectoryNamedThroughALinkIsTheSameDirectory() throws Exception {
        generate(pets("com.example.pets", "Pets"), output("sdk", "pets"));
        Path link = folder.resolve("link");
        try {
            Files.createSymbolicLink(link, folder.resolve("sdk"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system makes no symbolic links: " + e);
        }

        GenerateOutcome.Written again = generate(pets("com.example.pets", "Pets"), output("link", "pets"));

        assertEquals(List.of(), again.deletedFromOldDirectory());
        assertEquals(List.of(), again.sync().deleted());
        assertTrue(Files.isRegularFile(folder.resolve("sdk/com/example/pets/models/Pet.java")));
    }

    @Test
    void theRecordAndFingerprintAnOlderKilnWroteAreReadAndReplaced() throws Exception {
        generate(pets("com.example.pets", "Pets"), output("sdk", "pets"));
        // what Kiln 0.1.0 left: a fingerprint of format 1, a record of format 2 without the SDK it wrote, and a
        // manifest per package that lists a model it generated then
        Files.writeString(folder.resolve("target/kiln/pets.fingerprint"), "kiln-fingerprint-1:0123abcd\n");
        Path record = folder.resolve("target/kiln/pets.api.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode older = (ObjectNode) json.readTree(record.toFile());
        older.put("format", 2);
        older.remove("output");
        json.writeValue(record.toFile(), older);
        Path manifest = folder.resolve("sdk/.kiln-generated-com.example.pets");
        Files.writeString(manifest, Files.readString(manifest) + "com/example/pets/models/Owner.java\n");
        Path owner = Files.writeString(folder.resolve("sdk/com/example/pets/models/Owner.java"), "class Owner {}\n");
        Files.writeString(folder.resolve("pets.yaml"), PETS + "        age: {type: integer}\n");
        log.lines.clear();

        GenerateOutcome.Written migrated = generate(pets("com.example.pets", "Pets"), output("sdk", "pets"));

        assertEquals(
                List.of(new ApiChange(ApiChange.Impact.ADDITION, "added optional field Pet.age (int64)")),
                migrated.changes(),
                "the older record was not compared with");
        assertEquals(
                List.of("com/example/pets/models/Owner.java"), migrated.sync().deleted());
        assertFalse(Files.exists(owner));
        assertTrue(Files.readString(record).contains("\"format\" : 3"));
        assertTrue(
                Files.readString(folder.resolve("target/kiln/pets.fingerprint")).startsWith("kiln-fingerprint-2:"));
        assertTrue(generation.isUpToDate(pets("com.example.pets", "Pets"), output("sdk", "pets")));
    }

    /** Every file below a directory, relative to it with {@code /}, sorted. */
    private static List<String> files(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> directory.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void nothingIsLeftBesideTheOutputAndTheState() throws Exception {
        generate(pets("com.example.pets", "Pets"), output("sdk", "pets"));
        generate(pets("com.example.animals", "Pets"), output("sdk-b", "pets"));

        assertEquals(List.of("pets.yaml", "sdk", "sdk-b", "target"), DiskState.entries(folder));
        assertEquals(List.of(), files(folder.resolve("sdk")), "the old directory keeps no file Kiln wrote");
        assertEquals(List.of("pets.api.json", "pets.fingerprint"), DiskState.entries(folder.resolve("target/kiln")));
    }
}
