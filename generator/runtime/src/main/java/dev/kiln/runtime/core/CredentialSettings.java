package dev.kiln.runtime.core;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Who a client says it is, as {@link ClientOptions} were built with it: an API key (in a header, a query parameter or
 * a cookie) or a token supplier in its place, HTTP Basic, and OAuth2's client-credentials grant, read from the
 * options' {@link ClientSettings}. {@link #toString()} never shows a secret.
 */
final class CredentialSettings {
    private final ClientSettings settings;
    /** The client-credentials settings, or null for none. */
    private final OAuth2ClientCredentials oauth2;

    /** The credential settings of built options, once their OAuth2 parts are checked to make a whole. */
    CredentialSettings(ClientSettings settings) {
        this.settings = settings;
        this.oauth2 = oauth2(settings);
    }

    /** The client-credentials settings the OAuth2 parts make, or null when no client id is set. */
    private static OAuth2ClientCredentials oauth2(ClientSettings settings) {
        if (settings.clientId == null) {
            return null;
        }
        if (settings.clientSecret == null || settings.tokenUrl == null) {
            throw new IllegalStateException("an OAuth2 client id needs a client secret and a token URL");
        }
        return new OAuth2ClientCredentials(
                URI.create(settings.tokenUrl),
                settings.clientId,
                settings.clientSecret,
                settings.scopes,
                settings.secretInBody);
    }

    /** The header that carries the API key and its value, when an API key is set and goes in a header. */
    Optional<Map.Entry<String, String>> authorization() {
        if (settings.apiKey == null || settings.keyLocation != ClientOptions.KeyLocation.HEADER) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(settings.authHeader, settings.authPrefix + settings.apiKey));
    }

    /**
     * The credentials every call carries, made anew: an OAuth2 token source fetches its tokens through the transport,
     * runs its work on the executor and keeps its tokens for the caller.
     */
    Credentials credentials(
            Transport transport, Executor blockingWork, Clock clock, Duration timeout, ErrorFactory errors) {
        List<Credentials> all = new ArrayList<>();
        if (settings.tokenSupplier != null) {
            all.add(Credentials.header(settings.authHeader, settings.authPrefix, settings.tokenSupplier));
        } else if (settings.apiKey != null) {
            String key = settings.apiKey;
            all.add(
                    switch (settings.keyLocation) {
                        case HEADER -> Credentials.header(settings.authHeader, settings.authPrefix, () -> key);
                        case QUERY -> Credentials.queryParameter(settings.authHeader, key);
                        case COOKIE -> Credentials.cookie(settings.authHeader, key);
                    });
        }
        if (settings.basicUsername != null) {
            all.add(Credentials.basic(settings.basicUsername, settings.basicPassword));
        }
        if (oauth2 != null) {
            all.add(new OAuth2TokenSource(oauth2, transport, blockingWork, clock, timeout, errors));
        }
        return all.isEmpty() ? Credentials.NONE : Credentials.all(all);
    }

    /** Says which credentials are set, never a secret: {@code apiKey=****, basic=ann:****}. */
    @Override
    public String toString() {
        return "apiKey=" + (settings.apiKey == null ? "none" : "****")
                + (settings.tokenSupplier == null ? "" : ", tokenSupplier=****")
                + (settings.basicUsername == null ? "" : ", basic=" + settings.basicUsername + ":****")
                + (oauth2 == null ? "" : ", oauth2=" + oauth2);
    }
}
