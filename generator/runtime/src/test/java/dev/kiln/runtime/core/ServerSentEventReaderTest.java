package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServerSentEventReaderTest {
    private static List<ServerSentEvent> readAll(InputStream in) throws IOException {
        List<ServerSentEvent> events = new ArrayList<>();
        try (ServerSentEventReader reader = new ServerSentEventReader(in)) {
            for (Optional<ServerSentEvent> event = reader.next(); event.isPresent(); event = reader.next()) {
                events.add(event.get());
            }
        }
        return events;
    }

    private static List<ServerSentEvent> readAll(String stream) throws IOException {
        return readAll(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> data(String stream) throws IOException {
        return readAll(stream).stream().map(ServerSentEvent::data).toList();
    }

    private static ServerSentEvent event(String event, String data, String id) {
        return new ServerSentEvent(event, data, id);
    }

    @Test
    void readsOneEventPerBlankLine() throws IOException {
        assertEquals(
                List.of(event("message", "first", ""), event("message", "second", "")),
                readAll("data: first\n\ndata: second\n\n"));
    }

    @Test
    void joinsDataLinesWithLineFeeds() throws IOException {
        assertEquals(
                List.of("line one\nline two\n\nline four"),
                data("data: line one\ndata: line two\ndata\ndata: line four\n\n"));
    }

    @Test
    void stripsOnlyOneSpaceAfterTheColon() throws IOException {
        assertEquals(
                List.of("no space", " two spaces", "a:b: c"),
                data("data:no space\n\ndata:  two spaces\n\ndata: a:b: c\n\n"));
    }

    @Test
    void dispatchesEmptyDataWhenADataFieldWasSeen() throws IOException {
        assertEquals(List.of("", "", "\n"), data("data\n\ndata:\n\ndata\ndata\n\n"));
    }

    @Test
    void skipsComments() throws IOException {
        assertEquals(List.of("kept"), data(": ping\n:\ndata: kept\n: in the middle\n\n: keep-alive\n\n"));
    }

    @Test
    void acceptsCrLfCrAndLfLineEndsMixed() throws IOException {
        assertEquals(List.of("a\nb", "c\nd", "e"), data("data: a\r\ndata: b\r\n\r\ndata: c\rdata: d\r\rdata: e\n\r\n"));
    }

    @Test
    void skipsALeadingByteOrderMarkOnce() throws IOException {
        assertEquals(List.of("a"), data("\uFEFFdata: a\n\n"));
        // A second mark is part of the field name, which is then unknown.
        assertEquals(List.of("a"), data("\uFEFFdata: a\n\n\uFEFFdata: b\n\n"));
        assertEquals(List.of(), data("\uFEFF\uFEFFdata: b\n\n"));
    }

    @Test
    void namesEventsAndDefaultsToMessage() throws IOException {
        assertEquals(
                List.of(event("message_start", "{}", ""), event("message", "plain", ""), event("message", "x", "")),
                readAll("event: message_start\ndata: {}\n\ndata: plain\n\nevent:\ndata: x\n\n"));
    }

    @Test
    void blankLineWithoutDataDispatchesNothingAndForgetsTheType() throws IOException {
        assertEquals(List.of(event("message", "y", "")), readAll("event: ping\n\ndata: y\n\n"));
    }

    @Test
    void lastEventIdCarriesOverUntilChanged() throws IOException {
        List<ServerSentEvent> events =
                readAll("id: 1\ndata: a\n\ndata: b\n\nid: 7\ndata: c\n\nid\ndata: d\n\nid: 9\n\ndata: e\n\n");

        assertEquals(
                List.of(Optional.of("1"), Optional.of("1"), Optional.of("7"), Optional.empty(), Optional.of("9")),
                events.stream().map(ServerSentEvent::id).toList());
    }

    @Test
    void ignoresAnIdContainingNull() throws IOException {
        List<ServerSentEvent> events = readAll("id: 3\ndata: a\n\nid: 4\u00005\ndata: b\n\n");

        assertEquals(Optional.of("3"), events.get(1).id());
    }

    @Test
    void setsTheReconnectionTimeOnlyFromDigits() throws IOException {
        ServerSentEventReader reader = new ServerSentEventReader(new ByteArrayInputStream(("retry: 3000\ndata: a\n\n"
                        + "retry: 12a\nretry: -5\nretry:\nretry:  100\ndata: b\n\n"
                        + "retry: 99999999999999999999\n\n")
                .getBytes(StandardCharsets.UTF_8)));

        assertEquals(OptionalLong.empty(), reader.retry());
        assertEquals("a", reader.next().orElseThrow().data());
        assertEquals(OptionalLong.of(3000), reader.retry());
        assertEquals("b", reader.next().orElseThrow().data());
        assertEquals(Optional.empty(), reader.next());
        assertEquals(OptionalLong.of(3000), reader.retry());
    }

    @Test
    void ignoresUnknownAndDifferentlyCasedFields() throws IOException {
        assertEquals(
                List.of(event("message", "x", "")),
                readAll("foo: bar\nData: no\nEVENT: no\nid : no\ndata: x\nbar\n\n"));
    }

    @Test
    void discardsAnEventTheStreamEndsIn() throws IOException {
        assertEquals(List.of("done"), data("data: done\n\ndata: partial\n"));
        assertEquals(List.of("done"), data("data: done\n\ndata: partial"));
        assertEquals(List.of(), data("data: only\n"));
        assertEquals(List.of(), data(""));
    }

    @Test
    void decodesUtf8SplitAcrossReads() throws IOException {
        byte[] stream = "data: café ✓ 😀\r\n\r\ndata: ok\r\n\r\n".getBytes(StandardCharsets.UTF_8);

        List<ServerSentEvent> events = readAll(TrackedInputStream.ofBytes(stream, 1));

        assertEquals(
                List.of("café ✓ 😀", "ok"),
                events.stream().map(ServerSentEvent::data).toList());
    }

    @Test
    void crLfSplitAcrossReadsEndsOneLine() throws IOException {
        List<ServerSentEvent> events = readAll(TrackedInputStream.ofChunks("data: a\r", "\ndata: b\r", "\n\r", "\n"));

        assertEquals(List.of("a\nb"), events.stream().map(ServerSentEvent::data).toList());
    }

    @Test
    void readsMalformedUtf8AsReplacementCharacters() throws IOException {
        byte[] stream = {'d', 'a', 't', 'a', ':', ' ', 'a', (byte) 0xFF, 'b', '\n', '\n'};

        assertEquals(
                "a\uFFFDb", readAll(new ByteArrayInputStream(stream)).get(0).data());
    }

    @Test
    void returnsEachEventWithoutWaitingForMoreOfTheStream() throws IOException {
        TrackedInputStream in = TrackedInputStream.ofChunks("data: one\n\n", "data: two\r\r", "data: three\n\n");
        ServerSentEventReader reader = new ServerSentEventReader(in);

        assertEquals("one", reader.next().orElseThrow().data());
        assertEquals(1, in.chunksStarted());
        // A line ending in CR is complete at once: the reader does not wait to see whether LF follows.
        assertEquals("two", reader.next().orElseThrow().data());
        assertEquals(2, in.chunksStarted());
        assertEquals("three", reader.next().orElseThrow().data());
        assertEquals(Optional.empty(), reader.next());
    }

    @Test
    void readsAChatCompletionStream() throws IOException {
        String stream = ": OPENROUTER PROCESSING\n\n"
                + "data: {\"id\":\"c-1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"}}]}\n\n"
                + "data: {\"id\":\"c-1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\"}}]}\n\n"
                + "data: {\"id\":\"c-1\",\"choices\":[],\"usage\":{\"total_tokens\":12}}\n\n"
                + "data: [DONE]\n\n";

        List<ServerSentEvent> events = readAll(stream);

        assertEquals(4, events.size());
        assertEquals(
                "lo",
                Json.parse(events.get(1).data()).at("/choices/0/delta/content").textValue());
        assertEquals(
                12, Json.parse(events.get(2).data()).at("/usage/total_tokens").intValue());
        assertEquals(event("message", "[DONE]", ""), events.get(3));
    }

    /** A body that repeats its bytes forever: a line that never ends, or an event that never ends. */
    private static InputStream endless(String start, String repeated) {
        byte[] head = start.getBytes(StandardCharsets.UTF_8);
        byte[] tail = repeated.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                long at = position++;
                return (at < head.length ? head[(int) at] : tail[(int) ((at - head.length) % tail.length)]) & 0xFF;
            }
        };
    }

    @Test
    void aLineThatNeverEndsFailsTheReadingAtTheLimit() {
        ServerSentEventReader reader = new ServerSentEventReader(endless("data: ", "x"), 64 * 1024);

        IOException e = assertThrows(IOException.class, reader::next);

        assertEquals("an event of the stream is larger than 65536 bytes", e.getMessage());
    }

    @Test
    void anEventThatNeverEndsFailsTheReadingAtTheLimit() {
        ServerSentEventReader reader = new ServerSentEventReader(endless("", "data: 0123456789\n"), 64 * 1024);

        IOException e = assertThrows(IOException.class, reader::next);

        assertEquals("an event of the stream is larger than 65536 bytes", e.getMessage());
    }

    @Test
    void anEventAsLargeAsTheLimitIsRead() throws IOException {
        String data = "y".repeat(1000);
        ServerSentEventReader reader = new ServerSentEventReader(
                new ByteArrayInputStream(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8)), 1007);

        assertEquals(data, reader.next().orElseThrow().data());
    }

    @Test
    void failsWhenReadingFails() throws IOException {
        IOException reset = new IOException("connection reset");
        ServerSentEventReader reader = new ServerSentEventReader(
                TrackedInputStream.ofChunks("data: a\n\ndata: b\n").thenFail(reset));

        assertEquals("a", reader.next().orElseThrow().data());
        assertSame(reset, assertThrows(IOException.class, reader::next));
    }

    @Test
    void closeClosesTheStreamOnceAndEndsTheEvents() throws IOException {
        TrackedInputStream in = TrackedInputStream.ofChunks("data: a\n\ndata: b\n\n");
        ServerSentEventReader reader = new ServerSentEventReader(in);
        assertEquals("a", reader.next().orElseThrow().data());

        reader.close();
        reader.close();

        assertEquals(1, in.closes());
        assertEquals(Optional.empty(), reader.next());
    }

    @Test
    void closeFromAnotherThreadEndsAWaitingRead() throws Exception {
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
        ServerSentEventReader reader = new ServerSentEventReader(waiting);

        CompletableFuture<Optional<ServerSentEvent>> next = CompletableFuture.supplyAsync(() -> {
            try {
                return reader.next();
            } catch (IOException e) {
                throw new AssertionError("a read stopped by close should end quietly", e);
            }
        });
        assertTrue(reading.await(10, TimeUnit.SECONDS));
        assertFalse(next.isDone());
        reader.close();

        assertEquals(Optional.empty(), next.get(10, TimeUnit.SECONDS));
    }

    // The event value.

    @Test
    void eventNormalisesAnEmptyTypeAndAnEmptyId() {
        ServerSentEvent event = new ServerSentEvent("", "d", "");

        assertEquals("message", event.event());
        assertEquals(Optional.empty(), event.id());
        assertEquals(event, new ServerSentEvent("message", "d", ""));
        assertEquals(event.hashCode(), new ServerSentEvent("message", "d", "").hashCode());
        assertFalse(event.equals(new ServerSentEvent("message", "d", "1")));
        assertEquals("ServerSentEvent{event=delta, id=5, data={}}", new ServerSentEvent("delta", "{}", "5").toString());
    }
}
