package dev.kiln.together.resilience;

import static dev.kiln.together.resilience.EndpointBodies.ENDPOINT_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.kiln.together.Together;
import dev.kiln.together.core.Json;
import dev.kiln.together.core.JsonDataException;
import dev.kiln.together.core.RequestOptions;
import dev.kiln.together.errors.InternalServerException;
import dev.kiln.together.errors.TogetherInvalidResponseException;
import dev.kiln.together.models.DedicatedEndpoint;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Bodies that are not what the API documents fail clearly, naming what is wrong; they are not retried. */
@Timeout(30)
class InvalidResponseTest {
    private static final String HTML_PAGE =
            "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";

    private ScriptedServer server;
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @BeforeEach
    void startServer() {
        server = ScriptedServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void malformedJsonInA200IsAnInvalidResponseWithTheBody() {
        String truncated = "{\"object\": \"endpoint\", \"id\": \"" + ENDPOINT_ID + "\", \"autosc";
        server.enqueue(Reply.json(200, truncated), Reply.endpoint());
        Together client = TestClients.builder(server, sleeper).build();

        TogetherInvalidResponseException thrown = assertThrows(
                TogetherInvalidResponseException.class, () -> client.endpoints().retrieve(ENDPOINT_ID));

        assertEquals(200, thrown.statusCode());
        assertEquals(truncated, thrown.bodySnippet());
        assertTrue(thrown.getMessage().contains("malformed JSON"), thrown.getMessage());
        assertEquals(1, server.received().size(), "a body that does not parse is not retried");
    }

    @Test
    void aLongInvalidBodyIsShortenedInTheException() {
        String page = "<html>" + "x".repeat(5000) + "</html>";
        server.enqueue(Reply.body(200, "text/html", page));
        Together client = TestClients.builder(server, sleeper).build();

        TogetherInvalidResponseException thrown = assertThrows(
                TogetherInvalidResponseException.class, () -> client.endpoints().retrieve(ENDPOINT_ID));

        assertEquals(page.substring(0, 1000) + "...", thrown.bodySnippet());
    }

    @Test
    void anHtmlErrorPageIsAServerErrorCarryingThePageAfterRetries() {
        server.enqueueTimes(3, Reply.body(502, "text/html", HTML_PAGE));
        Together client = TestClients.builder(server, sleeper).build();

        InternalServerException thrown = assertThrows(
                InternalServerException.class, () -> client.endpoints().retrieve(ENDPOINT_ID));

        assertEquals(502, thrown.statusCode());
        assertEquals(HTML_PAGE, thrown.body());
        assertTrue(thrown.error().isEmpty(), "an HTML page is not the API's error body");
        assertEquals(3, thrown.attempts());
        assertEquals(3, server.received().size());
    }

    @Test
    void aValueOfTheWrongTypeFailsOnlyItsAccessorNamingItsPath() {
        String body = EndpointBodies.dedicatedEndpointWith("autoscaling", TextNode.valueOf("x"));
        server.enqueue(Reply.json(200, body));
        Together client = TestClients.builder(server, sleeper).build();

        DedicatedEndpoint endpoint = client.endpoints().retrieve(ENDPOINT_ID);

        assertEquals(ENDPOINT_ID, endpoint.id());
        JsonDataException thrown = assertThrows(JsonDataException.class, endpoint::autoscaling);
        assertEquals("$.autoscaling", thrown.path());
        assertEquals("expected an object but was string \"x\"", thrown.problem());
        assertEquals(Json.parse(body), endpoint.toJsonNode(), "written back as sent");
        assertEquals(1, server.received().size());
    }

    @Test
    void withValidationOnAValueOfTheWrongTypeFailsTheCallNamingItsPath() {
        server.enqueue(Reply.json(200, EndpointBodies.dedicatedEndpointWith("autoscaling", TextNode.valueOf("x"))));
        Together client =
                TestClients.builder(server, sleeper).validateResponses(true).build();

        TogetherInvalidResponseException thrown = assertThrows(
                TogetherInvalidResponseException.class, () -> client.endpoints().retrieve(ENDPOINT_ID));

        assertEquals(200, thrown.statusCode());
        assertTrue(thrown.getMessage().contains("$.autoscaling"), thrown.getMessage());
        assertEquals(
                "$.autoscaling",
                assertInstanceOf(JsonDataException.class, thrown.getCause()).path());
        assertEquals(1, server.received().size(), "an invalid response is not retried");
    }

    @Test
    void oneCallAsksForValidationOnALenientClient() {
        String body = EndpointBodies.dedicatedEndpointWith("autoscaling", TextNode.valueOf("x"));
        server.enqueue(Reply.json(200, body), Reply.json(200, body));
        Together client = TestClients.builder(server, sleeper).build();
        RequestOptions validating =
                RequestOptions.builder().validateResponses(true).build();

        TogetherInvalidResponseException thrown = assertThrows(
                TogetherInvalidResponseException.class, () -> client.endpoints().retrieve(ENDPOINT_ID, validating));
        assertEquals(
                "$.autoscaling",
                assertInstanceOf(JsonDataException.class, thrown.getCause()).path());
        assertEquals(
                ENDPOINT_ID,
                client.endpoints().retrieve(ENDPOINT_ID).id(),
                "the next call without the option reads leniently");
    }

    @Test
    void oneCallReadsLenientlyOnAClientThatValidates() {
        server.enqueue(Reply.json(200, EndpointBodies.dedicatedEndpointWith("autoscaling", TextNode.valueOf("x"))));
        Together client =
                TestClients.builder(server, sleeper).validateResponses(true).build();

        DedicatedEndpoint endpoint = client.endpoints()
                .retrieve(
                        ENDPOINT_ID,
                        RequestOptions.builder().validateResponses(false).build());

        assertEquals(ENDPOINT_ID, endpoint.id());
        assertEquals(
                "$.autoscaling",
                assertThrows(JsonDataException.class, endpoint::autoscaling).path());
    }

    @Test
    void withValidationOnAMissingRequiredFieldFailsTheCall() {
        server.enqueue(Reply.json(200, EndpointBodies.dedicatedEndpointWithout("hardware")));
        Together client =
                TestClients.builder(server, sleeper).validateResponses(true).build();

        TogetherInvalidResponseException thrown = assertThrows(
                TogetherInvalidResponseException.class, () -> client.endpoints().retrieve(ENDPOINT_ID));

        assertEquals(200, thrown.statusCode());
        assertTrue(thrown.getMessage().contains("hardware"), thrown.getMessage());
        assertEquals(
                "$.hardware",
                assertInstanceOf(JsonDataException.class, thrown.getCause()).path());
        assertEquals(1, server.received().size());
    }

    @Test
    void withValidationOffAMissingRequiredFieldFailsOnlyWhenRead() {
        server.enqueue(Reply.json(200, EndpointBodies.dedicatedEndpointWithout("hardware")));
        Together client = TestClients.builder(server, sleeper).build();

        DedicatedEndpoint endpoint = client.endpoints().retrieve(ENDPOINT_ID);

        assertEquals(ENDPOINT_ID, endpoint.id());
        assertTrue(endpoint._hardware().isMissing());
        JsonDataException thrown = assertThrows(JsonDataException.class, endpoint::hardware);
        assertEquals("$.hardware", thrown.path());
        assertTrue(thrown.getMessage().contains("hardware"), thrown.getMessage());
    }

    @Test
    void withValidationOnACompleteBodyPasses() {
        server.enqueue(Reply.endpoint());
        Together client =
                TestClients.builder(server, sleeper).validateResponses(true).build();

        DedicatedEndpoint endpoint = client.endpoints().retrieve(ENDPOINT_ID);

        assertEquals("1x_nvidia_h100_80gb_sxm", endpoint.hardware());
        assertEquals(List.of(), sleeper.slept());
    }
}
