package dev.kiln.together.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.together.Together;
import dev.kiln.together.fixtures.Fixture;
import dev.kiln.together.fixtures.FixtureServer;
import dev.kiln.together.models.DedicatedEndpoint;
import dev.kiln.together.testing.Cassette;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Record and replay: a cassette recorded against the local server answers alone once the server is stopped. */
class CassetteTest {
    private static final String ID = "endpoint-e6c6b82f-90f7-45b7-af39-3ca3b51d08b2";
    private static final String API_KEY = "sk-cassette-secret";

    private static Together client(Cassette cassette, String baseUrl) {
        return Together.builder()
                .apiKey(API_KEY)
                .baseUrl(baseUrl)
                .maxRetries(0)
                .transport(cassette.transport())
                .build();
    }

    @Test
    void recordsAgainstTheServerThenReplaysWithTheServerStopped(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("get.json");
        String baseUrl;
        DedicatedEndpoint live;
        try (FixtureServer server = FixtureServer.serving(Fixture.load("fixtures/get/ok.json"))) {
            baseUrl = server.baseUrl();
            Cassette recording = new Cassette(file, Cassette.Mode.RECORD);
            live = client(recording, baseUrl).endpoints().retrieve(ID);
            recording.save();
            assertEquals(1, server.received().size());
        }

        Cassette replaying = new Cassette(file, Cassette.Mode.REPLAY);
        DedicatedEndpoint replayed = client(replaying, baseUrl).endpoints().retrieve(ID);

        assertEquals(live, replayed);
        assertFalse(replaying.isRecording());
        String recorded = Files.readString(file);
        assertFalse(recorded.contains(API_KEY), recorded);
        assertTrue(recorded.contains("\"Authorization\" : [ \"****\" ]"), recorded);
        assertTrue(recorded.contains("\"uri\" : \"/v1/endpoints/" + ID + "\""), recorded);
        assertTrue(recorded.contains("\"display_name\" : \"Scout for support triage\""), recorded);
    }

    @Test
    void aRequestThatMatchesNoRecordedExchangeFailsWithTheDifference(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("get.json");
        String baseUrl;
        try (FixtureServer server = FixtureServer.serving(Fixture.load("fixtures/get/ok.json"))) {
            baseUrl = server.baseUrl();
            Cassette recording = new Cassette(file, Cassette.Mode.RECORD);
            client(recording, baseUrl).endpoints().retrieve(ID);
            recording.save();
        }

        Together offline = client(new Cassette(file, Cassette.Mode.REPLAY), baseUrl);
        AssertionError mismatch =
                assertThrows(AssertionError.class, () -> offline.endpoints().retrieve("endpoint-other"));

        assertTrue(mismatch.getMessage().contains("the closest, exchange 1 of 1, differs in"), mismatch.getMessage());
        assertTrue(mismatch.getMessage().contains("recorded: /v1/endpoints/" + ID), mismatch.getMessage());
        assertTrue(mismatch.getMessage().contains("sent:     /v1/endpoints/endpoint-other"), mismatch.getMessage());
        assertFalse(mismatch.getMessage().contains("method:"), "the method is the same: " + mismatch.getMessage());
    }

    @Test
    void replayWithoutACassetteSaysHowToRecordOne(@TempDir Path directory) {
        IllegalStateException missing = assertThrows(
                IllegalStateException.class, () -> new Cassette(directory.resolve("none.json"), Cassette.Mode.REPLAY));

        assertTrue(missing.getMessage().contains("-Dkiln.cassette.mode=record"), missing.getMessage());
    }
}
