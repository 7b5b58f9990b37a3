package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The built-in logging hook against a local server: what it writes, and the secrets it never writes. */
class HttpLoggingTest {
    private static final String KEY = "sk-very-secret";
    private final Logger logger = Logger.getLogger(HttpExecutor.class.getName());
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private LoopbackServer server;

    @BeforeEach
    void capture() {
        logger.addHandler(handler);
        logger.setLevel(Level.ALL);
    }

    @AfterEach
    void release() throws InterruptedException {
        logger.removeHandler(handler);
        if (server != null) {
            server.stop();
        }
    }

    private static LoopbackServer.Responder answer(int status, String body) {
        return exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Set-Cookie", "session=s3cr3t");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        };
    }

    private HttpExecutor executor(ClientOptions.Builder options) {
        return new HttpExecutor(
                options.baseUrl(server.baseUrl())
                        .sleeper(new Sleeper() {
                            @Override
                            public void sleep(Duration duration) {}

                            @Override
                            public java.util.concurrent.Executor after(Duration duration) {
                                return Runnable::run;
                            }
                        })
                        .build(),
                new RecordingErrors());
    }

    @Test
    void offUnlessAskedFor() throws Exception {
        server = LoopbackServer.start(answer(200, "{}"));

        executor(ClientOptions.builder().apiKey(KEY)).send(ApiCall.noContent(get()), RequestOptions.none());

        assertEquals(List.of(), lines);
    }

    @Test
    void oneLinePerAttemptWithMethodUrlStatusTimeAndAttempt() throws Exception {
        server = LoopbackServer.start(answer(503, "{}"), answer(200, "{}"));

        executor(ClientOptions.builder().apiKey(KEY).logging(HttpLogging.basic()))
                .send(ApiCall.noContent(get()), RequestOptions.none());

        assertEquals(2, lines.size(), lines.toString());
        String url = server.baseUrl() + "/deployments/d-1";
        assertTrue(lines.get(0).matches("GET \\Q" + url + "\\E -> 503 in \\d+ ms \\(attempt 1\\)"), lines.get(0));
        assertTrue(lines.get(1).matches("GET \\Q" + url + "\\E -> 200 in \\d+ ms \\(attempt 2\\)"), lines.get(1));
    }

    @Test
    void headersAndBodiesWhenAskedWithTheKeyAndNamedHeadersHidden() throws Exception {
        server = LoopbackServer.start(answer(200, "{\"id\":\"" + "x".repeat(100) + "\"}"));
        ApiRequest post = ApiRequest.builder("POST", "/deployments")
                .header("X-Session", "session-secret")
                .jsonBody(Json.parse("{\"name\":\"" + "n".repeat(100) + "\"}"))
                .build();

        executor(ClientOptions.builder()
                        .apiKey(KEY)
                        .logging(HttpLogging.builder()
                                .headers(true)
                                .bodies(16)
                                .redactHeader("x-session")
                                .redactHeader("Set-Cookie")
                                .build()))
                .send(ApiCall.json(post, Codecs.JSON), RequestOptions.none());

        String all = String.join("\n", lines);
        assertFalse(all.contains(KEY), all);
        assertFalse(all.contains("session-secret"), all);
        assertFalse(all.contains("s3cr3t"), all);
        assertTrue(all.contains("Authorization: ****"), all);
        assertTrue(all.contains("X-Session: ****"), all);
        assertTrue(all.contains("request body {\"name\":\"nnnnnnn... (truncated at 16 bytes)"), all);
        assertTrue(all.contains("response body {\"id\":\"xxxxxxxxx... (truncated at 16 bytes)"), all);
    }

    @Test
    void anApiKeyInTheQueryIsHiddenInTheUrl() throws Exception {
        server = LoopbackServer.start(answer(200, "{}"));

        executor(ClientOptions.builder()
                        .keyLocation(ClientOptions.KeyLocation.QUERY, "api_key", "")
                        .apiKey(KEY)
                        .logRequests(true))
                .send(ApiCall.noContent(get()), RequestOptions.none());

        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("/deployments/d-1?api_key=****"), lines.get(0));
        assertEquals("/v1/deployments/d-1", server.take().rawPath());
    }

    @Test
    void loggingIsInnermostSoItSeesWhatTheClientsAndTheCallsInterceptorsAdded() throws Exception {
        server = LoopbackServer.start(answer(200, "{}"));

        executor(ClientOptions.builder()
                        .apiKey(KEY)
                        .interceptor(adding("X-Client", "from-client"))
                        .logging(HttpLogging.builder().headers(true).build()))
                .send(
                        ApiCall.noContent(get()),
                        RequestOptions.builder()
                                .interceptor(adding("X-Call", "from-call"))
                                .build());

        String requestHeaders = lines.stream()
                .filter(line -> line.contains("request headers"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(lines));
        assertTrue(requestHeaders.contains("X-Client: from-client"), requestHeaders);
        assertTrue(requestHeaders.contains("X-Call: from-call"), requestHeaders);
    }

    private static Interceptor adding(String header, String value) {
        return new Interceptor() {
            @Override
            public TransportRequest beforeRequest(AttemptInfo attempt, TransportRequest request) {
                return request.toBuilder().header(header, value).build();
            }
        };
    }

    private static ApiRequest get() {
        return ApiRequest.builder("GET", "/deployments/d-1").build();
    }
}
