package dev.kiln.runtime.core;

import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * Every setting of {@link ClientOptions} with its default: the one list of them. A builder fills one through its
 * setters ({@link ClientOptionsDraft}), the options it builds keep a {@linkplain #frozen() frozen} copy, and
 * {@link ClientOptions#toBuilder()} starts a builder on a {@linkplain #drafted() copy} of that. A new setting is a
 * field here, with its default, a setter on the draft and a getter on the options; no list of the settings is
 * copied by hand, as the copies are made by {@link #clone()}.
 */
final class ClientSettings implements Cloneable {
    String baseUrl;
    String userAgent = "kiln-sdk";
    Map<String, String> headers = new LinkedHashMap<>();
    String idempotencyHeader;

    // who the client says it is (CredentialSettings reads these)
    String apiKey;
    String authHeader = "Authorization";
    String authPrefix = "Bearer ";
    ClientOptions.KeyLocation keyLocation = ClientOptions.KeyLocation.HEADER;
    Supplier<String> tokenSupplier;
    String basicUsername;
    String basicPassword;
    String clientId;
    String clientSecret;
    String tokenUrl;
    List<String> scopes = List.of();
    boolean secretInBody;

    // what calls are sent through (ConnectionChoice reads these)
    Transport transport;
    HttpClient httpClient;
    Duration connectTimeout = ClientOptions.DEFAULT_CONNECT_TIMEOUT;
    ProxySelector proxy;
    SSLContext sslContext;
    Executor executor;

    Duration timeout = ClientOptions.DEFAULT_TIMEOUT;
    Duration streamReadTimeout;
    int maxRetries = ClientOptions.DEFAULT_MAX_RETRIES;
    Sleeper sleeper = Sleeper.SYSTEM;
    Clock clock = Clock.systemUTC();
    int maxResponseBytes = ClientOptions.DEFAULT_MAX_RESPONSE_BYTES;
    boolean validateResponses;

    List<Interceptor> interceptors = new ArrayList<>();
    HttpLogging logging;

    /**
     * A copy for built options, which never change: its collections unmodifiable, and the OAuth2 parts kept only
     * with the client id that makes them count.
     */
    ClientSettings frozen() {
        ClientSettings frozen = copy();
        frozen.headers = Map.copyOf(headers);
        frozen.interceptors = List.copyOf(interceptors);
        if (clientId == null) {
            ClientSettings defaults = new ClientSettings();
            frozen.clientSecret = defaults.clientSecret;
            frozen.tokenUrl = defaults.tokenUrl;
            frozen.scopes = defaults.scopes;
            frozen.secretInBody = defaults.secretInBody;
        }
        return frozen;
    }

    /**
     * A copy for a builder started from the options that hold these settings: its collections can grow, and it has
     * no HTTP client of its own, as it shares the options' connection pool instead (which holds that client) until a
     * setting of the client is changed.
     */
    ClientSettings drafted() {
        ClientSettings drafted = copy();
        drafted.headers = new LinkedHashMap<>(headers);
        drafted.interceptors = new ArrayList<>(interceptors);
        drafted.httpClient = null;
        return drafted;
    }

    /** Every field copied as it is; the callers replace the collections. */
    private ClientSettings copy() {
        try {
            return (ClientSettings) clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError("ClientSettings is Cloneable", e);
        }
    }
}
