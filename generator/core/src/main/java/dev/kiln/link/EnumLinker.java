package dev.kiln.link;

import dev.kiln.ir.EnumModel;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.WireValue;
import dev.kiln.language.NameScope;
import dev.kiln.language.Symbols;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links the schemas that list their values: an {@code enum} (or a {@code const}) becomes an open enum, or a literal
 * when it has one value; a {@code oneOf} of constants, each perhaps titled, becomes one open enum.
 */
final class EnumLinker {
    private final Symbols symbols;
    private final Problems problems;
    private final NameOverrideUse names;

    EnumLinker(Symbols symbols, Problems problems, NameOverrideUse names) {
        this.symbols = symbols;
        this.problems = problems;
        this.names = names;
    }

    /** An {@code enum} or {@code const}; the schema has at least one value. */
    EnumModel linkEnum(TypeId id, SchemaFacts facts, JsonPointer pointer) {
        List<Object> values = facts.enumValues();
        EnumModel.WireType wireType = wireType(facts, values.get(0));
        List<String> noTitles = new ArrayList<>();
        values.forEach(value -> noTitles.add(null));
        List<EnumModel.EnumConstant> known = constants(id, wireType, values, noTitles, facts, pointer);
        boolean literal = facts.isConst() || known.size() == 1;
        return new EnumModel(id, facts.docs(), wireType, known, literal, pointer);
    }

    /** A oneOf of constants (3.1's way of writing a documented enum): each constant is named by its title, if any. */
    EnumModel linkConstEnum(TypeId id, SchemaFacts facts, List<Schema<?>> alternatives, JsonPointer pointer) {
        EnumModel.WireType wireType = wireType(
                SchemaFacts.of(alternatives.get(0)), alternatives.get(0).getConst());
        List<Object> values = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (Schema<?> alternative : alternatives) {
            values.add(alternative.getConst());
            titles.add(alternative.getTitle());
        }
        return new EnumModel(
                id, facts.docs(), wireType, constants(id, wireType, values, titles, facts, pointer), false, pointer);
    }

    /** Reports an {@code enum} too long to become a Java enum; such a schema is typed as its plain type. */
    void reportTooManyValues(Schema<?> schema, JsonPointer pointer) {
        if (SchemaFacts.of(schema).tooManyEnumValues()) {
            problems.report(
                    ProblemKind.UNSUPPORTED,
                    pointer.child("enum"),
                    "an enum of " + schema.getEnum().size() + " values is more than one Java enum can hold ("
                            + SchemaFacts.MAX_ENUM_VALUES + ")",
                    "it is typed as its plain type, so any value is accepted; split it, or describe it without enum");
        }
    }

    /**
     * One constant per distinct wire value, in spec order, named as the user names it (a {@code enum:} setting, or the
     * schema's {@code x-kiln-enum-names}), else by its title when it has one, else by its value. The names a user gave
     * are taken first, so a name Kiln makes gives way to them.
     */
    private List<EnumModel.EnumConstant> constants(
            TypeId id,
            EnumModel.WireType wireType,
            List<Object> values,
            List<String> titles,
            SchemaFacts facts,
            JsonPointer pointer) {
        NameScope scope = symbols.enumConstantScope(id);
        Optional<String> schemaName = pointer.componentSchemaName();
        Object extension = facts.schema().getExtensions() == null
                ? null
                : facts.schema().getExtensions().get(NameOverrides.ENUM_EXTENSION);
        Map<?, ?> fromSpec = extension instanceof Map<?, ?> map ? map : Map.of();
        List<WireValue> wires = new ArrayList<>();
        Map<WireValue, String> given = new HashMap<>();
        Set<WireValue> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            Optional<WireValue> wire = WireValue.of(wireType, values.get(i));
            if (wire.isEmpty() || !seen.add(wire.get())) {
                wires.add(null);
                continue;
            }
            wires.add(wire.get());
            String text = wire.get().text();
            Object specName = fromSpec.get(text);
            Optional<String> name = schemaName.isPresent()
                    ? names.name(
                            NameOverrides.Kind.ENUM,
                            schemaName.get() + "." + text,
                            specName instanceof String s ? Optional.of(s) : Optional.empty())
                    : specName instanceof String s ? Optional.of(s) : Optional.<String>empty();
            name.ifPresent(constant -> {
                String allocated = symbols.enumConstant(constant, scope);
                if (!allocated.equals(symbols.enumConstant(constant, symbols.enumConstantScope(id)))) {
                    problems.report(
                            ProblemKind.NAME_COLLISION,
                            pointer.child("enum"),
                            "the name '" + constant + "' given to the enum value " + text + " is another constant's",
                            "give one of them another name");
                }
                given.put(wire.get(), allocated);
            });
        }
        List<EnumModel.EnumConstant> constants = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            WireValue wire = wires.get(i);
            if (wire == null) {
                continue;
            }
            String title = titles.get(i);
            String text = title != null && !title.isBlank() ? title : wire.text();
            String javaName = given.containsKey(wire) ? given.get(wire) : symbols.enumConstant(text, scope);
            constants.add(new EnumModel.EnumConstant(javaName, wire));
        }
        return constants;
    }

    private static EnumModel.WireType wireType(SchemaFacts facts, Object sample) {
        Optional<String> type = facts.singleType();
        if (type.isPresent()) {
            return switch (type.get()) {
                case "integer" -> EnumModel.WireType.INTEGER;
                case "number" -> EnumModel.WireType.NUMBER;
                case "boolean" -> EnumModel.WireType.BOOLEAN;
                default -> EnumModel.WireType.STRING;
            };
        }
        if (sample instanceof Boolean) {
            return EnumModel.WireType.BOOLEAN;
        }
        if (sample instanceof Integer || sample instanceof Long || sample instanceof BigInteger) {
            return EnumModel.WireType.INTEGER;
        }
        if (sample instanceof Number) {
            return EnumModel.WireType.NUMBER;
        }
        return EnumModel.WireType.STRING;
    }
}
