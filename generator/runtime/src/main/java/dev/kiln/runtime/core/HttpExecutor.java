package dev.kiln.runtime.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Function;

/**
 * Sends {@link ApiCall}s with the client's options through its {@link Transport}: adds credentials, runs the
 * {@link Interceptor}s, retries what is worth retrying (see {@link RetryPolicy}), honours per-request options,
 * validates responses when asked, and turns every failure into the SDK's exceptions through its {@link ErrorFactory}. A call is sent blocking ({@link #send(ApiCall, RequestOptions)}), without blocking
 * ({@link #sendAsync(ApiCall, RequestOptions)}), or, for events, on a subscriber's demand
 * ({@link #publish(ApiCall.Events, RequestOptions)}); the three behave the same.
 */
public final class HttpExecutor {
    /** The type of the event by which a server reports an error in the middle of a stream. */
    private static final String ERROR_EVENT = "error";

    private final ClientOptions options;
    private final ErrorFactory errors;
    private final CallAttempts attempts;
    /** The client's interceptors, in the order they were added. */
    private final List<Interceptor> clientInterceptors;
    /** The logging hook, always innermost, or null when logging is off. */
    private final Interceptor logger;

    /**
     * Creates an executor.
     *
     * @param options the client's options
     * @param errors how failures become the SDK's exceptions
     */
    public HttpExecutor(ClientOptions options, ErrorFactory errors) {
        this.options = Objects.requireNonNull(options, "options");
        this.errors = Objects.requireNonNull(errors, "errors");
        Credentials credentials = options.credentials(errors);
        this.attempts = new CallAttempts(options, errors, credentials);
        this.clientInterceptors = options.interceptors();
        this.logger = options.logging()
                .map(logging -> new RequestLogger(logging, credentials))
                .orElse(null);
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
        return outcome.result().apply(attempts.run(call(request, requestOptions, outcome.reading())));
    }

    private <B, T> CompletableFuture<T> receiveAndReadAsync(
            ApiRequest request, RequestOptions requestOptions, Outcome<B, T> outcome) {
        CallAttempts.Call call;
        try {
            call = call(request, requestOptions, outcome.reading());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return attempts.<B>runAsync(call).thenApply(outcome.result());
    }

    /** The call to make: the transport request every attempt starts from, the interceptors and the limits. */
    private CallAttempts.Call call(ApiRequest request, RequestOptions requestOptions, Reading<?> reading) {
        List<Interceptor> chain = new ArrayList<>(clientInterceptors);
        chain.addAll(requestOptions.interceptors());
        if (logger != null) {
            // innermost, after the call's own interceptors, so it sees what is sent and what arrives
            chain.add(logger);
        }
        return new CallAttempts.Call(
                request,
                toTransportRequest(request, requestOptions, reading),
                new InterceptorChain(chain),
                new CallInfo(request),
                reading.streamed(),
                requestOptions.maxRetries().orElse(options.maxRetries()),
                requestOptions.timeout().orElse(options.timeout()));
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

    private BinaryResponse binary(ApiRequest request, CallAttempts.Received<InputStream> received) {
        return new BinaryResponse(
                received.statusCode(),
                received.headers(),
                received.body(),
                (what, cause) -> cause instanceof HttpTimeoutException timedOut
                        ? errors.forTimeout(request, timedOut, received.attempt())
                        : errors.forIo(request, cause, received.attempt()));
    }

    private <T> EventStream<T> events(
            ApiRequest request, CallAttempts.Received<InputStream> received, Function<ServerSentEvent, T> decoder) {
        InputStream body = received.body();
        Function<ServerSentEvent, T> checked = event -> {
            try {
                return decoder.apply(event);
            } catch (JsonDataException e) {
                byte[] data = event.data().getBytes(StandardCharsets.UTF_8);
                throw errors.forInvalidResponse(
                        new ApiResponse(received.statusCode(), received.headers(), data, received.attempt()), e);
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
                        new ApiResponse(received.statusCode(), received.headers(), data, received.attempt())));
            }
        };
        return new EventStream<>(
                new ServerSentEventReader(body, options.maxResponseBytes()),
                checked,
                body,
                received.statusCode(),
                received.headers(),
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

    private static ApiResponse toApiResponse(CallAttempts.Received<byte[]> received) {
        byte[] body = received.body() == null ? new byte[0] : received.body();
        return new ApiResponse(received.statusCode(), received.headers(), body, received.attempt());
    }

    /** How a call's response is received, and what the received response becomes. */
    private record Outcome<B, T>(Reading<B> reading, Function<CallAttempts.Received<B>, T> result) {}

    /**
     * How one kind of call asks for a response, and whether its 2xx body is handed over as a stream
     * ({@code InputStream}) or read whole ({@code byte[]}).
     */
    private record Reading<B>(String accept, boolean streamed) {
        static final Reading<byte[]> JSON = new Reading<>("application/json", false);
        static final Reading<byte[]> TEXT = new Reading<>("text/*, */*;q=0.5", false);
        static final Reading<InputStream> BINARY = new Reading<>("*/*", true);
        static final Reading<InputStream> EVENTS = new Reading<>("text/event-stream", true);
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

    /** The request every attempt of a call starts from, before credentials and interceptors. */
    private TransportRequest toTransportRequest(ApiRequest request, RequestOptions requestOptions, Reading<?> reading) {
        if (options.isClosed()) {
            throw new IllegalStateException("the client is closed: " + request + " was not sent");
        }
        ApiRequest.Builder withQuery = request.toBuilder();
        requestOptions.query().forEach(parameter -> withQuery.query(parameter.getKey(), parameter.getValue()));
        TransportRequest.Builder http = TransportRequest.builder(
                        request.method(),
                        URI.create(options.baseUrl() + withQuery.build().pathAndQuery()))
                .timeout(requestOptions.timeout().orElse(options.timeout()))
                .readTimeout(reading.streamed() ? options.streamReadTimeout().orElse(null) : null)
                .header("Accept", reading.accept())
                .header("User-Agent", options.userAgent());
        options.headers().forEach(http::header);
        request.cookieHeader().ifPresent(cookies -> http.header("Cookie", cookies));
        request.headers().forEach(http::header);
        requestOptions.headers().forEach(http::header);
        idempotencyKey(request, requestOptions).ifPresent(key -> http.header(key.getKey(), key.getValue()));
        Optional<RequestContent> content = request.content();
        if (content.isPresent()) {
            try {
                content.get().checkFilesReadable();
            } catch (UncheckedIOException e) {
                // a file to upload that cannot be read: no attempt was made
                throw errors.forIo(request, e.getCause(), 0);
            }
            http.body(content.get());
        }
        return http.build();
    }
}
