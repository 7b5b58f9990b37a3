package dev.kiln.together.resilience;

import static dev.kiln.together.resilience.EndpointBodies.ENDPOINT_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.together.Together;
import dev.kiln.together.core.RequestOptions;
import dev.kiln.together.models.Autoscaling;
import dev.kiln.together.models.CreateEndpointRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What every request carries, and how per-request options add to and override the client's. */
@Timeout(30)
class RequestHeadersTest {
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
    void everyRequestNamesTheSdkAcceptsJsonAndCarriesTheKey() {
        server.enqueue(Reply.endpoint());
        Together client = TestClients.builder(server, sleeper).build();

        client.endpoints().retrieve(ENDPOINT_ID);

        RecordedRequest sent = server.received().get(0);
        String userAgent = sent.header("User-Agent").orElseThrow();
        assertTrue(userAgent.contains("Together-Java"), userAgent);
        assertTrue(userAgent.contains("Kiln/"), userAgent);
        assertTrue(userAgent.contains("Java/" + Runtime.version().feature()), userAgent);
        assertEquals(Optional.of("application/json"), sent.header("Accept"));
        assertEquals(Optional.of("Bearer " + TestClients.API_KEY), sent.header("Authorization"));
        assertEquals(Optional.empty(), sent.header("Content-Type"), "a GET has no body to describe");
    }

    @Test
    void aBodyIsJsonAndSaysSo() throws IOException {
        server.enqueue(Reply.endpoint());
        Together client = TestClients.builder(server, sleeper).build();

        client.endpoints()
                .create(CreateEndpointRequest.builder()
                        .model("meta-llama/Llama-4-Scout-17B-16E-Instruct")
                        .hardware("1x_nvidia_h100_80gb_sxm")
                        .autoscaling(Autoscaling.builder()
                                .minReplicas(1)
                                .maxReplicas(2)
                                .build())
                        .build());

        RecordedRequest sent = server.received().get(0);
        assertEquals("POST", sent.method());
        assertEquals("/v1/endpoints", sent.rawPath());
        assertEquals(Optional.of("application/json"), sent.header("Content-Type"));
        JsonNode body = new ObjectMapper().readTree(sent.body());
        assertEquals(
                "meta-llama/Llama-4-Scout-17B-16E-Instruct", body.path("model").asText());
        assertEquals(2, body.path("autoscaling").path("max_replicas").asInt());
    }

    @Test
    void perRequestHeadersAndQueryParametersArrive() {
        server.enqueue(Reply.endpoint());
        Together client = TestClients.builder(server, sleeper).build();

        client.endpoints()
                .retrieve(
                        ENDPOINT_ID,
                        RequestOptions.builder()
                                .header("X-Trace-Id", "trace-42")
                                .queryParam("debug", "true")
                                .build());

        RecordedRequest sent = server.received().get(0);
        assertEquals(Optional.of("trace-42"), sent.header("X-Trace-Id"));
        assertEquals(Optional.of("debug=true"), sent.rawQuery());
        assertEquals("/v1/endpoints/" + ENDPOINT_ID, sent.rawPath());
    }

    @Test
    void clientHeadersArriveAndAPerRequestHeaderOfTheSameNameReplacesThem() {
        server.enqueue(Reply.endpoint(), Reply.endpoint());
        Together client = TestClients.builder(server, sleeper)
                .header("X-Team", "from-client")
                .header("X-Project", "kiln")
                .build();

        client.endpoints().retrieve(ENDPOINT_ID);
        client.endpoints()
                .retrieve(
                        ENDPOINT_ID,
                        RequestOptions.builder().header("x-team", "from-call").build());

        RecordedRequest plain = server.received().get(0);
        assertEquals(List.of("from-client"), plain.headerValues("X-Team"));
        assertEquals(List.of("kiln"), plain.headerValues("X-Project"));
        RecordedRequest overridden = server.received().get(1);
        assertEquals(List.of("from-call"), overridden.headerValues("X-Team"), "replaced, not added");
        assertEquals(List.of("kiln"), overridden.headerValues("X-Project"));
    }

    @Test
    void perRequestOptionsApplyToThatCallOnly() {
        server.enqueue(Reply.endpoint(), Reply.endpoint());
        Together client = TestClients.builder(server, sleeper).build();

        client.endpoints()
                .retrieve(
                        ENDPOINT_ID,
                        RequestOptions.builder()
                                .header("X-Once", "1")
                                .queryParam("q", "1")
                                .build());
        client.endpoints().retrieve(ENDPOINT_ID);

        RecordedRequest later = server.received().get(1);
        assertEquals(Optional.empty(), later.header("X-Once"));
        assertEquals(Optional.empty(), later.rawQuery());
    }
}
