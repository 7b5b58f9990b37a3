package dev.kiln.emit;

import dev.kiln.ir.Operation;

/**
 * One Java method of an operation in a service: its plain form (the first page, for a paged list), the one
 * returning its event stream, or its publisher.
 *
 * @param operation the operation
 * @param methodName the method's name
 * @param kind what the method returns
 */
record ServiceCall(Operation operation, String methodName, Kind kind) {
    /** What a method of an operation returns. */
    enum Kind {
        /** What the operation's first 2xx answer gives. */
        PLAIN,
        /** Its event stream, to iterate. */
        STREAMING,
        /** Its events as a {@code Flow.Publisher}, the call sent on subscription (asynchronous view only). */
        PUBLISHER,
        /** The first page of a paged list, which also holds the whole body (blocking and asynchronous views). */
        PAGE
    }

    /** Whether the method returns events. */
    boolean streaming() {
        return kind == Kind.STREAMING || kind == Kind.PUBLISHER;
    }
}
