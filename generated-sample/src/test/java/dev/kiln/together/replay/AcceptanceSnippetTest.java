package dev.kiln.together.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kiln.together.Together;
import dev.kiln.together.fixtures.Fixture;
import dev.kiln.together.fixtures.FixtureRouter;
import dev.kiln.together.fixtures.RecordedRequest;
import dev.kiln.together.models.Autoscaling;
import dev.kiln.together.models.CreateEndpointRequest;
import dev.kiln.together.models.DedicatedEndpoint;
import dev.kiln.together.models.EndpointState;
import dev.kiln.together.models.HardwareWithStatus;
import dev.kiln.together.models.UpdateEndpointRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The acceptance snippet, exactly as a user would write it, against one server that answers each call from a
 * recorded fixture: create from {@code create/ok}, the hardware listing from {@code listHardware/all}, the update
 * from {@code update/clear-inactive-timeout} and the delete from {@code delete/ok}.
 *
 * <p>The snippet's create body is not the one {@code create/ok} recorded, so the requests are checked against what
 * the snippet asks for, and the responses against the recordings.
 */
class AcceptanceSnippetTest {

    private static final String CREATED_ID = "endpoint-9d3a7f12-6c4e-4b8a-b1d5-0e2f7c93a6b8";

    @Test
    void theSnippetRunsAgainstRecordedResponses() {
        try (FixtureRouter server = FixtureRouter.builder()
                .route("POST", "/v1/endpoints", Fixture.load("fixtures/create/ok.json"))
                .route("GET", "/v1/hardware", Fixture.load("fixtures/listHardware/all.json"))
                .route("PATCH", "/v1/endpoints/[^/]+", Fixture.load("fixtures/update/clear-inactive-timeout.json"))
                .route("DELETE", "/v1/endpoints/[^/]+", Fixture.load("fixtures/delete/ok.json"))
                .start()) {
            String key = Replay.API_KEY;
            String url = server.baseUrl();
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            PrintStream originalOut = System.out;
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                // ---- the acceptance snippet, unchanged ----
                Together client = Together.builder().apiKey(key).baseUrl(url).build();
                DedicatedEndpoint ep = client.endpoints()
                        .create(CreateEndpointRequest.builder()
                                .model("meta-llama/Llama-4-Scout-17B-16E-Instruct")
                                .hardware("1x_nvidia_h100_80gb_sxm")
                                .autoscaling(Autoscaling.builder()
                                        .minReplicas(1)
                                        .maxReplicas(3)
                                        .build())
                                .build());
                int min = ep.autoscaling().minReplicas();
                String hw = ep.hardware();
                boolean started = ep.state().equals(EndpointState.STARTED);
                for (HardwareWithStatus h : client.endpoints().listHardware().data())
                    System.out.println(h.specs().gpuType() + ": " + h.specs().gpuMemory() + "GB x"
                            + h.specs().gpuCount());
                client.endpoints()
                        .update(
                                ep.id(),
                                UpdateEndpointRequest.builder()
                                        .inactiveTimeout(null)
                                        .build());
                client.endpoints().delete(ep.id());
                // ---- end of the snippet ----

                // The values read from create/ok's response: the server's, not the request's (max 3 was asked for).
                assertEquals(1, min);
                assertEquals("1x_nvidia_h100_80gb_sxm", hw);
                assertFalse(started, "create/ok answers PENDING");
            } finally {
                System.setOut(originalOut);
            }

            assertEquals(
                    List.of(
                            "h100-80gb: 80.0GB x1",
                            "h100-80gb: 80.0GB x2",
                            "h200-140gb: 141.5GB x1",
                            "a100-80gb: 80.0GB x8"),
                    printed.toString(StandardCharsets.UTF_8).lines().toList());

            List<RecordedRequest> received = server.received();
            assertEquals(
                    List.of(
                            "POST /v1/endpoints",
                            "GET /v1/hardware",
                            "PATCH /v1/endpoints/" + CREATED_ID,
                            "DELETE /v1/endpoints/" + CREATED_ID),
                    received.stream()
                            .map(sent -> sent.method() + " " + sent.rawPath())
                            .toList());
            assertEquals(
                    Replay.json("{\"model\":\"meta-llama/Llama-4-Scout-17B-16E-Instruct\","
                            + "\"hardware\":\"1x_nvidia_h100_80gb_sxm\","
                            + "\"autoscaling\":{\"min_replicas\":1,\"max_replicas\":3}}"),
                    Replay.json(received.get(0).body()));
            assertEquals(
                    Replay.json("{\"inactive_timeout\":null}"),
                    Replay.json(received.get(2).body()));
            assertEquals("", received.get(1).body());
            assertEquals("", received.get(3).body());
            for (RecordedRequest sent : received) {
                assertEquals(Optional.of("Bearer " + key), sent.header("Authorization"), sent.method());
            }
        }
    }
}
