package dev.kiln.together.resilience;

import static dev.kiln.together.resilience.EndpointBodies.ENDPOINT_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.together.Together;
import dev.kiln.together.core.RequestOptions;
import dev.kiln.together.errors.AuthenticationException;
import dev.kiln.together.errors.BadRequestException;
import dev.kiln.together.errors.ConflictException;
import dev.kiln.together.errors.InternalServerException;
import dev.kiln.together.errors.NotFoundException;
import dev.kiln.together.errors.PermissionDeniedException;
import dev.kiln.together.errors.RateLimitException;
import dev.kiln.together.errors.TogetherServiceException;
import dev.kiln.together.errors.UnexpectedStatusCodeException;
import dev.kiln.together.errors.UnprocessableEntityException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which failed statuses are retried, how often, with what backoff, and what the caller finally gets. */
@Timeout(30)
class RetryOnStatusTest {
    private ScriptedServer server;
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @BeforeEach
    void startServer() {
        server = ScriptedServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void unavailableOnEveryAttemptIsTriedThreeTimesByDefault() {
        server.enqueue(unavailable(1), unavailable(2), unavailable(3));
        Together client = TestClients.builder(server, sleeper).build();

        InternalServerException thrown = assertThrows(
                InternalServerException.class, () -> client.endpoints().retrieve(ENDPOINT_ID));

        assertEquals(3, server.received().size());
        assertEquals(503, thrown.statusCode());
        assertEquals(3, thrown.attempts());
        assertEquals(unavailableBody(3), thrown.body(), "the exception carries the last response's body");
        assertEquals(
                "overloaded, attempt 3", thrown.error().orElseThrow().error().message());
        List<Duration> slept = sleeper.slept();
        assertEquals(2, slept.size());
        Backoff.assertWithinBackoff(slept);
        assertTrue(slept.get(0).compareTo(slept.get(1)) < 0, "backoff grows: " + slept);
    }

    @Test
    void theClientsMaxRetriesSetsTheNumberOfAttempts() {
        server.enqueue(unavailable(1), unavailable(2), unavailable(3), unavailable(4), unavailable(5));
        Together client = TestClients.builder(server, sleeper).maxRetries(4).build();

        InternalServerException thrown = assertThrows(
                InternalServerException.class, () -> client.endpoints().retrieve(ENDPOINT_ID));

        assertEquals(5, server.received().size());
        assertEquals(5, thrown.attempts());
        assertEquals(unavailableBody(5), thrown.body());
        assertEquals(4, sleeper.slept().size());
        Backoff.assertWithinBackoff(sleeper.slept());
    }

    @Test
    void backoffIsCappedAtEightSeconds() {
        server.enqueueTimes(7, unavailable(0));
        Together client = TestClients.builder(server, sleeper).maxRetries(6).build();

        assertThrows(InternalServerException.class, () -> client.endpoints().retrieve(ENDPOINT_ID));

        assertEquals(7, server.received().size());
        List<Duration> slept = sleeper.slept();
        assertEquals(6, slept.size());
        Backoff.assertWithinBackoff(slept);
        assertTrue(slept.stream().allMatch(delay -> delay.compareTo(Duration.ofSeconds(8)) <= 0), slept.toString());
        assertTrue(slept.get(5).compareTo(Duration.ofSeconds(6)) >= 0, "the sixth retry still waits near the cap");
    }

    @Test
    void perRequestMaxRetriesZeroMakesOneAttempt() {
        server.enqueue(unavailable(1), Reply.endpoint());
        Together client = TestClients.builder(server, sleeper).build();

        InternalServerException thrown = assertThrows(
                InternalServerException.class,
                () -> client.endpoints()
                        .retrieve(
                                ENDPOINT_ID,
                                RequestOptions.builder().maxRetries(0).build()));

        assertEquals(1, server.received().size());
        assertEquals(1, thrown.attempts());
        assertEquals(List.of(), sleeper.slept());
    }

    @Test
    void perRequestMaxRetriesOverridesTheClients() {
        server.enqueueTimes(4, unavailable(0));
        Together client = TestClients.builder(server, sleeper).maxRetries(0).build();

        InternalServerException thrown = assertThrows(
                InternalServerException.class,
                () -> client.endpoints()
                        .retrieve(
                                ENDPOINT_ID,
                                RequestOptions.builder().maxRetries(3).build()));

        assertEquals(4, server.received().size());
        assertEquals(4, thrown.attempts());
    }

    @Test
    void aRetriedCallThatSucceedsReturnsTheResult() {
        server.enqueue(unavailable(1), Reply.endpoint());
        Together client = TestClients.builder(server, sleeper).build();

        assertEquals(ENDPOINT_ID, client.endpoints().retrieve(ENDPOINT_ID).id());

        assertEquals(2, server.received().size());
        assertEquals(1, sleeper.slept().size());
    }

    @Test
    void badRequestIsNotRetried() {
        server.enqueue(Reply.error(400, "min_replicas must not exceed max_replicas"), Reply.endpoint());
        Together client = TestClients.builder(server, sleeper).build();

        BadRequestException thrown =
                assertThrows(BadRequestException.class, () -> client.endpoints().retrieve(ENDPOINT_ID));

        assertEquals(1, server.received().size());
        assertEquals(1, thrown.attempts());
        assertEquals(
                "min_replicas must not exceed max_replicas",
                thrown.error().orElseThrow().error().message());
        assertEquals(List.of(), sleeper.slept());
    }

    @Test
    void conflictIsRetried() {
        server.enqueueTimes(3, Reply.error(409, "the endpoint is changing state"));
        Together client = TestClients.builder(server, sleeper).build();

        ConflictException thrown =
                assertThrows(ConflictException.class, () -> client.endpoints().retrieve(ENDPOINT_ID));

        assertEquals(3, server.received().size());
        assertEquals(3, thrown.attempts());
        assertEquals(2, sleeper.slept().size());
    }

    @Test
    void notFoundIsNotRetried() {
        server.enqueue(Reply.error(404, "no such endpoint"), Reply.endpoint());
        Together client = TestClients.builder(server, sleeper).build();

        NotFoundException thrown =
                assertThrows(NotFoundException.class, () -> client.endpoints().retrieve(ENDPOINT_ID));

        assertEquals(1, server.received().size());
        assertEquals(404, thrown.statusCode());
        assertEquals(List.of(), sleeper.slept());
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, BadRequestException.class, false),
                Arguments.of(401, AuthenticationException.class, false),
                Arguments.of(403, PermissionDeniedException.class, false),
                Arguments.of(404, NotFoundException.class, false),
                Arguments.of(422, UnprocessableEntityException.class, false),
                Arguments.of(418, UnexpectedStatusCodeException.class, false),
                Arguments.of(408, UnexpectedStatusCodeException.class, true),
                Arguments.of(409, ConflictException.class, true),
                Arguments.of(429, RateLimitException.class, true),
                Arguments.of(500, InternalServerException.class, true),
                Arguments.of(502, InternalServerException.class, true),
                Arguments.of(503, InternalServerException.class, true),
                Arguments.of(504, InternalServerException.class, true));
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}, retried: {2}")
    @MethodSource("statuses")
    void eachStatusMapsToItsExceptionAndIsRetriedOnlyWhenWorthIt(
            int status, Class<? extends TogetherServiceException> expected, boolean retried) {
        server.enqueueTimes(3, Reply.error(status, "status " + status));
        Together client = TestClients.builder(server, sleeper).build();

        TogetherServiceException thrown = assertThrows(
                TogetherServiceException.class, () -> client.endpoints().retrieve(ENDPOINT_ID));

        assertInstanceOf(expected, thrown);
        assertEquals(expected, thrown.getClass(), "the most specific exception");
        assertEquals(status, thrown.statusCode());
        int attempts = retried ? 3 : 1;
        assertEquals(attempts, server.received().size());
        assertEquals(attempts, thrown.attempts());
        assertEquals(attempts - 1, sleeper.slept().size());
    }

    private static Reply unavailable(int attempt) {
        return Reply.json(503, unavailableBody(attempt));
    }

    private static String unavailableBody(int attempt) {
        return EndpointBodies.error("overloaded, attempt " + attempt);
    }
}
