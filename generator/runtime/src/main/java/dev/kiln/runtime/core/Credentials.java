package dev.kiln.runtime.core;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * How the client proves who it is on each attempt: a header, a query parameter or a cookie holding a key or a
 * token, HTTP Basic, or an OAuth2 token it fetches itself. They are added to each attempt's request before the
 * {@link Interceptor}s see it. Their {@code toString()} never shows a secret, and {@link #secretHeaders()} and
 * {@link #secretQueryParameters()} name where secrets go, so that logs and recordings leave them out.
 */
public interface Credentials {
    /** No credentials. */
    Credentials NONE = request -> request;

    /**
     * Adds the credentials to one attempt's request, fetching a token first when one is needed.
     *
     * @param request the request
     * @return the request with the credentials
     */
    TransportRequest authorize(TransportRequest request);

    /**
     * Adds the credentials without blocking the calling thread while a token is fetched.
     *
     * @param request the request
     * @return a future of the request with the credentials, failed with the SDK's exception when a token could
     *     not be had
     */
    default CompletableFuture<TransportRequest> authorizeAsync(TransportRequest request) {
        try {
            return CompletableFuture.completedFuture(authorize(request));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Told that the server answered 401 to a request these credentials authorized: drops what was rejected and
     * tells whether the call is worth one more attempt with fresh credentials (an OAuth2 token fetched again, a
     * token supplier that now gives another token).
     *
     * @param rejected the request the server rejected
     * @return true to retry the call once
     */
    default boolean renewAfterUnauthorized(TransportRequest rejected) {
        return false;
    }

    /**
     * Returns the headers that carry secrets, to leave out of logs and recordings.
     *
     * @return the header names
     */
    default Set<String> secretHeaders() {
        return Set.of();
    }

    /**
     * Returns the query parameters that carry secrets, to leave out of logs and recordings.
     *
     * @return the parameter names
     */
    default Set<String> secretQueryParameters() {
        return Set.of();
    }

    /**
     * A secret in a header, asked for on each attempt: an API key ({@code X-Api-Key: <key>}) or a bearer token
     * ({@code Authorization: Bearer <token>}) from the user's own supplier, which may cache and refresh it.
     *
     * @param header the header's name
     * @param prefix the text before the secret, such as {@code "Bearer "}, or an empty string
     * @param secret gives the secret; asked again after a 401, and the call retried once when it gives another
     * @return the credentials
     */
    static Credentials header(String header, String prefix, Supplier<String> secret) {
        return new HeaderCredentials(header, prefix, secret);
    }

    /**
     * An API key in a query parameter, {@code ?api_key=<key>}.
     *
     * @param parameter the parameter's name
     * @param key the key
     * @return the credentials
     */
    static Credentials queryParameter(String parameter, String key) {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(key, "key");
        return new Credentials() {
            @Override
            public TransportRequest authorize(TransportRequest request) {
                URI uri = request.uri();
                String pair = UrlEncoding.queryComponent(parameter) + "=" + UrlEncoding.queryComponent(key);
                String query = uri.getRawQuery() == null ? pair : uri.getRawQuery() + "&" + pair;
                String target = uri.toString();
                String withoutQuery = target.indexOf('?') < 0 ? target : target.substring(0, target.indexOf('?'));
                return request.toBuilder()
                        .uri(URI.create(withoutQuery + "?" + query))
                        .build();
            }

            @Override
            public Set<String> secretQueryParameters() {
                return Set.of(parameter);
            }

            @Override
            public String toString() {
                return "query parameter " + parameter + "=****";
            }
        };
    }

    /**
     * An API key in a cookie, {@code Cookie: <name>=<key>}, beside the request's other cookies.
     *
     * @param cookie the cookie's name
     * @param key the key
     * @return the credentials
     */
    static Credentials cookie(String cookie, String key) {
        Objects.requireNonNull(cookie, "cookie");
        Objects.requireNonNull(key, "key");
        return new Credentials() {
            @Override
            public TransportRequest authorize(TransportRequest request) {
                String pair = cookie + "=" + UrlEncoding.queryComponent(key);
                String value = request.header("Cookie")
                        .map(others -> others + "; " + pair)
                        .orElse(pair);
                return request.toBuilder().header("Cookie", value).build();
            }

            @Override
            public Set<String> secretHeaders() {
                return Set.of("Cookie");
            }

            @Override
            public String toString() {
                return "cookie " + cookie + "=****";
            }
        };
    }

    /**
     * HTTP Basic: {@code Authorization: Basic <base64 of username:password>}.
     *
     * @param username the user name
     * @param password the password
     * @return the credentials
     */
    static Credentials basic(String username, String password) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        String encoded =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new HeaderCredentials("Authorization", "Basic ", () -> encoded) {
            @Override
            public String toString() {
                return "basic " + username + ":****";
            }
        };
    }

    /**
     * Several credentials, each added in turn, for an API that asks for more than one.
     *
     * @param all the credentials
     * @return the credentials
     */
    static Credentials all(List<Credentials> all) {
        List<Credentials> list = List.copyOf(all);
        if (list.size() == 1) {
            return list.get(0);
        }
        return new CredentialList(list);
    }
}
