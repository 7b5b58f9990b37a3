package dev.kiln.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @TempDir
    Path dir;

    @Test
    void aRecordReadsBackAsWritten() throws IOException {
        GenerationRecord record =
                new GenerationRecord(new VersionHistory("1.3.0-SNAPSHOT", "1.2.0", VersionBump.MINOR), API);
        Path file = dir.resolve("default.api.json");
        record.write(file);
        assertEquals(new GenerationRecord.Reading.Found(record), GenerationRecord.read(file));
    }

    @Test
    void theFileNamesItsKindsInDeclaredWords() {
        String json = new GenerationRecord(new VersionHistory("1.0.0", "", VersionBump.MAJOR), API).toJson();
        for (String word : List.of(
                "\"format\" : 2",
                "\"bumpSinceBaseline\" : \"major\"",
                "\"location\" : \"query\"",
                "\"kind\" : \"object\"",
                "\"status\" : \"200\"")) {
            assertEquals(true, json.contains(word), word + " in\n" + json);
        }
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
                new GenerationRecord.Reading.Unreadable("it is in format 1; this Kiln writes format 2"),
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
