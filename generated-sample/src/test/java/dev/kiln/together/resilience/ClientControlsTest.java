package dev.kiln.together.resilience;

import static dev.kiln.together.resilience.EndpointBodies.ENDPOINT_ID;
import static dev.kiln.together.resilience.EndpointBodies.REQUEST_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.together.Together;
import dev.kiln.together.core.ApiResponse;
import dev.kiln.together.core.RawResponse;
import dev.kiln.together.errors.InternalServerException;
import dev.kiln.together.errors.StreamErrorException;
import dev.kiln.together.errors.TogetherErrorFactory;
import dev.kiln.together.errors.TogetherInvalidResponseException;
import dev.kiln.together.models.Autoscaling;
import dev.kiln.together.models.CreateEndpointRequest;
import dev.kiln.together.models.DedicatedEndpoint;
import dev.kiln.together.transport.SampleTransports;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The generated client's controls: {@code withOptions}, {@code close()}, {@code fromEnv()} with system properties,
 * the async raw view, idempotency keys, the response size limit and the stream error exception.
 */
@Timeout(30)
class ClientControlsTest {
    private ScriptedServer server;
    private Together client;

    @BeforeEach
    void startServer() {
        server = ScriptedServer.start();
        client = TestClients.builder(server, new RecordingSleeper()).build();
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.close();
    }

    private static CreateEndpointRequest createRequest() {
        return CreateEndpointRequest.builder()
                .model("meta-llama/Llama-4-Scout-17B-16E-Instruct")
                .hardware("1x_nvidia_h100_80gb_sxm")
                .autoscaling(Autoscaling.builder().minReplicas(1).maxReplicas(2).build())
                .build();
    }

    @Test
    void withOptionsDerivesAClientWithOtherSettingsOnTheSameConnections() {
        Together noRetries = client.withOptions(b -> b.maxRetries(0).timeout(Duration.ofSeconds(3)));
        server.enqueue(Reply.error(503, "busy"), Reply.error(503, "busy"), Reply.endpoint());

        InternalServerException failed = assertThrows(
                InternalServerException.class, () -> noRetries.endpoints().retrieve(ENDPOINT_ID));
        DedicatedEndpoint endpoint = client.endpoints().retrieve(ENDPOINT_ID);

        assertEquals(1, failed.attempts());
        assertEquals(ENDPOINT_ID, endpoint.id());
        assertSame(client.options().transport(), noRetries.options().transport());
        assertEquals(Duration.ofSeconds(3), noRetries.options().timeout());
        assertEquals(TestClients.GENEROUS_TIMEOUT, client.options().timeout());
        assertEquals(
                Optional.of("Bearer " + TestClients.API_KEY),
                server.received().get(0).header("Authorization"));
    }

    @Test
    void aClosedClientRefusesCallsAndSendsNothing() {
        Together derived = client.withOptions(b -> b.maxRetries(0));

        client.close();

        IllegalStateException refused = assertThrows(
                IllegalStateException.class, () -> client.endpoints().retrieve(ENDPOINT_ID));
        assertTrue(refused.getMessage().contains("closed"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> derived.endpoints().retrieve(ENDPOINT_ID));
        assertEquals(List.of(), server.received());
    }

    @Test
    void closingAClientLeavesTheHttpClientPassedToItWorking() throws Exception {
        assumeFalse(SampleTransports.overOkHttp(), "a java.net.http HttpClient configures only the default transport");
        HttpClient supplied = HttpClient.newHttpClient();
        Together withSupplied = TestClients.builder(server, new RecordingSleeper())
                .httpClient(supplied)
                .build();
        server.enqueue(Reply.endpoint());

        withSupplied.close();

        HttpResponse<String> direct = supplied.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/endpoints/" + ENDPOINT_ID))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, direct.statusCode());
    }

    @Test
    void fromEnvReadsSystemPropertiesWhenTheEnvironmentSetsNothing() {
        assumeTrue(
                System.getenv(Together.API_KEY_VARIABLE) == null && System.getenv(Together.BASE_URL_VARIABLE) == null,
                "the environment sets the variables, which win over the properties");
        assertEquals("together.apiKey", Together.API_KEY_PROPERTY);
        assertEquals("together.baseUrl", Together.BASE_URL_PROPERTY);
        server.enqueue(Reply.endpoint());
        System.setProperty(Together.API_KEY_PROPERTY, "sk-from-property");
        System.setProperty(Together.BASE_URL_PROPERTY, server.baseUrl());
        try (Together fromProperties = Together.fromEnv()) {
            fromProperties.endpoints().retrieve(ENDPOINT_ID);
        } finally {
            System.clearProperty(Together.API_KEY_PROPERTY);
            System.clearProperty(Together.BASE_URL_PROPERTY);
        }

        assertEquals(
                Optional.of("Bearer sk-from-property"), server.received().get(0).header("Authorization"));
    }

    @Test
    void theAsyncViewHasRawResponses() throws Exception {
        server.enqueue(Reply.error(503, "busy"), Reply.endpoint());

        RawResponse<DedicatedEndpoint> raw = client.async()
                .endpoints()
                .withRawResponse()
                .retrieve(ENDPOINT_ID)
                .get(10, TimeUnit.SECONDS);

        assertEquals(200, raw.statusCode());
        assertEquals(2, raw.attempts());
        assertEquals(Optional.of(REQUEST_ID), raw.requestId());
        assertEquals(ENDPOINT_ID, raw.parse().id());
    }

    @Test
    void anIdempotencyHeaderGivesEachCreateOneKeyForAllItsRetries() {
        Together keyed = client.withOptions(b -> b.idempotencyHeader("Idempotency-Key"));
        server.enqueue(Reply.error(503, "busy"), Reply.endpoint(), Reply.endpoint(), Reply.endpoint());

        keyed.endpoints().create(createRequest());
        keyed.endpoints().create(createRequest());
        client.endpoints().create(createRequest());

        List<RecordedRequest> sent = server.received();
        String first = sent.get(0).header("Idempotency-Key").orElseThrow();
        assertEquals(Optional.of(first), sent.get(1).header("Idempotency-Key"), "a retry carried another key");
        String second = sent.get(2).header("Idempotency-Key").orElseThrow();
        assertNotEquals(first, second);
        assertEquals(
                Optional.empty(), sent.get(3).header("Idempotency-Key"), "a client without the setting sent a key");
    }

    @Test
    void aResponseLargerThanMaxResponseBytesIsAnInvalidResponse() {
        Together small = client.withOptions(b -> b.maxResponseBytes(64));
        server.enqueue(Reply.endpoint());

        TogetherInvalidResponseException e = assertThrows(
                TogetherInvalidResponseException.class, () -> small.endpoints().retrieve(ENDPOINT_ID));

        assertEquals(200, e.statusCode());
    }

    @Test
    void anErrorEventInAStreamIsTheStreamErrorExceptionWithTheParsedError() {
        byte[] data = EndpointBodies.error("overloaded").getBytes(StandardCharsets.UTF_8);
        HttpHeaders headers =
                HttpHeaders.of(Map.of("Content-Type", List.of("text/event-stream")), (name, value) -> true);

        RuntimeException thrown = new TogetherErrorFactory().forStreamError(new ApiResponse(200, headers, data, 1));

        StreamErrorException error = assertInstanceOf(StreamErrorException.class, thrown);
        assertEquals(200, error.statusCode());
        assertEquals("overloaded", error.error().orElseThrow().error().message());
    }
}
