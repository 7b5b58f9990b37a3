package dev.kiln.together.resilience;

import static dev.kiln.together.resilience.EndpointBodies.ENDPOINT_ID;
import static dev.kiln.together.resilience.TestClients.API_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.together.Together;
import dev.kiln.together.core.RawResponse;
import dev.kiln.together.core.RequestOptions;
import dev.kiln.together.errors.AuthenticationException;
import dev.kiln.together.errors.TogetherInvalidResponseException;
import dev.kiln.together.errors.TogetherIoException;
import dev.kiln.together.errors.TogetherTimeoutException;
import dev.kiln.together.models.DedicatedEndpoint;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The API key goes out in the {@code Authorization} header of requests to the configured server, and nowhere
 * else: not in exceptions, not in {@code toString()}, not in logs, not to another server.
 */
@Timeout(30)
class ApiKeySecrecyTest {
    private static final String EXECUTOR_LOGGER = "dev.kiln.together.core.HttpExecutor";

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
    void aStatusExceptionDoesNotShowTheKey() {
        server.enqueue(Reply.error(401, "invalid api key"));
        Together client = TestClients.builder(server, sleeper).build();

        AuthenticationException thrown = assertThrows(
                AuthenticationException.class, () -> client.endpoints().retrieve(ENDPOINT_ID));

        assertKeySentTo(server);
        assertKeyNotShown(thrown);
    }

    @Test
    void aTimeoutDoesNotShowTheKey() {
        Together client = TestClients.builder(server, sleeper).build();
        server.enqueue(Reply.endpoint());
        client.endpoints().retrieve(ENDPOINT_ID);
        server.enqueue(Reply.endpoint().delivered(Reply.Delivery.STALL_BEFORE_HEADERS));

        TogetherTimeoutException thrown = assertThrows(
                TogetherTimeoutException.class,
                () -> client.endpoints()
                        .retrieve(
                                ENDPOINT_ID,
                                RequestOptions.builder()
                                        .timeout(Duration.ofMillis(200))
                                        .maxRetries(0)
                                        .build()));

        assertKeyNotShown(thrown);
    }

    @Test
    void anIoFailureDoesNotShowTheKey() {
        server.enqueue(Reply.endpoint().delivered(Reply.Delivery.CUT_MID_BODY));
        Together client = TestClients.builder(server, sleeper).maxRetries(0).build();

        TogetherIoException thrown =
                assertThrows(TogetherIoException.class, () -> client.endpoints().retrieve(ENDPOINT_ID));

        assertKeySentTo(server);
        assertKeyNotShown(thrown);
    }

    @Test
    void anInvalidResponseDoesNotShowTheKey() {
        server.enqueue(Reply.json(200, "{\"id\": 42"));
        Together client = TestClients.builder(server, sleeper).build();

        TogetherInvalidResponseException thrown = assertThrows(
                TogetherInvalidResponseException.class, () -> client.endpoints().retrieve(ENDPOINT_ID));

        assertKeyNotShown(thrown);
    }

    @Test
    void aKeyThatCannotBeSentIsRejectedWithoutShowingIt() {
        IllegalArgumentException thrown = assertThrows(
                IllegalArgumentException.class,
                () -> Together.builder()
                        .apiKey(API_KEY + "\n")
                        .baseUrl(server.baseUrl())
                        .build());

        assertKeyNotShown(thrown);
    }

    @Test
    void noToStringShowsTheKey() {
        server.enqueue(Reply.endpoint());
        Together client =
                TestClients.builder(server, sleeper).header("X-Team", "kiln").build();
        RequestOptions options = RequestOptions.builder()
                .header("Authorization", "Bearer " + API_KEY)
                .queryParam("key", API_KEY)
                .build();

        RawResponse<DedicatedEndpoint> raw =
                client.endpoints().withRawResponse().retrieve(ENDPOINT_ID);

        for (Object shown : List.of(client, client.options(), options, raw)) {
            String text = shown.toString();
            assertFalse(text.contains(API_KEY), shown.getClass().getSimpleName() + " shows the key: " + text);
        }
        assertTrue(
                client.options().toString().contains("apiKey=****"),
                client.options().toString());
    }

    @Test
    void requestLogsNameMethodUrlAndStatusButNeverTheKey() {
        server.enqueue(Reply.error(429, "slow down").withHeader("Retry-After", "1"), Reply.endpoint());
        Together client = TestClients.builder(server, sleeper).logRequests(true).build();

        List<String> lines;
        List<LogRecord> records;
        try (LogCapture log = LogCapture.of(EXECUTOR_LOGGER)) {
            client.endpoints().retrieve(ENDPOINT_ID);
            lines = log.lines();
            records = log.records();
        }

        String url = server.baseUrl() + "/endpoints/" + ENDPOINT_ID;
        assertEquals(2, lines.size(), "one line per attempt: " + lines);
        assertTrue(lines.get(0).contains("GET " + url) && lines.get(0).contains("429"), lines.get(0));
        assertTrue(lines.get(1).contains("GET " + url) && lines.get(1).contains("200"), lines.get(1));
        for (int i = 0; i < records.size(); i++) {
            assertFalse(lines.get(i).contains(API_KEY), "a log line shows the key: " + lines.get(i));
            if (records.get(i).getThrown() != null) {
                assertKeyNotShown(records.get(i).getThrown());
            }
        }
    }

    @Test
    void failedAttemptsAreLoggedWithoutTheKeyToo() {
        server.enqueue(Reply.endpoint().delivered(Reply.Delivery.CUT_MID_BODY), Reply.error(500, "boom"));
        Together client = TestClients.builder(server, sleeper)
                .logRequests(true)
                .maxRetries(1)
                .build();

        List<String> lines;
        try (LogCapture log = LogCapture.of(EXECUTOR_LOGGER)) {
            assertThrows(RuntimeException.class, () -> client.endpoints().retrieve(ENDPOINT_ID));
            lines = log.lines();
        }

        // attempt 1: its status when the headers arrived, then its body cut off; attempt 2: its status
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("200") && lines.get(0).contains("(attempt 1)"), lines.get(0));
        assertTrue(lines.get(1).contains("no response") && lines.get(1).contains("(attempt 1)"), lines.get(1));
        assertTrue(lines.get(2).contains("500") && lines.get(2).contains("(attempt 2)"), lines.get(2));
        assertTrue(lines.stream().noneMatch(line -> line.contains(API_KEY)), lines.toString());
    }

    @Test
    void nothingIsLoggedUnlessAskedFor() {
        server.enqueue(Reply.endpoint());
        Together client = TestClients.builder(server, sleeper).build();

        try (LogCapture log = LogCapture.of(EXECUTOR_LOGGER)) {
            client.endpoints().retrieve(ENDPOINT_ID);
            assertEquals(List.of(), log.lines());
        }
    }

    @Test
    void aRedirectToAnotherOriginDoesNotCarryTheKey() {
        try (ScriptedServer elsewhere = ScriptedServer.start()) {
            elsewhere.enqueue(Reply.endpoint());
            server.enqueue(Reply.status(302).withHeader("Location", elsewhere.baseUrl() + "/endpoints/" + ENDPOINT_ID));
            Together client = TestClients.builder(server, sleeper).build();

            try {
                client.endpoints().retrieve(ENDPOINT_ID);
            } catch (RuntimeException refusedToFollow) {
                // not following a redirect is one safe answer; sending the key elsewhere is not
                assertKeyNotShown(refusedToFollow);
            }

            for (RecordedRequest request : elsewhere.received()) {
                assertFalse(
                        request.headerValues("Authorization").stream().anyMatch(value -> value.contains(API_KEY)),
                        "the key was sent to " + elsewhere.origin() + ", a different origin from the base URL");
            }
        }
    }

    /** Asserts that no message or {@code toString()} in the throwable, its causes and suppressed, shows the key. */
    static void assertKeyNotShown(Throwable thrown) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        assertFalse(trace.toString().contains(API_KEY), "the key is shown in:\n" + trace);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            assertFalse(message.contains(API_KEY), cause.getClass().getName() + " shows the key: " + message);
        }
    }

    /** Asserts that the server did receive the key, so that a test of where it must not appear tests something. */
    private static void assertKeySentTo(ScriptedServer server) {
        List<RecordedRequest> received = server.received();
        assertFalse(received.isEmpty(), "no request was sent");
        for (RecordedRequest request : received) {
            assertEquals(List.of("Bearer " + API_KEY), request.headerValues("Authorization"));
        }
    }
}
