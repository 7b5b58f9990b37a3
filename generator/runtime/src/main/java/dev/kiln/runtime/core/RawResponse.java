package dev.kiln.runtime.core;

import java.net.http.HttpHeaders;
import java.util.Optional;
import java.util.function.Function;

/**
 * A 2xx response with its status, headers and request id, whose body is parsed on demand.
 *
 * @param <T> the type of the parsed body ({@link Void} when the call returns nothing)
 */
public final class RawResponse<T> {
    private final ApiResponse response;
    private final Function<ApiResponse, T> parser;

    /**
     * Creates a raw response.
     *
     * @param response the response received
     * @param parser how to parse its body
     */
    public RawResponse(ApiResponse response, Function<ApiResponse, T> parser) {
        this.response = response;
        this.parser = parser;
    }

    /**
     * Returns the HTTP status code.
     *
     * @return the status
     */
    public int statusCode() {
        return response.statusCode();
    }

    /**
     * Returns the response headers.
     *
     * @return the headers
     */
    public HttpHeaders headers() {
        return response.headers();
    }

    /**
     * Returns the id the server gave this request ({@code x-request-id} or a common equivalent).
     *
     * @return the request id, if the server sent one
     */
    public Optional<String> requestId() {
        return response.requestId();
    }

    /**
     * Returns how many attempts the call took, retries included.
     *
     * @return the number of attempts
     */
    public int attempts() {
        return response.attempts();
    }

    /**
     * Parses the body into the call's return type.
     *
     * @return the typed body, or null for a call that returns nothing
     */
    public T parse() {
        return parser.apply(response);
    }

    /** The response as received, for a page that reports a failure against it. */
    ApiResponse response() {
        return response;
    }

    @Override
    public String toString() {
        return "RawResponse{statusCode=" + statusCode() + ", requestId="
                + requestId().orElse("none") + "}";
    }
}
