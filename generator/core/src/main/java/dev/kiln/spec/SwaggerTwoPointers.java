package dev.kiln.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.problems.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Where an element of a Swagger 2.0 document converted to OpenAPI 3 was written in the 2.0 document, so that a
 * problem found in the converted document is placed at the 2.0 file's own line: {@code #/components/schemas/Pet} was
 * {@code #/definitions/Pet}, a request body was the operation's {@code body} parameter (or, field by field, its
 * {@code formData} parameters), a response's {@code content/<type>/schema} was its {@code schema}, a parameter's
 * {@code schema} was the parameter itself, and a parameter's index counts only the parameters that stayed
 * parameters.
 */
final class SwaggerTwoPointers implements UnaryOperator<JsonPointer> {
    private static final Set<String> BODY_PLACES = Set.of("body", "formData");

    private final JsonNode written;

    /**
     * Translates pointers of the conversion of a document.
     *
     * @param written the Swagger 2.0 document as written
     */
    SwaggerTwoPointers(JsonNode written) {
        this.written = written;
    }

    @Override
    public JsonPointer apply(JsonPointer converted) {
        List<String> tokens = converted.tokens();
        if (tokens.isEmpty()) {
            return converted;
        }
        return switch (tokens.get(0)) {
            case "components" -> component(tokens);
            case "servers" -> JsonPointer.ROOT.child("host");
            case "paths" -> tokens.size() < 3 ? converted : pathItem(tokens);
            default -> converted;
        };
    }

    private JsonPointer component(List<String> tokens) {
        if (tokens.size() < 3) {
            return JsonPointer.ROOT;
        }
        String section = tokens.get(1);
        JsonPointer rest = rest(tokens, 3);
        JsonPointer component = JsonPointer.ROOT;
        return switch (section) {
            case "schemas" -> append(component.child("definitions").child(tokens.get(2)), rest);
            case "securitySchemes" ->
                append(component.child("securityDefinitions").child(tokens.get(2)), rest);
            case "parameters" -> parameter(component.child("parameters").child(tokens.get(2)), rest);
            case "requestBodies" -> body(component.child("parameters").child(tokens.get(2)), rest);
            case "responses" -> response(component.child("responses").child(tokens.get(2)), rest);
            default -> JsonPointer.ROOT;
        };
    }

    /** Below {@code paths/<path>}: the path item's parameters, or an operation. */
    private JsonPointer pathItem(List<String> tokens) {
        JsonPointer item = JsonPointer.ROOT.child("paths").child(tokens.get(1));
        String member = tokens.get(2);
        if (member.equals("parameters")) {
            return parameterInList(item.child("parameters"), rest(tokens, 3));
        }
        JsonPointer operation = item.child(member);
        if (tokens.size() < 4) {
            return operation;
        }
        String part = tokens.get(3);
        JsonPointer rest = rest(tokens, 4);
        return switch (part) {
            case "parameters" -> parameterInList(operation.child("parameters"), rest);
            case "requestBody" -> operationBody(item, operation, rest);
            case "responses" ->
                rest.isRoot()
                        ? operation.child("responses")
                        : response(
                                operation.child("responses").child(rest.tokens().get(0)), rest(rest.tokens(), 1));
            default -> append(operation.child(part), rest);
        };
    }

    /** {@code parameters/<i>/...}: the i-th of the written parameters that are neither body nor form fields. */
    private JsonPointer parameterInList(JsonPointer list, JsonPointer rest) {
        if (rest.isRoot() || !rest.tokens().get(0).matches("\\d{1,9}")) {
            return list;
        }
        int index = Integer.parseInt(rest.tokens().get(0));
        List<Integer> kept = new ArrayList<>();
        JsonNode parameters = at(list);
        for (int i = 0; i < parameters.size(); i++) {
            if (!BODY_PLACES.contains(place(parameters.get(i)))) {
                kept.add(i);
            }
        }
        if (index >= kept.size()) {
            return list;
        }
        return parameter(list.child(kept.get(index)), rest(rest.tokens(), 1));
    }

    /** A converted parameter's {@code schema} was the written parameter itself. */
    private static JsonPointer parameter(JsonPointer parameter, JsonPointer rest) {
        if (!rest.isRoot() && rest.tokens().get(0).equals("schema")) {
            return append(parameter, rest(rest.tokens(), 1));
        }
        return append(parameter, rest);
    }

    /** {@code requestBody/content/<type>/schema/...}: the body parameter, or the form field a property was. */
    private JsonPointer operationBody(JsonPointer item, JsonPointer operation, JsonPointer rest) {
        List<String> tokens = rest.tokens();
        boolean inSchema = tokens.size() >= 3
                && tokens.get(0).equals("content")
                && tokens.get(2).equals("schema");
        List<JsonPointer> candidates = new ArrayList<>();
        for (JsonPointer list : List.of(operation.child("parameters"), item.child("parameters"))) {
            JsonNode parameters = at(list);
            for (int i = 0; i < parameters.size(); i++) {
                String place = place(parameters.get(i));
                if (place.equals("body")) {
                    return inSchema ? append(list.child(i).child("schema"), rest(tokens, 3)) : list.child(i);
                }
                if (place.equals("formData")) {
                    candidates.add(list.child(i));
                }
            }
        }
        if (candidates.isEmpty()) {
            return operation;
        }
        if (inSchema && tokens.size() >= 5 && tokens.get(3).equals("properties")) {
            for (JsonPointer field : candidates) {
                if (tokens.get(4).equals(resolved(at(field)).path("name").asText())) {
                    return parameter(field, rest(tokens, 5));
                }
            }
        }
        return candidates.get(0);
    }

    /** A response's {@code content/<type>/schema} was its {@code schema}; a header's {@code schema} the header. */
    private static JsonPointer response(JsonPointer response, JsonPointer rest) {
        List<String> tokens = rest.tokens();
        if (tokens.size() >= 3
                && tokens.get(0).equals("content")
                && tokens.get(2).equals("schema")) {
            return append(response.child("schema"), rest(tokens, 3));
        }
        if (tokens.size() >= 3
                && tokens.get(0).equals("headers")
                && tokens.get(2).equals("schema")) {
            return append(response.child("headers").child(tokens.get(1)), rest(tokens, 3));
        }
        return append(response, rest);
    }

    private JsonPointer body(JsonPointer parameter, JsonPointer rest) {
        List<String> tokens = rest.tokens();
        if (tokens.size() >= 3
                && tokens.get(0).equals("content")
                && tokens.get(2).equals("schema")) {
            return append(parameter.child("schema"), rest(tokens, 3));
        }
        return parameter;
    }

    /** Where a written parameter goes ({@code query}, {@code body} ...), following a reference to a root one. */
    private String place(JsonNode parameter) {
        return resolved(parameter).path("in").asText();
    }

    private JsonNode resolved(JsonNode parameter) {
        String ref = parameter.path("$ref").asText("");
        if (ref.startsWith("#/")) {
            return at(JsonPointer.parse(ref));
        }
        return parameter;
    }

    private JsonNode at(JsonPointer pointer) {
        JsonNode node = written;
        for (String token : pointer.tokens()) {
            node = node.isArray() && token.matches("\\d{1,9}") ? node.path(Integer.parseInt(token)) : node.path(token);
        }
        return node;
    }

    private static JsonPointer rest(List<String> tokens, int from) {
        return new JsonPointer(tokens.size() <= from ? List.of() : tokens.subList(from, tokens.size()));
    }

    private static JsonPointer append(JsonPointer base, JsonPointer rest) {
        JsonPointer result = base;
        for (String token : rest.tokens()) {
            result = result.child(token);
        }
        return result;
    }
}
