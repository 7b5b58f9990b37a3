package dev.kiln.together.resilience;

import static dev.kiln.together.resilience.EndpointBodies.ENDPOINT_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.together.Together;
import dev.kiln.together.core.RequestOptions;
import dev.kiln.together.errors.TogetherIoException;
import dev.kiln.together.errors.TogetherTimeoutException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Broken connections are retried; calls slower than their timeout fail with a timeout, attempts counted. */
@Timeout(30)
class NetworkFailureTest {
    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(200);

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
    void aConnectionDroppedMidBodyIsRetried() {
        server.enqueue(Reply.endpoint().delivered(Reply.Delivery.CUT_MID_BODY), Reply.endpoint());
        Together client = TestClients.builder(server, sleeper).build();

        assertEquals(ENDPOINT_ID, client.endpoints().retrieve(ENDPOINT_ID).id());

        assertEquals(2, server.received().size());
        assertEquals(1, sleeper.slept().size());
        Backoff.assertWithinBackoff(sleeper.slept());
    }

    @Test
    void aConnectionDroppedOnEveryAttemptEndsInAnIoExceptionCountingAttempts() {
        server.enqueueTimes(2, Reply.endpoint().delivered(Reply.Delivery.CUT_MID_BODY));
        Together client = TestClients.builder(server, sleeper).maxRetries(1).build();

        TogetherIoException thrown =
                assertThrows(TogetherIoException.class, () -> client.endpoints().retrieve(ENDPOINT_ID));

        assertFalse(thrown instanceof TogetherTimeoutException, "a dropped connection is not a timeout: " + thrown);
        assertInstanceOf(IOException.class, thrown.getCause());
        assertEquals(2, thrown.attempts());
        assertEquals(2, server.received().size());
    }

    @Test
    void aResponseSlowerThanTheClientsTimeoutTimesOutOnEveryAttempt() throws InterruptedException {
        Together client = TestClients.builder(server, sleeper)
                .timeout(SHORT_TIMEOUT)
                .maxRetries(1)
                .build();
        warmUp(client);
        server.enqueueTimes(2, Reply.endpoint().delivered(Reply.Delivery.STALL_BEFORE_HEADERS));

        TogetherTimeoutException thrown = assertThrows(
                TogetherTimeoutException.class, () -> client.endpoints().retrieve(ENDPOINT_ID));

        assertEquals(2, thrown.attempts());
        assertInstanceOf(HttpTimeoutException.class, thrown.getCause());
        assertEquals(1, sleeper.slept().size(), "one wait, before the one retry");
        assertEquals(1 + 2, server.awaitReceived(1 + 2).size());
    }

    @Test
    void aPerRequestTimeoutOverridesTheClients() throws InterruptedException {
        Together client = TestClients.builder(server, sleeper).build();
        warmUp(client);
        server.enqueue(Reply.endpoint().delivered(Reply.Delivery.STALL_BEFORE_HEADERS));

        TogetherTimeoutException thrown = assertThrows(
                TogetherTimeoutException.class,
                () -> client.endpoints()
                        .retrieve(
                                ENDPOINT_ID,
                                RequestOptions.builder()
                                        .timeout(SHORT_TIMEOUT)
                                        .maxRetries(0)
                                        .build()));

        assertEquals(1, thrown.attempts());
        assertEquals(1 + 1, server.awaitReceived(1 + 1).size());
    }

    @Test
    void aBodyThatStallsAfterTheHeadersTimesOutToo() {
        // the timeout is documented as the whole request's, so a server that sends its headers and then stops
        // sending must not hold the caller for longer than the timeout
        Together client = TestClients.builder(server, sleeper)
                .timeout(SHORT_TIMEOUT)
                .maxRetries(0)
                .build();
        warmUp(client);
        server.enqueue(Reply.endpoint().delivered(Reply.Delivery.STALL_MID_BODY));

        TogetherTimeoutException thrown = assertThrows(
                TogetherTimeoutException.class, () -> client.endpoints().retrieve(ENDPOINT_ID));

        assertEquals(1, thrown.attempts());
    }

    /**
     * Makes one call that succeeds, so that the HTTP client's classes are loaded and its first connection is open
     * before a call with a short timeout: otherwise a cold start alone can take longer than 200 ms.
     */
    private void warmUp(Together client) {
        server.enqueue(Reply.endpoint());
        client.endpoints()
                .retrieve(
                        ENDPOINT_ID,
                        RequestOptions.builder()
                                .timeout(TestClients.GENEROUS_TIMEOUT)
                                .build());
    }
}
