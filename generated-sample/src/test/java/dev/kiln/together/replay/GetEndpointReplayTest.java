package dev.kiln.together.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.together.core.JsonDataException;
import dev.kiln.together.errors.NotFoundException;
import dev.kiln.together.errors.TogetherInvalidResponseException;
import dev.kiln.together.models.DedicatedEndpoint;
import dev.kiln.together.models.EndpointState;
import dev.kiln.together.models.ErrorData;
import dev.kiln.together.services.EndpointsService;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code GET /endpoints/{endpointId}} against the fixtures in {@code fixtures/get}. */
class GetEndpointReplayTest {

    private static final String ID = "endpoint-e6c6b82f-90f7-45b7-af39-3ca3b51d08b2";

    @Test
    void okReadsEveryFieldOfTheEndpoint() {
        try (Replay replay = Replay.of("fixtures/get/ok.json")) {
            DedicatedEndpoint endpoint = replay.endpoints().retrieve(ID);

            replay.assertSentAsRecorded();
            assertEquals(ID, endpoint.id());
            assertEquals("acme-ml/meta-llama/Llama-4-Scout-17B-16E-Instruct-e6c6b82f", endpoint.name());
            assertEquals("Scout for support triage", endpoint.displayName());
            assertEquals("meta-llama/Llama-4-Scout-17B-16E-Instruct", endpoint.model());
            assertEquals("1x_nvidia_h100_80gb_sxm", endpoint.hardware());
            assertEquals(DedicatedEndpoint.Type.DEDICATED, endpoint.type());
            assertEquals("acme-ml", endpoint.owner());
            assertEquals(EndpointState.STARTED, endpoint.state());
            assertTrue(endpoint.state().isKnown());
            assertEquals(1, endpoint.autoscaling().minReplicas());
            assertEquals(3, endpoint.autoscaling().maxReplicas());
            assertEquals(
                    Instant.parse("2025-03-11T09:14:27.512Z"),
                    endpoint.createdAt().toInstant());
            assertEquals(Map.of(), endpoint.additionalProperties());
            assertEquals(endpoint, endpoint.validate());
        }
    }

    @Test
    void unknownFieldsAndAnUnknownStateAreKeptAndWrittenBack() {
        try (Replay replay = Replay.of("fixtures/get/unknown-field-and-state.json")) {
            DedicatedEndpoint endpoint = replay.endpoints().retrieve(ID);

            replay.assertSentAsRecorded();
            EndpointState state = endpoint.state();
            assertEquals("FAILED", state.asString());
            assertFalse(state.isKnown());
            assertEquals(EndpointState.Value._UNKNOWN, state.value());
            assertEquals(EndpointState.of("FAILED"), state);
            JsonNode body = replay.responseBody();
            assertEquals(Map.of("region", body.get("region")), endpoint.additionalProperties());
            assertEquals(
                    "us-east-1", endpoint.additionalProperties().get("region").textValue());
            assertEquals(
                    Map.of("scale_down_delay_seconds", body.get("autoscaling").get("scale_down_delay_seconds")),
                    endpoint.autoscaling().additionalProperties());
            assertEquals(
                    300,
                    endpoint.autoscaling()
                            .additionalProperties()
                            .get("scale_down_delay_seconds")
                            .intValue());
            assertEquals(1, endpoint.autoscaling().minReplicas());
            assertEquals(3, endpoint.autoscaling().maxReplicas());
            assertEquals("1x_nvidia_h100_80gb_sxm", endpoint.hardware());
            assertEquals(body, Replay.json(endpoint.toJson()));
        }
    }

    @Test
    void aMissingRequiredFieldParsesButItsAccessorAndValidateNameIt() {
        try (Replay replay = Replay.of("fixtures/get/missing-required-field.json")) {
            DedicatedEndpoint endpoint = replay.endpoints().retrieve(ID);

            replay.assertSentAsRecorded();
            assertEquals(ID, endpoint.id());
            assertEquals("Scout for support triage", endpoint.displayName());
            assertEquals(EndpointState.STARTED, endpoint.state());
            assertEquals(3, endpoint.autoscaling().maxReplicas());
            assertTrue(endpoint._hardware().isMissing());

            JsonDataException fromAccessor = assertThrows(JsonDataException.class, endpoint::hardware);
            assertEquals("$.hardware", fromAccessor.path());
            assertTrue(fromAccessor.getMessage().contains("$.hardware"), fromAccessor.getMessage());
            assertTrue(fromAccessor.getMessage().contains("'hardware'"), fromAccessor.getMessage());
            assertTrue(fromAccessor.getMessage().contains("missing"), fromAccessor.getMessage());

            JsonDataException fromValidate = assertThrows(JsonDataException.class, endpoint::validate);
            assertEquals("$.hardware", fromValidate.path());

            assertFalse(Replay.json(endpoint.toJson()).has("hardware"), "nothing is invented for the missing field");
        }
    }

    @Test
    void aMissingRequiredFieldFailsTheCallWhenTheClientValidatesResponses() {
        try (Replay replay = Replay.of("fixtures/get/missing-required-field.json")) {
            EndpointsService endpoints = replay.clientBuilder()
                    .maxRetries(0)
                    .validateResponses(true)
                    .build()
                    .endpoints();

            TogetherInvalidResponseException thrown =
                    assertThrows(TogetherInvalidResponseException.class, () -> endpoints.retrieve(ID));

            assertEquals(200, thrown.statusCode());
            JsonDataException cause = assertInstanceOf(JsonDataException.class, thrown.getCause());
            assertEquals("$.hardware", cause.path());
            assertTrue(thrown.getMessage().contains("$.hardware"), thrown.getMessage());
        }
    }

    @Test
    void notFoundIsANotFoundExceptionWithTheServersError() {
        try (Replay replay = Replay.of("fixtures/get/not-found.json")) {
            String id = "endpoint-7a2c9e41-0b3d-4f68-a5e7-c1d8b2f4e906";

            NotFoundException thrown = assertThrows(
                    NotFoundException.class, () -> replay.endpoints().retrieve(id));

            replay.assertSentAsRecorded();
            assertEquals(404, thrown.statusCode());
            assertEquals(Optional.of("req_01JQ7MCK0X4Y6B1D3F5H7J9MQR"), thrown.requestId());
            ErrorData.ErrorValue error = thrown.error().orElseThrow().error();
            assertEquals("Endpoint " + id + " not found.", error.message());
            assertEquals("invalid_request_error", error.type());
            assertEquals(Optional.empty(), error.param());
            assertEquals(Optional.of("endpoint_not_found"), error.code());
        }
    }

    @Test
    void anIdWithASlashAndASpaceIsSentAsOnePercentEncodedSegment() {
        try (Replay replay = Replay.of("fixtures/get/id-needing-escape.json")) {
            NotFoundException thrown = assertThrows(
                    NotFoundException.class, () -> replay.endpoints().retrieve("acme-ml/scout v2"));

            assertEquals(
                    "/v1/endpoints/acme-ml%2Fscout%20v2",
                    replay.assertSentAsRecorded().rawPath());
            ErrorData.ErrorValue error = thrown.error().orElseThrow().error();
            assertEquals("Endpoint acme-ml/scout v2 not found.", error.message());
            assertEquals(Optional.of("endpointId"), error.param());
        }
    }
}
