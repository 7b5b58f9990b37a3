package dev.kiln.runtime.core;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The settings of OAuth2's client-credentials grant (RFC 6749, section 4.4): where to fetch a token, as which client,
 * for which scopes. The client fetches a token before its first call, keeps it, fetches the next one shortly before
 * it expires (one fetch at a time, however many calls wait for it), and after a 401 fetches a fresh one and retries
 * the call once. {@code toString()} never shows the secret.
 *
 * @param tokenUrl the token endpoint
 * @param clientId the client's id
 * @param clientSecret the client's secret
 * @param scopes the scopes to ask for; empty to ask for none
 * @param secretInBody true to send the id and secret as form fields ({@code client_secret_post}); false to send
 *     them with HTTP Basic ({@code client_secret_basic}), as servers must accept
 */
public record OAuth2ClientCredentials(
        URI tokenUrl, String clientId, String clientSecret, List<String> scopes, boolean secretInBody) {
    /**
     * Checks that nothing is missing.
     *
     * @param tokenUrl the token endpoint, absolute
     * @param clientId the client's id
     * @param clientSecret the client's secret
     * @param scopes the scopes to ask for
     * @param secretInBody true to send the id and secret as form fields
     */
    public OAuth2ClientCredentials {
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        scopes = List.copyOf(scopes);
        if (!tokenUrl.isAbsolute()) {
            throw new IllegalArgumentException("the token URL must be absolute: " + tokenUrl);
        }
    }

    /**
     * Settings that send the secret with HTTP Basic.
     *
     * @param tokenUrl the token endpoint
     * @param clientId the client's id
     * @param clientSecret the client's secret
     * @param scopes the scopes to ask for
     */
    public OAuth2ClientCredentials(URI tokenUrl, String clientId, String clientSecret, List<String> scopes) {
        this(tokenUrl, clientId, clientSecret, scopes, false);
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "OAuth2ClientCredentials{tokenUrl=" + tokenUrl + ", clientId=" + clientId
                + ", clientSecret=****, scopes=" + scopes + "}";
    }
}
