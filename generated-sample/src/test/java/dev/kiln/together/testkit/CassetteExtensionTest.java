package dev.kiln.together.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.together.Together;
import dev.kiln.together.fixtures.Fixture;
import dev.kiln.together.fixtures.FixtureServer;
import dev.kiln.together.testing.Cassette;
import dev.kiln.together.testing.CassetteExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The extension as a user's test class uses it: it gives the test its cassette, one file per test under the
 * directory the build names, and writes it once the test passed. The build records (the server runs either way).
 */
@ExtendWith(CassetteExtension.class)
class CassetteExtensionTest {
    private static FixtureServer server;

    @BeforeAll
    static void start() {
        server = FixtureServer.serving(Fixture.load("fixtures/listAvailabilityZones/ok.json"));
    }

    @AfterAll
    static void stopAndCheckTheCassette() throws Exception {
        server.close();
        Path file = Path.of(System.getProperty(Cassette.DIRECTORY_PROPERTY, "src/test/resources/cassettes"))
                .resolve("CassetteExtensionTest")
                .resolve("listsAvailabilityZones.json");
        assertTrue(Files.exists(file), file + " was not written");
        String recorded = Files.readString(file);
        assertTrue(recorded.contains("/v1/clusters/availability-zones"), recorded);
        assertFalse(recorded.contains("sk-extension-secret"), recorded);
    }

    @Test
    void listsAvailabilityZones(Cassette cassette) {
        Together client = Together.builder()
                .apiKey("sk-extension-secret")
                .baseUrl(server.baseUrl())
                .transport(cassette.transport())
                .build();

        assertEquals(
                Fixture.load("fixtures/listAvailabilityZones/ok.json")
                        .response()
                        .body()
                        .orElseThrow()
                        .get("avzones")
                        .size(),
                client.endpoints().listAvailabilityZones().avzones().size());
    }
}
