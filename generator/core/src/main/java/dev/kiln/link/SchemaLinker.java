package dev.kiln.link;

import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef;
import dev.kiln.language.NameScope;
import dev.kiln.language.Symbols;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.Problems;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Links schemas: component schemas become top-level types, inline schemas become types nested in the type whose
 * field they describe, and every use of a schema becomes a {@link TypeRef}. It decides what kind of schema it has
 * and hands it to the linker for that kind: {@link ComponentSchemas} for references, {@link EnumLinker},
 * {@link UnionLinker}, and {@link StructuralLinker} for objects (their fields merged by {@link AllOfMerger}),
 * lists, maps and scalars.
 */
final class SchemaLinker {
    private final Symbols symbols;
    private final NameOverrideUse names;
    private final NameScope topLevelNames;
    private final Owner.TopLevel topLevel;
    private final List<TypeModel> inlineTopLevel = new ArrayList<>();
    /** Every inline type placed so far, by id, wherever it was placed. */
    private final Map<TypeId, TypeModel> inlineTypes = new HashMap<>();

    private final ComponentSchemas components;
    private final EnumLinker enums;
    private final UnionLinker unions;
    private final StructuralLinker structures;

    SchemaLinker(
            Map<String, Schema<?>> components,
            Problems problems,
            Symbols symbols,
            NameScope topLevelNames,
            MappingUse mappings,
            NameOverrideUse names) {
        this.symbols = symbols;
        this.names = names;
        this.topLevelNames = topLevelNames;
        this.topLevel = new Owner.TopLevel(topLevelNames, inlineTopLevel::add);
        this.components = new ComponentSchemas(components, this, problems, symbols, topLevelNames, mappings, names);
        this.enums = new EnumLinker(symbols, problems, names);
        this.unions = new UnionLinker(this, enums, symbols);
        this.structures = new StructuralLinker(
                this,
                this.components,
                new AllOfMerger(this, this.components, problems, symbols, names),
                symbols,
                problems,
                mappings);
    }

    /** Names every component schema that becomes a type, before anything refers to them. */
    void declareComponents() {
        components.declare(enums);
    }

    /** Links every component schema that is a type, in spec order. */
    List<TypeModel> linkComponents() {
        return components.linkAll();
    }

    /** Types made from inline request and response bodies, in the order they were met. */
    List<TypeModel> inlineTopLevelTypes() {
        return List.copyOf(inlineTopLevel);
    }

    /**
     * Links a request or response body. An inline object becomes a top-level type named {@code typeName}.
     *
     * @param schema the body's schema
     * @param pointer where it is
     * @param typeName the name for an inline object
     * @return the body's type
     */
    Linked linkBody(Schema<?> schema, JsonPointer pointer, String typeName) {
        SchemaFacts facts = SchemaFacts.of(schema);
        if (facts.ref().isEmpty() && facts.isObjectLike()) {
            TypeId id = TypeId.topLevel(topLevelNames.allocate(typeName));
            inlineTopLevel.add(structures.linkObject(id, facts, pointer, false));
            return new Linked(TypeRef.named(id), facts.nullable());
        }
        Owner owner = Owner.hoisting(symbols, typeName, topLevelNames);
        Linked linked = link(schema, pointer, owner, typeName);
        addTopLevel(owner.nested());
        return linked;
    }

    /**
     * Links the schema of a field or parameter.
     *
     * @param schema the schema
     * @param pointer where it is
     * @param owner the type that inline schemas are nested in
     * @param fieldName the field's name, which names inline types
     * @return the type and whether it admits null
     */
    Linked link(Schema<?> schema, JsonPointer pointer, Owner owner, String fieldName) {
        SchemaFacts facts = SchemaFacts.of(schema);
        if (facts.ref().isPresent()) {
            return new Linked(components.resolve(facts.ref().get(), pointer), facts.nullable());
        }
        boolean nullable = facts.nullable() || facts.enumAdmitsNull();
        enums.reportTooManyValues(schema, pointer);
        if (!facts.enumValues().isEmpty()) {
            TypeId id = owner.childId(fieldName);
            place(owner, enums.linkEnum(id, facts, pointer));
            return new Linked(TypeRef.named(id), nullable);
        }
        List<Schema<?>> substantive = facts.substantiveAllOf();
        if (substantive.size() == 1 && facts.properties().isEmpty()) {
            // an allOf of one schema (and annotations) is that schema
            int index = facts.allOf().indexOf(substantive.get(0));
            Linked only = link(substantive.get(0), pointer.child("allOf").child(index), owner, fieldName);
            return new Linked(only.type(), nullable || facts.allOfAnnotatesNull() || only.nullable());
        }
        Optional<Linked> union = unions.link(facts, pointer, owner, fieldName);
        if (union.isPresent()) {
            return union.get();
        }
        if (facts.isObjectLike()) {
            TypeId id = owner.childId(fieldName);
            place(owner, structures.linkObject(id, facts, pointer, false));
            return new Linked(TypeRef.named(id), nullable);
        }
        return new Linked(structures.linkByType(facts, pointer, owner, fieldName), nullable);
    }

    /** Links a component schema that is a type of its own: an enum, a union or an object (an interface if extended). */
    TypeModel linkNamedType(TypeId id, SchemaFacts facts, JsonPointer pointer, boolean extended) {
        if (!facts.enumValues().isEmpty()) {
            return enums.linkEnum(id, facts, pointer);
        }
        if (facts.isUnion()) {
            return unions.linkType(id, facts, pointer);
        }
        return structures.linkObject(id, facts, pointer, extended);
    }

    /** Puts an inline type where its owner says, and remembers it. */
    void place(Owner owner, TypeModel type) {
        inlineTypes.put(type.id(), type);
        owner.addNested(type);
    }

    /** Adds types hoisted to the top level (an alias's or a body's inline types). */
    void addTopLevel(List<TypeModel> types) {
        inlineTopLevel.addAll(types);
    }

    /** Where inline types promoted past the nesting cap go. */
    Owner.TopLevel topLevel() {
        return topLevel;
    }

    /** The type of that id, linking it first if it is a component's; empty while it is being linked. */
    Optional<TypeModel> linkedType(TypeId id) {
        TypeModel inline = inlineTypes.get(id);
        if (inline != null) {
            return Optional.of(inline);
        }
        return components.typeWithId(id);
    }
}
