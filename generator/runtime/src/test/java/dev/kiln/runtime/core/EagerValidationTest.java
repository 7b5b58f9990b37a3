package dev.kiln.runtime.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.runtime.core.RecordingErrors.Failure;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A response with a field of the wrong type reads leniently unless validation is asked for, by the client or by
 * one call: then the call fails as an invalid response naming the field's path.
 */
class EagerValidationTest {
    private static final String WRONG_TYPED =
            "{\"object\":\"deployment\",\"id\":\"dep-1\",\"state\":\"STARTED\"," + "\"replicas\":\"two\"}";
    private static final ApiRequest GET =
            ApiRequest.builder("GET", "/deployments/dep-1").build();

    private final RecordingErrors errors = new RecordingErrors();
    private LoopbackServer server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }

    private HttpExecutor executor(boolean validateResponses) throws IOException {
        server = LoopbackServer.start(exchange -> {
            byte[] body = WRONG_TYPED.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        ClientOptions options = ClientOptions.builder()
                .baseUrl(server.baseUrl())
                .maxRetries(0)
                .validateResponses(validateResponses)
                .build();
        return new HttpExecutor(options, errors);
    }

    private static RequestOptions validating(boolean validate) {
        return RequestOptions.builder().validateResponses(validate).build();
    }

    @Test
    void byDefaultTheCallSucceedsAndOnlyTheFieldThrows() throws IOException {
        Deployment deployment = executor(false).send(ApiCall.json(GET, Deployment.CODEC), RequestOptions.none());

        assertEquals("dep-1", deployment.id().required("id", JsonPaths.ROOT));
        assertEquals(
                "$.replicas",
                assertThrows(
                                JsonDataException.class,
                                () -> deployment.replicas().optional())
                        .path());
        assertEquals(List.of(), errors.calls);
    }

    @Test
    void aClientThatValidatesFailsTheCallNamingThePath() throws IOException {
        HttpExecutor executor = executor(true);

        Failure thrown = assertThrows(
                Failure.class, () -> executor.send(ApiCall.json(GET, Deployment.CODEC), RequestOptions.none()));

        assertEquals("forInvalidResponse", thrown.getMessage());
        assertEquals("$.replicas", errors.invalid.path());
        assertEquals("expected an integer (int32) but was string \"two\"", errors.invalid.problem());
        assertEquals(WRONG_TYPED, thrown.response.bodyText());
    }

    @Test
    void oneCallCanAskForValidationOnALenientClient() throws IOException {
        HttpExecutor executor = executor(false);

        assertThrows(Failure.class, () -> executor.send(ApiCall.json(GET, Deployment.CODEC), validating(true)));
        assertEquals("$.replicas", errors.invalid.path());
        assertEquals(1, server.requestCount());
    }

    @Test
    void oneCallCanReadLenientlyOnAClientThatValidates() throws IOException {
        Deployment deployment = executor(true).send(ApiCall.json(GET, Deployment.CODEC), validating(false));

        assertEquals(Optional.of("dep-1"), deployment.id().optional());
        assertEquals(List.of(), errors.calls);
    }

    @Test
    void validationAskedForPerCallAppliesToAsyncAndRawCalls() throws Exception {
        HttpExecutor executor = executor(false);

        CompletionException async = assertThrows(
                CompletionException.class,
                () -> executor.sendAsync(ApiCall.json(GET, Deployment.CODEC), validating(true))
                        .join());
        assertEquals("forInvalidResponse", async.getCause().getMessage());
        RawResponse<Deployment> raw =
                executor.send(ApiCall.json(GET, Deployment.CODEC).raw(), validating(true));
        assertEquals(200, raw.statusCode());
        assertThrows(Failure.class, raw::parse);
        RawResponse<Deployment> rawAsync = executor.sendAsync(
                        ApiCall.json(GET, Deployment.CODEC).raw(), validating(true))
                .get(LoopbackServer.WAIT_SECONDS, TimeUnit.SECONDS);
        assertThrows(Failure.class, rawAsync::parse);
        assertEquals(List.of("forInvalidResponse", "forInvalidResponse", "forInvalidResponse"), errors.calls);
    }

    @Test
    void requestOptionsLeaveValidationToTheClientUnlessSet() {
        assertEquals(Optional.empty(), RequestOptions.none().validateResponses());
        assertEquals(Optional.of(true), validating(true).validateResponses());
        assertEquals(Optional.of(false), validating(false).validateResponses());
    }
}
