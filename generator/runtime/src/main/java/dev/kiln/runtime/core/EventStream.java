package dev.kiln.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The events of a streaming response, decoded one by one as they arrive. Iterate it once, in a
 * try-with-resources block so that the connection is released when you stop early:
 *
 * <pre>{@code
 * try (EventStream<ChatChunk> chunks = client.chat().stream(request)) {
 *     for (ChatChunk chunk : chunks) {
 *         System.out.print(chunk.text());
 *     }
 * }
 * }</pre>
 *
 * <p>The events end with the stream, or at an event whose data is exactly {@value #DONE}, the terminator that
 * OpenAI-style APIs send, which is not decoded. The stream closes itself when its events end. The events are also
 * available as a {@link Flow.Publisher}: {@link #publisher()}.
 *
 * @param <T> the type of a decoded event
 */
public final class EventStream<T> implements Iterable<T>, AutoCloseable {
    /** The data of the event that ends a stream without being one of its events. */
    public static final String DONE = "[DONE]";

    private final ServerSentEventReader reader;
    private final Function<? super ServerSentEvent, ? extends T> decoder;
    private final Closeable onClose;
    /** The response's status and headers, with no body. */
    private final ApiResponse head;

    private final StreamFailures failures;
    private final Executor executor;
    private final AtomicBoolean iterated = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Creates a stream of the events a reader reads.
     *
     * @param reader reads the response body's events; the stream closes it
     * @param decoder turns one event into a value; its failures, such as {@link JsonDataException}, reach the
     *     caller of {@link Iterator#next()}
     * @param onClose run once when the stream is closed, after the reader, to release the response
     * @param statusCode the response's HTTP status
     * @param headers the response's headers
     */
    public EventStream(
            ServerSentEventReader reader,
            Function<? super ServerSentEvent, ? extends T> decoder,
            Closeable onClose,
            int statusCode,
            HttpHeaders headers) {
        this(reader, decoder, onClose, statusCode, headers, StreamFailures.PLAIN, task -> {
            Thread thread = new Thread(task, "kiln-event-stream");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /**
     * Creates a stream of the events a reader reads, whose failures are the SDK's exceptions.
     *
     * @param reader reads the response body's events; the stream closes it
     * @param decoder turns one event into a value; its failures reach the caller of {@link Iterator#next()}
     * @param onClose run once when the stream is closed, after the reader, to release the response
     * @param statusCode the response's HTTP status
     * @param headers the response's headers
     * @param failures what a failed read, or an event that reports an error, throws
     * @param executor where {@link #publisher()} reads the events
     */
    public EventStream(
            ServerSentEventReader reader,
            Function<? super ServerSentEvent, ? extends T> decoder,
            Closeable onClose,
            int statusCode,
            HttpHeaders headers,
            StreamFailures failures,
            Executor executor) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.onClose = Objects.requireNonNull(onClose, "onClose");
        this.head = new ApiResponse(statusCode, Objects.requireNonNull(headers, "headers"), new byte[0]);
        this.failures = Objects.requireNonNull(failures, "failures");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * Returns a decoder that reads each event's data as a JSON document and decodes it with a codec, at the path
     * {@code $}.
     *
     * @param codec the codec of the data
     * @param <T> the decoded type
     * @return the decoder, which throws {@link JsonDataException} for data that is not JSON or does not fit
     */
    public static <T> Function<ServerSentEvent, T> dataDecoder(Codec<T> codec) {
        Objects.requireNonNull(codec, "codec");
        return event -> Json.read(event.data(), codec);
    }

    /**
     * Returns a decoder for APIs whose spec describes the whole event as an object with a {@code data} member. It
     * decodes, at the path {@code $}, the object {@code {"data": ..., "event": ..., "id": ...}}: {@code data} is
     * the event's data parsed as JSON, or as a JSON string when it is not JSON; {@code event} is present only when
     * the type is not {@value ServerSentEvent#DEFAULT_EVENT}; {@code id} only when the event has one.
     *
     * @param codec the codec of the whole event
     * @param <T> the decoded type
     * @return the decoder, which throws {@link JsonDataException} for an event that does not fit
     */
    public static <T> Function<ServerSentEvent, T> envelopeDecoder(Codec<T> codec) {
        Objects.requireNonNull(codec, "codec");
        return event -> {
            ObjectNode envelope = Json.nodes().objectNode();
            JsonNode data;
            try {
                data = Json.parse(event.data());
            } catch (JsonDataException notJson) {
                data = Json.nodes().textNode(event.data());
            }
            envelope.set("data", data);
            if (!event.event().equals(ServerSentEvent.DEFAULT_EVENT)) {
                envelope.put("event", event.event());
            }
            event.id().ifPresent(id -> envelope.put("id", id));
            return codec.decode(envelope, JsonPaths.ROOT);
        };
    }

    /**
     * Returns the HTTP status code.
     *
     * @return the status
     */
    public int statusCode() {
        return head.statusCode();
    }

    /**
     * Returns the response headers.
     *
     * @return the headers
     */
    public HttpHeaders headers() {
        return head.headers();
    }

    /**
     * Returns the id the server gave this request ({@code x-request-id} or a common equivalent).
     *
     * @return the request id, if the server sent one
     */
    public Optional<String> requestId() {
        return head.requestId();
    }

    /**
     * Returns the events as a {@link Flow.Publisher} for one subscriber, in place of iterating them. An event is read
     * only once the subscriber has requested it, on the client's executor; cancelling the subscription closes the
     * stream. A failure (the server's error event, a broken connection, an event that does not fit its type) is
     * the subscriber's {@code onError}, with the exception iterating would throw.
     *
     * @return the publisher; a second subscriber gets {@code onError} with an {@link IllegalStateException}
     */
    public Flow.Publisher<T> publisher() {
        return new EventPublisher<>(this, executor);
    }

    /**
     * Returns the iterator over the decoded events. Its {@code hasNext()} waits for the next event and throws
     * the SDK's I/O exception when reading fails (or the SDK's timeout exception when no byte arrived within the
     * client's stream read timeout); it is false once the events end or the stream is closed. An event of type
     * {@code error} ends the stream with the SDK's service exception, carrying the event's data as its body.
     *
     * @return the iterator
     * @throws IllegalStateException when called a second time: the events can be read only once
     */
    @Override
    public Iterator<T> iterator() {
        if (!iterated.compareAndSet(false, true)) {
            throw new IllegalStateException("the events of a stream can be iterated only once");
        }
        return new Events();
    }

    /**
     * Returns the decoded events as a sequential stream. Closing that stream closes this one.
     *
     * @return the stream
     * @throws IllegalStateException when the events were already iterated
     */
    public Stream<T> stream() {
        Spliterator<T> events = Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED);
        return StreamSupport.stream(events, false).onClose(this::close);
    }

    /**
     * Closes the reader and then releases the response. Closing again does nothing. May be called from another
     * thread to stop an iteration that waits for an event.
     *
     * @throws UncheckedIOException when closing fails
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        IOException failure = null;
        try {
            reader.close();
        } catch (IOException e) {
            failure = e;
        }
        try {
            onClose.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw new UncheckedIOException("closing the event stream failed", failure);
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (UncheckedIOException e) {
            // reading already failed; that failure is the one to report
        }
    }

    @Override
    public String toString() {
        return "EventStream{statusCode=" + statusCode() + ", requestId="
                + requestId().orElse("none") + "}";
    }

    /** Reads one event ahead, to know whether there is a next one; decodes it when it is taken. */
    private final class Events implements Iterator<T> {
        private ServerSentEvent pending;
        private boolean ended;

        @Override
        public boolean hasNext() {
            if (closed.get()) {
                pending = null;
                return false;
            }
            if (pending != null) {
                return true;
            }
            if (ended) {
                return false;
            }
            Optional<ServerSentEvent> event;
            try {
                event = reader.next();
            } catch (IOException e) {
                ended = true;
                if (closed.get()) {
                    return false; // closed from another thread while waiting for an event
                }
                closeQuietly();
                throw failures.readFailed(e);
            }
            if (event.isEmpty() || event.get().data().equals(DONE)) {
                ended = true;
                close();
                return false;
            }
            Optional<RuntimeException> error = failures.errorEvent(event.get());
            if (error.isPresent()) {
                ended = true;
                closeQuietly();
                throw error.get();
            }
            pending = event.get();
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException("the event stream has ended");
            }
            ServerSentEvent event = pending;
            pending = null;
            return decoder.apply(event);
        }
    }
}
