package dev.kiln.runtime.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings for one call that override the client's: extra headers and query parameters, timeout, retries, eager
 * validation of the response, and interceptors that run after the client's.
 */
public final class RequestOptions {
    private static final RequestOptions NONE = builder().build();

    private final Map<String, String> headers;
    private final List<Map.Entry<String, String>> query;
    private final Duration timeout;
    private final Integer maxRetries;
    private final Boolean validateResponses;
    private final List<Interceptor> interceptors;

    private RequestOptions(Builder builder) {
        this.headers = Map.copyOf(builder.headers);
        this.query = List.copyOf(builder.query);
        this.timeout = builder.timeout;
        this.maxRetries = builder.maxRetries;
        this.validateResponses = builder.validateResponses;
        this.interceptors = List.copyOf(builder.interceptors);
    }

    /**
     * Returns options that override nothing.
     *
     * @return the empty options
     */
    public static RequestOptions none() {
        return NONE;
    }

    /**
     * Starts a set of options.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the extra headers.
     *
     * @return the headers
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * Returns the extra query parameters.
     *
     * @return the parameters, in the order added
     */
    public List<Map.Entry<String, String>> query() {
        return query;
    }

    /**
     * Returns the timeout for this call, if it overrides the client's.
     *
     * @return the timeout
     */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /**
     * Returns the retries allowed for this call, if it overrides the client's.
     *
     * @return the maximum number of retries
     */
    public Optional<Integer> maxRetries() {
        return Optional.ofNullable(maxRetries);
    }

    /**
     * Returns whether this call's response is validated when it arrives, if it overrides the client's setting.
     *
     * @return true to validate eagerly, false to read leniently
     */
    public Optional<Boolean> validateResponses() {
        return Optional.ofNullable(validateResponses);
    }

    /**
     * Returns the interceptors this call goes through after the client's.
     *
     * @return the interceptors, in order
     */
    public List<Interceptor> interceptors() {
        return interceptors;
    }

    @Override
    public String toString() {
        return "RequestOptions{headers=" + headers.keySet() + ", query=" + query.size() + " parameters, timeout="
                + timeout + ", maxRetries=" + maxRetries + ", validateResponses=" + validateResponses
                + (interceptors.isEmpty() ? "" : ", interceptors=" + interceptors.size()) + "}";
    }

    /** Builds {@link RequestOptions}. */
    public static final class Builder {
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private Duration timeout;
        private Integer maxRetries;
        private Boolean validateResponses;
        private final List<Interceptor> interceptors = new ArrayList<>();

        private Builder() {}

        /**
         * Adds an interceptor this call goes through, after the client's and those added before it.
         *
         * @param interceptor the interceptor
         * @return this builder
         */
        public Builder interceptor(Interceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /**
         * Adds a header to this call, replacing one of the same name.
         *
         * @param name the header's name
         * @param value its value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Adds a query parameter to this call.
         *
         * @param name the parameter's name
         * @param value its raw value
         * @return this builder
         */
        public Builder queryParam(String name, String value) {
            query.add(Map.entry(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")));
            return this;
        }

        /**
         * Sets this call's whole-request timeout.
         *
         * @param timeout the timeout, positive
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = SettingChecks.positive(timeout, "timeout");
            return this;
        }

        /**
         * Sets how many times this call is retried; 0 disables retries.
         *
         * @param maxRetries the maximum number of retries
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = SettingChecks.notNegative(maxRetries, "maxRetries");
            return this;
        }

        /**
         * Sets whether this call's response is validated completely when it arrives (every field of its type,
         * required fields present, literals matching, nested objects too), failing the call with an invalid response
         * exception, instead of when a field is first read; overrides the client's {@code validateResponses}.
         *
         * @param validateResponses true to validate eagerly, false to read leniently
         * @return this builder
         */
        public Builder validateResponses(boolean validateResponses) {
            this.validateResponses = validateResponses;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
