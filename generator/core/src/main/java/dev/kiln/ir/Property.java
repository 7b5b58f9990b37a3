package dev.kiln.ir;

import java.util.Optional;

/**
 * One declared field of an object.
 *
 * @param jsonName the name on the wire
 * @param name the field's name in the generated code, decided by the target's symbol table
 * @param type the field's type
 * @param required whether the field must be present
 * @param nullable whether the field may be JSON {@code null}
 * @param docs description and deprecation
 * @param defaultValue the spec's default, as JSON text, for documentation only
 */
public record Property(
        String jsonName,
        String name,
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
        return new Property(jsonName, name, retyped, required, nullable, docs, defaultValue);
    }
}
