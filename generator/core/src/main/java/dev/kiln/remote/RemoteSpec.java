package dev.kiln.remote;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A spec to fetch from a URL, and how.
 *
 * @param uri the spec's URL ({@code http:} or {@code https:}), with no credentials in it
 * @param headers the headers every request to the spec's server carries, such as {@code Authorization}; their
 *     values are secrets, never logged, fingerprinted or written
 * @param cacheDirectory where the fetched files are kept, their paths mirroring the URLs'
 * @param offline whether to read only the cache, fetching nothing
 * @param timeout how long to wait for a connection, and then for each answer
 */
public record RemoteSpec(URI uri, Map<String, String> headers, Path cacheDirectory, boolean offline, Duration timeout) {
    /** How long a fetch waits unless told otherwise, in seconds. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;

    /** How long a fetch waits unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);

    /** Checks the URL and the headers' names. */
    public RemoteSpec {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        Objects.requireNonNull(timeout, "timeout");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "inputSpec '" + displayName(uri) + "' is not an http: or https: URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("inputSpec '" + displayName(uri) + "' has credentials in its URL;"
                    + " give them as a server of settings.xml (specServerId), or --spec-header on the command line");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the spec's timeout must be positive, not " + timeout);
        }
        Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Objects.requireNonNull(headers, "headers").forEach((name, value) -> {
            if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                throw new IllegalArgumentException("'" + name + "' is not a valid HTTP header name");
            }
            copy.put(name, Objects.requireNonNull(value, name));
        });
        headers = Collections.unmodifiableMap(copy);
    }

    /**
     * Tells a URL from a path.
     *
     * @param spec the spec as the user gave it
     * @return whether it is an {@code http:} or {@code https:} URL
     */
    public static boolean isUrl(String spec) {
        return spec.regionMatches(true, 0, "http://", 0, 7) || spec.regionMatches(true, 0, "https://", 0, 8);
    }

    /**
     * Reads a URL as the user wrote it.
     *
     * @param spec the URL
     * @return it
     * @throws IllegalArgumentException when it is no URL
     */
    public static URI parse(String spec) {
        try {
            return new URI(spec.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("inputSpec '" + spec + "' is not a URL: " + e.getReason());
        }
    }

    /** Where the cached copy of the spec is: the file Kiln reads it from. */
    public Path localRoot() {
        return new Mirror(cacheDirectory).file(uri);
    }

    /**
     * Where a file the spec references by an absolute URL is cached, when it is on the spec's server (the only files
     * fetched with it).
     *
     * @param reference the URL, without its fragment
     * @return its cached copy, or empty for a URL on another server
     */
    public Optional<Path> cachedCopy(URI reference) {
        return sameOrigin(reference) ? Optional.of(new Mirror(cacheDirectory).file(reference)) : Optional.empty();
    }

    /** The spec's URL as messages show it: without credentials, or its query (which may hold a token) or fragment. */
    public String displayName() {
        return displayName(uri);
    }

    /** A URL without its credentials, query and fragment, which may hold secrets. */
    static String displayName(URI uri) {
        if (uri.getScheme() == null || uri.getRawAuthority() == null) {
            return "(a URL)";
        }
        String authority = uri.getRawAuthority();
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        return uri.getScheme() + "://" + authority + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    /** Tells whether a URL is on the spec's own server, the only one its headers are sent to. */
    boolean sameOrigin(URI other) {
        return uri.getScheme().equalsIgnoreCase(String.valueOf(other.getScheme()))
                && uri.getHost().equalsIgnoreCase(String.valueOf(other.getHost()))
                && port(uri) == port(other);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The URL and the names of the headers, never their values. */
    @Override
    public String toString() {
        return "RemoteSpec[" + displayName() + ", headers " + headers.keySet() + ", cache " + cacheDirectory
                + (offline ? ", offline" : "") + ", timeout " + timeout + "]";
    }
}
