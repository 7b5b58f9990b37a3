package dev.kiln.link;

import dev.kiln.ir.Docs;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one schema says, read the same way whether it was written for OpenAPI 3.0 ({@code type},
 * {@code nullable}) or 3.1 ({@code type: [X, "null"]}, {@code const}).
 */
final class SchemaFacts {
    /** An integer as JSON writes one. */
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");

    static final String NULL_TYPE = "null";

    private final Schema<?> schema;

    private SchemaFacts(Schema<?> schema) {
        this.schema = schema;
    }

    static SchemaFacts of(Schema<?> schema) {
        return new SchemaFacts(schema);
    }

    Schema<?> schema() {
        return schema;
    }

    Optional<String> ref() {
        return Optional.ofNullable(schema.get$ref());
    }

    /** The declared types other than {@code null}, in the order written. */
    Set<String> types() {
        Set<String> types = new LinkedHashSet<>();
        if (schema.getTypes() != null) {
            types.addAll(schema.getTypes());
        }
        if (schema.getType() != null) {
            types.add(schema.getType());
        }
        types.remove(NULL_TYPE);
        return types;
    }

    /** The single non-null type, when exactly one is declared. */
    Optional<String> singleType() {
        Set<String> types = types();
        return types.size() == 1 ? Optional.of(types.iterator().next()) : Optional.empty();
    }

    /**
     * Whether the schema admits {@code null}: 3.0 {@code nullable}, or {@code "null"} among 3.1 types. A 3.1
     * document that still writes {@code nullable: true} (the parser keeps it as an extension there) is taken at its
     * word too, since that is what its authors mean.
     */
    boolean nullable() {
        if (Boolean.TRUE.equals(schema.getNullable())) {
            return true;
        }
        if (schema.getExtensions() != null
                && Boolean.TRUE.equals(schema.getExtensions().get("nullable"))) {
            return true;
        }
        return (schema.getTypes() != null && schema.getTypes().contains(NULL_TYPE))
                || NULL_TYPE.equals(schema.getType());
    }

    /** Whether the schema is only {@code type: null}. */
    boolean isNullOnly() {
        return types().isEmpty() && nullable() && !hasStructure();
    }

    Optional<String> format() {
        return Optional.ofNullable(schema.getFormat());
    }

    @SuppressWarnings("unchecked")
    Map<String, Schema<?>> properties() {
        Map<String, ? extends Schema<?>> properties =
                (Map<String, ? extends Schema<?>>) (Map<?, ?>) schema.getProperties();
        return properties == null ? Map.of() : (Map<String, Schema<?>>) properties;
    }

    Set<String> required() {
        return schema.getRequired() == null ? Set.of() : new LinkedHashSet<>(schema.getRequired());
    }

    List<Schema<?>> allOf() {
        return list(schema.getAllOf());
    }

    List<Schema<?>> oneOf() {
        return list(schema.getOneOf());
    }

    List<Schema<?>> anyOf() {
        return list(schema.getAnyOf());
    }

    Optional<Schema<?>> items() {
        return Optional.ofNullable(schema.getItems());
    }

    /** {@code additionalProperties} as a schema, when it is one. */
    Optional<Schema<?>> additionalPropertiesSchema() {
        Object additional = schema.getAdditionalProperties();
        return additional instanceof Schema<?> s ? Optional.of(s) : Optional.empty();
    }

    /** Whether the schema's {@code enum} has more values than {@link #MAX_ENUM_VALUES}. */
    boolean tooManyEnumValues() {
        return schema.getConst() == null
                && schema.getEnum() != null
                && schema.getEnum().size() > MAX_ENUM_VALUES;
    }

    /**
     * The most values a schema's {@code enum} may have to become a Java enum: every constant costs its class's static
     * initialiser some 25 bytes, and javac refuses an initialiser past 64 KB, near 2,600 constants.
     */
    static final int MAX_ENUM_VALUES = 2_000;

    /**
     * The allowed values: {@code const} as one value, else {@code enum}, without {@code null}.
     *
     * @return the values, empty when the schema is not an enum or has more values than a Java enum can hold
     */
    List<Object> enumValues() {
        if (schema.getConst() != null) {
            return List.of(schema.getConst());
        }
        if (schema.getEnum() == null || tooManyEnumValues()) {
            return List.of();
        }
        List<Object> values = new ArrayList<>();
        for (Object value : schema.getEnum()) {
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    boolean isConst() {
        return schema.getConst() != null;
    }

    boolean enumAdmitsNull() {
        return schema.getEnum() != null && schema.getEnum().contains(null);
    }

    Optional<String> description() {
        if (schema.getDescription() != null && !schema.getDescription().isBlank()) {
            return Optional.of(schema.getDescription());
        }
        // allOf: [{$ref: X}, {type: string, description: ...}] documents the field in its inline part
        for (Schema<?> member : allOf()) {
            SchemaFacts facts = of(member);
            if ((facts.isAnnotationOnly() || facts.isScalarNarrowing())
                    && member.getDescription() != null
                    && !member.getDescription().isBlank()) {
                return Optional.of(member.getDescription());
            }
        }
        return Optional.ofNullable(schema.getTitle());
    }

    boolean deprecated() {
        return Boolean.TRUE.equals(schema.getDeprecated());
    }

    /**
     * The schema's default. A default written as a string where the schema's one type is an integer or a boolean,
     * and which reads as one ({@code default: "8"}, {@code default: "true"}), is that value, as swagger-parser has
     * always read it (it types OpenAPI 3.0 schemas, and its 3.1 dereferencer, which Kiln no longer runs, cast these
     * two); any other string ({@code "auto"}, which that cast made {@code false}) is kept as written, and so is a
     * number's, as Kiln's 3.1 SDKs documented it.
     */
    Optional<Object> defaultValue() {
        Object value = schema.getDefault();
        if (!(value instanceof String text)) {
            return Optional.ofNullable(value);
        }
        String type = singleType().orElse("");
        if (type.equals("integer") && INTEGER.matcher(text).matches()) {
            return Optional.of(new BigInteger(text));
        }
        if (type.equals("boolean") && (text.equals("true") || text.equals("false"))) {
            return Optional.of(Boolean.valueOf(text));
        }
        return Optional.of(text);
    }

    /** Whether the schema declares an object's shape: properties or a composition. */
    boolean hasStructure() {
        return !properties().isEmpty() || !allOf().isEmpty() || !oneOf().isEmpty() || !anyOf().isEmpty();
    }

    /**
     * Whether the schema only annotates: no reference, type, shape or values, just words such as
     * {@code nullable}, {@code description} or {@code default}. An {@code allOf} member like that adds nothing to
     * the type of the others ({@code allOf: [{$ref: X}, {nullable: true}]} is a nullable X).
     */
    boolean isAnnotationOnly() {
        return ref().isEmpty()
                && types().isEmpty()
                && !hasStructure()
                && enumValues().isEmpty()
                && items().isEmpty()
                && schema.getAdditionalProperties() == null
                && schema.getConst() == null;
    }

    /**
     * Whether the schema only narrows a scalar: an inline {@code type: string} (or integer, number, boolean) with
     * words and limits such as {@code description}, {@code format}, {@code maxLength} or {@code pattern}, and no
     * reference, shape or values. Beside a reference in an {@code allOf} it adds no type of its own
     * ({@code allOf: [{$ref: UserId}, {type: string, description: ...}]} is a {@code UserId} with its own words).
     */
    boolean isScalarNarrowing() {
        Set<String> types = types();
        return ref().isEmpty()
                && !types.isEmpty()
                && SCALAR_TYPES.containsAll(types)
                && !hasStructure()
                && enumValues().isEmpty()
                && items().isEmpty()
                && schema.getAdditionalProperties() == null
                && schema.getConst() == null;
    }

    private static final Set<String> SCALAR_TYPES = Set.of("string", "integer", "number", "boolean");

    /**
     * The {@code allOf} members that give the value its type: those that are more than annotations, less the ones
     * that only narrow a scalar when another member gives the type (when none does, the first of them).
     */
    List<Schema<?>> substantiveAllOf() {
        List<Schema<?>> substantive = allOf().stream()
                .filter(member -> !of(member).isAnnotationOnly())
                .toList();
        List<Schema<?>> typing = substantive.stream()
                .filter(member -> !of(member).isScalarNarrowing())
                .toList();
        if (!typing.isEmpty() || substantive.isEmpty()) {
            return typing;
        }
        return List.of(substantive.get(0));
    }

    /** Whether an {@code allOf} member that only annotates or narrows, not types, makes the whole nullable. */
    boolean allOfAnnotatesNull() {
        List<Schema<?>> typing = substantiveAllOf();
        return allOf().stream()
                .filter(member -> typing.stream().noneMatch(typed -> typed == member))
                .anyMatch(member -> of(member).nullable());
    }

    /** The schema's description (else its title) and deprecation, as the generated type or field documents them. */
    Docs docs() {
        return Docs.of(description().orElse(null), deprecated());
    }

    /** The alternatives of a {@code oneOf}, else of an {@code anyOf}; empty when it has neither. */
    List<Schema<?>> alternatives() {
        return !oneOf().isEmpty() ? oneOf() : anyOf();
    }

    /** The keyword {@link #alternatives} are written under: {@code oneOf} or {@code anyOf}. */
    String alternativesKeyword() {
        return !oneOf().isEmpty() ? "oneOf" : "anyOf";
    }

    /** Whether a component schema of this shape becomes a type of its own: an enum, an object or a union. */
    boolean isNamedType() {
        return !enumValues().isEmpty() || isObjectLike() || isUnion();
    }

    /** A oneOf or anyOf with at least two alternatives that are not just null, and no properties beside them. */
    boolean isUnion() {
        if (!properties().isEmpty()) {
            return false;
        }
        return alternatives().stream()
                        .filter(member -> !of(member).isNullOnly())
                        .count()
                >= 2;
    }

    /**
     * Whether the schema is an object with fields: properties, an {@code allOf} of more than one part, or a bare
     * {@code type: object} with no map values.
     */
    boolean isObjectLike() {
        if (!oneOf().isEmpty() || !anyOf().isEmpty()) {
            return false;
        }
        if (!properties().isEmpty()) {
            return true;
        }
        if (!allOf().isEmpty()) {
            // a typed schema's allOf narrows that type: only an object's parts are fields
            return types().isEmpty() ? substantiveAllOf().size() != 1 : types().contains("object");
        }
        return types().equals(Set.of("object"))
                && additionalPropertiesSchema().isEmpty()
                && !Boolean.TRUE.equals(schema.getAdditionalProperties());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Schema<?>> list(List schemas) {
        return schemas == null ? List.of() : (List<Schema<?>>) schemas;
    }
}
