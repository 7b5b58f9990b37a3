package dev.kiln.ir;

import dev.kiln.problems.JsonPointer;
import java.util.List;

/**
 * A schema that other schemas extend with {@code allOf}: a Java interface its children implement.
 *
 * @param id the type's name
 * @param docs description and deprecation
 * @param properties the fields every child has, in spec order
 * @param parents the interfaces this one extends
 * @param nested inline types declared inside this one
 * @param pointer where the schema is in the spec
 * @param implementation the nested class that holds a value of exactly this schema, for fields typed by it
 */
public record InterfaceModel(
        TypeId id,
        Docs docs,
        List<Property> properties,
        List<TypeId> parents,
        List<TypeModel> nested,
        JsonPointer pointer,
        TypeId implementation)
        implements TypeModel {
    public InterfaceModel {
        properties = List.copyOf(properties);
        parents = List.copyOf(parents);
        nested = List.copyOf(nested);
    }
}
