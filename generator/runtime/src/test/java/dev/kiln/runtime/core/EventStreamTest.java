package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventStreamTest {
    private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);

    /** A streamed chat chunk, as a generated model would read it. */
    private record Chunk(String id, String content) {}

    private static final Codec<Chunk> CHUNK = Codecs.object(
            (node, path) -> {
                JsonObjectReader reader = JsonObjectReader.of(node, path);
                return new Chunk(
                        reader.field("id", Codecs.STRING).required("id", path),
                        reader.field("content", Codecs.STRING).required("content", path));
            },
            value -> JsonObjectWriter.create()
                    .field("id", JsonField.of(value.id()), Codecs.STRING)
                    .field("content", JsonField.of(value.content()), Codecs.STRING)
                    .build());

    /** Counts how often the response was released. */
    private static final class Release implements Closeable {
        final AtomicInteger count = new AtomicInteger();

        @Override
        public void close() {
            count.incrementAndGet();
        }
    }

    private final Release release = new Release();

    private <T> EventStream<T> stream(InputStream body, Function<ServerSentEvent, T> decoder) {
        return new EventStream<>(new ServerSentEventReader(body), decoder, release, 200, NO_HEADERS);
    }

    private EventStream<String> rawStream(TrackedInputStream body) {
        return stream(body, ServerSentEvent::data);
    }

    private static List<String> collect(Iterable<String> events) {
        List<String> all = new ArrayList<>();
        events.forEach(all::add);
        return all;
    }

    @Test
    void iteratesTheDecodedEventsInOrder() {
        TrackedInputStream body = TrackedInputStream.ofChunks(
                "data: {\"id\":\"c1\",\"content\":\"Hel\"}\n\n",
                ": keep-alive\n\n",
                "data: {\"id\":\"c1\",\"content\":\"lo\"}\n\n");

        List<Chunk> chunks = new ArrayList<>();
        try (EventStream<Chunk> events = stream(body, EventStream.dataDecoder(CHUNK))) {
            events.forEach(chunks::add);
        }

        assertEquals(List.of(new Chunk("c1", "Hel"), new Chunk("c1", "lo")), chunks);
    }

    @Test
    void endsAtDoneWithoutReadingFurtherOrYieldingIt() {
        TrackedInputStream body = TrackedInputStream.ofChunks(
                "data: {\"id\":\"c1\",\"content\":\"x\"}\n\n", "data: [DONE]\n\n", "data: not read\n\n");
        EventStream<Chunk> events = stream(body, EventStream.dataDecoder(CHUNK));

        Iterator<Chunk> iterator = events.iterator();
        assertEquals(new Chunk("c1", "x"), iterator.next());
        assertFalse(iterator.hasNext());
        assertFalse(iterator.hasNext());

        assertEquals(2, body.chunksStarted());
        assertThrows(NoSuchElementException.class, iterator::next);
    }

    @Test
    void onlyDataThatIsExactlyDoneEndsTheEvents() {
        TrackedInputStream body = TrackedInputStream.ofChunks(
                "data: [DONE]!\n\n", "data:  [DONE]\n\n", "data: [done]\n\n", "event: done\ndata: {}\n\n");

        assertEquals(List.of("[DONE]!", " [DONE]", "[done]", "{}"), collect(rawStream(body)));
    }

    @Test
    void closesItselfWhenTheEventsEnd() {
        TrackedInputStream body = TrackedInputStream.ofChunks("data: a\n\n", "data: [DONE]\n\n");
        EventStream<String> events = rawStream(body);

        assertEquals(List.of("a"), collect(events));

        assertEquals(1, body.closes());
        assertEquals(1, release.count.get());
        events.close();
        assertEquals(1, release.count.get());
    }

    @Test
    void closeIsIdempotentAndReleasesTheReaderThenTheResponse() {
        TrackedInputStream body = TrackedInputStream.ofChunks("data: a\n\n");
        List<String> order = new ArrayList<>();
        InputStream tracked = new InputStream() {
            @Override
            public int read() throws IOException {
                return body.read();
            }

            @Override
            public void close() {
                order.add("reader");
            }
        };
        Closeable response = () -> order.add("response");
        EventStream<String> events =
                new EventStream<>(new ServerSentEventReader(tracked), ServerSentEvent::data, response, 200, NO_HEADERS);

        events.close();
        events.close();

        assertEquals(List.of("reader", "response"), order);
    }

    @Test
    void afterCloseThereIsNoNextEvenForAnEventAlreadyRead() {
        TrackedInputStream body = TrackedInputStream.ofChunks("data: a\n\n", "data: b\n\n");
        EventStream<String> events = rawStream(body);
        Iterator<String> iterator = events.iterator();
        assertTrue(iterator.hasNext());

        events.close();

        assertFalse(iterator.hasNext());
        assertThrows(NoSuchElementException.class, iterator::next);
        assertEquals(1, body.closes());
        assertEquals(1, release.count.get());
    }

    @Test
    void closeReleasesTheResponseEvenWhenClosingTheReaderFails() {
        IOException readerFailure = new IOException("reader");
        TrackedInputStream body = TrackedInputStream.ofChunks("data: a\n\n").failOnClose(readerFailure);
        EventStream<String> events = rawStream(body);

        UncheckedIOException e = assertThrows(UncheckedIOException.class, events::close);

        assertSame(readerFailure, e.getCause());
        assertEquals(1, release.count.get());
    }

    @Test
    void closeReportsBothFailures() {
        IOException readerFailure = new IOException("reader");
        IOException responseFailure = new IOException("response");
        EventStream<String> events = new EventStream<>(
                new ServerSentEventReader(TrackedInputStream.ofChunks().failOnClose(readerFailure)),
                ServerSentEvent::data,
                () -> {
                    throw responseFailure;
                },
                200,
                NO_HEADERS);

        UncheckedIOException e = assertThrows(UncheckedIOException.class, events::close);

        assertSame(readerFailure, e.getCause());
        assertArrayEquals(new Throwable[] {responseFailure}, readerFailure.getSuppressed());
    }

    @Test
    void iteratesOnlyOnce() {
        EventStream<String> events = rawStream(TrackedInputStream.ofChunks("data: a\n\n"));
        events.iterator();

        assertThrows(IllegalStateException.class, events::iterator);
        assertThrows(IllegalStateException.class, events::stream);
    }

    @Test
    void readFailureIsUnchecked() {
        IOException reset = new IOException("connection reset");
        EventStream<String> events =
                rawStream(TrackedInputStream.ofChunks("data: a\n\n", "data: b").thenFail(reset));
        Iterator<String> iterator = events.iterator();
        assertEquals("a", iterator.next());

        UncheckedIOException e = assertThrows(UncheckedIOException.class, iterator::hasNext);

        assertSame(reset, e.getCause());
        assertFalse(iterator.hasNext());
    }

    @Test
    void decodingFailureReachesTheCallerAndTheNextEventStillComes() {
        TrackedInputStream body = TrackedInputStream.ofChunks(
                "data: {\"id\":\"c1\"}\n\n", "data: not json\n\n", "data: {\"id\":\"c2\",\"content\":\"ok\"}\n\n");
        Iterator<Chunk> iterator = stream(body, EventStream.dataDecoder(CHUNK)).iterator();

        JsonDataException missing = assertThrows(JsonDataException.class, iterator::next);
        assertTrue(missing.getMessage().startsWith("$"), missing.getMessage());
        JsonDataException malformed = assertThrows(JsonDataException.class, iterator::next);
        assertEquals("$", malformed.path());
        assertEquals(new Chunk("c2", "ok"), iterator.next());
        assertFalse(iterator.hasNext());
    }

    @Test
    void streamYieldsTheEventsAndClosingItClosesTheEventStream() {
        TrackedInputStream body = TrackedInputStream.ofChunks("data: a\n\n", "data: b\n\n", "data: c\n\n");
        EventStream<String> events = rawStream(body);

        try (Stream<String> stream = events.stream()) {
            assertEquals(List.of("a", "b"), stream.limit(2).collect(Collectors.toList()));
            assertEquals(0, release.count.get());
        }

        assertEquals(1, release.count.get());
        assertEquals(1, body.closes());
    }

    @Test
    void closeFromAnotherThreadEndsAWaitingIteration() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        InputStream waiting = new InputStream() {
            @Override
            public int read() throws IOException {
                reading.countDown();
                try {
                    closed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("stream closed");
            }

            @Override
            public void close() {
                closed.countDown();
            }
        };
        EventStream<String> events = stream(waiting, ServerSentEvent::data);
        Iterator<String> iterator = events.iterator();

        CompletableFuture<Boolean> hasNext = CompletableFuture.supplyAsync(iterator::hasNext);
        assertTrue(reading.await(10, TimeUnit.SECONDS));
        events.close();

        assertFalse(hasNext.get(10, TimeUnit.SECONDS));
        assertEquals(1, release.count.get());
    }

    // Response metadata.

    @Test
    void exposesStatusHeadersAndRequestId() {
        HttpHeaders headers = HttpHeaders.of(
                Map.of("X-Request-Id", List.of("req_42"), "Content-Type", List.of("text/event-stream")),
                (name, value) -> true);
        EventStream<String> events = new EventStream<>(
                new ServerSentEventReader(TrackedInputStream.ofChunks()), ServerSentEvent::data, release, 201, headers);

        assertEquals(201, events.statusCode());
        assertSame(headers, events.headers());
        assertEquals(Optional.of("req_42"), events.requestId());
        assertEquals("EventStream{statusCode=201, requestId=req_42}", events.toString());
    }

    @Test
    void requestIdFallsBackLikeOtherResponses() {
        HttpHeaders headers = HttpHeaders.of(Map.of("request-id", List.of("r-7")), (name, value) -> true);
        EventStream<String> withFallback = new EventStream<>(
                new ServerSentEventReader(TrackedInputStream.ofChunks()), ServerSentEvent::data, release, 200, headers);

        assertEquals(Optional.of("r-7"), withFallback.requestId());
        assertEquals(Optional.empty(), rawStream(TrackedInputStream.ofChunks()).requestId());
    }

    // Decoders.

    @Test
    void dataDecoderParsesTheDataAsJson() {
        ServerSentEvent event = new ServerSentEvent("delta", "{\"a\":[1,2.50]}", "9");

        JsonNode decoded = EventStream.dataDecoder(Codecs.JSON).apply(event);

        assertEquals(Json.parse("{\"a\":[1,2.50]}"), decoded);
        assertEquals("s", EventStream.dataDecoder(Codecs.STRING).apply(new ServerSentEvent("", "\"s\"", "")));
        JsonDataException wrongType = assertThrows(
                JsonDataException.class,
                () -> EventStream.dataDecoder(Codecs.STRING).apply(new ServerSentEvent("", "12", "")));
        assertEquals("$: expected a string but was number 12", wrongType.getMessage());
    }

    @Test
    void envelopeDecoderWrapsJsonDataWithTheEventsNameAndId() {
        Function<ServerSentEvent, JsonNode> decoder = EventStream.envelopeDecoder(Codecs.JSON);

        assertEquals(
                Json.parse("{\"data\":{\"delta\":\"x\"},\"event\":\"content_block_delta\",\"id\":\"e-3\"}"),
                decoder.apply(new ServerSentEvent("content_block_delta", "{\"delta\":\"x\"}", "e-3")));
        assertEquals(Json.parse("{\"data\":[1]}"), decoder.apply(new ServerSentEvent("message", "[1]", "")));
    }

    @Test
    void envelopeDecoderKeepsDataThatIsNotJsonAsAString() {
        Function<ServerSentEvent, JsonNode> decoder = EventStream.envelopeDecoder(Codecs.JSON);

        assertEquals(
                Json.parse("{\"data\":\"[DONE] or plain text\"}"),
                decoder.apply(new ServerSentEvent("", "[DONE] or plain text", "")));
        assertEquals(
                Json.parse("{\"data\":\"\",\"event\":\"ping\"}"), decoder.apply(new ServerSentEvent("ping", "", "")));
        assertEquals(Json.parse("{\"data\":12}"), decoder.apply(new ServerSentEvent("", "12", "")));
    }

    @Test
    void envelopeDecoderDecodesTheEnvelopeWithTheCodec() {
        record Envelope(String event, Chunk data) {}
        Codec<Envelope> envelope = Codecs.object(
                (node, path) -> {
                    JsonObjectReader reader = JsonObjectReader.of(node, path);
                    return new Envelope(
                            reader.field("event", Codecs.STRING).required("event", path),
                            reader.field("data", CHUNK).required("data", path));
                },
                value -> Json.nodes().objectNode());
        TrackedInputStream body = TrackedInputStream.ofChunks(
                "event: chunk\ndata: {\"id\":\"c1\",\"content\":\"hi\"}\n\n", "data: [DONE]\n\n");

        List<Envelope> decoded = new ArrayList<>();
        try (EventStream<Envelope> events = stream(body, EventStream.envelopeDecoder(envelope))) {
            events.forEach(decoded::add);
        }

        assertEquals(List.of(new Envelope("chunk", new Chunk("c1", "hi"))), decoded);
    }

    @Test
    void readsATogetherChatStreamToTheEnd() {
        TrackedInputStream body = TrackedInputStream.ofChunks(
                "data: {\"id\":\"8a1\",\"content\":\"The\"}\n\n",
                "data: {\"id\":\"8a1\",\"content\":\" answer\"}\n\n",
                "data: {\"id\":\"8a1\",\"content\":\" is 42\"}\n\n",
                "data: [DONE]\n\n");

        StringBuilder text = new StringBuilder();
        try (EventStream<Chunk> events = stream(body, EventStream.dataDecoder(CHUNK));
                Stream<Chunk> chunks = events.stream()) {
            chunks.map(Chunk::content).forEach(text::append);
        }

        assertEquals("The answer is 42", text.toString());
        assertEquals(1, release.count.get());
    }
}
