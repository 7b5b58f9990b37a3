package dev.kiln.together.resilience;

import static dev.kiln.together.resilience.EndpointBodies.ENDPOINT_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiln.together.Together;
import dev.kiln.together.core.RequestOptions;
import dev.kiln.together.errors.BadRequestException;
import dev.kiln.together.errors.InternalServerException;
import dev.kiln.together.errors.TogetherInvalidResponseException;
import dev.kiln.together.errors.TogetherTimeoutException;
import dev.kiln.together.models.DedicatedEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code client.async()} retries, waits and fails exactly as the blocking calls do, without blocking a thread. */
@Timeout(30)
class AsyncCallTest {
    private static final long WAIT_SECONDS = 10;

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
    void anAsyncGetCompletesWithTheTypedResult() throws Exception {
        server.enqueue(Reply.endpoint());
        Together client = TestClients.builder(server, sleeper).build();

        CompletableFuture<DedicatedEndpoint> future = client.async().endpoints().retrieve(ENDPOINT_ID);

        DedicatedEndpoint endpoint = future.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(ENDPOINT_ID, endpoint.id());
        assertEquals("/v1/endpoints/" + ENDPOINT_ID, server.received().get(0).rawPath());
    }

    @Test
    void anAsyncDeleteCompletesWithNothing() throws Exception {
        server.enqueue(Reply.status(204));
        Together client = TestClients.builder(server, sleeper).build();

        assertNull(client.async().endpoints().delete(ENDPOINT_ID).get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals("DELETE", server.received().get(0).method());
    }

    @Test
    void anAsyncRateLimitIsRetriedAfterRetryAfterWithoutBlocking() throws Exception {
        server.enqueue(Reply.error(429, "slow down").withHeader("Retry-After", "1"), Reply.endpoint());
        Together client = TestClients.builder(server, sleeper).build();

        DedicatedEndpoint endpoint =
                client.async().endpoints().retrieve(ENDPOINT_ID).get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertEquals(ENDPOINT_ID, endpoint.id());
        assertEquals(2, server.received().size());
        assertEquals(List.of(Duration.ofSeconds(1)), sleeper.scheduled());
        assertEquals(List.of(), sleeper.slept(), "an async call never blocks a thread to wait");
    }

    @Test
    void anAsyncCallUnavailableOnEveryAttemptFailsWithTheServerError() throws Exception {
        server.enqueueTimes(3, Reply.error(503, "overloaded"));
        Together client = TestClients.builder(server, sleeper).build();

        Throwable failure = failureOf(client.async().endpoints().retrieve(ENDPOINT_ID));

        InternalServerException thrown = assertInstanceOf(InternalServerException.class, failure);
        assertEquals(503, thrown.statusCode());
        assertEquals(3, thrown.attempts());
        assertEquals(3, server.received().size());
        List<Duration> scheduled = sleeper.scheduled();
        assertEquals(2, scheduled.size());
        Backoff.assertWithinBackoff(scheduled);
    }

    @Test
    void anAsyncCallHonoursTheClientsMaxRetries() throws Exception {
        server.enqueueTimes(5, Reply.error(503, "overloaded"));
        Together client = TestClients.builder(server, sleeper).maxRetries(4).build();

        Throwable failure = failureOf(client.async().endpoints().retrieve(ENDPOINT_ID));

        assertEquals(5, assertInstanceOf(InternalServerException.class, failure).attempts());
        assertEquals(5, server.received().size());
    }

    @Test
    void anAsyncBadRequestIsNotRetried() throws Exception {
        server.enqueue(Reply.error(400, "bad"), Reply.endpoint());
        Together client = TestClients.builder(server, sleeper).build();

        Throwable failure = failureOf(client.async().endpoints().retrieve(ENDPOINT_ID));

        assertEquals(1, assertInstanceOf(BadRequestException.class, failure).attempts());
        assertEquals(1, server.received().size());
        assertEquals(List.of(), sleeper.scheduled());
    }

    @Test
    void anAsyncConnectionDroppedMidBodyIsRetried() throws Exception {
        server.enqueue(Reply.endpoint().delivered(Reply.Delivery.CUT_MID_BODY), Reply.endpoint());
        Together client = TestClients.builder(server, sleeper).build();

        DedicatedEndpoint endpoint =
                client.async().endpoints().retrieve(ENDPOINT_ID).get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertEquals(ENDPOINT_ID, endpoint.id());
        assertEquals(2, server.received().size());
        assertEquals(1, sleeper.scheduled().size());
    }

    @Test
    void anAsyncInvalidBodyFailsWithAnInvalidResponse() throws Exception {
        server.enqueue(Reply.json(200, "[]"));
        Together client = TestClients.builder(server, sleeper).build();

        Throwable failure = failureOf(client.async().endpoints().retrieve(ENDPOINT_ID));

        assertEquals(
                200,
                assertInstanceOf(TogetherInvalidResponseException.class, failure)
                        .statusCode());
    }

    @Test
    void anAsyncCallSlowerThanItsTimeoutTimesOutCountingAttempts() throws Exception {
        Together client = TestClients.builder(server, sleeper).build();
        // warm up: load the HTTP client's classes and open a connection, so that 200 ms measures only the server
        server.enqueue(Reply.endpoint());
        client.async().endpoints().retrieve(ENDPOINT_ID).get(WAIT_SECONDS, TimeUnit.SECONDS);
        server.enqueueTimes(2, Reply.endpoint().delivered(Reply.Delivery.STALL_BEFORE_HEADERS));

        Throwable failure = failureOf(client.async()
                .endpoints()
                .retrieve(
                        ENDPOINT_ID,
                        RequestOptions.builder()
                                .timeout(Duration.ofMillis(200))
                                .maxRetries(1)
                                .build()));

        TogetherTimeoutException thrown = assertInstanceOf(TogetherTimeoutException.class, failure);
        assertEquals(2, thrown.attempts());
        assertEquals(1, sleeper.scheduled().size());
        assertEquals(1 + 2, server.awaitReceived(1 + 2).size());
    }

    @Test
    void anAsyncBodyThatStallsAfterTheHeadersTimesOutToo() throws Exception {
        Together client = TestClients.builder(server, sleeper)
                .timeout(Duration.ofMillis(200))
                .maxRetries(0)
                .build();
        server.enqueue(Reply.endpoint());
        client.async()
                .endpoints()
                .retrieve(
                        ENDPOINT_ID,
                        RequestOptions.builder()
                                .timeout(TestClients.GENEROUS_TIMEOUT)
                                .build())
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
        server.enqueue(Reply.endpoint().delivered(Reply.Delivery.STALL_MID_BODY));

        Throwable failure = failureOf(client.async().endpoints().retrieve(ENDPOINT_ID));

        assertEquals(
                1, assertInstanceOf(TogetherTimeoutException.class, failure).attempts());
    }

    /** Waits for a future that must fail, and returns the SDK's exception it failed with. */
    private static Throwable failureOf(CompletableFuture<?> future) throws InterruptedException, TimeoutException {
        try {
            Object value = future.get(WAIT_SECONDS, TimeUnit.SECONDS);
            throw new AssertionError("expected the call to fail, but it completed with " + value);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause;
        }
    }
}
