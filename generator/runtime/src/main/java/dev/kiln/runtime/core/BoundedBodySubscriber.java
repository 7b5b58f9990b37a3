package dev.kiln.runtime.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body whole, as bytes, but never more than a limit: a body that grows past it (a huge one, or
 * one that never ends) is abandoned at once, its connection cancelled, and the read fails with {@link TooLarge},
 * so that memory stays bounded whatever a server sends.
 */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
    /** How much of a body too large to read is kept, for the exception that reports it. */
    static final int KEPT_BYTES = 4096;

    private final HttpResponse.ResponseInfo info;
    private final int limit;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    /**
     * Creates a subscriber for one response.
     *
     * @param info the response's status and headers
     * @param limit the most bytes the body may have
     */
    BoundedBodySubscriber(HttpResponse.ResponseInfo info, int limit) {
        this.info = info;
        this.limit = limit;
    }

    /**
     * Returns a body handler whose bodies are bounded by {@code limit}.
     *
     * @param limit the most bytes a body may have
     * @return the handler
     */
    static HttpResponse.BodyHandler<byte[]> handler(int limit) {
        return info -> new BoundedBodySubscriber(info, limit);
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            int length = buffer.remaining();
            if ((long) received.size() + length > limit) {
                subscription.cancel();
                byte[] start = Arrays.copyOf(received.toByteArray(), Math.min(received.size(), KEPT_BYTES));
                body.completeExceptionally(new TooLarge(info.statusCode(), info.headers(), start, limit));
                return;
            }
            byte[] bytes = new byte[length];
            buffer.get(bytes);
            received.write(bytes, 0, length);
        }
    }

    @Override
    public void onError(Throwable failure) {
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        body.complete(received.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    /** A body larger than the limit: the response's status and headers, and the start of its body. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        private final int statusCode;
        private final transient HttpHeaders headers;
        private final byte[] start;

        TooLarge(int statusCode, HttpHeaders headers, byte[] start, int limit) {
            super("the response body is larger than " + limit + " bytes");
            this.statusCode = statusCode;
            this.headers = headers;
            this.start = start;
        }

        /** Finds the body too large to read among a failure and its causes. */
        static Optional<TooLarge> in(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof TooLarge tooLarge) {
                    return Optional.of(tooLarge);
                }
            }
            return Optional.empty();
        }

        /** The response as far as it was read: status, headers and the start of the body. */
        ApiResponse response(int attempts) {
            return new ApiResponse(statusCode, headers, start, attempts);
        }

        /** The problem, as the SDK's invalid-response exceptions report it. */
        JsonDataException problem() {
            return new JsonDataException(JsonPaths.ROOT, getMessage() + ", the most this client reads", this);
        }
    }
}
