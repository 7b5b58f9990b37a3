package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of credential against a local server with a token endpoint: where each goes, OAuth2's fetching, caching,
 * refreshing (one at a time) and retry after a 401, and no secret in a {@code toString()}, a log line or an exception.
 */
class CredentialsTest {
    private static final String SECRET = "client-secret-42";

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Map<String, String>> apiRequests = new CopyOnWriteArrayList<>();
    private final List<String> tokenForms = new CopyOnWriteArrayList<>();
    private final List<String> tokenAuthorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    /** The token the API accepts; every other token gets a 401. */
    private final AtomicReference<String> accepted = new AtomicReference<>("token-1");

    private volatile int expiresIn = 3600;
    private volatile CountDownLatch holdTokenResponses = new CountDownLatch(0);
    private HttpServer server;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/oauth/token", this::token);
        server.createContext("/v1/", this::api);
        server.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        holdTokenResponses.countDown();
        server.stop(0);
        threads.shutdownNow();
        assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            tokenForms.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            tokenAuthorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            LoopbackServer.await(holdTokenResponses);
            int number = tokensIssued.incrementAndGet();
            send(
                    exchange,
                    200,
                    "{\"access_token\":\"token-" + number + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn
                            + "}");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> seen = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> seen.put(name.toLowerCase(), values.get(0)));
            seen.put(":query", String.valueOf(exchange.getRequestURI().getRawQuery()));
            apiRequests.add(seen);
            String authorization = seen.getOrDefault("authorization", "");
            boolean bearer = authorization.startsWith("Bearer ");
            if (bearer && !authorization.equals("Bearer " + accepted.get())) {
                send(exchange, 401, "{\"error\":\"expired\"}");
            } else {
                send(exchange, 200, "{}");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private HttpExecutor executor(ClientOptions.Builder options) {
        return new HttpExecutor(options.baseUrl(base() + "/v1").clock(clock).build(), new RecordingErrors());
    }

    private ClientOptions.Builder oauth2() {
        return ClientOptions.builder()
                .oauth2ClientCredentials(new OAuth2ClientCredentials(
                        URI.create(base() + "/oauth/token"), "my-client", SECRET, List.of("pets.read", "pets.write")));
    }

    private static void call(HttpExecutor executor) {
        executor.send(ApiCall.noContent(ApiRequest.builder("GET", "/pets").build()), RequestOptions.none());
    }

    @Test
    void anApiKeyGoesInAHeaderAQueryParameterOrACookie() {
        call(executor(ClientOptions.builder().authScheme("X-Api-Key", "").apiKey("k1")));
        call(executor(ClientOptions.builder()
                .keyLocation(ClientOptions.KeyLocation.QUERY, "api_key", "")
                .apiKey("k 2")));
        call(executor(ClientOptions.builder()
                .keyLocation(ClientOptions.KeyLocation.COOKIE, "SESSION", "")
                .apiKey("k3")));

        assertEquals("k1", apiRequests.get(0).get("x-api-key"));
        assertEquals("api_key=k%202", apiRequests.get(1).get(":query"));
        assertEquals("SESSION=k3", apiRequests.get(2).get("cookie"));
    }

    @Test
    void basicAndATokenSupplierGoInTheAuthorizationHeader() {
        AtomicInteger asked = new AtomicInteger();
        call(executor(ClientOptions.builder().basicAuth("ada", "pw:1")));
        call(executor(ClientOptions.builder().tokenSupplier(() -> "token-" + (1 + 0 * asked.incrementAndGet()))));

        assertEquals(
                "Basic " + Base64.getEncoder().encodeToString("ada:pw:1".getBytes(StandardCharsets.UTF_8)),
                apiRequests.get(0).get("authorization"));
        assertEquals("Bearer token-1", apiRequests.get(1).get("authorization"));
        assertEquals(1, asked.get(), "the supplier is asked once per attempt");
    }

    @Test
    void aTokenSupplierThatGivesANewTokenAfterA401IsRetriedOnce() {
        accepted.set("fresh");
        List<String> tokens = new ArrayList<>(List.of("stale", "fresh", "fresh"));
        call(executor(ClientOptions.builder().maxRetries(0).tokenSupplier(() -> tokens.remove(0))));

        assertEquals(2, apiRequests.size());
        assertEquals("Bearer stale", apiRequests.get(0).get("authorization"));
        assertEquals("Bearer fresh", apiRequests.get(1).get("authorization"));
    }

    @Test
    void oauth2FetchesATokenOnceAndKeepsItForLaterCalls() {
        HttpExecutor executor = executor(oauth2());

        call(executor);
        call(executor);
        call(executor);

        assertEquals(1, tokensIssued.get());
        assertEquals("Bearer token-1", apiRequests.get(2).get("authorization"));
        Map<String, String> form = form(tokenForms.get(0));
        assertEquals("client_credentials", form.get("grant_type"));
        assertEquals("pets.read pets.write", form.get("scope"));
        assertEquals(
                "Basic " + Base64.getEncoder().encodeToString(("my-client:" + SECRET).getBytes(StandardCharsets.UTF_8)),
                tokenAuthorizations.get(0));
    }

    @Test
    void oauth2RefreshesBeforeTheTokenExpires() {
        expiresIn = 600;
        HttpExecutor executor = executor(oauth2());
        call(executor);

        now.set(now.get().plus(Duration.ofSeconds(600 - 40)));
        call(executor);
        assertEquals(1, tokensIssued.get(), "40 s before expiry the token is still used");

        accepted.set("token-2");
        now.set(now.get().plus(Duration.ofSeconds(15)));
        call(executor);
        assertEquals(2, tokensIssued.get(), "25 s before expiry a new one is fetched");
        assertEquals("Bearer token-2", apiRequests.get(2).get("authorization"));
    }

    @Test
    void concurrentCallsWaitForOneRefresh() throws Exception {
        holdTokenResponses = new CountDownLatch(1);
        HttpExecutor executor = executor(oauth2().timeout(Duration.ofSeconds(10)));
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(callers.submit(() -> call(executor)));
            }
            calls.add(executor.sendAsync(
                    ApiCall.noContent(ApiRequest.builder("GET", "/pets").build()), RequestOptions.none()));
            while (tokenForms.isEmpty()) {
                Thread.onSpinWait();
            }
            holdTokenResponses.countDown();
            for (Future<?> done : calls) {
                done.get(10, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }

        assertEquals(1, tokensIssued.get(), "nine calls, one token fetch");
        assertEquals(9, apiRequests.size());
    }

    @Test
    void a401FetchesAFreshTokenAndRetriesTheCallOnce() {
        HttpExecutor executor = executor(oauth2().maxRetries(0));
        call(executor);

        accepted.set("token-2"); // the server revoked token-1
        call(executor);

        assertEquals(2, tokensIssued.get());
        assertEquals(3, apiRequests.size());
        assertEquals("Bearer token-1", apiRequests.get(1).get("authorization"));
        assertEquals("Bearer token-2", apiRequests.get(2).get("authorization"));
    }

    @Test
    void aSecondRefusalFailsTheCallWithoutAnotherRetry() {
        accepted.set("never");
        HttpExecutor executor = executor(oauth2().maxRetries(0));

        RecordingErrors.Failure failed = assertThrows(RecordingErrors.Failure.class, () -> call(executor));

        assertEquals("forStatus", failed.getMessage());
        assertEquals(401, failed.response.statusCode());
        assertEquals(2, apiRequests.size(), "one retry after the first 401, no more");
        assertEquals(2, failed.response.attempts());
    }

    @Test
    void noSecretInToStringsLogsOrExceptions() throws Exception {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(HttpExecutor.class.getName());
        List<String> lines = new CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
        ClientOptions options = oauth2().basicAuth("ada", "basic-password")
                .apiKey("api-key-secret")
                .logging(HttpLogging.builder().headers(true).bodies(1000).build())
                .baseUrl(base() + "/v1")
                .build();
        try {
            accepted.set("never");
            HttpExecutor executor = new HttpExecutor(options, new SdkLikeErrors());
            RuntimeException failed = assertThrows(RuntimeException.class, () -> call(executor));

            StringWriter trace = new StringWriter();
            failed.printStackTrace(new PrintWriter(trace));
            String everything = options + "\n" + options.credentials(new SdkLikeErrors()) + "\n" + trace + "\n"
                    + String.join("\n", lines);
            for (String secret : List.of(SECRET, "basic-password", "api-key-secret", "token-1", "token-2")) {
                assertFalse(everything.contains(secret), secret + " shown in:\n" + everything);
            }
            assertTrue(lines.stream().anyMatch(line -> line.contains("Authorization: ****")), lines.toString());
        } finally {
            logger.removeHandler(handler);
        }
    }

    /** Exceptions whose messages carry the status and body, as an SDK's do. */
    private static final class SdkLikeErrors implements ErrorFactory {
        @Override
        public RuntimeException forStatus(ApiResponse response) {
            return new IllegalStateException("HTTP " + response.statusCode() + ": " + response.bodyText());
        }

        @Override
        public RuntimeException forInvalidResponse(ApiResponse response, JsonDataException cause) {
            return new IllegalStateException("invalid: " + response.bodyText(), cause);
        }

        @Override
        public RuntimeException forTimeout(ApiRequest request, java.net.http.HttpTimeoutException cause, int attempts) {
            return new IllegalStateException("timeout: " + request, cause);
        }

        @Override
        public RuntimeException forIo(ApiRequest request, IOException cause, int attempts) {
            return new IllegalStateException("io: " + request, cause);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new java.util.HashMap<>();
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            form.put(
                    URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return form;
    }
}
