package dev.kiln.link;

import dev.kiln.ir.Response;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an operation of the spec says about its HTTP exchange as written, for the IR to carry whether or not the SDK
 * uses it: every request media type, every response with its media types and headers, its extensions, and the
 * defaults of its parameters.
 */
final class OperationFacts {
    private final ComponentRefs refs;

    OperationFacts(ComponentRefs refs) {
        this.refs = refs;
    }

    /** The media types a request body may be sent as, in spec order; empty without a body. */
    List<String> requestMediaTypes(Operation operation) {
        RequestBody body = operation.getRequestBody() == null ? null : refs.requestBody(operation.getRequestBody());
        return body == null ? List.of() : mediaTypes(body.getContent());
    }

    /** Each declared response ({@code 200}, {@code 4XX}, {@code default}) with its media types, in spec order. */
    List<Response> responses(Operation operation) {
        List<Response> responses = new ArrayList<>();
        if (operation.getResponses() != null) {
            operation.getResponses().forEach((status, declared) -> {
                ApiResponse response = refs.response(declared);
                responses.add(new Response(
                        status,
                        response == null ? List.of() : mediaTypes(response.getContent()),
                        response == null || response.getHeaders() == null
                                ? List.of()
                                : List.copyOf(response.getHeaders().keySet())));
            });
        }
        return responses;
    }

    /** The operation's extensions, each value as text: a string as its characters, any other value as JSON text. */
    static Map<String, String> extensions(Operation operation) {
        Map<String, String> extensions = new LinkedHashMap<>();
        if (operation.getExtensions() != null) {
            operation.getExtensions().forEach((name, value) -> {
                if (value != null) {
                    extensions.put(name, value instanceof String text ? text : JsonText.of(value));
                }
            });
        }
        return extensions;
    }

    /** The default of a parameter's schema (or of the schema it references), as JSON text. */
    Optional<String> defaultValue(Parameter parameter) {
        Schema<?> schema = parameter.getSchema() == null ? null : refs.schema(parameter.getSchema());
        return schema == null
                ? Optional.empty()
                : SchemaFacts.of(schema).defaultValue().map(JsonText::of);
    }

    private static List<String> mediaTypes(Content content) {
        return content == null ? List.of() : List.copyOf(content.keySet());
    }
}
