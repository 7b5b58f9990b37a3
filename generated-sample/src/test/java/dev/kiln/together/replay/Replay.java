package dev.kiln.together.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiln.together.Together;
import dev.kiln.together.errors.TogetherServiceException;
import dev.kiln.together.fixtures.Fixture;
import dev.kiln.together.fixtures.FixtureServer;
import dev.kiln.together.fixtures.RecordedRequest;
import dev.kiln.together.models.CreateEndpointRequest;
import dev.kiln.together.models.ListEndpoint;
import dev.kiln.together.models.ListEndpointsParams;
import dev.kiln.together.models.ListHardwareParams;
import dev.kiln.together.models.UpdateEndpointRequest;
import dev.kiln.together.services.EndpointsService;
import dev.kiln.together.transport.OkHttpTransport;
import dev.kiln.together.transport.SampleTransports;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One recorded fixture replayed against the generated client: a {@link FixtureServer} answering with the fixture's
 * response, and a {@link Together} client pointed at it.
 *
 * <p>The client makes no retries, so that one call is exactly one recorded exchange; a test about retries builds
 * its own client with {@link #clientBuilder()}.
 */
final class Replay implements AutoCloseable {

    /** The API key every replayed client sends. */
    static final String API_KEY = "kiln-test-key-0123456789";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENDPOINTS_PATH = "/v1/endpoints/";

    private final Fixture fixture;
    private final FixtureServer server;
    private final List<OkHttpTransport> transports = new ArrayList<>();
    private final Together client;

    private Replay(Fixture fixture) {
        this.fixture = fixture;
        this.server = FixtureServer.serving(fixture);
        this.client = clientBuilder().maxRetries(0).build();
    }

    /**
     * Starts serving one fixture.
     *
     * @param resourcePath such as {@code fixtures/get/ok.json}
     * @return the running replay; close it to stop the server
     */
    static Replay of(String resourcePath) {
        return new Replay(Fixture.load(resourcePath));
    }

    Fixture fixture() {
        return fixture;
    }

    FixtureServer server() {
        return server;
    }

    /** The endpoints service of a client that sends the test key to this replay's server and never retries. */
    EndpointsService endpoints() {
        return client.endpoints();
    }

    /**
     * A client builder already holding the test key, this replay's base URL and the transport the suite runs over
     * ({@link SampleTransports}), for tests that need other options.
     */
    Together.Builder clientBuilder() {
        Together.Builder builder = Together.builder().apiKey(API_KEY).baseUrl(server.baseUrl());
        SampleTransports.apply(builder).ifPresent(transports::add);
        return builder;
    }

    /** The one request the server received; fails when it received none or several. */
    RecordedRequest onlyRequest() {
        List<RecordedRequest> received = server.received();
        assertEquals(1, received.size(), () -> "requests received for " + fixture.resourcePath() + ": " + received);
        return received.get(0);
    }

    /**
     * Checks that the one request the server received is the recorded one: method, raw path, query parameters and
     * JSON body (compared as trees, explicit nulls included), with {@code Content-Type: application/json} exactly
     * when there is a body.
     *
     * @return the request, for further checks
     */
    RecordedRequest assertSentAsRecorded() {
        Fixture.Request recorded = fixture.request();
        RecordedRequest sent = onlyRequest();
        assertEquals(recorded.method(), sent.method(), "method");
        assertEquals(recorded.path(), sent.rawPath(), "raw path");
        assertEquals(recorded.query(), sent.query(), "query parameters");
        Optional<JsonNode> body = recorded.body();
        if (body.isPresent()) {
            assertEquals(body.get(), json(sent.body()), "JSON body");
            assertEquals(Optional.of("application/json"), sent.header("Content-Type"), "Content-Type");
        } else {
            assertEquals("", sent.body(), "a request without a body");
            assertEquals(Optional.empty(), sent.header("Content-Type"), "Content-Type of a request without a body");
        }
        return sent;
    }

    /** The fixture's recorded response body; fails when it has none. */
    JsonNode responseBody() {
        return fixture.response()
                .body()
                .orElseThrow(() -> new AssertionError(fixture.resourcePath() + " has no response body"));
    }

    /**
     * Calls the SDK method that the fixture's directory names ({@code fixtures/<method>/<case>.json}), with the
     * arguments the recorded request holds: the path parameter from the path, parameters from the query and the
     * body read with the request model's {@code fromJson}.
     *
     * @return what the call returned or the service exception it threw
     */
    Outcome callTheRecordedMethod() {
        Fixture.Request request = fixture.request();
        EndpointsService endpoints = endpoints();
        switch (methodName()) {
            case "list":
                return Outcome.of(() -> endpoints.list(listParams(request.query())));
            case "create":
                return Outcome.of(() -> endpoints.create(CreateEndpointRequest.fromJson(requestBody())));
            case "get":
                return Outcome.of(() -> endpoints.retrieve(endpointId(request.path())));
            case "update":
                return Outcome.of(() ->
                        endpoints.update(endpointId(request.path()), UpdateEndpointRequest.fromJson(requestBody())));
            case "delete":
                return Outcome.of(() -> {
                    endpoints.delete(endpointId(request.path()));
                    return null;
                });
            case "listHardware":
                return Outcome.of(() -> endpoints.listHardware(hardwareParams(request.query())));
            case "listAvailabilityZones":
                return Outcome.of(endpoints::listAvailabilityZones);
            default:
                throw new AssertionError("no SDK method '" + methodName() + "' to replay " + fixture.resourcePath());
        }
    }

    /** The SDK method the fixture's directory names. */
    private String methodName() {
        String[] parts = fixture.resourcePath().split("/");
        assertEquals(3, parts.length, () -> "not fixtures/<method>/<case>.json: " + fixture.resourcePath());
        return parts[1];
    }

    /** Stops the server; over OkHttp, checks that every request the server received went through it. */
    @Override
    public void close() {
        server.close();
        if (SampleTransports.overOkHttp()) {
            int sent = transports.stream().mapToInt(OkHttpTransport::exchanges).sum();
            assertTrue(
                    sent >= server.received().size(),
                    () -> "the server received " + server.received().size() + " requests but OkHttp sent " + sent);
        }
    }

    /** Parses JSON text, such as a body the server received, into a tree comparable with a fixture's. */
    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** The recorded request body as JSON text; fails when there is none. */
    private String requestBody() {
        return fixture.request()
                .body()
                .map(JsonNode::toString)
                .orElseThrow(() -> new AssertionError(fixture.resourcePath() + " has no request body"));
    }

    private ListEndpointsParams listParams(Map<String, String> query) {
        ListEndpointsParams.Builder params = ListEndpointsParams.builder();
        query.forEach((name, value) -> {
            switch (name) {
                case "type":
                    params.type(ListEndpoint.Type.of(value));
                    break;
                case "usage_type":
                    params.usageType(ListEndpointsParams.UsageType.of(value));
                    break;
                case "mine":
                    params.mine(strictBoolean(value));
                    break;
                default:
                    throw new AssertionError("list has no query parameter '" + name + "' in " + fixture.resourcePath());
            }
        });
        return params.build();
    }

    private ListHardwareParams hardwareParams(Map<String, String> query) {
        ListHardwareParams.Builder params = ListHardwareParams.builder();
        query.forEach((name, value) -> {
            if (!name.equals("model")) {
                throw new AssertionError(
                        "listHardware has no query parameter '" + name + "' in " + fixture.resourcePath());
            }
            params.model(value);
        });
        return params.build();
    }

    private boolean strictBoolean(String value) {
        assertTrue(value.equals("true") || value.equals("false"), () -> "not a boolean: " + value);
        return Boolean.parseBoolean(value);
    }

    private String endpointId(String rawPath) {
        assertTrue(rawPath.startsWith(ENDPOINTS_PATH), () -> rawPath + " is not under " + ENDPOINTS_PATH);
        String segment = rawPath.substring(ENDPOINTS_PATH.length());
        assertTrue(!segment.isEmpty() && !segment.contains("/"), () -> rawPath + " does not end in one endpoint id");
        // Percent-decoding only: a '+' in a path segment is a plus sign, not a space.
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /**
     * What one SDK call did: returned a value (null for a call with no response body) or threw a
     * {@link TogetherServiceException}. Any other exception is not an outcome and propagates.
     */
    record Outcome(Optional<Object> result, Optional<TogetherServiceException> failure) {

        static Outcome of(Supplier<?> call) {
            try {
                return new Outcome(Optional.ofNullable(call.get()), Optional.empty());
            } catch (TogetherServiceException e) {
                return new Outcome(Optional.empty(), Optional.of(e));
            }
        }

        /** The service exception; fails, with the returned value, when the call succeeded. */
        TogetherServiceException expectFailure() {
            return failure.orElseThrow(() -> new AssertionError("expected a service exception, got " + result));
        }

        /** The returned value, empty for a call with no response body; rethrows the failure when the call failed. */
        Optional<Object> expectSuccess() {
            failure.ifPresent(e -> {
                throw new AssertionError("expected success, got " + e, e);
            });
            return result;
        }
    }
}
