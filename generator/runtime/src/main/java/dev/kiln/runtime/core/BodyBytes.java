package dev.kiln.runtime.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a response body whole, as bytes, but never more than a limit: a body that grows past it (a huge one, or one
 * that never ends) is abandoned at once, its connection closed, and the read fails with {@link TooLarge}, so that
 * memory stays bounded whatever a server sends.
 */
final class BodyBytes {
    /** How much of a body too large to read is kept, for the exception that reports it. */
    static final int KEPT_BYTES = 4096;

    private BodyBytes() {}

    /**
     * Reads a response's body to its end and closes the response.
     *
     * @param response the response
     * @param limit the most bytes the body may have
     * @return the body
     * @throws TooLarge when the body has more than {@code limit} bytes
     * @throws IOException when the body cannot be read
     */
    static byte[] read(TransportResponse response, int limit) throws IOException {
        try (response) {
            InputStream body = response.body();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                if ((long) received.size() + read > limit) {
                    byte[] start = Arrays.copyOf(received.toByteArray(), Math.min(received.size(), KEPT_BYTES));
                    throw new TooLarge(response.statusCode(), response.headers(), start, limit);
                }
                received.write(buffer, 0, read);
            }
            return received.toByteArray();
        }
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
