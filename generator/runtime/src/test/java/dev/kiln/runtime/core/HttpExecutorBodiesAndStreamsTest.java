package dev.kiln.runtime.core;

import static dev.kiln.runtime.core.LoopbackServer.WAIT_SECONDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.kiln.runtime.core.LoopbackServer.Received;
import dev.kiln.runtime.core.LoopbackServer.Responder;
import dev.kiln.runtime.core.ReceivedMultipart.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link HttpExecutor}'s text, binary and event-stream calls, its non-JSON request bodies and its cookies, against
 * a real HTTP server on the loopback interface. Retries wait on a recording sleeper, never for real.
 */
class HttpExecutorBodiesAndStreamsTest {
    private static final int ONE_MEGABYTE = 1 << 20;
    private static final String TEXT_ACCEPT = "text/*, */*;q=0.5";
    /** Two events and the terminator, then an event after it that must never be read. */
    private static final String TWO_EVENTS =
            "data: {\"n\":1}\n\ndata: {\"n\":2}\n\ndata: [DONE]\n\ndata: {\"n\":3}\n\n";

    /** The exception the recording factory returns; the tests check it is the one thrown. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String kind) {
            super(kind);
        }
    }

    /** Records which failure the executor reported and with what. */
    private static final class RecordingErrorFactory implements ErrorFactory {
        final List<String> calls = new CopyOnWriteArrayList<>();
        volatile ApiResponse response;
        volatile JsonDataException invalid;

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
            return new Failure("timeout");
        }

        @Override
        public RuntimeException forIo(ApiRequest request, IOException cause, int attempts) {
            calls.add("forIo");
            return new Failure("io");
        }
    }

    /** Records each wait it is asked for and returns at once: blocking calls and async calls alike. */
    private static final class RecordingSleeper implements Sleeper {
        final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }

        @Override
        public Executor after(Duration duration) {
            waits.add(duration);
            return Runnable::run;
        }
    }

    private final RecordingErrorFactory errors = new RecordingErrorFactory();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final List<LoopbackServer> servers = new ArrayList<>();

    @TempDir
    Path directory;

    @AfterEach
    void stopServers() throws InterruptedException {
        for (LoopbackServer server : servers) {
            server.stop();
        }
    }

    private LoopbackServer serve(Responder... responders) throws IOException {
        LoopbackServer server = LoopbackServer.start(responders);
        servers.add(server);
        return server;
    }

    /** An executor that retries twice, waiting on the recording sleeper. */
    private HttpExecutor executor(LoopbackServer server) {
        return executor(server, Duration.ofSeconds(WAIT_SECONDS), 2);
    }

    private HttpExecutor executor(LoopbackServer server, Duration timeout, int maxRetries) {
        ClientOptions options = ClientOptions.builder()
                .baseUrl(server.baseUrl())
                .timeout(timeout)
                .maxRetries(maxRetries)
                .sleeper(sleeper)
                .build();
        return new HttpExecutor(options, errors);
    }

    private static ApiRequest get(String path) {
        return ApiRequest.builder("GET", path).build();
    }

    /** Waits for a future of an async call; a failed future throws its cause, as a blocking call would. */
    private static <T> T await(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** Answers with a body of a fixed length. */
    private static Responder respond(int status, String contentType, byte[] body) {
        return exchange -> send(exchange, status, contentType, body);
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.getResponseHeaders().set("x-request-id", "req-" + status);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Answers 200 with a {@code text/event-stream} body, sent chunked. */
    private static Responder eventStream(String events) {
        return exchange -> {
            OutputStream out = startEventStream(exchange);
            write(out, events);
            out.close();
        };
    }

    private static OutputStream startEventStream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("x-request-id", "req-stream");
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    /** Writes text and flushes it onto the connection. */
    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // Text.

    /** The three calls that read a text body. */
    private enum TextCall {
        TEXT {
            @Override
            String read(HttpExecutor executor, ApiRequest request) {
                return executor.send(ApiCall.text(request), RequestOptions.none());
            }
        },
        TEXT_ASYNC {
            @Override
            String read(HttpExecutor executor, ApiRequest request) throws Exception {
                return await(
                        assertDoesNotThrow(() -> executor.sendAsync(ApiCall.text(request), RequestOptions.none())));
            }
        },
        RAW_TEXT {
            @Override
            String read(HttpExecutor executor, ApiRequest request) {
                return executor.send(ApiCall.text(request).raw(), RequestOptions.none())
                        .parse();
            }
        };

        abstract String read(HttpExecutor executor, ApiRequest request) throws Exception;
    }

    @ParameterizedTest
    @EnumSource(TextCall.class)
    void textIsDecodedInTheCharsetTheResponseNames(TextCall call) throws Exception {
        String text = "café, naïve, ÿ";
        LoopbackServer server =
                serve(respond(200, "text/plain; charset=ISO-8859-1", text.getBytes(StandardCharsets.ISO_8859_1)));

        assertEquals(text, call.read(executor(server), get("/report")));

        Received sent = server.take();
        assertEquals("GET", sent.method());
        assertEquals("/v1/report", sent.rawPath());
        assertEquals(TEXT_ACCEPT, sent.header("Accept"));
        assertEquals(List.of(), errors.calls);
    }

    @ParameterizedTest
    @EnumSource(TextCall.class)
    void textIsUtf8WhenTheResponseNamesNoCharset(TextCall call) throws Exception {
        String text = "名前,café ☕\n";
        LoopbackServer server = serve(respond(200, "text/csv", utf8(text)));

        assertEquals(text, call.read(executor(server), get("/export")));

        assertEquals(TEXT_ACCEPT, server.take().header("Accept"));
    }

    @Test
    void rawTextCarriesStatusHeadersAndRequestId() throws Exception {
        LoopbackServer server = serve(exchange -> {
            exchange.getResponseHeaders().set("X-Lines", "1");
            send(exchange, 203, "text/markdown; charset=UTF-8", utf8("# Title ✓"));
        });

        RawResponse<String> response =
                executor(server).send(ApiCall.text(get("/readme")).raw(), RequestOptions.none());

        assertEquals(203, response.statusCode());
        assertEquals("req-203", response.requestId().orElseThrow());
        assertEquals("1", response.headers().firstValue("x-lines").orElseThrow());
        assertEquals(1, response.attempts());
        assertEquals("# Title ✓", response.parse());
    }

    // Binary.

    @Test
    void binaryResponseHandsOutTheBodyWhileTheServerIsStillSending() throws Exception {
        byte[] audio = randomBytes(ONE_MEGABYTE, 1);
        int firstHalf = audio.length / 2;
        CountDownLatch firstHalfRead = new CountDownLatch(1);
        CompletableFuture<Boolean> releasedInTime = new CompletableFuture<>();
        LoopbackServer server = serve(exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "audio/mpeg");
            exchange.getResponseHeaders().set("x-request-id", "req-audio");
            exchange.getResponseHeaders().set("X-Duration", "12.5");
            exchange.sendResponseHeaders(200, audio.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(audio, 0, firstHalf);
                out.flush();
                releasedInTime.complete(LoopbackServer.await(firstHalfRead));
                out.write(audio, firstHalf, audio.length - firstHalf);
            }
        });

        try (BinaryResponse response = executor(server).send(ApiCall.binary(get("/speech")), RequestOptions.none())) {
            assertEquals(200, response.statusCode());
            assertEquals("audio/mpeg", response.contentType().orElseThrow());
            assertEquals("req-audio", response.requestId().orElseThrow());
            assertEquals("12.5", response.headers().firstValue("X-Duration").orElseThrow());
            InputStream body = response.body();
            assertArrayEquals(Arrays.copyOfRange(audio, 0, firstHalf), body.readNBytes(firstHalf));
            firstHalfRead.countDown();
            assertArrayEquals(Arrays.copyOfRange(audio, firstHalf, audio.length), body.readAllBytes());
        }

        assertTrue(
                releasedInTime.get(WAIT_SECONDS, TimeUnit.SECONDS),
                "the first half was handed out only after the server stopped waiting: the body was buffered");
        assertEquals("*/*", server.take().header("Accept"));
        assertEquals(List.of(), errors.calls);
    }

    private BinaryResponse binary(HttpExecutor executor, ApiRequest request, boolean async) throws Exception {
        return async
                ? await(assertDoesNotThrow(() -> executor.sendAsync(ApiCall.binary(request), RequestOptions.none())))
                : executor.send(ApiCall.binary(request), RequestOptions.none());
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void binaryBodyOfOneMegabyteArrivesIntactThroughReadAllBytes(boolean async) throws Exception {
        byte[] file = randomBytes(ONE_MEGABYTE, 2);
        LoopbackServer server = serve(respond(200, "application/octet-stream", file));

        try (BinaryResponse response = binary(executor(server), get("/files/f-1/content"), async)) {
            assertEquals(200, response.statusCode());
            assertEquals("application/octet-stream", response.contentType().orElseThrow());
            assertEquals("req-200", response.requestId().orElseThrow());
            assertEquals(
                    String.valueOf(ONE_MEGABYTE),
                    response.headers().firstValue("Content-Length").orElseThrow());
            assertArrayEquals(file, response.readAllBytes());
        }

        assertEquals("*/*", server.take().header("Accept"));
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void binaryBodyOfOneMegabyteArrivesIntactThroughWriteTo(boolean async) throws Exception {
        byte[] file = randomBytes(ONE_MEGABYTE, 3);
        LoopbackServer server = serve(respond(200, "application/zip", file));
        Path target = directory.resolve("download.zip");

        try (BinaryResponse response = binary(executor(server), get("/files/f-2/content"), async)) {
            assertEquals("application/zip", response.contentType().orElseThrow());
            assertEquals(ONE_MEGABYTE, response.writeTo(target));
        }

        assertArrayEquals(file, Files.readAllBytes(target));
        assertEquals("*/*", server.take().header("Accept"));
    }

    // Event streams.

    private <T> EventStream<T> events(
            HttpExecutor executor, ApiRequest request, Function<ServerSentEvent, T> decoder, boolean async)
            throws Exception {
        return async
                ? await(assertDoesNotThrow(
                        () -> executor.sendAsync(new ApiCall.Events<>(request, decoder), RequestOptions.none())))
                : executor.send(new ApiCall.Events<>(request, decoder), RequestOptions.none());
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void eventStreamHandsOutEachEventAsTheServerSendsItUntilDone(boolean async) throws Exception {
        CountDownLatch firstEventRead = new CountDownLatch(1);
        CompletableFuture<Boolean> releasedInTime = new CompletableFuture<>();
        LoopbackServer server = serve(exchange -> {
            OutputStream out = startEventStream(exchange);
            write(out, "data: {\"n\":1}\n\n");
            releasedInTime.complete(LoopbackServer.await(firstEventRead));
            write(out, "data: {\"n\":2}\n\n: a comment\n\ndata: [DONE]\n\ndata: {\"n\":3}\n\n");
            out.close();
        });
        List<String> read = new ArrayList<>();

        try (EventStream<JsonNode> events =
                events(executor(server), get("/chat/completions"), EventStream.dataDecoder(Codecs.JSON), async)) {
            assertEquals(200, events.statusCode());
            assertEquals("req-stream", events.requestId().orElseThrow());
            assertEquals(
                    "text/event-stream",
                    events.headers().firstValue("Content-Type").orElseThrow());
            Iterator<JsonNode> iterator = events.iterator();
            read.add(Json.write(iterator.next()));
            firstEventRead.countDown();
            iterator.forEachRemaining(event -> read.add(Json.write(event)));
        }

        assertTrue(
                releasedInTime.get(WAIT_SECONDS, TimeUnit.SECONDS),
                "the first event was handed out only after the server stopped waiting: the stream was buffered");
        assertEquals(List.of("{\"n\":1}", "{\"n\":2}"), read);
        assertEquals("text/event-stream", server.take().header("Accept"));
        assertEquals(List.of(), errors.calls);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void envelopeDecoderGivesEachEventsDataTypeAndId(boolean async) throws Exception {
        LoopbackServer server = serve(eventStream("event: delta\nid: 7\ndata: {\"text\":\"Hel\"}\n\n"
                + "data: lo\ndata: world\n\n"
                + "event: done\ndata: [DONE]\n\n"));

        List<String> envelopes;
        try (EventStream<JsonNode> events =
                events(executor(server), get("/responses"), EventStream.envelopeDecoder(Codecs.JSON), async)) {
            envelopes = events.stream().map(Json::write).collect(Collectors.toList());
        }

        assertEquals(
                List.of(
                        "{\"data\":{\"text\":\"Hel\"},\"event\":\"delta\",\"id\":\"7\"}",
                        "{\"data\":\"lo\\nworld\",\"id\":\"7\"}"),
                envelopes);
        assertEquals("text/event-stream", server.take().header("Accept"));
    }

    @Test
    void closingAnEventStreamEarlyEndsTheEventsAndDropsTheConnection() throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        CompletableFuture<Boolean> serverCutOff = new CompletableFuture<>();
        LoopbackServer server = serve(exchange -> {
            OutputStream out = startEventStream(exchange);
            write(out, "data: {\"n\":1}\n\n");
            LoopbackServer.await(closed);
            String event = "data: {\"padding\":\"" + "x".repeat(1000) + "\"}\n\n";
            try {
                // Far more than any socket buffers hold: writing must fail once the client has hung up.
                for (int i = 0; i < 100_000; i++) {
                    write(out, event);
                }
                serverCutOff.complete(false);
            } catch (IOException hungUp) {
                serverCutOff.complete(true);
            }
        });

        EventStream<JsonNode> events =
                executor(server).send(ApiCall.events(get("/stream"), Codecs.JSON), RequestOptions.none());
        Iterator<JsonNode> iterator = events.iterator();
        assertEquals("{\"n\":1}", Json.write(iterator.next()));
        events.close();
        closed.countDown();

        assertFalse(iterator.hasNext());
        assertThrows(NoSuchElementException.class, iterator::next);
        assertTrue(serverCutOff.get(WAIT_SECONDS, TimeUnit.SECONDS), "the connection stayed open after close()");
        assertEquals(List.of(), errors.calls);
    }

    @Test
    void eventWhoseDataDoesNotFitTheCodecFailsTheIterationAsAnInvalidResponse() throws Exception {
        LoopbackServer server = serve(eventStream("data: \"ok\"\n\ndata: {\"text\":\"hi\"}\n\ndata: \"after\"\n\n"));

        try (EventStream<String> events =
                executor(server).send(ApiCall.events(get("/stream"), Codecs.STRING), RequestOptions.none())) {
            Iterator<String> iterator = events.iterator();
            assertEquals("ok", iterator.next());
            Failure thrown = assertThrows(Failure.class, iterator::next);

            assertEquals("invalid", thrown.getMessage());
            assertEquals(List.of("forInvalidResponse"), errors.calls);
            assertEquals(200, errors.response.statusCode());
            assertEquals("{\"text\":\"hi\"}", errors.response.bodyText());
            assertEquals("req-stream", errors.response.requestId().orElseThrow());
            assertEquals("$", errors.invalid.path());
        }
    }

    @Test
    void eventWhoseDataIsNotJsonFailsTheIterationAsAnInvalidResponse() throws Exception {
        LoopbackServer server = serve(eventStream("data: not json\n\n"));

        try (EventStream<JsonNode> events =
                executor(server).send(ApiCall.events(get("/stream"), Codecs.JSON), RequestOptions.none())) {
            assertThrows(Failure.class, () -> events.iterator().next());
        }

        assertEquals(List.of("forInvalidResponse"), errors.calls);
        assertEquals("not json", errors.response.bodyText());
    }

    // Failures of streamed calls.

    /** The four calls that hand out a streamed body; each reads the body to its end as text. */
    private enum StreamedCall {
        EVENT_STREAM(true) {
            @Override
            String readAll(HttpExecutor executor, ApiRequest request) {
                try (EventStream<JsonNode> events =
                        executor.send(ApiCall.events(request, Codecs.JSON), RequestOptions.none())) {
                    return joined(events);
                }
            }
        },
        EVENT_STREAM_ASYNC(true) {
            @Override
            String readAll(HttpExecutor executor, ApiRequest request) throws Exception {
                CompletableFuture<EventStream<JsonNode>> future = assertDoesNotThrow(
                        () -> executor.sendAsync(ApiCall.events(request, Codecs.JSON), RequestOptions.none()));
                try (EventStream<JsonNode> events = await(future)) {
                    return joined(events);
                }
            }
        },
        BINARY(false) {
            @Override
            String readAll(HttpExecutor executor, ApiRequest request) {
                try (BinaryResponse response = executor.send(ApiCall.binary(request), RequestOptions.none())) {
                    return new String(response.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        },
        BINARY_ASYNC(false) {
            @Override
            String readAll(HttpExecutor executor, ApiRequest request) throws Exception {
                CompletableFuture<BinaryResponse> future =
                        assertDoesNotThrow(() -> executor.sendAsync(ApiCall.binary(request), RequestOptions.none()));
                try (BinaryResponse response = await(future)) {
                    return new String(response.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        };

        private final boolean events;

        StreamedCall(boolean events) {
            this.events = events;
        }

        abstract String readAll(HttpExecutor executor, ApiRequest request) throws Exception;

        /** What {@link #readAll} gives for a 200 with {@link #TWO_EVENTS}. */
        String expectedForTwoEvents() {
            return events ? "{\"n\":1} {\"n\":2}" : TWO_EVENTS;
        }

        String accept() {
            return events ? "text/event-stream" : "*/*";
        }

        private static String joined(EventStream<JsonNode> events) {
            return events.stream().map(Json::write).collect(Collectors.joining(" "));
        }
    }

    @ParameterizedTest
    @EnumSource(StreamedCall.class)
    void serverErrorBeforeAStreamedBodyIsReadRetriedAndThenStreams(StreamedCall call) throws Exception {
        byte[] errorBody = randomBytes(ONE_MEGABYTE, 4);
        CompletableFuture<Boolean> errorBodyDelivered = new CompletableFuture<>();
        LoopbackServer server = serve(
                exchange -> {
                    try {
                        send(exchange, 500, "application/octet-stream", errorBody);
                        errorBodyDelivered.complete(true);
                    } catch (IOException cutOff) {
                        errorBodyDelivered.complete(false);
                    }
                },
                eventStream(TWO_EVENTS));

        assertEquals(call.expectedForTwoEvents(), call.readAll(executor(server), get("/stream")));

        assertTrue(errorBodyDelivered.get(WAIT_SECONDS, TimeUnit.SECONDS), "the 500's body was cut off");
        assertEquals(2, server.requestCount());
        Received failed = server.take();
        Received retried = server.take();
        assertEquals(call.accept(), failed.header("Accept"));
        assertEquals(call.accept(), retried.header("Accept"));
        assertEquals(
                failed.clientPort(),
                retried.clientPort(),
                "the retry did not reuse the connection: the 500's body was not read to its end");
        assertEquals(1, sleeper.waits.size(), "one retry, waited on the sleeper: " + sleeper.waits);
        assertEquals(List.of(), errors.calls);
    }

    @ParameterizedTest
    @EnumSource(StreamedCall.class)
    void streamedCallThatKeepsFailingIsTheStatusExceptionWithTheLastErrorBody(StreamedCall call) throws Exception {
        byte[] last = {'{', '"', 'e', '"', ':', '3', '}', (byte) 0xFF, 0};
        LoopbackServer server = serve(
                respond(503, "application/json", utf8("{\"e\":1}")),
                respond(502, "application/json", utf8("{\"e\":2}")),
                respond(500, "application/json", last));

        Failure thrown = assertThrows(Failure.class, () -> call.readAll(executor(server), get("/stream")));

        assertEquals("status", thrown.getMessage());
        assertEquals(List.of("forStatus"), errors.calls);
        assertEquals(500, errors.response.statusCode());
        assertArrayEquals(last, errors.response.body());
        assertEquals(3, errors.response.attempts());
        assertEquals(3, server.requestCount());
        assertEquals(2, sleeper.waits.size(), "two retries, waited on the sleeper: " + sleeper.waits);
    }

    @ParameterizedTest
    @EnumSource(StreamedCall.class)
    void clientErrorOnAStreamedCallIsTheStatusExceptionWithTheErrorBodyAndNoRetry(StreamedCall call) throws Exception {
        byte[] errorBody = {'{', '"', 'e', 'r', 'r', 'o', 'r', '"', ':', '"', 'b', 'a', 'd', '"', '}', (byte) 0xC3};
        LoopbackServer server = serve(respond(400, "application/json", errorBody));

        Failure thrown = assertThrows(Failure.class, () -> call.readAll(executor(server), get("/stream")));

        assertEquals("status", thrown.getMessage());
        assertEquals(List.of("forStatus"), errors.calls);
        assertEquals(400, errors.response.statusCode());
        assertArrayEquals(errorBody, errors.response.body());
        assertEquals("req-400", errors.response.requestId().orElseThrow());
        assertEquals(1, errors.response.attempts());
        assertEquals(1, server.requestCount());
        assertEquals(call.accept(), server.take().header("Accept"));
        assertEquals(List.of(), sleeper.waits);
    }

    @ParameterizedTest
    @EnumSource(StreamedCall.class)
    void errorBodyThatStallsOnAStreamedCallIsCutOffByTheTimeout(StreamedCall call) throws Exception {
        CountDownLatch testDone = new CountDownLatch(1);
        LoopbackServer server = serve(exchange -> {
            exchange.sendResponseHeaders(500, 100);
            OutputStream out = exchange.getResponseBody();
            out.write(new byte[10]);
            out.flush();
            // Holds the rest of the body until the test ends, and never longer than a test waits.
            LoopbackServer.await(testDone);
            out.write(new byte[90]);
            out.close();
        });
        try {
            // The headers arrive at once; only the error body stalls, beyond the timeout.
            HttpExecutor executor = executor(server, Duration.ofMillis(200), 0);

            Failure thrown = assertThrows(Failure.class, () -> call.readAll(executor, get("/stream")));

            assertEquals("timeout", thrown.getMessage());
            assertEquals(List.of("forTimeout"), errors.calls);
        } finally {
            testDone.countDown();
        }
    }

    // Request bodies.

    private static Responder noContent() {
        return respond(204, null, new byte[0]);
    }

    @Test
    void jsonBodyIsSentAsUtf8ApplicationJson() throws Exception {
        LoopbackServer server = serve(noContent());

        executor(server)
                .send(
                        ApiCall.noContent(ApiRequest.builder("POST", "/notes")
                                .jsonBody(Json.parse("{\"text\":\"café ✓\",\"n\":1.50}"))
                                .build()),
                        RequestOptions.none());

        Received sent = server.take();
        assertEquals("POST", sent.method());
        assertEquals("application/json", sent.header("Content-Type"));
        assertArrayEquals(utf8("{\"text\":\"café ✓\",\"n\":1.50}"), sent.body());
    }

    @Test
    void formBodyIsSentUrlEncoded() throws Exception {
        LoopbackServer server = serve(noContent());

        executor(server)
                .send(
                        ApiCall.noContent(ApiRequest.builder("POST", "/oauth/token")
                                .formBody(Json.parse("{\"grant_type\":\"client credentials\",\"scope\":[\"a\",\"b\"],"
                                        + "\"meta\":{\"k\":\"v&w=é\"},\"skip\":null}"))
                                .build()),
                        RequestOptions.none());

        Received sent = server.take();
        assertEquals("application/x-www-form-urlencoded", sent.header("Content-Type"));
        assertEquals(
                "grant_type=client%20credentials&scope=a&scope=b&meta%5Bk%5D=v%26w%3D%C3%A9",
                new String(sent.body(), StandardCharsets.US_ASCII));
    }

    /** Bytes that a careless multipart encoder would mangle: every byte value, line breaks and dashes among them. */
    private static byte[] awkwardFileContent() {
        byte[] content = new byte[256 * 400];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }
        byte[] tricky = utf8("\r\n--\r\n\r\n--kiln-boundary-\r\n");
        System.arraycopy(tricky, 0, content, 1000, tricky.length);
        return content;
    }

    /** A multipart request with a text field, a JSON field, a file on disk and a file in memory. */
    private ApiRequest multipartUpload(byte[] fileOnDisk, byte[] fileInMemory) throws IOException {
        Path file = directory.resolve("train.bin");
        Files.write(file, fileOnDisk);
        ObjectNode fields = Json.nodes().objectNode();
        fields.put("purpose", "fine-tune ✓");
        fields.set("meta", Json.parse("{\"epochs\":3}"));
        fields.set("file", Codecs.FILE_CONTENT.encode(FileContent.of(file, "application/x-train")));
        fields.set("notes", Codecs.FILE_CONTENT.encode(FileContent.of(fileInMemory, "notes.txt", "text/plain")));
        return ApiRequest.builder("POST", "/files").multipartBody(fields).build();
    }

    private static void assertUpload(Received sent, byte[] fileOnDisk, byte[] fileInMemory) {
        String contentType = sent.header("Content-Type");
        assertTrue(contentType.startsWith("multipart/form-data; boundary="), contentType);
        assertEquals(String.valueOf(sent.body().length), sent.header("Content-Length"));
        List<Part> parts = ReceivedMultipart.parse(contentType, sent.body());
        assertEquals(
                List.of("purpose", "meta", "file", "notes"),
                parts.stream().map(Part::name).toList());

        assertEquals("fine-tune ✓", parts.get(0).text());
        assertNull(parts.get(0).filename());
        assertEquals("application/json", parts.get(1).contentType());
        assertEquals("{\"epochs\":3}", parts.get(1).text());
        assertEquals("train.bin", parts.get(2).filename());
        assertEquals("application/x-train", parts.get(2).contentType());
        assertArrayEquals(fileOnDisk, parts.get(2).content());
        assertEquals("notes.txt", parts.get(3).filename());
        assertEquals("text/plain", parts.get(3).contentType());
        assertArrayEquals(fileInMemory, parts.get(3).content());
    }

    @Test
    void multipartBodyCarriesItsFieldsAndFilesIntact() throws Exception {
        byte[] onDisk = awkwardFileContent();
        byte[] inMemory = utf8("line one\r\nline two ✓");
        LoopbackServer server = serve(noContent());

        executor(server).send(ApiCall.noContent(multipartUpload(onDisk, inMemory)), RequestOptions.none());

        Received sent = server.take();
        assertEquals("POST", sent.method());
        assertUpload(sent, onDisk, inMemory);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void retriedMultipartRequestSendsTheSameBytesAgain(boolean async) throws Exception {
        byte[] onDisk = awkwardFileContent();
        byte[] inMemory = utf8("notes");
        LoopbackServer server = serve(respond(503, "application/json", utf8("{\"error\":\"busy\"}")), noContent());
        HttpExecutor executor = executor(server);
        ApiRequest upload = multipartUpload(onDisk, inMemory);

        if (async) {
            await(executor.sendAsync(ApiCall.noContent(upload), RequestOptions.none()));
        } else {
            executor.send(ApiCall.noContent(upload), RequestOptions.none());
        }

        Received first = server.take();
        Received second = server.take();
        assertEquals(1, sleeper.waits.size());
        assertEquals(first.header("Content-Type"), second.header("Content-Type"));
        assertArrayEquals(first.body(), second.body());
        assertUpload(second, onDisk, inMemory);
        assertEquals(List.of(), errors.calls);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void aFileToUploadThatCannotBeReadIsTheIoExceptionAndNothingIsSent(boolean async) throws Exception {
        LoopbackServer server = serve(noContent());
        HttpExecutor executor = executor(server);
        Map<String, List<FileContent>> files =
                Map.of("file", List.of(FileContent.of(Path.of("no-such-dir", "gone.bin"))));
        ApiRequest upload = ApiRequest.builder("POST", "/files")
                .content(RequestContent.multipart(Json.parse("{}"), files))
                .build();

        Failure failure = assertThrows(Failure.class, () -> {
            if (async) {
                await(executor.sendAsync(ApiCall.noContent(upload), RequestOptions.none()));
            } else {
                executor.send(ApiCall.noContent(upload), RequestOptions.none());
            }
        });

        assertEquals("io", failure.getMessage());
        assertEquals(List.of("forIo"), errors.calls);
        assertEquals(0, server.requestCount());
    }

    // Cookies.

    @Test
    void cookiesAreSentInOneHeaderWithTheirValuesEncoded() throws Exception {
        LoopbackServer server = serve(noContent());

        executor(server)
                .send(
                        ApiCall.noContent(ApiRequest.builder("GET", "/me")
                                .cookie("session", "a b")
                                .cookie("theme", "dark")
                                .build()),
                        RequestOptions.none());

        assertEquals("session=a%20b; theme=dark", server.take().header("Cookie"));
    }

    @Test
    void requestWithoutCookiesSendsNoCookieHeader() throws Exception {
        LoopbackServer server = serve(noContent());

        executor(server)
                .send(
                        ApiCall.noContent(ApiRequest.builder("GET", "/me")
                                .cookie("absent", null)
                                .build()),
                        RequestOptions.none());

        assertNull(server.take().header("Cookie"));
    }
}
