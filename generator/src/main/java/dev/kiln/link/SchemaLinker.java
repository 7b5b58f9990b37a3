package dev.kiln.link;

import dev.kiln.ir.Docs;
import dev.kiln.ir.EnumModel;
import dev.kiln.ir.InterfaceModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Property;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef.ScalarKind;
import dev.kiln.ir.TypeRef;
import dev.kiln.ir.UnionModel;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import dev.kiln.problems.Suggestions;
import dev.kiln.target.NameScope;
import dev.kiln.target.Symbols;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links schemas: component schemas become top-level types, inline schemas become types nested in the type whose
 * field they describe, and every use of a schema becomes a {@link TypeRef}.
 */
final class SchemaLinker {
    /** How a reference to a component schema begins. */
    private static final String COMPONENTS = JsonPointer.componentSchema("").toString();
    private static final Set<String> KNOWN_TYPES = Set.of("string", "integer", "number", "boolean", "object", "array", "null");

    private final Map<String, Schema<?>> components;
    private final Problems problems;
    private final Symbols symbols;
    private final NameScope topLevelNames;
    private final Owner.TopLevel topLevel;
    private final Map<String, TypeId> componentIds = new LinkedHashMap<>();
    private final Set<String> parents = new HashSet<>();
    private final Map<String, TypeModel> linkedComponents = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();
    private final List<TypeModel> inlineTopLevel = new ArrayList<>();
    /** Every inline type linked so far, by id, wherever it was placed. */
    private final Map<TypeId, TypeModel> inlineTypes = new HashMap<>();
    private final Map<String, TypeRef> aliases = new HashMap<>();

    SchemaLinker(Map<String, Schema<?>> components, Problems problems, Symbols symbols, NameScope topLevelNames) {
        this.components = components;
        this.problems = problems;
        this.symbols = symbols;
        this.topLevelNames = topLevelNames;
        this.topLevel = new Owner.TopLevel(topLevelNames, inlineTopLevel::add);
    }

    /** Names every component schema that becomes a type, before anything refers to them. */
    void declareComponents() {
        components.forEach((name, schema) -> reportTooManyEnumValues(schema, JsonPointer.componentSchema(name)));
        components.forEach((name, schema) -> {
            for (Schema<?> member : SchemaFacts.of(schema).allOf()) {
                componentName(member.get$ref()).ifPresent(parents::add);
            }
        });
        List<String> typeNames = components.entrySet().stream()
                .filter(component -> isNamedType(SchemaFacts.of(component.getValue())))
                .map(Map.Entry::getKey)
                .toList();
        List<String> javaNames = symbols.typeNames(typeNames, topLevelNames);
        for (int i = 0; i < typeNames.size(); i++) {
            componentIds.put(typeNames.get(i), TypeId.topLevel(javaNames.get(i)));
        }
    }

    /** Links every component schema that is a type, in spec order. */
    List<TypeModel> linkComponents() {
        List<TypeModel> types = new ArrayList<>();
        for (String name : componentIds.keySet()) {
            linkComponent(name).ifPresent(types::add);
        }
        return types;
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
     * @param typeName the Java name for an inline object
     * @return the body's type
     */
    Linked linkBody(Schema<?> schema, JsonPointer pointer, String typeName) {
        SchemaFacts facts = SchemaFacts.of(schema);
        if (facts.ref().isEmpty() && isObjectLike(facts)) {
            TypeId id = TypeId.topLevel(topLevelNames.allocate(typeName));
            inlineTopLevel.add(linkObject(id, facts, pointer, false));
            return new Linked(TypeRef.named(id), facts.nullable());
        }
        Owner owner = Owner.hoisting(symbols, typeName, topLevelNames);
        Linked linked = link(schema, pointer, owner, typeName);
        inlineTopLevel.addAll(owner.nested());
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
            return new Linked(linkRef(facts.ref().get(), pointer), facts.nullable());
        }
        boolean nullable = facts.nullable() || facts.enumAdmitsNull();
        reportTooManyEnumValues(schema, pointer);
        List<Object> values = facts.enumValues();
        if (!values.isEmpty()) {
            TypeId id = owner.childId(fieldName);
            place(owner, linkEnum(id, facts, pointer));
            return new Linked(TypeRef.named(id), nullable);
        }
        List<Schema<?>> substantive = facts.substantiveAllOf();
        if (substantive.size() == 1 && facts.properties().isEmpty()) {
            int index = facts.allOf().indexOf(substantive.get(0));
            Linked only = link(substantive.get(0), pointer.child("allOf").child(index), owner, fieldName);
            return new Linked(only.type(), nullable || facts.allOfAnnotatesNull() || only.nullable());
        }
        Optional<Linked> union = linkUnion(facts, pointer, owner, fieldName);
        if (union.isPresent()) {
            return union.get();
        }
        if (isObjectLike(facts)) {
            TypeId id = owner.childId(fieldName);
            place(owner, linkObject(id, facts, pointer, false));
            return new Linked(TypeRef.named(id), nullable);
        }
        return new Linked(linkStructural(facts, pointer, owner, fieldName), nullable);
    }

    /** Puts an inline type where its owner says, and remembers it. */
    private void place(Owner owner, TypeModel type) {
        inlineTypes.put(type.id(), type);
        owner.addNested(type);
    }

    private Optional<TypeModel> linkComponent(String name) {
        TypeModel done = linkedComponents.get(name);
        if (done != null) {
            return Optional.of(done);
        }
        if (!inProgress.add(name)) {
            return Optional.empty();
        }
        try {
            TypeId id = componentIds.get(name);
            SchemaFacts facts = SchemaFacts.of(components.get(name));
            JsonPointer pointer = JsonPointer.componentSchema(name);
            TypeModel model;
            if (!facts.enumValues().isEmpty()) {
                model = linkEnum(id, facts, pointer);
            } else if (isUnion(facts)) {
                model = linkUnionType(id, facts, pointer);
            } else {
                model = linkObject(id, facts, pointer, parents.contains(name));
            }
            linkedComponents.put(name, model);
            return Optional.of(model);
        } finally {
            inProgress.remove(name);
        }
    }

    private TypeRef linkRef(String ref, JsonPointer pointer) {
        Optional<String> name = componentName(ref);
        if (name.isEmpty() || !components.containsKey(name.get())) {
            String wanted = name.orElse(ref);
            problems.report(
                    ProblemKind.UNRESOLVED_REF,
                    pointer.child("$ref"),
                    "cannot resolve '" + ref + "'",
                    name.isPresent()
                            ? Suggestions.didYouMean(wanted, components.keySet(), "no schema of that name is defined in components/schemas")
                            : "only references to components/schemas are supported here");
            return new TypeRef.AnyJson();
        }
        TypeId id = componentIds.get(name.get());
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
            Linked alias = link(components.get(name.get()), JsonPointer.componentSchema(name.get()), aliasOwner, name.get());
            inlineTopLevel.addAll(aliasOwner.nested());
            aliases.put(name.get(), alias.type());
            return alias.type();
        } finally {
            inProgress.remove(name.get());
        }
    }

    private Optional<Linked> linkUnion(SchemaFacts facts, JsonPointer pointer, Owner owner, String fieldName) {
        List<Schema<?>> members = !facts.oneOf().isEmpty() ? facts.oneOf() : facts.anyOf();
        if (members.isEmpty()) {
            return Optional.empty();
        }
        String keyword = !facts.oneOf().isEmpty() ? "oneOf" : "anyOf";
        List<Integer> nonNull = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (!SchemaFacts.of(members.get(i)).isNullOnly()) {
                nonNull.add(i);
            }
        }
        boolean nullable = facts.nullable() || nonNull.size() < members.size();
        if (nonNull.size() == 1) {
            int index = nonNull.get(0);
            Linked only = link(members.get(index), pointer.child(keyword).child(index), owner, fieldName);
            return Optional.of(new Linked(only.type(), nullable || only.nullable()));
        }
        TypeId id = owner.childId(fieldName);
        place(owner, linkUnionType(id, facts, pointer));
        return Optional.of(new Linked(TypeRef.named(id), nullable));
    }

    /** A oneOf or anyOf of several alternatives: an enum when all are constants, otherwise a union. */
    private TypeModel linkUnionType(TypeId id, SchemaFacts facts, JsonPointer pointer) {
        List<Schema<?>> members = !facts.oneOf().isEmpty() ? facts.oneOf() : facts.anyOf();
        List<Schema<?>> alternatives = members.stream().filter(member -> !SchemaFacts.of(member).isNullOnly()).toList();
        if (alternatives.stream().allMatch(member -> SchemaFacts.of(member).isConst() && SchemaFacts.of(member).properties().isEmpty())) {
            return linkConstEnum(id, facts, alternatives, pointer);
        }
        return linkUnionModel(id, facts, pointer);
    }

    /** A oneOf of constants (3.1's way of writing a documented enum) becomes one open enum. */
    private EnumModel linkConstEnum(TypeId id, SchemaFacts facts, List<Schema<?>> alternatives, JsonPointer pointer) {
        Object sample = alternatives.get(0).getConst();
        EnumModel.WireType wireType = wireType(SchemaFacts.of(alternatives.get(0)), sample);
        NameScope constants = symbols.enumConstantScope();
        List<EnumModel.EnumConstant> known = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Schema<?> alternative : alternatives) {
            Object value = alternative.getConst();
            String wire = wireValue(wireType, value);
            if (!seen.add(wire)) {
                continue;
            }
            String title = alternative.getTitle();
            String text = title != null && !title.isBlank() ? title : wireType == EnumModel.WireType.STRING ? String.valueOf(value) : wire;
            known.add(new EnumModel.EnumConstant(symbols.enumConstant(text, constants), wire));
        }
        return new EnumModel(id, docs(facts), wireType, known, false, pointer);
    }

    /** A oneOf or anyOf of several shapes becomes a sealed interface with a record per variant. */
    private UnionModel linkUnionModel(TypeId id, SchemaFacts facts, JsonPointer pointer) {
        List<Schema<?>> members = !facts.oneOf().isEmpty() ? facts.oneOf() : facts.anyOf();
        String keyword = !facts.oneOf().isEmpty() ? "oneOf" : "anyOf";
        Owner owner = Owner.of(symbols, id, topLevel);
        NameScope variantNames = symbols.variantScope(id);
        String unknownName = variantNames.allocate("Unknown");
        Optional<String> discriminator = Optional.ofNullable(facts.schema().getDiscriminator())
                .map(d -> d.getPropertyName())
                .filter(name -> name != null && !name.isBlank());
        Map<String, String> mapping = facts.schema().getDiscriminator() == null || facts.schema().getDiscriminator().getMapping() == null
                ? Map.of()
                : facts.schema().getDiscriminator().getMapping();
        List<UnionModel.Variant> variants = new ArrayList<>();
        Set<String> usedTags = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            SchemaFacts member = SchemaFacts.of(members.get(i));
            if (member.isNullOnly()) {
                continue;
            }
            JsonPointer memberPointer = pointer.child(keyword).child(i);
            String label = member.ref().flatMap(SchemaLinker::componentName)
                    .orElse(member.schema().getTitle() != null ? member.schema().getTitle() : "variant " + (i + 1));
            Linked linked = link(members.get(i), memberPointer, owner, label);
            List<String> tags = new ArrayList<>();
            List<String> declared = discriminator.map(property -> declaredTags(linked.type(), property)).orElse(List.of());
            if (discriminator.isPresent() && member.ref().isPresent()) {
                String ref = member.ref().get();
                String name = componentName(ref).orElse(ref);
                mapping.forEach((tag, target) -> {
                    if ((target.equals(ref) || target.equals(name) || target.endsWith("/" + name)) && usedTags.add(tag)) {
                        tags.add(tag);
                    }
                });
                if (tags.isEmpty()) {
                    (declared.isEmpty() ? List.of(name) : declared).stream().filter(usedTags::add).forEach(tags::add);
                }
            } else {
                declared.stream().filter(usedTags::add).forEach(tags::add);
            }
            // an inline variant with a title is named by it, even when its type was promoted under a longer name
            Optional<String> title = member.ref().isEmpty() && linked.type() instanceof TypeRef.Named
                    ? Optional.ofNullable(member.schema().getTitle())
                    : Optional.empty();
            variants.add(new UnionModel.Variant(symbols.variantName(title, linked.type(), variantNames), linked.type(), tags));
        }
        return new UnionModel(id, docs(facts), variants, discriminator, owner.nested(), pointer, unknownName);
    }

    /**
     * The values a variant declares for its discriminator property: the one value of a literal, or every value of a
     * string enum (an inline variant such as {@code type: {enum: [stdout, stderr]}} is picked by either).
     */
    private List<String> declaredTags(TypeRef type, String property) {
        Optional<TypeModel> model = type instanceof TypeRef.Named named ? linkedType(named.id()) : Optional.empty();
        List<Property> properties = model.isEmpty()
                ? List.of()
                : model.get() instanceof ObjectModel object
                        ? object.properties()
                        : model.get() instanceof InterfaceModel iface ? iface.properties() : List.of();
        for (Property candidate : properties) {
            if (candidate.jsonName().equals(property) && candidate.type() instanceof TypeRef.Named literalId
                    && linkedType(literalId.id()).orElse(null) instanceof EnumModel e
                    && e.wireType() == EnumModel.WireType.STRING) {
                return e.constants().stream().map(constant -> JsonText.unquote(constant.wireValue())).toList();
            }
        }
        return List.of();
    }

    /** The type of that id, linking it first if it is a component's; empty while it is being linked. */
    private Optional<TypeModel> linkedType(TypeId id) {
        TypeModel inline = inlineTypes.get(id);
        if (inline != null) {
            return Optional.of(inline);
        }
        return componentIds.entrySet().stream()
                .filter(component -> component.getValue().equals(id))
                .map(Map.Entry::getKey)
                .findFirst()
                .flatMap(this::linkComponent);
    }

    private TypeRef linkStructural(SchemaFacts facts, JsonPointer pointer, Owner owner, String fieldName) {
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
                Linked element = link(items, pointer.child("items"), owner, fieldName);
                return new TypeRef.ListOf(elementType(element));
            case "object":
                Optional<Schema<?>> values = facts.additionalPropertiesSchema();
                if (values.isPresent()) {
                    Linked value = link(values.get(), pointer.child("additionalProperties"), owner, fieldName);
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
        switch (facts.format().orElse("")) {
            case "date-time":
                return ScalarKind.DATE_TIME;
            case "date":
                return ScalarKind.DATE;
            case "binary":
                return ScalarKind.BINARY;
            default:
                return ScalarKind.STRING;
        }
    }

    private void reportTooManyEnumValues(Schema<?> schema, JsonPointer pointer) {
        if (SchemaFacts.of(schema).tooManyEnumValues()) {
            problems.report(
                    ProblemKind.UNSUPPORTED,
                    pointer.child("enum"),
                    "an enum of " + schema.getEnum().size() + " values is more than one Java enum can hold ("
                            + SchemaFacts.MAX_ENUM_VALUES + ")",
                    "it is typed as its plain type, so any value is accepted; split it, or describe it without enum");
        }
    }

    private EnumModel linkEnum(TypeId id, SchemaFacts facts, JsonPointer pointer) {
        List<Object> values = facts.enumValues();
        EnumModel.WireType wireType = wireType(facts, values.get(0));
        NameScope constants = symbols.enumConstantScope();
        List<EnumModel.EnumConstant> known = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Object value : values) {
            String wire = wireValue(wireType, value);
            if (!seen.add(wire)) {
                continue;
            }
            String text = wireType == EnumModel.WireType.STRING ? String.valueOf(value) : wire;
            known.add(new EnumModel.EnumConstant(symbols.enumConstant(text, constants), wire));
        }
        boolean literal = facts.isConst() || known.size() == 1;
        return new EnumModel(id, docs(facts), wireType, known, literal, pointer);
    }

    private static EnumModel.WireType wireType(SchemaFacts facts, Object sample) {
        Optional<String> type = facts.singleType();
        if (type.isPresent()) {
            switch (type.get()) {
                case "integer":
                    return EnumModel.WireType.INTEGER;
                case "number":
                    return EnumModel.WireType.NUMBER;
                case "boolean":
                    return EnumModel.WireType.BOOLEAN;
                default:
                    return EnumModel.WireType.STRING;
            }
        }
        if (sample instanceof Boolean) {
            return EnumModel.WireType.BOOLEAN;
        }
        if (sample instanceof Integer || sample instanceof Long || sample instanceof java.math.BigInteger) {
            return EnumModel.WireType.INTEGER;
        }
        if (sample instanceof Number) {
            return EnumModel.WireType.NUMBER;
        }
        return EnumModel.WireType.STRING;
    }

    private static String wireValue(EnumModel.WireType wireType, Object value) {
        switch (wireType) {
            case STRING:
                return JsonText.quote(String.valueOf(value));
            case NUMBER:
                // one text per number, so that 2 and 2.0 are one value and 10 is not written 1E+1
                return new BigDecimal(String.valueOf(value)).stripTrailingZeros().toPlainString();
            default:
                return String.valueOf(value);
        }
    }

    private TypeModel linkObject(TypeId id, SchemaFacts facts, JsonPointer pointer, boolean asInterface) {
        Owner owner = asInterface ? Owner.ofInterface(symbols, id, topLevel, componentTypeNames()) : Owner.of(symbols, id, topLevel);
        ObjectParts parts = new ObjectParts(symbols);
        collect(facts, pointer, owner, parts);
        List<Property> properties = parts.properties();
        if (asInterface) {
            TypeId implementation = owner.reservedChild("Impl");
            owner.addNested(new ObjectModel(
                    implementation,
                    Docs.of("A " + id.simpleName() + " with only the fields it declares.", false),
                    properties,
                    List.of(id),
                    Optional.empty(),
                    List.of(),
                    pointer));
            return new InterfaceModel(id, docs(facts), properties, parts.interfaces(), owner.nested(), pointer, implementation);
        }
        Optional<TypeRef> additional = Optional.empty();
        Optional<Schema<?>> additionalSchema = facts.additionalPropertiesSchema();
        if (additionalSchema.isPresent() && !SchemaFacts.of(additionalSchema.get()).types().isEmpty()
                || additionalSchema.isPresent() && SchemaFacts.of(additionalSchema.get()).ref().isPresent()) {
            Linked value = link(additionalSchema.get(), pointer.child("additionalProperties"), owner, "additionalProperty");
            additional = value.nullable() ? Optional.empty() : Optional.of(value.type());
        }
        return new ObjectModel(id, docs(facts), properties, parts.interfaces(), additional, owner.nested(), pointer);
    }

    /** The simple names of the top-level types of component schemas. */
    private Set<String> componentTypeNames() {
        Set<String> names = new HashSet<>();
        componentIds.values().forEach(id -> names.add(id.simpleName()));
        return names;
    }

    private void collect(SchemaFacts facts, JsonPointer pointer, Owner owner, ObjectParts parts) {
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
        parts.name(List.copyOf(facts.properties().keySet()));
        for (Map.Entry<String, Schema<?>> entry : facts.properties().entrySet()) {
            String name = entry.getKey();
            JsonPointer propertyPointer = propertiesPointer.child(name);
            SchemaFacts property = SchemaFacts.of(entry.getValue());
            Linked linked = link(entry.getValue(), propertyPointer, owner, name);
            parts.declare(
                    name,
                    linked,
                    required.contains(name),
                    docs(property),
                    property.defaultValue().map(JsonText::of));
        }
        parts.requireAll(required);
    }

    private void inherit(String ref, JsonPointer pointer, ObjectParts parts) {
        Optional<String> name = componentName(ref);
        if (name.isEmpty() || !components.containsKey(name.get())) {
            linkRef(ref, pointer);
            return;
        }
        Optional<String> aliased = SchemaFacts.of(components.get(name.get())).ref();
        if (aliased.isPresent() && !componentIds.containsKey(name.get()) && inProgress.add(name.get())) {
            // a component that only names another (Base: {$ref: Compact}) passes on what that one has
            try {
                inherit(aliased.get(), pointer, parts);
            } finally {
                inProgress.remove(name.get());
            }
            return;
        }
        Optional<TypeModel> parent = componentIds.containsKey(name.get()) ? linkComponent(name.get()) : Optional.empty();
        if (parent.isPresent() && parent.get() instanceof InterfaceModel parentInterface) {
            parts.inherit(parentInterface);
            return;
        }
        if (parent.isPresent() && parent.get() instanceof ObjectModel parentObject) {
            parts.copy(parentObject);
            return;
        }
        problems.report(
                ProblemKind.UNSUPPORTED,
                pointer,
                "allOf member '" + ref + "' is not an object schema Kiln can merge",
                "its fields are not merged; the values are kept among the additional properties");
    }

    private static boolean isNamedType(SchemaFacts facts) {
        return !facts.enumValues().isEmpty() || isObjectLike(facts) || isUnion(facts);
    }

    /** A oneOf or anyOf with at least two alternatives that are not just null. */
    private static boolean isUnion(SchemaFacts facts) {
        if (!facts.properties().isEmpty()) {
            return false;
        }
        List<Schema<?>> members = !facts.oneOf().isEmpty() ? facts.oneOf() : facts.anyOf();
        return members.stream().filter(member -> !SchemaFacts.of(member).isNullOnly()).count() >= 2;
    }

    private static boolean isObjectLike(SchemaFacts facts) {
        if (!facts.oneOf().isEmpty() || !facts.anyOf().isEmpty()) {
            return false;
        }
        if (!facts.properties().isEmpty()) {
            return true;
        }
        if (!facts.allOf().isEmpty()) {
            return !(facts.substantiveAllOf().size() == 1 && facts.types().isEmpty()) || facts.types().contains("object");
        }
        return facts.types().equals(Set.of("object")) && facts.additionalPropertiesSchema().isEmpty()
                && !Boolean.TRUE.equals(facts.schema().getAdditionalProperties());
    }

    private static Docs docs(SchemaFacts facts) {
        return Docs.of(facts.description().orElse(null), facts.deprecated());
    }

    private static Optional<String> componentName(String ref) {
        if (ref == null || !ref.startsWith(COMPONENTS)) {
            return Optional.empty();
        }
        return Optional.of(JsonPointer.unescape(ref.substring(COMPONENTS.length())));
    }

    /** The fields of an object as they are merged: inherited first, then declared, later ones replacing. */
    private static final class ObjectParts {
        private final Map<String, Property> properties = new LinkedHashMap<>();
        private final Map<String, TypeId> inheritedFrom = new HashMap<>();
        private final List<TypeId> interfaces = new ArrayList<>();
        private final Symbols symbols;
        private final NameScope members;
        private final Map<String, String> javaNames = new HashMap<>();

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
                    members.allocate(property.javaName());
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
                    javaNames.put(property.jsonName(), members.allocate(property.javaName()));
                    properties.put(property.jsonName(), new Property(
                            property.jsonName(), javaNames.get(property.jsonName()), property.type(), property.required(),
                            property.nullable(), property.docs(), property.defaultValue()));
                }
            }
        }

        /** Names the fields about to be declared that no parent declares, all at once (see {@link Symbols#fieldNames}). */
        void name(List<String> jsonNames) {
            List<String> fresh = jsonNames.stream()
                    .filter(name -> !properties.containsKey(name) && !javaNames.containsKey(name))
                    .toList();
            List<String> allocated = symbols.fieldNames(fresh, members);
            for (int i = 0; i < fresh.size(); i++) {
                javaNames.put(fresh.get(i), allocated.get(i));
            }
        }

        void declare(String jsonName, Linked linked, boolean required, Docs docs, Optional<String> defaultValue) {
            Property existing = properties.get(jsonName);
            if (existing != null) {
                Property replacement = new Property(
                        jsonName, existing.javaName(), linked.type(), required || existing.required(),
                        linked.nullable(), docs.summary().isPresent() ? docs : existing.docs(), defaultValue);
                TypeId parent = inheritedFrom.remove(jsonName);
                if (parent != null && !sameShape(existing, replacement)) {
                    interfaces.remove(parent);
                }
                properties.put(jsonName, replacement);
                return;
            }
            String javaName = javaNames.computeIfAbsent(jsonName, name -> symbols.fieldName(name, members));
            properties.put(jsonName, new Property(jsonName, javaName, linked.type(), required, linked.nullable(), docs, defaultValue));
        }

        void requireAll(Set<String> required) {
            for (String name : required) {
                Property property = properties.get(name);
                if (property != null && !property.required() && !inheritedFrom.containsKey(name)) {
                    properties.put(name, new Property(
                            property.jsonName(), property.javaName(), property.type(), true, property.nullable(),
                            property.docs(), property.defaultValue()));
                }
            }
        }

        List<Property> properties() {
            return List.copyOf(properties.values());
        }

        List<TypeId> interfaces() {
            return List.copyOf(interfaces);
        }

        private static boolean sameShape(Property a, Property b) {
            return a.type().equals(b.type()) && a.required() == b.required() && a.nullable() == b.nullable();
        }
    }
}
