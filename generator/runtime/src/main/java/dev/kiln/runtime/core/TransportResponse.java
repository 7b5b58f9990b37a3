package dev.kiln.runtime.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A response as a {@link Transport} hands it over: its status and headers, and its body not yet read. Closing the
 * response closes the body, releasing the connection; it may be called from any thread, and ends a read that waits
 * on the body at that moment.
 */
public final class TransportResponse implements AutoCloseable {
    private final int statusCode;
    private final HttpHeaders headers;
    private final InputStream body;

    /**
     * Creates a response.
     *
     * @param statusCode the HTTP status
     * @param headers the headers
     * @param body the body, not yet read; closing it must release the connection, and may happen on another thread
     *     while a read waits
     */
    public TransportResponse(int statusCode, HttpHeaders headers, InputStream body) {
        this.statusCode = statusCode;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = Objects.requireNonNull(body, "body");
    }

    /**
     * Creates a response whose body is held in memory, such as one an interceptor or a fake transport answers with.
     *
     * @param statusCode the HTTP status
     * @param headers the headers, each with one value
     * @param body the body's bytes
     * @return the response
     */
    public static TransportResponse of(int statusCode, Map<String, String> headers, byte[] body) {
        Map<String, List<String>> lists = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> lists.put(name, List.of(value)));
        return new TransportResponse(
                statusCode, HttpHeaders.of(lists, (name, value) -> true), new ByteArrayInputStream(body.clone()));
    }

    /**
     * Returns the HTTP status.
     *
     * @return the status
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * Returns the headers.
     *
     * @return the headers
     */
    public HttpHeaders headers() {
        return headers;
    }

    /**
     * Returns the body, to read once.
     *
     * @return the body
     */
    public InputStream body() {
        return body;
    }

    /**
     * Returns this response with another body, such as one an interceptor reads through to log it.
     *
     * @param body the new body, which closes the old one when closed
     * @return the response
     */
    public TransportResponse withBody(InputStream body) {
        return new TransportResponse(statusCode, headers, body);
    }

    /** Closes the body; a failure to close is ignored, as nothing more is read. */
    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException ignored) {
            // the connection is released either way
        }
    }

    @Override
    public String toString() {
        return "TransportResponse{statusCode=" + statusCode + "}";
    }
}
