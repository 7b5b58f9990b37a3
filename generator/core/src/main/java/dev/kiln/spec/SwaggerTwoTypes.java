package dev.kiln.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import dev.kiln.problems.Suggestions;
import java.util.List;
import java.util.Set;

/**
 * Finds the {@code type}s of a Swagger 2.0 document that name no type (a {@code strng}), before the conversion, which
 * would read such a schema as one of any type and so lose the typo without a word.
 */
final class SwaggerTwoTypes {
    /** Swagger 2.0's types, and JSON Schema's {@code null}, which 2.0 specs in the wild write as Kiln reads it in 3.x. */
    private static final List<String> TYPES =
            List.of("array", "boolean", "file", "integer", "null", "number", "object", "string");

    /** Members whose values are data or belong to something other than a schema. */
    private static final Set<String> NOT_SCHEMAS =
            Set.of("example", "examples", "default", "enum", "securityDefinitions", "x-example");

    private final SpecFile written;
    private final Problems problems;

    SwaggerTwoTypes(SpecFile written, Problems problems) {
        this.written = written;
        this.problems = problems;
    }

    /** Reports every {@code type} of a schema, parameter, header or items that names no type. */
    void check() {
        check(written.tree(), JsonPointer.ROOT);
    }

    private void check(JsonNode node, JsonPointer pointer) {
        if (node.isObject()) {
            JsonNode type = node.get("type");
            if (type != null && type.isTextual() && !TYPES.contains(type.asText())) {
                JsonPointer at = pointer.child("type");
                problems.report(
                        ProblemKind.INVALID_TYPE,
                        at,
                        written.locate(at),
                        "unknown type '" + type.asText() + "'",
                        Suggestions.didYouMean(type.asText(), TYPES, "use one of " + String.join(", ", TYPES)));
            }
            node.properties().forEach(member -> {
                if (!NOT_SCHEMAS.contains(member.getKey()) && !member.getKey().startsWith("x-")) {
                    check(member.getValue(), pointer.child(member.getKey()));
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), pointer.child(i));
            }
        }
    }
}
