package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Parameter;
import dev.kiln.ir.Service;
import dev.kiln.ir.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * Emits a service in its three flavours: blocking ({@code EndpointsService}), raw responses
 * ({@code EndpointsService.WithRawResponse}) and asynchronous ({@code EndpointsServiceAsync}), their
 * implementations, and the one class that builds each operation's request for all of them.
 */
final class ServiceEmitter {
    /** How a call returns its result. */
    enum Flavor {
        BLOCKING,
        RAW,
        ASYNC
    }

    private static final String OPTIONS = "requestOptions";

    private final SdkLayout layout;
    private final JavaTypes javaTypes;
    private final TypeIndex index;

    ServiceEmitter(SdkLayout layout, JavaTypes javaTypes, TypeIndex index) {
        this.layout = layout;
        this.javaTypes = javaTypes;
        this.index = index;
    }

    ClassName interfaceName(Service service) {
        return ClassName.get(layout.services(), service.interfaceName());
    }

    ClassName asyncInterfaceName(Service service) {
        return ClassName.get(layout.services(), service.interfaceName() + "Async");
    }

    ClassName implementationName(Service service) {
        return ClassName.get(layout.services(), service.interfaceName() + "Impl");
    }

    ClassName asyncImplementationName(Service service) {
        return ClassName.get(layout.services(), service.interfaceName() + "AsyncImpl");
    }

    private ClassName rawInterfaceName(Service service) {
        return interfaceName(service).nestedClass("WithRawResponse");
    }

    private ClassName requestsName(Service service) {
        return ClassName.get(layout.services(), service.interfaceName().replaceFirst("Service$", "") + "Requests");
    }

    /** The files of one service. */
    List<TypeSpec> emit(Service service) {
        List<TypeSpec> types = List.of(
                blockingInterface(service),
                asyncInterface(service),
                blockingImplementation(service),
                asyncImplementation(service),
                requests(service));
        if (!mentionsDeprecated(service)) {
            return types;
        }
        return types.stream().map(type -> type.toBuilder().addAnnotation(Annotations.SUPPRESS_DEPRECATION).build()).toList();
    }

    private boolean mentionsDeprecated(Service service) {
        for (Operation operation : service.operations()) {
            List<Parameter> all = new ArrayList<>(operation.pathParameters());
            all.addAll(operation.parameters());
            for (Parameter parameter : all) {
                if (parameter.docs().deprecated() || index.mentionsDeprecated(parameter.type())) {
                    return true;
                }
            }
            if (operation.body().map(body -> index.mentionsDeprecated(body.type())).orElse(false)
                    || operation.response().map(index::mentionsDeprecated).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private TypeSpec blockingInterface(Service service) {
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(interfaceName(service))
                .addJavadoc(Javadoc.of(service.docs(), "The {@code " + service.accessorName() + "} resource."))
                .addModifiers(Modifier.PUBLIC)
                .addMethod(MethodSpec.methodBuilder("withRawResponse")
                        .addJavadoc("Returns this resource's calls as raw responses: status, headers and request id, with the "
                                + "body parsed on demand.\n\n@return the raw view\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(rawInterfaceName(service))
                        .build());
        addCalls(type, service, Flavor.BLOCKING);
        TypeSpec.Builder raw = TypeSpec.interfaceBuilder(rawInterfaceName(service))
                .addJavadoc("The calls of {@link $T}, returning raw responses.\n", interfaceName(service))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC);
        addCalls(raw, service, Flavor.RAW);
        return type.addType(raw.build()).build();
    }

    private TypeSpec asyncInterface(Service service) {
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(asyncInterfaceName(service))
                .addJavadoc(Javadoc.of(service.docs(), "The {@code " + service.accessorName() + "} resource."))
                .addJavadoc("\n<p>Every call returns at once; retries wait without blocking a thread.\n")
                .addModifiers(Modifier.PUBLIC);
        addCalls(type, service, Flavor.ASYNC);
        return type.build();
    }

    private void addCalls(TypeSpec.Builder type, Service service, Flavor flavor) {
        for (Operation operation : service.operations()) {
            List<ParameterSpec> full = parameters(operation, true);
            type.addMethod(call(operation, flavor, withOptions(full)).addModifiers(Modifier.ABSTRACT).build());
            type.addMethod(delegate(operation, flavor, full, full));
            if (operation.paramsType().isPresent() && operation.paramsOptional()) {
                List<ParameterSpec> withoutParams = parameters(operation, false);
                type.addMethod(delegate(operation, flavor, withOptions(withoutParams), full));
                type.addMethod(delegate(operation, flavor, withoutParams, full));
            }
        }
    }

    private List<ParameterSpec> withOptions(List<ParameterSpec> parameters) {
        List<ParameterSpec> all = new ArrayList<>(parameters);
        all.add(ParameterSpec.builder(layout.core("RequestOptions"), OPTIONS).build());
        return all;
    }

    private MethodSpec.Builder call(Operation operation, Flavor flavor, List<ParameterSpec> parameters) {
        boolean hasOptions = parameters.stream().anyMatch(p -> p.name().equals(OPTIONS));
        boolean hasParams = parameters.stream().anyMatch(p -> p.name().equals("params"));
        MethodSpec.Builder method = MethodSpec.methodBuilder(operation.methodName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(javadoc(operation, flavor, hasParams, hasOptions))
                .returns(returnType(operation, flavor))
                .addParameters(parameters);
        if (operation.docs().deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        return method;
    }

    /** A default method that fills in what the caller left out and calls the full form. */
    private MethodSpec delegate(Operation operation, Flavor flavor, List<ParameterSpec> parameters, List<ParameterSpec> full) {
        List<String> names = parameters.stream().map(ParameterSpec::name).toList();
        List<CodeBlock> arguments = new ArrayList<>();
        for (ParameterSpec parameter : full) {
            if (names.contains(parameter.name())) {
                arguments.add(CodeBlock.of("$N", parameter.name()));
            } else {
                arguments.add(CodeBlock.of("$T.builder().build()", layout.model(operation.paramsType().orElseThrow())));
            }
        }
        arguments.add(names.contains(OPTIONS)
                ? CodeBlock.of("$N", OPTIONS)
                : CodeBlock.of("$T.none()", layout.core("RequestOptions")));
        CodeBlock call = CodeBlock.of("$N($L)", operation.methodName(), CodeBlock.join(arguments, ", "));
        MethodSpec.Builder method = call(operation, flavor, parameters).addModifiers(Modifier.DEFAULT);
        if (returnType(operation, flavor).equals(TypeName.VOID)) {
            method.addStatement("$L", call);
        } else {
            method.addStatement("return $L", call);
        }
        return method.build();
    }

    private TypeSpec blockingImplementation(Service service) {
        ClassName self = implementationName(service);
        ClassName raw = self.nestedClass("WithRawResponseImpl");
        TypeSpec.Builder rawType = implementationShell(raw, rawInterfaceName(service), service)
                .addModifiers(Modifier.STATIC);
        addImplementations(rawType, service, Flavor.RAW);
        TypeSpec.Builder type = implementationShell(self, interfaceName(service), service)
                .addField(raw, "withRawResponse", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(constructor(CodeBlock.of("this.withRawResponse = new $T(http);\n", raw)));
        type.addMethod(MethodSpec.methodBuilder("withRawResponse")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(rawInterfaceName(service))
                .addStatement("return withRawResponse")
                .build());
        addImplementations(type, service, Flavor.BLOCKING);
        rawType.addMethod(constructor(CodeBlock.of("")));
        return type.addType(rawType.build()).build();
    }

    private TypeSpec asyncImplementation(Service service) {
        TypeSpec.Builder type = implementationShell(asyncImplementationName(service), asyncInterfaceName(service), service);
        type.addMethod(constructor(CodeBlock.of("")));
        addImplementations(type, service, Flavor.ASYNC);
        return type.build();
    }

    private TypeSpec.Builder implementationShell(ClassName self, ClassName implemented, Service service) {
        return TypeSpec.classBuilder(self)
                .addJavadoc("Sends the calls of {@link $T} over HTTP.\n", implemented)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(implemented)
                .addField(layout.core("HttpExecutor"), "http", Modifier.PRIVATE, Modifier.FINAL);
    }

    private MethodSpec constructor(CodeBlock more) {
        return MethodSpec.constructorBuilder()
                .addJavadoc("Creates the service.\n\n@param http the executor that sends requests\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(layout.core("HttpExecutor"), "http")
                .addStatement("this.http = http")
                .addCode(more)
                .build();
    }

    private void addImplementations(TypeSpec.Builder type, Service service, Flavor flavor) {
        for (Operation operation : service.operations()) {
            List<ParameterSpec> full = parameters(operation, true);
            CodeBlock request = CodeBlock.of("$T.$N($L)", requestsName(service), operation.methodName(),
                    CodeBlock.join(full.stream().map(p -> CodeBlock.of("$N", p.name())).toList(), ", "));
            MethodSpec.Builder method = MethodSpec.methodBuilder(operation.methodName())
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(returnType(operation, flavor))
                    .addParameters(withOptions(full));
            if (operation.docs().deprecated()) {
                method.addAnnotation(Deprecated.class);
            }
            if (operation.response().isPresent()) {
                CodeBlock codec = javaTypes.codec(operation.response().get());
                String executor = flavor == Flavor.BLOCKING ? "execute" : flavor == Flavor.RAW ? "executeRaw" : "executeAsync";
                method.addStatement("return http.$L($L, $L, $N)", executor, request, codec, OPTIONS);
            } else if (flavor == Flavor.BLOCKING) {
                method.addStatement("http.executeNoContent($L, $N)", request, OPTIONS);
            } else {
                String executor = flavor == Flavor.RAW ? "executeRawNoContent" : "executeNoContentAsync";
                method.addStatement("return http.$L($L, $N)", executor, request, OPTIONS);
            }
            type.addMethod(method.build());
        }
    }

    private TypeSpec requests(Service service) {
        TypeSpec.Builder type = TypeSpec.classBuilder(requestsName(service))
                .addJavadoc("Builds the request of each call of {@link $T}, for all its flavours.\n", interfaceName(service))
                .addModifiers(Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (Operation operation : service.operations()) {
            type.addMethod(MethodSpec.methodBuilder(operation.methodName())
                    .addModifiers(Modifier.STATIC)
                    .returns(layout.core("ApiRequest"))
                    .addParameters(parameters(operation, true))
                    .addCode(requestCode(operation))
                    .build());
        }
        return type.build();
    }

    private CodeBlock requestCode(Operation operation) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("// $L $L\n", operation.httpMethod(), operation.path())
                .add("return $T.builder($S, $S)", layout.core("ApiRequest"), operation.httpMethod(), operation.path())
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
        return code.add("\n.build();\n").unindent().build();
    }

    private List<ParameterSpec> parameters(Operation operation, boolean withParams) {
        List<ParameterSpec> parameters = new ArrayList<>();
        for (Parameter parameter : operation.pathParameters()) {
            parameters.add(ParameterSpec.builder(javaTypes.unboxed(parameter.type()), parameter.javaName()).build());
        }
        if (withParams) {
            operation.paramsType().ifPresent(id -> parameters.add(ParameterSpec.builder(layout.model(id), "params").build()));
        }
        operation.body().ifPresent(body -> parameters.add(ParameterSpec.builder(javaTypes.boxed(body.type()), "body").build()));
        return parameters;
    }

    private TypeName returnType(Operation operation, Flavor flavor) {
        TypeName body = operation.response().map(javaTypes::boxed).orElse(null);
        switch (flavor) {
            case RAW:
                return ParameterizedTypeName.get(layout.core("RawResponse"), body == null ? ClassName.get(Void.class) : body);
            case ASYNC:
                return ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), body == null ? ClassName.get(Void.class) : body);
            default:
                return body == null ? TypeName.VOID : body;
        }
    }

    private CodeBlock javadoc(Operation operation, Flavor flavor, boolean withParams, boolean withOptions) {
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
        if (withOptions) {
            doc.add("\n@param $N this call's headers, query parameters, timeout and retries", OPTIONS);
        }
        switch (flavor) {
            case RAW:
                doc.add("\n@return the response, its body parsed by {@code parse()}");
                break;
            case ASYNC:
                doc.add("\n@return a future of the response body, failed with the exceptions the blocking call throws");
                break;
            default:
                if (operation.response().isPresent()) {
                    doc.add("\n@return the response body");
                }
        }
        if (flavor != Flavor.ASYNC) {
            doc.add("\n@throws $T when the server answers with a non-2xx status, after retries", layout.error(layout.clientName() + "ServiceException"));
        }
        doc.add("\n");
        if (operation.docs().deprecated()) {
            doc.add("@deprecated the API marks this operation as deprecated\n");
        }
        return doc.build();
    }
}
