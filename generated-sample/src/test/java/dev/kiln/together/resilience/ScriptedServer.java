package dev.kiln.together.resilience;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on 127.0.0.1 that answers each request with the next {@link Reply} of its script and records
 * every request it receives. A request beyond the script gets a 418, which the SDK neither retries nor accepts.
 *
 * <p>Replies that stall wait on a latch that {@link #close()} opens, and never longer than {@link #MAX_STALL}, so a
 * test that stalls the server still ends quickly. Handlers run on their own threads, so a stalled reply does not
 * hold up the next request.
 */
final class ScriptedServer implements AutoCloseable {
    /** The longest a stalled reply waits for {@link #close()}. */
    static final Duration MAX_STALL = Duration.ofSeconds(2);

    /** The status of the answer to a request the script did not foresee. */
    static final int UNSCRIPTED = 418;

    private final HttpServer server;
    private final ExecutorService handlers;
    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> received = new CopyOnWriteArrayList<>();
    private final Semaphore arrivals = new Semaphore(0);
    private final CountDownLatch released = new CountDownLatch(1);

    private ScriptedServer(HttpServer server, ExecutorService handlers) {
        this.server = server;
        this.handlers = handlers;
    }

    /**
     * Starts a server on an ephemeral port of 127.0.0.1 with an empty script.
     *
     * @return the running server; close it to stop it
     */
    static ScriptedServer start() {
        ExecutorService handlers = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "scripted-server");
            thread.setDaemon(true);
            return thread;
        });
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            ScriptedServer server = new ScriptedServer(http, handlers);
            http.setExecutor(handlers);
            http.createContext("/", server::answer);
            http.start();
            return server;
        } catch (IOException e) {
            handlers.shutdownNow();
            throw new UncheckedIOException("cannot start a server on 127.0.0.1", e);
        }
    }

    /**
     * Appends replies to the script, to answer the next requests in order.
     *
     * @param replies the replies
     * @return this server
     */
    ScriptedServer enqueue(Reply... replies) {
        script.addAll(Arrays.asList(replies));
        return this;
    }

    /**
     * Appends the same reply several times.
     *
     * @param times how many times
     * @param reply the reply
     * @return this server
     */
    ScriptedServer enqueueTimes(int times, Reply reply) {
        for (int i = 0; i < times; i++) {
            script.add(reply);
        }
        return this;
    }

    /**
     * The base URL to give the SDK, ending in the API version like the spec's server URL.
     *
     * @return a URL such as {@code http://127.0.0.1:54321/v1}
     */
    String baseUrl() {
        return origin() + "/v1";
    }

    /**
     * The scheme, host and port of this server.
     *
     * @return a URL such as {@code http://127.0.0.1:54321}
     */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * The requests received so far, oldest first.
     *
     * @return a snapshot that later requests do not change
     */
    List<RecordedRequest> received() {
        return List.copyOf(received);
    }

    /**
     * Waits until the server has received {@code count} requests in all, for a request that may still be on its way
     * when the client has already given up on it.
     *
     * @param count the total number of requests expected
     * @return the requests received
     * @throws InterruptedException when the test is interrupted while waiting
     * @throws AssertionError when fewer arrive within {@link #MAX_STALL}
     */
    List<RecordedRequest> awaitReceived(int count) throws InterruptedException {
        if (!arrivals.tryAcquire(count, MAX_STALL.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("expected " + count + " requests, received " + received.size());
        }
        arrivals.release(count);
        return received();
    }

    /** Releases stalled replies, stops the server and its handler threads. */
    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        handlers.shutdownNow();
        try {
            if (!handlers.awaitTermination(MAX_STALL.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the server's handlers did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void answer(HttpExchange exchange) {
        try {
            received.add(record(exchange));
            arrivals.release();
            Reply reply = script.poll();
            if (reply == null) {
                reply = Reply.body(UNSCRIPTED, "text/plain", "no scripted reply for request " + received.size());
            }
            deliver(exchange, reply);
        } catch (IOException e) {
            // the client went away, as it does after a timeout; nothing is left to answer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private void deliver(HttpExchange exchange, Reply reply) throws IOException, InterruptedException {
        if (reply.delivery() == Reply.Delivery.STALL_BEFORE_HEADERS) {
            awaitRelease();
        }
        reply.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, new ArrayList<>(values)));
        byte[] body = reply.body();
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        OutputStream out = exchange.getResponseBody();
        switch (reply.delivery()) {
            case CUT_MID_BODY:
                out.write(body, 0, Reply.FIRST_BYTES);
                out.flush();
                // returning short of the announced length lets answer() close the exchange, which then drops the
                // connection: the JDK client fails with "fixed content-length: N, bytes received: 10". (Closing the
                // body stream instead would leave the connection open and the client waiting.)
                return;
            case STALL_MID_BODY:
                out.write(body, 0, Reply.FIRST_BYTES);
                out.flush();
                awaitRelease();
                out.write(body, Reply.FIRST_BYTES, body.length - Reply.FIRST_BYTES);
                return;
            default:
                out.write(body);
        }
    }

    private void awaitRelease() throws InterruptedException {
        released.await(MAX_STALL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static RecordedRequest record(HttpExchange exchange) throws IOException {
        URI target = exchange.getRequestURI();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        return new RecordedRequest(
                exchange.getRequestMethod(),
                target.getRawPath(),
                Optional.ofNullable(target.getRawQuery()),
                Map.copyOf(headers),
                body);
    }
}
