package dev.kiln.ir;

import java.util.Optional;

/**
 * A path, query, header or cookie parameter of an operation.
 *
 * @param wireName the name on the wire
 * @param name the parameter's name in the generated code, decided by the target's symbol table
 * @param location where the parameter goes
 * @param type its type
 * @param required whether it must be given
 * @param docs description and deprecation
 * @param defaultValue the spec's default, as JSON text
 * @param listStyle how a list value is written in a query
 */
public record Parameter(
        String wireName,
        String name,
        Location location,
        TypeRef type,
        boolean required,
        Docs docs,
        Optional<String> defaultValue,
        ListStyle listStyle) {

    /**
     * How a list is written in a query: OpenAPI's {@code form} style exploded (the default), or its values joined
     * by a delimiter ({@code form} not exploded, {@code spaceDelimited}, {@code pipeDelimited}; Swagger 2.0's
     * {@code csv}, {@code ssv} and {@code pipes}).
     */
    public enum ListStyle {
        /** {@code tag=a&tag=b}. */
        REPEATED(""),
        /** {@code tag=a,b}. */
        COMMA(","),
        /** {@code tag=a%20b}. */
        SPACE(" "),
        /** {@code tag=a|b}. */
        PIPE("|");

        private final String delimiter;

        ListStyle(String delimiter) {
            this.delimiter = delimiter;
        }

        /** What joins the values; empty for {@link #REPEATED}. */
        public String delimiter() {
            return delimiter;
        }
    }

    /** Where a parameter is sent. */
    public enum Location {
        PATH,
        QUERY,
        HEADER,
        COOKIE
    }

    /**
     * Returns this parameter with another type.
     *
     * @param retyped the type
     * @return the parameter
     */
    public Parameter withType(TypeRef retyped) {
        return new Parameter(wireName, name, location, retyped, required, docs, defaultValue, listStyle);
    }
}
