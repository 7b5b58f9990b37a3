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
    private ServiceDocs() {}

    /** A service interface's Javadoc: the tag's description, and how the asynchronous flavour answers. */
    static CodeBlock serviceInterface(Service service, ServiceFlavor flavor) {
        JoinedBlock doc = JoinedBlock.builder()
                .add("$L", Javadoc.text(service.docs(), "The {@code " + service.accessorName() + "} resource."));
        if (flavor.async()) {
            doc.add("\n<p>Every call returns at once; retries wait without blocking a thread.\n");
        }
        return doc.build();
    }

    /** The Javadoc of the accessor of a nested resource. */
    static String childAccessor(Service child) {
        return "Returns the {@code " + child.accessorName() + "} resource nested in this one.\n\n@return the service\n";
    }

    /** The Javadoc of the method that returns the raw view of a flavour. */
    static String rawViewAccessor(ServiceFlavor flavor) {
        return flavor.async()
                ? "Returns this resource's calls as futures of raw responses: status, headers and request id, "
                        + "with the body parsed on demand.\n\n@return the raw view\n"
                : "Returns this resource's calls as raw responses: status, headers and request id, with the "
                        + "body parsed on demand.\n\n@return the raw view\n";
    }

    /** The Javadoc of a raw view's interface. */
    static CodeBlock rawView(ServiceFlavor flavor, ClassName outer) {
        return flavor.async()
                ? CodeBlock.of(
                        "The calls of {@link $T}, returning futures of raw responses. Calls that return a binary body or an "
                                + "event stream are left out: what they return carries the status and headers already.\n",
                        outer)
                : CodeBlock.of(
                        "The calls of {@link $T}, returning raw responses. Calls that return a binary body or an event "
                                + "stream are left out: what they return carries the status and headers already.\n",
                        outer);
    }

    /** An implementation's Javadoc. */
    static CodeBlock implementation(ClassName implemented) {
        return CodeBlock.of("Sends the calls of {@link $T} over HTTP.\n", implemented);
    }

    /** An implementation's constructor's Javadoc. */
    static String constructor() {
        return "Creates the service.\n\n@param " + ReservedNames.HTTP + " the executor that sends requests\n";
    }

    /** The Javadoc of a service's request factory. */
    static CodeBlock requests(ClassName serviceInterface) {
        return CodeBlock.of("Builds the request of each call of {@link $T}, for all its flavours.\n", serviceInterface);
    }

    /**
     * A call's Javadoc: the operation's own, its route, its arguments, what it returns in this flavour and what it
     * throws.
     */
    static CodeBlock call(
            ServiceCall call,
            ServiceFlavor flavor,
            boolean withParams,
            boolean withOptions,
            ClassName serviceException) {
        Operation operation = call.operation();
        JoinedBlock doc = JoinedBlock.builder()
                .add("$L", Javadoc.text(operation.docs(), "Calls {@code " + operation.operationId() + "}."))
                .add("\n<p>{@code $L $L}\n", operation.httpMethod(), Javadoc.sanitize(operation.path()));
        if (call.kind() == ServiceCall.Kind.PAGE) {
            doc.add(
                    "\n<p>The list comes in pages ($L): this returns the first, with the whole response body in "
                            + "{@code body()}, and {@code nextPage()} or {@code autoPager()} fetch the rest, each with "
                            + "this call's options.\n",
                    Javadoc.sanitize(operation.pagination().orElseThrow().describe()));
        }
        for (Parameter parameter : operation.pathParameters()) {
            doc.add(
                    "\n@param $N $L",
                    parameter.name(),
                    parameter
                            .docs()
                            .summary()
                            .map(Javadoc::sanitize)
                            .orElse("the " + Javadoc.code(parameter.wireName()) + " path parameter"));
        }
        if (withParams && operation.paramsType().isPresent()) {
            doc.add("\n@param $N the $L parameters", ReservedNames.PARAMS_ARGUMENT, locations(operation));
        }
        operation
                .body()
                .ifPresent(body -> doc.add(
                        "\n@param $N $L",
                        ReservedNames.BODY_ARGUMENT,
                        body.docs().summary().map(Javadoc::sanitize).orElse("the request body")));
        if (withOptions) {
            doc.add(
                    "\n@param $N this call's headers, query parameters, timeout and retries",
                    ReservedNames.OPTIONS_ARGUMENT);
        }
        if (call.kind() == ServiceCall.Kind.STREAMING) {
            doc.add(
                    "\n<p>The server answers with {@code text/event-stream}: the events arrive as they are sent, until the "
                            + "stream ends or sends {@code [DONE]}. Close the stream when done, or read it in try-with-resources.\n");
        }
        if (call.kind() == ServiceCall.Kind.PUBLISHER) {
            doc.add(
                    "\n<p>The server answers with {@code text/event-stream}. The request is sent when a subscriber subscribes "
                            + "(one subscriber); an event is read only once it was requested, and cancelling closes the response. A "
                            + "failed call, or an error in the middle of the stream, is the subscriber's {@code onError}, with the "
                            + "exceptions the blocking call throws.\n");
            doc.add("\n@return the events, as a publisher\n");
            return deprecated(doc, operation).build();
        }
        doc.add("$L", returned(call, flavor));
        if (!flavor.async()) {
            doc.add("\n@throws $T when the server answers with a non-2xx status, after retries", serviceException);
        }
        doc.add("\n");
        return deprecated(doc, operation).build();
    }

    /** The {@code @return} of a call in a flavour, or nothing for a blocking call that returns nothing. */
    private static String returned(ServiceCall call, ServiceFlavor flavor) {
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
            case RAW -> "\n@return the response, its body parsed by {@code parse()}";
            case ASYNC_RAW ->
                "\n@return a future of the response, its body parsed by {@code parse()}, failed with the exceptions the "
                        + "blocking call throws";
            case ASYNC -> "\n@return a future of " + returned + ", failed with the exceptions the blocking call throws";
            case BLOCKING ->
                !(operation.returns() instanceof Returns.Nothing) || call.streaming() ? "\n@return " + returned : "";
        };
    }

    private static JoinedBlock deprecated(JoinedBlock doc, Operation operation) {
        if (operation.docs().deprecated()) {
            doc.add("@deprecated the API marks this operation as deprecated\n");
        }
        return doc;
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
