package dev.kiln.together.resilience;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request as the {@link ScriptedServer} received it, before any decoding of its target.
 *
 * @param method the HTTP method
 * @param rawPath the path exactly as sent, percent-encoding intact
 * @param rawQuery the query exactly as sent, or empty when there was none
 * @param headers the headers, names in lower case
 * @param body the body as UTF-8 text, empty when there was none
 */
record RecordedRequest(
        String method, String rawPath, Optional<String> rawQuery, Map<String, List<String>> headers, String body) {

    /**
     * Returns every value the request carried for a header.
     *
     * @param name the header's name, in any case
     * @return the values, empty when the header was absent
     */
    List<String> headerValues(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * Returns the one value of a header, failing when the header came more than once.
     *
     * @param name the header's name, in any case
     * @return the value, empty when the header was absent
     */
    Optional<String> header(String name) {
        List<String> values = headerValues(name);
        if (values.size() > 1) {
            throw new AssertionError("header " + name + " was sent " + values.size() + " times: " + values);
        }
        return values.stream().findFirst();
    }
}
