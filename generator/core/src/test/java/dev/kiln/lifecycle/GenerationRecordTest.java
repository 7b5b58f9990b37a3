package dev.kiln.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file one generation leaves for the next: read back as written, and an older or broken one said to be so. */
class GenerationRecordTest {
    private static final ApiSnapshot API = new ApiSnapshot(
            List.of("https://api.test"),
            List.of(new ApiSnapshot.OperationSnapshot(
                    "GET",
                    "/pets",
                    "pets",
                    "list",
                    List.of(new ApiSnapshot.ParameterSnapshot("limit", "query", "int32", false, "20")),
                    ApiSnapshot.NONE,
                    false,
                    List.of(),
                    "list<Pet>",
                    ApiSnapshot.NONE,
                    List.of(new ApiSnapshot.ResponseSnapshot("200", List.of("application/json"))))),
            List.of(new ApiSnapshot.ModelSnapshot(
                    "Pet",
                    "object",
                    false,
                    true,
                    List.of(new ApiSnapshot.FieldSnapshot("name", "string", true, false, ApiSnapshot.NONE)),
                    List.of(),
                    ApiSnapshot.NONE)),
            List.of(new ApiSnapshot.EnumSnapshot("Pet.Status", List.of("\"sold\""))));

    private static final SdkOutput OUTPUT = new SdkOutput(
            "com.example.pets",
            "Pets",
            "../generated-sources/kiln",
            List.of("com/example/pets/models/Pet.java", "com/example/pets/Pets.java"));

    @TempDir
    Path dir;

    @Test
    void aRecordReadsBackAsWritten() throws IOException {
        GenerationRecord record =
                new GenerationRecord(new VersionHistory("1.3.0-SNAPSHOT", "1.2.0", VersionBump.MINOR), API, OUTPUT);
        Path file = dir.resolve("default.api.json");
        record.write(file);
        assertEquals(new GenerationRecord.Reading.Found(record), GenerationRecord.read(file));
    }

    @Test
    void theFileNamesItsKindsInDeclaredWords() {
        String json = new GenerationRecord(new VersionHistory("1.0.0", "", VersionBump.MAJOR), API, OUTPUT).toJson();
        for (String word : List.of(
                "\"format\" : 3",
                "\"basePackage\" : \"com.example.pets\"",
                "\"directory\" : \"../generated-sources/kiln\"",
                "\"bumpSinceBaseline\" : \"major\"",
                "\"location\" : \"query\"",
                "\"kind\" : \"object\"",
                "\"status\" : \"200\"")) {
            assertEquals(true, json.contains(word), word + " in\n" + json);
        }
        assertEquals(false, json.contains("writtenOutput"), json);
    }

    @Test
    void theFilesWrittenAreKeptSorted() {
        assertEquals(List.of("com/example/pets/Pets.java", "com/example/pets/models/Pet.java"), OUTPUT.files());
    }

    @Test
    void aRecordAnOlderKilnWroteIsReadWithoutItsOutput() throws IOException {
        // written by Kiln 0.1.0 (format 2), which did not keep the SDK it wrote
        Path file = dir.resolve("pets.api.json");
        try (InputStream older = GenerationRecordTest.class.getResourceAsStream("/older-kiln/pets.api.json")) {
            Files.copy(older, file);
        }

        GenerationRecord.Reading reading = GenerationRecord.read(file);

        GenerationRecord record =
                assertInstanceOf(GenerationRecord.Reading.Found.class, reading).record();
        assertEquals(2, record.format());
        assertEquals(Optional.empty(), record.writtenOutput());
        assertEquals(new VersionHistory("1.0", "", VersionBump.NONE), record.versions());
        assertEquals(
                List.of("Pet", "NewPet"),
                record.api().models().stream()
                        .map(ApiSnapshot.ModelSnapshot::name)
                        .toList());
    }

    @Test
    void aRecordOfThisFormatWithoutItsOutputIsNotUsed() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode tree = (ObjectNode) mapper.readTree(
                new GenerationRecord(new VersionHistory("1.0.0", "", VersionBump.NONE), API, OUTPUT).toJson());
        tree.remove("output");
        String json = mapper.writeValueAsString(tree);
        assertEquals(
                new GenerationRecord.Reading.Unreadable("it lacks the SDK it wrote"), GenerationRecord.fromJson(json));
    }

    @Test
    void aRenamedPackageOrClientIsOneLineEach() {
        SdkOutput moved = new SdkOutput("com.example.animals", "Pets", OUTPUT.directory(), OUTPUT.files());
        SdkOutput renamed = new SdkOutput("com.example.pets", "Animals", OUTPUT.directory(), OUTPUT.files());
        SdkOutput elsewhere = new SdkOutput("com.example.pets", "Pets", "../sdk", List.of());

        assertEquals(
                List.of(new ApiChange(
                        ApiChange.Impact.BREAKING,
                        "the SDK moved from package com.example.pets to com.example.animals: every type's qualified"
                                + " name changed")),
                OUTPUT.renamesTo(moved));
        assertEquals(
                List.of(new ApiChange(ApiChange.Impact.BREAKING, "the client class Pets was renamed to Animals")),
                OUTPUT.renamesTo(renamed));
        assertEquals(List.of(), OUTPUT.renamesTo(elsewhere), "where the files go is no change to the API");
    }

    @Test
    void aMissingRecordIsAFirstGeneration() {
        assertEquals(new GenerationRecord.Reading.Missing(), GenerationRecord.read(dir.resolve("none.api.json")));
    }

    @Test
    void anOlderFormatIsReportedNotMisread() throws IOException {
        Path file = dir.resolve("old.api.json");
        // what Kiln wrote before format 2: the API alone
        Files.writeString(file, "{\"format\": 1, \"operations\": [], \"models\": [], \"enums\": []}");
        assertEquals(
                new GenerationRecord.Reading.Unreadable("it is in format 1; this Kiln writes format 3"),
                GenerationRecord.read(file));
    }

    @Test
    void aBrokenRecordIsReportedNotThrown() {
        assertEquals(
                GenerationRecord.Reading.Unreadable.class,
                GenerationRecord.fromJson("not json").getClass());
        assertEquals(
                GenerationRecord.Reading.Unreadable.class,
                GenerationRecord.fromJson("{\"format\": 2, \"api\": 7}").getClass());
        assertEquals(
                GenerationRecord.Reading.Unreadable.class,
                GenerationRecord.fromJson("{\"format\": 2}").getClass());
        assertEquals(
                GenerationRecord.Reading.Unreadable.class,
                GenerationRecord.fromJson(
                                "{\"format\": 2, \"versions\": {\"current\": \"1\", \"baseline\": \"\", \"bumpSinceBaseline\": \"huge\"}}")
                        .getClass());
    }
}
