package dev.kiln.runtime.core;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Predicate;

/** Shows URLs and headers with their secrets replaced by {@code ****}. */
final class Redaction {
    static final String HIDDEN = "****";

    private Redaction() {}

    /**
     * Returns a URI's text with the values of some query parameters hidden.
     *
     * @param uri the URI
     * @param secret the names of the parameters to hide
     * @return the text
     */
    static String uri(URI uri, Set<String> secret) {
        String text = uri.toString();
        int question = text.indexOf('?');
        if (question < 0 || secret.isEmpty()) {
            return text;
        }
        StringJoiner query = new StringJoiner("&");
        for (String pair : text.substring(question + 1).split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            query.add(
                    secret.contains(name)
                            ? pair.substring(0, equals < 0 ? pair.length() : equals) + "=" + HIDDEN
                            : pair);
        }
        return text.substring(0, question + 1) + query;
    }

    /**
     * Returns headers as {@code Name: value, ...}, the values of the secret ones hidden.
     *
     * @param headers the headers
     * @param secret tells whether a header (by name) is secret
     * @return the text
     */
    static String headers(HttpHeaders headers, Predicate<String> secret) {
        StringJoiner text = new StringJoiner(", ", "{", "}");
        for (Map.Entry<String, List<String>> header : headers.map().entrySet()) {
            for (String value : header.getValue()) {
                text.add(header.getKey() + ": " + (secret.test(header.getKey()) ? HIDDEN : value));
            }
        }
        return text.toString();
    }
}
