package dev.kiln.runtime.core;

import java.util.Objects;
import java.util.function.Function;

/**
 * A call to send: its request, and what its 2xx response is read as. Each kind of call fixes what it gives, so
 * {@link HttpExecutor#send(ApiCall, RequestOptions)} and {@link HttpExecutor#sendAsync(ApiCall, RequestOptions)}
 * return the right type for every kind:
 *
 * <pre>{@code
 * Pet pet = http.send(ApiCall.json(request, Pet.codec()), requestOptions);
 * RawResponse<Pet> raw = http.send(ApiCall.json(request, Pet.codec()).raw(), requestOptions);
 * CompletableFuture<Void> done = http.sendAsync(ApiCall.noContent(request), requestOptions);
 * EventStream<Chunk> chunks = http.send(ApiCall.events(request, Chunk.codec()), requestOptions);
 * }</pre>
 *
 * @param <T> what the call gives once its response has arrived
 */
public sealed interface ApiCall<T> {
    /**
     * Returns the request the call sends.
     *
     * @return the request
     */
    ApiRequest request();

    /**
     * A call whose 2xx body is JSON, decoded with a codec.
     *
     * @param request the request
     * @param codec the body's codec
     * @param <T> the body's type
     * @return the call
     */
    static <T> JsonBody<T> json(ApiRequest request, Codec<T> codec) {
        return new JsonBody<>(request, codec);
    }

    /**
     * A call whose 2xx response has no body to read; it gives null.
     *
     * @param request the request
     * @return the call
     */
    static NoContent noContent(ApiRequest request) {
        return new NoContent(request);
    }

    /**
     * A call whose 2xx body is {@code text/*}, read as a string in the charset the response names (UTF-8 when it
     * names none).
     *
     * @param request the request
     * @return the call
     */
    static TextBody text(ApiRequest request) {
        return new TextBody(request);
    }

    /**
     * A call whose 2xx body is handed over as a stream of bytes once the response headers have arrived. The caller
     * reads and closes it; the timeout bounds the wait for the headers, not the reading.
     *
     * @param request the request
     * @return the call
     */
    static BinaryBody binary(ApiRequest request) {
        return new BinaryBody(request);
    }

    /**
     * A call whose 2xx body is a {@code text/event-stream}, each event's data a JSON document read with a codec
     * (see {@link EventStream#dataDecoder(Codec)}).
     *
     * @param request the request
     * @param codec the codec of one event's data
     * @param <E> the type of one event
     * @return the call
     */
    static <E> Events<E> events(ApiRequest request, Codec<E> codec) {
        return new Events<>(request, EventStream.dataDecoder(codec));
    }

    /**
     * A call whose 2xx body is a {@code text/event-stream} whose spec describes each event whole, as an object with
     * its {@code data}, {@code event} and {@code id} (see {@link EventStream#envelopeDecoder(Codec)}).
     *
     * @param request the request
     * @param codec the codec of one event's envelope
     * @param <E> the type of one event
     * @return the call
     */
    static <E> Events<E> eventEnvelopes(ApiRequest request, Codec<E> codec) {
        return new Events<>(request, EventStream.envelopeDecoder(codec));
    }

    /**
     * A call whose 2xx body is read whole before the call returns, so it can also be had as a {@link RawResponse}.
     *
     * @param <T> what the body is read as
     */
    sealed interface Buffered<T> extends ApiCall<T> {
        /**
         * Returns this call giving its response with status, headers and request id, its body read on demand.
         *
         * @return the raw form of this call
         */
        default Raw<T> raw() {
            return new Raw<>(this);
        }
    }

    /**
     * A call whose 2xx body is JSON, decoded with a codec (and validated whole when the call or the client asks).
     *
     * @param request the request
     * @param codec the body's codec
     * @param <T> the body's type
     */
    record JsonBody<T>(ApiRequest request, Codec<T> codec) implements Buffered<T> {
        /**
         * Creates the call.
         *
         * @param request the request
         * @param codec the body's codec
         */
        public JsonBody {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(codec, "codec");
        }
    }

    /**
     * A call whose 2xx response has no body to read; it gives null.
     *
     * @param request the request
     */
    record NoContent(ApiRequest request) implements Buffered<Void> {
        /**
         * Creates the call.
         *
         * @param request the request
         */
        public NoContent {
            Objects.requireNonNull(request, "request");
        }
    }

    /**
     * A call whose 2xx body is {@code text/*}, read as a string.
     *
     * @param request the request
     */
    record TextBody(ApiRequest request) implements Buffered<String> {
        /**
         * Creates the call.
         *
         * @param request the request
         */
        public TextBody {
            Objects.requireNonNull(request, "request");
        }
    }

    /**
     * A call whose 2xx body is handed over as a stream of bytes, with the status and headers.
     *
     * @param request the request
     */
    record BinaryBody(ApiRequest request) implements ApiCall<BinaryResponse> {
        /**
         * Creates the call.
         *
         * @param request the request
         */
        public BinaryBody {
            Objects.requireNonNull(request, "request");
        }
    }

    /**
     * A call whose 2xx body is a {@code text/event-stream}, handed over as a stream of typed events once the
     * response headers have arrived. An event that does not fit its type fails the iteration with the SDK's
     * invalid-response exception.
     *
     * @param request the request
     * @param decoder how one event becomes a value
     * @param <E> the type of one event
     */
    record Events<E>(ApiRequest request, Function<ServerSentEvent, E> decoder) implements ApiCall<EventStream<E>> {
        /**
         * Creates the call.
         *
         * @param request the request
         * @param decoder how one event becomes a value
         */
        public Events {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(decoder, "decoder");
        }
    }

    /**
     * A call that gives its 2xx response with status, headers and request id, its body read as the buffered call
     * it wraps reads it, on demand.
     *
     * @param call the call whose response this gives raw
     * @param <T> what the body is read as
     */
    record Raw<T>(Buffered<T> call) implements ApiCall<RawResponse<T>> {
        /**
         * Creates the call.
         *
         * @param call the call whose response this gives raw
         */
        public Raw {
            Objects.requireNonNull(call, "call");
        }

        @Override
        public ApiRequest request() {
            return call.request();
        }
    }
}
