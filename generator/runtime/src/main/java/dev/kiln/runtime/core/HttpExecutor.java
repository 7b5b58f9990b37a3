package dev.kiln.runtime.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Sends {@link ApiCall}s with the client's options: retries what is worth retrying (see {@link RetryPolicy}),
 * honours per-request options, validates responses when asked, and turns every failure into the SDK's exceptions
 * through its {@link ErrorFactory}. A call is sent blocking ({@link #send(ApiCall, RequestOptions)}), without blocking
 * ({@link #sendAsync(ApiCall, RequestOptions)}), or, for events, on a subscriber's demand
 * ({@link #publish(ApiCall.Events, RequestOptions)}); the three behave the same.
 */
public final class HttpExecutor {
    private static final System.Logger LOGGER = System.getLogger(HttpExecutor.class.getName());

    /** The type of the event by which a server reports an error in the middle of a stream. */
    private static final String ERROR_EVENT = "error";

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

    /** The client's base URL, against which a next page's URL is resolved. */
    URI baseUrl() {
        return options.baseUrl();
    }

    /** How failures become the SDK's exceptions. */
    ErrorFactory errors() {
        return errors;
    }

    /**
     * Sends a call and blocks until its response has arrived, then gives what the call reads it as: the decoded
     * JSON body, null for no content, the text, the open binary body, the open stream of events, or the raw
     * response. A failure, after retries, is thrown as the SDK's exception.
     *
     * @param call the request and what its 2xx response is read as
     * @param requestOptions this call's options
     * @param <T> what the call gives
     * @return what the call gives
     */
    public <T> T send(ApiCall<T> call, RequestOptions requestOptions) {
        Outcome<?, T> outcome = outcome(call, requestOptions);
        return receiveAndRead(call.request(), requestOptions, outcome);
    }

    /**
     * Sends a call without blocking; retries wait without holding a thread. A binary body or a stream of events
     * is handed over once the response headers have arrived.
     *
     * @param call the request and what its 2xx response is read as
     * @param requestOptions this call's options
     * @param <T> what the call gives
     * @return a future of what the call gives, or one failed with the SDK's exception
     */
    public <T> CompletableFuture<T> sendAsync(ApiCall<T> call, RequestOptions requestOptions) {
        Outcome<?, T> outcome = outcome(call, requestOptions);
        return receiveAndReadAsync(call.request(), requestOptions, outcome);
    }

    /**
     * Returns a streaming call as a {@link java.util.concurrent.Flow.Publisher} of its events, for one subscriber:
     * the request is sent when the subscriber subscribes, an event is read only once requested, and cancelling
     * closes the response. A failed call, or a failure in the middle of the stream, is the subscriber's
     * {@code onError} with the SDK's exception.
     *
     * @param call the request and how one event becomes a value
     * @param requestOptions this call's options
     * @param <E> the type of one event
     * @return the publisher
     */
    public <E> Flow.Publisher<E> publish(ApiCall.Events<E> call, RequestOptions requestOptions) {
        return new DeferredEventPublisher<>(() -> sendAsync(call, requestOptions));
    }

    private <B, T> T receiveAndRead(ApiRequest request, RequestOptions requestOptions, Outcome<B, T> outcome) {
        return outcome.result().apply(receive(request, requestOptions, outcome.reading()));
    }

    private <B, T> CompletableFuture<T> receiveAndReadAsync(
            ApiRequest request, RequestOptions requestOptions, Outcome<B, T> outcome) {
        return receiveAsync(request, requestOptions, outcome.reading()).thenApply(outcome.result());
    }

    /**
     * How a call's response is asked for and received, and what it becomes. Each kind of call fixes its {@code T}
     * ({@link ApiCall.BinaryBody} is an {@code ApiCall<BinaryResponse>} and nothing else), which makes the casts
     * below safe.
     */
    @SuppressWarnings("unchecked")
    private <T> Outcome<?, T> outcome(ApiCall<T> call, RequestOptions requestOptions) {
        ApiRequest request = call.request();
        if (call instanceof ApiCall.Buffered<T> buffered) {
            Function<ApiResponse, T> body = body(buffered, requestOptions);
            return new Outcome<>(reading(buffered), received -> body.apply(toApiResponse(received)));
        }
        Outcome<?, ?> outcome;
        if (call instanceof ApiCall.Raw<?> raw) {
            outcome = rawOutcome(raw, requestOptions);
        } else if (call instanceof ApiCall.BinaryBody) {
            outcome = new Outcome<>(Reading.BINARY, received -> binary(request, received));
        } else if (call instanceof ApiCall.Events<?> events) {
            outcome = eventsOutcome(request, events);
        } else {
            throw new IllegalArgumentException("not a kind of call this executor sends: " + call);
        }
        return (Outcome<?, T>) outcome;
    }

    private <T> Outcome<byte[], RawResponse<T>> rawOutcome(ApiCall.Raw<T> raw, RequestOptions requestOptions) {
        Function<ApiResponse, T> body = body(raw.call(), requestOptions);
        return new Outcome<>(reading(raw.call()), received -> new RawResponse<>(toApiResponse(received), body));
    }

    private <E> Outcome<InputStream, EventStream<E>> eventsOutcome(ApiRequest request, ApiCall.Events<E> events) {
        return new Outcome<>(Reading.EVENTS, received -> events(request, received, events.decoder()));
    }

    private static Reading<byte[]> reading(ApiCall.Buffered<?> call) {
        return call instanceof ApiCall.TextBody ? Reading.TEXT : Reading.JSON;
    }

    /** What a body read whole becomes; the cast is safe as {@link #outcome} says. */
    @SuppressWarnings("unchecked")
    private <T> Function<ApiResponse, T> body(ApiCall.Buffered<T> call, RequestOptions requestOptions) {
        if (call instanceof ApiCall.JsonBody<T> json) {
            return response -> decode(response, json.codec(), requestOptions);
        }
        if (call instanceof ApiCall.TextBody) {
            return response -> (T) text(response);
        }
        return response -> null;
    }

    private static String text(ApiResponse response) {
        Charset charset = response.headers()
                .firstValue("Content-Type")
                .flatMap(HttpExecutor::charset)
                .orElse(StandardCharsets.UTF_8);
        return new String(response.body(), charset);
    }

    private static Optional<Charset> charset(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                try {
                    return Optional.of(Charset.forName(pair[1].trim().replace("\"", "")));
                } catch (IllegalArgumentException unknown) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private BinaryResponse binary(ApiRequest request, Received<InputStream> received) {
        HttpResponse<InputStream> response = received.response();
        return new BinaryResponse(
                response.statusCode(),
                response.headers(),
                response.body(),
                (what, cause) -> cause instanceof HttpTimeoutException timedOut
                        ? errors.forTimeout(request, timedOut, received.attempt())
                        : errors.forIo(request, cause, received.attempt()));
    }

    private <T> EventStream<T> events(
            ApiRequest request, Received<InputStream> received, Function<ServerSentEvent, T> decoder) {
        HttpResponse<InputStream> response = received.response();
        InputStream body = response.body();
        Function<ServerSentEvent, T> checked = event -> {
            try {
                return decoder.apply(event);
            } catch (JsonDataException e) {
                byte[] data = event.data().getBytes(StandardCharsets.UTF_8);
                throw errors.forInvalidResponse(
                        new ApiResponse(response.statusCode(), response.headers(), data, received.attempt()), e);
            }
        };
        StreamFailures failures = new StreamFailures() {
            @Override
            public RuntimeException readFailed(IOException cause) {
                return cause instanceof HttpTimeoutException timedOut
                        ? errors.forTimeout(request, timedOut, received.attempt())
                        : errors.forIo(request, cause, received.attempt());
            }

            @Override
            public Optional<RuntimeException> errorEvent(ServerSentEvent event) {
                if (!event.event().equals(ERROR_EVENT)) {
                    return Optional.empty();
                }
                byte[] data = event.data().getBytes(StandardCharsets.UTF_8);
                return Optional.of(errors.forStreamError(
                        new ApiResponse(response.statusCode(), response.headers(), data, received.attempt())));
            }
        };
        return new EventStream<>(
                new ServerSentEventReader(body, options.maxResponseBytes()),
                checked,
                body,
                response.statusCode(),
                response.headers(),
                failures,
                options.blockingExecutor());
    }

    /**
     * Reads a body leniently (a field that does not fit its type throws only when read), and validates it whole when
     * the call or else the client asks for it, so that the call fails instead.
     */
    private <T> T decode(ApiResponse response, Codec<T> codec, RequestOptions requestOptions) {
        try {
            T value = Json.read(response.body(), codec);
            if (requestOptions.validateResponses().orElse(options.validateResponses())) {
                codec.validate(value);
            }
            return value;
        } catch (JsonDataException e) {
            throw errors.forInvalidResponse(response, e);
        }
    }

    /** Sends a request until it succeeds or is not worth retrying; a failure becomes the SDK's exception. */
    private <B> Received<B> receive(ApiRequest request, RequestOptions requestOptions, Reading<B> reading) {
        HttpRequest httpRequest = toHttpRequest(request, requestOptions, reading.accept());
        int maxRetries = requestOptions.maxRetries().orElse(options.maxRetries());
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            Optional<HttpHeaders> retryHeaders;
            try {
                HttpResponse<B> received = exchange(httpRequest, reading, timeout(requestOptions));
                log(httpRequest, received.statusCode(), attempt, started);
                if (isSuccess(received.statusCode())) {
                    return new Received<>(received, attempt);
                }
                ApiResponse failed = new ApiResponse(
                        received.statusCode(),
                        received.headers(),
                        reading.drain().bytes(received.body()),
                        attempt);
                if (attempt > maxRetries || !RetryPolicy.isRetryable(failed.statusCode())) {
                    throw errors.forStatus(failed);
                }
                retryHeaders = Optional.of(failed.headers());
            } catch (HttpTimeoutException e) {
                log(httpRequest, -1, attempt, started);
                if (attempt > maxRetries) {
                    throw errors.forTimeout(request, e, attempt);
                }
                retryHeaders = Optional.empty();
            } catch (IOException e) {
                log(httpRequest, -1, attempt, started);
                Optional<BoundedBodySubscriber.TooLarge> tooLarge = BoundedBodySubscriber.TooLarge.in(e);
                if (tooLarge.isPresent()) {
                    // the same server would send the same body again: not worth retrying
                    throw errors.forInvalidResponse(
                            tooLarge.get().response(attempt), tooLarge.get().problem());
                }
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
     * stalls afterwards is cut off here. A streamed body is handed over at its headers, so only they are bounded.
     */
    private <B> HttpResponse<B> exchange(HttpRequest httpRequest, Reading<B> reading, Duration timeout)
            throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<B>> future =
                options.httpClient().sendAsync(httpRequest, reading.handler().apply(options));
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

    private <B> CompletableFuture<Received<B>> receiveAsync(
            ApiRequest request, RequestOptions requestOptions, Reading<B> reading) {
        HttpRequest httpRequest;
        try {
            httpRequest = toHttpRequest(request, requestOptions, reading.accept());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        int maxRetries = requestOptions.maxRetries().orElse(options.maxRetries());
        return attemptAsync(request, httpRequest, reading, 1, maxRetries);
    }

    private <B> CompletableFuture<Received<B>> attemptAsync(
            ApiRequest request, HttpRequest httpRequest, Reading<B> reading, int attempt, int maxRetries) {
        long started = System.nanoTime();
        Duration timeout = httpRequest.timeout().orElse(options.timeout());
        // handled off the client's own threads: reading a streamed error body blocks until it has arrived
        return options.httpClient()
                .sendAsync(httpRequest, reading.handler().apply(options))
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .handleAsync((received, failure) -> {
                    Throwable cause = failure;
                    ApiResponse failed = null;
                    if (failure == null) {
                        log(httpRequest, received.statusCode(), attempt, started);
                        if (isSuccess(received.statusCode())) {
                            return CompletableFuture.completedFuture(new Received<>(received, attempt));
                        }
                        try {
                            failed = new ApiResponse(
                                    received.statusCode(),
                                    received.headers(),
                                    reading.drain().bytes(received.body()),
                                    attempt);
                        } catch (IOException e) {
                            cause = e;
                        }
                    } else {
                        log(httpRequest, -1, attempt, started);
                    }
                    if (failed != null) {
                        if (attempt > maxRetries || !RetryPolicy.isRetryable(failed.statusCode())) {
                            return CompletableFuture.<Received<B>>failedFuture(errors.forStatus(failed));
                        }
                        return retryAsync(
                                request, httpRequest, reading, attempt, maxRetries, Optional.of(failed.headers()));
                    }
                    cause = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
                    Optional<BoundedBodySubscriber.TooLarge> tooLarge = BoundedBodySubscriber.TooLarge.in(cause);
                    if (tooLarge.isPresent()) {
                        return CompletableFuture.<Received<B>>failedFuture(errors.forInvalidResponse(
                                tooLarge.get().response(attempt), tooLarge.get().problem()));
                    }
                    if (cause instanceof TimeoutException) {
                        cause = new HttpTimeoutException("no complete response within " + timeout);
                    }
                    if (!(cause instanceof IOException)) {
                        return CompletableFuture.<Received<B>>failedFuture(cause);
                    }
                    if (attempt > maxRetries) {
                        RuntimeException mapped = cause instanceof HttpTimeoutException timedOut
                                ? errors.forTimeout(request, timedOut, attempt)
                                : errors.forIo(request, (IOException) cause, attempt);
                        return CompletableFuture.<Received<B>>failedFuture(mapped);
                    }
                    return retryAsync(request, httpRequest, reading, attempt, maxRetries, Optional.empty());
                })
                .thenCompose(Function.identity());
    }

    private <B> CompletableFuture<Received<B>> retryAsync(
            ApiRequest request,
            HttpRequest httpRequest,
            Reading<B> reading,
            int attempt,
            int maxRetries,
            Optional<HttpHeaders> headers) {
        Duration delay = retryPolicy.delay(attempt, headers);
        return CompletableFuture.supplyAsync(
                        () -> attempt + 1, options.sleeper().after(delay))
                .thenCompose(next -> attemptAsync(request, httpRequest, reading, next, maxRetries));
    }

    private static boolean isSuccess(int statusCode) {
        return statusCode >= 200 && statusCode < 300;
    }

    private static ApiResponse toApiResponse(Received<byte[]> received) {
        byte[] body = received.response().body() == null
                ? new byte[0]
                : received.response().body();
        return new ApiResponse(
                received.response().statusCode(), received.response().headers(), body, received.attempt());
    }

    private static byte[] readAll(InputStream body) throws IOException {
        try (InputStream in = body) {
            return in.readAllBytes();
        }
    }

    /** A 2xx response and the attempt that received it. */
    private record Received<B>(HttpResponse<B> response, int attempt) {}

    /** How a call's response is received, and what the received response becomes. */
    private record Outcome<B, T>(Reading<B> reading, Function<Received<B>, T> result) {}

    /** Reads the rest of a response body that will not be handed to the caller. */
    @FunctionalInterface
    private interface Drain<B> {
        byte[] bytes(B body) throws IOException;
    }

    /**
     * How one kind of call asks for and receives a response body; its handler is made for the most bytes a body
     * read whole may have.
     */
    private record Reading<B>(
            String accept, Function<ClientOptions, HttpResponse.BodyHandler<B>> handler, Drain<B> drain) {
        static final Reading<byte[]> JSON = new Reading<>(
                "application/json",
                options -> BoundedBodySubscriber.handler(options.maxResponseBytes()),
                body -> body == null ? new byte[0] : body);
        static final Reading<byte[]> TEXT = new Reading<>(
                "text/*, */*;q=0.5",
                options -> BoundedBodySubscriber.handler(options.maxResponseBytes()),
                body -> body == null ? new byte[0] : body);
        static final Reading<InputStream> BINARY =
                new Reading<>("*/*", HttpExecutor::streamIfSuccess, HttpExecutor::readAll);
        static final Reading<InputStream> EVENTS =
                new Reading<>("text/event-stream", HttpExecutor::streamIfSuccess, HttpExecutor::readAll);
    }

    /**
     * Streams a 2xx body to the caller, each read bounded by the stream read timeout when one is set; any other
     * body is read whole, up to the limit, before the response completes, so that the attempt's timeout bounds it
     * as it bounds a JSON body.
     */
    private static HttpResponse.BodyHandler<InputStream> streamIfSuccess(ClientOptions options) {
        return info -> isSuccess(info.statusCode())
                ? options.streamReadTimeout()
                        .<HttpResponse.BodySubscriber<InputStream>>map(TimedBodyStream::new)
                        .orElseGet(HttpResponse.BodySubscribers::ofInputStream)
                : HttpResponse.BodySubscribers.mapping(
                        new BoundedBodySubscriber(info, options.maxResponseBytes()), ByteArrayInputStream::new);
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
        LOGGER.log(
                System.Logger.Level.INFO,
                httpRequest.method() + " " + httpRequest.uri() + " -> "
                        + (status < 0 ? "no response" : String.valueOf(status)) + " in " + millis + " ms (attempt "
                        + attempt + ")");
    }

    /**
     * A fresh idempotency key for a {@code POST}, when the client sends them and no one set the header: made once
     * per call, before its first attempt, so every retry carries the same.
     */
    private Optional<Map.Entry<String, String>> idempotencyKey(ApiRequest request, RequestOptions requestOptions) {
        Optional<String> header = options.idempotencyHeader();
        if (header.isEmpty() || !request.method().equals("POST")) {
            return Optional.empty();
        }
        String name = header.get().toLowerCase(Locale.ROOT);
        boolean setByCaller = names(options.headers()).contains(name)
                || names(request.headers()).contains(name)
                || names(requestOptions.headers()).contains(name);
        return setByCaller
                ? Optional.empty()
                : Optional.of(Map.entry(header.get(), UUID.randomUUID().toString()));
    }

    private static Set<String> names(Map<String, String> headers) {
        Set<String> names = new HashSet<>();
        headers.keySet().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
        return names;
    }

    private HttpRequest toHttpRequest(ApiRequest request, RequestOptions requestOptions, String accept) {
        if (options.isClosed()) {
            throw new IllegalStateException("the client is closed: " + request + " was not sent");
        }
        ApiRequest.Builder withQuery = request.toBuilder();
        requestOptions.query().forEach(parameter -> withQuery.query(parameter.getKey(), parameter.getValue()));
        HttpRequest.Builder http = HttpRequest.newBuilder(
                        URI.create(options.baseUrl() + withQuery.build().pathAndQuery()))
                .timeout(requestOptions.timeout().orElse(options.timeout()))
                .header("Accept", accept)
                .header("User-Agent", options.userAgent());
        options.authorization().ifPresent(auth -> http.setHeader(auth.getKey(), auth.getValue()));
        options.headers().forEach(http::setHeader);
        request.cookieHeader().ifPresent(cookies -> http.setHeader("Cookie", cookies));
        request.headers().forEach(http::setHeader);
        requestOptions.headers().forEach(http::setHeader);
        idempotencyKey(request, requestOptions).ifPresent(key -> http.setHeader(key.getKey(), key.getValue()));
        Optional<RequestContent> content = request.content();
        if (content.isEmpty()) {
            http.method(request.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            http.setHeader("Content-Type", content.get().contentType());
            try {
                http.method(request.method(), content.get().publisher());
            } catch (UncheckedIOException e) {
                // a file to upload that cannot be read: no attempt was made
                throw errors.forIo(request, e.getCause(), 0);
            }
        }
        return http.build();
    }
}
