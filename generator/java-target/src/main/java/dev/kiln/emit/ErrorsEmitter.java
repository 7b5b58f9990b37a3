package dev.kiln.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.ir.Api;
import dev.kiln.ir.TypeRef;
import dev.kiln.naming.StatusError;
import dev.kiln.runtime.core.ApiRequest;
import dev.kiln.runtime.core.ApiResponse;
import dev.kiln.runtime.core.ErrorFactory;
import dev.kiln.runtime.core.Json;
import dev.kiln.runtime.core.JsonDataException;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits the {@code errors} package: one unchecked hierarchy under {@code <Client>Exception}, a service exception
 * per status class carrying status, headers, raw body and the parsed error body, and the factory that is the one
 * place mapping HTTP statuses to exceptions.
 */
final class ErrorsEmitter {
    /** The exception for each status the API documents, and the catch-alls. */
    private record StatusException(StatusError error, String condition, String doc) {}

    private static final List<StatusException> STATUS_EXCEPTIONS = List.of(
            new StatusException(
                    StatusError.BAD_REQUEST, "status == 400", "The request was malformed or invalid (HTTP 400)."),
            new StatusException(
                    StatusError.AUTHENTICATION, "status == 401", "The API key is missing or wrong (HTTP 401)."),
            new StatusException(
                    StatusError.PERMISSION_DENIED, "status == 403", "The API key may not do this (HTTP 403)."),
            new StatusException(StatusError.NOT_FOUND, "status == 404", "The resource does not exist (HTTP 404)."),
            new StatusException(
                    StatusError.CONFLICT,
                    "status == 409",
                    "The request conflicts with the resource's state (HTTP 409)."),
            new StatusException(
                    StatusError.UNPROCESSABLE_ENTITY,
                    "status == 422",
                    "The request was well-formed but could not be processed (HTTP 422)."),
            new StatusException(StatusError.RATE_LIMIT, "status == 429", "Too many requests (HTTP 429)."),
            new StatusException(StatusError.INTERNAL_SERVER, "status >= 500", "The server failed (HTTP 5xx)."),
            new StatusException(StatusError.UNEXPECTED_STATUS_CODE, null, "Any other non-2xx status."));

    /** The exception for an {@code error} event in the middle of a 2xx event stream. */
    private static final StatusException STREAM_ERROR = new StatusException(
            StatusError.STREAM_ERROR,
            null,
            "The server reported an error in the middle of an event stream, with an {@code error} event. The status and headers "
                    + "are the stream's; the body is the event's data.");

    private static final int SNIPPET_LENGTH = 1000;

    private final SdkLayout layout;
    private final JavaTypes javaTypes;

    ErrorsEmitter(SdkLayout layout, JavaTypes javaTypes) {
        this.layout = layout;
        this.javaTypes = javaTypes;
    }

    ClassName factoryName() {
        return layout.names().errorFactory();
    }

    List<TypeSpec> emit(Api api) {
        TypeRef errorBody = api.errorBody().orElse(new TypeRef.AnyJson());
        List<TypeSpec> types = new ArrayList<>();
        types.add(baseException());
        types.add(serviceException(errorBody));
        for (StatusException status : STATUS_EXCEPTIONS) {
            types.add(statusException(status, errorBody));
        }
        types.add(statusException(STREAM_ERROR, errorBody));
        types.add(ioException());
        types.add(timeoutException());
        types.add(invalidResponseException());
        types.add(factory(errorBody));
        return types;
    }

    private ClassName base() {
        return layout.names().baseException();
    }

    private ClassName service() {
        return layout.names().serviceException();
    }

    private ClassName io() {
        return layout.names().ioException();
    }

    private ClassName timeout() {
        return layout.names().timeoutException();
    }

    private ClassName invalidResponse() {
        return layout.names().invalidResponseException();
    }

    private TypeSpec serialized(TypeSpec.Builder type) {
        return type.addField(FieldSpec.builder(
                                long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("1L")
                        .build())
                .build();
    }

    private TypeSpec baseException() {
        return serialized(TypeSpec.classBuilder(base())
                .addJavadoc(
                        "The root of every exception $L {@code $L} call throws. All of them are unchecked.\n",
                        Javadoc.article(layout.names().client().simpleName()),
                        layout.names().client().simpleName())
                .addModifiers(Modifier.PUBLIC)
                .superclass(RuntimeException.class)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc(
                                "Creates the exception.\n\n@param message what went wrong\n@param cause the underlying failure, or null\n")
                        .addModifiers(Modifier.PROTECTED)
                        .addParameter(String.class, "message")
                        .addParameter(Throwable.class, "cause")
                        .addStatement("super(message, cause)")
                        .build()));
    }

    private TypeSpec serviceException(TypeRef errorBody) {
        TypeName errorType = javaTypes.boxed(errorBody);
        ClassName response = layout.runtime(ApiResponse.class);
        TypeSpec.Builder type = TypeSpec.classBuilder(service())
                .addJavadoc(
                        "The server answered with a non-2xx status. Carries the status, the headers, the raw body, and the "
                                + "parsed error body when it parses.\n")
                .addModifiers(Modifier.PUBLIC)
                .superclass(base())
                .addField(serialField(int.class, "statusCode", "The HTTP status code."))
                .addField(FieldSpec.builder(
                                HttpHeaders.class, "headers", Modifier.PRIVATE, Modifier.FINAL, Modifier.TRANSIENT)
                        .build())
                .addField(serialField(String.class, "body", "The raw response body."))
                .addField(serialField(int.class, "attempts", "How many attempts the call made."))
                .addField(serialField(String.class, "requestId", "The server's id for the request, or null."))
                .addField(FieldSpec.builder(errorType, "error", Modifier.PRIVATE, Modifier.FINAL, Modifier.TRANSIENT)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc(
                                "Creates the exception.\n\n@param response the response\n@param error the parsed error body, or null "
                                        + "when the body did not parse\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(response, "response")
                        .addParameter(errorType, "error")
                        .addStatement("super(message(response), null)")
                        .addStatement("this.statusCode = response.statusCode()")
                        .addStatement("this.headers = response.headers()")
                        .addStatement("this.body = response.bodyText()")
                        .addStatement("this.attempts = response.attempts()")
                        .addStatement("this.requestId = response.requestId().orElse(null)")
                        .addStatement("this.error = error")
                        .build())
                .addMethod(getter("statusCode", TypeName.INT, "the HTTP status code"))
                .addMethod(getter("headers", ClassName.get(HttpHeaders.class), "the response headers"))
                .addMethod(
                        getter("body", ClassName.get(String.class), "the raw response body, empty when there was none"))
                .addMethod(MethodSpec.methodBuilder("error")
                        .addJavadoc(
                                "Returns the error body as the API documents it.\n\n@return the parsed error body, or empty when "
                                        + "the body did not parse\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), errorType))
                        .addStatement("return $T.ofNullable(error)", Optional.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("attempts")
                        .addJavadoc(
                                "Returns how many attempts the call made, retries included.\n\n@return the number of attempts\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addStatement("return attempts")
                        .build())
                .addMethod(MethodSpec.methodBuilder("requestId")
                        .addJavadoc(
                                "Returns the id the server gave the request, for support requests.\n\n@return the request id, if "
                                        + "the server sent one\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(Optional.class, String.class))
                        .addStatement("return $T.ofNullable(requestId)", Optional.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("message")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(String.class)
                        .addParameter(response, "response")
                        .addStatement("String body = response.bodyText()")
                        .addStatement(
                                "String snippet = body.length() <= $L ? body : body.substring(0, $L) + $S",
                                SNIPPET_LENGTH,
                                SNIPPET_LENGTH,
                                "...")
                        .addStatement(
                                "String attempts = response.attempts() > 1 ? $S + response.attempts() + $S : $S",
                                " after ",
                                " attempts",
                                "")
                        .addStatement(
                                "return $S + response.statusCode() + attempts + (snippet.isEmpty() ? $S : $S + snippet)",
                                "HTTP ",
                                "",
                                ": ")
                        .build());
        return serialized(type);
    }

    private TypeSpec statusException(StatusException status, TypeRef errorBody) {
        return serialized(TypeSpec.classBuilder(layout.names().statusException(status.error()))
                .addJavadoc("$L\n", status.doc())
                .addModifiers(Modifier.PUBLIC)
                .superclass(service())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc(
                                "Creates the exception.\n\n@param response the response\n@param error the parsed error body, or null\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(layout.runtime(ApiResponse.class), "response")
                        .addParameter(javaTypes.boxed(errorBody), "error")
                        .addStatement("super(response, error)")
                        .build()));
    }

    private TypeSpec ioException() {
        return serialized(TypeSpec.classBuilder(io())
                .addJavadoc(
                        "The call failed on the network: the connection was refused or broken, or the thread was interrupted.\n")
                .addModifiers(Modifier.PUBLIC)
                .superclass(base())
                .addField(serialField(int.class, "attempts", "How many attempts the call made."))
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc(
                                "Creates the exception.\n\n@param message what failed\n@param cause the I/O failure\n"
                                        + "@param attempts how many attempts were made, retries included\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(String.class, "message")
                        .addParameter(IOException.class, "cause")
                        .addParameter(int.class, "attempts")
                        .addStatement("super(message, cause)")
                        .addStatement("this.attempts = attempts")
                        .build())
                .addMethod(getter("attempts", TypeName.INT, "how many attempts were made, retries included")));
    }

    private TypeSpec timeoutException() {
        return serialized(TypeSpec.classBuilder(timeout())
                .addJavadoc("The call did not complete within its timeout.\n")
                .addModifiers(Modifier.PUBLIC)
                .superclass(io())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc(
                                "Creates the exception.\n\n@param message what timed out\n@param cause the timeout\n"
                                        + "@param attempts how many attempts were made, retries included\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(String.class, "message")
                        .addParameter(HttpTimeoutException.class, "cause")
                        .addParameter(int.class, "attempts")
                        .addStatement("super(message, cause, attempts)")
                        .build()));
    }

    private TypeSpec invalidResponseException() {
        ClassName response = layout.runtime(ApiResponse.class);
        return serialized(TypeSpec.classBuilder(invalidResponse())
                .addJavadoc(
                        "A 2xx response whose body is not what the API documents: malformed JSON, an HTML page, or a value of the "
                                + "wrong type. Carries the status and the start of the body.\n")
                .addModifiers(Modifier.PUBLIC)
                .superclass(base())
                .addField(serialField(int.class, "statusCode", "The HTTP status code."))
                .addField(serialField(String.class, "bodySnippet", "The start of the response body."))
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc(
                                "Creates the exception.\n\n@param response the response\n@param cause what did not fit\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(response, "response")
                        .addParameter(layout.runtime(JsonDataException.class), "cause")
                        .addStatement(
                                "super($S + response.statusCode() + $S + cause.getMessage(), cause)",
                                "invalid response body (HTTP ",
                                "): ")
                        .addStatement("this.statusCode = response.statusCode()")
                        .addStatement("String body = response.bodyText()")
                        .addStatement(
                                "this.bodySnippet = body.length() <= $L ? body : body.substring(0, $L) + $S",
                                SNIPPET_LENGTH,
                                SNIPPET_LENGTH,
                                "...")
                        .build())
                .addMethod(getter("statusCode", TypeName.INT, "the HTTP status code"))
                .addMethod(getter(
                        "bodySnippet",
                        ClassName.get(String.class),
                        "the start of the body, at most " + SNIPPET_LENGTH + " characters")));
    }

    private TypeSpec factory(TypeRef errorBody) {
        ClassName response = layout.runtime(ApiResponse.class);
        ClassName request = layout.runtime(ApiRequest.class);
        TypeName errorType = javaTypes.boxed(errorBody);
        CodeBlock.Builder mapping = CodeBlock.builder()
                .addStatement("int status = response.statusCode()")
                .addStatement("$T error = parseError(response)", errorType);
        for (StatusException status : STATUS_EXCEPTIONS) {
            if (status.condition() != null) {
                mapping.beginControlFlow("if ($L)", status.condition())
                        .addStatement(
                                "return new $T(response, error)", layout.names().statusException(status.error()))
                        .endControlFlow();
            } else {
                mapping.addStatement(
                        "return new $T(response, error)", layout.names().statusException(status.error()));
            }
        }
        return TypeSpec.classBuilder(factoryName())
                .addJavadoc("The one place that maps failed calls to this SDK's exceptions.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(layout.runtime(ErrorFactory.class))
                .addMethod(MethodSpec.methodBuilder("forStatus")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeException.class)
                        .addParameter(response, "response")
                        .addCode(mapping.build())
                        .build())
                .addMethod(MethodSpec.methodBuilder("forInvalidResponse")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeException.class)
                        .addParameter(response, "response")
                        .addParameter(layout.runtime(JsonDataException.class), "cause")
                        .addStatement("return new $T(response, cause)", invalidResponse())
                        .build())
                .addMethod(MethodSpec.methodBuilder("forStreamError")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeException.class)
                        .addParameter(response, "response")
                        .addStatement(
                                "return new $T(response, parseError(response))",
                                layout.names().statusException(STREAM_ERROR.error()))
                        .build())
                .addMethod(MethodSpec.methodBuilder("forTimeout")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeException.class)
                        .addParameter(request, "request")
                        .addParameter(HttpTimeoutException.class, "cause")
                        .addParameter(int.class, "attempts")
                        .addStatement(
                                "return new $T(request + $S + attempts + $S, cause, attempts)",
                                timeout(),
                                " timed out (",
                                " attempts)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("forIo")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeException.class)
                        .addParameter(request, "request")
                        .addParameter(IOException.class, "cause")
                        .addParameter(int.class, "attempts")
                        .addStatement(
                                "return new $T(request + $S + attempts + $S + cause, cause, attempts)",
                                io(),
                                " failed (",
                                " attempts): ")
                        .build())
                .addMethod(MethodSpec.methodBuilder("parseError")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(errorType)
                        .addParameter(response, "response")
                        .beginControlFlow("try")
                        .addStatement(
                                "$T error = $T.read(response.body(), $L)",
                                errorType,
                                layout.runtime(Json.class),
                                javaTypes.codec(errorBody))
                        .addStatement("$L.validate(error)", javaTypes.codec(errorBody))
                        .addStatement("return error")
                        .nextControlFlow("catch ($T e)", layout.runtime(JsonDataException.class))
                        .addStatement("return null")
                        .endControlFlow()
                        .build())
                .build();
    }

    /** A serialized field, documented so that the Javadoc of the serialized form has no gaps. */
    private static FieldSpec serialField(Class<?> type, String name, String doc) {
        return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .build();
    }

    private static MethodSpec getter(String name, TypeName type, String what) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc("Returns $L.\n\n@return $L\n", what, what)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addStatement("return $N", name)
                .build();
    }
}
