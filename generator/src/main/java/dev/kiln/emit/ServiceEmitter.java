package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Parameter;
import dev.kiln.ir.Service;
import dev.kiln.ir.TypeRef;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits a service: the interface users call ({@code EndpointsService}) and its implementation, which builds each
 * request and hands it to the runtime's executor.
 */
final class ServiceEmitter {
    private final SdkLayout layout;
    private final JavaTypes javaTypes;

    ServiceEmitter(SdkLayout layout, JavaTypes javaTypes) {
        this.layout = layout;
        this.javaTypes = javaTypes;
    }

    ClassName interfaceName(Service service) {
        return ClassName.get(layout.services(), service.interfaceName());
    }

    ClassName implementationName(Service service) {
        return ClassName.get(layout.services(), service.interfaceName() + "Impl");
    }

    TypeSpec emitInterface(Service service) {
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(interfaceName(service))
                .addJavadoc(Javadoc.of(service.docs(), "The {@code " + service.accessorName() + "} resource."))
                .addModifiers(Modifier.PUBLIC);
        for (Operation operation : service.operations()) {
            MethodSpec.Builder method = MethodSpec.methodBuilder(operation.methodName())
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addJavadoc(javadoc(operation, true))
                    .returns(returnType(operation))
                    .addParameters(parameters(operation));
            deprecate(method, operation);
            type.addMethod(method.build());
            if (operation.paramsType().isPresent() && operation.paramsOptional()) {
                type.addMethod(withoutParams(operation));
            }
        }
        return type.build();
    }

    TypeSpec emitImplementation(Service service) {
        ClassName executor = layout.core("HttpExecutor");
        TypeSpec.Builder type = TypeSpec.classBuilder(implementationName(service))
                .addJavadoc("Sends the calls of {@link $T} over HTTP.\n", interfaceName(service))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(interfaceName(service))
                .addField(executor, "http", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Creates the service.\n\n@param http the executor that sends requests\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(executor, "http")
                        .addStatement("this.http = http")
                        .build());
        for (Operation operation : service.operations()) {
            MethodSpec.Builder method = MethodSpec.methodBuilder(operation.methodName())
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(returnType(operation))
                    .addParameters(parameters(operation))
                    .addCode(requestCode(operation));
            if (operation.docs().deprecated()) {
                method.addAnnotation(Deprecated.class);
            }
            type.addMethod(method.build());
        }
        return type.build();
    }

    private CodeBlock requestCode(Operation operation) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("// $L $L\n", operation.httpMethod(), operation.path())
                .add("$T request = $T.builder($S, $S)", layout.core("ApiRequest"), layout.core("ApiRequest"),
                        operation.httpMethod(), operation.path())
                .indent();
        for (Parameter parameter : operation.pathParameters()) {
            code.add("\n.pathParam($S, $L)", parameter.wireName(),
                    javaTypes.text(parameter.type(), CodeBlock.of("$N", parameter.javaName())));
        }
        for (Parameter parameter : operation.parameters()) {
            CodeBlock value = CodeBlock.of("params.$N()", parameter.javaName());
            String setter = parameter.location() == Parameter.Location.HEADER ? "header" : "query";
            if (parameter.type() instanceof TypeRef.ListOf list && parameter.location() == Parameter.Location.QUERY) {
                CodeBlock item = javaTypes.text(list.element(), CodeBlock.of("item"));
                CodeBlock values = parameter.required()
                        ? CodeBlock.of("$L.stream().map(item -> $L).toList()", value, item)
                        : CodeBlock.of("$L.orElse($T.of()).stream().map(item -> $L).toList()", value, List.class, item);
                code.add("\n.queryAll($S, $L)", parameter.wireName(), values);
            } else if (parameter.required()) {
                code.add("\n.$L($S, $L)", setter, parameter.wireName(), javaTypes.text(parameter.type(), value));
            } else if (JavaTypes.isString(parameter.type())) {
                code.add("\n.$L($S, $L.orElse(null))", setter, parameter.wireName(), value);
            } else {
                code.add("\n.$L($S, $L.map(value -> $L).orElse(null))", setter, parameter.wireName(), value,
                        javaTypes.text(parameter.type(), CodeBlock.of("value")));
            }
        }
        operation.body().ifPresent(body -> code.add("\n.jsonBody($L)", javaTypes.jsonNode(body.type(), CodeBlock.of("body"))));
        code.add("\n.build();\n").unindent();
        if (operation.response().isPresent()) {
            code.addStatement("return http.execute(request, $L)", javaTypes.codec(operation.response().get()));
        } else {
            code.addStatement("http.executeNoContent(request)");
        }
        return code.build();
    }

    private MethodSpec withoutParams(Operation operation) {
        ClassName params = layout.model(operation.paramsType().orElseThrow());
        List<ParameterSpec> parameters = new ArrayList<>(parameters(operation));
        parameters.removeIf(p -> p.name().equals("params"));
        List<String> arguments = new ArrayList<>();
        for (ParameterSpec parameter : parameters(operation)) {
            arguments.add(parameter.name().equals("params") ? "$T.builder().build()" : parameter.name());
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(operation.methodName())
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .addJavadoc(javadoc(operation, false))
                .returns(returnType(operation))
                .addParameters(parameters);
        deprecate(method, operation);
        CodeBlock call = CodeBlock.of(operation.methodName() + "(" + String.join(", ", arguments) + ")", params);
        if (operation.response().isPresent()) {
            method.addStatement("return $L", call);
        } else {
            method.addStatement("$L", call);
        }
        return method.build();
    }

    private List<ParameterSpec> parameters(Operation operation) {
        List<ParameterSpec> parameters = new ArrayList<>();
        for (Parameter parameter : operation.pathParameters()) {
            parameters.add(ParameterSpec.builder(javaTypes.unboxed(parameter.type()), parameter.javaName()).build());
        }
        operation.paramsType().ifPresent(id -> parameters.add(ParameterSpec.builder(layout.model(id), "params").build()));
        operation.body().ifPresent(body -> parameters.add(ParameterSpec.builder(javaTypes.boxed(body.type()), "body").build()));
        return parameters;
    }

    private TypeName returnType(Operation operation) {
        return operation.response().map(javaTypes::boxed).orElse(TypeName.VOID);
    }

    private CodeBlock javadoc(Operation operation, boolean withParams) {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add(Javadoc.of(operation.docs(), "Calls {@code " + operation.operationId() + "}."))
                .add("\n<p>{@code $L $L}\n", operation.httpMethod(), Javadoc.sanitize(operation.path()));
        for (Parameter parameter : operation.pathParameters()) {
            doc.add("\n@param $N $L", parameter.javaName(),
                    parameter.docs().summary().map(Javadoc::sanitize).orElse("the {@code " + parameter.wireName() + "} path parameter"));
        }
        if (withParams && operation.paramsType().isPresent()) {
            doc.add("\n@param params the query and header parameters");
        }
        operation.body().ifPresent(body -> doc.add("\n@param body $L", body.docs().summary().map(Javadoc::sanitize).orElse("the request body")));
        if (operation.response().isPresent()) {
            doc.add("\n@return the response body");
        }
        doc.add("\n@throws $T when the server answers with a non-2xx status\n", layout.error(layout.clientName() + "ServiceException"));
        if (operation.docs().deprecated()) {
            doc.add("@deprecated the API marks this operation as deprecated\n");
        }
        return doc.build();
    }

    private static void deprecate(MethodSpec.Builder method, Operation operation) {
        if (operation.docs().deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
    }
}
