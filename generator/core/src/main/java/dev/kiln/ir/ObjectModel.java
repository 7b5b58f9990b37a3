package dev.kiln.ir;

import dev.kiln.problems.JsonPointer;
import java.util.List;
import java.util.Optional;

/**
 * A JSON object with declared fields: an immutable class with a builder.
 *
 * @param id the type's name
 * @param docs description and deprecation
 * @param properties every field, those merged from {@code allOf} parents first, in spec order
 * @param interfaces the shared parent types ({@code allOf} members) this class implements
 * @param additionalProperties the type of undeclared members, when the schema types them; untyped extra members
 *     are always kept as raw JSON
 * @param nested inline types declared inside this one
 * @param pointer where the schema is in the spec
 */
public record ObjectModel(
        TypeId id,
        Docs docs,
        List<Property> properties,
        List<TypeId> interfaces,
        Optional<TypeRef> additionalProperties,
        List<TypeModel> nested,
        JsonPointer pointer)
        implements TypeModel {
    public ObjectModel {
        properties = List.copyOf(properties);
        interfaces = List.copyOf(interfaces);
        nested = List.copyOf(nested);
    }
}
