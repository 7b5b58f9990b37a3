package dev.kiln.link;

import dev.kiln.problems.JsonPointer;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;

/**
 * Follows a {@code $ref} to the component it names: a parameter, request body, response or schema of the spec's
 * {@code components}. What is not a {@code $ref} is its own target; a reference to nothing gives null.
 */
final class ComponentRefs {
    private static final int MAX_HOPS = 16;

    private final Components components;

    /**
     * Looks references up in one spec's components.
     *
     * @param openApi the spec
     */
    ComponentRefs(OpenAPI openApi) {
        this.components = openApi.getComponents() != null ? openApi.getComponents() : new Components();
    }

    /** The parameter a parameter {@code $ref} names, or the parameter itself. */
    Parameter parameter(Parameter parameter) {
        return parameter.get$ref() == null ? parameter : lookup(components.getParameters(), parameter.get$ref());
    }

    /** The request body a request body {@code $ref} names, or the body itself. */
    RequestBody requestBody(RequestBody body) {
        return body.get$ref() == null ? body : lookup(components.getRequestBodies(), body.get$ref());
    }

    /** The response a response {@code $ref} names, or the response itself. */
    ApiResponse response(ApiResponse response) {
        return response == null || response.get$ref() == null
                ? response
                : lookup(components.getResponses(), response.get$ref());
    }

    /** The schema a chain of references ends at. */
    Schema<?> schema(Schema<?> schema) {
        Schema<?> current = schema;
        for (int hops = 0; current != null && current.get$ref() != null && hops < MAX_HOPS; hops++) {
            current = lookup(components.getSchemas(), current.get$ref());
        }
        return current;
    }

    private static <T> T lookup(Map<String, T> map, String ref) {
        if (map == null) {
            return null;
        }
        return map.get(JsonPointer.unescape(ref.substring(ref.lastIndexOf('/') + 1)));
    }
}
