package dev.kiln.ir;

import java.util.Optional;

/**
 * One declared field of an object.
 *
 * @param jsonName the name on the wire
 * @param javaName the accessor's name, decided by the naming authority
 * @param type the field's type
 * @param required whether the field must be present
 * @param nullable whether the field may be JSON {@code null}
 * @param docs description and deprecation
 * @param defaultValue the spec's default, as JSON text, for documentation only
 */
public record Property(
        String jsonName,
        String javaName,
        TypeRef type,
        boolean required,
        boolean nullable,
        Docs docs,
        Optional<String> defaultValue) {

    /**
     * Returns this field with another type.
     *
     * @param retyped the type
     * @return the field
     */
    public Property withType(TypeRef retyped) {
        return new Property(jsonName, javaName, retyped, required, nullable, docs, defaultValue);
    }
}
