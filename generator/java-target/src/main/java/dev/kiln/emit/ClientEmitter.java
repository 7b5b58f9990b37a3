package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.Api;
import dev.kiln.ir.Service;
import dev.kiln.naming.ReservedNames;
import dev.kiln.runtime.core.ClientOptions;
import dev.kiln.runtime.core.HttpExecutor;
import dev.kiln.runtime.core.HttpLogging;
import dev.kiln.runtime.core.Interceptor;
import dev.kiln.runtime.core.Sleeper;
import dev.kiln.runtime.core.Transport;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;
import javax.net.ssl.SSLContext;

/**
 * Emits the client class users start from: {@code Together.builder().apiKey(key).build()} or
 * {@code Together.fromEnv()}, with one accessor per service, {@code withOptions(...)} to derive a client that shares
 * the connections, and {@code close()}.
 */
final class ClientEmitter {
    private final SdkLayout layout;
    private final ServiceEmitter services;
    private final ErrorsEmitter errors;

    ClientEmitter(SdkLayout layout, ServiceEmitter services, ErrorsEmitter errors) {
        this.layout = layout;
        this.services = services;
        this.errors = errors;
    }

    TypeSpec emit(Api api) {
        ClassName self = layout.names().client();
        ClassName builder = layout.names().builder(self);
        ClassName options = layout.runtime(ClientOptions.class);
        String apiKeyVariable = layout.names().apiKeyVariable(api.environmentPrefix());
        String baseUrlVariable = layout.names().baseUrlVariable(api.environmentPrefix());

        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc(
                        "The client for $L.\n\n<pre>{@code\n$L client = $L.builder().apiKey(key).build();\n}</pre>\n"
                                + "\n<p>Thread-safe: build one and share it; {@link #withOptions} derives clients with other settings that "
                                + "share its connections. Close it to release the threads it started.\n",
                        Javadoc.sanitize(api.title()),
                        self.simpleName(),
                        self.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(AutoCloseable.class)
                .addField(FieldSpec.builder(
                                String.class, "DEFAULT_BASE_URL", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The base URL used when none is set: the spec's first server.\n")
                        .initializer("$S", api.defaultBaseUrl())
                        .build())
                .addField(FieldSpec.builder(
                                String.class, "API_KEY_VARIABLE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The environment variable {@link #fromEnv()} reads the API key from.\n")
                        .initializer("$S", apiKeyVariable)
                        .build())
                .addField(FieldSpec.builder(
                                String.class, "BASE_URL_VARIABLE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The environment variable {@link #fromEnv()} reads the base URL from, when set.\n")
                        .initializer("$S", baseUrlVariable)
                        .build())
                .addField(FieldSpec.builder(
                                String.class, "API_KEY_PROPERTY", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc(
                                "The Java system property {@link #fromEnv()} reads the API key from when {@link #API_KEY_VARIABLE} is not set.\n")
                        .initializer("$S", layout.names().apiKeyProperty())
                        .build())
                .addField(FieldSpec.builder(
                                String.class, "BASE_URL_PROPERTY", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc(
                                "The Java system property {@link #fromEnv()} reads the base URL from when {@link #BASE_URL_VARIABLE} is not set.\n")
                        .initializer("$S", layout.names().baseUrlProperty())
                        .build())
                .addField(options, ReservedNames.OPTIONS, Modifier.PRIVATE, Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(options, ReservedNames.OPTIONS)
                .addStatement("this.options = options")
                .addStatement(
                        "$T http = new $T(options, new $T())",
                        layout.runtime(HttpExecutor.class),
                        layout.runtime(HttpExecutor.class),
                        errors.factoryName());
        for (Service service : api.topLevelServices()) {
            ClassName serviceType = services.interfaceName(service, ServiceFlavor.BLOCKING);
            type.addField(serviceType, service.accessorName(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement(
                    "this.$N = new $T(http)",
                    service.accessorName(),
                    services.implementationName(service, ServiceFlavor.BLOCKING));
            type.addMethod(MethodSpec.methodBuilder(service.accessorName())
                    .addJavadoc("Returns the {@code $L} resource.\n\n@return the service\n", service.accessorName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(serviceType)
                    .addStatement("return $N", service.accessorName())
                    .build());
        }
        ClassName async = asyncName();
        type.addField(async, ReservedNames.ASYNC, Modifier.PRIVATE, Modifier.FINAL);
        constructor.addStatement("this.async = new $T(http)", async);
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.ASYNC)
                .addJavadoc(
                        "Returns this client's calls as {@link java.util.concurrent.CompletableFuture}s, sharing its "
                                + "options and connections.\n\n@return the asynchronous view\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(async)
                .addStatement("return async")
                .build());
        type.addMethod(constructor.build());
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.BUILDER)
                .addJavadoc("Starts configuring a client.\n\n@return a new builder\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new Builder()")
                .build());
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.FROM_ENV)
                .addJavadoc(
                        "Creates a client configured from the environment: {@code $L} and, when set, {@code $L}; for each one "
                                + "not set, the Java system property {@code $L} or {@code $L}.\n\n@return the client\n",
                        apiKeyVariable,
                        baseUrlVariable,
                        layout.names().apiKeyProperty(),
                        layout.names().baseUrlProperty())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addStatement("return builder().fromEnv().build()")
                .build());
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.WITH_OPTIONS)
                .addJavadoc(
                        "Returns a client with these options changed, sharing this client's connections (unless the change "
                                + "sets another HTTP client, or the connect timeout, proxy, TLS context or executor of the one the SDK "
                                + "builds):\n\n<pre>{@code\nclient.withOptions(b -> b.timeout(Duration.ofSeconds(5)).maxRetries(0))\n}</pre>\n"
                                + "\n<p>Closing this client closes the clients derived from it that share its connections; closing a derived "
                                + "client leaves this one open.\n\n@param modifier changes a builder holding this client's options\n"
                                + "@return the new client\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), builder), "modifier")
                .addStatement("$T builder = new $T(options.toBuilder())", builder, builder)
                .addStatement("modifier.accept(builder)")
                .addStatement("return builder.build()")
                .build());
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.CLOSE)
                .addJavadoc(
                        "Closes this client: later calls fail with {@link IllegalStateException}, and the threads the SDK "
                                + "started for its HTTP client stop. An HTTP client or executor passed to the builder is left alone. "
                                + "Closing again does nothing.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addStatement("options.close()")
                .build());
        type.addMethod(MethodSpec.methodBuilder(ReservedNames.OPTIONS)
                .addJavadoc("Returns the options this client was built with.\n\n@return the options\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(options)
                .addStatement("return options")
                .build());
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $S + options + $S", self.simpleName() + "{", "}")
                .build());
        type.addType(builder(api, self, builder, options, apiKeyVariable, baseUrlVariable));
        return type.build();
    }

    /** The asynchronous view of the client, such as {@code TogetherAsync}. */
    ClassName asyncName() {
        return layout.names().asyncClient();
    }

    /** Emits the asynchronous view: one accessor per service, each returning futures. */
    TypeSpec emitAsync(Api api) {
        ClassName self = asyncName();
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc(
                        "The calls of {@link $T} as {@link java.util.concurrent.CompletableFuture}s: "
                                + "{@code client.async().$L()}.\n",
                        layout.names().client(),
                        api.topLevelServices().isEmpty()
                                ? "service"
                                : api.topLevelServices().get(0).accessorName())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        MethodSpec.Builder constructor =
                MethodSpec.constructorBuilder().addParameter(layout.runtime(HttpExecutor.class), ReservedNames.HTTP);
        for (Service service : api.topLevelServices()) {
            ClassName serviceType = services.interfaceName(service, ServiceFlavor.ASYNC);
            type.addField(serviceType, service.accessorName(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement(
                    "this.$N = new $T(http)",
                    service.accessorName(),
                    services.implementationName(service, ServiceFlavor.ASYNC));
            type.addMethod(MethodSpec.methodBuilder(service.accessorName())
                    .addJavadoc("Returns the {@code $L} resource.\n\n@return the service\n", service.accessorName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(serviceType)
                    .addStatement("return $N", service.accessorName())
                    .build());
        }
        return type.addMethod(constructor.build()).build();
    }

    private TypeSpec builder(
            Api api,
            ClassName self,
            ClassName builder,
            ClassName options,
            String apiKeyVariable,
            String baseUrlVariable) {
        CodeBlock.Builder defaults = CodeBlock.builder()
                .add(
                        "$T.builder()\n.baseUrl(DEFAULT_BASE_URL)\n.authScheme($S, $S)\n.userAgent($S + $T.version().feature())",
                        options,
                        api.auth().header(),
                        api.auth().prefix(),
                        self.simpleName() + "-Java Kiln/" + layout.generatorVersion() + " Java/",
                        Runtime.class);
        api.idempotencyHeader().ifPresent(header -> defaults.add("\n.idempotencyHeader($S)", header));
        AuthSettings auth = new AuthSettings(layout, api);
        defaults.add(auth.defaults());
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc("Configures a {@code $L}.\n", self.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addField(FieldSpec.builder(
                                options.nestedClass(ReservedNames.BUILDER_TYPE),
                                "options",
                                Modifier.PRIVATE,
                                Modifier.FINAL)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addStatement("this($L)", defaults.build())
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(options.nestedClass(ReservedNames.BUILDER_TYPE), "options")
                        .addStatement("this.options = options")
                        .build())
                .addMethod(setter(
                        builder, "apiKey", ClassName.get(String.class), "the API key, sent in " + auth.keyPlace()))
                .addMethods(auth.methods(builder))
                .addMethod(setter(
                        builder,
                        "baseUrl",
                        ClassName.get(String.class),
                        "the base URL, for example {@code " + Javadoc.sanitize(api.defaultBaseUrl()) + "}"))
                .addMethod(setter(
                        builder,
                        "httpClient",
                        ClassName.get(HttpClient.class),
                        "the HTTP client to send requests with"))
                .addMethod(setter(
                        builder,
                        "transport",
                        layout.runtime(Transport.class),
                        "the transport every call is sent through, in place of {@code java.net.http}, such as one on the "
                                + "HTTP client the application already uses; the SDK never closes it"))
                .addMethod(MethodSpec.methodBuilder("interceptor")
                        .addJavadoc(
                                "Adds an interceptor every call goes through, after those added before it: to log, trace, "
                                        + "measure, sign or change requests and responses.\n\n@param interceptor the "
                                        + "interceptor\n@return this builder\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addParameter(layout.runtime(Interceptor.class), "interceptor")
                        .addStatement("options.interceptor(interceptor)")
                        .addStatement("return this")
                        .build())
                .addMethod(setter(
                        builder,
                        "logging",
                        layout.runtime(HttpLogging.class),
                        "what the built-in logging hook writes through {@link System.Logger} (method, URL, status, time, "
                                + "attempt; headers and bodies when asked, secrets hidden), or null to log nothing"))
                .addMethod(setter(builder, "timeout", ClassName.get(Duration.class), "the whole-request timeout"))
                .addMethod(setter(
                        builder,
                        "connectTimeout",
                        ClassName.get(Duration.class),
                        "the connect timeout of the default HTTP client"))
                .addMethod(setter(
                        builder,
                        "maxRetries",
                        TypeName.INT,
                        "how many times a failed call is retried (default 2; 0 disables retries)"))
                .addMethod(
                        setter(
                                builder,
                                "maxResponseBytes",
                                TypeName.INT,
                                "the most bytes a response body read whole may have (default 128 MiB); a larger one fails the call as an invalid response"))
                .addMethod(
                        setter(
                                builder,
                                "proxy",
                                ClassName.get(ProxySelector.class),
                                "the proxy of the HTTP client the SDK builds, such as {@code ProxySelector.of(new InetSocketAddress(host, port))}"))
                .addMethod(
                        setter(
                                builder,
                                "sslContext",
                                ClassName.get(SSLContext.class),
                                "the TLS context of the HTTP client the SDK builds, for a private certificate authority or a client certificate"))
                .addMethod(setter(
                        builder,
                        "executor",
                        ClassName.get(Executor.class),
                        "the executor the HTTP client the SDK builds runs on, which the SDK never shuts down; unless set, the SDK starts "
                                + "its own daemon threads and stops them on {@code close()}"))
                .addMethod(setter(
                        builder,
                        "streamReadTimeout",
                        ClassName.get(Duration.class),
                        "how long a streamed body (an event stream, a binary answer) may go without a byte arriving before reading it "
                                + "fails with a timeout (default: no limit)"))
                .addMethod(setter(
                        builder,
                        "idempotencyHeader",
                        ClassName.get(String.class),
                        "the header that carries an idempotency key: every {@code POST} then sends a fresh key, the same on each "
                                + "retry of one call, unless the caller set the header; null sends none"))
                .addMethod(setter(
                        builder,
                        "validateResponses",
                        TypeName.BOOLEAN,
                        "whether every response is validated when it arrives (required fields, types, literals), failing the call, instead of "
                                + "when a field is first read; a call's RequestOptions override it"))
                .addMethod(
                        setter(
                                builder,
                                "logRequests",
                                TypeName.BOOLEAN,
                                "whether each attempt's method, URL, status and time are logged through {@link System.Logger}, as {@code logging(HttpLogging.basic())} does; never headers, bodies or the API key"))
                .addMethod(setter(
                        builder,
                        "sleeper",
                        layout.runtime(Sleeper.class),
                        "how the client waits between retries; tests pass one that does not really wait"))
                .addMethod(setter(
                        builder,
                        "clock",
                        ClassName.get(java.time.Clock.class),
                        "the clock that {@code Retry-After} dates are measured against"))
                .addMethod(MethodSpec.methodBuilder("header")
                        .addJavadoc(
                                "Adds a header sent with every request.\n\n@param name the header's name\n@param value its value\n@return this builder\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addParameter(String.class, "name")
                        .addParameter(String.class, "value")
                        .addStatement("options.header(name, value)")
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder(ReservedNames.FROM_ENV)
                        .addJavadoc(
                                "Reads {@code $L} and, when set, {@code $L} from the environment; for each one not set, the Java "
                                        + "system property {@link #API_KEY_PROPERTY} or {@link #BASE_URL_PROPERTY}$L: the environment wins.\n\n"
                                        + "@return this builder\n",
                                apiKeyVariable,
                                baseUrlVariable,
                                auth.variables())
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addStatement("String apiKey = System.getenv(API_KEY_VARIABLE)")
                        .beginControlFlow("if (apiKey == null)")
                        .addStatement("apiKey = System.getProperty(API_KEY_PROPERTY)")
                        .endControlFlow()
                        .beginControlFlow("if (apiKey != null)")
                        .addStatement("options.apiKey(apiKey)")
                        .endControlFlow()
                        .addStatement("String baseUrl = System.getenv(BASE_URL_VARIABLE)")
                        .beginControlFlow("if (baseUrl == null || baseUrl.isBlank())")
                        .addStatement("baseUrl = System.getProperty(BASE_URL_PROPERTY)")
                        .endControlFlow()
                        .beginControlFlow("if (baseUrl != null && !baseUrl.isBlank())")
                        .addStatement("options.baseUrl(baseUrl)")
                        .endControlFlow()
                        .addCode(auth.fromEnv())
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder(ReservedNames.BUILD)
                        .addJavadoc("Builds the client.\n\n@return the client\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(self)
                        .addStatement("return new $T(options.build())", self)
                        .build());
        auth.settingReader().ifPresent(type::addMethod);
        return type.build();
    }

    /** A builder method that hands one option to the runtime's options: {@code options.timeout(timeout)}. */
    static MethodSpec setter(ClassName builder, String name, TypeName type, String what) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc("Sets $L.\n\n@param $N the value\n@return this builder\n", what, name)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(type, name)
                .addStatement("options.$N($N)", name, name)
                .addStatement("return this")
                .build();
    }
}
