package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Interceptors on the client and on one call, against a local server: the order, the counts, changes and failures. */
class InterceptorTest {
    private final RecordingErrors errors = new RecordingErrors();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private LoopbackServer server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }

    private static LoopbackServer.Responder json(int status, String body) {
        return exchange -> send(exchange, status, body);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Records every hook it sees, with its name and the attempt's number. */
    private Interceptor recording(String name) {
        return new Interceptor() {
            @Override
            public void callStarted(CallInfo call) {
                events.add(name + " callStarted " + call.request().path());
            }

            @Override
            public TransportRequest beforeRequest(AttemptInfo attempt, TransportRequest request) {
                events.add(name + " beforeRequest " + attempt.number() + (attempt.isRetry() ? " retry" : ""));
                return request;
            }

            @Override
            public TransportResponse afterResponse(AttemptInfo attempt, TransportResponse response) {
                events.add(name + " afterResponse " + attempt.number() + " " + response.statusCode());
                return response;
            }

            @Override
            public void onFailure(AttemptInfo attempt, IOException failure) {
                events.add(name + " onFailure " + attempt.number());
            }

            @Override
            public void callSucceeded(CallInfo call, int statusCode) {
                events.add(name + " callSucceeded " + statusCode + " after " + call.attempts());
            }

            @Override
            public void callFailed(CallInfo call, RuntimeException failure) {
                events.add(name + " callFailed " + failure.getMessage() + " after " + call.attempts());
            }
        };
    }

    private ClientOptions.Builder options() {
        return ClientOptions.builder()
                .baseUrl(server.baseUrl())
                .apiKey("sk-test")
                .sleeper(new Sleeper() {
                    @Override
                    public void sleep(Duration duration) {}

                    @Override
                    public java.util.concurrent.Executor after(Duration duration) {
                        return Runnable::run;
                    }
                });
    }

    @Test
    void eachAttemptAndTheCallAreAnnouncedOnceInTheChainsOrder() throws Exception {
        server = LoopbackServer.start(json(503, "{}"), json(200, "{\"id\":\"d\"}"));
        HttpExecutor executor = new HttpExecutor(
                options()
                        .interceptor(recording("a"))
                        .interceptor(recording("b"))
                        .build(),
                errors);

        executor.send(
                ApiCall.json(ApiRequest.builder("GET", "/d").build(), Deployment.CODEC),
                RequestOptions.builder().interceptor(recording("c")).build());

        assertEquals(
                List.of(
                        "a callStarted /d",
                        "b callStarted /d",
                        "c callStarted /d",
                        "a beforeRequest 1",
                        "b beforeRequest 1",
                        "c beforeRequest 1",
                        "c afterResponse 1 503",
                        "b afterResponse 1 503",
                        "a afterResponse 1 503",
                        "a beforeRequest 2 retry",
                        "b beforeRequest 2 retry",
                        "c beforeRequest 2 retry",
                        "c afterResponse 2 200",
                        "b afterResponse 2 200",
                        "a afterResponse 2 200",
                        "a callSucceeded 200 after 2",
                        "b callSucceeded 200 after 2",
                        "c callSucceeded 200 after 2"),
                events);
    }

    @Test
    void aRequestChangedBeforeItIsSentIsWhatTheServerReceives() throws Exception {
        server = LoopbackServer.start(json(200, "{}"));
        Interceptor signing = new Interceptor() {
            @Override
            public TransportRequest beforeRequest(AttemptInfo attempt, TransportRequest request) {
                return request.toBuilder()
                        .header("X-Signature", "sig-" + request.method())
                        .uri(URI.create(request.uri() + "?signed=1"))
                        .body(RequestContent.of("text/plain", "signed body".getBytes(StandardCharsets.UTF_8)))
                        .build();
            }
        };
        HttpExecutor executor = new HttpExecutor(options().interceptor(signing).build(), errors);

        executor.send(ApiCall.noContent(ApiRequest.builder("POST", "/d").build()), RequestOptions.none());

        LoopbackServer.Received received = server.take();
        assertEquals("sig-POST", received.header("X-Signature"));
        assertEquals("text/plain", received.header("Content-Type"));
        assertEquals("signed body", new String(received.body(), StandardCharsets.UTF_8));
        assertEquals("Bearer sk-test", received.header("Authorization"), "credentials are added before");
    }

    @Test
    void aResponseReplacedAfterItArrivedIsWhatTheCallReads() throws Exception {
        server = LoopbackServer.start(json(500, "{\"error\":\"down\"}"));
        Interceptor cache = new Interceptor() {
            @Override
            public TransportResponse afterResponse(AttemptInfo attempt, TransportResponse response) {
                response.close();
                return TransportResponse.of(200, Map.of(), "{\"id\":\"cached\"}".getBytes(StandardCharsets.UTF_8));
            }
        };
        HttpExecutor executor = new HttpExecutor(options().interceptor(cache).build(), errors);

        Deployment deployment = executor.send(
                ApiCall.json(ApiRequest.builder("GET", "/d").build(), Deployment.CODEC), RequestOptions.none());

        assertEquals("cached", deployment.id().value().orElseThrow());
    }

    @Test
    void anAttemptWithoutAResponseIsAFailureAndTheCallFailsOnceAfterTheLast() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server = LoopbackServer.start(exchange -> LoopbackServer.await(release));
        HttpExecutor executor = new HttpExecutor(
                options()
                        .interceptor(recording("a"))
                        .maxRetries(1)
                        .timeout(Duration.ofMillis(150))
                        .build(),
                errors);
        try {
            assertThrows(
                    RecordingErrors.Failure.class,
                    () -> executor.send(
                            ApiCall.noContent(ApiRequest.builder("GET", "/slow").build()), RequestOptions.none()));
        } finally {
            release.countDown();
        }

        assertEquals(
                List.of(
                        "a callStarted /slow",
                        "a beforeRequest 1",
                        "a onFailure 1",
                        "a beforeRequest 2 retry",
                        "a onFailure 2",
                        "a callFailed forTimeout after 2"),
                events);
    }

    @Test
    void asyncCallsEventStreamsAndEveryPageGoThroughTheHooks() throws Exception {
        server = LoopbackServer.start(
                json(200, "{\"id\":\"one\"}"),
                exchange -> {
                    byte[] bytes = "data: {\"id\":\"e\"}\n\n".getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                    exchange.sendResponseHeaders(200, bytes.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                },
                json(200, "{\"data\":[{\"id\":\"a\"}],\"next\":\"2\"}"),
                json(200, "{\"data\":[{\"id\":\"b\"}]}"));
        HttpExecutor executor =
                new HttpExecutor(options().interceptor(recording("a")).build(), errors);

        executor.sendAsync(
                        ApiCall.json(ApiRequest.builder("GET", "/async").build(), Deployment.CODEC),
                        RequestOptions.none())
                .get(LoopbackServer.WAIT_SECONDS, TimeUnit.SECONDS);
        try (EventStream<Deployment> stream = executor.send(
                ApiCall.events(ApiRequest.builder("GET", "/events").build(), Deployment.CODEC),
                RequestOptions.none())) {
            assertEquals(1, stream.stream().count());
        }
        long items = Page.first(
                        executor,
                        ApiRequest.builder("GET", "/pages").build(),
                        Deployment.CODEC,
                        Codecs.JSON,
                        PageStyle.cursor("after", "/data", "/next", ""),
                        RequestOptions.none())
                .autoPager()
                .stream()
                .count();

        assertEquals(2, items);
        assertEquals(
                List.of("/async", "/events", "/pages", "/pages"),
                events.stream()
                        .filter(event -> event.startsWith("a callStarted"))
                        .map(event -> event.substring("a callStarted ".length()))
                        .toList());
        assertEquals(
                4,
                events.stream()
                        .filter(event -> event.startsWith("a callSucceeded 200 after 1"))
                        .count());
    }
}
