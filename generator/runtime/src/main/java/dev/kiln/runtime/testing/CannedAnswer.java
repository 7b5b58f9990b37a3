package dev.kiln.runtime.testing;

import java.util.Objects;

/**
 * A ready-made answer of one operation, from the spec's {@code example} or {@code examples} of its response: a
 * realistic body to start a test from without writing JSON.
 *
 * @param status the response's status
 * @param name the example's name in the spec ({@code example} for a single one)
 * @param body the body, JSON text
 */
public record CannedAnswer(int status, String name, String body) {
    /**
     * Checks that nothing is missing.
     *
     * @param status the response's status
     * @param name the example's name
     * @param body the body, JSON text
     */
    public CannedAnswer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
    }
}
