package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Parameter;
import dev.kiln.ir.RequestBody;
import dev.kiln.ir.Returns;
import dev.kiln.ir.Service;
import dev.kiln.ir.TypeRef;
import dev.kiln.naming.ReservedNames;
import dev.kiln.runtime.core.ApiRequest;
import dev.kiln.runtime.core.Json;
import dev.kiln.runtime.core.RequestContent;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Emits the class that builds each call's {@code ApiRequest} of a service, shared by its blocking, raw and
 * asynchronous flavours: path, query, header and cookie parameters, and the body in its media type.
 */
final class RequestsEmitter {
    /** The boolean body field that switches an operation between a JSON answer and an event stream. */
    static final String STREAM_FLAG = "stream";

    private final SdkLayout layout;
    private final JavaTypes javaTypes;
    private final TypeIndex index;

    RequestsEmitter(SdkLayout layout, JavaTypes javaTypes, TypeIndex index) {
        this.layout = layout;
        this.javaTypes = javaTypes;
        this.index = index;
    }

    ClassName name(Service service) {
        return layout.names().requests(service);
    }

    TypeSpec emit(Service service, ServiceEmitter calls) {
        TypeSpec.Builder type = TypeSpec.classBuilder(name(service))
                .addJavadoc(ServiceDocs.requests(calls.interfaceName(service, ServiceFlavor.BLOCKING)))
                // package-private, only static methods: no constructor that says nothing
                .addModifiers(Modifier.FINAL);
        for (Operation operation : service.operations()) {
            type.addMethod(request(operation, operation.methodName(), false, calls.parameters(operation, true)));
            if (operation.streaming().isPresent()) {
                type.addMethod(request(
                        operation, operation.streaming().get().methodName(), true, calls.parameters(operation, true)));
            }
        }
        return type.build();
    }

    private MethodSpec request(
            Operation operation, String methodName, boolean streaming, List<ParameterSpec> parameters) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add(
                        "return $T.builder($S, $S)",
                        layout.runtime(ApiRequest.class),
                        operation.httpMethod(),
                        operation.path())
                .indent();
        for (Parameter parameter : operation.pathParameters()) {
            code.add(
                    "\n.pathParam($S, $L)",
                    parameter.wireName(),
                    javaTypes.text(parameter.type(), CodeBlock.of("$N", parameter.name())));
        }
        for (Parameter parameter : operation.parameters()) {
            code.add(parameter(parameter));
        }
        operation.body().ifPresent(body -> code.add("\n$L", body(operation, body, streaming)));
        code.add("\n.build();\n").unindent();
        return MethodSpec.methodBuilder(methodName)
                .addModifiers(Modifier.STATIC)
                .returns(layout.runtime(ApiRequest.class))
                .addParameters(parameters)
                .addCode(code.build())
                .build();
    }

    private CodeBlock parameter(Parameter parameter) {
        CodeBlock value = CodeBlock.of("$N.$N()", ReservedNames.PARAMS_ARGUMENT, parameter.name());
        String setter = parameter.location().name().toLowerCase(Locale.ROOT);
        if (parameter.type() instanceof TypeRef.ListOf list && parameter.location() == Parameter.Location.QUERY) {
            CodeBlock item = javaTypes.text(list.element(), CodeBlock.of("item"));
            if (parameter.listStyle() != Parameter.ListStyle.REPEATED) {
                return joinedList(parameter, list, value);
            }
            CodeBlock values = parameter.required()
                    ? CodeBlock.of("$L.stream().map(item -> $L).toList()", value, item)
                    : CodeBlock.of("$L.orElse($T.of()).stream().map(item -> $L).toList()", value, List.class, item);
            return CodeBlock.of("\n.queryAll($S, $L)", parameter.wireName(), values);
        }
        if (parameter.required()) {
            return CodeBlock.of("\n.$L($S, $L)", setter, parameter.wireName(), javaTypes.text(parameter.type(), value));
        }
        if (JavaTypes.isString(parameter.type())) {
            return CodeBlock.of("\n.$L($S, $L.orElse(null))", setter, parameter.wireName(), value);
        }
        return CodeBlock.of(
                "\n.$L($S, $L.map(value -> $L).orElse(null))",
                setter,
                parameter.wireName(),
                value,
                javaTypes.text(parameter.type(), CodeBlock.of("value")));
    }

    /** A list sent as one query parameter, its values joined ({@code tag=a,b}). */
    private CodeBlock joinedList(Parameter parameter, TypeRef.ListOf list, CodeBlock value) {
        if (parameter.required()) {
            return CodeBlock.of("\n.query($S, $L)", parameter.wireName(), joined(parameter, list, value));
        }
        return CodeBlock.of(
                "\n.query($S, $L.map(list -> $L).orElse(null))",
                parameter.wireName(),
                value,
                joined(parameter, list, CodeBlock.of("list")));
    }

    private CodeBlock joined(Parameter parameter, TypeRef.ListOf list, CodeBlock values) {
        String delimiter = parameter.listStyle().delimiter();
        if (JavaTypes.isString(list.element())) {
            return CodeBlock.of("$T.join($S, $L)", String.class, delimiter, values);
        }
        return CodeBlock.of(
                "$T.join($S, $L.stream().map(item -> $L).toList())",
                String.class,
                delimiter,
                values,
                javaTypes.text(list.element(), CodeBlock.of("item")));
    }

    /** The builder call that sets the body; a multipart body sends the files in it as file parts. */
    private CodeBlock body(Operation operation, RequestBody body, boolean streaming) {
        CodeBlock json = javaTypes.jsonNode(body.type(), CodeBlock.of("$N", ReservedNames.BODY_ARGUMENT));
        switch (body.encoding()) {
            case FORM:
                return CodeBlock.of(".formBody($L)", json);
            case MULTIPART:
                return CodeBlock.of(".multipartBody($L)", json);
            case BINARY:
                return CodeBlock.of(
                        ".content($T.file($N))", layout.runtime(RequestContent.class), ReservedNames.BODY_ARGUMENT);
            default:
                if (hasStreamFlag(operation)) {
                    return CodeBlock.of(
                            ".jsonBody($T.withField($L, $S, $L))",
                            layout.runtime(Json.class),
                            json,
                            STREAM_FLAG,
                            streaming);
                }
                return CodeBlock.of(".jsonBody($L)", json);
        }
    }

    /**
     * Whether the operation answers with JSON or with an event stream depending on a boolean {@code stream} field
     * of its JSON body: the plain method then sends {@code false} and the streaming one {@code true}.
     */
    private boolean hasStreamFlag(Operation operation) {
        if (operation.streaming().isEmpty() || !(operation.returns() instanceof Returns.Json)) {
            return false;
        }
        return operation
                .body()
                .flatMap(body -> index.objectModel(body.type()))
                .map(model -> model.properties().stream()
                        .anyMatch(property -> property.jsonName().equals(STREAM_FLAG)
                                && property.type().equals(TypeRef.scalar(TypeRef.ScalarKind.BOOLEAN))))
                .orElse(false);
    }
}
