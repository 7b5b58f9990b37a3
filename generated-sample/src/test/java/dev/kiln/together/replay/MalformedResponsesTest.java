package dev.kiln.together.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiln.together.Together;
import dev.kiln.together.core.JsonDataException;
import dev.kiln.together.core.RequestOptions;
import dev.kiln.together.errors.InternalServerException;
import dev.kiln.together.errors.NotFoundException;
import dev.kiln.together.errors.TogetherInvalidResponseException;
import dev.kiln.together.errors.UnexpectedStatusCodeException;
import dev.kiln.together.fixtures.Fixture;
import dev.kiln.together.fixtures.FixtureServer;
import dev.kiln.together.models.ListHardwareResponse;
import dev.kiln.together.services.EndpointsService;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Responses no recorded fixture holds because a real server sends them only when something is wrong: a 2xx body
 * that breaks a literal, error bodies that are not ErrorData, and a status the SDK has no exception for. Each is
 * built here as a fixture that says how it deviates, and served by the same {@link FixtureServer}.
 */
class MalformedResponsesTest {

    private static final String ID = "endpoint-e6c6b82f-90f7-45b7-af39-3ca3b51d08b2";

    @Test
    void aLiteralWithAnotherValueInASuccessfulResponseFailsOnlyWhenReadUnlessValidated() {
        JsonNode body = Replay.json("{\"object\":\"list\",\"data\":["
                + hardware("1x_nvidia_h100_80gb_sxm", "hardware") + ","
                + hardware("2x_nvidia_h100_80gb_sxm", "hardwar") + "]}");

        serve(200, body, endpoints -> {
            ListHardwareResponse lenient = endpoints.listHardware();
            assertEquals("2x_nvidia_h100_80gb_sxm", lenient.data().get(1).id());
            assertEquals(
                    "$.data[1].object",
                    assertThrows(
                                    JsonDataException.class,
                                    () -> lenient.data().get(1).object())
                            .path());

            TogetherInvalidResponseException thrown = assertThrows(
                    TogetherInvalidResponseException.class,
                    () -> endpoints.listHardware(
                            RequestOptions.builder().validateResponses(true).build()));

            assertEquals(200, thrown.statusCode());
            JsonDataException cause = assertInstanceOf(JsonDataException.class, thrown.getCause());
            assertEquals("$.data[1].object", cause.path());
            assertTrue(thrown.getMessage().contains("$.data[1].object"), thrown.getMessage());
            assertTrue(thrown.bodySnippet().contains("\"hardwar\""), thrown.bodySnippet());
        });
    }

    @Test
    void anErrorBodyThatIsNotErrorDataLeavesErrorEmptyButKeepsTheBody() {
        JsonNode body = Replay.json("{\"detail\":\"Not Found\"}");

        serve(404, body, endpoints -> {
            NotFoundException thrown = assertThrows(NotFoundException.class, () -> endpoints.retrieve(ID));

            assertEquals(body, Replay.json(thrown.body()));
            assertEquals(
                    Optional.empty(),
                    thrown.error(),
                    "a body without the required 'error' member is not an ErrorData, so error() must be empty "
                            + "rather than an ErrorData whose error() throws");
        });
    }

    @Test
    void anErrorBodyThatIsNotAnObjectLeavesErrorEmpty() {
        JsonNode body = Replay.json("\"upstream connect error\"");

        serve(502, body, endpoints -> {
            InternalServerException thrown =
                    assertThrows(InternalServerException.class, endpoints::listAvailabilityZones);

            assertEquals(502, thrown.statusCode());
            assertEquals("\"upstream connect error\"", thrown.body());
            assertEquals(Optional.empty(), thrown.error());
        });
    }

    @Test
    void aStatusWithNoExceptionOfItsOwnIsAnUnexpectedStatusCodeException() {
        JsonNode body = Replay.json(
                "{\"error\":{\"message\":\"I'm a teapot\",\"type\":\"teapot\",\"param\":null,\"code\":null}}");

        serve(418, body, endpoints -> {
            UnexpectedStatusCodeException thrown =
                    assertThrows(UnexpectedStatusCodeException.class, () -> endpoints.retrieve(ID));

            assertEquals(418, thrown.statusCode());
            assertEquals("I'm a teapot", thrown.error().orElseThrow().error().message());
        });
    }

    private static void serve(int status, JsonNode body, Consumer<EndpointsService> calls) {
        Fixture fixture = new Fixture(
                "synthetic/" + status + ".json",
                "A response built in the test, not recorded.",
                "getEndpoint",
                false,
                Optional.of("built in MalformedResponsesTest to break the spec on purpose"),
                new Fixture.Request("GET", "/v1/endpoints/" + ID, Map.of(), Optional.empty()),
                new Fixture.Response(status, Map.of("content-type", "application/json"), Optional.of(body)));
        try (FixtureServer server = FixtureServer.serving(fixture)) {
            Together client = Together.builder()
                    .apiKey(Replay.API_KEY)
                    .baseUrl(server.baseUrl())
                    .maxRetries(0)
                    .build();
            calls.accept(client.endpoints());
        }
    }

    private static String hardware(String id, String object) {
        return "{\"object\":\"" + object + "\",\"id\":\"" + id + "\",\"pricing\":{\"cents_per_minute\":5.8},"
                + "\"specs\":{\"gpu_type\":\"h100-80gb\",\"gpu_link\":\"sxm\",\"gpu_memory\":80,\"gpu_count\":1},"
                + "\"updated_at\":\"2025-03-28T00:00:00Z\"}";
    }
}
