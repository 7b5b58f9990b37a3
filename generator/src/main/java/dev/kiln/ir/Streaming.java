package dev.kiln.ir;

/**
 * The {@code text/event-stream} form of an operation: a second method returning a typed stream of events.
 *
 * @param methodName the Java name of the streaming method, such as {@code createStreaming}
 * @param event the type of one event
 * @param envelope whether the spec describes the whole event (an object with a {@code data} field) rather than
 *     just its data
 */
public record Streaming(String methodName, TypeRef event, boolean envelope) {}
