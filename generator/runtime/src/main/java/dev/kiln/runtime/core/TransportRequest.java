package dev.kiln.runtime.core;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request as a {@link Transport} sends it: method, absolute URI, headers and body, with how long to wait for the
 * response's headers and for each read of a streamed body. Immutable; {@link #toBuilder()} makes a changed copy,
 * which is how an {@link Interceptor} changes a request.
 */
public final class TransportRequest {
    private final String method;
    private final URI uri;
    /** Header names as first set, compared ignoring case; values in the order added. */
    private final Map<String, List<String>> headers;

    private final RequestContent body;
    private final Duration timeout;
    private final Duration readTimeout;

    private TransportRequest(Builder builder) {
        this.method = builder.method;
        this.uri = builder.uri;
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        builder.headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = builder.body;
        this.timeout = builder.timeout;
        this.readTimeout = builder.readTimeout;
    }

    /**
     * Starts a request.
     *
     * @param method the HTTP method, such as {@code GET}
     * @param uri the absolute URI
     * @return the builder, with a timeout of {@link ClientOptions#DEFAULT_TIMEOUT}
     */
    public static Builder builder(String method, URI uri) {
        return new Builder(method, uri);
    }

    /**
     * Returns the HTTP method.
     *
     * @return such as {@code GET}
     */
    public String method() {
        return method;
    }

    /**
     * Returns the absolute URI, query included, percent-encoded.
     *
     * @return the URI
     */
    public URI uri() {
        return uri;
    }

    /**
     * Returns the headers, their names compared ignoring case.
     *
     * @return the headers
     */
    public HttpHeaders headers() {
        return HttpHeaders.of(headers, (name, value) -> true);
    }

    /**
     * Returns the first value of a header.
     *
     * @param name the header's name, in any case
     * @return the value, if the header is set
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Returns the body, with its content type, which is also the {@code Content-Type} header.
     *
     * @return the body, or empty for a request without one
     */
    public Optional<RequestContent> body() {
        return Optional.ofNullable(body);
    }

    /**
     * Returns how long to wait for the response's status and headers.
     *
     * @return the timeout
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Returns how long each read of a streamed body (an event stream, a binary answer) may wait for a byte.
     *
     * @return the read timeout, or empty when a read may wait for ever
     */
    public Optional<Duration> readTimeout() {
        return Optional.ofNullable(readTimeout);
    }

    /**
     * Starts a builder holding this request, to change it.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder(method, uri);
        headers.forEach((name, values) -> builder.headers.put(name, new ArrayList<>(values)));
        builder.body = body;
        builder.timeout = timeout;
        builder.readTimeout = readTimeout;
        return builder;
    }

    /** The method and URI, never the headers or the body, which may carry credentials. */
    @Override
    public String toString() {
        return method + " " + uri;
    }

    /** Builds a {@link TransportRequest}. */
    public static final class Builder {
        private String method;
        private URI uri;
        private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private RequestContent body;
        private Duration timeout = ClientOptions.DEFAULT_TIMEOUT;
        private Duration readTimeout;

        private Builder(String method, URI uri) {
            method(method);
            uri(uri);
        }

        /**
         * Sets the HTTP method.
         *
         * @param method such as {@code GET}
         * @return this builder
         */
        public Builder method(String method) {
            this.method = Objects.requireNonNull(method, "method");
            return this;
        }

        /**
         * Sets the URI.
         *
         * @param uri the absolute URI
         * @return this builder
         */
        public Builder uri(URI uri) {
            Objects.requireNonNull(uri, "uri");
            if (!uri.isAbsolute()) {
                throw new IllegalArgumentException("not an absolute URI: " + uri);
            }
            this.uri = uri;
            return this;
        }

        /**
         * Sets a header, in place of every value it had.
         *
         * @param name the header's name
         * @param value its value
         * @return this builder
         */
        public Builder header(String name, String value) {
            List<String> values = new ArrayList<>();
            values.add(Objects.requireNonNull(value, "value"));
            headers.put(Objects.requireNonNull(name, "name"), values);
            return this;
        }

        /**
         * Adds a value to a header.
         *
         * @param name the header's name
         * @param value the value to add
         * @return this builder
         */
        public Builder addHeader(String name, String value) {
            headers.computeIfAbsent(Objects.requireNonNull(name, "name"), key -> new ArrayList<>())
                    .add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Removes a header.
         *
         * @param name the header's name, in any case
         * @return this builder
         */
        public Builder removeHeader(String name) {
            headers.remove(name);
            return this;
        }

        /**
         * Sets the body, and the {@code Content-Type} header to its content type.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(RequestContent body) {
            this.body = Objects.requireNonNull(body, "body");
            return header("Content-Type", body.contentType());
        }

        /**
         * Removes the body and the {@code Content-Type} header.
         *
         * @return this builder
         */
        public Builder noBody() {
            this.body = null;
            return removeHeader("Content-Type");
        }

        /**
         * Sets how long to wait for the response's status and headers.
         *
         * @param timeout the timeout, positive
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = SettingChecks.positive(timeout, "timeout");
            return this;
        }

        /**
         * Sets how long each read of a streamed body may wait for a byte.
         *
         * @param readTimeout the timeout, or null to wait for ever
         * @return this builder
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         */
        public TransportRequest build() {
            return new TransportRequest(this);
        }
    }
}
