package dev.kiln.ir;

import java.util.Objects;

/**
 * An example answer the spec gives for an operation's JSON response ({@code example} or {@code examples}).
 *
 * @param status the response's status (200 for {@code 2XX} and {@code default})
 * @param name the example's name ({@code example} for a single one)
 * @param json the example's value, as compact JSON text
 */
public record ResponseExample(int status, String name, String json) {
    public ResponseExample {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(json, "json");
    }
}
