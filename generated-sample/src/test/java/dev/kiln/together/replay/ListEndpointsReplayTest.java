package dev.kiln.together.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.together.core.Sleeper;
import dev.kiln.together.errors.RateLimitException;
import dev.kiln.together.fixtures.RecordedRequest;
import dev.kiln.together.models.EndpointState;
import dev.kiln.together.models.ErrorData;
import dev.kiln.together.models.ListEndpoint;
import dev.kiln.together.models.ListEndpointsParams;
import dev.kiln.together.models.ListEndpointsResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** {@code GET /endpoints} against the fixtures in {@code fixtures/list}. */
class ListEndpointsReplayTest {

    @Test
    void withFiltersSendsEachAsAQueryParameterAndReadsTheCallersEndpoint() {
        try (Replay replay = Replay.of("fixtures/list/with-filters.json")) {
            ListEndpointsResponse page = replay.endpoints()
                    .list(ListEndpointsParams.builder()
                            .type(ListEndpoint.Type.DEDICATED)
                            .usageType(ListEndpointsParams.UsageType.ON_DEMAND)
                            .mine(true)
                            .build());

            RecordedRequest sent = replay.assertSentAsRecorded();
            assertEquals("GET", sent.method());
            assertEquals("/v1/endpoints", sent.rawPath());
            assertEquals(Map.of("type", "dedicated", "usage_type", "on-demand", "mine", "true"), sent.query());

            assertEquals(ListEndpointsResponse.ObjectValue.LIST, page.object());
            assertEquals(1, page.data().size());
            ListEndpoint endpoint = page.data().get(0);
            assertEquals("endpoint-e6c6b82f-90f7-45b7-af39-3ca3b51d08b2", endpoint.id());
            assertEquals("acme-ml/meta-llama/Llama-4-Scout-17B-16E-Instruct-e6c6b82f", endpoint.name());
            assertEquals("meta-llama/Llama-4-Scout-17B-16E-Instruct", endpoint.model());
            assertEquals("acme-ml", endpoint.owner());
            assertEquals(ListEndpoint.Type.DEDICATED, endpoint.type());
            assertEquals(EndpointState.STARTED, endpoint.state());
            assertEquals(
                    Instant.parse("2025-03-11T09:14:27.512Z"),
                    endpoint.createdAt().toInstant());
        }
    }

    @Test
    void allSendsNoQueryAndReadsEveryEndpointInOrder() {
        try (Replay replay = Replay.of("fixtures/list/all.json")) {
            List<ListEndpoint> endpoints = replay.endpoints().list().data();

            RecordedRequest sent = replay.assertSentAsRecorded();
            assertEquals("/v1/endpoints", sent.rawPath());
            assertEquals("", sent.rawQuery());

            assertEquals(
                    List.of(
                            "endpoint-e6c6b82f-90f7-45b7-af39-3ca3b51d08b2",
                            "endpoint-4b1f0c9e-2d7a-4e55-9a3c-7f2b8d61c0a4",
                            "endpoint-2e8d4a6c-1f3b-4c7d-9e05-a8b6c4d2f1e3",
                            "endpoint-0f5e8a21-93bd-4c76-8e1a-2b4d6f9c7e30"),
                    endpoints.stream().map(ListEndpoint::id).toList());
            assertEquals(
                    List.of(
                            ListEndpoint.Type.Value.DEDICATED,
                            ListEndpoint.Type.Value.DEDICATED,
                            ListEndpoint.Type.Value.SERVERLESS,
                            ListEndpoint.Type.Value.SERVERLESS),
                    endpoints.stream().map(endpoint -> endpoint.type().value()).toList());
            assertEquals(
                    List.of(
                            EndpointState.STARTED,
                            EndpointState.STOPPED,
                            EndpointState.STARTED,
                            EndpointState.STARTING),
                    endpoints.stream().map(ListEndpoint::state).toList());
            assertTrue(endpoints.stream().allMatch(endpoint -> endpoint.state().isKnown()));
            assertEquals(
                    List.of("acme-ml", "acme-ml", "together", "together"),
                    endpoints.stream().map(ListEndpoint::owner).toList());
            assertEquals(
                    Instant.parse("2025-01-07T16:02:00Z"),
                    endpoints.get(1).createdAt().toInstant());
            assertEquals(
                    Instant.parse("2024-12-26T08:45:10.070Z"),
                    endpoints.get(3).createdAt().toInstant());
        }
    }

    @Test
    void rateLimitedIsARateLimitExceptionCarryingRetryAfter() {
        try (Replay replay = Replay.of("fixtures/list/rate-limited-429.json")) {
            RateLimitException thrown = assertThrows(
                    RateLimitException.class, () -> replay.endpoints().list());

            replay.assertSentAsRecorded();

            assertEquals(429, thrown.statusCode());
            assertEquals(Optional.of("2"), thrown.headers().firstValue("retry-after"));
            assertEquals(Optional.of("req_01JQ7M5C3P7Q9T4W6Y8A0B2DGH"), thrown.requestId());
            ErrorData.ErrorValue error = thrown.error().orElseThrow().error();
            assertEquals("Rate limit reached for requests to /v1/endpoints. Retry after 2 seconds.", error.message());
            assertEquals("rate_limit_exceeded", error.type());
            assertEquals(Optional.empty(), error.param());
            assertEquals(Optional.of("rate_limit_exceeded"), error.code());
        }
    }

    @Test
    void rateLimitedIsRetriedWithTheSameRequestAfterTheDelayTheServerAsksFor() {
        try (Replay replay = Replay.of("fixtures/list/rate-limited-429.json")) {
            RecordingSleeper sleeper = new RecordingSleeper();

            RateLimitException thrown = assertThrows(
                    RateLimitException.class,
                    () -> replay.clientBuilder()
                            .sleeper(sleeper)
                            .build()
                            .endpoints()
                            .list());

            // The default client makes two retries; Retry-After: 2 is honoured before each.
            assertEquals(3, thrown.attempts());
            assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), sleeper.delays);
            List<RecordedRequest> received = replay.server().received();
            assertEquals(3, received.size());
            for (RecordedRequest sent : received) {
                assertEquals(replay.fixture().request().path(), sent.rawPath());
                assertEquals(replay.fixture().request().query(), sent.query());
                assertEquals(Optional.of("Bearer " + Replay.API_KEY), sent.header("Authorization"));
            }
        }
    }

    /** Records the delays asked for instead of waiting. */
    private static final class RecordingSleeper implements Sleeper {
        final List<Duration> delays = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            delays.add(duration);
        }

        @Override
        public Executor after(Duration duration) {
            delays.add(duration);
            return Runnable::run;
        }
    }
}
