package dev.kiln.ir;

import dev.kiln.problems.JsonPointer;
import java.util.List;

/**
 * A set of allowed values. A literal ({@code const}, or an {@code enum} of one value) is a closed Java enum the
 * builder fills in; any other enum is open: values the spec does not list still parse and are kept.
 *
 * @param id the type's name
 * @param docs description and deprecation
 * @param wireType what the values are on the wire
 * @param constants the known values, in spec order
 * @param literal whether this is a literal that admits only its one value
 * @param pointer where the schema is in the spec
 */
public record EnumModel(
        TypeId id, Docs docs, WireType wireType, List<EnumConstant> constants, boolean literal, JsonPointer pointer)
        implements TypeModel {

    /** The JSON type of an enum's values. */
    public enum WireType {
        STRING,
        INTEGER,
        NUMBER,
        BOOLEAN
    }

    /**
     * One known value.
     *
     * @param name the constant's name
     * @param wireValue the value: the string {@code on-demand}, the integer {@code 24}, the boolean {@code true}
     */
    public record EnumConstant(String name, WireValue wireValue) {}

    public EnumModel {
        constants = List.copyOf(constants);
    }

    @Override
    public List<TypeModel> nested() {
        return List.of();
    }
}
