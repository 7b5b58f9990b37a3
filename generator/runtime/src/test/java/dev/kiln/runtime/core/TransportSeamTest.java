package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What the executor does above the {@link Transport} seam holds over any transport, not only java.net.http. */
class TransportSeamTest {
    private final RecordingErrors errors = new RecordingErrors();
    private final ScriptedTransport transport = new ScriptedTransport();

    private HttpExecutor executor(ClientOptions.Builder options) {
        return new HttpExecutor(options.build(), errors);
    }

    private ClientOptions.Builder options() {
        return ClientOptions.builder()
                .baseUrl("https://api.example.com/v1")
                .apiKey("sk-test")
                .transport(transport)
                .idempotencyHeader("Idempotency-Key")
                .sleeper(new InstantSleeper());
    }

    private static ApiRequest get(String path) {
        return ApiRequest.builder("GET", path).build();
    }

    @Test
    void theDefaultTransportIsJavaNetHttpOnTheClientsHttpClient() {
        ClientOptions options =
                ClientOptions.builder().baseUrl("http://localhost").build();
        try (options) {
            JdkHttpTransport jdk = assertInstanceOf(JdkHttpTransport.class, options.transport());
            assertEquals(options.httpClient(), jdk.httpClient());
        }
    }

    @Test
    void aRequestReachesTheTransportWholeWithTheClientsHeadersAndCredentials() {
        transport.answer(ScriptedTransport.json(200, "{\"id\":\"d-1\"}"));

        Deployment deployment = executor(options().header("X-Team", "ml"))
                .send(ApiCall.json(get("/deployments/d-1"), Deployment.CODEC), RequestOptions.none());

        assertEquals("d-1", deployment.id().value().orElseThrow());
        TransportRequest sent = transport.requests.get(0);
        assertEquals("GET", sent.method());
        assertEquals(URI.create("https://api.example.com/v1/deployments/d-1"), sent.uri());
        assertEquals("Bearer sk-test", sent.header("authorization").orElseThrow());
        assertEquals("ml", sent.header("X-Team").orElseThrow());
        assertEquals("application/json", sent.header("Accept").orElseThrow());
        assertEquals(List.of("send"), transport.methods);
    }

    @Test
    void retriesAndTheirIdempotencyKeyWorkOverAnyTransport() {
        transport.answer(
                ScriptedTransport.status(503, Map.of("Retry-After", "0")),
                ScriptedTransport.failing(new ConnectException("refused")),
                ScriptedTransport.json(200, "{\"id\":\"d-2\"}"));
        ApiRequest post = ApiRequest.builder("POST", "/deployments")
                .jsonBody(Json.nodes().objectNode())
                .build();

        RawResponse<Deployment> raw =
                executor(options()).send(ApiCall.json(post, Deployment.CODEC).raw(), RequestOptions.none());

        assertEquals(3, raw.attempts());
        assertEquals(3, transport.requests.size());
        String key = transport.requests.get(0).header("Idempotency-Key").orElseThrow();
        for (TransportRequest sent : transport.requests) {
            assertEquals(key, sent.header("Idempotency-Key").orElseThrow(), "every retry carries the call's key");
            assertEquals("{}", new String(sent.body().orElseThrow().toByteArray()));
        }
    }

    @Test
    void aBodyThatStallsIsCutOffByTheCallsTimeoutOverAnyTransport() {
        transport.answer(ScriptedTransport.stalling());

        RecordingErrors.Failure failure = assertThrows(
                RecordingErrors.Failure.class,
                () -> executor(options().maxRetries(0).timeout(Duration.ofMillis(200)))
                        .send(ApiCall.json(get("/deployments/d-3"), Deployment.CODEC), RequestOptions.none()));

        assertEquals("forTimeout", failure.getMessage());
    }

    @Test
    void asyncCallsUseTheTransportsAsyncMethodAndRetryToo() throws Exception {
        transport.answer(ScriptedTransport.status(500, Map.of()), ScriptedTransport.json(200, "{\"id\":\"d-4\"}"));

        Deployment deployment = executor(options())
                .sendAsync(ApiCall.json(get("/deployments/d-4"), Deployment.CODEC), RequestOptions.none())
                .get(LoopbackServer.WAIT_SECONDS, TimeUnit.SECONDS);

        assertEquals("d-4", deployment.id().value().orElseThrow());
        assertEquals(List.of("sendAsync", "sendAsync"), transport.methods);
    }

    @Test
    void pagesAndEventStreamsComeThroughTheTransport() throws Exception {
        transport.answer(
                ScriptedTransport.json(200, "{\"data\":[{\"id\":\"a\"}],\"next\":\"c2\"}"),
                ScriptedTransport.json(200, "{\"data\":[{\"id\":\"b\"}]}"),
                request -> TransportResponse.of(
                        200, Map.of("Content-Type", "text/event-stream"), "data: {\"id\":\"e\"}\n\n".getBytes()));
        HttpExecutor executor = executor(options());

        List<String> ids = Page.first(
                        executor,
                        get("/deployments"),
                        Deployment.CODEC,
                        Codecs.JSON,
                        PageStyle.cursor("after", "/data", "/next", ""),
                        RequestOptions.none())
                .autoPager()
                .stream()
                .map(deployment -> deployment.id().value().orElseThrow())
                .toList();
        List<String> events;
        try (EventStream<Deployment> stream =
                executor.send(ApiCall.events(get("/events"), Deployment.CODEC), RequestOptions.none())) {
            events = stream.stream()
                    .map(deployment -> deployment.id().value().orElseThrow())
                    .toList();
        }

        assertEquals(List.of("a", "b"), ids);
        assertEquals(
                URI.create("https://api.example.com/v1/deployments?after=c2"),
                transport.requests.get(1).uri());
        assertEquals(List.of("e"), events);
        assertEquals(
                "text/event-stream", transport.requests.get(2).header("Accept").orElseThrow());
    }

    @Test
    void aFailureOfTheTransportBecomesTheSdksExceptionAfterRetries() {
        transport.answer(
                ScriptedTransport.failing(new IOException("reset")),
                ScriptedTransport.failing(new IOException("reset")));

        CompletionException failed = assertThrows(
                CompletionException.class,
                () -> executor(options().maxRetries(1))
                        .sendAsync(ApiCall.noContent(get("/deployments/x")), RequestOptions.none())
                        .join());

        assertEquals("forIo", failed.getCause().getMessage());
        assertEquals(2, transport.requests.size());
    }

    @Test
    void aTransportExcludesTheSettingsOfTheDefaultOne() {
        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> options().httpClient(HttpClient.newHttpClient()).build());
        assertTrue(refused.getMessage().contains("transport"), refused.getMessage());
        assertThrows(
                IllegalStateException.class,
                () -> options().connectTimeout(Duration.ofSeconds(1)).build());
    }

    /** Waits for nothing. */
    private static final class InstantSleeper implements Sleeper {
        @Override
        public void sleep(Duration duration) {}

        @Override
        public java.util.concurrent.Executor after(Duration duration) {
            return Runnable::run;
        }
    }
}
