package dev.kiln.runtime.core;

import static dev.kiln.runtime.core.LoopbackServer.WAIT_SECONDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each kind of {@link ApiCall} asks for its body with its own {@code Accept} header and gives its answer read as it
 * says, the same blocking and asynchronously; the raw form keeps status, headers and request id.
 */
class ApiCallTest {
    private static final String EVENTS = "event: delta\nid: 7\ndata: {\"n\":1}\n\ndata: {\"n\":2}\n\n";

    private LoopbackServer server;
    private HttpExecutor executor;

    @BeforeEach
    void start() throws IOException {
        server = LoopbackServer.start(ApiCallTest::answer);
        executor = new HttpExecutor(
                ClientOptions.builder().baseUrl(server.baseUrl()).build(), new RecordingErrors());
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.stop();
    }

    /** Answers each path with one kind of body. */
    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        exchange.getResponseHeaders().set("x-request-id", "req-" + path.substring(path.lastIndexOf('/') + 1));
        switch (path) {
            case "/v1/json" ->
                reply(exchange, 201, "application/json", "{\"id\":\"ep-1\"}".getBytes(StandardCharsets.UTF_8));
            case "/v1/empty" -> reply(exchange, 204, "application/json", new byte[0]);
            case "/v1/text" ->
                reply(
                        exchange,
                        200,
                        "text/plain; charset=ISO-8859-1",
                        "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
            case "/v1/binary" -> reply(exchange, 200, "audio/mpeg", new byte[] {0, 1, 2, (byte) 255});
            case "/v1/events" -> reply(exchange, 200, "text/event-stream", EVENTS.getBytes(StandardCharsets.UTF_8));
            default -> reply(exchange, 404, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void reply(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static ApiRequest get(String path) {
        return ApiRequest.builder("GET", path).build();
    }

    /** Sends a call blocking or asynchronously, as the test's parameter says. */
    private <T> T send(ApiCall<T> call, boolean async) throws Exception {
        if (!async) {
            return executor.send(call, RequestOptions.none());
        }
        CompletableFuture<T> future = executor.sendAsync(call, RequestOptions.none());
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private String acceptSent() throws InterruptedException {
        return server.take().header("Accept");
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void jsonIsDecodedWithTheCodec(boolean async) throws Exception {
        JsonNode body = send(ApiCall.json(get("/json"), Codecs.JSON), async);

        assertEquals("ep-1", body.get("id").asText());
        assertEquals("application/json", acceptSent());
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void noContentGivesNull(boolean async) throws Exception {
        assertNull(send(ApiCall.noContent(get("/empty")), async));
        assertEquals("application/json", acceptSent());
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void textIsReadInTheCharsetTheResponseNames(boolean async) throws Exception {
        assertEquals("caf\u00e9", send(ApiCall.text(get("/text")), async));
        assertEquals("text/*, */*;q=0.5", acceptSent());
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void binaryIsHandedOverAsAnOpenStream(boolean async) throws Exception {
        try (BinaryResponse response = send(ApiCall.binary(get("/binary")), async);
                InputStream body = response.body()) {
            assertEquals(200, response.statusCode());
            assertEquals(
                    "audio/mpeg", response.headers().firstValue("Content-Type").orElseThrow());
            assertArrayEquals(new byte[] {0, 1, 2, (byte) 255}, body.readAllBytes());
        }
        assertEquals("*/*", acceptSent());
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void eventsAreTheDataOfEachEventDecoded(boolean async) throws Exception {
        try (EventStream<JsonNode> events = send(ApiCall.events(get("/events"), Codecs.JSON), async)) {
            List<Integer> numbers =
                    events.stream().map(event -> event.get("n").asInt()).toList();
            assertEquals(List.of(1, 2), numbers);
        }
        assertEquals("text/event-stream", acceptSent());
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void eventEnvelopesCarryTheEventTypeAndId(boolean async) throws Exception {
        try (EventStream<JsonNode> events = send(ApiCall.eventEnvelopes(get("/events"), Codecs.JSON), async)) {
            List<JsonNode> envelopes = events.stream().toList();
            assertEquals(
                    "{\"data\":{\"n\":1},\"event\":\"delta\",\"id\":\"7\"}",
                    envelopes.get(0).toString());
            // the last event id carries over to the events after it, as in the event-stream format
            assertEquals("{\"data\":{\"n\":2},\"id\":\"7\"}", envelopes.get(1).toString());
        }
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void rawJsonKeepsStatusAndRequestIdAndParsesOnDemand(boolean async) throws Exception {
        RawResponse<JsonNode> raw = send(ApiCall.json(get("/json"), Codecs.JSON).raw(), async);

        assertEquals(201, raw.statusCode());
        assertEquals("req-json", raw.requestId().orElseThrow());
        assertEquals("ep-1", raw.parse().get("id").asText());
        assertEquals("application/json", acceptSent());
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void rawTextAsksForTextAndParsesIt(boolean async) throws Exception {
        RawResponse<String> raw = send(ApiCall.text(get("/text")).raw(), async);

        assertEquals(200, raw.statusCode());
        assertEquals("caf\u00e9", raw.parse());
        assertEquals("text/*, */*;q=0.5", acceptSent());
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void rawNoContentParsesToNull(boolean async) throws Exception {
        RawResponse<Void> raw = send(ApiCall.noContent(get("/empty")).raw(), async);

        assertEquals(204, raw.statusCode());
        assertEquals("req-empty", raw.requestId().orElseThrow());
        assertNull(raw.parse());
    }

    @Test
    void publishedEventsAreSentOnSubscription() throws Exception {
        Flow.Publisher<JsonNode> publisher =
                executor.publish(ApiCall.events(get("/events"), Codecs.JSON), RequestOptions.none());
        assertEquals(0, server.requestCount(), "sent before anyone subscribed");

        List<Integer> numbers = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(JsonNode item) {
                numbers.add(item.get("n").asInt());
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });

        done.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(List.of(1, 2), numbers);
        assertEquals("text/event-stream", acceptSent());
    }

    @Test
    void theRawFormSendsTheRequestOfTheCallItWraps() {
        ApiRequest request = get("/json");
        ApiCall.JsonBody<JsonNode> call = ApiCall.json(request, Codecs.JSON);

        assertSame(request, call.raw().request());
        assertSame(call, call.raw().call());
    }

    @Test
    void aCallWithoutItsPartsIsRejectedNamingThePart() {
        ApiRequest request = get("/json");

        assertEquals(
                "request",
                assertThrows(NullPointerException.class, () -> ApiCall.json(null, Codecs.JSON))
                        .getMessage());
        assertEquals(
                "codec",
                assertThrows(NullPointerException.class, () -> ApiCall.json(request, null))
                        .getMessage());
        assertEquals(
                "request",
                assertThrows(NullPointerException.class, () -> ApiCall.noContent(null))
                        .getMessage());
        assertEquals(
                "request",
                assertThrows(NullPointerException.class, () -> ApiCall.text(null))
                        .getMessage());
        assertEquals(
                "request",
                assertThrows(NullPointerException.class, () -> ApiCall.binary(null))
                        .getMessage());
        assertEquals(
                "decoder",
                assertThrows(NullPointerException.class, () -> new ApiCall.Events<>(request, null))
                        .getMessage());
        assertEquals(
                "call",
                assertThrows(NullPointerException.class, () -> new ApiCall.Raw<>(null))
                        .getMessage());
    }

    @Test
    void onlyCallsWhoseBodyIsReadWholeHaveARawForm() {
        assertTrue(hasRaw(ApiCall.JsonBody.class));
        assertTrue(hasRaw(ApiCall.NoContent.class));
        assertTrue(hasRaw(ApiCall.TextBody.class));
        // a binary body or an event stream carries its status and headers already, and is not read whole
        assertFalse(hasRaw(ApiCall.BinaryBody.class));
        assertFalse(hasRaw(ApiCall.Events.class));
    }

    private static boolean hasRaw(Class<?> kind) {
        return Arrays.stream(kind.getMethods())
                .anyMatch(method -> method.getName().equals("raw"));
    }
}
