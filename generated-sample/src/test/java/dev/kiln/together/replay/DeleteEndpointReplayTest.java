package dev.kiln.together.replay;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiln.together.core.RawResponse;
import dev.kiln.together.fixtures.RecordedRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code DELETE /endpoints/{endpointId}} against {@code fixtures/delete/ok.json}. */
class DeleteEndpointReplayTest {

    private static final String ID = "endpoint-4b1f0c9e-2d7a-4e55-9a3c-7f2b8d61c0a4";

    @Test
    void noContentReturnsNormally() {
        try (Replay replay = Replay.of("fixtures/delete/ok.json")) {
            assertDoesNotThrow(() -> replay.endpoints().delete(ID));

            RecordedRequest sent = replay.assertSentAsRecorded();
            assertEquals("DELETE", sent.method());
            assertEquals("", sent.body());
        }
    }

    @Test
    void theRawResponseOfANoContentCallHasItsStatusAndRequestIdAndNothingToParse() {
        try (Replay replay = Replay.of("fixtures/delete/ok.json")) {
            RawResponse<Void> raw = replay.endpoints().withRawResponse().delete(ID);

            replay.assertSentAsRecorded();
            assertEquals(204, raw.statusCode());
            assertEquals(Optional.of("req_01JQ7MHR5C9D1G6J8M0P2Q4SWX"), raw.requestId());
            assertEquals(1, raw.attempts());
            assertNull(raw.parse());
        }
    }
}
