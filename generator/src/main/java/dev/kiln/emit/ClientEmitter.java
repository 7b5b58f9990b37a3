package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.Api;
import dev.kiln.ir.Service;
import java.net.http.HttpClient;
import java.time.Duration;
import javax.lang.model.element.Modifier;

/**
 * Emits the client class users start from: {@code Together.builder().apiKey(key).build()} or
 * {@code Together.fromEnv()}, with one accessor per service.
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
        ClassName self = layout.client();
        ClassName builder = self.nestedClass("Builder");
        ClassName options = layout.core("ClientOptions");
        String apiKeyVariable = api.environmentPrefix() + "_API_KEY";
        String baseUrlVariable = api.environmentPrefix() + "_BASE_URL";

        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc("The client for $L.\n\n<pre>{@code\n$L client = $L.builder().apiKey(key).build();\n}</pre>\n"
                        + "\n<p>Thread-safe: build one and share it.\n", Javadoc.sanitize(api.title()), self.simpleName(), self.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(FieldSpec.builder(String.class, "DEFAULT_BASE_URL", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The base URL used when none is set: the spec's first server.\n")
                        .initializer("$S", api.defaultBaseUrl())
                        .build())
                .addField(FieldSpec.builder(String.class, "API_KEY_VARIABLE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The environment variable {@link #fromEnv()} reads the API key from.\n")
                        .initializer("$S", apiKeyVariable)
                        .build())
                .addField(FieldSpec.builder(String.class, "BASE_URL_VARIABLE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The environment variable {@link #fromEnv()} reads the base URL from, when set.\n")
                        .initializer("$S", baseUrlVariable)
                        .build())
                .addField(options, "options", Modifier.PRIVATE, Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(options, "options")
                .addStatement("this.options = options")
                .addStatement("$T http = new $T(options, new $T())", layout.core("HttpExecutor"), layout.core("HttpExecutor"), errors.factoryName());
        for (Service service : api.services()) {
            ClassName serviceType = services.interfaceName(service);
            type.addField(serviceType, service.accessorName(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$N = new $T(http)", service.accessorName(), services.implementationName(service));
            type.addMethod(MethodSpec.methodBuilder(service.accessorName())
                    .addJavadoc("Returns the {@code $L} resource.\n\n@return the service\n", service.accessorName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(serviceType)
                    .addStatement("return $N", service.accessorName())
                    .build());
        }
        ClassName async = asyncName();
        type.addField(async, "async", Modifier.PRIVATE, Modifier.FINAL);
        constructor.addStatement("this.async = new $T(http)", async);
        type.addMethod(MethodSpec.methodBuilder("async")
                .addJavadoc("Returns this client's calls as {@link java.util.concurrent.CompletableFuture}s, sharing its "
                        + "options and connections.\n\n@return the asynchronous view\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(async)
                .addStatement("return async")
                .build());
        type.addMethod(constructor.build());
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("Starts configuring a client.\n\n@return a new builder\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new Builder()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("fromEnv")
                .addJavadoc("Creates a client configured from the environment: {@code $L} and, when set, {@code $L}.\n\n@return the client\n",
                        apiKeyVariable, baseUrlVariable)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addStatement("return builder().fromEnv().build()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("options")
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
        return ClassName.get(layout.basePackage(), layout.clientName() + "Async");
    }

    /** Emits the asynchronous view: one accessor per service, each returning futures. */
    TypeSpec emitAsync(Api api) {
        ClassName self = asyncName();
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc("The calls of {@link $T} as {@link java.util.concurrent.CompletableFuture}s: "
                        + "{@code client.async().$L()}.\n", layout.client(), api.services().isEmpty() ? "service" : api.services().get(0).accessorName())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addParameter(layout.core("HttpExecutor"), "http");
        for (Service service : api.services()) {
            ClassName serviceType = services.asyncInterfaceName(service);
            type.addField(serviceType, service.accessorName(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$N = new $T(http)", service.accessorName(), services.asyncImplementationName(service));
            type.addMethod(MethodSpec.methodBuilder(service.accessorName())
                    .addJavadoc("Returns the {@code $L} resource.\n\n@return the service\n", service.accessorName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(serviceType)
                    .addStatement("return $N", service.accessorName())
                    .build());
        }
        return type.addMethod(constructor.build()).build();
    }

    private TypeSpec builder(Api api, ClassName self, ClassName builder, ClassName options, String apiKeyVariable, String baseUrlVariable) {
        return TypeSpec.classBuilder(builder)
                .addJavadoc("Configures a {@code $L}.\n", self.simpleName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addField(FieldSpec.builder(options.nestedClass("Builder"), "options", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("$T.builder()\n.baseUrl(DEFAULT_BASE_URL)\n.authScheme($S, $S)\n.userAgent($S + $T.version().feature())",
                                options, api.auth().header(), api.auth().prefix(), self.simpleName() + "-Java Kiln/" + layout.generatorVersion() + " Java/", Runtime.class)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(setter(builder, "apiKey", ClassName.get(String.class), "the API key, sent as {@code " + api.auth().header() + "}"))
                .addMethod(setter(builder, "baseUrl", ClassName.get(String.class), "the base URL, for example {@code " + Javadoc.sanitize(api.defaultBaseUrl()) + "}"))
                .addMethod(setter(builder, "httpClient", ClassName.get(HttpClient.class), "the HTTP client to send requests with"))
                .addMethod(setter(builder, "timeout", ClassName.get(Duration.class), "the whole-request timeout"))
                .addMethod(setter(builder, "connectTimeout", ClassName.get(Duration.class), "the connect timeout of the default HTTP client"))
                .addMethod(setter(builder, "maxRetries", TypeName.INT, "how many times a failed call is retried (default 2; 0 disables retries)"))
                .addMethod(setter(builder, "validateResponses", TypeName.BOOLEAN,
                        "whether every response is validated when it arrives (required fields, literals) instead of when a field is first read"))
                .addMethod(setter(builder, "logRequests", TypeName.BOOLEAN,
                        "whether each request's method, URL, status and time are logged through {@link System.Logger}; never headers, bodies or the API key"))
                .addMethod(setter(builder, "sleeper", layout.core("Sleeper"), "how the client waits between retries; tests pass one that does not really wait"))
                .addMethod(setter(builder, "clock", ClassName.get(java.time.Clock.class), "the clock that {@code Retry-After} dates are measured against"))
                .addMethod(MethodSpec.methodBuilder("header")
                        .addJavadoc("Adds a header sent with every request.\n\n@param name the header's name\n@param value its value\n@return this builder\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addParameter(String.class, "name")
                        .addParameter(String.class, "value")
                        .addStatement("options.header(name, value)")
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("fromEnv")
                        .addJavadoc("Reads {@code $L} and, when set, {@code $L} from the environment.\n\n@return this builder\n", apiKeyVariable, baseUrlVariable)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addStatement("String apiKey = System.getenv(API_KEY_VARIABLE)")
                        .beginControlFlow("if (apiKey != null)")
                        .addStatement("options.apiKey(apiKey)")
                        .endControlFlow()
                        .addStatement("String baseUrl = System.getenv(BASE_URL_VARIABLE)")
                        .beginControlFlow("if (baseUrl != null && !baseUrl.isBlank())")
                        .addStatement("options.baseUrl(baseUrl)")
                        .endControlFlow()
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("build")
                        .addJavadoc("Builds the client.\n\n@return the client\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(self)
                        .addStatement("return new $T(options.build())", self)
                        .build())
                .build();
    }

    private static MethodSpec setter(ClassName builder, String name, TypeName type, String what) {
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
