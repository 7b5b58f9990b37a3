package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link HttpExecutor} against a real HTTP server on the loopback interface. */
class HttpExecutorTest {
    private static final String API_KEY = "sk-test-123";

    private record Endpoint(String id, int replicas) {}

    private static final Codec<Endpoint> ENDPOINT = Codecs.object(
            (node, path) -> {
                JsonObjectReader reader = JsonObjectReader.of(node, path);
                return new Endpoint(
                        reader.field("id", Codecs.STRING).required("id", path),
                        reader.field("replicas", Codecs.INT32).required("replicas", path));
            },
            value -> JsonObjectWriter.create()
                    .field("id", JsonField.of(value.id()), Codecs.STRING)
                    .field("replicas", JsonField.of(value.replicas()), Codecs.INT32)
                    .build());

    /** What the server received. */
    private record Received(String method, String rawPath, String rawQuery, Headers headers, byte[] body) {
        String header(String name) {
            List<String> values = headers.get(name);
            if (values == null) {
                return null;
            }
            assertEquals(1, values.size(), "values of " + name + ": " + values);
            return values.get(0);
        }
    }

    /** What the server answers. */
    @FunctionalInterface
    private interface Responder {
        void respond(HttpExchange exchange) throws IOException, InterruptedException;
    }

    /** The exception the recording factory returns; the test checks it is the one thrown. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String kind) {
            super(kind);
        }
    }

    /** Records which failure the executor reported and with what. */
    private static final class RecordingErrorFactory implements ErrorFactory {
        final List<String> calls = new ArrayList<>();
        ApiResponse response;
        ApiRequest request;
        JsonDataException invalid;
        HttpTimeoutException timeout;
        IOException io;

        @Override
        public RuntimeException forStatus(ApiResponse response) {
            calls.add("forStatus");
            this.response = response;
            return new Failure("status");
        }

        @Override
        public RuntimeException forInvalidResponse(ApiResponse response, JsonDataException cause) {
            calls.add("forInvalidResponse");
            this.response = response;
            this.invalid = cause;
            return new Failure("invalid");
        }

        @Override
        public RuntimeException forTimeout(ApiRequest request, HttpTimeoutException cause, int attempts) {
            calls.add("forTimeout");
            this.request = request;
            this.timeout = cause;
            return new Failure("timeout");
        }

        @Override
        public RuntimeException forIo(ApiRequest request, IOException cause, int attempts) {
            calls.add("forIo");
            this.request = request;
            this.io = cause;
            return new Failure("io");
        }
    }

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final CountDownLatch releaseHeldResponses = new CountDownLatch(1);
    private final RecordingErrorFactory errors = new RecordingErrorFactory();
    private ExecutorService serverThreads;
    private HttpServer server;

    @AfterEach
    void stopServer() throws InterruptedException {
        releaseHeldResponses.countDown();
        if (server != null) {
            server.stop(0);
        }
        if (serverThreads != null) {
            serverThreads.shutdownNow();
            assertTrue(serverThreads.awaitTermination(5, TimeUnit.SECONDS), "server threads did not stop");
        }
    }

    /** Starts a server on an ephemeral loopback port and returns its base URL, ending in a slash. */
    private String serve(Responder responder) throws IOException {
        serverThreads = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(serverThreads);
        server.createContext("/", exchange -> {
            try (exchange) {
                received.add(new Received(
                        exchange.getRequestMethod(),
                        exchange.getRequestURI().getRawPath(),
                        exchange.getRequestURI().getRawQuery(),
                        exchange.getRequestHeaders(),
                        exchange.getRequestBody().readAllBytes()));
                responder.respond(exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // The client has gone (the timeout test); nothing to answer.
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/";
    }

    private static Responder json(int status, String body) {
        return exchange -> send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private HttpExecutor executor(String baseUrl, Duration timeout) {
        ClientOptions options = ClientOptions.builder()
                .baseUrl(baseUrl)
                .apiKey(API_KEY)
                .userAgent("kiln-test/1.0")
                .header("X-Org", "acme")
                .timeout(timeout)
                // these tests are about where each failure goes; RetryingHttpExecutorTest covers retries
                .maxRetries(0)
                .build();
        return new HttpExecutor(options, errors);
    }

    private HttpExecutor executor(String baseUrl) {
        return executor(baseUrl, Duration.ofSeconds(10));
    }

    private Received takeReceived() throws InterruptedException {
        Received request = received.poll(10, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("the server received no request");
        }
        return request;
    }

    @Test
    void sendsMethodPathQueryHeadersAndJsonBody() throws Exception {
        HttpExecutor executor = executor(serve(json(200, "{\"id\":\"ep/1\",\"replicas\":2}")));
        ApiRequest request = ApiRequest.builder("POST", "/endpoints/{endpointId}/scale")
                .pathParam("endpointId", "ep/1")
                .query("dry_run", "true")
                .query("note", "a b&c")
                .header("Idempotency-Key", "k-1")
                .jsonBody(Json.parse("{\"min_replicas\":2,\"price\":1.50}"))
                .build();

        executor.send(ApiCall.json(request, ENDPOINT), RequestOptions.none());

        Received sent = takeReceived();
        assertEquals("POST", sent.method());
        assertEquals("/v1/endpoints/ep%2F1/scale", sent.rawPath());
        assertEquals("dry_run=true&note=a%20b%26c", sent.rawQuery());
        assertEquals("application/json", sent.header("Accept"));
        assertEquals("kiln-test/1.0", sent.header("User-Agent"));
        assertEquals("Bearer " + API_KEY, sent.header("Authorization"));
        assertEquals("application/json", sent.header("Content-Type"));
        assertEquals("acme", sent.header("X-Org"));
        assertEquals("k-1", sent.header("Idempotency-Key"));
        assertEquals("{\"min_replicas\":2,\"price\":1.50}", new String(sent.body(), StandardCharsets.UTF_8));
    }

    @Test
    void requestWithoutBodySendsNoContentTypeAndNoCredentialsWhenThereIsNoKey() throws Exception {
        ClientOptions options = ClientOptions.builder()
                .baseUrl(serve(json(200, "[]")))
                .maxRetries(0)
                .build();

        new HttpExecutor(options, errors)
                .send(ApiCall.noContent(ApiRequest.builder("GET", "/endpoints").build()), RequestOptions.none());

        Received sent = takeReceived();
        assertEquals("GET", sent.method());
        assertEquals("/v1/endpoints", sent.rawPath());
        assertNull(sent.rawQuery());
        assertNull(sent.header("Content-Type"));
        assertNull(sent.header("Authorization"));
        assertEquals("kiln-sdk", sent.header("User-Agent"));
        assertEquals(0, sent.body().length);
    }

    @Test
    void decodesA2xxJsonBodyWithTheCodec() throws Exception {
        HttpExecutor executor = executor(serve(json(201, "{\"id\":\"ep-1\",\"replicas\":3,\"new_field\":true}")));

        Endpoint endpoint = executor.send(
                ApiCall.json(ApiRequest.builder("POST", "/endpoints").build(), ENDPOINT), RequestOptions.none());

        assertEquals(new Endpoint("ep-1", 3), endpoint);
        assertEquals(List.of(), errors.calls);
    }

    @Test
    void returnsTheRaw2xxResponse() throws Exception {
        HttpExecutor executor = executor(serve(exchange -> {
            exchange.getResponseHeaders().set("x-request-id", "req-7");
            send(exchange, 200, "{\"ok\":true}".getBytes(StandardCharsets.UTF_8));
        }));

        RawResponse<JsonNode> response = executor.send(
                ApiCall.json(ApiRequest.builder("GET", "/health").build(), Codecs.JSON)
                        .raw(),
                RequestOptions.none());

        assertEquals(200, response.statusCode());
        assertEquals("{\"ok\":true}", Json.write(response.parse()));
        assertEquals("req-7", response.requestId().orElseThrow());
    }

    @Test
    void noContentResponseNeedsNoBody() throws Exception {
        HttpExecutor executor = executor(serve(exchange -> send(exchange, 204, new byte[0])));

        executor.send(
                ApiCall.noContent(ApiRequest.builder("DELETE", "/endpoints/{id}")
                        .pathParam("id", "ep-1")
                        .build()),
                RequestOptions.none());

        assertEquals("DELETE", takeReceived().method());
        assertEquals(List.of(), errors.calls);
    }

    @Test
    void non2xxGoesToForStatusWithStatusBodyAndHeaders() throws Exception {
        String body = "{\"error\":{\"message\":\"endpoint not found\"}}";
        HttpExecutor executor = executor(serve(exchange -> {
            exchange.getResponseHeaders().set("x-request-id", "req-42");
            send(exchange, 404, body.getBytes(StandardCharsets.UTF_8));
        }));
        ApiRequest request = ApiRequest.builder("GET", "/endpoints/{id}")
                .pathParam("id", "nope")
                .build();

        Failure thrown = assertThrows(
                Failure.class, () -> executor.send(ApiCall.json(request, ENDPOINT), RequestOptions.none()));

        assertEquals("status", thrown.getMessage());
        assertEquals(List.of("forStatus"), errors.calls);
        assertEquals(404, errors.response.statusCode());
        assertEquals(body, errors.response.bodyText());
        assertEquals("req-42", errors.response.requestId().orElseThrow());
    }

    @Test
    void serverErrorWithoutBodyGoesToForStatus() throws Exception {
        HttpExecutor executor = executor(serve(exchange -> send(exchange, 503, new byte[0])));

        assertThrows(
                Failure.class,
                () -> executor.send(
                        ApiCall.noContent(ApiRequest.builder("POST", "/x").build()), RequestOptions.none()));

        assertEquals(List.of("forStatus"), errors.calls);
        assertEquals(503, errors.response.statusCode());
        assertEquals("", errors.response.bodyText());
    }

    @Test
    void malformedJsonIn2xxGoesToForInvalidResponse() throws Exception {
        HttpExecutor executor = executor(serve(json(200, "{\"id\":\"ep-1\",")));

        assertThrows(
                Failure.class,
                () -> executor.send(
                        ApiCall.json(ApiRequest.builder("GET", "/x").build(), ENDPOINT), RequestOptions.none()));

        assertEquals(List.of("forInvalidResponse"), errors.calls);
        assertEquals(200, errors.response.statusCode());
        assertEquals("{\"id\":\"ep-1\",", errors.response.bodyText());
        assertEquals("$", errors.invalid.path());
    }

    @Test
    void bytesThatAreNotJsonTextIn2xxGoToForInvalidResponse() throws Exception {
        byte[] notText = java.util.HexFormat.of().parseHex("0000007bffffffff");
        HttpExecutor executor = executor(serve(exchange -> send(exchange, 200, notText)));

        assertThrows(
                Failure.class,
                () -> executor.send(
                        ApiCall.json(ApiRequest.builder("GET", "/x").build(), ENDPOINT), RequestOptions.none()));

        assertEquals(List.of("forInvalidResponse"), errors.calls);
        assertArrayEquals(notText, errors.response.body());
        assertEquals("$", errors.invalid.path());
    }

    @Test
    void wellFormedJsonOfTheWrongShapeGoesToForInvalidResponseWithItsPath() throws Exception {
        HttpExecutor executor = executor(serve(json(200, "{\"id\":\"ep-1\",\"replicas\":\"two\"}")));

        assertThrows(
                Failure.class,
                () -> executor.send(
                        ApiCall.json(ApiRequest.builder("GET", "/x").build(), ENDPOINT), RequestOptions.none()));

        assertEquals(List.of("forInvalidResponse"), errors.calls);
        assertEquals("$.replicas: expected an integer (int32) but was string \"two\"", errors.invalid.getMessage());
    }

    @Test
    void emptyBodyWhereJsonIsExpectedGoesToForInvalidResponse() throws Exception {
        HttpExecutor executor = executor(serve(exchange -> send(exchange, 200, new byte[0])));

        assertThrows(
                Failure.class,
                () -> executor.send(
                        ApiCall.json(ApiRequest.builder("GET", "/x").build(), ENDPOINT), RequestOptions.none()));

        assertEquals(List.of("forInvalidResponse"), errors.calls);
        assertEquals("$", errors.invalid.path());
    }

    @Test
    void serverThatDoesNotAnswerInTimeGoesToForTimeout() throws Exception {
        HttpExecutor executor = executor(
                serve(exchange -> {
                    // Holds the response until the test ends, and never longer than two seconds.
                    releaseHeldResponses.await(2, TimeUnit.SECONDS);
                    send(exchange, 200, "{}".getBytes(StandardCharsets.UTF_8));
                }),
                Duration.ofMillis(200));
        ApiRequest request = ApiRequest.builder("GET", "/slow").build();

        assertThrows(Failure.class, () -> executor.send(ApiCall.json(request, Codecs.JSON), RequestOptions.none()));

        assertEquals(List.of("forTimeout"), errors.calls);
        assertSame(request, errors.request);
        assertInstanceOf(HttpTimeoutException.class, errors.timeout);
    }

    @Test
    void refusedConnectionGoesToForIo() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        HttpExecutor executor = executor("http://127.0.0.1:" + closedPort + "/v1");
        ApiRequest request = ApiRequest.builder("GET", "/endpoints").build();

        assertThrows(Failure.class, () -> executor.send(ApiCall.json(request, Codecs.JSON), RequestOptions.none()));

        assertEquals(List.of("forIo"), errors.calls);
        assertSame(request, errors.request);
        assertInstanceOf(IOException.class, errors.io);
    }

    @Test
    void interruptedCallerGoesToForIoAndStaysInterrupted() throws Exception {
        HttpExecutor executor = executor(serve(exchange -> {
            releaseHeldResponses.await(2, TimeUnit.SECONDS);
            send(exchange, 200, "{}".getBytes(StandardCharsets.UTF_8));
        }));
        ApiRequest request = ApiRequest.builder("GET", "/slow").build();

        Thread.currentThread().interrupt();
        try {
            assertThrows(Failure.class, () -> executor.send(ApiCall.json(request, Codecs.JSON), RequestOptions.none()));
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
        } finally {
            Thread.interrupted();
        }
        assertEquals(List.of("forIo"), errors.calls);
        assertSame(request, errors.request);
    }

    @Test
    void decodedJsonKeepsNumbersExactly() throws Exception {
        HttpExecutor executor = executor(serve(json(200, "{\"a\":1.50,\"b\":80}")));

        JsonNode body = executor.send(
                ApiCall.json(ApiRequest.builder("GET", "/x").build(), Codecs.JSON), RequestOptions.none());

        assertEquals("{\"a\":1.50,\"b\":80}", Json.write(body));
    }
}
