package dev.kiln.link;

import dev.kiln.ir.InterfaceModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.TypeModel;
import dev.kiln.language.Symbols;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers the fields of an object from its {@code allOf} parts and its own properties: a part that refers to an
 * interface is inherited, one that refers to another object is copied in, one that refers to a union without fields
 * of its own (the union its children name) adds nothing, an inline part is merged as if written in place, and the
 * object's own properties come last, replacing any of the same name.
 */
final class AllOfMerger {
    private final SchemaLinker schemas;
    private final ComponentSchemas components;
    private final Problems problems;
    private final Symbols symbols;
    private final NameOverrideUse names;

    AllOfMerger(
            SchemaLinker schemas,
            ComponentSchemas components,
            Problems problems,
            Symbols symbols,
            NameOverrideUse names) {
        this.schemas = schemas;
        this.components = components;
        this.problems = problems;
        this.symbols = symbols;
        this.names = names;
    }

    /**
     * Adds the fields of a schema and of its {@code allOf} parts to {@code parts}.
     *
     * @param facts the schema
     * @param pointer where it is
     * @param owner where the fields' inline types go
     * @param parts the fields gathered so far
     */
    void collect(SchemaFacts facts, JsonPointer pointer, Owner owner, ObjectParts parts) {
        List<Schema<?>> allOf = facts.allOf();
        Set<String> required = new LinkedHashSet<>(facts.required());
        for (int i = 0; i < allOf.size(); i++) {
            SchemaFacts member = SchemaFacts.of(allOf.get(i));
            JsonPointer memberPointer = pointer.child("allOf").child(i);
            if (member.ref().isPresent()) {
                inherit(member.ref().get(), memberPointer, parts);
            } else {
                required.addAll(member.required());
                collect(member, memberPointer, owner, parts);
            }
        }
        JsonPointer propertiesPointer = pointer.child("properties");
        givenNames(facts, pointer, parts);
        parts.name(List.copyOf(facts.properties().keySet()));
        for (Map.Entry<String, Schema<?>> entry : facts.properties().entrySet()) {
            String name = entry.getKey();
            SchemaFacts property = SchemaFacts.of(entry.getValue());
            Linked linked = schemas.link(entry.getValue(), propertiesPointer.child(name), owner, name);
            parts.declare(
                    name,
                    linked,
                    required.contains(name),
                    property.docs(),
                    property.defaultValue().map(JsonText::of));
        }
        parts.requireAll(required);
    }

    /**
     * Names the properties a user names ({@code property:Message.from=sender}, or {@code x-kiln-name} on the
     * property) before Kiln names the others. Only a component schema's own properties, and those of its inline
     * {@code allOf} parts, can be named in the settings, by the component's name.
     */
    private void givenNames(SchemaFacts facts, JsonPointer pointer, ObjectParts parts) {
        Optional<String> owner = componentOf(pointer);
        for (Map.Entry<String, Schema<?>> entry : facts.properties().entrySet()) {
            String jsonName = entry.getKey();
            Map<String, Object> extensions = entry.getValue().getExtensions();
            Optional<String> given = owner.isPresent()
                    ? names.name(NameOverrides.Kind.PROPERTY, owner.get() + "." + jsonName, extensions)
                    : names.name(NameOverrides.Kind.PROPERTY, "", extensions);
            given.ifPresent(javaName -> {
                if (!parts.nameAs(jsonName, javaName)) {
                    problems.report(
                            ProblemKind.NAME_COLLISION,
                            pointer.child("properties").child(jsonName),
                            "the name '" + javaName + "' given to the property " + jsonName + " is another field's",
                            "give one of them another name");
                }
            });
        }
    }

    /** The component a pointer is, or one of its inline {@code allOf} parts. */
    private static Optional<String> componentOf(JsonPointer pointer) {
        JsonPointer at = pointer;
        while (at.parent() != null
                && at.parent().parent() != null
                && at.parent().toString().endsWith("/allOf")) {
            at = at.parent().parent();
        }
        return at.componentSchemaName();
    }

    private void inherit(String ref, JsonPointer pointer, ObjectParts parts) {
        Optional<ComponentSchemas.Parent> parent = components.parent(ref, pointer);
        if (parent.isEmpty()) {
            return;
        }
        Optional<TypeModel> type = parent.get().type();
        if (type.isPresent() && type.get() instanceof InterfaceModel parentInterface) {
            parts.inherit(parentInterface);
            return;
        }
        if (type.isPresent() && type.get() instanceof ObjectModel parentObject) {
            parts.copy(parentObject);
            return;
        }
        if (components.isFieldlessUnion(parent.get().ref())) {
            // Actor: {oneOf: [Agent, Bot]}, Agent: {allOf: [Actor, {...}]}: Actor has no field to merge
            return;
        }
        problems.report(
                ProblemKind.UNSUPPORTED,
                pointer,
                "allOf member '" + parent.get().ref() + "' is not an object schema Kiln can merge",
                "its fields are not merged; the values are kept among the additional properties");
    }
}
