package dev.kiln.runtime.core;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Everything a client needs to make calls: where, as whom, through which transport and interceptors, and with which
 * limits.
 *
 * <p>Options derived with {@link #toBuilder()} share this one's HTTP client, so its connections, unless they set
 * another HTTP client or a setting of the client itself (connect timeout, proxy, TLS context, executor).
 * {@link #close()} releases what these options created, and nothing a user supplied.
 */
public final class ClientOptions implements AutoCloseable {
    /** The whole-request timeout used when none is set. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(1);

    /** The connect timeout used when none is set. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** How many times a failed call is retried when no other number is set. */
    public static final int DEFAULT_MAX_RETRIES = 2;

    /** The most bytes a response body read whole (JSON, text, an error's body) may have: 128 MiB. */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 128 * 1024 * 1024;

    private static final System.Logger LOGGER = System.getLogger(ClientOptions.class.getName());

    /** The settings as built, frozen; the one list of them, with their defaults, is {@link ClientSettings}. */
    private final ClientSettings settings;

    private final URI baseUrl;
    private final CredentialSettings credentialSettings;
    private final ConnectionPool pool;
    /** Whether {@link #pool} was created for these options, not inherited or supplied. */
    private final boolean ownsPool;

    private final AtomicBoolean closed = new AtomicBoolean();

    private ClientOptions(Builder builder) {
        this.settings = builder.settings.frozen();
        this.baseUrl = URI.create(stripTrailingSlash(Objects.requireNonNull(settings.baseUrl, "baseUrl")));
        this.credentialSettings = new CredentialSettings(settings);
        ConnectionChoice.check(builder);
        warnIfInsecure(baseUrl);
        ConnectionChoice connection = ConnectionChoice.of(builder);
        this.pool = connection.pool();
        this.ownsPool = connection.owned();
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
     * Returns the base URL every path is relative to, without a trailing slash.
     *
     * @return the base URL
     */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * Returns the header that carries the API key and its value, when an API key is set and goes in a header.
     *
     * @return the header's name and value
     */
    public Optional<Map.Entry<String, String>> authorization() {
        return credentialSettings.authorization();
    }

    /**
     * Returns the credentials every call carries, made anew: an OAuth2 token source keeps its tokens for the
     * executor that asked for it.
     *
     * @param errors how a failed token fetch becomes the SDK's exception
     * @return the credentials, {@link Credentials#NONE} when none are set
     */
    public Credentials credentials(ErrorFactory errors) {
        return credentialSettings.credentials(
                transport(), blockingExecutor(), settings.clock, settings.timeout, errors);
    }

    /**
     * Returns the interceptors added to the builder, in order, without the logging hook.
     *
     * @return the interceptors
     */
    public List<Interceptor> interceptors() {
        return settings.interceptors;
    }

    /**
     * Returns what the built-in logging hook writes.
     *
     * @return the logging settings, or empty when nothing is logged
     */
    public Optional<HttpLogging> logging() {
        return Optional.ofNullable(settings.logging);
    }

    /**
     * Returns the transport calls are sent through.
     *
     * @return the transport set, else {@link JdkHttpTransport} on the HTTP client
     */
    public Transport transport() {
        return pool.transport();
    }

    /**
     * Returns the HTTP client of the default transport.
     *
     * @return the HTTP client
     * @throws IllegalStateException when another transport is set
     */
    public HttpClient httpClient() {
        return pool.httpClient();
    }

    /**
     * Returns where work that blocks a thread runs, such as reading an event stream for a
     * {@link java.util.concurrent.Flow.Subscriber}: the executor set, else the threads of the SDK's HTTP client,
     * else those of a supplied one, else a new thread per task.
     *
     * @return the executor
     */
    public Executor blockingExecutor() {
        return pool.blockingWork();
    }

    /**
     * Returns how long a streamed body (an event stream, a binary answer) may go without a byte arriving before
     * reading it fails with a timeout.
     *
     * @return the read timeout, or empty when a stream may wait for ever
     */
    public Optional<Duration> streamReadTimeout() {
        return Optional.ofNullable(settings.streamReadTimeout);
    }

    /**
     * Returns the header that carries an idempotency key: every {@code POST} sends one, fresh for each call and
     * the same on each of its retries, unless the caller set the header.
     *
     * @return the header's name, or empty when calls carry no key
     */
    public Optional<String> idempotencyHeader() {
        return Optional.ofNullable(settings.idempotencyHeader);
    }

    /**
     * Tells whether these options, or the options whose HTTP client they share, were closed.
     *
     * @return true when calls with these options are refused
     */
    public boolean isClosed() {
        return closed.get() || pool.isClosed();
    }

    /**
     * Closes these options: later calls are refused, and what they created is released (the threads of the HTTP
     * client the SDK built, which the options derived from these share, so those close too). An HTTP client or
     * an executor the user supplied is left alone. Closing again does nothing.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && ownsPool) {
            pool.close();
        }
    }

    /**
     * Starts a builder holding these options, whose options share this one's HTTP client unless another client or
     * a setting of the client (connect timeout, proxy, TLS context, executor) is set on it.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.settings = settings.drafted();
        builder.inheritedPool = pool;
        return builder;
    }

    /**
     * Returns the whole-request timeout.
     *
     * @return the timeout
     */
    public Duration timeout() {
        return settings.timeout;
    }

    /**
     * Returns the {@code User-Agent} sent with every request.
     *
     * @return the user agent
     */
    public String userAgent() {
        return settings.userAgent;
    }

    /**
     * Returns the extra headers sent with every request.
     *
     * @return the headers
     */
    public Map<String, String> headers() {
        return settings.headers;
    }

    /**
     * Returns how many times a failed call is retried.
     *
     * @return the maximum number of retries; 0 when retries are off
     */
    public int maxRetries() {
        return settings.maxRetries;
    }

    /**
     * Returns how the client waits between retries.
     *
     * @return the sleeper
     */
    public Sleeper sleeper() {
        return settings.sleeper;
    }

    /**
     * Returns the clock that {@code Retry-After} dates are measured against.
     *
     * @return the clock
     */
    public Clock clock() {
        return settings.clock;
    }

    /**
     * Tells whether every response is validated completely when it arrives (every field of its type, required fields
     * present, literals matching) rather than when a field is first read.
     *
     * @return true when responses are validated eagerly
     */
    public boolean validateResponses() {
        return settings.validateResponses;
    }

    /**
     * Tells whether the built-in logging hook is on.
     *
     * @return true when each attempt is logged
     */
    public boolean logRequests() {
        return settings.logging != null;
    }

    /**
     * Returns the most bytes a response body read whole may have; a larger body, or one that never ends, fails the
     * call as an invalid response as soon as it passes this size. Streamed bodies (binary answers, event streams)
     * are the caller's to read and are not bounded.
     *
     * @return the limit in bytes
     */
    public int maxResponseBytes() {
        return settings.maxResponseBytes;
    }

    /** Never shows a secret. */
    @Override
    public String toString() {
        return "ClientOptions{baseUrl=" + baseUrl + ", " + credentialSettings + ", timeout=" + settings.timeout
                + ", maxRetries=" + settings.maxRetries + ", userAgent=" + settings.userAgent
                + (settings.transport == null ? "" : ", transport=" + settings.transport)
                + (settings.interceptors.isEmpty() ? "" : ", interceptors=" + settings.interceptors.size()) + "}";
    }

    /** Where an API key goes. */
    public enum KeyLocation {
        /** In a header, after a prefix. */
        HEADER,
        /** In a query parameter. */
        QUERY,
        /** In a cookie. */
        COOKIE
    }

    private static void warnIfInsecure(URI baseUrl) {
        String host = baseUrl.getHost() == null ? "" : baseUrl.getHost();
        boolean loopback = host.equals("localhost")
                || host.matches("127(\\.\\d{1,3}){3}")
                || host.equals("[::1]")
                || host.equals("::1");
        if ("http".equalsIgnoreCase(baseUrl.getScheme()) && !loopback) {
            LOGGER.log(
                    System.Logger.Level.WARNING,
                    "the base URL " + baseUrl
                            + " is plain http to a host other than this machine: the API key is sent unencrypted");
        }
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Builds {@link ClientOptions}. */
    public static final class Builder extends ClientOptionsDraft {
        // the setters, and the settings they collect and check, are ClientOptionsDraft's; this class builds
        private Builder() {}

        /**
         * Builds the options.
         *
         * @return the options
         */
        public ClientOptions build() {
            return new ClientOptions(this);
        }
    }
}
