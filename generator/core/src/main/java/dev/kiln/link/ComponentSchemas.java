package dev.kiln.link;

import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef;
import dev.kiln.language.NameScope;
import dev.kiln.language.Symbols;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import dev.kiln.problems.Suggestions;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schemas of {@code components/schemas} and the references to them. A component that is an enum, an object or
 * a union becomes a top-level type, named before anything refers to it and linked once; a reference to one is its
 * type. A component that is none of those (an alias such as an array of another) is linked where it is first
 * referred to, and stands for the type it describes.
 */
final class ComponentSchemas {
    /** How a reference to a component schema begins. */
    private static final String PREFIX = JsonPointer.componentSchema("").toString();

    private final Map<String, Schema<?>> schemas;
    private final SchemaLinker linker;
    private final Problems problems;
    private final Symbols symbols;
    private final NameScope topLevelNames;
    private final NameOverrideUse names;
    private final Map<String, TypeId> ids = new LinkedHashMap<>();
    /** The components another one extends with {@code allOf}, which become interfaces. */
    private final Set<String> parents = new HashSet<>();

    private final Map<String, TypeModel> linked = new HashMap<>();
    /** The components being linked or followed, to stop at a cycle. */
    private final Set<String> inProgress = new HashSet<>();

    private final Map<String, TypeRef> aliases = new HashMap<>();
    private final MappingUse mappings;

    ComponentSchemas(
            Map<String, Schema<?>> schemas,
            SchemaLinker linker,
            Problems problems,
            Symbols symbols,
            NameScope topLevelNames,
            MappingUse mappings,
            NameOverrideUse names) {
        this.names = names;
        this.schemas = schemas;
        this.linker = linker;
        this.problems = problems;
        this.symbols = symbols;
        this.topLevelNames = topLevelNames;
        this.mappings = mappings;
    }

    /** The schema name a reference names, when it is one to {@code #/components/schemas/...}. */
    static Optional<String> nameOf(String ref) {
        if (ref == null || !ref.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(JsonPointer.unescape(ref.substring(PREFIX.length())));
    }

    /**
     * Names every component that becomes a type, before anything refers to them, and notes the ones others extend.
     *
     * @param enums reports an enum too long to become one
     */
    void declare(EnumLinker enums) {
        schemas.forEach((name, schema) -> enums.reportTooManyValues(schema, JsonPointer.componentSchema(name)));
        schemas.forEach((name, schema) -> {
            for (Schema<?> member : SchemaFacts.of(schema).allOf()) {
                nameOf(member.get$ref()).ifPresent(parents::add);
            }
        });
        List<String> typeNames = schemas.entrySet().stream()
                .filter(component -> !mappings.mappedSchemas().contains(component.getKey()))
                .filter(component -> SchemaFacts.of(component.getValue()).isNamedType())
                .map(Map.Entry::getKey)
                .toList();
        // the names a user gave come first, so a name Kiln makes gives way to them
        Map<String, String> given = new LinkedHashMap<>();
        for (String name : typeNames) {
            names.name(NameOverrides.Kind.SCHEMA, name, schemas.get(name).getExtensions())
                    .ifPresent(javaName -> {
                        String allocated = symbols.typeName(javaName, topLevelNames);
                        if (!allocated.equals(symbols.typeName(javaName, symbols.typeScope()))) {
                            problems.report(
                                    ProblemKind.NAME_COLLISION,
                                    JsonPointer.componentSchema(name),
                                    "the name '" + javaName + "' given to the schema " + name + " is another type's",
                                    "give one of them another name");
                        }
                        given.put(name, allocated);
                    });
        }
        List<String> named =
                typeNames.stream().filter(name -> !given.containsKey(name)).toList();
        List<String> javaNames = symbols.typeNames(named, topLevelNames);
        for (int i = 0; i < named.size(); i++) {
            given.put(named.get(i), javaNames.get(i));
        }
        for (String name : typeNames) {
            ids.put(name, TypeId.topLevel(given.get(name)));
        }
    }

    /** Links every component that is a type, in spec order. */
    List<TypeModel> linkAll() {
        List<TypeModel> types = new ArrayList<>();
        for (String name : ids.keySet()) {
            link(name).ifPresent(types::add);
        }
        return types;
    }

    /** The simple names of the components' top-level types. */
    Set<String> typeNames() {
        Set<String> names = new HashSet<>();
        ids.values().forEach(id -> names.add(id.simpleName()));
        return names;
    }

    /** The component's type with that id, linking it first; empty for no component's, or while it is being linked. */
    Optional<TypeModel> typeWithId(TypeId id) {
        return ids.entrySet().stream()
                .filter(component -> component.getValue().equals(id))
                .map(Map.Entry::getKey)
                .findFirst()
                .flatMap(this::link);
    }

    /**
     * The type a reference names: a component's type, or the type an alias describes. A reference to no component
     * is reported and kept as raw JSON, and so is an alias that refers to itself through aliases only.
     *
     * @param ref the reference as written
     * @param pointer where the schema holding it is
     */
    TypeRef resolve(String ref, JsonPointer pointer) {
        Optional<String> name = nameOf(ref);
        if (name.isEmpty() || !schemas.containsKey(name.get())) {
            String wanted = name.orElse(ref);
            problems.report(
                    ProblemKind.UNRESOLVED_REF,
                    pointer.child("$ref"),
                    "cannot resolve '" + ref + "'",
                    name.isPresent()
                            ? Suggestions.didYouMean(
                                    wanted, schemas.keySet(), "no schema of that name is defined in components/schemas")
                            : "only references to components/schemas are supported here");
            return new TypeRef.AnyJson();
        }
        Optional<TypeRef> mapped = mappings.forSchema(name.get());
        if (mapped.isPresent()) {
            return mapped.get();
        }
        TypeId id = ids.get(name.get());
        if (id != null) {
            return TypeRef.named(id);
        }
        if (!inProgress.add(name.get())) {
            problems.report(
                    ProblemKind.UNSUPPORTED,
                    pointer,
                    "'" + ref + "' refers to itself through aliases only",
                    "give the recursive schema properties so that it can become a type; it is kept as raw JSON");
            return new TypeRef.AnyJson();
        }
        try {
            TypeRef cached = aliases.get(name.get());
            if (cached != null) {
                return cached;
            }
            Owner aliasOwner = Owner.hoisting(symbols, name.get(), topLevelNames);
            Linked alias = linker.link(
                    schemas.get(name.get()), JsonPointer.componentSchema(name.get()), aliasOwner, name.get());
            linker.addTopLevel(aliasOwner.nested());
            aliases.put(name.get(), alias.type());
            return alias.type();
        } finally {
            inProgress.remove(name.get());
        }
    }

    /**
     * What an {@code allOf} member's reference leads to: the reference it ends at and that component's type, if it
     * is one.
     */
    record Parent(String ref, Optional<TypeModel> type) {}

    /**
     * Follows an {@code allOf} member's reference to the component it names, through components that only name
     * another ({@code Base: {$ref: Compact}} passes on what {@code Compact} has).
     *
     * @param ref the member's reference
     * @param pointer where the member is
     * @return where it ends; empty when it names no component, which is reported
     */
    Optional<Parent> parent(String ref, JsonPointer pointer) {
        Optional<String> name = nameOf(ref);
        if (name.isEmpty() || !schemas.containsKey(name.get())) {
            resolve(ref, pointer);
            return Optional.empty();
        }
        Optional<String> aliased = SchemaFacts.of(schemas.get(name.get())).ref();
        if (aliased.isPresent() && !ids.containsKey(name.get()) && inProgress.add(name.get())) {
            try {
                return parent(aliased.get(), pointer);
            } finally {
                inProgress.remove(name.get());
            }
        }
        return Optional.of(new Parent(ref, ids.containsKey(name.get()) ? link(name.get()) : Optional.empty()));
    }

    /**
     * Tells whether a component is a {@code oneOf} or {@code anyOf} that declares no fields of its own: a parent its
     * children name in their {@code allOf} only to say they are among its alternatives, with nothing to merge.
     *
     * @param ref a reference to the component
     * @return true for such a union; false for anything else, and for a reference to no component
     */
    boolean isFieldlessUnion(String ref) {
        Schema<?> schema = nameOf(ref).map(schemas::get).orElse(null);
        if (schema == null) {
            return false;
        }
        SchemaFacts facts = SchemaFacts.of(schema);
        return !facts.alternatives().isEmpty()
                && facts.properties().isEmpty()
                && facts.allOf().isEmpty();
    }

    private Optional<TypeModel> link(String name) {
        TypeModel done = linked.get(name);
        if (done != null) {
            return Optional.of(done);
        }
        if (!inProgress.add(name)) {
            return Optional.empty();
        }
        try {
            TypeModel model = linker.linkNamedType(
                    ids.get(name),
                    SchemaFacts.of(schemas.get(name)),
                    JsonPointer.componentSchema(name),
                    parents.contains(name));
            linked.put(name, model);
            return Optional.of(model);
        } finally {
            inProgress.remove(name);
        }
    }
}
