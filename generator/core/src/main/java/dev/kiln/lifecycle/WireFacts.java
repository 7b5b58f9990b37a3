package dev.kiln.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.link.ComponentRefs;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the spec says about the HTTP exchange that the IR keeps only in part, because the SDK decides it once: every
 * server, every response status with its media types, every request media type, and parameter defaults.
 */
final class WireFacts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenAPI openApi;
    private final ComponentRefs refs;

    WireFacts(OpenAPI openApi) {
        this.openApi = openApi;
        this.refs = new ComponentRefs(openApi);
    }

    /** The servers' URLs, in spec order. */
    List<String> servers() {
        List<Server> servers = openApi.getServers() == null ? List.of() : openApi.getServers();
        return servers.stream().map(Server::getUrl).filter(Objects::nonNull).toList();
    }

    /** The media types a request body may be sent as, in spec order; empty without a body. */
    List<String> requestMediaTypes(String method, String path) {
        return operation(method, path)
                .map(Operation::getRequestBody)
                .map(refs::requestBody)
                .map(RequestBody::getContent)
                .map(WireFacts::mediaTypes)
                .orElse(List.of());
    }

    /** Each declared response status ({@code 200}, {@code 4XX}, {@code default}) with its media types, in spec order. */
    List<ApiSnapshot.ResponseShape> responses(String method, String path) {
        List<ApiSnapshot.ResponseShape> responses = new ArrayList<>();
        operation(method, path)
                .map(Operation::getResponses)
                .ifPresent(all -> all.forEach((status, response) -> {
                    ApiResponse resolved = refs.response(response);
                    Content content = resolved == null ? null : resolved.getContent();
                    responses.add(new ApiSnapshot.ResponseShape(status, mediaTypes(content)));
                }));
        return responses;
    }

    /**
     * The default of one parameter as JSON text.
     *
     * @param location {@code path}, {@code query}, {@code header} or {@code cookie}
     * @return the default, or {@link ApiSnapshot#NONE}
     */
    String parameterDefault(String method, String path, String location, String name) {
        PathItem item = pathItem(path);
        Optional<Operation> operation = operation(method, path);
        List<Parameter> declared = new ArrayList<>();
        // an operation's parameter overrides the path item's of the same name and location, so it is looked at first
        operation.map(Operation::getParameters).ifPresent(declared::addAll);
        if (item != null && item.getParameters() != null) {
            declared.addAll(item.getParameters());
        }
        return declared.stream()
                .map(refs::parameter)
                .filter(Objects::nonNull)
                .filter(parameter -> name.equals(parameter.getName()) && location.equals(parameter.getIn()))
                .findFirst()
                .map(Parameter::getSchema)
                .map(refs::schema)
                .map(schema -> schema.getDefault())
                .map(WireFacts::jsonText)
                .orElse(ApiSnapshot.NONE);
    }

    private PathItem pathItem(String path) {
        return openApi.getPaths() == null ? null : openApi.getPaths().get(path);
    }

    private Optional<Operation> operation(String method, String path) {
        PathItem item = pathItem(path);
        if (item == null) {
            return Optional.empty();
        }
        return item.readOperationsMap().entrySet().stream()
                .filter(entry -> entry.getKey().name().equals(method.toUpperCase(Locale.ROOT)))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private static List<String> mediaTypes(Content content) {
        return content == null ? List.of() : List.copyOf(content.keySet());
    }

    private static String jsonText(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
