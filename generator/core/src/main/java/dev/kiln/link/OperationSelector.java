package dev.kiln.link;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One way of naming operations in the settings: {@code tag:repos}, {@code path:/v1/customers/**} or
 * {@code id:listPets}.
 *
 * <p>A path selector's pattern is compiled once, when the selector is made.
 */
public final class OperationSelector {
    /** What a selector's value names. */
    public enum Kind {
        /** An operation's tag, any of them. */
        TAG("tag"),
        /**
         * The path template, as a pattern: {@code *} stands for any characters but {@code /}, {@code **} for any
         * characters, and a trailing {@code /**} also matches the path without it.
         */
        PATH("path"),
        /** The spec's operation id. */
        ID("id");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        /** The word written before the colon. */
        public String prefix() {
            return prefix;
        }
    }

    private final Kind kind;
    private final String value;
    private final Pattern path;

    /**
     * Creates a selector.
     *
     * @param kind what the value is matched against
     * @param value the tag, path pattern or operation id, as written
     */
    public OperationSelector(Kind kind, String value) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.value = Objects.requireNonNull(value, "value");
        this.path = kind == Kind.PATH ? pathPattern(value) : null;
    }

    /** What the value is matched against. */
    public Kind kind() {
        return kind;
    }

    /** The tag, path pattern or operation id, as written. */
    public String value() {
        return value;
    }

    /**
     * Reads a selector as a user writes it.
     *
     * @param text such as {@code tag:repos}
     * @return the selector
     * @throws IllegalArgumentException when the text has no known prefix or no value
     */
    public static OperationSelector parse(String text) {
        String written = text.strip();
        int colon = written.indexOf(':');
        String prefix = colon < 0 ? "" : written.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = colon < 0 ? "" : written.substring(colon + 1).strip();
        for (Kind kind : Kind.values()) {
            if (kind.prefix.equals(prefix) && !value.isEmpty()) {
                return new OperationSelector(kind, value);
            }
        }
        throw new IllegalArgumentException(
                "operation selector '" + text + "' is not one of tag:<tag>, path:<pattern> or id:<operationId>"
                        + " (such as tag:repos, path:/v1/customers/**, id:listPets)");
    }

    /**
     * Tells whether an operation is one this selector names.
     *
     * @param path the operation's path template
     * @param tags the operation's tags
     * @param operationId the spec's operation id, or empty when it gives none
     * @return whether it matches
     */
    public boolean matches(String path, List<String> tags, String operationId) {
        return switch (kind) {
            case TAG -> tags.contains(value);
            case PATH -> this.path.matcher(path).matches();
            case ID -> value.equals(operationId);
        };
    }

    private static Pattern pathPattern(String value) {
        StringBuilder regex = new StringBuilder();
        String rest = value;
        String optionalTail = "";
        if (rest.endsWith("/**")) {
            rest = rest.substring(0, rest.length() - 3);
            optionalTail = "(/.*)?";
        }
        int start = 0;
        for (int i = 0; i < rest.length(); i++) {
            if (rest.charAt(i) == '*') {
                regex.append(Pattern.quote(rest.substring(start, i)));
                boolean twice = i + 1 < rest.length() && rest.charAt(i + 1) == '*';
                regex.append(twice ? ".*" : "[^/]*");
                i += twice ? 1 : 0;
                start = i + 1;
            }
        }
        regex.append(Pattern.quote(rest.substring(start))).append(optionalTail);
        return Pattern.compile(regex.toString());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OperationSelector selector && selector.kind == kind && selector.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value);
    }

    @Override
    public String toString() {
        return kind.prefix + ":" + value;
    }
}
