package dev.kiln.link;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The resource a path names, for grouping the operations of a spec without tags into services as users of such
 * APIs expect: its first segment that is neither a version ({@code v1}, {@code v2beta}, {@code v1alpha2},
 * {@code v1.1}) nor a path parameter. {@code /v1/customers/{customer}/sources} names {@code customers}.
 */
final class PathResource {
    private static final Pattern VERSION =
            Pattern.compile("v\\d+(?:\\.\\d+)*(?:(?:alpha|beta|preview)\\d*)?", Pattern.CASE_INSENSITIVE);

    private PathResource() {}

    /**
     * Tells whether a path segment is a version, such as {@code v1}, {@code v2beta} or {@code v1.1}.
     *
     * @param segment a segment of a path
     * @return true for a version
     */
    static boolean isVersion(String segment) {
        return VERSION.matcher(segment).matches();
    }

    /**
     * Returns the resource a path names.
     *
     * @param path a path of the spec, such as {@code /v1/customers/{customer}}
     * @return its first segment that is no version and no parameter; empty when it has none, as {@code /} or
     *     {@code /v1/{id}}
     */
    static Optional<String> of(String path) {
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !segment.startsWith("{") && !isVersion(segment)) {
                return Optional.of(segment);
            }
        }
        return Optional.empty();
    }
}
