package dev.kiln.link;

import dev.kiln.ir.Docs;
import dev.kiln.ir.InterfaceModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Property;
import dev.kiln.ir.TypeId;
import dev.kiln.language.NameScope;
import dev.kiln.language.Symbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The fields of an object as they are merged: inherited first, then declared, later ones replacing. */
final class ObjectParts {
    private final Map<String, Property> properties = new LinkedHashMap<>();
    private final Map<String, TypeId> inheritedFrom = new HashMap<>();
    private final List<TypeId> interfaces = new ArrayList<>();
    private final Symbols symbols;
    private final NameScope members;
    private final Map<String, String> fieldNames = new HashMap<>();

    ObjectParts(Symbols symbols) {
        this.symbols = symbols;
        this.members = symbols.memberScope();
    }

    void inherit(InterfaceModel parent) {
        if (!interfaces.contains(parent.id())) {
            interfaces.add(parent.id());
        }
        for (Property property : parent.properties()) {
            if (!properties.containsKey(property.jsonName())) {
                members.allocate(property.name());
                properties.put(property.jsonName(), property);
                inheritedFrom.put(property.jsonName(), parent.id());
            }
        }
    }

    /**
     * Takes the fields of an object that is no shared parent (an {@code allOf} outside the components names it),
     * as fields of this one; their types stay where the object declares them.
     */
    void copy(ObjectModel parent) {
        for (Property property : parent.properties()) {
            if (!properties.containsKey(property.jsonName())) {
                fieldNames.put(property.jsonName(), members.allocate(property.name()));
                properties.put(
                        property.jsonName(),
                        new Property(
                                property.jsonName(),
                                fieldNames.get(property.jsonName()),
                                property.type(),
                                property.required(),
                                property.nullable(),
                                property.docs(),
                                property.defaultValue()));
            }
        }
    }

    /**
     * Names a field as a user named it, before the others are named.
     *
     * @param jsonName the field's JSON name
     * @param given the name the user gave
     * @return false when another field has the name already
     */
    boolean nameAs(String jsonName, String given) {
        if (properties.containsKey(jsonName) || fieldNames.containsKey(jsonName)) {
            return true;
        }
        String javaName = symbols.fieldName(given, members);
        fieldNames.put(jsonName, javaName);
        return javaName.equals(symbols.fieldName(given, symbols.memberScope()));
    }

    /** Names the fields about to be declared that no parent declares, all at once (see {@link Symbols#fieldNames}). */
    void name(List<String> jsonNames) {
        List<String> fresh = jsonNames.stream()
                .filter(name -> !properties.containsKey(name) && !fieldNames.containsKey(name))
                .toList();
        List<String> allocated = symbols.fieldNames(fresh, members);
        for (int i = 0; i < fresh.size(); i++) {
            fieldNames.put(fresh.get(i), allocated.get(i));
        }
    }

    void declare(String jsonName, Linked linked, boolean required, Docs docs, Optional<String> defaultValue) {
        Property existing = properties.get(jsonName);
        if (existing != null) {
            Property replacement = new Property(
                    jsonName,
                    existing.name(),
                    linked.type(),
                    required || existing.required(),
                    linked.nullable(),
                    docs.summary().isPresent() ? docs : existing.docs(),
                    defaultValue);
            TypeId parent = inheritedFrom.remove(jsonName);
            if (parent != null && !sameDeclaration(existing, replacement)) {
                interfaces.remove(parent);
            }
            properties.put(jsonName, replacement);
            return;
        }
        String name = fieldNames.computeIfAbsent(jsonName, json -> symbols.fieldName(json, members));
        properties.put(
                jsonName, new Property(jsonName, name, linked.type(), required, linked.nullable(), docs, defaultValue));
    }

    void requireAll(Set<String> required) {
        for (String name : required) {
            Property property = properties.get(name);
            if (property != null && !property.required() && !inheritedFrom.containsKey(name)) {
                properties.put(
                        name,
                        new Property(
                                property.jsonName(),
                                property.name(),
                                property.type(),
                                true,
                                property.nullable(),
                                property.docs(),
                                property.defaultValue()));
            }
        }
    }

    List<Property> properties() {
        return List.copyOf(properties.values());
    }

    List<TypeId> interfaces() {
        return List.copyOf(interfaces);
    }

    private static boolean sameDeclaration(Property a, Property b) {
        return a.type().equals(b.type()) && a.required() == b.required() && a.nullable() == b.nullable();
    }
}
