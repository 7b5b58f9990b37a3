package dev.kiln.runtime.core;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Who a client says it is, as {@link ClientOptions} were built with it: an API key (in a header, a query parameter or
 * a cookie) or a token supplier in its place, HTTP Basic, and OAuth2's client-credentials grant. {@link #toString()}
 * never shows a secret.
 *
 * @param apiKey the API key, or null
 * @param authHeader the header, query parameter or cookie that carries the key or the supplier's token
 * @param authPrefix the text before the key in a header
 * @param keyLocation where the key goes
 * @param tokenSupplier gives the token sent in place of the key, or null
 * @param basicUsername the HTTP Basic user name, or null for none
 * @param basicPassword the HTTP Basic password
 * @param oauth2 the client-credentials settings, or null for none
 */
record CredentialSettings(
        String apiKey,
        String authHeader,
        String authPrefix,
        ClientOptions.KeyLocation keyLocation,
        Supplier<String> tokenSupplier,
        String basicUsername,
        String basicPassword,
        OAuth2ClientCredentials oauth2) {

    /** The credential settings a builder collected, once its OAuth2 parts are checked to make a whole. */
    static CredentialSettings of(ClientOptionsDraft draft) {
        return new CredentialSettings(
                draft.apiKey,
                draft.authHeader,
                draft.authPrefix,
                draft.keyLocation,
                draft.tokenSupplier,
                draft.basicUsername,
                draft.basicPassword,
                oauth2(draft));
    }

    /** Sets these settings on a builder, as {@link ClientOptions#toBuilder()} does. */
    void copyTo(ClientOptionsDraft draft) {
        draft.apiKey = apiKey;
        draft.authHeader = authHeader;
        draft.authPrefix = authPrefix;
        draft.keyLocation = keyLocation;
        draft.tokenSupplier = tokenSupplier;
        draft.basicUsername = basicUsername;
        draft.basicPassword = basicPassword;
        draft.oauth2ClientCredentials(oauth2);
    }

    /** The client-credentials settings a builder's parts make, or null when no client id is set. */
    private static OAuth2ClientCredentials oauth2(ClientOptionsDraft draft) {
        if (draft.clientId == null) {
            return null;
        }
        if (draft.clientSecret == null || draft.tokenUrl == null) {
            throw new IllegalStateException("an OAuth2 client id needs a client secret and a token URL");
        }
        return new OAuth2ClientCredentials(
                URI.create(draft.tokenUrl), draft.clientId, draft.clientSecret, draft.scopes, draft.secretInBody);
    }

    /** The header that carries the API key and its value, when an API key is set and goes in a header. */
    Optional<Map.Entry<String, String>> authorization() {
        if (apiKey == null || keyLocation != ClientOptions.KeyLocation.HEADER) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(authHeader, authPrefix + apiKey));
    }

    /**
     * The credentials every call carries, made anew: an OAuth2 token source fetches its tokens through the transport,
     * runs its work on the executor and keeps its tokens for the caller.
     */
    Credentials credentials(
            Transport transport, Executor blockingWork, Clock clock, Duration timeout, ErrorFactory errors) {
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
            all.add(new OAuth2TokenSource(oauth2, transport, blockingWork, clock, timeout, errors));
        }
        return all.isEmpty() ? Credentials.NONE : Credentials.all(all);
    }

    /** Says which credentials are set, never a secret: {@code apiKey=****, basic=ann:****}. */
    @Override
    public String toString() {
        return "apiKey=" + (apiKey == null ? "none" : "****")
                + (tokenSupplier == null ? "" : ", tokenSupplier=****")
                + (basicUsername == null ? "" : ", basic=" + basicUsername + ":****")
                + (oauth2 == null ? "" : ", oauth2=" + oauth2);
    }
}
