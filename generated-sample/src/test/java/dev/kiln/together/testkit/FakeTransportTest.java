package dev.kiln.together.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.together.Together;
import dev.kiln.together.core.RawResponse;
import dev.kiln.together.errors.NotFoundException;
import dev.kiln.together.errors.TogetherIoException;
import dev.kiln.together.errors.TogetherTimeoutException;
import dev.kiln.together.models.DedicatedEndpoint;
import dev.kiln.together.models.EndpointState;
import dev.kiln.together.testing.FakeTransport;
import dev.kiln.together.testing.NoWaitSleeper;
import dev.kiln.together.testing.TogetherFakes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The test kit's fake transport under the generated client, as an SDK's user tests their own code with it. */
class FakeTransportTest {
    private static final String ID = "endpoint-e6c6b82f-90f7-45b7-af39-3ca3b51d08b2";

    private final FakeTransport fake = new FakeTransport();
    private final Together client = TogetherFakes.client(fake);

    @Test
    void theSpecsExampleIsACannedAnswerAndARetryBehavesAsOverTheNetwork() {
        fake.on(TogetherFakes.ENDPOINTS_RETRIEVE).respond(503, "{}").respondWithExample();

        RawResponse<DedicatedEndpoint> raw =
                client.endpoints().withRawResponse().retrieve(ID);

        assertEquals(2, raw.attempts(), "the 503 was retried");
        DedicatedEndpoint endpoint = raw.parse();
        assertEquals(ID, endpoint.id());
        assertEquals(EndpointState.STARTED, endpoint.state());
        assertEquals(2, fake.requests(TogetherFakes.ENDPOINTS_RETRIEVE).size());
        assertEquals("/v1/endpoints/" + ID, fake.lastRequest().uri().getPath());
        assertEquals(
                "Bearer test-api-key",
                fake.lastRequest().header("Authorization").orElseThrow());
        fake.assertAllAnswersUsed();
    }

    @Test
    void anyStatusByHttpMethodAndPathAsync() throws Exception {
        fake.on("GET", "/endpoints/{endpointId}")
                .respond(404, "{\"error\":{\"message\":\"gone\",\"type\":\"invalid_request_error\"}}");

        Exception failed = assertThrows(
                Exception.class,
                () -> client.async().endpoints().retrieve("e-9").get(10, TimeUnit.SECONDS));

        NotFoundException notFound = (NotFoundException) failed.getCause();
        assertEquals("gone", notFound.error().orElseThrow().error().message());
    }

    @Test
    void aTimeoutAndADroppedConnectionAreRetriedThenThrownAsTheSdksExceptions() {
        NoWaitSleeper sleeper = new NoWaitSleeper();
        Together retrying = TogetherFakes.builder(fake).sleeper(sleeper).build();
        fake.on(TogetherFakes.ENDPOINTS_DELETE).timeout().timeout().timeout().dropConnection();

        TogetherTimeoutException timedOut = assertThrows(
                TogetherTimeoutException.class, () -> retrying.endpoints().delete("e-1"));
        TogetherIoException dropped = assertThrows(
                TogetherIoException.class,
                () -> retrying.withOptions(b -> b.maxRetries(0)).endpoints().delete("e-1"));

        assertEquals(3, timedOut.attempts());
        assertEquals(2, sleeper.delays().size(), "two retries waited, for no time");
        assertTrue(dropped.getMessage().contains("dropped"), dropped.getMessage());
    }

    @Test
    void aRequestNoAnswerWasQueuedForFailsNamingWhatIsQueued() {
        fake.on(TogetherFakes.ENDPOINTS_LIST_HARDWARE).respond(200, "{\"object\":\"list\",\"data\":[]}");

        IllegalStateException unanswered = assertThrows(
                IllegalStateException.class, () -> client.endpoints().retrieve(ID));

        assertTrue(unanswered.getMessage().contains("GET /v1/endpoints/" + ID), unanswered.getMessage());
        assertTrue(unanswered.getMessage().contains("endpoints().listHardware"), unanswered.getMessage());
        assertEquals(List.of(), fake.requests(TogetherFakes.ENDPOINTS_LIST_HARDWARE));
    }
}
