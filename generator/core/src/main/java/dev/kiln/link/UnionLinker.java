package dev.kiln.link;

import dev.kiln.ir.EnumModel;
import dev.kiln.ir.InterfaceModel;
import dev.kiln.ir.ObjectModel;
import dev.kiln.ir.Property;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeModel;
import dev.kiln.ir.TypeRef;
import dev.kiln.ir.UnionModel;
import dev.kiln.language.NameScope;
import dev.kiln.language.Symbols;
import dev.kiln.problems.JsonPointer;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links {@code oneOf} and {@code anyOf}: one alternative besides null is that alternative, made nullable; several
 * constants are an enum; several shapes are a union, a sealed interface with a record per variant, each variant
 * picked by the discriminator values its mapping or its own literal property gives it.
 */
final class UnionLinker {
    private final SchemaLinker schemas;
    private final EnumLinker enums;
    private final Symbols symbols;

    UnionLinker(SchemaLinker schemas, EnumLinker enums, Symbols symbols) {
        this.schemas = schemas;
        this.enums = enums;
        this.symbols = symbols;
    }

    /**
     * Links a schema's {@code oneOf} or {@code anyOf}, when it has one.
     *
     * @return the type and whether it admits null; empty when the schema has no alternatives
     */
    Optional<Linked> link(SchemaFacts facts, JsonPointer pointer, Owner owner, String fieldName) {
        List<Schema<?>> members = facts.alternatives();
        if (members.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> nonNull = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (!SchemaFacts.of(members.get(i)).isNullOnly()) {
                nonNull.add(i);
            }
        }
        boolean nullable = facts.nullable() || nonNull.size() < members.size();
        if (nonNull.size() == 1) {
            int index = nonNull.get(0);
            Linked only = schemas.link(
                    members.get(index),
                    pointer.child(facts.alternativesKeyword()).child(index),
                    owner,
                    fieldName);
            return Optional.of(new Linked(only.type(), nullable || only.nullable()));
        }
        TypeId id = owner.childId(fieldName);
        schemas.place(owner, linkType(id, facts, pointer));
        return Optional.of(new Linked(TypeRef.named(id), nullable));
    }

    /** A oneOf or anyOf of several alternatives: an enum when all are constants, otherwise a union. */
    TypeModel linkType(TypeId id, SchemaFacts facts, JsonPointer pointer) {
        List<Schema<?>> alternatives = facts.alternatives().stream()
                .filter(member -> !SchemaFacts.of(member).isNullOnly())
                .toList();
        if (alternatives.stream()
                .allMatch(member -> SchemaFacts.of(member).isConst()
                        && SchemaFacts.of(member).properties().isEmpty())) {
            return enums.linkConstEnum(id, facts, alternatives, pointer);
        }
        return linkUnion(id, facts, pointer);
    }

    /** A oneOf or anyOf of several shapes becomes a sealed interface with a record per variant. */
    private UnionModel linkUnion(TypeId id, SchemaFacts facts, JsonPointer pointer) {
        List<Schema<?>> members = facts.alternatives();
        Owner owner = Owner.of(symbols, id, schemas.topLevel());
        NameScope variantNames = symbols.variantScope(id);
        String unknownName = symbols.unknownVariantName(variantNames);
        Discriminator discriminator = facts.schema().getDiscriminator();
        Optional<String> property = Optional.ofNullable(discriminator)
                .map(Discriminator::getPropertyName)
                .filter(name -> !name.isBlank());
        Map<String, String> mapping =
                discriminator == null || discriminator.getMapping() == null ? Map.of() : discriminator.getMapping();
        List<UnionModel.Variant> variants = new ArrayList<>();
        Set<String> usedTags = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            SchemaFacts member = SchemaFacts.of(members.get(i));
            if (member.isNullOnly()) {
                continue;
            }
            JsonPointer memberPointer =
                    pointer.child(facts.alternativesKeyword()).child(i);
            String label = member.ref()
                    .flatMap(ComponentSchemas::nameOf)
                    .orElse(member.schema().getTitle() != null ? member.schema().getTitle() : "variant " + (i + 1));
            Linked linked = schemas.link(members.get(i), memberPointer, owner, label);
            List<String> tags = tags(member, linked.type(), property, mapping, usedTags);
            // an inline variant with a title is named by it, even when its type was promoted under a longer name
            Optional<String> title = member.ref().isEmpty() && linked.type() instanceof TypeRef.Named
                    ? Optional.ofNullable(member.schema().getTitle())
                    : Optional.empty();
            variants.add(new UnionModel.Variant(
                    symbols.variantName(title, linked.type(), variantNames), linked.type(), tags));
        }
        return new UnionModel(id, facts.docs(), variants, property, owner.nested(), pointer, unknownName);
    }

    /**
     * The discriminator values that pick a variant, none taken twice: those the mapping gives a referenced variant,
     * else the values it declares, else its component's name; for an inline variant, the values it declares.
     */
    private List<String> tags(
            SchemaFacts member,
            TypeRef type,
            Optional<String> property,
            Map<String, String> mapping,
            Set<String> usedTags) {
        List<String> tags = new ArrayList<>();
        List<String> declared = property.map(name -> declaredTags(type, name)).orElse(List.of());
        if (property.isPresent() && member.ref().isPresent()) {
            String ref = member.ref().get();
            String name = ComponentSchemas.nameOf(ref).orElse(ref);
            mapping.forEach((tag, target) -> {
                if ((target.equals(ref) || target.equals(name) || target.endsWith("/" + name)) && usedTags.add(tag)) {
                    tags.add(tag);
                }
            });
            if (tags.isEmpty()) {
                (declared.isEmpty() ? List.of(name) : declared)
                        .stream().filter(usedTags::add).forEach(tags::add);
            }
        } else {
            declared.stream().filter(usedTags::add).forEach(tags::add);
        }
        return tags;
    }

    /**
     * The values a variant declares for its discriminator property: the one value of a literal, or every value of a
     * string enum (an inline variant such as {@code type: {enum: [stdout, stderr]}} is picked by either).
     */
    private List<String> declaredTags(TypeRef type, String property) {
        Optional<TypeModel> model =
                type instanceof TypeRef.Named named ? schemas.linkedType(named.id()) : Optional.empty();
        List<Property> properties = model.isEmpty()
                ? List.of()
                : model.get() instanceof ObjectModel object
                        ? object.properties()
                        : model.get() instanceof InterfaceModel iface ? iface.properties() : List.of();
        for (Property candidate : properties) {
            if (candidate.jsonName().equals(property)
                    && candidate.type() instanceof TypeRef.Named literalId
                    && schemas.linkedType(literalId.id()).orElse(null) instanceof EnumModel e
                    && e.wireType() == EnumModel.WireType.STRING) {
                return e.constants().stream()
                        .map(constant -> constant.wireValue().text())
                        .toList();
            }
        }
        return List.of();
    }
}
