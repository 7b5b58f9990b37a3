package dev.kiln.together.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Response bodies for the scripted server, starting from the recorded {@code getEndpoint} response. */
final class EndpointBodies {
    /** The id of the recorded endpoint. */
    static final String ENDPOINT_ID = "endpoint-e6c6b82f-90f7-45b7-af39-3ca3b51d08b2";

    /** The request id the scripted 200s carry. */
    static final String REQUEST_ID = "req_01JQ7M9G7T1V3Y8A0C2E4F6HMN";

    private static final String RECORDED = "/fixtures/get/ok.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectNode ENDPOINT = readRecordedEndpoint();

    private EndpointBodies() {}

    /**
     * The recorded {@code DedicatedEndpoint}.
     *
     * @return its JSON text
     */
    static String dedicatedEndpoint() {
        return ENDPOINT.toString();
    }

    /**
     * The recorded endpoint with one member replaced.
     *
     * @param member the member's JSON name
     * @param value its new value
     * @return the JSON text
     */
    static String dedicatedEndpointWith(String member, JsonNode value) {
        ObjectNode changed = ENDPOINT.deepCopy();
        changed.set(member, value);
        return changed.toString();
    }

    /**
     * The recorded endpoint without one member.
     *
     * @param member the member's JSON name
     * @return the JSON text
     */
    static String dedicatedEndpointWithout(String member) {
        ObjectNode changed = ENDPOINT.deepCopy();
        if (changed.remove(member) == null) {
            throw new IllegalArgumentException("the recorded endpoint has no member " + member);
        }
        return changed.toString();
    }

    /**
     * An error body in the API's shape.
     *
     * @param message the error's message
     * @return the JSON text
     */
    static String error(String message) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("message", message).put("type", "server_error");
        return body.toString();
    }

    private static ObjectNode readRecordedEndpoint() {
        try (InputStream in = EndpointBodies.class.getResourceAsStream(RECORDED)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RECORDED);
            }
            JsonNode body = JSON.readTree(in).path("response").path("body");
            if (!body.isObject()) {
                throw new IllegalStateException(RECORDED + " has no response body object");
            }
            return (ObjectNode) body;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RECORDED, e);
        }
    }
}
