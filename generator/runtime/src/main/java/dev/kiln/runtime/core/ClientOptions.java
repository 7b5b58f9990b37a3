package dev.kiln.runtime.core;

import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

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

    private final URI baseUrl;
    private final String apiKey;
    private final String authHeader;
    private final String authPrefix;
    private final KeyLocation keyLocation;
    private final Supplier<String> tokenSupplier;
    private final String basicUsername;
    private final String basicPassword;
    private final OAuth2ClientCredentials oauth2;
    private final List<Interceptor> interceptors;
    private final HttpLogging logging;
    private final Transport suppliedTransport;
    private final ConnectionPool pool;
    /** Whether {@link #pool} was created for these options, not inherited or supplied. */
    private final boolean ownsPool;

    private final AtomicBoolean closed = new AtomicBoolean();
    private final Duration connectTimeout;
    private final ProxySelector proxy;
    private final SSLContext sslContext;
    private final Executor executor;
    private final Duration streamReadTimeout;
    private final String idempotencyHeader;
    private final Duration timeout;
    private final String userAgent;
    private final Map<String, String> headers;
    private final int maxRetries;
    private final Sleeper sleeper;
    private final Clock clock;
    private final boolean validateResponses;
    private final int maxResponseBytes;

    private ClientOptions(Builder builder) {
        this.baseUrl = URI.create(stripTrailingSlash(Objects.requireNonNull(builder.baseUrl, "baseUrl")));
        this.apiKey = builder.apiKey;
        this.authHeader = builder.authHeader;
        this.authPrefix = builder.authPrefix;
        this.keyLocation = builder.keyLocation;
        this.tokenSupplier = builder.tokenSupplier;
        this.basicUsername = builder.basicUsername;
        this.basicPassword = builder.basicPassword;
        this.oauth2 = builder.oauth2FromParts();
        this.interceptors = List.copyOf(builder.interceptors);
        this.logging = builder.logging;
        this.suppliedTransport = builder.transport;
        this.timeout = builder.timeout;
        this.userAgent = Objects.requireNonNull(builder.userAgent, "userAgent");
        this.headers = Map.copyOf(builder.headers);
        this.maxRetries = builder.maxRetries;
        this.sleeper = builder.sleeper;
        this.clock = builder.clock;
        this.validateResponses = builder.validateResponses;
        this.maxResponseBytes = builder.maxResponseBytes;
        this.connectTimeout = builder.connectTimeout;
        this.proxy = builder.proxy;
        this.sslContext = builder.sslContext;
        this.executor = builder.executor;
        this.streamReadTimeout = builder.streamReadTimeout;
        this.idempotencyHeader = builder.idempotencyHeader;
        if (builder.httpClient != null && builder.clientSettingsSet) {
            throw new IllegalStateException("connectTimeout, proxy, sslContext and executor configure the HTTP client "
                    + "the SDK builds; with httpClient(...) set them on that client instead");
        }
        if (builder.transport != null && (builder.httpClient != null || builder.httpClientSettingsSet)) {
            throw new IllegalStateException("httpClient, connectTimeout, proxy and sslContext configure the default "
                    + "transport; with transport(...) configure that transport instead");
        }
        warnIfInsecure(baseUrl);
        if (builder.transport != null) {
            this.pool = builder.inheritedPool != null
                    ? builder.inheritedPool
                    : ConnectionPool.custom(builder.transport, builder.executor);
            this.ownsPool = builder.inheritedPool == null;
        } else if (builder.httpClient != null) {
            this.pool = ConnectionPool.supplied(builder.httpClient);
            this.ownsPool = false;
        } else if (builder.inheritedPool != null) {
            this.pool = builder.inheritedPool;
            this.ownsPool = false;
        } else {
            this.pool = ConnectionPool.build(connectTimeout, proxy, sslContext, executor);
            this.ownsPool = true;
        }
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
        if (apiKey == null || keyLocation != KeyLocation.HEADER) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(authHeader, authPrefix + apiKey));
    }

    /**
     * Returns the credentials every call carries, made anew: an OAuth2 token source keeps its tokens for the
     * executor that asked for it.
     *
     * @param errors how a failed token fetch becomes the SDK's exception
     * @return the credentials, {@link Credentials#NONE} when none are set
     */
    public Credentials credentials(ErrorFactory errors) {
        List<Credentials> all = new ArrayList<>();
        if (tokenSupplier != null) {
            all.add(Credentials.header(authHeader, authPrefix, tokenSupplier));
        } else if (apiKey != null) {
            String key = apiKey;
            all.add(
                    switch (keyLocation) {
                        case HEADER -> Credentials.header(authHeader, authPrefix, () -> key);
                        case QUERY -> Credentials.queryParameter(authHeader, key);
                        case COOKIE -> Credentials.cookie(authHeader, key);
                    });
        }
        if (basicUsername != null) {
            all.add(Credentials.basic(basicUsername, basicPassword));
        }
        if (oauth2 != null) {
            all.add(new OAuth2TokenSource(oauth2, transport(), blockingExecutor(), clock, timeout, errors));
        }
        return all.isEmpty() ? Credentials.NONE : Credentials.all(all);
    }

    /**
     * Returns the interceptors every call goes through, in order, the logging hook last when logging is on.
     *
     * @param credentials the credentials whose secrets the logging hook hides
     * @return the interceptors
     */
    public List<Interceptor> interceptors(Credentials credentials) {
        if (logging == null) {
            return interceptors;
        }
        List<Interceptor> all = new ArrayList<>(interceptors);
        all.add(new RequestLogger(logging, credentials));
        return List.copyOf(all);
    }

    /**
     * Returns the interceptors added to the builder, in order, without the logging hook.
     *
     * @return the interceptors
     */
    public List<Interceptor> interceptors() {
        return interceptors;
    }

    /**
     * Returns what the built-in logging hook writes.
     *
     * @return the logging settings, or empty when nothing is logged
     */
    public Optional<HttpLogging> logging() {
        return Optional.ofNullable(logging);
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
        return Optional.ofNullable(streamReadTimeout);
    }

    /**
     * Returns the header that carries an idempotency key: every {@code POST} sends one, fresh for each call and
     * the same on each of its retries, unless the caller set the header.
     *
     * @return the header's name, or empty when calls carry no key
     */
    public Optional<String> idempotencyHeader() {
        return Optional.ofNullable(idempotencyHeader);
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
        builder.baseUrl = baseUrl.toString();
        builder.apiKey = apiKey;
        builder.authHeader = authHeader;
        builder.authPrefix = authPrefix;
        builder.keyLocation = keyLocation;
        builder.tokenSupplier = tokenSupplier;
        builder.basicUsername = basicUsername;
        builder.basicPassword = basicPassword;
        builder.oauth2ClientCredentials(oauth2);
        builder.interceptors.addAll(interceptors);
        builder.logging = logging;
        builder.transport = suppliedTransport;
        builder.inheritedPool = pool;
        builder.timeout = timeout;
        builder.connectTimeout = connectTimeout;
        builder.proxy = proxy;
        builder.sslContext = sslContext;
        builder.executor = executor;
        builder.streamReadTimeout = streamReadTimeout;
        builder.idempotencyHeader = idempotencyHeader;
        builder.userAgent = userAgent;
        builder.headers.putAll(headers);
        builder.maxRetries = maxRetries;
        builder.sleeper = sleeper;
        builder.clock = clock;
        builder.validateResponses = validateResponses;
        builder.maxResponseBytes = maxResponseBytes;
        return builder;
    }

    /**
     * Returns the whole-request timeout.
     *
     * @return the timeout
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Returns the {@code User-Agent} sent with every request.
     *
     * @return the user agent
     */
    public String userAgent() {
        return userAgent;
    }

    /**
     * Returns the extra headers sent with every request.
     *
     * @return the headers
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * Returns how many times a failed call is retried.
     *
     * @return the maximum number of retries; 0 when retries are off
     */
    public int maxRetries() {
        return maxRetries;
    }

    /**
     * Returns how the client waits between retries.
     *
     * @return the sleeper
     */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * Returns the clock that {@code Retry-After} dates are measured against.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Tells whether every response is validated completely when it arrives (every field of its type, required fields
     * present, literals matching) rather than when a field is first read.
     *
     * @return true when responses are validated eagerly
     */
    public boolean validateResponses() {
        return validateResponses;
    }

    /**
     * Tells whether the built-in logging hook is on.
     *
     * @return true when each attempt is logged
     */
    public boolean logRequests() {
        return logging != null;
    }

    /**
     * Returns the most bytes a response body read whole may have; a larger body, or one that never ends, fails the
     * call as an invalid response as soon as it passes this size. Streamed bodies (binary answers, event streams)
     * are the caller's to read and are not bounded.
     *
     * @return the limit in bytes
     */
    public int maxResponseBytes() {
        return maxResponseBytes;
    }

    /** Never shows a secret. */
    @Override
    public String toString() {
        return "ClientOptions{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "****")
                + (tokenSupplier == null ? "" : ", tokenSupplier=****")
                + (basicUsername == null ? "" : ", basic=" + basicUsername + ":****")
                + (oauth2 == null ? "" : ", oauth2=" + oauth2) + ", timeout=" + timeout + ", maxRetries=" + maxRetries
                + ", userAgent=" + userAgent + (suppliedTransport == null ? "" : ", transport=" + suppliedTransport)
                + (interceptors.isEmpty() ? "" : ", interceptors=" + interceptors.size()) + "}";
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

    /**
     * Checks that a secret can be sent in a header: the JDK's HTTP client rejects such a value on every call, with
     * the value (here, the secret) in its message. This message never shows it.
     */
    static String requireHeaderSafe(String secret, String what) {
        for (int i = 0; i < secret.length(); i++) {
            char c = secret.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F || c > 0xFF) {
                throw new IllegalArgumentException(what + " cannot be sent in an HTTP header: character " + (i + 1)
                        + " of " + secret.length()
                        + " is a line break, a control character or not Latin-1; check how it is read");
            }
        }
        return secret;
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
    public static final class Builder {
        private String baseUrl;
        private String apiKey;
        private String authHeader = "Authorization";
        private String authPrefix = "Bearer ";
        private KeyLocation keyLocation = KeyLocation.HEADER;
        private Supplier<String> tokenSupplier;
        private String basicUsername;
        private String basicPassword;
        private boolean secretInBody;
        private String clientId;
        private String clientSecret;
        private String tokenUrl;
        private List<String> scopes = List.of();
        private final List<Interceptor> interceptors = new ArrayList<>();
        private HttpLogging logging;
        private Transport transport;
        private HttpClient httpClient;
        private ConnectionPool inheritedPool;
        /** Whether a setting of the SDK's own HTTP client was set on this builder. */
        private boolean clientSettingsSet;
        /** Whether a setting only the default transport has (connect timeout, proxy, TLS) was set. */
        private boolean httpClientSettingsSet;

        private Duration timeout = DEFAULT_TIMEOUT;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private ProxySelector proxy;
        private SSLContext sslContext;
        private Executor executor;
        private Duration streamReadTimeout;
        private String idempotencyHeader;
        private String userAgent = "kiln-sdk";
        private final Map<String, String> headers = new LinkedHashMap<>();
        private int maxRetries = DEFAULT_MAX_RETRIES;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Clock clock = Clock.systemUTC();
        private boolean validateResponses;
        private int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;

        private Builder() {}

        /**
         * Sends every call through another transport than {@code java.net.http}, such as one on the HTTP client the
         * application already uses. Retries, timeouts, credentials, interceptors, paging, streams and the SDK's
         * exceptions work the same over it. The SDK never closes it.
         *
         * @param transport the transport
         * @return this builder
         */
        public Builder transport(Transport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            this.inheritedPool = null;
            return this;
        }

        /**
         * Adds an interceptor every call goes through, after those added before it.
         *
         * @param interceptor the interceptor
         * @return this builder
         */
        public Builder interceptor(Interceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /**
         * Turns the built-in logging hook on with these settings, or off.
         *
         * @param logging what to log, or null to log nothing
         * @return this builder
         */
        public Builder logging(HttpLogging logging) {
            this.logging = logging;
            return this;
        }

        /**
         * Sends the API key in a query parameter or a cookie of this name instead of a header.
         *
         * @param location where the key goes
         * @param name the header's, parameter's or cookie's name
         * @param prefix the text before the key in a header, such as {@code "Bearer "}; ignored elsewhere
         * @return this builder
         */
        public Builder keyLocation(KeyLocation location, String name, String prefix) {
            this.keyLocation = Objects.requireNonNull(location, "location");
            this.authHeader = Objects.requireNonNull(name, "name");
            this.authPrefix = Objects.requireNonNull(prefix, "prefix");
            return this;
        }

        /**
         * Asks a supplier for the token on every attempt, sent where the API key goes (as {@code Authorization:
         * Bearer <token>} unless set otherwise), in place of a fixed key. The supplier may cache and refresh the
         * token itself; after a 401 it is asked again, and the call retried once when it gives another token.
         *
         * @param tokenSupplier gives the token, or null to send the API key
         * @return this builder
         */
        public Builder tokenSupplier(Supplier<String> tokenSupplier) {
            this.tokenSupplier = tokenSupplier;
            return this;
        }

        /**
         * Sends HTTP Basic credentials with every call.
         *
         * @param username the user name, or null to send none
         * @param password the password
         * @return this builder
         */
        public Builder basicAuth(String username, String password) {
            this.basicUsername = username == null ? null : requireHeaderSafe(username, "the user name");
            this.basicPassword = username == null ? null : Objects.requireNonNull(password, "password");
            return this;
        }

        /**
         * Fetches bearer tokens with OAuth2's client-credentials grant (see {@link OAuth2ClientCredentials}).
         *
         * @param oauth2 the token endpoint, client id, secret and scopes, or null for none
         * @return this builder
         */
        public Builder oauth2ClientCredentials(OAuth2ClientCredentials oauth2) {
            if (oauth2 == null) {
                this.clientId = null;
                return this;
            }
            this.clientId = oauth2.clientId();
            this.clientSecret = oauth2.clientSecret();
            this.tokenUrl = oauth2.tokenUrl().toString();
            this.scopes = oauth2.scopes();
            this.secretInBody = oauth2.secretInBody();
            return this;
        }

        /**
         * Sets the OAuth2 client id; with a secret, the client fetches its tokens with the client-credentials grant
         * from the {@linkplain #tokenUrl(String) token URL}.
         *
         * @param clientId the client's id, or null for none
         * @return this builder
         */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /**
         * Sets the OAuth2 client secret.
         *
         * @param clientSecret the client's secret
         * @return this builder
         */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        /**
         * Sets the OAuth2 token endpoint.
         *
         * @param tokenUrl the absolute URL
         * @return this builder
         */
        public Builder tokenUrl(String tokenUrl) {
            this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
            return this;
        }

        /**
         * Sets the OAuth2 scopes a token is asked for (none unless set: the server's default).
         *
         * @param scopes the scopes
         * @return this builder
         */
        public Builder scopes(List<String> scopes) {
            this.scopes = List.copyOf(scopes);
            return this;
        }

        /** The client-credentials settings the parts make, or null when no client id is set. */
        private OAuth2ClientCredentials oauth2FromParts() {
            if (clientId == null) {
                return null;
            }
            if (clientSecret == null || tokenUrl == null) {
                throw new IllegalStateException("an OAuth2 client id needs a client secret and a token URL");
            }
            return new OAuth2ClientCredentials(URI.create(tokenUrl), clientId, clientSecret, scopes, secretInBody);
        }

        /**
         * Sets the most bytes a response body read whole may have ({@value ClientOptions#DEFAULT_MAX_RESPONSE_BYTES} unless set).
         *
         * @param maxResponseBytes the limit, positive
         * @return this builder
         */
        public Builder maxResponseBytes(int maxResponseBytes) {
            if (maxResponseBytes <= 0) {
                throw new IllegalArgumentException("maxResponseBytes must be positive, was " + maxResponseBytes);
            }
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /**
         * Sets how many times a failed call is retried; 0 disables retries.
         *
         * @param maxRetries the maximum number of retries
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative, was " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Sets how the client waits between retries (tests pass one that does not really wait).
         *
         * @param sleeper the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * Sets the clock that {@code Retry-After} dates are measured against.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Validates every response completely when it arrives (every field of its type, required fields present,
         * literals matching, nested objects too), failing the call with an invalid response exception, instead of
         * when a field is first read. A call's {@link RequestOptions.Builder#validateResponses} overrides it.
         *
         * @param validateResponses true to validate eagerly
         * @return this builder
         */
        public Builder validateResponses(boolean validateResponses) {
            this.validateResponses = validateResponses;
            return this;
        }

        /**
         * Logs each attempt's method, URL, status, time and number at {@code INFO} through {@link System.Logger}
         * (never headers or bodies, so never the API key): {@code logging(HttpLogging.basic())}, or no logging.
         *
         * @param logRequests true to log
         * @return this builder
         */
        public Builder logRequests(boolean logRequests) {
            this.logging = logRequests ? HttpLogging.basic() : null;
            return this;
        }

        /**
         * Sets the base URL.
         *
         * @param baseUrl for example {@code https://api.example.com/v1}
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /**
         * Sets the API key, or none.
         *
         * @param apiKey the key, or null to send no credentials
         * @return this builder
         * @throws IllegalArgumentException when the key holds a character that cannot be sent in a header, such as a
         *     line break; the message never shows the key
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey == null ? null : requireHeaderSafe(apiKey, "the API key");
            return this;
        }

        /**
         * Sets how the API key is sent: the header's name and the text before the key.
         *
         * @param header for example {@code Authorization}
         * @param prefix for example {@code "Bearer "}, or an empty string
         * @return this builder
         */
        public Builder authScheme(String header, String prefix) {
            return keyLocation(KeyLocation.HEADER, header, prefix);
        }

        /**
         * Sets the HTTP client; by default one is made with the connect timeout that follows no redirects, so
         * that the API key is never sent to another origin.
         *
         * @param httpClient the client
         * @return this builder
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            this.inheritedPool = null;
            return this;
        }

        /** Notes a setting of the HTTP client the default transport builds. */
        private Builder httpClientSettingChanged() {
            this.httpClientSettingsSet = true;
            return clientSettingChanged();
        }

        /**
         * Sets the proxy of the HTTP client the SDK builds (none unless set).
         *
         * @param proxy the proxy selector, such as {@code ProxySelector.of(address)}
         * @return this builder
         */
        public Builder proxy(ProxySelector proxy) {
            this.proxy = Objects.requireNonNull(proxy, "proxy");
            return httpClientSettingChanged();
        }

        /**
         * Sets the TLS context of the HTTP client the SDK builds (the JDK's default unless set), for a private
         * certificate authority or a client certificate.
         *
         * @param sslContext the context
         * @return this builder
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
            return httpClientSettingChanged();
        }

        /**
         * Sets the executor the HTTP client the SDK builds runs on; the SDK never shuts it down. Unless set, the SDK
         * starts its own daemon threads and stops them when the client is closed.
         *
         * @param executor the executor
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return clientSettingChanged();
        }

        /**
         * Sets how long a streamed body (an event stream, a binary answer) may go without a byte arriving; reading
         * it then fails with a timeout. Unless set, a stream may wait for ever.
         *
         * @param streamReadTimeout the timeout, positive
         * @return this builder
         */
        public Builder streamReadTimeout(Duration streamReadTimeout) {
            this.streamReadTimeout = requirePositive(streamReadTimeout, "streamReadTimeout");
            return this;
        }

        /**
         * Sets the header that carries an idempotency key, such as {@code Idempotency-Key}: every {@code POST}
         * then sends a fresh key, the same on each retry of one call, unless the caller set that header itself.
         *
         * @param idempotencyHeader the header's name, or null for no key
         * @return this builder
         */
        public Builder idempotencyHeader(String idempotencyHeader) {
            if (idempotencyHeader != null && !idempotencyHeader.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                throw new IllegalArgumentException("not a valid header name: " + idempotencyHeader);
            }
            this.idempotencyHeader = idempotencyHeader;
            return this;
        }

        private Builder clientSettingChanged() {
            this.clientSettingsSet = true;
            this.inheritedPool = null;
            return this;
        }

        /**
         * Sets the whole-request timeout.
         *
         * @param timeout the timeout
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = requirePositive(timeout, "timeout");
            return this;
        }

        /**
         * Sets the connect timeout of the default HTTP client.
         *
         * @param connectTimeout the timeout
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = requirePositive(connectTimeout, "connectTimeout");
            return httpClientSettingChanged();
        }

        /**
         * Sets the {@code User-Agent}.
         *
         * @param userAgent the user agent
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
            return this;
        }

        /**
         * Adds a header sent with every request.
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
         * Builds the options.
         *
         * @return the options
         */
        public ClientOptions build() {
            return new ClientOptions(this);
        }

        private static Duration requirePositive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + duration);
            }
            return duration;
        }
    }
}
