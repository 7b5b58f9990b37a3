package dev.kiln.ir;

import dev.kiln.problems.JsonPointer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One call of a service.
 *
 * @param operationId the spec's operation id (or one Kiln made up from method and path)
 * @param methodName the method's name
 * @param httpMethod {@code GET}, {@code POST} ...
 * @param path the path template relative to the base URL, such as {@code /endpoints/{endpointId}}
 * @param docs summary, description and deprecation
 * @param pathParameters path parameters in template order
 * @param parameters query, header and cookie parameters, in spec order
 * @param paramsType the type holding the query, header and cookie parameters, when there are any
 * @param paramsNested inline types of those parameters, nested in the params type
 * @param body the request body, when there is one
 * @param requestMediaTypes every media type the spec accepts a request body as, in spec order, those Kiln does not
 *     send included; empty when the operation takes no body
 * @param returns what the first 2xx response gives back
 * @param responses every response the spec declares, in spec order
 * @param streaming the typed event stream the operation can answer with, as a second method
 * @param pagination how the operation pages its list, when it does: a third method returns its pages
 * @param extensions the operation's spec extensions ({@code x-kiln-pagination} ...) by name, in spec order, each
 *     value as text: a string as its characters, any other value as JSON text
 * @param pointer where the operation is in the spec
 * @param examples the example answers the spec gives for its JSON responses, in spec order
 */
public record Operation(
        String operationId,
        String methodName,
        String httpMethod,
        String path,
        Docs docs,
        List<Parameter> pathParameters,
        List<Parameter> parameters,
        Optional<TypeId> paramsType,
        List<TypeModel> paramsNested,
        Optional<RequestBody> body,
        List<String> requestMediaTypes,
        Returns returns,
        List<Response> responses,
        Optional<Streaming> streaming,
        Optional<Pagination> pagination,
        Map<String, String> extensions,
        JsonPointer pointer,
        List<ResponseExample> examples) {
    public Operation {
        pathParameters = List.copyOf(pathParameters);
        parameters = List.copyOf(parameters);
        paramsNested = List.copyOf(paramsNested);
        requestMediaTypes = List.copyOf(requestMediaTypes);
        responses = List.copyOf(responses);
        extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
        examples = List.copyOf(examples);
    }

    /**
     * Returns this operation with the example answers the spec gives.
     *
     * @param given the examples
     * @return the operation
     */
    public Operation withExamples(List<ResponseExample> given) {
        return new Operation(
                operationId,
                methodName,
                httpMethod,
                path,
                docs,
                pathParameters,
                parameters,
                paramsType,
                paramsNested,
                body,
                requestMediaTypes,
                returns,
                responses,
                streaming,
                pagination,
                extensions,
                pointer,
                given);
    }

    /**
     * Returns this operation paged in a style.
     *
     * @param style how it pages
     * @return the operation
     */
    public Operation withPagination(Pagination style) {
        return new Operation(
                operationId,
                methodName,
                httpMethod,
                path,
                docs,
                pathParameters,
                parameters,
                paramsType,
                paramsNested,
                body,
                requestMediaTypes,
                returns,
                responses,
                streaming,
                Optional.of(style),
                extensions,
                pointer,
                examples);
    }

    /**
     * Returns this operation with every type it uses retyped, such as inline types that became one shared type.
     *
     * @param retype the new type of each type the operation refers to
     * @param renest the new inline types of its parameters
     * @return the operation
     */
    public Operation withTypes(UnaryOperator<TypeRef> retype, UnaryOperator<List<TypeModel>> renest) {
        return new Operation(
                operationId,
                methodName,
                httpMethod,
                path,
                docs,
                pathParameters.stream()
                        .map(p -> p.withType(retype.apply(p.type())))
                        .toList(),
                parameters.stream().map(p -> p.withType(retype.apply(p.type()))).toList(),
                paramsType,
                renest.apply(paramsNested),
                body.map(b -> new RequestBody(retype.apply(b.type()), b.required(), b.docs(), b.encoding())),
                requestMediaTypes,
                returns instanceof Returns.Json json ? new Returns.Json(retype.apply(json.type())) : returns,
                responses,
                streaming.map(s ->
                        new Streaming(s.methodName(), s.publisherMethodName(), retype.apply(s.event()), s.envelope())),
                pagination.map(p -> p.withItem(retype.apply(p.item()))),
                extensions,
                pointer,
                examples);
    }

    /** The type of the JSON response body, when the call returns JSON. */
    public Optional<TypeRef> response() {
        return returns instanceof Returns.Json json ? Optional.of(json.type()) : Optional.empty();
    }

    /** Tells whether every query and header parameter may be left out, so the params argument is optional. */
    public boolean paramsOptional() {
        return parameters.stream().noneMatch(Parameter::required);
    }
}
