package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.kiln.ir.Operation;
import dev.kiln.ir.Parameter;
import dev.kiln.ir.Returns;
import dev.kiln.ir.Service;
import dev.kiln.naming.ReservedNames;
import java.util.List;
import java.util.Locale;

/** The Javadoc of a service's interfaces, views, implementations and calls, in each flavour. */
final class ServiceDocs {
    /** What a blocking call throws, after its other tags; {@code $T} the service's exception. */
    private static final String THROWS = "\n@throws $T when the server answers with a non-2xx status, after retries";

    private ServiceDocs() {}

    /** A service interface's Javadoc: the tag's description, and how the asynchronous flavour answers. */
    static CodeBlock serviceInterface(Service service, ServiceFlavor flavor) {
        JoinedBlock doc = JoinedBlock.builder()
                .add(Javadoc.of(service.docs(), "The {@code " + service.accessorName() + "} resource."));
        if (flavor.async()) {
            doc.add("\n<p>Every call returns at once; retries wait without blocking a thread.\n");
        }
        return doc.build();
    }

    /** The Javadoc of the accessor of a nested resource. */
    static String childAccessor(Service child) {
        return "{@return the {@code " + child.accessorName() + "} resource nested in this one}\n";
    }

    /** The Javadoc of the method that returns the raw view of a flavour; the view's interface says what it holds. */
    static String rawViewAccessor(ServiceFlavor flavor) {
        return flavor.async()
                ? "{@return this resource's calls, returning futures of raw responses}\n"
                : "{@return this resource's calls, returning raw responses}\n";
    }

    /** The Javadoc of a raw view's interface. */
    static CodeBlock rawView(ServiceFlavor flavor, ClassName outer) {
        return CodeBlock.of(
                "The calls of {@link $T}, returning $L: status, headers and request id, with the body parsed on demand. "
                        + "Calls that return a binary body or an event stream are left out: what they return carries "
                        + "the status and headers already.\n",
                outer,
                flavor.async() ? "futures of raw responses" : "raw responses");
    }

    /** An implementation's Javadoc. */
    static CodeBlock implementation(ClassName implemented) {
        return CodeBlock.of("Sends the calls of {@link $T} over HTTP.\n", implemented);
    }

    /** An implementation's constructor's Javadoc. */
    static String constructor() {
        return "Creates the service.\n@param " + ReservedNames.HTTP + " the executor that sends requests\n";
    }

    /** The Javadoc of a service's request factory. */
    static CodeBlock requests(ClassName serviceInterface) {
        return CodeBlock.of("Builds the request of each call of {@link $T}, for all its flavours.\n", serviceInterface);
    }

    /**
     * The Javadoc of a blocking call with every argument, the one that documents its operation: the operation's
     * description, its route, how it answers when it pages or streams, its arguments, what it returns and what it
     * throws.
     */
    static CodeBlock call(ServiceCall call, boolean withParams, ClassName serviceException) {
        Operation operation = call.operation();
        JoinedBlock doc = JoinedBlock.builder()
                .add(
                        "$L\n",
                        operation
                                .docs()
                                .summary()
                                .map(Javadoc::sanitize)
                                .orElse("Calls {@code " + operation.operationId() + "}."))
                .add("\n<p>{@code $L $L}\n", operation.httpMethod(), Javadoc.sanitize(operation.path()));
        if (call.kind() == ServiceCall.Kind.PAGE) {
            doc.add(
                    "\n<p>The list comes in pages ($L): this returns the first, with the whole response body in "
                            + "{@code body()}, and {@code nextPage()} or {@code autoPager()} fetch the rest, each with "
                            + "this call's options.\n",
                    Javadoc.sanitize(operation.pagination().orElseThrow().describe()));
        }
        if (call.kind() == ServiceCall.Kind.STREAMING) {
            doc.add(
                    "\n<p>The server answers with {@code text/event-stream}: the events arrive as they are sent, until the "
                            + "stream ends or sends {@code [DONE]}. Close the stream when done, or read it in try-with-resources.\n");
        }
        for (Parameter parameter : operation.pathParameters()) {
            doc.add(
                    "@param $N $L\n",
                    parameter.name(),
                    parameter
                            .docs()
                            .summary()
                            .map(Javadoc::sanitize)
                            .orElse("the " + Javadoc.code(parameter.wireName()) + " path parameter"));
        }
        if (withParams && operation.paramsType().isPresent()) {
            doc.add("@param $N the $L parameters\n", ReservedNames.PARAMS_ARGUMENT, locations(operation));
        }
        operation
                .body()
                .ifPresent(body -> doc.add(
                        "@param $N $L\n",
                        ReservedNames.BODY_ARGUMENT,
                        body.docs().summary().map(Javadoc::sanitize).orElse("the request body")));
        doc.add("@param $N this call's headers, query parameters, timeout and retries", ReservedNames.OPTIONS_ARGUMENT);
        doc.add(returned(call, ServiceFlavor.BLOCKING));
        doc.add(THROWS + "\n", serviceException);
        if (operation.docs().deprecated()) {
            doc.add("@deprecated the API marks this operation as deprecated\n");
        }
        return doc.build();
    }

    /**
     * The Javadoc of a call in a flavour other than the blocking one: a link to the blocking call, which carries the
     * operation's description, route and deprecation, and this flavour's arguments and result. Only a publisher, which
     * the blocking interface has no counterpart of, says how it answers. (A deprecated call is annotated, which
     * {@code javadoc} shows.)
     *
     * @param blockingCall the blocking call this one sends, {@code {@link EndpointsService#list(...)}}
     * @param serviceException what a blocking flavour throws on a non-2xx answer
     */
    static CodeBlock flavoredCall(
            ServiceCall call,
            ServiceFlavor flavor,
            boolean withParams,
            CodeBlock blockingCall,
            ClassName serviceException) {
        JoinedBlock doc = JoinedBlock.builder();
        switch (flavor) {
            case RAW -> doc.add("Calls $L and returns the raw response.", blockingCall);
            case ASYNC_RAW -> doc.add("Calls $L without blocking and returns the raw response.", blockingCall);
            default -> doc.add("Calls $L without blocking.", blockingCall);
        }
        if (call.kind() == ServiceCall.Kind.PUBLISHER) {
            doc.add(
                    "\n\n<p>The request is sent when a subscriber subscribes (one subscriber); an event is read only once "
                            + "it was requested, and cancelling closes the response. A failed call, or an error in the middle "
                            + "of the stream, is the subscriber's {@code onError}, with the exceptions the blocking call throws.");
        }
        arguments(doc, call.operation(), withParams, true);
        doc.add(
                call.kind() == ServiceCall.Kind.PUBLISHER
                        ? CodeBlock.of("\n@return the events, as a publisher")
                        : returned(call, flavor));
        if (!flavor.async()) {
            doc.add(THROWS, serviceException);
        }
        return doc.add("\n").build();
    }

    /**
     * The Javadoc of an overload that fills in what its caller left out: what it returns is the result of the call it
     * completes, linked, which is documented; then its own arguments. (A deprecated call is annotated, which
     * {@code javadoc} shows.)
     *
     * @param fullCall the call with every argument, {@code {@link #list(ListEndpointsParams, RequestOptions)}}
     */
    static CodeBlock overload(
            ServiceCall call, ServiceFlavor flavor, boolean withParams, boolean withOptions, CodeBlock fullCall) {
        Operation operation = call.operation();
        String filledIn = withOptions
                ? "with no " + locations(operation) + " parameters"
                : withParams || operation.paramsType().isEmpty()
                        ? "with the default request options"
                        : "with no " + locations(operation) + " parameters and the default request options";
        JoinedBlock doc = JoinedBlock.builder();
        if (returned(call, flavor).isEmpty()) {
            doc.add("Calls $L $L.", fullCall, filledIn);
        } else {
            doc.add("{@return the result of $L $L}", fullCall, filledIn);
        }
        arguments(doc, operation, withParams, withOptions);
        return doc.add("\n").build();
    }

    /** The {@code @param} tags of a call that is not the operation's first: the arguments named, not described. */
    private static void arguments(JoinedBlock doc, Operation operation, boolean withParams, boolean withOptions) {
        for (Parameter parameter : operation.pathParameters()) {
            doc.add("\n@param $N the $L path parameter", parameter.name(), Javadoc.code(parameter.wireName()));
        }
        if (withParams && operation.paramsType().isPresent()) {
            doc.add("\n@param $N the $L parameters", ReservedNames.PARAMS_ARGUMENT, locations(operation));
        }
        if (operation.body().isPresent()) {
            doc.add("\n@param $N the request body", ReservedNames.BODY_ARGUMENT);
        }
        if (withOptions) {
            doc.add(
                    "\n@param $N this call's headers, query parameters, timeout and retries",
                    ReservedNames.OPTIONS_ARGUMENT);
        }
    }

    /** The {@code @return} of a call in a flavour, or nothing for a blocking call that returns nothing. */
    private static CodeBlock returned(ServiceCall call, ServiceFlavor flavor) {
        Operation operation = call.operation();
        String returned = call.kind() == ServiceCall.Kind.PAGE
                ? "the first page"
                : call.streaming()
                        ? "the events, to iterate and close"
                        : operation.returns() instanceof Returns.Binary
                                ? "the body as a stream of bytes, to read and close"
                                : operation.returns() instanceof Returns.Text
                                        ? "the response text"
                                        : "the response body";
        return switch (flavor) {
            case RAW -> CodeBlock.of("\n@return the response, its body parsed by {@code parse()}");
            case ASYNC_RAW ->
                CodeBlock.of(
                        "\n@return a future of the response, its body parsed by {@code parse()}, failed with the exceptions the "
                                + "blocking call throws");
            case ASYNC ->
                CodeBlock.of("\n@return a future of $L, failed with the exceptions the blocking call throws", returned);
            case BLOCKING ->
                !(operation.returns() instanceof Returns.Nothing) || call.streaming()
                        ? CodeBlock.of("\n@return $L", returned)
                        : CodeBlock.of("");
        };
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
}
