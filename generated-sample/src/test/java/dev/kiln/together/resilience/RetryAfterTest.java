package dev.kiln.together.resilience;

import static dev.kiln.together.resilience.EndpointBodies.ENDPOINT_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.together.Together;
import dev.kiln.together.errors.RateLimitException;
import dev.kiln.together.models.DedicatedEndpoint;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A 429 is retried after the wait the server asks for, when that wait is reasonable. */
@Timeout(30)
class RetryAfterTest {
    private ScriptedServer server;
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private Together client;

    @BeforeEach
    void startServer() {
        server = ScriptedServer.start();
        client = TestClients.builder(server, sleeper).build();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void retryAfterSecondsIsWaitedOnceThenTheResultReturned() {
        server.enqueue(rateLimited().withHeader("Retry-After", "1"), Reply.endpoint());

        DedicatedEndpoint endpoint = client.endpoints().retrieve(ENDPOINT_ID);

        assertEquals(ENDPOINT_ID, endpoint.id());
        assertEquals(2, server.received().size());
        assertEquals(List.of(Duration.ofSeconds(1)), sleeper.slept());
    }

    @Test
    void retryTheSameRequestWithTheSameCredentials() {
        server.enqueue(rateLimited().withHeader("Retry-After", "1"), Reply.endpoint());

        client.endpoints().retrieve(ENDPOINT_ID);

        List<RecordedRequest> received = server.received();
        assertEquals(2, received.size());
        for (RecordedRequest request : received) {
            assertEquals("GET", request.method());
            assertEquals("/v1/endpoints/" + ENDPOINT_ID, request.rawPath());
            assertEquals(
                    "Bearer " + TestClients.API_KEY,
                    request.header("Authorization").orElseThrow());
        }
    }

    @Test
    void retryAfterMillisecondsIsHonoured() {
        server.enqueue(rateLimited().withHeader("retry-after-ms", "250"), Reply.endpoint());

        assertEquals(ENDPOINT_ID, client.endpoints().retrieve(ENDPOINT_ID).id());

        assertEquals(2, server.received().size());
        assertEquals(List.of(Duration.ofMillis(250)), sleeper.slept());
    }

    @Test
    void retryAfterMillisecondsWinsOverRetryAfter() {
        server.enqueue(
                rateLimited().withHeader("retry-after-ms", "250").withHeader("Retry-After", "2"), Reply.endpoint());

        client.endpoints().retrieve(ENDPOINT_ID);

        assertEquals(List.of(Duration.ofMillis(250)), sleeper.slept());
    }

    @Test
    void retryAfterAsAnHttpDateIsMeasuredAgainstTheClientsClock() {
        String threeSecondsLater = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                TestClients.NOW.plusSeconds(3).atZone(ZoneOffset.UTC));
        server.enqueue(rateLimited().withHeader("Retry-After", threeSecondsLater), Reply.endpoint());

        assertEquals(ENDPOINT_ID, client.endpoints().retrieve(ENDPOINT_ID).id());

        assertEquals(2, server.received().size());
        assertEquals(List.of(Duration.ofSeconds(3)), sleeper.slept());
    }

    @Test
    void anUnreasonableRetryAfterIsIgnoredInFavourOfBackoff() {
        server.enqueue(rateLimited().withHeader("Retry-After", "3600"), Reply.endpoint());

        assertEquals(ENDPOINT_ID, client.endpoints().retrieve(ENDPOINT_ID).id());

        assertEquals(2, server.received().size());
        List<Duration> slept = sleeper.slept();
        assertEquals(1, slept.size());
        Backoff.assertWithinBackoff(slept);
    }

    @Test
    void aRetryAfterDateInThePastFallsBackToBackoff() {
        String aMinuteAgo = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                TestClients.NOW.minusSeconds(60).atZone(ZoneOffset.UTC));
        server.enqueue(rateLimited().withHeader("Retry-After", aMinuteAgo), Reply.endpoint());

        client.endpoints().retrieve(ENDPOINT_ID);

        List<Duration> slept = sleeper.slept();
        assertEquals(1, slept.size());
        Backoff.assertWithinBackoff(slept);
    }

    @Test
    void rateLimitedOnEveryAttemptEndsInRateLimitException() {
        server.enqueueTimes(3, rateLimited().withHeader("Retry-After", "1"));

        RateLimitException thrown =
                assertThrows(RateLimitException.class, () -> client.endpoints().retrieve(ENDPOINT_ID));

        assertEquals(429, thrown.statusCode());
        assertEquals(3, thrown.attempts());
        assertEquals(3, server.received().size());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), sleeper.slept());
    }

    private static Reply rateLimited() {
        return Reply.error(429, "slow down");
    }
}
