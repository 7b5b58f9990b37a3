package dev.kiln.link;

import dev.kiln.ir.EnumModel;
import dev.kiln.ir.InterfaceModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Property;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef;
import dev.kiln.ir.UnionModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells which inline types have the same structure once their names are set aside: the same fields (JSON and Java
 * names, types, required, nullable, default, deprecation), the same enum values, the same union variants (by
 * their types and discriminator values, whatever their records are called), and
 * nested types of the same structures in the same order. Descriptions are set aside too, so that two copies of a
 * schema whose wording differs still make one type.
 *
 * <p>Each structure gets a number, the first in the order types are asked for; a type's structure is written with the
 * numbers of the inline types it refers to, so comparing two deep types never compares their whole trees again.
 * A type that refers back to itself through other inline types has a structure of its own.
 */
final class InlineStructures {
    private final Map<TypeId, TypeModel> inline;
    private final Map<TypeId, Integer> structures = new HashMap<>();
    private final Map<List<Object>, Integer> structureNumbers = new HashMap<>();
    private final Set<TypeId> inProgress = new HashSet<>();

    /**
     * @param inline every inline type that may share its structure, by id
     */
    InlineStructures(Map<TypeId, TypeModel> inline) {
        this.inline = inline;
    }

    /** Whether a type is an inline one, which may be shared: not a component schema's own type. */
    static boolean isInline(TypeModel type) {
        if (type instanceof InterfaceModel) {
            return false;
        }
        // a component's own type (and an interface's implementation, which has its pointer) keeps its name
        return type.pointer().componentSchemaName().isEmpty();
    }

    /** The number of an inline type's structure: two types with one number are the same once names are set aside. */
    int structureOf(TypeId id) {
        Integer known = structures.get(id);
        if (known != null) {
            return known;
        }
        TypeModel type = inline.get(id);
        if (type == null) {
            throw new IllegalArgumentException("not an inline type: " + id);
        }
        if (!inProgress.add(id)) {
            // reached again while its own structure is being written: it is shared with nothing
            return number(List.of("cycle", id));
        }
        try {
            int structure = number(key(type));
            structures.put(id, structure);
            return structure;
        } finally {
            inProgress.remove(id);
        }
    }

    private int number(List<Object> key) {
        return structureNumbers.computeIfAbsent(key, k -> structureNumbers.size());
    }

    private List<Object> key(TypeModel type) {
        List<Object> key = new ArrayList<>();
        key.add(type.docs().deprecated());
        if (type instanceof ObjectModel object) {
            key.add("object");
            for (Property property : object.properties()) {
                key.add(List.of(
                        property.jsonName(),
                        property.name(),
                        refKey(property.type()),
                        property.required(),
                        property.nullable(),
                        property.docs().deprecated(),
                        property.defaultValue()));
            }
            key.add(object.interfaces());
            key.add(object.additionalProperties().map(this::refKey));
        } else if (type instanceof EnumModel enumModel) {
            key.add("enum");
            key.add(enumModel.wireType());
            key.add(enumModel.constants());
            key.add(enumModel.literal());
        } else if (type instanceof UnionModel union) {
            key.add("union");
            key.add(union.discriminator());
            key.add(union.unknownName());
            for (UnionModel.Variant variant : union.variants()) {
                // a variant's record is named after its type, so an inline variant's name is set aside with it
                key.add(List.of(refKey(variant.type()), variant.tags()));
            }
        } else {
            // only components are interfaces; one reaching here is kept as it is
            key.add(type.id());
        }
        for (TypeModel nested : type.nested()) {
            key.add(inline.containsKey(nested.id()) ? structureOf(nested.id()) : nested.id());
        }
        return key;
    }

    private Object refKey(TypeRef ref) {
        if (ref instanceof TypeRef.Named named) {
            return inline.containsKey(named.id()) ? List.of("structure", structureOf(named.id())) : named;
        }
        if (ref instanceof TypeRef.ListOf list) {
            return List.of("list", refKey(list.element()));
        }
        if (ref instanceof TypeRef.MapOf map) {
            return List.of("map", refKey(map.value()));
        }
        return ref;
    }
}
