package dev.kiln.ir;

import java.util.List;

/** A type Kiln generates. */
public sealed interface TypeModel permits ObjectModel, InterfaceModel, EnumModel, UnionModel {
    /** The type's Java name. */
    TypeId id();

    /** The type's documentation. */
    Docs docs();

    /** Types declared inside this one (inline schemas of its fields), in spec order. */
    List<TypeModel> nested();

    /** Where the schema is in the spec, as a JSON pointer. */
    String pointer();
}
