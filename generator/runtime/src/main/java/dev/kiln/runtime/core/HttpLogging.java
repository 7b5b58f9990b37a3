package dev.kiln.runtime.core;

import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the client's built-in logging hook writes, through {@link System.Logger} (so to {@code java.util.logging}
 * unless the application routes it elsewhere), at {@code INFO}, under the logger named like the SDK's
 * {@code core.HttpExecutor}: one line per attempt with method, URL, status, time and attempt number, and, only when
 * asked, the headers and the start of each body. The credentials' headers and query parameters, and the headers and
 * parameters named here, show as {@code ****}. Off unless set:
 *
 * <pre>{@code
 * Together client = Together.builder()
 *         .logging(HttpLogging.builder().headers(true).bodies(2048).redactHeader("X-Session").build())
 *         .build();
 * }</pre>
 */
public final class HttpLogging {
    private static final HttpLogging BASIC = builder().build();

    private final boolean headers;
    private final int bodyBytes;
    private final Set<String> redactedHeaders;
    private final Set<String> redactedQueryParameters;

    private HttpLogging(Builder builder) {
        this.headers = builder.headers;
        this.bodyBytes = builder.bodyBytes;
        this.redactedHeaders = Set.copyOf(builder.redactedHeaders);
        this.redactedQueryParameters = Set.copyOf(builder.redactedQueryParameters);
    }

    /**
     * Returns the settings that log one line per attempt: method, URL, status, time and attempt number; no headers,
     * no bodies.
     *
     * @return the settings
     */
    public static HttpLogging basic() {
        return BASIC;
    }

    /**
     * Starts settings, which log one line per attempt until more is asked for.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells whether headers are logged.
     *
     * @return true to log them, with secrets shown as {@code ****}
     */
    public boolean headers() {
        return headers;
    }

    /**
     * Returns how many bytes of each body are logged.
     *
     * @return the most bytes, 0 when bodies are not logged
     */
    public int bodyBytes() {
        return bodyBytes;
    }

    /**
     * Returns the headers whose values are left out of the log: named here, carrying credentials, or the
     * authorization headers.
     *
     * @param credentials the client's credentials
     * @return their names in lower case, to be shown as {@code ****}
     */
    Set<String> redactedHeaders(Credentials credentials) {
        Set<String> names = new HashSet<>(redactedHeaders);
        credentials.secretHeaders().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
        names.add("authorization");
        names.add("proxy-authorization");
        return Set.copyOf(names);
    }

    /** The query parameters left out of the log. */
    Set<String> redactedQueryParameters() {
        return redactedQueryParameters;
    }

    @Override
    public String toString() {
        return "HttpLogging{headers=" + headers + ", bodyBytes=" + bodyBytes + ", redactedHeaders=" + redactedHeaders
                + ", redactedQueryParameters=" + redactedQueryParameters + "}";
    }

    /** Builds {@link HttpLogging}. */
    public static final class Builder {
        private boolean headers;
        private int bodyBytes;
        private final Set<String> redactedHeaders = new TreeSet<>();
        private final Set<String> redactedQueryParameters = new TreeSet<>();

        private Builder() {}

        /**
         * Logs each request's and response's headers, secrets shown as {@code ****}.
         *
         * @param headers true to log headers
         * @return this builder
         */
        public Builder headers(boolean headers) {
            this.headers = headers;
            return this;
        }

        /**
         * Logs the start of each request and response body, as UTF-8 text.
         *
         * @param maxBytes how many bytes of each body, 0 for none
         * @return this builder
         */
        public Builder bodies(int maxBytes) {
            this.bodyBytes = SettingChecks.notNegative(maxBytes, "maxBytes");
            return this;
        }

        /**
         * Shows a header's value as {@code ****}; the headers that carry the client's credentials always are.
         *
         * @param name the header's name, in any case
         * @return this builder
         */
        public Builder redactHeader(String name) {
            redactedHeaders.add(Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT));
            return this;
        }

        /**
         * Shows a query parameter's value as {@code ****}; a parameter that carries the client's credentials always is.
         *
         * @param name the parameter's name
         * @return this builder
         */
        public Builder redactQueryParameter(String name) {
            redactedQueryParameters.add(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         */
        public HttpLogging build() {
            return new HttpLogging(this);
        }
    }
}
