package dev.kiln.link;

import dev.kiln.ir.Docs;
import dev.kiln.ir.InterfaceModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Property;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef;
import dev.kiln.ir.TypeRef.ScalarKind;
import dev.kiln.language.Symbols;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import dev.kiln.problems.Suggestions;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Optional;

/**
 * Links schemas by their {@code type}: an object with fields becomes a class (or an interface, when other objects
 * extend it), an array a list, an object of values a map, and a string, number or boolean a scalar.
 */
final class StructuralLinker {
    /** The JSON Schema types, in the order the hint for an unknown one lists them. */
    private static final List<String> KNOWN_TYPES =
            List.of("string", "integer", "number", "boolean", "object", "array", "null");

    private final SchemaLinker schemas;
    private final ComponentSchemas components;
    private final AllOfMerger allOf;
    private final Symbols symbols;
    private final Problems problems;
    private final MappingUse mappings;

    StructuralLinker(
            SchemaLinker schemas,
            ComponentSchemas components,
            AllOfMerger allOf,
            Symbols symbols,
            Problems problems,
            MappingUse mappings) {
        this.schemas = schemas;
        this.components = components;
        this.allOf = allOf;
        this.symbols = symbols;
        this.problems = problems;
        this.mappings = mappings;
    }

    /**
     * Links an object with fields: its own, and those of its {@code allOf} parts.
     *
     * @param id the type's name
     * @param facts the schema
     * @param pointer where it is
     * @param asInterface whether other objects extend it, so that it becomes an interface with an implementation
     * @return the class or interface
     */
    TypeModel linkObject(TypeId id, SchemaFacts facts, JsonPointer pointer, boolean asInterface) {
        Owner owner = asInterface
                ? Owner.ofInterface(symbols, id, schemas.topLevel(), components.typeNames())
                : Owner.of(symbols, id, schemas.topLevel());
        ObjectParts parts = new ObjectParts(symbols);
        allOf.collect(facts, pointer, owner, parts);
        List<Property> properties = parts.properties();
        if (asInterface) {
            TypeId implementation = owner.implementationId();
            owner.addNested(new ObjectModel(
                    implementation,
                    Docs.of("A " + id.simpleName() + " with only the fields it declares.", false),
                    properties,
                    List.of(id),
                    Optional.empty(),
                    List.of(),
                    pointer));
            return new InterfaceModel(
                    id, facts.docs(), properties, parts.interfaces(), owner.nested(), pointer, implementation);
        }
        Optional<TypeRef> additional = Optional.empty();
        Optional<Schema<?>> additionalSchema = facts.additionalPropertiesSchema();
        if (additionalSchema.isPresent()
                        && !SchemaFacts.of(additionalSchema.get()).types().isEmpty()
                || additionalSchema.isPresent()
                        && SchemaFacts.of(additionalSchema.get()).ref().isPresent()) {
            Linked value = schemas.link(
                    additionalSchema.get(), pointer.child("additionalProperties"), owner, "additionalProperty");
            additional = value.nullable() ? Optional.empty() : Optional.of(value.type());
        }
        return new ObjectModel(id, facts.docs(), properties, parts.interfaces(), additional, owner.nested(), pointer);
    }

    /**
     * Links a schema that is no object with fields: a scalar, a list or a map by its {@code type}; raw JSON when it
     * has no single type, or an unknown one (reported).
     */
    TypeRef linkByType(SchemaFacts facts, JsonPointer pointer, Owner owner, String fieldName) {
        for (String type : facts.types()) {
            if (!KNOWN_TYPES.contains(type)) {
                problems.report(
                        ProblemKind.INVALID_TYPE,
                        pointer.child("type"),
                        "unknown type '" + type + "'",
                        Suggestions.didYouMean(type, KNOWN_TYPES, "use one of " + String.join(", ", KNOWN_TYPES)));
                return new TypeRef.AnyJson();
            }
        }
        Optional<String> type = facts.singleType();
        if (type.isEmpty()) {
            return new TypeRef.AnyJson();
        }
        if (!type.get().equals("array") && !type.get().equals("object")) {
            Optional<TypeRef> mapped = mappings.forType(type.get(), facts.format());
            if (mapped.isPresent()) {
                return mapped.get();
            }
        }
        switch (type.get()) {
            case "string":
                return TypeRef.scalar(stringKind(facts));
            case "integer":
                return TypeRef.scalar("int32".equals(facts.format().orElse("")) ? ScalarKind.INT32 : ScalarKind.INT64);
            case "number":
                return TypeRef.scalar(ScalarKind.DOUBLE);
            case "boolean":
                return TypeRef.scalar(ScalarKind.BOOLEAN);
            case "array":
                Schema<?> items = facts.items().orElse(null);
                if (items == null) {
                    return new TypeRef.ListOf(new TypeRef.AnyJson());
                }
                Linked element = schemas.link(items, pointer.child("items"), owner, fieldName);
                return new TypeRef.ListOf(elementType(element));
            case "object":
                Optional<Schema<?>> values = facts.additionalPropertiesSchema();
                if (values.isPresent()) {
                    Linked value = schemas.link(values.get(), pointer.child("additionalProperties"), owner, fieldName);
                    return new TypeRef.MapOf(elementType(value));
                }
                return new TypeRef.MapOf(new TypeRef.AnyJson());
            default:
                return new TypeRef.AnyJson();
        }
    }

    /**
     * The type of an array's elements or a map's values. One that may be null is kept as raw JSON, which holds a
     * null as it came: the SDK's lists and maps hold no Java nulls.
     */
    private static TypeRef elementType(Linked element) {
        return element.nullable() ? new TypeRef.AnyJson() : element.type();
    }

    private static ScalarKind stringKind(SchemaFacts facts) {
        return switch (facts.format().orElse("")) {
            case "date-time" -> ScalarKind.DATE_TIME;
            case "date" -> ScalarKind.DATE;
            case "binary" -> ScalarKind.BINARY;
            default -> ScalarKind.STRING;
        };
    }
}
