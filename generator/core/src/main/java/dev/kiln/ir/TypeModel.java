package dev.kiln.ir;

import dev.kiln.problems.JsonPointer;
import java.util.List;

/** A type Kiln generates. */
public sealed interface TypeModel permits ObjectModel, InterfaceModel, EnumModel, UnionModel {
    /** The type's name. */
    TypeId id();

    /** The type's documentation. */
    Docs docs();

    /** Types declared inside this one (inline schemas of its fields), in spec order. */
    List<TypeModel> nested();

    /** Where the schema is in the spec, as a JSON pointer. */
    JsonPointer pointer();
}
