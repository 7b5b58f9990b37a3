package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Sends {@link ApiRequest}s with the client's options: retries what is worth retrying (see {@link RetryPolicy}),
 * honours per-request options, validates responses when asked, and turns every failure into the SDK's exceptions
 * through its {@link ErrorFactory}. Blocking and asynchronous calls behave the same.
 */
public final class HttpExecutor {
    private static final System.Logger LOGGER = System.getLogger(HttpExecutor.class.getName());

    private final ClientOptions options;
    private final ErrorFactory errors;
    private final RetryPolicy retryPolicy;

    /**
     * Creates an executor.
     *
     * @param options the client's options
     * @param errors how failures become the SDK's exceptions
     */
    public HttpExecutor(ClientOptions options, ErrorFactory errors) {
        this.options = Objects.requireNonNull(options, "options");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.retryPolicy = new RetryPolicy(options.clock());
    }

    /**
     * Sends a request and decodes the JSON body of its 2xx response.
     *
     * @param request the request
     * @param codec the response body's codec
     * @param requestOptions this call's options
     * @param <T> the response body's type
     * @return the decoded body
     */
    public <T> T execute(ApiRequest request, Codec<T> codec, RequestOptions requestOptions) {
        return decode(send(request, requestOptions), codec);
    }

    /**
     * Sends a request with the client's options and decodes the JSON body of its 2xx response.
     *
     * @param request the request
     * @param codec the response body's codec
     * @param <T> the response body's type
     * @return the decoded body
     */
    public <T> T execute(ApiRequest request, Codec<T> codec) {
        return execute(request, codec, RequestOptions.none());
    }

    /**
     * Sends a request with the client's options whose 2xx response has no body to read.
     *
     * @param request the request
     */
    public void executeNoContent(ApiRequest request) {
        executeNoContent(request, RequestOptions.none());
    }

    /**
     * Sends a request whose 2xx response has no body to read.
     *
     * @param request the request
     * @param requestOptions this call's options
     */
    public void executeNoContent(ApiRequest request, RequestOptions requestOptions) {
        send(request, requestOptions);
    }

    /**
     * Sends a request and returns its 2xx response with status and headers, its body parsed on demand.
     *
     * @param request the request
     * @param codec the response body's codec
     * @param requestOptions this call's options
     * @param <T> the response body's type
     * @return the raw response
     */
    public <T> RawResponse<T> executeRaw(ApiRequest request, Codec<T> codec, RequestOptions requestOptions) {
        return new RawResponse<>(send(request, requestOptions), response -> decode(response, codec));
    }

    /**
     * Sends a request whose 2xx response has no body, and returns its status and headers.
     *
     * @param request the request
     * @param requestOptions this call's options
     * @return the raw response, whose {@code parse()} gives null
     */
    public RawResponse<Void> executeRawNoContent(ApiRequest request, RequestOptions requestOptions) {
        return new RawResponse<>(send(request, requestOptions), response -> null);
    }

    /**
     * Sends a request without blocking and decodes the JSON body of its 2xx response.
     *
     * @param request the request
     * @param codec the response body's codec
     * @param requestOptions this call's options
     * @param <T> the response body's type
     * @return the decoded body, or a future failed with the SDK's exception
     */
    public <T> CompletableFuture<T> executeAsync(ApiRequest request, Codec<T> codec, RequestOptions requestOptions) {
        return sendAsync(request, requestOptions).thenApply(response -> decode(response, codec));
    }

    /**
     * Sends a request without blocking whose 2xx response has no body to read.
     *
     * @param request the request
     * @param requestOptions this call's options
     * @return a future completed when the call succeeded
     */
    public CompletableFuture<Void> executeNoContentAsync(ApiRequest request, RequestOptions requestOptions) {
        return sendAsync(request, requestOptions).thenApply(response -> null);
    }

    private <T> T decode(ApiResponse response, Codec<T> codec) {
        try {
            T value = codec.decode(Json.parse(response.body()), JsonPaths.ROOT);
            if (options.validateResponses()) {
                codec.validate(value);
            }
            return value;
        } catch (JsonDataException e) {
            throw errors.forInvalidResponse(response, e);
        }
    }

    private ApiResponse send(ApiRequest request, RequestOptions requestOptions) {
        HttpRequest httpRequest = toHttpRequest(request, requestOptions);
        int maxRetries = requestOptions.maxRetries().orElse(options.maxRetries());
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            Optional<HttpHeaders> retryHeaders;
            try {
                HttpResponse<byte[]> received = exchange(httpRequest, timeout(requestOptions));
                ApiResponse response = toApiResponse(received, attempt);
                log(httpRequest, response.statusCode(), attempt, started);
                if (response.isSuccess()) {
                    return response;
                }
                if (attempt > maxRetries || !RetryPolicy.isRetryable(response.statusCode())) {
                    throw errors.forStatus(response);
                }
                retryHeaders = Optional.of(response.headers());
            } catch (HttpTimeoutException e) {
                log(httpRequest, -1, attempt, started);
                if (attempt > maxRetries) {
                    throw errors.forTimeout(request, e, attempt);
                }
                retryHeaders = Optional.empty();
            } catch (IOException e) {
                log(httpRequest, -1, attempt, started);
                if (attempt > maxRetries) {
                    throw errors.forIo(request, e, attempt);
                }
                retryHeaders = Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw errors.forIo(request, interrupted(request, e), attempt);
            }
            try {
                options.sleeper().sleep(retryPolicy.delay(attempt, retryHeaders));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw errors.forIo(request, interrupted(request, e), attempt);
            }
        }
    }

    private Duration timeout(RequestOptions requestOptions) {
        return requestOptions.timeout().orElse(options.timeout());
    }

    /**
     * One attempt, bounded as a whole: the HTTP client's own timeout ends at the response headers, so a body that
     * stalls afterwards is cut off here.
     */
    private HttpResponse<byte[]> exchange(HttpRequest httpRequest, Duration timeout) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> future =
                options.httpClient().sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new HttpTimeoutException("no complete response within " + timeout);
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(cause);
        }
    }

    private CompletableFuture<ApiResponse> sendAsync(ApiRequest request, RequestOptions requestOptions) {
        HttpRequest httpRequest;
        try {
            httpRequest = toHttpRequest(request, requestOptions);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        int maxRetries = requestOptions.maxRetries().orElse(options.maxRetries());
        return attemptAsync(request, httpRequest, 1, maxRetries);
    }

    private CompletableFuture<ApiResponse> attemptAsync(ApiRequest request, HttpRequest httpRequest, int attempt, int maxRetries) {
        long started = System.nanoTime();
        Duration timeout = httpRequest.timeout().orElse(options.timeout());
        return options.httpClient()
                .sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray())
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((received, failure) -> {
                    if (failure != null) {
                        log(httpRequest, -1, attempt, started);
                        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                        if (cause instanceof TimeoutException) {
                            cause = new HttpTimeoutException("no complete response within " + timeout);
                        }
                        if (!(cause instanceof IOException)) {
                            return CompletableFuture.<ApiResponse>failedFuture(cause);
                        }
                        if (attempt > maxRetries) {
                            RuntimeException mapped = cause instanceof HttpTimeoutException timedOut
                                    ? errors.forTimeout(request, timedOut, attempt)
                                    : errors.forIo(request, (IOException) cause, attempt);
                            return CompletableFuture.<ApiResponse>failedFuture(mapped);
                        }
                        return retryAsync(request, httpRequest, attempt, maxRetries, Optional.empty());
                    }
                    ApiResponse response = toApiResponse(received, attempt);
                    log(httpRequest, response.statusCode(), attempt, started);
                    if (response.isSuccess()) {
                        return CompletableFuture.completedFuture(response);
                    }
                    if (attempt > maxRetries || !RetryPolicy.isRetryable(response.statusCode())) {
                        return CompletableFuture.<ApiResponse>failedFuture(errors.forStatus(response));
                    }
                    return retryAsync(request, httpRequest, attempt, maxRetries, Optional.of(response.headers()));
                })
                .thenCompose(Function.identity());
    }

    private CompletableFuture<ApiResponse> retryAsync(
            ApiRequest request, HttpRequest httpRequest, int attempt, int maxRetries, Optional<HttpHeaders> headers) {
        Duration delay = retryPolicy.delay(attempt, headers);
        return CompletableFuture.supplyAsync(() -> attempt + 1, options.sleeper().after(delay))
                .thenCompose(next -> attemptAsync(request, httpRequest, next, maxRetries));
    }

    private static ApiResponse toApiResponse(HttpResponse<byte[]> received, int attempt) {
        byte[] body = received.body() == null ? new byte[0] : received.body();
        return new ApiResponse(received.statusCode(), received.headers(), body, attempt);
    }

    private static IOException interrupted(ApiRequest request, InterruptedException cause) {
        InterruptedIOException io = new InterruptedIOException("interrupted while waiting for " + request);
        io.initCause(cause);
        return io;
    }

    private void log(HttpRequest httpRequest, int status, int attempt, long startedNanos) {
        if (!options.logRequests()) {
            return;
        }
        long millis = Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
        LOGGER.log(System.Logger.Level.INFO, httpRequest.method() + " " + httpRequest.uri() + " -> "
                + (status < 0 ? "no response" : String.valueOf(status)) + " in " + millis + " ms (attempt " + attempt + ")");
    }

    private HttpRequest toHttpRequest(ApiRequest request, RequestOptions requestOptions) {
        ApiRequest.Builder withQuery = request.toBuilder();
        requestOptions.query().forEach(parameter -> withQuery.query(parameter.getKey(), parameter.getValue()));
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(options.baseUrl() + withQuery.build().pathAndQuery()))
                .timeout(requestOptions.timeout().orElse(options.timeout()))
                .header("Accept", "application/json")
                .header("User-Agent", options.userAgent());
        options.authorization().ifPresent(auth -> http.setHeader(auth.getKey(), auth.getValue()));
        options.headers().forEach(http::setHeader);
        request.headers().forEach(http::setHeader);
        requestOptions.headers().forEach(http::setHeader);
        JsonNode body = request.body().orElse(null);
        if (body == null) {
            http.method(request.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            http.setHeader("Content-Type", "application/json");
            http.method(request.method(), HttpRequest.BodyPublishers.ofString(Json.write(body)));
        }
        return http.build();
    }
}
