package dev.kiln.runtime.core;

import java.util.Objects;
import java.util.Optional;

/**
 * One event of a {@code text/event-stream} response, as the HTML standard's {@code EventSource} dispatches it: a
 * type, data and the last event id. Immutable.
 */
public final class ServerSentEvent {
    /** The type of an event that names none. */
    public static final String DEFAULT_EVENT = "message";

    private final String event;
    private final String data;
    private final String id;

    /**
     * Creates an event.
     *
     * @param event the event type; empty stands for {@value #DEFAULT_EVENT}
     * @param data the data, its lines joined with {@code \n}
     * @param id the last event id; empty when there is none
     */
    public ServerSentEvent(String event, String data, String id) {
        this.event = Objects.requireNonNull(event, "event").isEmpty() ? DEFAULT_EVENT : event;
        this.data = Objects.requireNonNull(data, "data");
        this.id = Objects.requireNonNull(id, "id");
    }

    /**
     * Returns the event type, from the {@code event} field.
     *
     * @return the type, {@value #DEFAULT_EVENT} when the event names none
     */
    public String event() {
        return event;
    }

    /**
     * Returns the data: the values of the event's {@code data} fields joined with {@code \n}.
     *
     * @return the data, possibly empty
     */
    public String data() {
        return data;
    }

    /**
     * Returns the last event id: set by an {@code id} field of this event or of an earlier one in the stream, as
     * a browser's {@code lastEventId}, and sent back in a {@code Last-Event-ID} header to resume a stream.
     *
     * @return the id, or empty when none was set or the last one set was empty
     */
    public Optional<String> id() {
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ServerSentEvent)) {
            return false;
        }
        ServerSentEvent that = (ServerSentEvent) other;
        return event.equals(that.event) && data.equals(that.data) && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(event, data, id);
    }

    @Override
    public String toString() {
        return "ServerSentEvent{event=" + event + ", id=" + id + ", data=" + data + "}";
    }
}
