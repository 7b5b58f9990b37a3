package dev.kiln.together.resilience;

import static dev.kiln.together.resilience.EndpointBodies.ENDPOINT_ID;
import static dev.kiln.together.resilience.EndpointBodies.REQUEST_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.together.Together;
import dev.kiln.together.core.RawResponse;
import dev.kiln.together.errors.NotFoundException;
import dev.kiln.together.errors.TogetherInvalidResponseException;
import dev.kiln.together.models.DedicatedEndpoint;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code withRawResponse()} gives status, headers, request id and attempts, and parses the body on demand. */
@Timeout(30)
class RawResponseTest {
    private ScriptedServer server;
    private Together client;

    @BeforeEach
    void startServer() {
        server = ScriptedServer.start();
        client = TestClients.builder(server, new RecordingSleeper()).build();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aRawGetHasStatusHeadersRequestIdAttemptsAndTheTypedBody() {
        server.enqueue(Reply.endpoint().withHeader("X-Extra", "yes"));

        RawResponse<DedicatedEndpoint> raw =
                client.endpoints().withRawResponse().retrieve(ENDPOINT_ID);

        assertEquals(200, raw.statusCode());
        assertEquals(Optional.of("yes"), raw.headers().firstValue("x-extra"));
        assertEquals(Optional.of("application/json"), raw.headers().firstValue("content-type"));
        assertEquals(Optional.of(REQUEST_ID), raw.requestId());
        assertEquals(1, raw.attempts());
        DedicatedEndpoint endpoint = raw.parse();
        assertEquals(ENDPOINT_ID, endpoint.id());
        assertEquals("1x_nvidia_h100_80gb_sxm", endpoint.hardware());
    }

    @Test
    void aRawResponseCountsRetries() {
        server.enqueue(Reply.error(503, "busy"), Reply.endpoint());

        RawResponse<DedicatedEndpoint> raw =
                client.endpoints().withRawResponse().retrieve(ENDPOINT_ID);

        assertEquals(2, raw.attempts());
        assertEquals(200, raw.statusCode());
        assertEquals(2, server.received().size());
    }

    @Test
    void aRawDeleteIs204WithNothingToParse() {
        server.enqueue(Reply.status(204).withHeader("x-request-id", "req_delete"));

        RawResponse<Void> raw = client.endpoints().withRawResponse().delete(ENDPOINT_ID);

        assertEquals(204, raw.statusCode());
        assertEquals(Optional.of("req_delete"), raw.requestId());
        assertNull(raw.parse());
        assertEquals("DELETE", server.received().get(0).method());
    }

    @Test
    void aRawCallStillThrowsForAFailedStatus() {
        server.enqueue(Reply.error(404, "no such endpoint"));

        assertThrows(
                NotFoundException.class,
                () -> client.endpoints().withRawResponse().retrieve(ENDPOINT_ID));
    }

    @Test
    void aRawBodyThatDoesNotParseFailsOnlyAtParse() {
        server.enqueue(Reply.json(200, "{not json").withHeader("x-request-id", "req_bad"));

        RawResponse<DedicatedEndpoint> raw =
                client.endpoints().withRawResponse().retrieve(ENDPOINT_ID);

        assertEquals(200, raw.statusCode());
        assertEquals(Optional.of("req_bad"), raw.requestId());
        TogetherInvalidResponseException thrown = assertThrows(TogetherInvalidResponseException.class, raw::parse);
        assertEquals("{not json", thrown.bodySnippet());
    }
}
