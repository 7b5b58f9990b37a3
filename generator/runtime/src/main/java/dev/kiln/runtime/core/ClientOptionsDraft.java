package dev.kiln.runtime.core;

import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * The setters of a {@link ClientOptions.Builder}, each checking its setting as it sets it in the builder's
 * {@link ClientSettings}.
 * The builder is the only subclass and adds {@code build()}; as this class is not public, its public setters are the
 * builder's own to a user and in the Javadoc.
 */
abstract sealed class ClientOptionsDraft permits ClientOptions.Builder {
    /** The settings so far; {@link ClientOptions#toBuilder()} starts a builder on a copy of the options' own. */
    ClientSettings settings = new ClientSettings();

    /** The connection pool of the options this builder was started from, shared until a setting of it changes. */
    ConnectionPool inheritedPool;
    /** Whether a setting of the SDK's own HTTP client was set on this builder. */
    boolean clientSettingsSet;
    /** Whether a setting only the default transport has (connect timeout, proxy, TLS) was set. */
    boolean httpClientSettingsSet;

    /**
     * Sets the base URL.
     *
     * @param baseUrl for example {@code https://api.example.com/v1}
     * @return this builder
     */
    public ClientOptions.Builder baseUrl(String baseUrl) {
        settings.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        return self();
    }

    /**
     * Sets the {@code User-Agent}.
     *
     * @param userAgent the user agent
     * @return this builder
     */
    public ClientOptions.Builder userAgent(String userAgent) {
        settings.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        return self();
    }

    /**
     * Adds a header sent with every request.
     *
     * @param name the header's name
     * @param value its value
     * @return this builder
     */
    public ClientOptions.Builder header(String name, String value) {
        settings.headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return self();
    }

    /**
     * Sets the header that carries an idempotency key, such as {@code Idempotency-Key}: every {@code POST}
     * then sends a fresh key, the same on each retry of one call, unless the caller set that header itself.
     *
     * @param idempotencyHeader the header's name, or null for no key
     * @return this builder
     */
    public ClientOptions.Builder idempotencyHeader(String idempotencyHeader) {
        if (idempotencyHeader != null && !idempotencyHeader.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
            throw new IllegalArgumentException("not a valid header name: " + idempotencyHeader);
        }
        settings.idempotencyHeader = idempotencyHeader;
        return self();
    }

    /**
     * Sets the API key, or none.
     *
     * @param apiKey the key, or null to send no credentials
     * @return this builder
     * @throws IllegalArgumentException when the key holds a character that cannot be sent in a header, such as a
     *     line break; the message never shows the key
     */
    public ClientOptions.Builder apiKey(String apiKey) {
        settings.apiKey = apiKey == null ? null : HeaderCredentials.requireHeaderSafe(apiKey, "the API key");
        return self();
    }

    /**
     * Sets how the API key is sent: the header's name and the text before the key.
     *
     * @param header for example {@code Authorization}
     * @param prefix for example {@code "Bearer "}, or an empty string
     * @return this builder
     */
    public ClientOptions.Builder authScheme(String header, String prefix) {
        return keyLocation(ClientOptions.KeyLocation.HEADER, header, prefix);
    }

    /**
     * Sends the API key in a query parameter or a cookie of this name instead of a header.
     *
     * @param location where the key goes
     * @param name the header's, parameter's or cookie's name
     * @param prefix the text before the key in a header, such as {@code "Bearer "}; ignored elsewhere
     * @return this builder
     */
    public ClientOptions.Builder keyLocation(ClientOptions.KeyLocation location, String name, String prefix) {
        settings.keyLocation = Objects.requireNonNull(location, "location");
        settings.authHeader = Objects.requireNonNull(name, "name");
        settings.authPrefix = Objects.requireNonNull(prefix, "prefix");
        return self();
    }

    /**
     * Asks a supplier for the token on every attempt, sent where the API key goes (as {@code Authorization:
     * Bearer <token>} unless set otherwise), in place of a fixed key. The supplier may cache and refresh the
     * token itself; after a 401 it is asked again, and the call retried once when it gives another token.
     *
     * @param tokenSupplier gives the token, or null to send the API key
     * @return this builder
     */
    public ClientOptions.Builder tokenSupplier(Supplier<String> tokenSupplier) {
        settings.tokenSupplier = tokenSupplier;
        return self();
    }

    /**
     * Sends HTTP Basic credentials with every call.
     *
     * @param username the user name, or null to send none
     * @param password the password
     * @return this builder
     */
    public ClientOptions.Builder basicAuth(String username, String password) {
        settings.basicUsername =
                username == null ? null : HeaderCredentials.requireHeaderSafe(username, "the user name");
        settings.basicPassword = username == null ? null : Objects.requireNonNull(password, "password");
        return self();
    }

    /**
     * Fetches bearer tokens with OAuth2's client-credentials grant (see {@link OAuth2ClientCredentials}).
     *
     * @param oauth2 the token endpoint, client id, secret and scopes, or null for none
     * @return this builder
     */
    public ClientOptions.Builder oauth2ClientCredentials(OAuth2ClientCredentials oauth2) {
        if (oauth2 == null) {
            settings.clientId = null;
            return self();
        }
        settings.clientId = oauth2.clientId();
        settings.clientSecret = oauth2.clientSecret();
        settings.tokenUrl = oauth2.tokenUrl().toString();
        settings.scopes = oauth2.scopes();
        settings.secretInBody = oauth2.secretInBody();
        return self();
    }

    /**
     * Sets the OAuth2 client id; with a secret, the client fetches its tokens with the client-credentials grant
     * from the {@linkplain ClientOptions.Builder#tokenUrl(String) token URL}.
     *
     * @param clientId the client's id, or null for none
     * @return this builder
     */
    public ClientOptions.Builder clientId(String clientId) {
        settings.clientId = clientId;
        return self();
    }

    /**
     * Sets the OAuth2 client secret.
     *
     * @param clientSecret the client's secret
     * @return this builder
     */
    public ClientOptions.Builder clientSecret(String clientSecret) {
        settings.clientSecret = clientSecret;
        return self();
    }

    /**
     * Sets the OAuth2 token endpoint.
     *
     * @param tokenUrl the absolute URL
     * @return this builder
     */
    public ClientOptions.Builder tokenUrl(String tokenUrl) {
        settings.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
        return self();
    }

    /**
     * Sets the OAuth2 scopes a token is asked for (none unless set: the server's default).
     *
     * @param scopes the scopes
     * @return this builder
     */
    public ClientOptions.Builder scopes(List<String> scopes) {
        settings.scopes = List.copyOf(scopes);
        return self();
    }

    /**
     * Sends every call through another transport than {@code java.net.http}, such as one on the HTTP client the
     * application already uses. Retries, timeouts, credentials, interceptors, paging, streams and the SDK's
     * exceptions work the same over it. The SDK never closes it.
     *
     * @param transport the transport
     * @return this builder
     */
    public ClientOptions.Builder transport(Transport transport) {
        settings.transport = Objects.requireNonNull(transport, "transport");
        this.inheritedPool = null;
        return self();
    }

    /**
     * Sets the HTTP client; by default one is made with the connect timeout that follows no redirects, so
     * that the API key is never sent to another origin.
     *
     * @param httpClient the client
     * @return this builder
     */
    public ClientOptions.Builder httpClient(HttpClient httpClient) {
        settings.httpClient = Objects.requireNonNull(httpClient, "httpClient");
        this.inheritedPool = null;
        return self();
    }

    /**
     * Sets the connect timeout of the default HTTP client.
     *
     * @param connectTimeout the timeout
     * @return this builder
     */
    public ClientOptions.Builder connectTimeout(Duration connectTimeout) {
        settings.connectTimeout = SettingChecks.positive(connectTimeout, "connectTimeout");
        return httpClientSettingChanged();
    }

    /**
     * Sets the proxy of the HTTP client the SDK builds (none unless set).
     *
     * @param proxy the proxy selector, such as {@code ProxySelector.of(address)}
     * @return this builder
     */
    public ClientOptions.Builder proxy(ProxySelector proxy) {
        settings.proxy = Objects.requireNonNull(proxy, "proxy");
        return httpClientSettingChanged();
    }

    /**
     * Sets the TLS context of the HTTP client the SDK builds (the JDK's default unless set), for a private
     * certificate authority or a client certificate.
     *
     * @param sslContext the context
     * @return this builder
     */
    public ClientOptions.Builder sslContext(SSLContext sslContext) {
        settings.sslContext = Objects.requireNonNull(sslContext, "sslContext");
        return httpClientSettingChanged();
    }

    /**
     * Sets the executor the HTTP client the SDK builds runs on; the SDK never shuts it down. Unless set, the SDK
     * starts its own daemon threads and stops them when the client is closed.
     *
     * @param executor the executor
     * @return this builder
     */
    public ClientOptions.Builder executor(Executor executor) {
        settings.executor = Objects.requireNonNull(executor, "executor");
        return clientSettingChanged();
    }

    /**
     * Sets the whole-request timeout.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public ClientOptions.Builder timeout(Duration timeout) {
        settings.timeout = SettingChecks.positive(timeout, "timeout");
        return self();
    }

    /**
     * Sets how long a streamed body (an event stream, a binary answer) may go without a byte arriving; reading
     * it then fails with a timeout. Unless set, a stream may wait for ever.
     *
     * @param streamReadTimeout the timeout, positive
     * @return this builder
     */
    public ClientOptions.Builder streamReadTimeout(Duration streamReadTimeout) {
        settings.streamReadTimeout = SettingChecks.positive(streamReadTimeout, "streamReadTimeout");
        return self();
    }

    /**
     * Sets how many times a failed call is retried; 0 disables retries.
     *
     * @param maxRetries the maximum number of retries
     * @return this builder
     */
    public ClientOptions.Builder maxRetries(int maxRetries) {
        settings.maxRetries = SettingChecks.notNegative(maxRetries, "maxRetries");
        return self();
    }

    /**
     * Sets how the client waits between retries (tests pass one that does not really wait).
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public ClientOptions.Builder sleeper(Sleeper sleeper) {
        settings.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return self();
    }

    /**
     * Sets the clock that {@code Retry-After} dates are measured against.
     *
     * @param clock the clock
     * @return this builder
     */
    public ClientOptions.Builder clock(Clock clock) {
        settings.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * Sets the most bytes a response body read whole may have ({@value ClientOptions#DEFAULT_MAX_RESPONSE_BYTES} unless set).
     *
     * @param maxResponseBytes the limit, positive
     * @return this builder
     */
    public ClientOptions.Builder maxResponseBytes(int maxResponseBytes) {
        settings.maxResponseBytes = SettingChecks.positive(maxResponseBytes, "maxResponseBytes");
        return self();
    }

    /**
     * Validates every response completely when it arrives (every field of its type, required fields present,
     * literals matching, nested objects too), failing the call with an invalid response exception, instead of
     * when a field is first read. A call's {@link RequestOptions.Builder#validateResponses} overrides it.
     *
     * @param validateResponses true to validate eagerly
     * @return this builder
     */
    public ClientOptions.Builder validateResponses(boolean validateResponses) {
        settings.validateResponses = validateResponses;
        return self();
    }

    /**
     * Adds an interceptor every call goes through, after those added before it.
     *
     * @param interceptor the interceptor
     * @return this builder
     */
    public ClientOptions.Builder interceptor(Interceptor interceptor) {
        settings.interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
        return self();
    }

    /**
     * Turns the built-in logging hook on with these settings, or off.
     *
     * @param logging what to log, or null to log nothing
     * @return this builder
     */
    public ClientOptions.Builder logging(HttpLogging logging) {
        settings.logging = logging;
        return self();
    }

    /**
     * Logs each attempt's method, URL, status, time and number at {@code INFO} through {@link System.Logger}
     * (never headers or bodies, so never the API key): {@code logging(HttpLogging.basic())}, or no logging.
     *
     * @param logRequests true to log
     * @return this builder
     */
    public ClientOptions.Builder logRequests(boolean logRequests) {
        settings.logging = logRequests ? HttpLogging.basic() : null;
        return self();
    }

    /** Notes a setting of the HTTP client the default transport builds. */
    private ClientOptions.Builder httpClientSettingChanged() {
        this.httpClientSettingsSet = true;
        return clientSettingChanged();
    }

    private ClientOptions.Builder clientSettingChanged() {
        this.clientSettingsSet = true;
        this.inheritedPool = null;
        return self();
    }

    /** This draft as the builder it is: the builder is its only subclass. */
    private ClientOptions.Builder self() {
        return (ClientOptions.Builder) this;
    }
}
