package dev.kiln.remote;

import dev.kiln.digest.Sha256;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the cache keeps a fetched URL: {@code <cache>/<host>[_<port>]/<the URL's path>}, so that a relative
 * {@code $ref} between cached files leads where it leads between the URLs. A query (which may hold a token) is never
 * in a file's name: a digest of it stands for it. What the server said of a file (its {@code ETag} and
 * {@code Last-Modified}) is kept in {@code <cache>/.kiln-http/}, named by a digest of the URL.
 */
final class Mirror {
    private static final String VALIDATORS = ".kiln-http";

    private final Path cache;

    Mirror(Path cache) {
        this.cache = cache.toAbsolutePath().normalize();
    }

    /** The cached copy of a URL. */
    Path file(URI uri) {
        URI normal = uri.normalize();
        String host = normal.getHost().toLowerCase(Locale.ROOT) + (normal.getPort() >= 0 ? "_" + normal.getPort() : "");
        Path file = cache.resolve(safe(host));
        String path = normal.getPath() == null ? "" : normal.getPath();
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (last) {
                String name = segment.isEmpty() ? "index" : safe(segment);
                if (normal.getRawQuery() != null) {
                    name = name + "~" + digest(normal.getRawQuery()).substring(0, 12);
                }
                file = file.resolve(name);
            } else if (!segment.isEmpty() && !segment.equals(".") && !segment.equals("..")) {
                file = file.resolve(safe(segment));
            }
        }
        return file;
    }

    /** The file that keeps what the server said of a URL's copy. */
    Path validators(URI uri) {
        return cache.resolve(VALIDATORS)
                .resolve(digest(RemoteSpec.displayName(uri.normalize()) + "?"
                                + (uri.getRawQuery() == null ? "" : uri.getRawQuery()))
                        + ".properties");
    }

    /** A name any file system takes: no separators, no characters Windows refuses, never {@code .} or {@code ..}. */
    private static String safe(String segment) {
        String name = segment.replaceAll("[\\\\/:*?\"<>|\\x00-\\x1f]", "_");
        return name.equals(".") || name.equals("..") || name.isEmpty() ? "_" : name;
    }

    static String digest(String text) {
        return Sha256.hex(text);
    }
}
