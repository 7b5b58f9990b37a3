package dev.kiln.runtime.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link Transport} in memory, for tests of what the executor does above the seam: it answers each request with the
 * next scripted answer (a response, or a failure), records every request, and counts which method sent it.
 */
final class ScriptedTransport implements Transport {
    /** One scripted answer: the response to give, or the failure to throw. */
    interface Answer {
        TransportResponse answer(TransportRequest request) throws IOException;
    }

    final List<TransportRequest> requests = new CopyOnWriteArrayList<>();
    final List<String> methods = new CopyOnWriteArrayList<>();
    private final Deque<Answer> answers = new ArrayDeque<>();

    ScriptedTransport answer(Answer... next) {
        synchronized (answers) {
            answers.addAll(List.of(next));
        }
        return this;
    }

    static Answer json(int status, String body) {
        return request -> TransportResponse.of(
                status, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
    }

    static Answer status(int status, Map<String, String> headers) {
        return request -> TransportResponse.of(status, headers, new byte[0]);
    }

    static Answer failing(IOException failure) {
        return request -> {
            throw failure;
        };
    }

    /** A 200 whose body gives a few bytes, then waits until it is closed, as a stalled connection does. */
    static Answer stalling() {
        return request -> new TransportResponse(
                200, TransportResponse.of(200, Map.of(), new byte[0]).headers(), new StallingBody());
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException {
        methods.add("send");
        return next(request);
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        methods.add("sendAsync");
        try {
            return CompletableFuture.completedFuture(next(request));
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private TransportResponse next(TransportRequest request) throws IOException {
        requests.add(request);
        Answer answer;
        synchronized (answers) {
            answer = answers.isEmpty() ? null : answers.poll();
        }
        if (answer == null) {
            throw new AssertionError("no answer scripted for " + request);
        }
        return answer.answer(request);
    }

    /** A body that gives "{" and then blocks until closed; a read after closing fails. */
    static final class StallingBody extends InputStream {
        private final InputStream start = new ByteArrayInputStream("{".getBytes(StandardCharsets.UTF_8));
        private volatile boolean closed;

        @Override
        public synchronized int read() throws IOException {
            int b = start.read();
            if (b >= 0) {
                return b;
            }
            while (!closed) {
                try {
                    wait(LoopbackServer.WAIT_SECONDS * 1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
            throw new IOException("closed");
        }

        @Override
        public void close() {
            closed = true;
            synchronized (this) {
                notifyAll();
            }
        }
    }
}
