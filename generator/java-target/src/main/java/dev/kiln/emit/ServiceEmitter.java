package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Pagination;
import dev.kiln.ir.Parameter;
import dev.kiln.ir.Returns;
import dev.kiln.ir.Service;
import dev.kiln.ir.Streaming;
import dev.kiln.naming.ReservedNames;
import dev.kiln.runtime.core.ApiCall;
import dev.kiln.runtime.core.AsyncPage;
import dev.kiln.runtime.core.BinaryResponse;
import dev.kiln.runtime.core.EventStream;
import dev.kiln.runtime.core.HttpExecutor;
import dev.kiln.runtime.core.Page;
import dev.kiln.runtime.core.PageStyle;
import dev.kiln.runtime.core.RawResponse;
import dev.kiln.runtime.core.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import javax.lang.model.element.Modifier;

/**
 * Emits a service in its four flavours ({@link ServiceFlavor}): a blocking and an asynchronous interface, each with its
 * raw-response view nested, their implementations, and the one class that builds each operation's request for all of
 * them.
 */
final class ServiceEmitter {
    private static final String OPTIONS = ReservedNames.OPTIONS_ARGUMENT;

    private final SdkLayout layout;
    private final JavaTypes javaTypes;
    private final TypeIndex index;
    private final RequestsEmitter requests;

    ServiceEmitter(SdkLayout layout, JavaTypes javaTypes, TypeIndex index) {
        this.layout = layout;
        this.javaTypes = javaTypes;
        this.index = index;
        this.requests = new RequestsEmitter(layout, javaTypes, index);
    }

    /** The interface of a flavour of a service. */
    ClassName interfaceName(Service service, ServiceFlavor flavor) {
        return flavor.interfaceName(layout.names(), service);
    }

    /** The implementation of a flavour of a service. */
    ClassName implementationName(Service service, ServiceFlavor flavor) {
        return flavor.implementationName(layout.names(), service);
    }

    /**
     * The files of one service.
     *
     * @param service the service
     * @param children the resources nested in it, which it has an accessor for in every flavour
     * @return its interfaces, implementations and request factory
     */
    List<TypeSpec> emit(Service service, List<Service> children) {
        List<TypeSpec> types = List.of(
                serviceInterface(service, children, ServiceFlavor.BLOCKING),
                serviceInterface(service, children, ServiceFlavor.ASYNC),
                implementation(service, children, ServiceFlavor.BLOCKING),
                implementation(service, children, ServiceFlavor.ASYNC),
                requests.emit(service, this));
        if (!index.mentionsDeprecated(service)) {
            return types;
        }
        return types.stream()
                .map(type -> type.toBuilder()
                        .addAnnotation(Annotations.SUPPRESS_DEPRECATION)
                        .build())
                .toList();
    }

    /** A service's blocking or asynchronous interface, with its raw-response view nested. */
    private TypeSpec serviceInterface(Service service, List<Service> children, ServiceFlavor flavor) {
        ServiceFlavor rawFlavor = flavor.rawView();
        ClassName self = interfaceName(service, flavor);
        ClassName rawView = interfaceName(service, rawFlavor);
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(self)
                .addJavadoc(ServiceDocs.serviceInterface(service, flavor))
                .addModifiers(Modifier.PUBLIC)
                .addMethod(MethodSpec.methodBuilder(ReservedNames.WITH_RAW_RESPONSE)
                        .addJavadoc(ServiceDocs.rawViewAccessor(flavor))
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(rawView)
                        .build());
        addChildAccessors(type, children, flavor, false);
        addCalls(type, service, flavor);
        TypeSpec.Builder raw = TypeSpec.interfaceBuilder(rawView)
                .addJavadoc(ServiceDocs.rawView(flavor, self))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC);
        addChildAccessors(raw, children, rawFlavor, false);
        addCalls(raw, service, rawFlavor);
        return type.addType(raw.build()).build();
    }

    /**
     * The methods a flavour has: every operation's plain form (its first page, for a paged list, but in the raw
     * views) and event stream, but no streams in the raw views.
     */
    private static List<ServiceCall> calls(Service service, ServiceFlavor flavor) {
        List<ServiceCall> calls = new ArrayList<>();
        for (Operation operation : service.operations()) {
            if (!flavor.raw() || !(operation.returns() instanceof Returns.Binary)) {
                boolean paged = operation.pagination().isPresent() && !flavor.raw();
                calls.add(new ServiceCall(
                        operation, operation.methodName(), paged ? ServiceCall.Kind.PAGE : ServiceCall.Kind.PLAIN));
            }
            if (!flavor.raw()) {
                operation
                        .streaming()
                        .ifPresent(streaming -> calls.add(
                                new ServiceCall(operation, streaming.methodName(), ServiceCall.Kind.STREAMING)));
            }
            if (flavor == ServiceFlavor.ASYNC) {
                operation
                        .streaming()
                        .ifPresent(streaming -> calls.add(new ServiceCall(
                                operation, streaming.publisherMethodName(), ServiceCall.Kind.PUBLISHER)));
            }
        }
        return calls;
    }

    private void addCalls(TypeSpec.Builder type, Service service, ServiceFlavor flavor) {
        for (ServiceCall call : calls(service, flavor)) {
            Operation operation = call.operation();
            List<ParameterSpec> full = parameters(operation, true);
            List<ParameterSpec> all = withOptions(full);
            CodeBlock doc = flavor == ServiceFlavor.BLOCKING
                    ? ServiceDocs.call(call, operation.paramsType().isPresent(), serviceException())
                    : ServiceDocs.flavoredCall(
                            call,
                            flavor,
                            operation.paramsType().isPresent(),
                            link(interfaceName(service, ServiceFlavor.BLOCKING), blockingMethod(call), all),
                            serviceException());
            type.addMethod(call(call, flavor, all)
                    .addJavadoc(doc)
                    .addModifiers(Modifier.ABSTRACT)
                    .build());
            CodeBlock fullCall = link(call.methodName(), all);
            type.addMethod(delegate(call, flavor, full, full, fullCall));
            if (operation.paramsType().isPresent() && operation.paramsOptional()) {
                List<ParameterSpec> withoutParams = parameters(operation, false);
                type.addMethod(delegate(call, flavor, withOptions(withoutParams), full, fullCall));
                type.addMethod(delegate(call, flavor, withoutParams, full, fullCall));
            }
        }
    }

    private ClassName serviceException() {
        return layout.names().serviceException();
    }

    /** The blocking method a call of another flavour sends: a publisher sends the streaming one's request. */
    private static String blockingMethod(ServiceCall call) {
        return call.kind() == ServiceCall.Kind.PUBLISHER
                ? call.operation().streaming().orElseThrow().methodName()
                : call.methodName();
    }

    /**
     * A Javadoc link to a method of another interface, {@code {@link EndpointsService#list(ListEndpointsParams,
     * RequestOptions)}}.
     */
    private static CodeBlock link(ClassName type, String method, List<ParameterSpec> parameters) {
        return CodeBlock.of("{@link $T#$N($L)}", type, method, parameterTypes(parameters));
    }

    /** A Javadoc link to a method of the interface it is in, {@code {@link #list(ListEndpointsParams, RequestOptions)}}. */
    private static CodeBlock link(String method, List<ParameterSpec> parameters) {
        return CodeBlock.of("{@link #$N($L)}", method, parameterTypes(parameters));
    }

    /** The parameter types of a method as a link names them, erased. */
    private static CodeBlock parameterTypes(List<ParameterSpec> parameters) {
        return parameters.stream()
                .map(parameter -> CodeBlock.of("$T", erasure(parameter.type())))
                .collect(CodeBlock.joining(", "));
    }

    private static TypeName erasure(TypeName type) {
        return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
    }

    private List<ParameterSpec> withOptions(List<ParameterSpec> parameters) {
        List<ParameterSpec> all = new ArrayList<>(parameters);
        all.add(ParameterSpec.builder(layout.runtime(RequestOptions.class), OPTIONS)
                .build());
        return all;
    }

    private MethodSpec.Builder call(ServiceCall call, ServiceFlavor flavor, List<ParameterSpec> parameters) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(call.methodName())
                .addModifiers(Modifier.PUBLIC)
                .returns(returnType(call, flavor))
                .addParameters(parameters);
        if (call.operation().docs().deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        return method;
    }

    /** A default method that fills in what the caller left out and calls the full form. */
    private MethodSpec delegate(
            ServiceCall call,
            ServiceFlavor flavor,
            List<ParameterSpec> parameters,
            List<ParameterSpec> full,
            CodeBlock fullCall) {
        Operation operation = call.operation();
        List<String> names = parameters.stream().map(ParameterSpec::name).toList();
        List<CodeBlock> arguments = new ArrayList<>();
        for (ParameterSpec parameter : full) {
            if (names.contains(parameter.name())) {
                arguments.add(CodeBlock.of("$N", parameter.name()));
            } else {
                arguments.add(CodeBlock.of(
                        "$T.$N().$N()",
                        layout.model(operation.paramsType().orElseThrow()),
                        ReservedNames.BUILDER,
                        ReservedNames.BUILD));
            }
        }
        arguments.add(
                names.contains(OPTIONS)
                        ? CodeBlock.of("$N", OPTIONS)
                        : CodeBlock.of("$T.none()", layout.runtime(RequestOptions.class)));
        CodeBlock invocation = CodeBlock.of("$N($L)", call.methodName(), CodeBlock.join(arguments, ", "));
        MethodSpec.Builder method = call(call, flavor, parameters)
                .addJavadoc(ServiceDocs.overload(
                        call, flavor, names.contains(ReservedNames.PARAMS_ARGUMENT), names.contains(OPTIONS), fullCall))
                .addModifiers(Modifier.DEFAULT);
        if (returnType(call, flavor).equals(TypeName.VOID)) {
            method.addStatement("$L", invocation);
        } else {
            method.addStatement("return $L", invocation);
        }
        return method.build();
    }

    /** The implementation of a service's blocking or asynchronous interface, with its raw view's nested. */
    private TypeSpec implementation(Service service, List<Service> children, ServiceFlavor flavor) {
        ServiceFlavor rawFlavor = flavor.rawView();
        ClassName raw = implementationName(service, rawFlavor);
        TypeSpec.Builder rawType = implementationShell(service, rawFlavor).addModifiers(Modifier.STATIC);
        addChildAccessors(rawType, children, rawFlavor, true);
        addImplementations(rawType, service, rawFlavor);
        rawType.addMethod(constructor(childFields(children, rawFlavor)));
        TypeSpec.Builder type = implementationShell(service, flavor)
                .addField(raw, ReservedNames.WITH_RAW_RESPONSE, Modifier.PRIVATE, Modifier.FINAL);
        addChildAccessors(type, children, flavor, true);
        type.addMethod(constructor(CodeBlock.builder()
                .add("this.$N = new $T($N);\n", ReservedNames.WITH_RAW_RESPONSE, raw, ReservedNames.HTTP)
                .add(childFields(children, flavor))
                .build()));
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.WITH_RAW_RESPONSE)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(interfaceName(service, rawFlavor))
                .addStatement("return $N", ReservedNames.WITH_RAW_RESPONSE)
                .build());
        addImplementations(type, service, flavor);
        return type.addType(rawType.build()).build();
    }

    /**
     * The accessors of the resources nested in a service, in a flavour: abstract in an interface, reading a field in
     * an implementation.
     */
    private void addChildAccessors(
            TypeSpec.Builder type, List<Service> children, ServiceFlavor flavor, boolean implementation) {
        for (Service child : children) {
            ClassName childType = interfaceName(child, flavor);
            MethodSpec.Builder accessor = MethodSpec.methodBuilder(child.accessorName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(childType);
            if (implementation) {
                type.addField(childType, child.accessorName(), Modifier.PRIVATE, Modifier.FINAL);
                accessor.addAnnotation(Override.class).addStatement("return $N", child.accessorName());
            } else {
                accessor.addJavadoc(ServiceDocs.childAccessor(child)).addModifiers(Modifier.ABSTRACT);
            }
            type.addMethod(accessor.build());
        }
    }

    /** The statements that make a flavour's nested resources, from the executor. */
    private CodeBlock childFields(List<Service> children, ServiceFlavor flavor) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (Service child : children) {
            code.add(
                    "this.$N = new $T($N);\n",
                    child.accessorName(),
                    implementationName(child, flavor),
                    ReservedNames.HTTP);
        }
        return code.build();
    }

    private TypeSpec.Builder implementationShell(Service service, ServiceFlavor flavor) {
        ClassName implemented = interfaceName(service, flavor);
        return TypeSpec.classBuilder(implementationName(service, flavor))
                .addJavadoc(ServiceDocs.implementation(implemented))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(implemented)
                .addField(layout.runtime(HttpExecutor.class), ReservedNames.HTTP, Modifier.PRIVATE, Modifier.FINAL);
    }

    private MethodSpec constructor(CodeBlock more) {
        return MethodSpec.constructorBuilder()
                .addJavadoc(ServiceDocs.constructor())
                .addModifiers(Modifier.PUBLIC)
                .addParameter(layout.runtime(HttpExecutor.class), ReservedNames.HTTP)
                .addStatement("this.$N = $N", ReservedNames.HTTP, ReservedNames.HTTP)
                .addCode(more)
                .build();
    }

    private void addImplementations(TypeSpec.Builder type, Service service, ServiceFlavor flavor) {
        for (ServiceCall call : calls(service, flavor)) {
            Operation operation = call.operation();
            List<ParameterSpec> full = parameters(operation, true);
            // a publisher sends the streaming method's request
            String requestMethod = call.kind() == ServiceCall.Kind.PUBLISHER
                    ? operation.streaming().orElseThrow().methodName()
                    : call.methodName();
            CodeBlock request = CodeBlock.of(
                    "$T.$N($L)",
                    requests.name(service),
                    requestMethod,
                    CodeBlock.join(
                            full.stream().map(p -> CodeBlock.of("$N", p.name())).toList(), ", "));
            MethodSpec.Builder method = MethodSpec.methodBuilder(call.methodName())
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(returnType(call, flavor))
                    .addParameters(withOptions(full));
            if (operation.docs().deprecated()) {
                method.addAnnotation(Deprecated.class);
            }
            type.addMethod(method.addCode(send(call, flavor, request)).build());
        }
    }

    /** The statement that sends a call's request and returns what the flavour returns. */
    private CodeBlock send(ServiceCall call, ServiceFlavor flavor, CodeBlock request) {
        Operation operation = call.operation();
        if (call.kind() == ServiceCall.Kind.PAGE) {
            Pagination pagination = operation.pagination().orElseThrow();
            return CodeBlock.builder()
                    .addStatement(
                            "return $T.first($N, $L, $L, $L, $L, $N)",
                            flavor.async() ? layout.runtime(AsyncPage.class) : layout.runtime(Page.class),
                            ReservedNames.HTTP,
                            request,
                            javaTypes.codec(pagination.item()),
                            javaTypes.codec(operation.response().orElseThrow()),
                            PageStyles.of(pagination, layout.runtime(PageStyle.class)),
                            OPTIONS)
                    .build();
        }
        CodeBlock apiCall = apiCall(call, flavor, request);
        if (call.kind() == ServiceCall.Kind.PUBLISHER) {
            return CodeBlock.builder()
                    .addStatement("return $N.publish($L, $N)", ReservedNames.HTTP, apiCall, OPTIONS)
                    .build();
        }
        CodeBlock sent = CodeBlock.of(
                flavor.async() ? "$N.sendAsync($L, $N)" : "$N.send($L, $N)", ReservedNames.HTTP, apiCall, OPTIONS);
        return returnType(call, flavor).equals(TypeName.VOID)
                ? CodeBlock.builder().addStatement("$L", sent).build()
                : CodeBlock.builder().addStatement("return $L", sent).build();
    }

    /** The runtime's description of a call: its request, and what the answer is read as. */
    private CodeBlock apiCall(ServiceCall call, ServiceFlavor flavor, CodeBlock request) {
        ClassName apiCall = layout.runtime(ApiCall.class);
        if (call.streaming()) {
            Streaming streaming = call.operation().streaming().orElseThrow();
            return CodeBlock.of(
                    "$T.$N($L, $L)",
                    apiCall,
                    streaming.envelope() ? "eventEnvelopes" : "events",
                    request,
                    javaTypes.codec(streaming.event()));
        }
        Returns returns = call.operation().returns();
        CodeBlock plain;
        if (returns instanceof Returns.Json json) {
            plain = CodeBlock.of("$T.json($L, $L)", apiCall, request, javaTypes.codec(json.type()));
        } else if (returns instanceof Returns.Text) {
            plain = CodeBlock.of("$T.text($L)", apiCall, request);
        } else if (returns instanceof Returns.Binary) {
            plain = CodeBlock.of("$T.binary($L)", apiCall, request);
        } else {
            plain = CodeBlock.of("$T.noContent($L)", apiCall, request);
        }
        return flavor.raw() ? CodeBlock.of("$L.raw()", plain) : plain;
    }

    /** The parameters of an operation's methods, without the request options. */
    List<ParameterSpec> parameters(Operation operation, boolean withParams) {
        List<ParameterSpec> parameters = new ArrayList<>();
        for (Parameter parameter : operation.pathParameters()) {
            parameters.add(ParameterSpec.builder(javaTypes.unboxed(parameter.type()), parameter.name())
                    .build());
        }
        if (withParams) {
            operation
                    .paramsType()
                    .ifPresent(
                            id -> parameters.add(ParameterSpec.builder(layout.model(id), ReservedNames.PARAMS_ARGUMENT)
                                    .build()));
        }
        operation
                .body()
                .ifPresent(body ->
                        parameters.add(ParameterSpec.builder(javaTypes.boxed(body.type()), ReservedNames.BODY_ARGUMENT)
                                .build()));
        return parameters;
    }

    /** What a call returns in a flavour: its page, its events, or its body, raw or not, in a future or not. */
    private TypeName returnType(ServiceCall call, ServiceFlavor flavor) {
        if (call.kind() == ServiceCall.Kind.PAGE) {
            TypeName item =
                    javaTypes.boxed(call.operation().pagination().orElseThrow().item());
            TypeName body = javaTypes.boxed(call.operation().response().orElseThrow());
            return flavor.async()
                    ? future(ParameterizedTypeName.get(layout.runtime(AsyncPage.class), item, body))
                    : ParameterizedTypeName.get(layout.runtime(Page.class), item, body);
        }
        if (call.streaming()) {
            TypeName event =
                    javaTypes.boxed(call.operation().streaming().orElseThrow().event());
            if (call.kind() == ServiceCall.Kind.PUBLISHER) {
                return ParameterizedTypeName.get(ClassName.get(Flow.Publisher.class), event);
            }
            TypeName events = ParameterizedTypeName.get(layout.runtime(EventStream.class), event);
            return flavor.async() ? future(events) : events;
        }
        Returns returns = call.operation().returns();
        TypeName body = returns instanceof Returns.Json json
                ? javaTypes.boxed(json.type())
                : returns instanceof Returns.Text
                        ? ClassName.get(String.class)
                        : returns instanceof Returns.Binary ? layout.runtime(BinaryResponse.class) : null;
        TypeName boxed = body == null ? ClassName.get(Void.class) : body;
        TypeName answer = flavor.raw() ? ParameterizedTypeName.get(layout.runtime(RawResponse.class), boxed) : body;
        if (flavor.async()) {
            return future(answer == null ? boxed : answer);
        }
        return answer == null ? TypeName.VOID : answer;
    }

    private static TypeName future(TypeName value) {
        return ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), value);
    }
}
