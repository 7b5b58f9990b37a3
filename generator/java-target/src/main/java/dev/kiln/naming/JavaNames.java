package dev.kiln.naming;

import com.palantir.javapoet.ClassName;
import dev.kiln.ir.EnumModel;
import dev.kiln.ir.Service;
import dev.kiln.ir.TypeId;
import dev.kiln.ir.TypeRef.ScalarKind;
import dev.kiln.language.NameScope;
import dev.kiln.runtime.core.ApiCall;
import dev.kiln.runtime.testing.FakeTransport;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The Java names of one SDK that the IR does not carry: its packages, the class of each IR type, the client and its
 * asynchronous view, each service's interfaces, implementations and request factory, the exceptions, the types every
 * model, enum and service nests, and the names the client reads its settings from.
 *
 * <p>The names the IR carries (types, fields, constants, services, methods) are decided by {@link JavaSymbols} when
 * the spec is linked; every other name is decided here, from those, so no emitter builds a name from pieces. The
 * runtime's classes keep the names they are shipped with and are asked for by their class in the runtime module
 * ({@link #runtime(Class)}), so a renamed runtime class is a compile error here, not a wrong SDK.
 */
public final class JavaNames {
    /** The package of the runtime in Kiln's own build, where it is written and tested before it is shipped. */
    public static final String RUNTIME_PACKAGE = ApiCall.class.getPackageName();

    /** The package of the test kit's fixed part in Kiln's own build, shipped into an SDK's {@link #testing()}. */
    public static final String TEST_KIT_PACKAGE = FakeTransport.class.getPackageName();

    /** The view of a service, and of its implementation, that answers with the raw response. */
    private static final String RAW_VIEW = "WithRawResponse";

    private final String basePackage;
    private final String clientName;
    private final Map<StatusError, String> statusErrors = new EnumMap<>(StatusError.class);
    private final String baseException;
    private final String serviceException;
    private final String ioException;
    private final String timeoutException;
    private final String invalidResponseException;
    private final String errorFactory;

    /**
     * Names the classes of one SDK.
     *
     * @param basePackage the SDK's base package, such as {@code com.example.api}
     * @param clientName the client class's simple name, such as {@code Together}
     */
    public JavaNames(String basePackage, String clientName) {
        this.basePackage = basePackage;
        this.clientName = clientName;
        // the status exceptions keep their names in every SDK; an exception named after a client called, say,
        // BadRequest is numbered instead of taking one of them
        NameScope errorTypes = NameScope.ofTypes();
        for (StatusError error : StatusError.values()) {
            statusErrors.put(error, errorTypes.allocate(error.simpleName()));
        }
        this.baseException = errorTypes.allocate(clientName + "Exception");
        this.serviceException = errorTypes.allocate(clientName + "ServiceException");
        this.ioException = errorTypes.allocate(clientName + "IoException");
        this.timeoutException = errorTypes.allocate(clientName + "TimeoutException");
        this.invalidResponseException = errorTypes.allocate(clientName + "InvalidResponseException");
        this.errorFactory = errorTypes.allocate(clientName + "ErrorFactory");
    }

    /** {@return the base package, where the client and its asynchronous view are} */
    public String basePackage() {
        return basePackage;
    }

    /** {@return the package of the models, enums, unions and params types} */
    public String models() {
        return basePackage + ".models";
    }

    /** {@return the package of the service interfaces, their implementations and request factories} */
    public String services() {
        return basePackage + ".services";
    }

    /** {@return the package of the exceptions and the error factory} */
    public String errors() {
        return basePackage + ".errors";
    }

    /** {@return the package the runtime is shipped into} */
    public String core() {
        return basePackage + ".core";
    }

    /** {@return the package of the test kit, which the SDK's users compile with their tests: {@code dev.kiln.together.testing}} */
    public String testing() {
        return basePackage + ".testing";
    }

    /**
     * The constant of the test kit's class that names one operation.
     *
     * @param accessor the service's accessor, such as {@code endpoints}
     * @param method the operation's method, such as {@code listHardware}
     * @return {@code ENDPOINTS_LIST_HARDWARE}
     */
    public String operationConstant(String accessor, String method) {
        return Words.upperSnake(Words.split(accessor)) + "_" + Words.upperSnake(Words.split(method));
    }

    /** {@return the test kit's class that names each operation for a fake transport: {@code TogetherFakes}} */
    public ClassName fakes() {
        return ClassName.get(testing(), clientName + "Fakes");
    }

    /**
     * The class of an IR type: its top-level name in the models package, with the types it is nested in.
     *
     * @param id the type's id
     * @return the class
     */
    public ClassName model(TypeId id) {
        ClassName name = ClassName.get(models(), id.names().get(0));
        for (String nested : id.names().subList(1, id.names().size())) {
            name = name.nestedClass(nested);
        }
        return name;
    }

    /**
     * A class of the runtime as the SDK names it: the same simple names (and nesting), in the SDK's core package.
     *
     * @param runtimeClass the class in Kiln's runtime module ({@code dev.kiln.runtime.core})
     * @return the class in the SDK's core package
     * @throws IllegalArgumentException when the class is not one of the runtime's
     */
    public ClassName runtime(Class<?> runtimeClass) {
        return shipped(runtimeClass, RUNTIME_PACKAGE, core(), "the SDK runtime");
    }

    /**
     * A class of the test kit's fixed part, named by its class in the runtime module.
     *
     * @param testKitClass the class
     * @return the class in the SDK's testing package
     */
    public ClassName testKit(Class<?> testKitClass) {
        return shipped(testKitClass, TEST_KIT_PACKAGE, testing(), "the test kit");
    }

    /** A class of Kiln's build as it is shipped into the SDK: the same simple names, nested ones too, in another package. */
    private static ClassName shipped(Class<?> kilnClass, String kilnPackage, String sdkPackage, String part) {
        ClassName original = ClassName.get(kilnClass);
        if (!original.packageName().equals(kilnPackage)) {
            throw new IllegalArgumentException("not a class of " + part + ": " + kilnClass.getName());
        }
        List<String> simpleNames = original.simpleNames();
        ClassName shipped = ClassName.get(sdkPackage, simpleNames.get(0));
        for (String nested : simpleNames.subList(1, simpleNames.size())) {
            shipped = shipped.nestedClass(nested);
        }
        return shipped;
    }

    /**
     * The constant of the runtime's {@code Codecs} that reads and writes a scalar: {@code INT32}, {@code DATE_TIME},
     * {@code FILE_CONTENT} for binary content.
     *
     * @param kind the scalar
     * @return the constant's name
     */
    public String scalarCodec(ScalarKind kind) {
        return switch (kind) {
            case STRING -> "STRING";
            case BOOLEAN -> "BOOLEAN";
            case INT32 -> "INT32";
            case INT64 -> "INT64";
            case DOUBLE -> "DOUBLE";
            case DATE_TIME -> "DATE_TIME";
            case DATE -> "DATE";
            case BINARY -> "FILE_CONTENT";
        };
    }

    /**
     * The constant of the runtime's {@code Codecs} that reads and writes a class a mapping names, when the runtime has
     * one for it: {@code INSTANT} for {@code java.time.Instant}, {@code UUID}, {@code DECIMAL} for
     * {@code java.math.BigDecimal} ...; a class it has none for is read and written by Jackson.
     *
     * @param className the class's fully qualified name
     * @return the constant's name, or empty
     */
    public Optional<String> mappedCodec(String className) {
        return Optional.ofNullable(
                switch (className) {
                    case "java.lang.String" -> "STRING";
                    case "java.lang.Boolean" -> "BOOLEAN";
                    case "java.lang.Integer" -> "INT32";
                    case "java.lang.Long" -> "INT64";
                    case "java.lang.Double" -> "DOUBLE";
                    case "java.math.BigDecimal" -> "DECIMAL";
                    case "java.math.BigInteger" -> "BIG_INTEGER";
                    case "java.time.OffsetDateTime" -> "DATE_TIME";
                    case "java.time.LocalDate" -> "DATE";
                    case "java.time.Instant" -> "INSTANT";
                    case "java.util.UUID" -> "UUID";
                    case "java.net.URI" -> "URI";
                    default -> null;
                });
    }

    /**
     * The constant of the runtime's {@code Codecs} that reads and writes the values of an open enum: {@code INT64}
     * for integers, {@code DECIMAL} for numbers.
     *
     * @param wireType what the enum's values are on the wire
     * @return the constant's name
     */
    public String wireCodec(EnumModel.WireType wireType) {
        return switch (wireType) {
            case STRING -> "STRING";
            case INTEGER -> "INT64";
            case NUMBER -> "DECIMAL";
            case BOOLEAN -> "BOOLEAN";
        };
    }

    /**
     * The accessor of an open enum that gives its value as sent on the wire, typed: {@code asString},
     * {@code asLong}, {@code asDecimal} or {@code asBoolean}. Constants are upper-case, so none takes it.
     *
     * @param wireType what the enum's values are on the wire
     * @return the accessor's name
     */
    public String wireValueAccessor(EnumModel.WireType wireType) {
        return switch (wireType) {
            case STRING -> "asString";
            case INTEGER -> "asLong";
            case NUMBER -> "asDecimal";
            case BOOLEAN -> "asBoolean";
        };
    }

    /** {@return the client class, named after the spec's title or as configured: {@code Together}} */
    public ClassName client() {
        return ClassName.get(basePackage, clientName);
    }

    /** {@return the client's asynchronous view, whose services answer with futures: {@code TogetherAsync}} */
    public ClassName asyncClient() {
        return ClassName.get(basePackage, clientName + "Async");
    }

    /**
     * The package-private class the parameters classes of several operations extend, holding the accessors and
     * setters they share: {@code Abstract} and the words all their names begin and end with
     * ({@code AbstractConnectCoreV1NamespacedPodAttachParams} for {@code ConnectCoreV1GetNamespacedPodAttachParams}
     * and {@code ConnectCoreV1PostNamespacedPodAttachParams}); when they begin differently, or another class of the
     * models package has that name (compared ignoring case, as some file systems do), the first one's whole name
     * after {@code Abstract}, and then that with a number from 2.
     *
     * @param users the parameters classes that share it, in spec order
     * @param taken whether a name, in lower case, is taken in the models package
     * @return the class
     */
    public ClassName sharedParams(List<ClassName> users, Predicate<String> taken) {
        List<List<String>> names =
                users.stream().map(user -> Words.split(user.simpleName())).toList();
        List<String> first = names.get(0);
        int prefix = first.size();
        int suffix = first.size();
        for (List<String> words : names) {
            prefix = Math.min(prefix, commonWords(first, words, true));
            suffix = Math.min(suffix, commonWords(first, words, false));
        }
        String whole = "Abstract" + users.get(0).simpleName();
        String name = prefix == 0 || prefix + suffix >= first.size()
                ? whole
                : "Abstract" + String.join("", first.subList(0, prefix))
                        + String.join("", first.subList(first.size() - suffix, first.size()));
        if (taken.test(name.toLowerCase(Locale.ROOT))) {
            name = whole;
        }
        for (int n = 2; taken.test(name.toLowerCase(Locale.ROOT)); n++) {
            name = whole + n;
        }
        return ClassName.get(models(), name);
    }

    /** How many words two names have in common at their start, or at their end. */
    private static int commonWords(List<String> a, List<String> b, boolean atStart) {
        int same = 0;
        while (same < a.size()
                && same < b.size()
                && (atStart
                        ? a.get(same).equals(b.get(same))
                        : a.get(a.size() - 1 - same).equals(b.get(b.size() - 1 - same)))) {
            same++;
        }
        return same;
    }

    /**
     * The builder nested in a model, a params type or the client.
     *
     * @param owner the class that builds with it
     * @return {@code Owner.Builder}
     */
    public ClassName builder(ClassName owner) {
        return owner.nestedClass(ReservedNames.BUILDER_TYPE);
    }

    /**
     * The Java enum of the known values nested in an open enum, to {@code switch} on.
     *
     * @param openEnum the open enum's class
     * @return {@code OpenEnum.Value}
     */
    public ClassName knownValues(ClassName openEnum) {
        return openEnum.nestedClass(ReservedNames.KNOWN_VALUES_TYPE);
    }

    /**
     * The blocking interface of a service, named by the symbol table: {@code EndpointsService}.
     *
     * @param service the service
     * @return the interface
     */
    public ClassName serviceInterface(Service service) {
        return ClassName.get(services(), service.typeName());
    }

    /**
     * The asynchronous interface of a service: {@code EndpointsServiceAsync}.
     *
     * @param service the service
     * @return the interface
     */
    public ClassName asyncServiceInterface(Service service) {
        return ClassName.get(services(), service.typeName() + "Async");
    }

    /**
     * The implementation of a service's blocking interface: {@code EndpointsServiceImpl}.
     *
     * @param service the service
     * @return the class
     */
    public ClassName serviceImplementation(Service service) {
        return ClassName.get(services(), service.typeName() + "Impl");
    }

    /**
     * The implementation of a service's asynchronous interface: {@code EndpointsServiceAsyncImpl}.
     *
     * @param service the service
     * @return the class
     */
    public ClassName asyncServiceImplementation(Service service) {
        return ClassName.get(services(), service.typeName() + "AsyncImpl");
    }

    /**
     * The view of a service interface that answers with the raw response: {@code EndpointsService.WithRawResponse}.
     *
     * @param serviceInterface the blocking or asynchronous interface
     * @return the nested interface
     */
    public ClassName rawResponseView(ClassName serviceInterface) {
        return serviceInterface.nestedClass(RAW_VIEW);
    }

    /**
     * The implementation of a raw-response view, nested in the service's implementation:
     * {@code EndpointsServiceImpl.WithRawResponseImpl}.
     *
     * @param serviceImplementation the blocking or asynchronous implementation
     * @return the nested class
     */
    public ClassName rawResponseViewImplementation(ClassName serviceImplementation) {
        return serviceImplementation.nestedClass(RAW_VIEW + "Impl");
    }

    /**
     * The class that builds the request of each of a service's calls, shared by all its flavours:
     * {@code EndpointsService} gives {@code EndpointsRequests}.
     *
     * @param service the service
     * @return the class
     */
    public ClassName requests(Service service) {
        return ClassName.get(services(), service.typeName().replaceFirst("Service$", "") + "Requests");
    }

    /** {@return the root of the SDK's exceptions: {@code TogetherException}} */
    public ClassName baseException() {
        return ClassName.get(errors(), baseException);
    }

    /** {@return the exception for a non-2xx answer, the status exceptions' parent: {@code TogetherServiceException}} */
    public ClassName serviceException() {
        return ClassName.get(errors(), serviceException);
    }

    /** {@return the exception for a network failure: {@code TogetherIoException}} */
    public ClassName ioException() {
        return ClassName.get(errors(), ioException);
    }

    /** {@return the exception for a call that timed out: {@code TogetherTimeoutException}} */
    public ClassName timeoutException() {
        return ClassName.get(errors(), timeoutException);
    }

    /** {@return the exception for a 2xx body that does not parse: {@code TogetherInvalidResponseException}} */
    public ClassName invalidResponseException() {
        return ClassName.get(errors(), invalidResponseException);
    }

    /** {@return the one class that maps failed calls to exceptions: {@code TogetherErrorFactory}} */
    public ClassName errorFactory() {
        return ClassName.get(errors(), errorFactory);
    }

    /**
     * The exception for one status class, or for an error event: {@link StatusError#NOT_FOUND} gives
     * {@code NotFoundException}.
     *
     * @param error the status class
     * @return the exception
     */
    public ClassName statusException(StatusError error) {
        return ClassName.get(errors(), statusErrors.get(error));
    }

    /**
     * The environment variable the client's {@code fromEnv()} reads the API key from.
     *
     * @param environmentPrefix the API's prefix, such as {@code TOGETHER}
     * @return {@code TOGETHER_API_KEY}
     */
    public String apiKeyVariable(String environmentPrefix) {
        return environmentPrefix + "_API_KEY";
    }

    /**
     * The environment variable the client's {@code fromEnv()} reads the base URL from.
     *
     * @param environmentPrefix the API's prefix, such as {@code TOGETHER}
     * @return {@code TOGETHER_BASE_URL}
     */
    public String baseUrlVariable(String environmentPrefix) {
        return environmentPrefix + "_BASE_URL";
    }

    /**
     * The environment variable the client's {@code fromEnv()} reads one more credential from.
     *
     * @param environmentPrefix the API's prefix, such as {@code TOGETHER}
     * @param credential the credential in upper snake case, such as {@code CLIENT_SECRET}
     * @return {@code TOGETHER_CLIENT_SECRET}
     */
    public String credentialVariable(String environmentPrefix, String credential) {
        return environmentPrefix + "_" + credential;
    }

    /**
     * The Java system property the client reads one more credential from, when its variable is not set.
     *
     * @param credential the builder's setting, such as {@code clientSecret}
     * @return {@code together.clientSecret}
     */
    public String credentialProperty(String credential) {
        return propertyPrefix() + "." + credential;
    }

    /** {@return the Java system property the client reads the API key from, when the variable is not set: {@code together.apiKey}} */
    public String apiKeyProperty() {
        return propertyPrefix() + ".apiKey";
    }

    /** {@return the Java system property the client reads the base URL from, when the variable is not set: {@code together.baseUrl}} */
    public String baseUrlProperty() {
        return propertyPrefix() + ".baseUrl";
    }

    private String propertyPrefix() {
        return clientName.toLowerCase(Locale.ROOT);
    }
}
