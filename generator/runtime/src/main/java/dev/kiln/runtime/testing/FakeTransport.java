package dev.kiln.runtime.testing;

import dev.kiln.runtime.core.Transport;
import dev.kiln.runtime.core.TransportRequest;
import dev.kiln.runtime.core.TransportResponse;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link Transport} that answers from a script instead of a network, for testing code that calls the SDK: queue
 * answers for an operation, call the SDK as the code under test does, then look at what was sent. Retries, paging,
 * async calls and event streams behave as over a network, since only the transport is fake:
 *
 * <pre>{@code
 * FakeTransport fake = new FakeTransport();
 * fake.on(TogetherFakes.ENDPOINTS_GET).respond(503, "{}").respondWithExample();
 * Together client = TogetherFakes.client(fake);
 * DedicatedEndpoint endpoint = client.endpoints().get("e-1");   // retried once, then the spec's example
 * assertEquals("/v1/endpoints/e-1", fake.lastRequest().uri().getPath());
 * }</pre>
 *
 * <p>Each answer is given once, in the order queued; a request no queued answer matches fails the call with an
 * {@link IllegalStateException} that lists what is queued. Safe to use from many threads.
 */
public final class FakeTransport implements Transport {
    private final List<Script> scripts = new ArrayList<>();
    private final List<TransportRequest> requests = new CopyOnWriteArrayList<>();

    /** Creates a transport with nothing queued. */
    public FakeTransport() {}

    /**
     * Starts queuing answers for an operation, such as one the SDK's test kit names for each of its methods.
     *
     * @param operation the operation
     * @return its answers, to queue more
     */
    public synchronized Answers on(FakeOperation operation) {
        for (Script script : scripts) {
            if (script.operation == operation) {
                return script.answers;
            }
        }
        Script script = new Script(Objects.requireNonNull(operation, "operation"));
        scripts.add(script);
        return script.answers;
    }

    /**
     * Starts queuing answers for the requests of an HTTP method to a path.
     *
     * @param method such as {@code GET}
     * @param pathTemplate the path relative to the base URL, such as {@code /endpoints/{endpointId}}
     * @return the answers, to queue more
     */
    public Answers on(String method, String pathTemplate) {
        return on(FakeOperation.of(method, pathTemplate));
    }

    /**
     * Returns every request sent, in order, as the transport received them (credentials and interceptors' changes
     * included).
     *
     * @return the requests
     */
    public List<TransportRequest> requests() {
        return List.copyOf(requests);
    }

    /**
     * Returns the requests of one operation, in order.
     *
     * @param operation the operation
     * @return its requests
     */
    public List<TransportRequest> requests(FakeOperation operation) {
        return requests.stream().filter(operation::matches).toList();
    }

    /**
     * Returns the last request sent.
     *
     * @return the request
     * @throws IllegalStateException when none was sent
     */
    public TransportRequest lastRequest() {
        if (requests.isEmpty()) {
            throw new IllegalStateException("no request was sent");
        }
        return requests.get(requests.size() - 1);
    }

    /**
     * Fails when an answer queued was never given: the code under test made fewer calls than the test expects.
     *
     * @throws AssertionError naming the operations with answers left
     */
    public synchronized void assertAllAnswersUsed() {
        List<String> left = new ArrayList<>();
        for (Script script : scripts) {
            if (!script.answers.queue.isEmpty()) {
                left.add(script.operation + ": " + script.answers.queue.size() + " answer(s) left");
            }
        }
        if (!left.isEmpty()) {
            throw new AssertionError("answers queued but never given:\n  " + String.join("\n  ", left));
        }
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException {
        requests.add(request);
        return next(request).answer(request);
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        try {
            return CompletableFuture.completedFuture(send(request));
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private synchronized Answer next(TransportRequest request) {
        for (Script script : scripts) {
            if (script.operation.matches(request) && !script.answers.queue.isEmpty()) {
                return script.answers.queue.poll();
            }
        }
        List<String> queued = new ArrayList<>();
        for (Script script : scripts) {
            queued.add(script.operation + ": " + script.answers.queue.size() + " answer(s)");
        }
        throw new IllegalStateException(
                "no answer queued for " + request.method() + " " + request.uri().getRawPath() + "; queued: "
                        + (queued.isEmpty() ? "nothing" : String.join(", ", queued)));
    }

    /** One queued answer. */
    @FunctionalInterface
    private interface Answer {
        TransportResponse answer(TransportRequest request) throws IOException;
    }

    /** The answers queued for one operation. */
    private static final class Script {
        final FakeOperation operation;
        final Answers answers;

        Script(FakeOperation operation) {
            this.operation = operation;
            this.answers = new Answers(operation);
        }
    }

    /** The answers queued for one operation, each given once, in order. */
    public static final class Answers {
        private final FakeOperation operation;
        private final Deque<Answer> queue = new ConcurrentLinkedDeque<>();

        private Answers(FakeOperation operation) {
            this.operation = operation;
        }

        /**
         * Queues a JSON answer.
         *
         * @param status the status, any
         * @param json the body, JSON text
         * @return these answers
         */
        public Answers respond(int status, String json) {
            return respond(status, Map.of("Content-Type", "application/json"), json);
        }

        /**
         * Queues an answer with headers and a body.
         *
         * @param status the status, any
         * @param headers the headers
         * @param body the body
         * @return these answers
         */
        public Answers respond(int status, Map<String, String> headers, String body) {
            Map<String, String> copy = Map.copyOf(headers);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            return queue(request -> TransportResponse.of(status, copy, bytes));
        }

        /**
         * Queues the operation's first example in the spec.
         *
         * @return these answers
         * @throws IllegalStateException when the spec gives the operation no example
         */
        public Answers respondWithExample() {
            if (operation.examples().isEmpty()) {
                throw new IllegalStateException("the spec gives " + operation + " no example");
            }
            return respondWith(operation.examples().get(0));
        }

        /**
         * Queues the operation's example of that name in the spec.
         *
         * @param name the example's name
         * @return these answers
         * @throws IllegalStateException when the spec gives the operation no example of that name
         */
        public Answers respondWithExample(String name) {
            return respondWith(operation
                    .example(name)
                    .orElseThrow(() -> new IllegalStateException("the spec gives " + operation
                            + " no example named " + name + "; it gives "
                            + operation.examples().stream()
                                    .map(CannedAnswer::name)
                                    .toList())));
        }

        /**
         * Queues a canned answer.
         *
         * @param answer the answer
         * @return these answers
         */
        public Answers respondWith(CannedAnswer answer) {
            return respond(answer.status(), answer.body());
        }

        /**
         * Queues a stream of server-sent events, each with one data line.
         *
         * @param data each event's data, such as JSON text
         * @return these answers
         */
        public Answers events(String... data) {
            StringBuilder stream = new StringBuilder();
            for (String event : data) {
                stream.append("data: ").append(event).append("\n\n");
            }
            return respond(200, Map.of("Content-Type", "text/event-stream"), stream.toString());
        }

        /**
         * Queues an attempt that times out before any response, at once (no test waits for it).
         *
         * @return these answers
         */
        public Answers timeout() {
            return queue(request -> {
                throw new HttpTimeoutException("the fake timed out " + request);
            });
        }

        /**
         * Queues an attempt whose connection drops before any response.
         *
         * @return these answers
         */
        public Answers dropConnection() {
            return queue(request -> {
                throw new IOException("the fake dropped the connection of " + request);
            });
        }

        private Answers queue(Answer answer) {
            queue.add(answer);
            return this;
        }
    }
}
