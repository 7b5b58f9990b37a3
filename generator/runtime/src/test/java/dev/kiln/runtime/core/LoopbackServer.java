package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A JDK HTTP server on the loopback interface, for tests: it records every request, body included, and answers
 * the first with the first responder, the second with the second, and all later ones with the last.
 */
final class LoopbackServer {
    /** How long a test waits for anything the server or the client does, so that a failure cannot hang the build. */
    static final long WAIT_SECONDS = 10;

    /** What the server answers to one request. */
    @FunctionalInterface
    interface Responder {
        void respond(HttpExchange exchange) throws IOException, InterruptedException;
    }

    /** A request as the server received it, and the port it came from: the same port, the same connection. */
    record Received(String method, String rawPath, Headers headers, byte[] body, int clientPort) {
        /** The header's only value, or null when it was not sent; fails when it was sent more than once. */
        String header(String name) {
            List<String> values = headers.get(name);
            if (values == null) {
                return null;
            }
            assertEquals(1, values.size(), "values of " + name + ": " + values);
            return values.get(0);
        }
    }

    private final List<Responder> responders;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpServer server;

    private LoopbackServer(List<Responder> responders) throws IOException {
        this.responders = responders;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a server on an ephemeral port that answers requests with these responders, in order. */
    static LoopbackServer start(Responder... responders) throws IOException {
        if (responders.length == 0) {
            throw new IllegalArgumentException("a server needs at least one responder");
        }
        return new LoopbackServer(List.of(responders));
    }

    /** Waits for a latch on a server thread, as long as a test waits; tells whether it was released in time. */
    static boolean await(CountDownLatch latch) throws InterruptedException {
        return latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            received.add(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestHeaders(),
                    exchange.getRequestBody().readAllBytes(),
                    exchange.getRemoteAddress().getPort()));
            int index = requests.getAndIncrement();
            responders.get(Math.min(index, responders.size() - 1)).respond(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client has gone; there is no one to answer.
        }
    }

    /** The base URL of the API, {@code http://127.0.0.1:port/v1}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Takes the next request received, waiting for it. */
    Received take() throws InterruptedException {
        Received request = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("the server received no request");
        }
        return request;
    }

    /** How many requests the server has received so far. */
    int requestCount() {
        return requests.get();
    }

    /** Stops the server, cutting off any exchange still open, and waits for its threads to end. */
    void stop() throws InterruptedException {
        server.stop(0);
        threads.shutdownNow();
        assertTrue(threads.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS), "the server's threads did not stop");
    }
}
