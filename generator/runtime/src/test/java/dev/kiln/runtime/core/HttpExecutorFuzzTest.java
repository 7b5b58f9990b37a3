package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Mutated, endless and huge response bodies sent by a real HTTP server on the loopback interface to the
 * {@link HttpExecutor}, blocking and async: each call returns a model that writes back the body it was read from,
 * or fails with the exception the SDK's {@link ErrorFactory} made for it (invalid response, timeout), never
 * with another exception, and never after holding more of a body than {@link ClientOptions#maxResponseBytes()}. The
 * mutated bodies are a QuickTheories property ({@link PropertyRun}: a fixed seed, {@code kiln.fuzz.tries} tries); the
 * endless and huge ones are tried once each.
 */
class HttpExecutorFuzzTest {
    private static final AtomicReference<byte[]> BODY = new AtomicReference<>();
    private static LoopbackServer server;
    /** One client for all tries of the property, as an application keeps one. */
    private static HttpExecutor sharedExecutor;

    /** The exception the recording factory returns, named by the kind of failure. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String kind, Throwable cause) {
            super(kind, cause);
        }
    }

    /** Makes one {@link Failure} per kind, and remembers the response of an invalid one. */
    static final class Errors implements ErrorFactory {
        final List<ApiResponse> invalid = new CopyOnWriteArrayList<>();

        @Override
        public RuntimeException forStatus(ApiResponse response) {
            return new Failure("status " + response.statusCode(), null);
        }

        @Override
        public RuntimeException forInvalidResponse(ApiResponse response, JsonDataException cause) {
            invalid.add(response);
            return new Failure("invalid", cause);
        }

        @Override
        public RuntimeException forTimeout(ApiRequest request, HttpTimeoutException cause, int attempts) {
            return new Failure("timeout", cause);
        }

        @Override
        public RuntimeException forIo(ApiRequest request, IOException cause, int attempts) {
            return new Failure("io", cause);
        }
    }

    @BeforeAll
    static void startServer() throws IOException {
        server = LoopbackServer.start(exchange -> send(exchange, BODY.get()));
        sharedExecutor = executor(server, new Errors(), Duration.ofSeconds(LoopbackServer.WAIT_SECONDS), 1 << 20);
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        server.stop();
    }

    @Test
    void aMutatedBodyIsReadLosslesslyOrIsAnInvalidResponse(TestInfo test) {
        PropertyRun.check(test, 20261131L, MutatedBodies.any(), HttpExecutorFuzzTest::readLosslesslyOrInvalid);
    }

    /** Serves the body and reads it with a blocking and an async call, which must agree. */
    private static void readLosslesslyOrInvalid(MutatedBodies.Body body) throws Exception {
        BODY.set(body.bytes());
        HttpExecutor executor = sharedExecutor;
        ApiRequest request = ApiRequest.builder("GET", "/deployments/1").build();

        Outcome blocking =
                Outcome.of(() -> executor.send(ApiCall.json(request, Deployment.CODEC), RequestOptions.none()));
        Outcome async = Outcome.of(
                () -> await(executor.sendAsync(ApiCall.json(request, Deployment.CODEC), RequestOptions.none())));

        assertEquals(blocking, async, "blocking and async calls disagree on " + body);
        if (blocking.value() != null) {
            assertEquals(Json.parse(body.bytes()), blocking.value().toJsonNode(), "written back differently: " + body);
        } else {
            assertEquals("invalid", blocking.failure(), body.toString());
        }
    }

    @Test
    void aBodyLargerThanTheLimitIsAnInvalidResponseHoldingOnlyItsStart() throws Exception {
        BODY.set(MutatedBodies.huge("10 MB string"));
        Errors errors = new Errors();
        HttpExecutor executor = executor(server, errors, Duration.ofSeconds(LoopbackServer.WAIT_SECONDS), 1 << 20);
        ApiRequest request = ApiRequest.builder("GET", "/deployments/1").build();

        Failure blocking = assertThrows(
                Failure.class, () -> executor.send(ApiCall.json(request, Deployment.CODEC), RequestOptions.none()));
        Failure async = assertThrows(
                Failure.class,
                () -> await(executor.sendAsync(ApiCall.json(request, Deployment.CODEC), RequestOptions.none())));

        assertEquals("invalid", blocking.getMessage());
        assertEquals("invalid", async.getMessage());
        JsonDataException cause = assertInstanceOf(JsonDataException.class, blocking.getCause());
        assertTrue(cause.getMessage().contains("larger than 1048576 bytes"), cause.getMessage());
        assertEquals(2, errors.invalid.size());
        for (ApiResponse response : errors.invalid) {
            assertEquals(200, response.statusCode());
            assertTrue(response.body().length <= 1 << 20, "kept " + response.body().length + " bytes");
        }
    }

    @Test
    void aBodyThatNeverEndsIsCutOffAtTheLimitWhenItIsFast() throws Exception {
        Errors errors = new Errors();
        LoopbackServer endless = LoopbackServer.start(exchange -> sendForever(exchange, Duration.ZERO));
        try {
            HttpExecutor executor = executor(endless, errors, Duration.ofSeconds(LoopbackServer.WAIT_SECONDS), 1 << 20);
            ApiRequest request = ApiRequest.builder("GET", "/deployments/1").build();

            assertEquals(
                    "invalid",
                    assertThrows(
                                    Failure.class,
                                    () -> executor.send(ApiCall.json(request, Deployment.CODEC), RequestOptions.none()))
                            .getMessage());
            assertEquals(
                    "invalid",
                    assertThrows(
                                    Failure.class,
                                    () -> await(executor.sendAsync(
                                            ApiCall.json(request, Deployment.CODEC), RequestOptions.none())))
                            .getMessage());
        } finally {
            endless.stop();
        }
    }

    @Test
    void aBodyThatNeverEndsIsCutOffByTheTimeoutWhenItIsSlow() throws Exception {
        Errors errors = new Errors();
        LoopbackServer endless = LoopbackServer.start(exchange -> sendForever(exchange, Duration.ofMillis(20)));
        try {
            HttpExecutor executor = executor(endless, errors, Duration.ofMillis(500), 1 << 20);
            ApiRequest request = ApiRequest.builder("GET", "/deployments/1").build();

            assertEquals(
                    "timeout",
                    assertThrows(
                                    Failure.class,
                                    () -> executor.send(ApiCall.json(request, Deployment.CODEC), RequestOptions.none()))
                            .getMessage());
            assertEquals(
                    "timeout",
                    assertThrows(
                                    Failure.class,
                                    () -> await(executor.sendAsync(
                                            ApiCall.json(request, Deployment.CODEC), RequestOptions.none())))
                            .getMessage());
        } finally {
            endless.stop();
        }
    }

    /** What one call gave: a value, or the kind of {@link Failure}; anything else fails the test. */
    private record Outcome(Deployment value, String failure) {
        static Outcome of(Call call) throws Exception {
            try {
                return new Outcome(call.run(), null);
            } catch (Failure failure) {
                return new Outcome(null, failure.getMessage());
            }
        }
    }

    @FunctionalInterface
    private interface Call {
        Deployment run() throws Exception;
    }

    private static HttpExecutor executor(LoopbackServer target, Errors errors, Duration timeout, int maxResponseBytes) {
        ClientOptions options = ClientOptions.builder()
                .baseUrl(target.baseUrl())
                .timeout(timeout)
                .maxRetries(0)
                .maxResponseBytes(maxResponseBytes)
                .build();
        return new HttpExecutor(options, errors);
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(LoopbackServer.WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Failure failure) {
                throw failure;
            }
            throw new AssertionError("an undocumented exception reached the caller", e.getCause());
        }
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Sends the start of a document and then spaces, chunked, until the client goes away or the test ends. */
    private static void sendForever(HttpExchange exchange, Duration pause) throws IOException, InterruptedException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write("{\"id\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] chunk = new byte[pause.isZero() ? 64 * 1024 : 1];
        java.util.Arrays.fill(chunk, (byte) 'x');
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LoopbackServer.WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            out.write(chunk);
            out.flush();
            if (!pause.isZero()) {
                Thread.sleep(pause.toMillis());
            }
        }
    }
}
