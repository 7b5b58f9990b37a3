package dev.kiln.together.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.together.errors.AuthenticationException;
import dev.kiln.together.errors.BadRequestException;
import dev.kiln.together.fixtures.RecordedRequest;
import dev.kiln.together.models.Autoscaling;
import dev.kiln.together.models.BaseEndpoint;
import dev.kiln.together.models.CreateEndpointRequest;
import dev.kiln.together.models.DedicatedEndpoint;
import dev.kiln.together.models.EndpointState;
import dev.kiln.together.models.ErrorData;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code POST /endpoints} against the fixtures in {@code fixtures/create}, with requests built in Java. */
class CreateEndpointReplayTest {

    private static final String MODEL = "meta-llama/Llama-4-Scout-17B-16E-Instruct";
    private static final String HARDWARE = "1x_nvidia_h100_80gb_sxm";

    @Test
    void okSendsTheBuiltRequestAndReadsTheNewPendingEndpoint() {
        try (Replay replay = Replay.of("fixtures/create/ok.json")) {
            DedicatedEndpoint created = replay.endpoints()
                    .create(CreateEndpointRequest.builder()
                            .model(MODEL)
                            .hardware(HARDWARE)
                            .autoscaling(Autoscaling.builder()
                                    .minReplicas(1)
                                    .maxReplicas(2)
                                    .build())
                            .displayName("Scout for support triage")
                            .state(CreateEndpointRequest.State.STARTED)
                            .inactiveTimeout(60L)
                            .availabilityZone("us-central-4b")
                            .build());

            RecordedRequest sent = replay.assertSentAsRecorded();
            assertEquals("POST", sent.method());
            assertEquals("/v1/endpoints", sent.rawPath());

            assertEquals(BaseEndpoint.ObjectValue.ENDPOINT, created.object());
            assertEquals("endpoint-9d3a7f12-6c4e-4b8a-b1d5-0e2f7c93a6b8", created.id());
            assertEquals("acme-ml/meta-llama/Llama-4-Scout-17B-16E-Instruct-9d3a7f12", created.name());
            assertEquals("Scout for support triage", created.displayName());
            assertEquals(MODEL, created.model());
            assertEquals(HARDWARE, created.hardware());
            assertEquals(DedicatedEndpoint.Type.DEDICATED, created.type());
            assertEquals("acme-ml", created.owner());
            assertEquals(1, created.autoscaling().minReplicas());
            assertEquals(2, created.autoscaling().maxReplicas());
            assertEquals(EndpointState.PENDING, created.state());
            assertEquals(EndpointState.Value.PENDING, created.state().value());
            OffsetDateTime createdAt = created.createdAt();
            assertEquals(Instant.parse("2025-04-02T14:31:08.926Z"), createdAt.toInstant());
            assertEquals(ZoneOffset.UTC, createdAt.getOffset());
            assertEquals(Map.of(), created.additionalProperties());
        }
    }

    @Test
    void badRequestIsABadRequestExceptionNamingTheOffendingParameter() {
        try (Replay replay = Replay.of("fixtures/create/bad-request-400.json")) {
            CreateEndpointRequest inverted = CreateEndpointRequest.builder()
                    .model(MODEL)
                    .hardware(HARDWARE)
                    .autoscaling(
                            Autoscaling.builder().minReplicas(4).maxReplicas(2).build())
                    .build();

            BadRequestException thrown = assertThrows(
                    BadRequestException.class, () -> replay.endpoints().create(inverted));

            replay.assertSentAsRecorded();
            assertEquals(400, thrown.statusCode());
            assertEquals(Optional.of("req_01JQ7M7E5R9S1W6Y8A0C2D4FJK"), thrown.requestId());
            ErrorData.ErrorValue error = thrown.error().orElseThrow().error();
            assertEquals(
                    "autoscaling.min_replicas (4) must not be greater than autoscaling.max_replicas (2).",
                    error.message());
            assertEquals("invalid_request_error", error.type());
            assertEquals(Optional.of("autoscaling.min_replicas"), error.param());
            assertEquals(Optional.of("invalid_autoscaling"), error.code());
            assertTrue(thrown.getMessage().contains("HTTP 400"), thrown.getMessage());
        }
    }

    @Test
    void unauthorizedIsAnAuthenticationExceptionWithANullParam() {
        try (Replay replay = Replay.of("fixtures/create/unauthorized-401.json")) {
            CreateEndpointRequest request = CreateEndpointRequest.builder()
                    .model(MODEL)
                    .hardware(HARDWARE)
                    .autoscaling(
                            Autoscaling.builder().minReplicas(1).maxReplicas(1).build())
                    .build();

            AuthenticationException thrown = assertThrows(
                    AuthenticationException.class, () -> replay.endpoints().create(request));

            replay.assertSentAsRecorded();
            assertEquals(401, thrown.statusCode());
            ErrorData.ErrorValue error = thrown.error().orElseThrow().error();
            assertEquals(
                    "Invalid API key provided. You can find your API key in your account settings.", error.message());
            assertEquals(Optional.empty(), error.param());
            assertTrue(error._param().isNull(), "param is an explicit null, not absent");
            assertEquals(Optional.of("invalid_api_key"), error.code());
        }
    }
}
