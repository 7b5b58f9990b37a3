package dev.kiln.runtime.core;

import static dev.kiln.runtime.core.LoopbackServer.WAIT_SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client's controls in {@link ClientOptions}: options derived with {@code toBuilder()} share the connection
 * pool, {@code close()} releases only what the SDK created, and the proxy, TLS context and executor are settings
 * of the HTTP client the SDK builds. Calls go to a real server on the loopback interface.
 */
class ClientControlsTest {
    private final List<LoopbackServer> servers = new ArrayList<>();
    private final List<ExecutorService> executors = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (LoopbackServer server : servers) {
            server.stop();
        }
        executors.forEach(ExecutorService::shutdownNow);
    }

    private LoopbackServer serveOk() throws IOException {
        LoopbackServer server = LoopbackServer.start(exchange -> {
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        servers.add(server);
        return server;
    }

    private static String call(ClientOptions options) {
        return Json.write(new HttpExecutor(options, new RecordingErrors())
                .send(ApiCall.json(ApiRequest.builder("GET", "/things").build(), Codecs.JSON), RequestOptions.none()));
    }

    @Test
    void derivedOptionsShareTheHttpClientAndChangeOnlyWhatTheySet() {
        ClientOptions options = ClientOptions.builder()
                .baseUrl("https://api.example.com")
                .apiKey("k")
                .maxRetries(3)
                .build();

        ClientOptions derived =
                options.toBuilder().timeout(Duration.ofSeconds(3)).maxRetries(0).build();

        assertSame(options.httpClient(), derived.httpClient());
        assertEquals(Duration.ofSeconds(3), derived.timeout());
        assertEquals(0, derived.maxRetries());
        assertEquals(ClientOptions.DEFAULT_TIMEOUT, options.timeout());
        assertEquals(3, options.maxRetries());
        assertEquals(options.authorization(), derived.authorization());
        assertEquals(options.baseUrl(), derived.baseUrl());
    }

    @Test
    void derivedOptionsThatChangeTheHttpClientsOwnSettingsGetTheirOwnClient() {
        ClientOptions options =
                ClientOptions.builder().baseUrl("https://api.example.com").build();

        ClientOptions withProxy = options.toBuilder()
                .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", 3128)))
                .build();
        ClientOptions withConnectTimeout =
                options.toBuilder().connectTimeout(Duration.ofSeconds(1)).build();

        assertNotSame(options.httpClient(), withProxy.httpClient());
        assertTrue(withProxy.httpClient().proxy().isPresent());
        assertNotSame(options.httpClient(), withConnectTimeout.httpClient());
        assertEquals(
                Duration.ofSeconds(1),
                withConnectTimeout.httpClient().connectTimeout().orElseThrow());
    }

    @Test
    void theSdksHttpClientKeepsItsDefaultsWithAnSslContext() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, null, null);

        ClientOptions options = ClientOptions.builder()
                .baseUrl("https://api.example.com")
                .sslContext(context)
                .build();

        assertSame(context, options.httpClient().sslContext());
        assertEquals(HttpClient.Redirect.NEVER, options.httpClient().followRedirects());
        assertEquals(
                ClientOptions.DEFAULT_CONNECT_TIMEOUT,
                options.httpClient().connectTimeout().orElseThrow());
    }

    @Test
    void settingsOfTheSdksHttpClientCannotBeCombinedWithASuppliedOne() {
        ClientOptions.Builder builder = ClientOptions.builder()
                .baseUrl("https://api.example.com")
                .httpClient(HttpClient.newHttpClient())
                .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", 3128)));

        IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
        assertTrue(e.getMessage().contains("httpClient"), e.getMessage());
    }

    @Test
    void callsGoThroughTheProxy() throws Exception {
        LoopbackServer proxy = serveOk();
        int proxyPort = URI.create(proxy.baseUrl()).getPort();
        ClientOptions options = ClientOptions.builder()
                .baseUrl("http://api.example.invalid/v1")
                .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", proxyPort)))
                .build();

        assertEquals("{\"ok\":true}", call(options));

        LoopbackServer.Received received = proxy.take();
        assertEquals("/v1/things", received.rawPath());
        assertEquals("api.example.invalid", received.header("Host"));
    }

    @Test
    void callsRunOnTheExecutorSet() throws Exception {
        LoopbackServer server = serveOk();
        ExecutorService threads = Executors.newCachedThreadPool();
        executors.add(threads);
        AtomicInteger tasks = new AtomicInteger();

        ClientOptions options = ClientOptions.builder()
                .baseUrl(server.baseUrl())
                .executor(task -> {
                    tasks.incrementAndGet();
                    threads.execute(task);
                })
                .build();

        assertEquals("{\"ok\":true}", call(options));
        assertTrue(tasks.get() > 0, "the HTTP client ran nothing on the executor set");
    }

    @Test
    void closingRefusesLaterCallsAndStopsTheThreadsTheSdkStarted() throws Exception {
        LoopbackServer server = serveOk();
        ClientOptions options =
                ClientOptions.builder().baseUrl(server.baseUrl()).build();
        assertEquals("{\"ok\":true}", call(options));

        options.close();
        options.close();

        assertTrue(options.isClosed());
        assertTrue(((ExecutorService) options.blockingExecutor()).isShutdown());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> call(options));
        assertTrue(refused.getMessage().contains("closed"), refused.getMessage());
        ExecutionException async = assertThrows(
                ExecutionException.class,
                () -> new HttpExecutor(options, new RecordingErrors())
                        .sendAsync(
                                ApiCall.json(
                                        ApiRequest.builder("GET", "/things").build(), Codecs.JSON),
                                RequestOptions.none())
                        .get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertTrue(async.getCause() instanceof IllegalStateException, String.valueOf(async.getCause()));
        assertEquals(1, server.requestCount());
    }

    @Test
    void closingDerivedOptionsLeavesTheOnesTheyCameFromWorking() throws Exception {
        LoopbackServer server = serveOk();
        ClientOptions options =
                ClientOptions.builder().baseUrl(server.baseUrl()).build();
        ClientOptions derived = options.toBuilder().maxRetries(0).build();

        derived.close();

        assertTrue(derived.isClosed());
        assertFalse(options.isClosed());
        assertEquals("{\"ok\":true}", call(options));
    }

    @Test
    void closingTheOptionsThatBuiltTheHttpClientClosesTheOnesSharingIt() throws Exception {
        ClientOptions options =
                ClientOptions.builder().baseUrl(serveOk().baseUrl()).build();
        ClientOptions derived = options.toBuilder().maxRetries(0).build();

        options.close();

        assertTrue(derived.isClosed());
        assertThrows(IllegalStateException.class, () -> call(derived));
    }

    @Test
    void closingLeavesASuppliedHttpClientAndExecutorAlone() throws Exception {
        LoopbackServer server = serveOk();
        ExecutorService threads = Executors.newCachedThreadPool();
        executors.add(threads);
        HttpClient supplied = HttpClient.newBuilder().executor(threads).build();
        ClientOptions withClient = ClientOptions.builder()
                .baseUrl(server.baseUrl())
                .httpClient(supplied)
                .build();
        ClientOptions withExecutor = ClientOptions.builder()
                .baseUrl(server.baseUrl())
                .executor(threads)
                .build();

        withClient.close();
        withExecutor.close();

        assertFalse(threads.isShutdown());
        HttpResponse<String> stillWorks = supplied.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/direct")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, stillWorks.statusCode());
    }
}
