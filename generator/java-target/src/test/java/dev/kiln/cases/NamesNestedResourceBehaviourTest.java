package dev.kiln.cases;

import static dev.kiln.cases.CompiledSdk.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code names-nested-resource} case's client at work against a local server: nested resources are reached as
 * {@code client.chat().completions().create()}, from the blocking, asynchronous and raw views alike, and send the
 * request their path names.
 */
class NamesNestedResourceBehaviourTest {
    private static CompiledSdk sdk;
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void compile() {
        sdk = CompiledSdk.clean("names-nested-resource");
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                byte[] bytes = "{\"id\":\"t1\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aNestedResourceIsReachedFromItsParent() {
        Object thing = call(call(call(client(), "chat"), "completions"), "create");

        assertEquals("t1", ((java.util.Optional<?>) call(thing, "id")).orElseThrow());
        assertEquals(List.of("POST /chat/completions"), requests);
    }

    @Test
    void aNestedResourceBelowAnItemTakesTheItemsId() {
        call(call(call(client(), "fineTuning"), "checkpoints"), "list", "ft-1");
        call(call(call(client(), "fineTuning"), "checkpoints"), "create", "ft-1");

        assertEquals(List.of("GET /fine-tunes/ft-1/checkpoints", "POST /fine-tunes/ft-1/checkpoints"), requests);
    }

    @Test
    void theAsynchronousAndRawViewsNestTheSameResources() throws Exception {
        Object client = client();
        CompletableFuture<?> later =
                (CompletableFuture<?>) call(call(call(call(client, "async"), "chat"), "completions"), "create");
        Object raw = call(call(call(call(client, "chat"), "completions"), "withRawResponse"), "create");
        Object rawFromParent = call(call(call(call(client, "chat"), "withRawResponse"), "completions"), "create");

        later.get(10, TimeUnit.SECONDS);
        assertEquals(200, call(raw, "statusCode"));
        assertEquals(200, call(rawFromParent, "statusCode"));
        assertEquals(List.of("POST /chat/completions", "POST /chat/completions", "POST /chat/completions"), requests);
    }

    private Object client() {
        Object builder = CompiledSdk.callAs(sdk.type("Cases"), null, "builder");
        builder = call(
                call(
                        call(builder, "apiKey", "test-key"),
                        "baseUrl",
                        "http://127.0.0.1:" + server.getAddress().getPort()),
                "maxRetries",
                0);
        return call(builder, "build");
    }
}
