package dev.kiln.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiln.problems.JsonPointer;
import dev.kiln.problems.ProblemKind;
import dev.kiln.problems.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What converting a Swagger 2.0 document to OpenAPI 3 loses or guesses, each kind reported once as a
 * {@code KILN-SWAGGER-2-CONVERSION} warning at its first place in the 2.0 file, with how many places have it:
 *
 * <ul>
 *   <li>{@code formData} parameters become the fields of one form body, which the generated method takes as one
 *       object;
 *   <li>a {@code collectionFormat} OpenAPI 3 has no style for ({@code tsv}, or anything but {@code csv} outside a
 *       query): sent as OpenAPI 3 sends a list there by default;
 *   <li>{@code x-nullable}, a vendor extension, read as {@code nullable: true};
 *   <li>a body of a type that is neither JSON, a form nor text ({@code application/octet-stream}) whose schema is a
 *       plain string, sent as bytes ({@code format: binary}), since Swagger 2.0 has no way to say so.
 * </ul>
 */
final class SwaggerTwoLosses {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");

    private final SpecFile written;
    private final Problems problems;
    private final Map<Loss, List<JsonPointer>> found = new LinkedHashMap<>();

    SwaggerTwoLosses(SpecFile written, Problems problems) {
        this.written = written;
        this.problems = problems;
    }

    /** The kinds of loss, each with what it means for the SDK and what to do. */
    private enum Loss {
        FORM_DATA(
                "formData parameters become the fields of one form body (multipart/form-data when the operation"
                        + " consumes it or sends a file, else application/x-www-form-urlencoded), which the method"
                        + " takes as one object",
                "nothing to do unless the SDK's users need a parameter each; write the operation in OpenAPI 3 for"
                        + " that"),
        COLLECTION_FORMAT(
                "a collectionFormat OpenAPI 3 has no style for (tsv, or anything but csv outside a query) is lost:"
                        + " the list is sent as OpenAPI 3 sends one there by default (a parameter per value in a"
                        + " query, comma-separated in a path or header)",
                "use csv, or multi, ssv or pipes in a query"),
        X_NULLABLE(
                "x-nullable (a vendor extension of Swagger 2.0) is read as nullable: true",
                "nothing to do if that is what the spec means; OpenAPI 3 says it with 'nullable'"),
        BINARY_BODY(
                "a body of a type that is neither JSON, a form nor text (such as application/octet-stream) whose schema"
                        + " is a plain string is sent as bytes (format: binary): the method takes a file",
                "nothing to do if the body is a file or a stream of bytes");

        private final String message;
        private final String hint;

        Loss(String message, String hint) {
            this.message = message;
            this.hint = hint;
        }
    }

    /**
     * Reports what converting the file loses and guesses, and makes the guesses in the converted tree.
     *
     * @param converted the file converted to OpenAPI 3, changed in place
     * @param pointers where an element of the converted tree was written
     */
    void report(JsonNode converted, SwaggerTwoPointers pointers) {
        JsonNode tree = written.tree();
        tree.path("parameters")
                .properties()
                .forEach(entry -> parameter(
                        entry.getValue(), JsonPointer.ROOT.child("parameters").child(entry.getKey())));
        tree.path("paths").properties().forEach(path -> {
            JsonPointer item = JsonPointer.ROOT.child("paths").child(path.getKey());
            parameters(path.getValue().path("parameters"), item.child("parameters"));
            path.getValue().properties().forEach(operation -> {
                if (METHODS.contains(operation.getKey())) {
                    parameters(
                            operation.getValue().path("parameters"),
                            item.child(operation.getKey()).child("parameters"));
                }
            });
        });
        nullable(tree, JsonPointer.ROOT);
        binaryBodies(converted, pointers);
        found.forEach((loss, places) -> problems.report(
                ProblemKind.SWAGGER_2_CONVERSION,
                places.get(0),
                written.locate(places.get(0)),
                loss.message + (places.size() == 1 ? "" : " (" + places.size() + " places; the first is here)"),
                loss.hint));
    }

    /** An operation's or path item's parameters; its form fields are one loss, however many. */
    private void parameters(JsonNode list, JsonPointer pointer) {
        boolean form = false;
        for (int i = 0; i < list.size(); i++) {
            JsonNode parameter = list.get(i);
            parameter(parameter, pointer.child(i));
            if (!form && parameter.path("in").asText().equals("formData")) {
                form = true;
                note(Loss.FORM_DATA, pointer.child(i));
            }
        }
    }

    private void parameter(JsonNode parameter, JsonPointer pointer) {
        String place = parameter.path("in").asText();
        String format = parameter.path("collectionFormat").asText("csv");
        boolean expressible = format.equals("csv")
                || (place.equals("query") && Set.of("multi", "ssv", "pipes").contains(format))
                || (place.equals("formData") && format.equals("multi"));
        if (!expressible) {
            note(Loss.COLLECTION_FORMAT, pointer.child("collectionFormat"));
        }
    }

    private void nullable(JsonNode node, JsonPointer pointer) {
        if (node.isObject()) {
            if (node.has("x-nullable")) {
                note(Loss.X_NULLABLE, pointer.child("x-nullable"));
            }
            node.properties().forEach(entry -> nullable(entry.getValue(), pointer.child(entry.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                nullable(node.get(i), pointer.child(i));
            }
        }
    }

    private void binaryBodies(JsonNode converted, SwaggerTwoPointers pointers) {
        converted
                .path("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation -> operation
                                .getValue()
                                .path("requestBody")
                                .path("content")
                                .properties()
                                .forEach(content -> {
                                    String type = content.getKey().toLowerCase(Locale.ROOT);
                                    JsonNode schema = content.getValue().path("schema");
                                    boolean bytes = !type.contains("json")
                                            && !type.startsWith("text/")
                                            && !type.startsWith("multipart/")
                                            && !type.equals("application/x-www-form-urlencoded");
                                    if (bytes
                                            && schema instanceof ObjectNode plain
                                            && plain.path("type").asText().equals("string")
                                            && !plain.has("format")) {
                                        plain.put("format", "binary");
                                        note(
                                                Loss.BINARY_BODY,
                                                pointers.apply(JsonPointer.ROOT
                                                        .child("paths")
                                                        .child(path.getKey())
                                                        .child(operation.getKey())
                                                        .child("requestBody")));
                                    }
                                })));
    }

    private void note(Loss loss, JsonPointer pointer) {
        found.computeIfAbsent(loss, l -> new ArrayList<>()).add(pointer);
    }
}
