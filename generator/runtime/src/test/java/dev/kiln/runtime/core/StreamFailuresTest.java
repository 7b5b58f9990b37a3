package dev.kiln.runtime.core;

import static dev.kiln.runtime.core.LoopbackServer.WAIT_SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.runtime.core.RecordingErrors.Failure;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How an event stream fails in the middle, through {@link HttpExecutor} against a real server: the server's
 * {@code error} event, a connection that breaks, a stream that stalls past the stream read timeout. Each is the
 * SDK's exception, never a bare {@link java.io.UncheckedIOException}.
 */
class StreamFailuresTest {
    private final RecordingErrors errors = new RecordingErrors();
    private final CountDownLatch testOver = new CountDownLatch(1);
    private final List<LoopbackServer> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws InterruptedException {
        testOver.countDown();
        for (LoopbackServer server : servers) {
            server.stop();
        }
    }

    private HttpExecutor executor(String baseUrl, ClientOptions.Builder more) {
        return new HttpExecutor(more.baseUrl(baseUrl).maxRetries(0).build(), errors);
    }

    private LoopbackServer serveEvents(String... events) throws IOException {
        LoopbackServer server = LoopbackServer.start(exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (String event : events) {
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            LoopbackServer.await(testOver);
            out.close();
        });
        servers.add(server);
        return server;
    }

    private static EventStream<String> open(HttpExecutor executor, boolean async) throws Exception {
        ApiRequest request = ApiRequest.builder("POST", "/chat").build();
        return async
                ? executor.sendAsync(new ApiCall.Events<>(request, ServerSentEvent::data), RequestOptions.none())
                        .get(WAIT_SECONDS, TimeUnit.SECONDS)
                : executor.send(new ApiCall.Events<>(request, ServerSentEvent::data), RequestOptions.none());
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void anErrorEventIsTheStreamErrorExceptionWithTheEventsDataAsItsBody(boolean async) throws Exception {
        LoopbackServer server = serveEvents(
                "data: one\n\n", "event: error\ndata: {\"error\":{\"message\":\"overloaded\"}}\n\n", "data: never\n\n");

        try (EventStream<String> events = open(executor(server.baseUrl(), ClientOptions.builder()), async)) {
            Iterator<String> iterator = events.iterator();
            assertEquals("one", iterator.next());
            Failure failure = assertThrows(Failure.class, iterator::hasNext);

            assertEquals("forStreamError", failure.getMessage());
            assertEquals(200, failure.response.statusCode());
            assertEquals("{\"error\":{\"message\":\"overloaded\"}}", failure.response.bodyText());
            assertFalse(iterator.hasNext(), "events after the error");
        }
        assertEquals(List.of("forStreamError"), errors.calls);
    }

    @Test
    void anErrorFactoryThatKnowsNoStreamErrorsGivesTheExceptionForTheStreamsStatus() {
        ErrorFactory plain = new ErrorFactory() {
            @Override
            public RuntimeException forStatus(ApiResponse response) {
                return new Failure("forStatus " + response.statusCode() + " " + response.bodyText(), response);
            }

            @Override
            public RuntimeException forInvalidResponse(ApiResponse response, JsonDataException cause) {
                throw new AssertionError();
            }

            @Override
            public RuntimeException forTimeout(
                    ApiRequest request, java.net.http.HttpTimeoutException cause, int attempts) {
                throw new AssertionError();
            }

            @Override
            public RuntimeException forIo(ApiRequest request, IOException cause, int attempts) {
                throw new AssertionError();
            }
        };

        RuntimeException thrown = plain.forStreamError(new ApiResponse(
                200,
                java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true),
                "{}".getBytes(StandardCharsets.UTF_8),
                1));

        assertEquals("forStatus 200 {}", thrown.getMessage());
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void aConnectionThatBreaksInTheMiddleIsTheIoException(boolean async) throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> breakAfterOneEvent(socket));
            HttpExecutor executor =
                    executor("http://127.0.0.1:" + socket.getLocalPort() + "/v1", ClientOptions.builder());

            try (EventStream<String> events = open(executor, async)) {
                Iterator<String> iterator = events.iterator();
                assertEquals("one", iterator.next());
                Failure failure = assertThrows(Failure.class, iterator::hasNext);
                assertEquals("forIo", failure.getMessage());
            }
            served.get(WAIT_SECONDS, TimeUnit.SECONDS);
        }
        assertEquals(List.of("forIo"), errors.calls);
    }

    /** Answers one request with a body that promises 10,000 bytes, sends one event, and hangs up. */
    private static void breakAfterOneEvent(ServerSocket server) {
        try (Socket connection = server.accept()) {
            InputStream in = connection.getInputStream();
            int matched = 0;
            byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            while (matched < end.length) {
                int b = in.read();
                if (b < 0) {
                    return;
                }
                matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
            }
            OutputStream out = connection.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: 10000\r\n\r\n"
                            + "data: one\n\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void aStreamThatStallsPastTheStreamReadTimeoutIsTheTimeoutException(boolean async) throws Exception {
        LoopbackServer server = serveEvents("data: one\n\n");
        HttpExecutor executor =
                executor(server.baseUrl(), ClientOptions.builder().streamReadTimeout(Duration.ofMillis(200)));

        try (EventStream<String> events = open(executor, async)) {
            Iterator<String> iterator = events.iterator();
            assertEquals("one", iterator.next());
            Failure failure = assertThrows(Failure.class, iterator::hasNext);
            assertEquals("forTimeout", failure.getMessage());
        }
        assertEquals(List.of("forTimeout"), errors.calls);
    }

    @Test
    void aStreamReadTimeoutLetsAStreamThatKeepsSendingRunPastIt() throws Exception {
        LoopbackServer server = LoopbackServer.start(exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 5; i++) {
                    out.write(("data: " + i + "\n\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        });
        servers.add(server);
        HttpExecutor executor =
                executor(server.baseUrl(), ClientOptions.builder().streamReadTimeout(Duration.ofSeconds(WAIT_SECONDS)));

        List<String> read = new ArrayList<>();
        try (EventStream<String> events = open(executor, false)) {
            events.forEach(read::add);
        }

        assertEquals(List.of("0", "1", "2", "3", "4"), read);
        assertEquals(List.of(), errors.calls);
    }

    @Test
    void thePublisherOfARealStreamGivesItsEventsThenTheErrorEvent() throws Exception {
        LoopbackServer server = serveEvents("data: one\n\n", "data: two\n\n", "event: error\ndata: boom\n\n");
        List<String> received = new ArrayList<>();
        CompletableFuture<Throwable> ended = new CompletableFuture<>();

        try (EventStream<String> events = open(executor(server.baseUrl(), ClientOptions.builder()), true)) {
            events.publisher().subscribe(new Flow.Subscriber<>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(String item) {
                    received.add(item);
                }

                @Override
                public void onError(Throwable throwable) {
                    ended.complete(throwable);
                }

                @Override
                public void onComplete() {
                    ended.complete(null);
                }
            });
            Throwable failure = ended.get(WAIT_SECONDS, TimeUnit.SECONDS);

            assertEquals(
                    "forStreamError", assertInstanceOf(Failure.class, failure).getMessage());
        }
        assertEquals(List.of("one", "two"), received);
    }

    /** Subscribes, requests everything, and collects the events and how the stream ended. */
    private static final class Collector implements Flow.Subscriber<String> {
        final List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        final CompletableFuture<Throwable> ended = new CompletableFuture<>();

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String item) {
            events.add(item);
        }

        @Override
        public void onError(Throwable throwable) {
            ended.complete(throwable);
        }

        @Override
        public void onComplete() {
            ended.complete(null);
        }
    }

    @Test
    void aCallAsAPublisherIsSentOnlyWhenSubscribedAndGivesItsEvents() throws Exception {
        LoopbackServer server = LoopbackServer.start(exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("data: one\n\ndata: two\n\ndata: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            }
        });
        servers.add(server);
        Flow.Publisher<String> publisher = executor(server.baseUrl(), ClientOptions.builder())
                .publish(
                        new ApiCall.Events<>(ApiRequest.builder("POST", "/chat").build(), ServerSentEvent::data),
                        RequestOptions.none());

        assertEquals(0, server.requestCount(), "sent before anyone subscribed");
        Collector collector = new Collector();
        publisher.subscribe(collector);

        assertNull(collector.ended.get(WAIT_SECONDS, TimeUnit.SECONDS), "the stream did not complete");
        assertEquals(List.of("one", "two"), collector.events);
        assertEquals(1, server.requestCount());
    }

    @Test
    void aCallAsAPublisherThatFailsIsTheSubscribersError() throws Exception {
        LoopbackServer server = LoopbackServer.start(exchange -> {
            exchange.sendResponseHeaders(400, -1);
        });
        servers.add(server);
        Collector collector = new Collector();

        executor(server.baseUrl(), ClientOptions.builder())
                .publish(
                        new ApiCall.Events<>(ApiRequest.builder("POST", "/chat").build(), ServerSentEvent::data),
                        RequestOptions.none())
                .subscribe(collector);

        Throwable failure = collector.ended.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals("forStatus", assertInstanceOf(Failure.class, failure).getMessage());
        assertEquals(List.of(), collector.events);
    }

    @Test
    void aBinaryBodyThatStallsPastTheStreamReadTimeoutFailsItsReadWithATimeout() throws Exception {
        HttpExecutor executor = stalledBinaryBody();

        try (BinaryResponse response =
                executor.send(ApiCall.binary(ApiRequest.builder("GET", "/file").build()), RequestOptions.none())) {
            InputStream body = response.body();
            assertEquals(3, body.readNBytes(3).length);
            assertThrows(java.net.http.HttpTimeoutException.class, body::read);
        }
    }

    @Test
    void aBinaryBodyWhoseReadingFailsIsTheSdksExceptionNotAnUncheckedOne() throws Exception {
        HttpExecutor executor = stalledBinaryBody();

        try (BinaryResponse response =
                executor.send(ApiCall.binary(ApiRequest.builder("GET", "/file").build()), RequestOptions.none())) {
            Failure failure = assertThrows(Failure.class, response::readAllBytes);
            assertEquals("forTimeout", failure.getMessage());
        }
        assertEquals(List.of("forTimeout"), errors.calls);
    }

    /** A server whose binary body sends three bytes and then nothing until the test is over, read with a short timeout. */
    private HttpExecutor stalledBinaryBody() throws IOException {
        LoopbackServer server = LoopbackServer.start(exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(new byte[] {1, 2, 3});
            out.flush();
            LoopbackServer.await(testOver);
            out.close();
        });
        servers.add(server);
        return executor(server.baseUrl(), ClientOptions.builder().streamReadTimeout(Duration.ofMillis(200)));
    }
}
