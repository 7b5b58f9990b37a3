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
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import javax.lang.model.element.Modifier;

/**
 * Emits a service in its four flavours: blocking ({@code EndpointsService}), raw responses
 * ({@code EndpointsService.WithRawResponse}), asynchronous ({@code EndpointsServiceAsync}) and asynchronous raw
 * responses ({@code EndpointsServiceAsync.WithRawResponse}), their implementations, and the one class that builds
 * each operation's request for all of them.
 */
final class ServiceEmitter {
    /** How a call returns its result. */
    enum Flavor {
        BLOCKING,
        RAW,
        ASYNC,
        ASYNC_RAW;

        /** Whether the flavour returns raw responses, which leave out binary bodies and event streams. */
        boolean raw() {
            return this == RAW || this == ASYNC_RAW;
        }

        /** Whether the flavour returns futures. */
        boolean async() {
            return this == ASYNC || this == ASYNC_RAW;
        }
    }

    private static final String OPTIONS = ReservedNames.OPTIONS_ARGUMENT;

    /** What a method of an operation returns. */
    private enum CallKind {
        /** What the operation's first 2xx answer gives. */
        PLAIN,
        /** Its event stream, to iterate. */
        STREAMING,
        /** Its events as a {@code Flow.Publisher}, the call sent on subscription (asynchronous view only). */
        PUBLISHER,
        /** Its first page of a paged list (blocking and asynchronous views). */
        PAGE
    }

    /** One Java method of an operation: its plain form, the one returning its event stream, or its publisher. */
    private record Call(Operation operation, String methodName, CallKind kind) {
        boolean streaming() {
            return kind == CallKind.STREAMING || kind == CallKind.PUBLISHER;
        }
    }

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

    ClassName interfaceName(Service service) {
        return layout.names().serviceInterface(service);
    }

    ClassName asyncInterfaceName(Service service) {
        return layout.names().asyncServiceInterface(service);
    }

    ClassName implementationName(Service service) {
        return layout.names().serviceImplementation(service);
    }

    ClassName asyncImplementationName(Service service) {
        return layout.names().asyncServiceImplementation(service);
    }

    private ClassName rawInterfaceName(Service service) {
        return layout.names().rawResponseView(interfaceName(service));
    }

    private ClassName asyncRawInterfaceName(Service service) {
        return layout.names().rawResponseView(asyncInterfaceName(service));
    }

    /** The files of one service. */
    List<TypeSpec> emit(Service service) {
        List<TypeSpec> types = List.of(
                blockingInterface(service),
                asyncInterface(service),
                blockingImplementation(service),
                asyncImplementation(service),
                requests.emit(service, this));
        if (!mentionsDeprecated(service)) {
            return types;
        }
        return types.stream()
                .map(type -> type.toBuilder()
                        .addAnnotation(Annotations.SUPPRESS_DEPRECATION)
                        .build())
                .toList();
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
            if (operation
                            .body()
                            .map(body -> index.mentionsDeprecated(body.type()))
                            .orElse(false)
                    || operation.response().map(index::mentionsDeprecated).orElse(false)
                    || operation
                            .streaming()
                            .map(streaming -> index.mentionsDeprecated(streaming.event()))
                            .orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private TypeSpec blockingInterface(Service service) {
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(interfaceName(service))
                .addJavadoc(Javadoc.of(service.docs(), "The {@code " + service.accessorName() + "} resource."))
                .addModifiers(Modifier.PUBLIC)
                .addMethod(MethodSpec.methodBuilder(ReservedNames.WITH_RAW_RESPONSE)
                        .addJavadoc(
                                "Returns this resource's calls as raw responses: status, headers and request id, with the "
                                        + "body parsed on demand.\n\n@return the raw view\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(rawInterfaceName(service))
                        .build());
        addCalls(type, service, Flavor.BLOCKING);
        TypeSpec.Builder raw = TypeSpec.interfaceBuilder(rawInterfaceName(service))
                .addJavadoc(
                        "The calls of {@link $T}, returning raw responses. Calls that return a binary body or an event "
                                + "stream are left out: what they return carries the status and headers already.\n",
                        interfaceName(service))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC);
        addCalls(raw, service, Flavor.RAW);
        return type.addType(raw.build()).build();
    }

    private TypeSpec asyncInterface(Service service) {
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(asyncInterfaceName(service))
                .addJavadoc(Javadoc.of(service.docs(), "The {@code " + service.accessorName() + "} resource."))
                .addJavadoc("\n<p>Every call returns at once; retries wait without blocking a thread.\n")
                .addModifiers(Modifier.PUBLIC)
                .addMethod(MethodSpec.methodBuilder(ReservedNames.WITH_RAW_RESPONSE)
                        .addJavadoc(
                                "Returns this resource's calls as futures of raw responses: status, headers and request id, "
                                        + "with the body parsed on demand.\n\n@return the raw view\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(asyncRawInterfaceName(service))
                        .build());
        addCalls(type, service, Flavor.ASYNC);
        TypeSpec.Builder raw = TypeSpec.interfaceBuilder(asyncRawInterfaceName(service))
                .addJavadoc(
                        "The calls of {@link $T}, returning futures of raw responses. Calls that return a binary body or an "
                                + "event stream are left out: what they return carries the status and headers already.\n",
                        asyncInterfaceName(service))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC);
        addCalls(raw, service, Flavor.ASYNC_RAW);
        return type.addType(raw.build()).build();
    }

    /** The methods a flavour has: every operation's plain form and event stream, but no streams in the raw view. */
    private static List<Call> calls(Service service, Flavor flavor) {
        List<Call> calls = new ArrayList<>();
        for (Operation operation : service.operations()) {
            if (!flavor.raw() || !(operation.returns() instanceof Returns.Binary)) {
                calls.add(new Call(operation, operation.methodName(), CallKind.PLAIN));
            }
            if (!flavor.raw()) {
                operation
                        .streaming()
                        .ifPresent(streaming ->
                                calls.add(new Call(operation, streaming.methodName(), CallKind.STREAMING)));
            }
            if (flavor == Flavor.ASYNC) {
                operation
                        .streaming()
                        .ifPresent(streaming ->
                                calls.add(new Call(operation, streaming.publisherMethodName(), CallKind.PUBLISHER)));
            }
            if (!flavor.raw()) {
                operation
                        .pagination()
                        .ifPresent(
                                pagination -> calls.add(new Call(operation, pagination.methodName(), CallKind.PAGE)));
            }
        }
        return calls;
    }

    private void addCalls(TypeSpec.Builder type, Service service, Flavor flavor) {
        for (Call call : calls(service, flavor)) {
            Operation operation = call.operation();
            List<ParameterSpec> full = parameters(operation, true);
            type.addMethod(call(call, flavor, withOptions(full))
                    .addModifiers(Modifier.ABSTRACT)
                    .build());
            type.addMethod(delegate(call, flavor, full, full));
            if (operation.paramsType().isPresent() && operation.paramsOptional()) {
                List<ParameterSpec> withoutParams = parameters(operation, false);
                type.addMethod(delegate(call, flavor, withOptions(withoutParams), full));
                type.addMethod(delegate(call, flavor, withoutParams, full));
            }
        }
    }

    private List<ParameterSpec> withOptions(List<ParameterSpec> parameters) {
        List<ParameterSpec> all = new ArrayList<>(parameters);
        all.add(ParameterSpec.builder(layout.runtime(RequestOptions.class), OPTIONS)
                .build());
        return all;
    }

    private MethodSpec.Builder call(Call call, Flavor flavor, List<ParameterSpec> parameters) {
        boolean hasOptions = parameters.stream().anyMatch(p -> p.name().equals(OPTIONS));
        boolean hasParams = parameters.stream().anyMatch(p -> p.name().equals(ReservedNames.PARAMS_ARGUMENT));
        MethodSpec.Builder method = MethodSpec.methodBuilder(call.methodName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(javadoc(call, flavor, hasParams, hasOptions))
                .returns(returnType(call, flavor))
                .addParameters(parameters);
        if (call.operation().docs().deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        return method;
    }

    /** A default method that fills in what the caller left out and calls the full form. */
    private MethodSpec delegate(Call call, Flavor flavor, List<ParameterSpec> parameters, List<ParameterSpec> full) {
        Operation operation = call.operation();
        List<String> names = parameters.stream().map(ParameterSpec::name).toList();
        List<CodeBlock> arguments = new ArrayList<>();
        for (ParameterSpec parameter : full) {
            if (names.contains(parameter.name())) {
                arguments.add(CodeBlock.of("$N", parameter.name()));
            } else {
                arguments.add(CodeBlock.of(
                        "$T.builder().build()",
                        layout.model(operation.paramsType().orElseThrow())));
            }
        }
        arguments.add(
                names.contains(OPTIONS)
                        ? CodeBlock.of("$N", OPTIONS)
                        : CodeBlock.of("$T.none()", layout.runtime(RequestOptions.class)));
        CodeBlock invocation = CodeBlock.of("$N($L)", call.methodName(), CodeBlock.join(arguments, ", "));
        MethodSpec.Builder method = call(call, flavor, parameters).addModifiers(Modifier.DEFAULT);
        if (returnType(call, flavor).equals(TypeName.VOID)) {
            method.addStatement("$L", invocation);
        } else {
            method.addStatement("return $L", invocation);
        }
        return method.build();
    }

    private TypeSpec blockingImplementation(Service service) {
        ClassName self = implementationName(service);
        ClassName raw = layout.names().rawResponseViewImplementation(self);
        TypeSpec.Builder rawType =
                implementationShell(raw, rawInterfaceName(service), service).addModifiers(Modifier.STATIC);
        addImplementations(rawType, service, Flavor.RAW);
        TypeSpec.Builder type = implementationShell(self, interfaceName(service), service)
                .addField(raw, ReservedNames.WITH_RAW_RESPONSE, Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(constructor(CodeBlock.of("this.withRawResponse = new $T(http);\n", raw)));
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.WITH_RAW_RESPONSE)
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
        ClassName self = asyncImplementationName(service);
        ClassName raw = layout.names().rawResponseViewImplementation(self);
        TypeSpec.Builder rawType = implementationShell(raw, asyncRawInterfaceName(service), service)
                .addModifiers(Modifier.STATIC);
        addImplementations(rawType, service, Flavor.ASYNC_RAW);
        rawType.addMethod(constructor(CodeBlock.of("")));
        TypeSpec.Builder type = implementationShell(self, asyncInterfaceName(service), service)
                .addField(raw, ReservedNames.WITH_RAW_RESPONSE, Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(constructor(CodeBlock.of("this.withRawResponse = new $T(http);\n", raw)));
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.WITH_RAW_RESPONSE)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(asyncRawInterfaceName(service))
                .addStatement("return withRawResponse")
                .build());
        addImplementations(type, service, Flavor.ASYNC);
        return type.addType(rawType.build()).build();
    }

    private TypeSpec.Builder implementationShell(ClassName self, ClassName implemented, Service service) {
        return TypeSpec.classBuilder(self)
                .addJavadoc("Sends the calls of {@link $T} over HTTP.\n", implemented)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(implemented)
                .addField(layout.runtime(HttpExecutor.class), ReservedNames.HTTP, Modifier.PRIVATE, Modifier.FINAL);
    }

    private MethodSpec constructor(CodeBlock more) {
        return MethodSpec.constructorBuilder()
                .addJavadoc("Creates the service.\n\n@param http the executor that sends requests\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(layout.runtime(HttpExecutor.class), ReservedNames.HTTP)
                .addStatement("this.http = http")
                .addCode(more)
                .build();
    }

    private void addImplementations(TypeSpec.Builder type, Service service, Flavor flavor) {
        for (Call call : calls(service, flavor)) {
            Operation operation = call.operation();
            List<ParameterSpec> full = parameters(operation, true);
            // a publisher sends the streaming method's request
            String requestMethod = call.kind() == CallKind.PUBLISHER
                    ? operation.streaming().orElseThrow().methodName()
                    : call.kind() == CallKind.PAGE ? operation.methodName() : call.methodName();
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
    private CodeBlock send(Call call, Flavor flavor, CodeBlock request) {
        Operation operation = call.operation();
        if (call.kind() == CallKind.PAGE) {
            Pagination pagination = operation.pagination().orElseThrow();
            return CodeBlock.builder()
                    .addStatement(
                            "return $T.first(http, $L, $L, $L, $N)",
                            flavor.async() ? layout.runtime(AsyncPage.class) : layout.runtime(Page.class),
                            request,
                            javaTypes.codec(pagination.item()),
                            PageStyles.of(pagination, layout.runtime(PageStyle.class)),
                            OPTIONS)
                    .build();
        }
        CodeBlock apiCall = apiCall(call, flavor, request);
        if (call.kind() == CallKind.PUBLISHER) {
            return CodeBlock.builder()
                    .addStatement("return http.publish($L, $N)", apiCall, OPTIONS)
                    .build();
        }
        CodeBlock sent =
                CodeBlock.of(flavor.async() ? "http.sendAsync($L, $N)" : "http.send($L, $N)", apiCall, OPTIONS);
        return returnType(call, flavor).equals(TypeName.VOID)
                ? CodeBlock.builder().addStatement("$L", sent).build()
                : CodeBlock.builder().addStatement("return $L", sent).build();
    }

    /** The runtime's description of a call: its request, and what the answer is read as. */
    private CodeBlock apiCall(Call call, Flavor flavor, CodeBlock request) {
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
            parameters.add(ParameterSpec.builder(javaTypes.unboxed(parameter.type()), parameter.javaName())
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

    /** Where the operation's params go, in words: {@code query}, {@code query and header} ... */
    private static String locations(Operation operation) {
        List<String> words = operation.parameters().stream()
                .map(parameter -> parameter.location().name().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private TypeName returnType(Call call, Flavor flavor) {
        if (call.kind() == CallKind.PAGE) {
            TypeName item =
                    javaTypes.boxed(call.operation().pagination().orElseThrow().item());
            return flavor.async()
                    ? ParameterizedTypeName.get(
                            ClassName.get(CompletableFuture.class),
                            ParameterizedTypeName.get(layout.runtime(AsyncPage.class), item))
                    : ParameterizedTypeName.get(layout.runtime(Page.class), item);
        }
        if (call.streaming()) {
            TypeName event =
                    javaTypes.boxed(call.operation().streaming().orElseThrow().event());
            if (call.kind() == CallKind.PUBLISHER) {
                return ParameterizedTypeName.get(ClassName.get(Flow.Publisher.class), event);
            }
            TypeName events = ParameterizedTypeName.get(layout.runtime(EventStream.class), event);
            return flavor == Flavor.ASYNC
                    ? ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), events)
                    : events;
        }
        Returns returns = call.operation().returns();
        TypeName body = returns instanceof Returns.Json json
                ? javaTypes.boxed(json.type())
                : returns instanceof Returns.Text
                        ? ClassName.get(String.class)
                        : returns instanceof Returns.Binary ? layout.runtime(BinaryResponse.class) : null;
        switch (flavor) {
            case RAW:
                return ParameterizedTypeName.get(
                        layout.runtime(RawResponse.class), body == null ? ClassName.get(Void.class) : body);
            case ASYNC_RAW:
                return ParameterizedTypeName.get(
                        ClassName.get(CompletableFuture.class),
                        ParameterizedTypeName.get(
                                layout.runtime(RawResponse.class), body == null ? ClassName.get(Void.class) : body));
            case ASYNC:
                return ParameterizedTypeName.get(
                        ClassName.get(CompletableFuture.class), body == null ? ClassName.get(Void.class) : body);
            default:
                return body == null ? TypeName.VOID : body;
        }
    }

    private CodeBlock javadoc(Call call, Flavor flavor, boolean withParams, boolean withOptions) {
        Operation operation = call.operation();
        CodeBlock.Builder doc = CodeBlock.builder()
                .add(Javadoc.of(operation.docs(), "Calls {@code " + operation.operationId() + "}."))
                .add("\n<p>{@code $L $L}\n", operation.httpMethod(), Javadoc.sanitize(operation.path()));
        if (call.kind() == CallKind.PAGE) {
            doc.add(
                    "\n<p>The list comes in pages ($L): this returns the first, and {@code nextPage()} or {@code autoPager()} "
                            + "fetch the rest, each with this call's options.\n",
                    Javadoc.sanitize(operation.pagination().orElseThrow().describe()));
        }
        for (Parameter parameter : operation.pathParameters()) {
            doc.add(
                    "\n@param $N $L",
                    parameter.javaName(),
                    parameter
                            .docs()
                            .summary()
                            .map(Javadoc::sanitize)
                            .orElse("the " + Javadoc.code(parameter.wireName()) + " path parameter"));
        }
        if (withParams && operation.paramsType().isPresent()) {
            doc.add("\n@param params the $L parameters", locations(operation));
        }
        operation
                .body()
                .ifPresent(body -> doc.add(
                        "\n@param body $L",
                        body.docs().summary().map(Javadoc::sanitize).orElse("the request body")));
        if (withOptions) {
            doc.add("\n@param $N this call's headers, query parameters, timeout and retries", OPTIONS);
        }
        if (call.kind() == CallKind.STREAMING) {
            doc.add(
                    "\n<p>The server answers with {@code text/event-stream}: the events arrive as they are sent, until the "
                            + "stream ends or sends {@code [DONE]}. Close the stream when done, or read it in try-with-resources.\n");
        }
        if (call.kind() == CallKind.PUBLISHER) {
            doc.add(
                    "\n<p>The server answers with {@code text/event-stream}. The request is sent when a subscriber subscribes "
                            + "(one subscriber); an event is read only once it was requested, and cancelling closes the response. A "
                            + "failed call, or an error in the middle of the stream, is the subscriber's {@code onError}, with the "
                            + "exceptions the blocking call throws.\n");
            doc.add("\n@return the events, as a publisher\n");
            if (operation.docs().deprecated()) {
                doc.add("@deprecated the API marks this operation as deprecated\n");
            }
            return doc.build();
        }
        String returned = call.kind() == CallKind.PAGE
                ? "the first page"
                : call.streaming()
                        ? "the events, to iterate and close"
                        : operation.returns() instanceof Returns.Binary
                                ? "the body as a stream of bytes, to read and close"
                                : operation.returns() instanceof Returns.Text
                                        ? "the response text"
                                        : "the response body";
        switch (flavor) {
            case RAW:
                doc.add("\n@return the response, its body parsed by {@code parse()}");
                break;
            case ASYNC_RAW:
                doc.add(
                        "\n@return a future of the response, its body parsed by {@code parse()}, failed with the exceptions the "
                                + "blocking call throws");
                break;
            case ASYNC:
                doc.add("\n@return a future of $L, failed with the exceptions the blocking call throws", returned);
                break;
            default:
                if (!(operation.returns() instanceof Returns.Nothing) || call.streaming()) {
                    doc.add("\n@return $L", returned);
                }
        }
        if (!flavor.async()) {
            doc.add(
                    "\n@throws $T when the server answers with a non-2xx status, after retries",
                    layout.names().serviceException());
        }
        doc.add("\n");
        if (operation.docs().deprecated()) {
            doc.add("@deprecated the API marks this operation as deprecated\n");
        }
        return doc.build();
    }
}
