package dev.kiln.together.resilience;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scripted answer of a {@link ScriptedServer}: status, headers, body, and how the body is delivered. Immutable;
 * the {@code with...} methods return a changed copy.
 */
final class Reply {
    /** How the server delivers a reply. */
    enum Delivery {
        /** Status, headers and the whole body. */
        WHOLE,
        /** Announces the whole body's length, writes only its first bytes, then drops the connection. */
        CUT_MID_BODY,
        /** Waits until the server is released (at most {@link ScriptedServer#MAX_STALL}) before answering at all. */
        STALL_BEFORE_HEADERS,
        /** Sends the headers and the first bytes, waits until released, then sends the rest. */
        STALL_MID_BODY
    }

    /** How many bytes of the body {@link Delivery#CUT_MID_BODY} and {@link Delivery#STALL_MID_BODY} send first. */
    static final int FIRST_BYTES = 10;

    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final Delivery delivery;

    private Reply(int status, Map<String, List<String>> headers, byte[] body, Delivery delivery) {
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.delivery = delivery;
    }

    /**
     * A reply with no body, such as a 204.
     *
     * @param status the HTTP status
     * @return the reply
     */
    static Reply status(int status) {
        return new Reply(status, Map.of(), new byte[0], Delivery.WHOLE);
    }

    /**
     * A reply with a JSON body.
     *
     * @param status the HTTP status
     * @param json the body, sent as it is (it need not be valid JSON)
     * @return the reply
     */
    static Reply json(int status, String json) {
        return body(status, "application/json", json);
    }

    /**
     * A reply with a body of any type.
     *
     * @param status the HTTP status
     * @param contentType the {@code Content-Type}
     * @param text the body
     * @return the reply
     */
    static Reply body(int status, String contentType, String text) {
        return status(status).withHeader("Content-Type", contentType).withBody(text);
    }

    /**
     * A 200 carrying the recorded {@code DedicatedEndpoint} and a request id.
     *
     * @return the reply
     */
    static Reply endpoint() {
        return json(200, EndpointBodies.dedicatedEndpoint()).withHeader("x-request-id", EndpointBodies.REQUEST_ID);
    }

    /**
     * An error reply with the API's error body.
     *
     * @param status the HTTP status
     * @param message the error's message
     * @return the reply
     */
    static Reply error(int status, String message) {
        return json(status, EndpointBodies.error(message));
    }

    Reply withHeader(String name, String value) {
        Map<String, List<String>> changed = new LinkedHashMap<>(headers);
        List<String> values = new ArrayList<>(changed.getOrDefault(name, List.of()));
        values.add(value);
        changed.put(name, List.copyOf(values));
        return new Reply(status, Map.copyOf(changed), body, delivery);
    }

    Reply withBody(String text) {
        return new Reply(status, headers, text.getBytes(StandardCharsets.UTF_8), delivery);
    }

    Reply delivered(Delivery how) {
        if (how != Delivery.WHOLE && how != Delivery.STALL_BEFORE_HEADERS && body.length <= FIRST_BYTES) {
            throw new IllegalArgumentException(how + " needs a body longer than " + FIRST_BYTES + " bytes");
        }
        return new Reply(status, headers, body, how);
    }

    int status() {
        return status;
    }

    Map<String, List<String>> headers() {
        return headers;
    }

    byte[] body() {
        return body.clone();
    }

    Delivery delivery() {
        return delivery;
    }
}
