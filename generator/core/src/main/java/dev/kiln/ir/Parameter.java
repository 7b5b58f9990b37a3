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
 */
public record Parameter(
        String wireName,
        String name,
        Location location,
        TypeRef type,
        boolean required,
        Docs docs,
        Optional<String> defaultValue) {

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
        return new Parameter(wireName, name, location, retyped, required, docs, defaultValue);
    }
}
