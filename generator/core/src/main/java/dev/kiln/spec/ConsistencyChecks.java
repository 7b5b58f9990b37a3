package dev.kiln.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import dev.kiln.problems.Suggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks on the bundled document that swagger-parser lets through and that would otherwise give a wrong SDK in
 * silence: two operations with one operationId, component schemas that are only references to each other, a
 * discriminator naming a property its variants lack or mapping a value to no schema, a numeric enum with a word
 * among its values.
 */
final class ConsistencyChecks {
    private static final String SCHEMAS = "#/components/schemas/";
    private static final List<String> METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final int MAX_DEPTH = 64;

    private final ObjectNode bundle;
    private final Problems problems;
    private final JsonNode schemas;

    ConsistencyChecks(ObjectNode bundle, Problems problems) {
        this.bundle = bundle;
        this.problems = problems;
        this.schemas = bundle.path("components").path("schemas");
    }

    /** Reports every problem found; errors stop generation when the caller asks. */
    void check() {
        operationIds();
        referenceOnlyCycles();
        discriminators();
        enumValueTypes(bundle, new ArrayList<>());
    }

    private void operationIds() {
        Map<String, JsonPointer> first = new LinkedHashMap<>();
        bundle.path("paths").properties().forEach(path -> {
            for (String method : METHODS) {
                JsonNode id = path.getValue().path(method).path("operationId");
                if (!id.isTextual()) {
                    continue;
                }
                JsonPointer pointer = JsonPointer.ROOT
                        .child("paths")
                        .child(path.getKey())
                        .child(method)
                        .child("operationId");
                JsonPointer earlier = first.putIfAbsent(id.asText(), pointer);
                if (earlier != null) {
                    problems.report(
                            ProblemKind.DUPLICATE_OPERATION_ID,
                            pointer,
                            "the operationId '" + id.asText() + "' is already used at " + earlier,
                            "give each operation its own operationId: it becomes the operation's Java method");
                }
            }
        });
    }

    /** Schemas that are only a {@code $ref} to each other, round and round, describe nothing. */
    private void referenceOnlyCycles() {
        Set<String> reported = new HashSet<>();
        schemas.fieldNames().forEachRemaining(start -> {
            List<String> chain = new ArrayList<>();
            String name = start;
            while (name != null && !chain.contains(name)) {
                chain.add(name);
                name = referencedSchema(schemas.path(name)).orElse(null);
            }
            if (name != null && name.equals(start) && chain.stream().noneMatch(reported::contains)) {
                reported.addAll(chain);
                problems.report(
                        ProblemKind.REF_CYCLE,
                        JsonPointer.componentSchema(start).child("$ref"),
                        "'" + JsonPointer.componentSchema(start) + "' leads back to itself through references only ("
                                + String.join(" -> ", chain) + " -> " + start + ")",
                        "a $ref must end at a schema written out; break the cycle");
            }
        });
    }

    /** The component schema a schema that is nothing but a local {@code $ref} names. */
    private static Optional<String> referencedSchema(JsonNode schema) {
        JsonNode ref = schema.path("$ref");
        if (schema.size() != 1 || !ref.isTextual() || !ref.asText().startsWith(SCHEMAS)) {
            return Optional.empty();
        }
        return Optional.of(JsonPointer.unescape(ref.asText().substring(SCHEMAS.length())));
    }

    private void discriminators() {
        schemas.properties().forEach(entry -> {
            JsonNode discriminator = entry.getValue().path("discriminator");
            if (!discriminator.isObject()) {
                return;
            }
            JsonPointer at = JsonPointer.componentSchema(entry.getKey()).child("discriminator");
            mapping(discriminator.path("mapping"), at.child("mapping"));
            JsonNode property = discriminator.path("propertyName");
            if (property.isTextual()) {
                propertyName(entry.getKey(), entry.getValue(), property.asText(), at.child("propertyName"));
            }
        });
    }

    private void mapping(JsonNode mapping, JsonPointer at) {
        mapping.properties().forEach(value -> {
            String target = value.getValue().asText();
            String name = target.startsWith(SCHEMAS)
                    ? JsonPointer.unescape(target.substring(SCHEMAS.length()))
                    : target.contains("/") || target.contains("#") ? null : target;
            if (name != null && !schemas.has(name)) {
                List<String> known = new ArrayList<>();
                schemas.fieldNames().forEachRemaining(known::add);
                problems.report(
                        ProblemKind.UNRESOLVED_REF,
                        at.child(value.getKey()),
                        "the discriminator value '" + value.getKey() + "' maps to '" + target
                                + "', which is not a schema",
                        Suggestions.didYouMean(name, known, "no schema of that name is defined in components/schemas"));
            }
        });
    }

    private void propertyName(String union, JsonNode schema, String property, JsonPointer at) {
        List<String> variants = new ArrayList<>();
        for (String keyword : List.of("oneOf", "anyOf")) {
            for (JsonNode variant : schema.path(keyword)) {
                referencedSchema(variant).ifPresent(variants::add);
            }
        }
        if (variants.isEmpty()) {
            variants.add(union);
        }
        for (String variant : variants) {
            Set<String> declared = new LinkedHashSet<>();
            if (!collectProperties(schemas.path(variant), declared, new HashSet<>(), 0)) {
                continue;
            }
            if (!declared.contains(property)) {
                problems.report(
                        ProblemKind.BAD_DISCRIMINATOR,
                        at,
                        "the discriminator property '" + property + "' is not a property of '" + variant + "'",
                        Suggestions.closest(property, declared)
                                        .map(name -> "did you mean '" + name + "'? ")
                                        .orElse("") + "every variant must declare the property propertyName names");
                return;
            }
        }
    }

    /**
     * Gathers the properties a schema declares, itself and through {@code allOf}.
     *
     * @return false when some part of the schema cannot be seen from here (a reference elsewhere), so nothing can be
     *     said
     */
    private boolean collectProperties(JsonNode schema, Set<String> declared, Set<String> seen, int depth) {
        if (!schema.isObject() || depth > MAX_DEPTH) {
            return false;
        }
        JsonNode ref = schema.path("$ref");
        if (ref.isTextual()) {
            if (!ref.asText().startsWith(SCHEMAS)) {
                return false;
            }
            String name = JsonPointer.unescape(ref.asText().substring(SCHEMAS.length()));
            return !seen.add(name) || collectProperties(schemas.path(name), declared, seen, depth + 1);
        }
        schema.path("properties").fieldNames().forEachRemaining(declared::add);
        boolean visible = true;
        for (String keyword : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode part : schema.path(keyword)) {
                visible &= collectProperties(part, declared, seen, depth + 1);
            }
        }
        return visible;
    }

    /**
     * A value of an {@code integer}, {@code number} or {@code boolean} enum (or {@code const}) that is no value of
     * that type (a word, {@code 1.5} for an integer, {@code "yes"} for a boolean) can be neither sent nor read as one.
     */
    private void enumValueType(JsonNode schema, JsonNode value, Supplier<JsonPointer> at) {
        String type = schema.path("type").asText();
        boolean fits = switch (type) {
            case "integer" -> value.isIntegralNumber() || value.isNumber() && isWhole(value);
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
        if (!fits && !value.isNull()) {
            String kind = type.equals("integer") ? "an integer" : type.equals("number") ? "a number" : "a boolean";
            problems.report(
                    ProblemKind.INVALID_ENUM,
                    at.get(),
                    "the value '" + value.asText() + "' of an enum of type " + type + " is not " + kind,
                    "make every value " + kind + ", or change the enum's type");
        }
    }

    private static boolean isWhole(JsonNode number) {
        return number.decimalValue().stripTrailingZeros().scale() <= 0;
    }

    /**
     * Checks the enums and consts of every object under {@code node}, whose place in the bundle is {@code at} (member
     * names and indexes): a pointer is made only for a value reported, not for every element walked.
     */
    private void enumValueTypes(JsonNode node, List<Object> at) {
        if (at.size() > MAX_DEPTH * 4) {
            return;
        }
        if (node.isObject()) {
            JsonNode values = node.path("enum");
            for (int i = 0; values.isArray() && i < values.size(); i++) {
                int index = i;
                enumValueType(node, values.get(i), () -> pointer(at, "enum", index));
            }
            if (node.has("const")) {
                enumValueType(node, node.get("const"), () -> pointer(at, "const"));
            }
            node.properties().forEach(child -> {
                at.add(child.getKey());
                enumValueTypes(child.getValue(), at);
                at.remove(at.size() - 1);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                at.add(i);
                enumValueTypes(node.get(i), at);
                at.remove(at.size() - 1);
            }
        }
    }

    /** The pointer of a place the walk is at, and the tokens below it. */
    private static JsonPointer pointer(List<Object> at, Object... below) {
        List<String> tokens = new ArrayList<>(at.size() + below.length);
        at.forEach(token -> tokens.add(token.toString()));
        for (Object token : below) {
            tokens.add(token.toString());
        }
        return new JsonPointer(tokens);
    }
}
