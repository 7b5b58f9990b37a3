package dev.kiln.runtime.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** What an {@link EventStream} throws when reading its body fails, or when the server sends an error as an event. */
public interface StreamFailures {
    /** Plain Java failures: {@link UncheckedIOException} for reading, and no event is taken for an error. */
    StreamFailures PLAIN = new StreamFailures() {
        @Override
        public RuntimeException readFailed(IOException cause) {
            return new UncheckedIOException("reading the event stream failed", cause);
        }

        @Override
        public Optional<RuntimeException> errorEvent(ServerSentEvent event) {
            return Optional.empty();
        }
    };

    /**
     * Returns the exception for a body whose reading failed in the middle of the stream.
     *
     * @param cause the failure; an {@link java.net.http.HttpTimeoutException} when no byte arrived in time
     * @return the exception to throw
     */
    RuntimeException readFailed(IOException cause);

    /**
     * Returns the exception that ends the stream when an event reports an error, such as one of type
     * {@code error}.
     *
     * @param event the event
     * @return the exception to throw, or empty when the event is an ordinary one
     */
    Optional<RuntimeException> errorEvent(ServerSentEvent event);
}
