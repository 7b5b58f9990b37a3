package dev.kiln.ir;

import java.util.Optional;

/**
 * What the spec says about an element, for its Javadoc.
 *
 * @param summary the description (or summary), trimmed; empty when the spec has none
 * @param deprecated whether the spec marks the element deprecated
 */
public record Docs(Optional<String> summary, boolean deprecated) {
    public static final Docs NONE = new Docs(Optional.empty(), false);

    public static Docs of(String text, boolean deprecated) {
        return new Docs(Optional.ofNullable(text).map(String::strip).filter(s -> !s.isEmpty()), deprecated);
    }
}
