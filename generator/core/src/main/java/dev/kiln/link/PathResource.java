package dev.kiln.link;

import java.util.ArrayList;
import java.util.List;
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

    /** Names joined by dots, none a file's extension: {@code chat.postMessage}, {@code admin.apps.approve}. */
    private static final Pattern DOTTED = Pattern.compile(
            "[A-Za-z][A-Za-z0-9_-]*(?:\\.[A-Za-z][A-Za-z0-9_-]*)+(?<!\\.(?i:json|xml|yaml|yml|csv|txt|html|png|jpe?g|gif"
                    + "|svg|webp|ico|pdf|zip|gz|js|css|md))");

    private PathResource() {}

    /**
     * The segments a path is read as: its own, but a path of one segment written as dotted names, as Slack's Web API
     * writes its methods ({@code /chat.postMessage}, {@code /admin.apps.approve}), reads as the names its dots
     * separate, so that {@code /chat.postMessage} is {@code postMessage} in {@code chat()}.
     *
     * @param segments the path's segments, without the empty ones
     * @return the segments to read
     */
    static List<String> readAs(List<String> segments) {
        if (segments.size() == 1 && DOTTED.matcher(segments.get(0)).matches()) {
            return List.of(segments.get(0).split("\\."));
        }
        return segments;
    }

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
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        for (String segment : readAs(segments)) {
            if (!segment.startsWith("{") && !isVersion(segment)) {
                return Optional.of(segment);
            }
        }
        return Optional.empty();
    }
}
