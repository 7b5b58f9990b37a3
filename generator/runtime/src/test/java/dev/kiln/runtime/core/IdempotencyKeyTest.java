package dev.kiln.runtime.core;

import static dev.kiln.runtime.core.LoopbackServer.WAIT_SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With an idempotency header set, every {@code POST} carries a fresh key, the same on each retry of one call, and a
 * key the caller set wins; without it, or on other methods, nothing is added.
 */
class IdempotencyKeyTest {
    private static final String HEADER = "Idempotency-Key";

    /** Never really waits between retries. */
    private static final Sleeper NO_WAIT = new Sleeper() {
        @Override
        public void sleep(Duration duration) {}

        @Override
        public Executor after(Duration duration) {
            return Runnable::run;
        }
    };

    private LoopbackServer server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }

    private static LoopbackServer.Responder status(int status) {
        return exchange -> {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        };
    }

    private HttpExecutor executor(String idempotencyHeader, LoopbackServer.Responder... responders) throws IOException {
        server = LoopbackServer.start(responders);
        ClientOptions options = ClientOptions.builder()
                .baseUrl(server.baseUrl())
                .idempotencyHeader(idempotencyHeader)
                .maxRetries(2)
                .sleeper(NO_WAIT)
                .build();
        return new HttpExecutor(options, new RecordingErrors());
    }

    private static ApiRequest post() {
        return ApiRequest.builder("POST", "/charges")
                .jsonBody(Json.nodes().objectNode())
                .build();
    }

    private static void call(HttpExecutor executor, ApiRequest request, RequestOptions options, boolean async)
            throws Exception {
        if (async) {
            executor.sendAsync(ApiCall.json(request, Codecs.JSON), options).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } else {
            executor.send(ApiCall.json(request, Codecs.JSON), options);
        }
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void eachRetryOfAPostCarriesTheSameKeyAndTheNextCallAFreshOne(boolean async) throws Exception {
        HttpExecutor executor = executor(HEADER, status(500), status(503), status(200));

        call(executor, post(), RequestOptions.none(), async);
        call(executor, post(), RequestOptions.none(), async);

        String first = server.take().header(HEADER);
        assertNotNull(first);
        assertEquals(first, server.take().header(HEADER));
        assertEquals(first, server.take().header(HEADER));
        String next = server.take().header(HEADER);
        assertNotNull(next);
        assertNotEquals(first, next);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void aKeyTheCallerSetWins(boolean async) throws Exception {
        HttpExecutor executor = executor(HEADER, status(200));

        call(
                executor,
                post(),
                RequestOptions.builder().header("idempotency-key", "mine-1").build(),
                async);
        call(executor, post().toBuilder().header(HEADER, "mine-2").build(), RequestOptions.none(), async);

        assertEquals("mine-1", server.take().headers().getFirst(HEADER));
        assertEquals("mine-2", server.take().header(HEADER));
    }

    @Test
    void onlyPostsCarryAKey() throws Exception {
        HttpExecutor executor = executor(HEADER, status(200));

        executor.send(ApiCall.json(ApiRequest.builder("GET", "/charges").build(), Codecs.JSON), RequestOptions.none());
        executor.send(
                ApiCall.json(ApiRequest.builder("DELETE", "/charges/1").build(), Codecs.JSON), RequestOptions.none());

        assertNull(server.take().header(HEADER));
        assertNull(server.take().header(HEADER));
    }

    @Test
    void withoutAnIdempotencyHeaderNothingIsAdded() throws Exception {
        HttpExecutor executor = executor(null, status(500), status(200));

        executor.send(ApiCall.json(post(), Codecs.JSON), RequestOptions.none());

        assertNull(server.take().header(HEADER));
        assertNull(server.take().header(HEADER));
    }

    @Test
    void theHeaderMustBeAHeaderName() {
        assertThrows(
                IllegalArgumentException.class, () -> ClientOptions.builder().idempotencyHeader("Idempotency Key"));
    }
}
