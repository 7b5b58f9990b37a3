package dev.kiln.link;

import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.naming.NameScope;
import dev.kiln.naming.Naming;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the inline schemas met while linking one schema go. A type's inline schemas are nested in it; a schema
 * that is no type of its own (an alias such as an array of inline objects, or a body) hoists them to top-level
 * types named after it.
 */
final class Owner {
    private final TypeId id;
    private final String hoistPrefix;
    private final NameScope names;
    private final List<TypeModel> nested = new ArrayList<>();

    private Owner(TypeId id, String hoistPrefix, NameScope names) {
        this.id = id;
        this.hoistPrefix = hoistPrefix;
        this.names = names;
    }

    /** The owner of the inline schemas of type {@code id}, which are nested in it. */
    static Owner of(TypeId id) {
        return new Owner(id, null, NameScope.ofTypes());
    }

    /**
     * The owner of the inline schemas of something that is not a type: they become top-level types whose names
     * start with {@code prefix}.
     */
    static Owner hoisting(String prefix, NameScope topLevelNames) {
        return new Owner(null, prefix, topLevelNames);
    }

    /** The id of the type owning the inline schemas; only for an owner that nests. */
    TypeId id() {
        if (id == null) {
            throw new IllegalStateException("a hoisting owner is no type");
        }
        return id;
    }

    /** Whether inline schemas become top-level types rather than nested ones. */
    boolean hoists() {
        return id == null;
    }

    /** Names the type for the inline schema of field {@code fieldName}. */
    TypeId childId(String fieldName) {
        if (hoists()) {
            String candidate = fieldName.equals(hoistPrefix) ? hoistPrefix : hoistPrefix + " " + fieldName;
            return TypeId.topLevel(Naming.typeName(candidate, names));
        }
        return id.nested(Naming.nestedTypeName(fieldName, id.names(), names));
    }

    /** Names a nested type that is not a field's, such as an interface's implementation. */
    TypeId reservedChild(String name) {
        return id().nested(names.allocate(name));
    }

    void addNested(TypeModel type) {
        nested.add(type);
    }

    List<TypeModel> nested() {
        return List.copyOf(nested);
    }
}
