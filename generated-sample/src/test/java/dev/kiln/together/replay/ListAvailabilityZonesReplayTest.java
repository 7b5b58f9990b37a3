package dev.kiln.together.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.together.errors.InternalServerException;
import dev.kiln.together.models.ErrorData;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code GET /clusters/availability-zones} against the fixtures in {@code fixtures/listAvailabilityZones}. */
class ListAvailabilityZonesReplayTest {

    @Test
    void okListsTheZonesInOrder() {
        try (Replay replay = Replay.of("fixtures/listAvailabilityZones/ok.json")) {
            List<String> zones = replay.endpoints().listAvailabilityZones().avzones();

            replay.assertSentAsRecorded();
            assertEquals(List.of("us-central-4b", "us-central-8a", "us-east-2a", "eu-north-1a"), zones);
        }
    }

    @Test
    void serviceUnavailableIsAnInternalServerExceptionWithStatus503() {
        try (Replay replay = Replay.of("fixtures/listAvailabilityZones/service-unavailable-503.json")) {
            InternalServerException thrown = assertThrows(
                    InternalServerException.class, () -> replay.endpoints().listAvailabilityZones());

            replay.assertSentAsRecorded();
            assertEquals(503, thrown.statusCode());
            ErrorData.ErrorValue error = thrown.error().orElseThrow().error();
            assertEquals("The service is temporarily unavailable. Please retry shortly.", error.message());
            assertEquals("service_unavailable", error.type());
            assertEquals(Optional.of("service_unavailable"), error.code());
            assertEquals(Optional.of("req_01JQ7MPX0H4J6N1Q3S5V7W9YBC"), thrown.requestId());
        }
    }
}
