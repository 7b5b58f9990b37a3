package dev.kiln.ir;

/**
 * The {@code text/event-stream} form of an operation: a second method returning a typed stream of events.
 *
 * @param methodName the name of the streaming method, such as {@code createStreaming}
 * @param publisherMethodName the name of the asynchronous method that returns the events as a
 *     {@link java.util.concurrent.Flow.Publisher}, such as {@code createPublisher}
 * @param event the type of one event
 * @param envelope whether the spec describes the whole event (an object with a {@code data} field) rather than
 *     just its data
 */
public record Streaming(String methodName, String publisherMethodName, TypeRef event, boolean envelope) {}
