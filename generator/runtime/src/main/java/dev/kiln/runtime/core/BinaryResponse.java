package dev.kiln.runtime.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;

/**
 * A 2xx response whose body is binary, such as a file or audio, with the body as a stream that has not been read
 * yet. The body can be taken once, by {@link #body()}, {@link #readAllBytes()}, {@link #transferTo} or
 * {@link #writeTo}; close the response, best in a try-with-resources block, to release the connection when the
 * body is not read to its end.
 */
public final class BinaryResponse implements AutoCloseable {
    /** The response's status and headers, with no body. */
    private final ApiResponse head;

    private final InputStream body;
    private final BiFunction<String, IOException, RuntimeException> readFailed;
    private final AtomicBoolean taken = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Creates a response.
     *
     * @param statusCode the HTTP status
     * @param headers the headers
     * @param body the body, not yet read; the response closes it
     */
    public BinaryResponse(int statusCode, HttpHeaders headers, InputStream body) {
        this(statusCode, headers, body, UncheckedIOException::new);
    }

    /**
     * Creates a response whose read failures become the SDK's own exceptions.
     *
     * @param statusCode the HTTP status
     * @param headers the headers
     * @param body the body, not yet read; the response closes it
     * @param readFailed the exception for a failure to read or copy the body, from what failed and the cause (an
     *     {@link java.net.http.HttpTimeoutException} when no byte arrived in time)
     */
    public BinaryResponse(
            int statusCode,
            HttpHeaders headers,
            InputStream body,
            BiFunction<String, IOException, RuntimeException> readFailed) {
        this.head = new ApiResponse(statusCode, Objects.requireNonNull(headers, "headers"), new byte[0]);
        this.body = Objects.requireNonNull(body, "body");
        this.readFailed = Objects.requireNonNull(readFailed, "readFailed");
    }

    /**
     * Returns the HTTP status code.
     *
     * @return the status
     */
    public int statusCode() {
        return head.statusCode();
    }

    /**
     * Returns the response headers.
     *
     * @return the headers
     */
    public HttpHeaders headers() {
        return head.headers();
    }

    /**
     * Returns the media type of the body, from the {@code Content-Type} header.
     *
     * @return the content type, such as {@code audio/mpeg}, if the server sent one
     */
    public Optional<String> contentType() {
        return head.headers().firstValue("Content-Type");
    }

    /**
     * Returns the id the server gave this request ({@code x-request-id} or a common equivalent).
     *
     * @return the request id, if the server sent one
     */
    public Optional<String> requestId() {
        return head.requestId();
    }

    /**
     * Takes the body as a stream, to read as the caller likes. Closing the stream or this response releases the
     * connection.
     *
     * @return the body
     * @throws IllegalStateException when the body was already taken or the response is closed
     */
    public InputStream body() {
        take();
        return body;
    }

    /**
     * Reads the whole body into memory and closes the response.
     *
     * @return the body's bytes
     * @throws IllegalStateException when the body was already taken or the response is closed
     * @throws RuntimeException the SDK's I/O or timeout exception when reading fails
     */
    public byte[] readAllBytes() {
        take();
        byte[] bytes;
        try {
            bytes = body.readAllBytes();
        } catch (IOException e) {
            throw failure("reading the response body failed", e);
        }
        close();
        return bytes;
    }

    /**
     * Copies the whole body to a stream, which is left open, and closes the response.
     *
     * @param out where to copy the body
     * @return the number of bytes copied
     * @throws IllegalStateException when the body was already taken or the response is closed
     * @throws RuntimeException the SDK's I/O or timeout exception when reading or writing fails
     */
    public long transferTo(OutputStream out) {
        Objects.requireNonNull(out, "out");
        take();
        long copied;
        try {
            copied = body.transferTo(out);
        } catch (IOException e) {
            throw failure("copying the response body failed", e);
        }
        close();
        return copied;
    }

    /**
     * Writes the whole body to a file, created or replaced, and closes the response. When this fails, the file is
     * deleted, so that no partial body is left looking complete.
     *
     * @param file the file to write
     * @return the number of bytes written
     * @throws IllegalStateException when the body was already taken or the response is closed
     * @throws RuntimeException the SDK's I/O or timeout exception when reading or writing fails
     */
    public long writeTo(Path file) {
        Objects.requireNonNull(file, "file");
        take();
        long written;
        try (OutputStream out = Files.newOutputStream(file)) {
            written = body.transferTo(out);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException deleting) {
                e.addSuppressed(deleting);
            }
            throw failure("writing the response body to " + file + " failed", e);
        }
        close();
        return written;
    }

    /**
     * Closes the body, releasing the connection. Closing again does nothing. May be called from another thread to
     * stop a read that waits for data.
     *
     * @throws UncheckedIOException when closing fails
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                body.close();
            } catch (IOException e) {
                throw new UncheckedIOException("closing the response body failed", e);
            }
        }
    }

    @Override
    public String toString() {
        return "BinaryResponse{statusCode=" + statusCode() + ", contentType="
                + contentType().orElse("none") + ", requestId=" + requestId().orElse("none") + "}";
    }

    private void take() {
        if (closed.get()) {
            throw new IllegalStateException("the response is closed");
        }
        if (!taken.compareAndSet(false, true)) {
            throw new IllegalStateException("the response body was already taken");
        }
    }

    /** Closes the body after a failure, keeping the failure as the one to report. */
    private RuntimeException failure(String message, IOException cause) {
        if (closed.compareAndSet(false, true)) {
            try {
                body.close();
            } catch (IOException closing) {
                cause.addSuppressed(closing);
            }
        }
        return readFailed.apply(message, cause);
    }
}
