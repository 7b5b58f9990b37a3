package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.kiln.ir.Api;
import dev.kiln.ir.AuthScheme;
import dev.kiln.runtime.core.ClientOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * The client builder's settings for the credentials the spec declares (beyond the API key every client takes): where
 * the key goes, a token supplier, HTTP Basic, OAuth2 client credentials, and the environment variables
 * {@code fromEnv()} reads them from.
 */
final class AuthSettings {
    private final SdkLayout layout;
    private final Api api;
    private final Optional<AuthScheme> key;
    private final Optional<AuthScheme.Basic> basic;
    private final Optional<AuthScheme.OAuth2ClientCredentials> oauth2;

    AuthSettings(SdkLayout layout, Api api) {
        this.layout = layout;
        this.api = api;
        List<AuthScheme> schemes = api.auth().schemes();
        this.key = schemes.stream()
                .filter(scheme -> scheme instanceof AuthScheme.Bearer || scheme instanceof AuthScheme.ApiKey)
                .findFirst();
        this.basic = schemes.stream()
                .filter(AuthScheme.Basic.class::isInstance)
                .map(AuthScheme.Basic.class::cast)
                .findFirst();
        this.oauth2 = schemes.stream()
                .filter(AuthScheme.OAuth2ClientCredentials.class::isInstance)
                .map(AuthScheme.OAuth2ClientCredentials.class::cast)
                .findFirst();
    }

    /** What the builder's options start with beyond the key's header: where a key in the query or a cookie goes. */
    CodeBlock defaults() {
        CodeBlock.Builder defaults = CodeBlock.builder();
        if (key.isPresent()
                && key.get() instanceof AuthScheme.ApiKey apiKey
                && apiKey.location() != AuthScheme.Location.HEADER) {
            defaults.add(
                    "\n.keyLocation($T.KeyLocation.$L, $S, $S)",
                    layout.runtime(ClientOptions.class),
                    apiKey.location().name(),
                    apiKey.parameter(),
                    "");
        }
        oauth2.ifPresent(flow -> defaults.add("\n.tokenUrl($S)", tokenUrl(flow)));
        return defaults.build();
    }

    /** Where the API key goes, for the {@code apiKey} setter's Javadoc. */
    String keyPlace() {
        if (key.isPresent() && key.get() instanceof AuthScheme.ApiKey apiKey) {
            return switch (apiKey.location()) {
                case HEADER -> "the header {@code " + apiKey.parameter() + "}";
                case QUERY -> "the query parameter {@code " + apiKey.parameter() + "}";
                case COOKIE -> "the cookie {@code " + apiKey.parameter() + "}";
            };
        }
        return "{@code " + api.auth().header() + "}";
    }

    /** The builder's settings for each kind of credential the spec declares, beyond {@code apiKey}. */
    List<MethodSpec> methods(ClassName builder) {
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(MethodSpec.methodBuilder("tokenSupplier")
                .addJavadoc(
                        "Asks a supplier for the token on every attempt, sent where the API key goes ($L), in place of a "
                                + "fixed key: {@code tokenSupplier(vault::currentToken)}. After a 401 it is asked again, and "
                                + "the call retried once when it gives another token.\n\n@param tokenSupplier gives the token\n"
                                + "@return this builder\n",
                        keyPlace())
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(ParameterizedTypeName.get(Supplier.class, String.class), "tokenSupplier")
                .addStatement("options.tokenSupplier(tokenSupplier)")
                .addStatement("return this")
                .build());
        if (basic.isPresent()) {
            methods.add(MethodSpec.methodBuilder("basicAuth")
                    .addJavadoc("Sends HTTP Basic credentials with every call.\n\n@param username the user name\n"
                            + "@param password the password\n@return this builder\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(String.class, "username")
                    .addParameter(String.class, "password")
                    .addStatement("options.basicAuth(username, password)")
                    .addStatement("return this")
                    .build());
        }
        if (oauth2.isPresent()) {
            methods.add(ClientEmitter.setter(
                    builder,
                    "clientId",
                    ClassName.get(String.class),
                    "the OAuth2 client id: with the secret, the client fetches its own tokens (client-credentials grant), "
                            + "keeps them, fetches the next one before one expires, and after a 401 fetches a fresh one and "
                            + "retries once"));
            methods.add(ClientEmitter.setter(
                    builder, "clientSecret", ClassName.get(String.class), "the OAuth2 client secret"));
            methods.add(ClientEmitter.setter(
                    builder,
                    "tokenUrl",
                    ClassName.get(String.class),
                    "the OAuth2 token endpoint (default {@code " + Javadoc.sanitize(tokenUrl(oauth2.get())) + "})"));
            methods.add(ClientEmitter.setter(
                    builder,
                    "scopes",
                    ParameterizedTypeName.get(List.class, String.class),
                    "the OAuth2 scopes a token is asked for (none unless set: the server's default)"
                            + (oauth2.get().scopes().isEmpty()
                                    ? ""
                                    : "; the spec declares "
                                            + Javadoc.sanitize(String.join(
                                                    ", ", oauth2.get().scopes())))));
        }
        return methods;
    }

    /** The credentials {@code fromEnv()} reads beyond the API key and the base URL, for its Javadoc. */
    String variables() {
        List<String> variables = new ArrayList<>();
        basic.ifPresent(b -> {
            variables.add(variable("USERNAME"));
            variables.add(variable("PASSWORD"));
        });
        oauth2.ifPresent(flow -> {
            variables.add(variable("CLIENT_ID"));
            variables.add(variable("CLIENT_SECRET"));
        });
        return variables.isEmpty()
                ? ""
                : "; and {@code " + String.join("}, {@code ", variables)
                        + "} (or the system properties of the builder's setting's name, such as {@code "
                        + layout.names().credentialProperty(basic.isPresent() ? "username" : "clientId") + "})";
    }

    /** The statements of {@code fromEnv()} that read those credentials. */
    CodeBlock fromEnv() {
        CodeBlock.Builder code = CodeBlock.builder();
        if (basic.isPresent()) {
            code.addStatement("String username = setting($S, $S)", variable("USERNAME"), property("username"))
                    .beginControlFlow("if (username != null)")
                    .addStatement(
                            "options.basicAuth(username, $T.requireNonNullElse(setting($S, $S), $S))",
                            java.util.Objects.class,
                            variable("PASSWORD"),
                            property("password"),
                            "")
                    .endControlFlow();
        }
        if (oauth2.isPresent()) {
            code.addStatement("String clientId = setting($S, $S)", variable("CLIENT_ID"), property("clientId"))
                    .beginControlFlow("if (clientId != null)")
                    .addStatement("options.clientId(clientId)")
                    .addStatement(
                            "options.clientSecret(setting($S, $S))",
                            variable("CLIENT_SECRET"),
                            property("clientSecret"))
                    .endControlFlow();
        }
        return code.build();
    }

    /** The builder's helper that reads a variable, else a system property; only when {@code fromEnv()} needs it. */
    Optional<MethodSpec> settingReader() {
        if (basic.isEmpty() && oauth2.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(MethodSpec.methodBuilder("setting")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(String.class, "variable")
                .addParameter(String.class, "property")
                .addStatement("String value = System.getenv(variable)")
                .addStatement("return value != null ? value : System.getProperty(property)")
                .build());
    }

    private String variable(String credential) {
        return layout.names().credentialVariable(api.environmentPrefix(), credential);
    }

    private String property(String setting) {
        return layout.names().credentialProperty(setting);
    }

    /** The token endpoint, resolved against the first server when the spec gives it relative. */
    private String tokenUrl(AuthScheme.OAuth2ClientCredentials flow) {
        try {
            return URI.create(api.defaultBaseUrl()).resolve(flow.tokenUrl()).toString();
        } catch (IllegalArgumentException e) {
            return flow.tokenUrl();
        }
    }
}
