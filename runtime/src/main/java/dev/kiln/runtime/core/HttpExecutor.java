package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Objects;

/** Sends {@link ApiRequest}s with the client's options and turns every failure into the SDK's exceptions. */
public final class HttpExecutor {
    private final ClientOptions options;
    private final ErrorFactory errors;

    /**
     * Creates an executor.
     *
     * @param options the client's options
     * @param errors how failures become the SDK's exceptions
     */
    public HttpExecutor(ClientOptions options, ErrorFactory errors) {
        this.options = Objects.requireNonNull(options, "options");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /**
     * Sends a request and decodes the JSON body of its 2xx response.
     *
     * @param request the request
     * @param codec the response body's codec
     * @param <T> the response body's type
     * @return the decoded body
     */
    public <T> T execute(ApiRequest request, Codec<T> codec) {
        ApiResponse response = execute(request);
        try {
            return codec.decode(Json.parse(response.body()), JsonPaths.ROOT);
        } catch (JsonDataException e) {
            throw errors.forInvalidResponse(response, e);
        }
    }

    /**
     * Sends a request whose 2xx response has no body to read.
     *
     * @param request the request
     */
    public void executeNoContent(ApiRequest request) {
        execute(request);
    }

    /**
     * Sends a request and returns its 2xx response.
     *
     * @param request the request
     * @return the response
     */
    public ApiResponse execute(ApiRequest request) {
        HttpRequest httpRequest = toHttpRequest(request);
        HttpResponse<byte[]> received;
        try {
            received = options.httpClient().send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw errors.forTimeout(request, e);
        } catch (IOException e) {
            throw errors.forIo(request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw errors.forIo(request, new IOException("interrupted while waiting for " + request, e));
        }
        ApiResponse response = new ApiResponse(received.statusCode(), received.headers(), received.body());
        if (!response.isSuccess()) {
            throw errors.forStatus(response);
        }
        return response;
    }

    private HttpRequest toHttpRequest(ApiRequest request) {
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(options.baseUrl() + request.pathAndQuery()))
                .timeout(options.timeout())
                .header("Accept", "application/json")
                .header("User-Agent", options.userAgent());
        options.authorization().ifPresent(auth -> http.header(auth.getKey(), auth.getValue()));
        options.headers().forEach(http::setHeader);
        request.headers().forEach(http::setHeader);
        JsonNode body = request.body().orElse(null);
        if (body == null) {
            http.method(request.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            http.header("Content-Type", "application/json");
            http.method(request.method(), HttpRequest.BodyPublishers.ofString(Json.write(body)));
        }
        return http.build();
    }
}
