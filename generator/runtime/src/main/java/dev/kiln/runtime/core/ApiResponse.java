package dev.kiln.runtime.core;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A response as received: status, headers and the body's bytes. */
public final class ApiResponse {
    private static final List<String> REQUEST_ID_HEADERS = List.of("x-request-id", "request-id", "x-amzn-requestid");

    private final int statusCode;
    private final HttpHeaders headers;
    private final byte[] body;
    private final int attempts;

    /**
     * Creates a response received on the first attempt.
     *
     * @param statusCode the HTTP status
     * @param headers the headers
     * @param body the body's bytes, empty when there is none
     */
    public ApiResponse(int statusCode, HttpHeaders headers, byte[] body) {
        this(statusCode, headers, body, 1);
    }

    /**
     * Creates a response.
     *
     * @param statusCode the HTTP status
     * @param headers the headers
     * @param body the body's bytes, empty when there is none
     * @param attempts how many attempts the call took until this response, retries included
     */
    public ApiResponse(int statusCode, HttpHeaders headers, byte[] body, int attempts) {
        this.statusCode = statusCode;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = body.clone();
        this.attempts = attempts;
    }

    /**
     * Returns how many attempts the call took until this response, retries included.
     *
     * @return the number of attempts, at least 1
     */
    public int attempts() {
        return attempts;
    }

    /**
     * Returns the HTTP status code.
     *
     * @return the status
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * Returns the response headers.
     *
     * @return the headers
     */
    public HttpHeaders headers() {
        return headers;
    }

    /**
     * Returns the body's bytes.
     *
     * @return a copy of the body
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * Returns the body decoded as UTF-8.
     *
     * @return the body text, empty when there is none
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * Returns the id the server gave this request ({@code x-request-id} or a common equivalent).
     *
     * @return the request id, if the server sent one
     */
    public Optional<String> requestId() {
        for (String name : REQUEST_ID_HEADERS) {
            Optional<String> value = headers.firstValue(name);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether the status is 2xx.
     *
     * @return true for a successful status
     */
    public boolean isSuccess() {
        return statusCode >= 200 && statusCode < 300;
    }
}
