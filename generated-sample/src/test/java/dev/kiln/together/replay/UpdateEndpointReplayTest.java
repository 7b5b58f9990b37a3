package dev.kiln.together.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.together.errors.PermissionDeniedException;
import dev.kiln.together.fixtures.RecordedRequest;
import dev.kiln.together.models.Autoscaling;
import dev.kiln.together.models.CreateEndpointRequest;
import dev.kiln.together.models.DedicatedEndpoint;
import dev.kiln.together.models.EndpointState;
import dev.kiln.together.models.ErrorData;
import dev.kiln.together.models.UpdateEndpointRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code PATCH /endpoints/{endpointId}} against the fixtures in {@code fixtures/update}, with requests built in
 * Java.
 */
class UpdateEndpointReplayTest {

    private static final String ID = "endpoint-e6c6b82f-90f7-45b7-af39-3ca3b51d08b2";

    @Test
    void okSendsOnlyTheFieldsThatChange() {
        try (Replay replay = Replay.of("fixtures/update/ok.json")) {
            DedicatedEndpoint updated = replay.endpoints()
                    .update(
                            ID,
                            UpdateEndpointRequest.builder()
                                    .displayName("Scout for support triage (EU hours)")
                                    .autoscaling(Autoscaling.builder()
                                            .minReplicas(2)
                                            .maxReplicas(4)
                                            .build())
                                    .build());

            RecordedRequest sent = replay.assertSentAsRecorded();
            assertEquals("PATCH", sent.method());

            assertEquals("Scout for support triage (EU hours)", updated.displayName());
            assertEquals(2, updated.autoscaling().minReplicas());
            assertEquals(4, updated.autoscaling().maxReplicas());
            assertEquals(EndpointState.STARTED, updated.state());
        }
    }

    @Test
    void anExplicitNullInactiveTimeoutIsSentAsJsonNullAndNothingElse() {
        try (Replay replay = Replay.of("fixtures/update/clear-inactive-timeout.json")) {
            DedicatedEndpoint updated = replay.endpoints()
                    .update(
                            ID,
                            UpdateEndpointRequest.builder()
                                    .inactiveTimeout(null)
                                    .build());

            RecordedRequest sent = replay.assertSentAsRecorded();
            JsonNode body = Replay.json(sent.body());
            assertEquals(1, body.size(), sent.body());
            assertTrue(
                    body.has("inactive_timeout") && body.get("inactive_timeout").isNull(), sent.body());

            assertEquals(ID, updated.id());
            assertEquals(EndpointState.STARTED, updated.state());
        }
    }

    @Test
    void permissionDeniedIsAPermissionDeniedExceptionWithANullCode() {
        try (Replay replay = Replay.of("fixtures/update/permission-denied-403.json")) {
            String id = "endpoint-4b1f0c9e-2d7a-4e55-9a3c-7f2b8d61c0a4";
            UpdateEndpointRequest stop = UpdateEndpointRequest.builder()
                    .state(CreateEndpointRequest.State.STOPPED)
                    .build();

            PermissionDeniedException thrown = assertThrows(
                    PermissionDeniedException.class, () -> replay.endpoints().update(id, stop));

            replay.assertSentAsRecorded();
            assertEquals(403, thrown.statusCode());
            ErrorData.ErrorValue error = thrown.error().orElseThrow().error();
            assertEquals("You do not have permission to modify this endpoint.", error.message());
            assertEquals("permission_denied", error.type());
            assertEquals(Optional.of("endpointId"), error.param());
            assertEquals(Optional.empty(), error.code());
            assertTrue(error._code().isNull(), "code is an explicit null, not absent");
        }
    }
}
